package parser

import (
	"fmt"

	"github.com/zclconf/go-cty/cty"
)

// Source names the input format a resource was read from. The values are part
// of the JSON output contract.
type Source string

// Input formats.
const (
	SourceTerraform      Source = "terraform"
	SourceCloudFormation Source = "cloudformation"
)

// Kind separates managed resources from data sources (Terraform `data` blocks).
type Kind string

// Resource kinds.
const (
	KindResource Kind = "resource"
	KindData     Kind = "data"
)

// Pos is a position in a file: 1-based line and column (columns count
// characters, not bytes) plus the 0-based byte offset.
type Pos struct {
	Line   int
	Column int
	Byte   int
}

// Range is a span of a file. File is relative to the scan root and uses
// forward slashes. End is exclusive.
type Range struct {
	File  string
	Start Pos
	End   Pos
}

// String renders the range as file:line:col, the form editors understand.
func (r Range) String() string {
	if r.Start.Line == 0 {
		return r.File
	}
	return fmt.Sprintf("%s:%d:%d", r.File, r.Start.Line, r.Start.Column)
}

// Resource is one AWS resource or data source, whatever format it came from.
type Resource struct {
	Source Source
	Kind   Kind
	// Type is the type as written: aws_sqs_queue, awscc_s3_bucket or AWS::SQS::Queue.
	Type string
	// Name is the Terraform name label or the CloudFormation logical ID.
	Name string
	// Address is unique within a Terraform root or a template:
	// aws_sqs_queue.jobs, module.vpc.aws_subnet.this["a"],
	// data.aws_ami.ubuntu, or the logical ID for CloudFormation.
	Address string
	// Range covers the whole block (Terraform) or the resource entry (CloudFormation).
	Range Range
	// TypeRange covers the type label (Terraform) or the Type value (CloudFormation).
	TypeRange Range
	// Attrs is a cty object of the attributes and nested blocks set explicitly
	// (CloudFormation: the Properties). A key that is absent was not set. Values
	// that cannot be resolved statically are unknown (cty.DynamicVal or a typed
	// unknown); their source text is in Unresolved.
	Attrs cty.Value
	// Unresolved maps an attribute to the source text of an expression that
	// could not be resolved, for messages: the top-level name for Terraform
	// (the first unresolved expression inside it), a dotted path such as
	// Tags.0.Value for CloudFormation.
	Unresolved map[string]string
	// AttrRanges maps a top-level attribute or block name to where it is set;
	// for CloudFormation also every nested property value, by dotted path
	// with list indexes (Tags.0.Value), as in Unresolved.
	AttrRanges map[string]Range
	// Provider is the provider configuration the resource uses: "aws" or
	// "aws.west" (Terraform); empty for CloudFormation.
	Provider string
	// Region is the AWS region the resource is deployed to when it is known
	// statically, otherwise empty.
	Region string
	// Root is the root module folder of a Terraform resource: the
	// configuration it belongs to, which makes Address unique (two roots may
	// call one module). Empty for CloudFormation.
	Root string
	// ModulePath is the module call chain, outermost first (empty at the
	// root): module call names with their instance keys ("eks[0]").
	ModulePath []string
	// Calls are the module blocks of that chain, outermost first: where the
	// calling configuration asks for this resource.
	Calls []Range
	// Condition names the CloudFormation condition the resource is created
	// under; ConditionValue is what it evaluates to with the scan's
	// parameters: "true", "false" (the resource is not deployed) or
	// "unknown". Both are empty for a resource without a condition.
	Condition, ConditionValue string
	// Unexpanded is set when count or for_each could not be resolved
	// statically ("count = var.n"): the resource stands for an unknown number
	// of instances and is reported once.
	Unexpanded string
	// Repository names the repository the resource was scanned in. A scan
	// leaves it empty; `a2z report merge` sets it when it combines the
	// results of several repositories.
	Repository string
}

// Attr returns the value of a top-level attribute and whether it was set.
func (r *Resource) Attr(name string) (cty.Value, bool) {
	if r.Attrs == cty.NilVal || !r.Attrs.IsKnown() || r.Attrs.IsNull() || !r.Attrs.Type().IsObjectType() {
		return cty.NilVal, false
	}
	if !r.Attrs.Type().HasAttribute(name) {
		return cty.NilVal, false
	}
	return r.Attrs.GetAttr(name), true
}

// Severity of a diagnostic or a finding. The values are part of the JSON
// output contract. Diagnostics are mostly warnings and errors; info is for
// notes such as a plan read without its configuration files.
type Severity string

// Severities, lowest first.
const (
	SeverityInfo    Severity = "info"
	SeverityWarning Severity = "warning"
	SeverityError   Severity = "error"
)

// Rank orders severities: info 1, warning 2, error 3; anything else 0.
func (s Severity) Rank() int {
	switch s {
	case SeverityInfo:
		return 1
	case SeverityWarning:
		return 2
	case SeverityError:
		return 3
	}
	return 0
}

// ParseSeverity accepts info, warning and error.
func ParseSeverity(s string) (Severity, bool) {
	v := Severity(s)
	return v, v.Rank() > 0
}

// Diagnostic is a problem in the user's files: bad syntax, an unreadable file,
// a module that could not be followed. Diagnostics accumulate and the scan
// goes on; they are never Go errors.
type Diagnostic struct {
	Severity Severity
	Summary  string
	Detail   string
	Range    Range
	// Repository is set by `a2z report merge`, as on Resource.
	Repository string
}

// Message joins summary and detail for one-line output.
func (d Diagnostic) Message() string {
	if d.Detail == "" {
		return d.Summary
	}
	return d.Summary + ": " + d.Detail
}

// Errorf builds an error diagnostic at r.
func Errorf(r Range, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: SeverityError, Summary: fmt.Sprintf(format, args...), Range: r}
}

// Warningf builds a warning diagnostic at r.
func Warningf(r Range, format string, args ...any) Diagnostic {
	return Diagnostic{Severity: SeverityWarning, Summary: fmt.Sprintf(format, args...), Range: r}
}

// ModuleCall is a Terraform `module` block, listed so callers can say which
// modules were and were not read.
type ModuleCall struct {
	Name   string
	Source string
	Range  Range
}

// Parsed is what a format parser returns for its inputs.
type Parsed struct {
	Resources   []Resource
	Modules     []ModuleCall
	Diagnostics []Diagnostic
	// Nested lists the templates read as nested stacks of the parsed ones,
	// whose resources are already in Resources.
	Nested []string
}

// Append adds everything in o to p.
func (p *Parsed) Append(o Parsed) {
	p.Resources = append(p.Resources, o.Resources...)
	p.Modules = append(p.Modules, o.Modules...)
	p.Diagnostics = append(p.Diagnostics, o.Diagnostics...)
	p.Nested = append(p.Nested, o.Nested...)
}

// MaxNesting bounds how deeply brackets may nest in a source handed to a
// recursive-descent parser (HCL's): each level costs stack, and Go cannot
// recover from a stack overflow, so deeper sources are refused up front.
// Real configurations nest a few dozen levels.
const MaxNesting = 1000

// TooDeep returns the line (from 1) where the brackets (, [ and { in src
// first nest more than limit levels deep, or 0 if they never do. Brackets in
// strings and comments count too, which can only make it stricter.
func TooDeep(src []byte, limit int) int {
	depth, line := 0, 1
	for _, c := range src {
		switch c {
		case '\n':
			line++
		case '(', '[', '{':
			if depth++; depth > limit {
				return line
			}
		case ')', ']', '}':
			if depth > 0 {
				depth--
			}
		}
	}
	return 0
}
