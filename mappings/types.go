package mappings

import (
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/a2z/a2z/parser"
)

// Status values a knowledge-base entry may carry.
const (
	StatusDirect   = "direct"
	StatusPartial  = "partial"
	StatusNone     = "none"
	StatusImplicit = "implicit"
)

// ValidStatus reports whether s is one of the status values.
func ValidStatus(s string) bool {
	switch s {
	case StatusDirect, StatusPartial, StatusNone, StatusImplicit:
		return true
	}
	return false
}

// Target is where an AWS type lands on Azure. A Mapping has a default Target
// and may have conditional ones; the first conditional target whose When is
// true replaces the default.
type Target struct {
	// Name is the conditional target's label (empty for the default target).
	Name    string
	Service string
	Status  string
	Azurerm []string
	ARM     []string
	// Requires lists azurerm types this target needs beside it (the
	// namespace of a Service Bus queue).
	Requires []string
	Link     string
	Note     string
	// When is nil for the default target; WhenText is its source text.
	When     hcl.Expression
	WhenText string
	// DeclRange is where the target is declared in the data (for the default
	// target: the mapping block).
	DeclRange hcl.Range
}

// Caveat is a parity gap that applies when When is true (always when nil).
type Caveat struct {
	// ID is the stable rule ID: "<mapping id>/<caveat label>".
	ID       string
	Severity parser.Severity
	Message  string
	Link     string
	// When is nil when the caveat always applies; WhenText is its source text.
	When     hcl.Expression
	WhenText string
	// DeclRange is where the caveat is declared in the data, for load errors.
	DeclRange hcl.Range
}

// Mapping is one knowledge-base entry: an AWS resource (or data source) type,
// its CloudFormation and awscc twins, and what it becomes on Azure.
type Mapping struct {
	// ID is stable and never reused: the label with "_" and "::" turned into "-"
	// and lower-cased ("aws-sqs-queue", "data-aws-ami").
	ID string
	// Data is true for a Terraform data source entry.
	Data bool
	// Terraform lists the aws_* types this entry covers (its label first).
	Terraform []string
	// CloudFormation lists the AWS::* types this entry covers.
	CloudFormation []string
	// AWSCC lists the awscc_* types derived from CloudFormation (the Terraform
	// AWS Cloud Control provider names its types after the CloudFormation ones).
	AWSCC   []string
	Default Target
	// Differs says why the default target's service is not one Microsoft's
	// AWS-to-Azure comparison pairs with this AWS service (empty when it is).
	Differs      string
	Targets      []Target
	Caveats      []Caveat
	Translations []Translate
	DeclRange    hcl.Range
}

// Translate turns one AWS setting into its Azure counterpart (an instance
// type into a VM size): Value reads the AWS value from self, Table names the
// Go translator that maps it.
type Translate struct {
	// Name labels the translation in output ("vm-size").
	Name      string
	Value     hcl.Expression
	ValueText string
	Table     string
	DeclRange hcl.Range
}

// Caveat returns the caveat with the given rule ID ("aws-sqs-queue/fifo-sessions")
// or bare label ("fifo-sessions"), or nil.
func (m *Mapping) Caveat(id string) *Caveat {
	if m == nil {
		return nil
	}
	if !strings.Contains(id, "/") {
		id = m.ID + "/" + id
	}
	for i := range m.Caveats {
		if m.Caveats[i].ID == id {
			return &m.Caveats[i]
		}
	}
	return nil
}

// Target returns the conditional target with the given label, or nil. The
// empty name returns the default target.
func (m *Mapping) Target(name string) *Target {
	if m == nil {
		return nil
	}
	if name == "" {
		return &m.Default
	}
	for i := range m.Targets {
		if m.Targets[i].Name == name {
			return &m.Targets[i]
		}
	}
	return nil
}
