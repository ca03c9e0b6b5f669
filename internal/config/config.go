// Package config reads .a2z.hcl, the project's a2z settings: what the scan
// command's flags set, once for the repository (formats, threshold, rules,
// paths to leave out, variable and parameter files, extra mapping folders).
// Flags given on the command line override the file. Unknown keys, wrong
// types and bad values are errors with the file and line, like the
// knowledge base's own data.
package config

import (
	"errors"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// FileName is the file a scan looks for in its root folder.
const FileName = ".a2z.hcl"

// Config is the content of a config file. Zero values mean "not set".
type Config struct {
	// File is where the config was read from.
	File string

	Formats         []string // as --format
	FailOn          string   // as --fail-on
	Exclude         []string // path patterns to leave out of discovery
	VarFiles        []string // as --var-file, relative to the config's folder
	ParametersFiles []string // as --parameters-file, relative to the config's folder
	Region          string   // as --region
	Mappings        []string // as --mappings, relative to the config's folder
	Baseline        string   // as --baseline, relative to the config's folder
	NoInlineIgnores bool     // as --no-inline-ignores

	// Effort holds the person-days per resource of each status the HTML
	// report's estimate uses ("direct", "partial", "none", "implicit",
	// "unknown"); statuses left out keep their defaults.
	Effort map[string]float64

	// Rules holds per-rule settings by rule ID ("aws-sqs-queue/fifo-sessions",
	// or "aws-sqs-queue/*" for every rule of an entry).
	Rules map[string]Rule
}

// Rule changes how one rule (or a family, with a trailing /*) is reported.
type Rule struct {
	// Enabled false drops the rule's findings.
	Enabled *bool
	// Severity replaces the rule's severity: info, warning or error.
	Severity string
	// Ignorable false makes inline a2z:ignore comments for the rule errors.
	Ignorable *bool
	// DeclRange is where the rule block is, for messages.
	DeclRange hcl.Range
}

var fileSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{
		{Name: "format"}, {Name: "fail_on"}, {Name: "exclude"}, {Name: "var_files"},
		{Name: "parameters_files"}, {Name: "region"}, {Name: "mappings"}, {Name: "baseline"},
		{Name: "no_inline_ignores"}, {Name: "effort"},
	},
	Blocks: []hcl.BlockHeaderSchema{{Type: "rule", LabelNames: []string{"id"}}},
}

var ruleSchema = &hcl.BodySchema{
	Attributes: []hcl.AttributeSchema{{Name: "enabled"}, {Name: "severity"}, {Name: "ignorable"}},
}

// Find returns the config file of a scan root: root/.a2z.hcl, or "" when
// there is none.
func Find(root string) string {
	name := filepath.Join(root, FileName)
	if st, err := os.Stat(name); err == nil && st.Mode().IsRegular() {
		return name
	}
	return ""
}

// Load reads and checks a config file. Paths in it are made relative to
// the current folder (they are written relative to the file's folder).
func Load(name string) (*Config, error) {
	src, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	return Parse(name, src)
}

// Parse checks config source; name is used in messages and to resolve
// relative paths.
func Parse(name string, src []byte) (*Config, error) {
	if line := parser.TooDeep(src, parser.MaxNesting); line > 0 {
		// The HCL parser recurses per level; refuse before it overflows.
		return nil, fmt.Errorf("%s:%d: Nested too deeply: brackets nest more than %d levels deep", name, line, parser.MaxNesting)
	}
	f, diags := hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	if diags.HasErrors() {
		return nil, diagError(diags)
	}
	content, diags := f.Body.Content(fileSchema)
	c := &Config{File: name, Rules: map[string]Rule{}}
	d := &decoder{diags: diags, dir: filepath.Dir(name)}
	a := content.Attributes
	c.Formats = d.strings(a["format"])
	c.FailOn = d.oneOf(a["fail_on"], "none", "info", "warning", "error")
	c.Exclude = d.strings(a["exclude"])
	c.VarFiles = d.paths(a["var_files"])
	c.ParametersFiles = d.paths(a["parameters_files"])
	c.Region = d.str(a["region"])
	c.Mappings = d.paths(a["mappings"])
	if b := d.str(a["baseline"]); b != "" {
		c.Baseline = d.rel(b)
	}
	if b := d.boolean(a["no_inline_ignores"]); b != nil {
		c.NoInlineIgnores = *b
	}
	c.Effort = d.effort(a["effort"])
	for _, pat := range c.Exclude {
		if _, err := path.Match(pat, ""); err != nil {
			d.errorf(a["exclude"].Expr.Range(), "Invalid pattern", "%q is not a valid path pattern: %v.", pat, err)
		}
	}
	for _, b := range content.Blocks {
		id := b.Labels[0]
		if _, dup := c.Rules[id]; dup {
			d.errorf(b.LabelRanges[0], "Duplicate rule block", "Rule %q is configured twice.", id)
			continue
		}
		rc, diags := b.Body.Content(ruleSchema)
		d.diags = append(d.diags, diags...)
		c.Rules[id] = Rule{
			Enabled:   d.boolean(rc.Attributes["enabled"]),
			Severity:  d.oneOf(rc.Attributes["severity"], "info", "warning", "error"),
			Ignorable: d.boolean(rc.Attributes["ignorable"]),
			DeclRange: b.DefRange,
		}
	}
	if d.diags.HasErrors() {
		return nil, diagError(d.diags)
	}
	return c, nil
}

// RuleFor returns the settings that apply to a rule ID: its own block, or
// the block of its entry ("aws-sqs-queue/*").
func (c *Config) RuleFor(id string) (Rule, bool) {
	if c == nil {
		return Rule{}, false
	}
	if r, ok := c.Rules[id]; ok {
		return r, true
	}
	if i := strings.LastIndexByte(id, '/'); i > 0 {
		if r, ok := c.Rules[id[:i]+"/*"]; ok {
			return r, true
		}
	}
	return Rule{}, false
}

// Excluded reports whether a slash path (relative to the scan root) matches
// an exclude pattern: a pattern matches the path or any folder above it, and
// "**/" at its start matches at any depth.
func (c *Config) Excluded(p string) bool {
	if c == nil {
		return false
	}
	for _, pat := range c.Exclude {
		pat = strings.TrimSuffix(pat, "/")
		anyDepth := strings.HasPrefix(pat, "**/")
		pat = strings.TrimPrefix(pat, "**/")
		parts := strings.Split(p, "/")
		for i := range parts {
			for j := i + 1; j <= len(parts); j++ {
				if !anyDepth && i > 0 {
					break
				}
				if ok, _ := path.Match(pat, strings.Join(parts[i:j], "/")); ok {
					return true
				}
			}
		}
	}
	return false
}

type decoder struct {
	diags hcl.Diagnostics
	dir   string
}

func (d *decoder) errorf(r hcl.Range, summary, format string, args ...any) {
	d.diags = append(d.diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: summary, Detail: fmt.Sprintf(format, args...), Subject: r.Ptr()})
}

func (d *decoder) value(a *hcl.Attribute) (cty.Value, bool) {
	if a == nil {
		return cty.NilVal, false
	}
	v, diags := a.Expr.Value(nil)
	if diags.HasErrors() {
		d.diags = append(d.diags, diags...)
		return cty.NilVal, false
	}
	return v, true
}

func (d *decoder) str(a *hcl.Attribute) string {
	v, ok := d.value(a)
	if !ok {
		return ""
	}
	if v.IsNull() || v.Type() != cty.String {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be a string.", a.Name)
		return ""
	}
	return v.AsString()
}

func (d *decoder) oneOf(a *hcl.Attribute, allowed ...string) string {
	s := d.str(a)
	if s != "" && !slices.Contains(allowed, s) {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be one of %s, not %q.", a.Name, strings.Join(allowed, ", "), s)
		return ""
	}
	return s
}

func (d *decoder) boolean(a *hcl.Attribute) *bool {
	v, ok := d.value(a)
	if !ok {
		return nil
	}
	if v.IsNull() || v.Type() != cty.Bool {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be true or false.", a.Name)
		return nil
	}
	b := v.True()
	return &b
}

func (d *decoder) strings(a *hcl.Attribute) []string {
	v, ok := d.value(a)
	if !ok {
		return nil
	}
	if v.IsNull() || !v.Type().IsTupleType() && !v.Type().IsListType() {
		d.errorf(a.Expr.Range(), "Invalid value", "%s must be a list of strings.", a.Name)
		return nil
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.IsNull() || e.Type() != cty.String {
			d.errorf(a.Expr.Range(), "Invalid value", "%s must be a list of strings.", a.Name)
			return nil
		}
		out = append(out, e.AsString())
	}
	return out
}

// effort reads {direct = 0.5, partial = 2, …}: known statuses, numbers ≥ 0.
func (d *decoder) effort(a *hcl.Attribute) map[string]float64 {
	v, ok := d.value(a)
	if !ok {
		return nil
	}
	if v.IsNull() || !v.Type().IsObjectType() && !v.Type().IsMapType() {
		d.errorf(a.Expr.Range(), "Invalid value", "effort must be an object of person-days per status.")
		return nil
	}
	out := map[string]float64{}
	for k, e := range v.AsValueMap() {
		if !slices.Contains([]string{"direct", "partial", "none", "implicit", "unknown"}, k) {
			d.errorf(a.Expr.Range(), "Invalid value", "effort has %q; the statuses are direct, partial, none, implicit and unknown.", k)
			continue
		}
		if e.IsNull() || e.Type() != cty.Number {
			d.errorf(a.Expr.Range(), "Invalid value", "effort.%s must be a number of person-days.", k)
			continue
		}
		f, _ := e.AsBigFloat().Float64()
		if f < 0 {
			d.errorf(a.Expr.Range(), "Invalid value", "effort.%s must not be negative.", k)
			continue
		}
		out[k] = f
	}
	return out
}

func (d *decoder) paths(a *hcl.Attribute) []string {
	list := d.strings(a)
	for i, p := range list {
		list[i] = d.rel(p)
	}
	return list
}

// rel makes a path written relative to the config's folder usable from the
// current folder.
func (d *decoder) rel(p string) string {
	if filepath.IsAbs(p) || d.dir == "." {
		return p
	}
	return filepath.Join(d.dir, p)
}

// diagError renders diagnostics as one error, each with file:line.
func diagError(diags hcl.Diagnostics) error {
	var lines []string
	for _, d := range diags {
		if d.Severity != hcl.DiagError {
			continue
		}
		where := ""
		if d.Subject != nil {
			where = fmt.Sprintf("%s:%d: ", d.Subject.Filename, d.Subject.Start.Line)
		}
		lines = append(lines, where+d.Summary+": "+d.Detail)
	}
	return errors.New(strings.Join(lines, "\n"))
}
