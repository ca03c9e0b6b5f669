package mappings

import (
	"fmt"
	"net/url"
	"regexp"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

var (
	fileSchema = &hcl.BodySchema{
		Blocks: []hcl.BlockHeaderSchema{
			{Type: "mapping", LabelNames: []string{"type"}},
			{Type: "data", LabelNames: []string{"type"}},
			{Type: "caveat", LabelNames: []string{"name"}},
		},
	}
	entrySchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{
			{Name: "terraform"},
			{Name: "cloudformation"},
			{Name: "service", Required: true},
			{Name: "status", Required: true},
			{Name: "azurerm"},
			{Name: "arm"},
			{Name: "requires"},
			{Name: "link", Required: true},
			{Name: "note", Required: true},
			{Name: "differs"},
			{Name: "shared_caveats"},
		},
		Blocks: []hcl.BlockHeaderSchema{
			{Type: "target", LabelNames: []string{"name"}},
			{Type: "caveat", LabelNames: []string{"name"}},
			{Type: "translate", LabelNames: []string{"name"}},
		},
	}
	translateSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{
			{Name: "value", Required: true},
			{Name: "table", Required: true},
		},
	}
	targetSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{
			{Name: "when", Required: true},
			{Name: "service", Required: true},
			{Name: "status", Required: true},
			{Name: "azurerm"},
			{Name: "arm"},
			{Name: "requires"},
			{Name: "link"},
			{Name: "note", Required: true},
		},
	}
	caveatSchema = &hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{
			{Name: "when"},
			{Name: "severity", Required: true},
			{Name: "message", Required: true},
			{Name: "link"},
		},
	}
)

// Name shapes the loader accepts.
var (
	reTerraformType = regexp.MustCompile(`^aws(cc)?_[a-z0-9]+(_[a-z0-9]+)*$`)
	reCFNType       = regexp.MustCompile(`^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$`)
	reAzurermType   = regexp.MustCompile(`^azurerm_[a-z0-9]+(_[a-z0-9]+)*$`)
	reARMType       = regexp.MustCompile(`^[A-Z][A-Za-z]*\.[A-Za-z]+(/[A-Za-z0-9]+)+$`)
	reLabel         = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
)

// mappingID turns a block label into the entry's stable ID.
func mappingID(label string, data bool) string {
	id := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(label, "::", "-"), "_", "-"))
	if data {
		id = "data-" + id
	}
	return id
}

type claim struct {
	m   *Mapping
	rng hcl.Range
}

type loader struct {
	// trusted skips checking expressions on sample attributes: the built-in
	// files, read lazily, were checked whole by the tests.
	trusted bool
	diags   hcl.Diagnostics
	entries []*Mapping
	byID    map[string]*Mapping
	// claims maps "resource:aws_x", "data:aws_x" and "cfn:AWS::X::Y" to the
	// entry that covers the type.
	claims map[string]claim
	// src is the file being read, for the source text of conditions.
	src []byte
	// shared holds the file's top-level caveat blocks, which entries of the
	// same file include by label (shared_caveats); used marks those included.
	shared map[string]*hcl.Block
	used   map[string]bool
}

func newLoader() *loader {
	return &loader{byID: map[string]*Mapping{}, claims: map[string]claim{}}
}

func (l *loader) errorf(rng hcl.Range, summary, format string, args ...any) {
	l.diags = append(l.diags, &hcl.Diagnostic{
		Severity: hcl.DiagError,
		Summary:  summary,
		Detail:   fmt.Sprintf(format, args...),
		Subject:  rng.Ptr(),
	})
}

// file reads one parsed data file. Parsing (the costly part) is done by
// the caller, in parallel; reading the entries is sequential because entries
// claim types across files.
func (l *loader) file(src []byte, f *hcl.File, diags hcl.Diagnostics) {
	l.src = src
	l.diags = append(l.diags, diags...)
	if diags.HasErrors() {
		return
	}
	content, diags := f.Body.Content(fileSchema)
	l.diags = append(l.diags, diags...)
	l.shared, l.used = map[string]*hcl.Block{}, map[string]bool{}
	for _, b := range content.Blocks {
		if b.Type != "caveat" {
			continue
		}
		name := b.Labels[0]
		switch prev, dup := l.shared[name]; {
		case !reLabel.MatchString(name):
			l.errorf(b.LabelRanges[0], "Invalid label", "%q must be lower-case words joined by hyphens (fifo-sessions).", name)
		case dup:
			l.errorf(b.LabelRanges[0], "Duplicate shared caveat", "%q is already declared in this file at %s.", name, prev.DefRange)
		default:
			l.shared[name] = b
		}
	}
	for _, b := range content.Blocks {
		if b.Type != "caveat" {
			l.entry(b)
		}
	}
	for _, b := range content.Blocks {
		if name := b.Labels[0]; b.Type == "caveat" && l.shared[name] == b && !l.used[name] {
			l.errorf(b.LabelRanges[0], "Unused shared caveat", "No entry of this file lists %q in shared_caveats.", name)
		}
	}
}

func (l *loader) entry(b *hcl.Block) {
	label, data := b.Labels[0], b.Type == "data"
	labelRng := b.LabelRanges[0]
	switch {
	case reTerraformType.MatchString(label) && strings.HasPrefix(label, "aws_"):
	case !data && reCFNType.MatchString(label):
		// A CloudFormation-only entry: AWS::* or another registry namespace
		// (Alexa::ASK::Skill is in the reference list too).
	default:
		want := "an aws_* Terraform type or a CloudFormation Namespace::Service::Resource type"
		if data {
			want = "an aws_* Terraform data source type"
		}
		l.errorf(labelRng, "Invalid label", "%q must be %s.", label, want)
		return
	}

	m := &Mapping{ID: mappingID(label, data), Data: data, DeclRange: b.DefRange}
	if prev, ok := l.byID[m.ID]; ok {
		l.errorf(labelRng, "Duplicate entry", "%q (ID %s) is already declared at %s.", label, m.ID, prev.DeclRange)
		return
	}
	l.byID[m.ID] = m
	l.entries = append(l.entries, m)

	// Decode what there is even when the schema check fails, so one pass
	// reports every problem.
	content, diags := b.Body.Content(entrySchema)
	l.diags = append(l.diags, diags...)

	attrs := content.Attributes
	m.Terraform = l.typeList(attrs["terraform"], reTerraformType, "a Terraform aws_* type")
	if strings.HasPrefix(label, "aws_") {
		m.Terraform = append([]string{label}, slices.DeleteFunc(m.Terraform, func(s string) bool { return s == label })...)
	}
	m.CloudFormation = l.typeList(attrs["cloudformation"], reCFNType, "a CloudFormation Service::Resource type")
	if data && len(m.CloudFormation) > 0 {
		l.errorf(attrs["cloudformation"].NameRange, "Unexpected argument", "A data source has no CloudFormation twin.")
	}
	if reCFNType.MatchString(label) {
		m.CloudFormation = append([]string{label}, slices.DeleteFunc(m.CloudFormation, func(s string) bool { return s == label })...)
	}

	m.Default = Target{
		Service:   l.str(attrs["service"]),
		Status:    l.status(attrs["status"]),
		Azurerm:   l.typeList(attrs["azurerm"], reAzurermType, "an azurerm_* type"),
		ARM:       l.typeList(attrs["arm"], reARMType, "an ARM resource type such as Microsoft.ServiceBus/namespaces/queues"),
		Requires:  l.typeList(attrs["requires"], reAzurermType, "an azurerm_* type"),
		Link:      l.link(attrs["link"]),
		Note:      l.str(attrs["note"]),
		DeclRange: b.DefRange,
	}
	l.checkDirect(&m.Default, b.DefRange)
	m.Differs = l.str(attrs["differs"])

	labels := map[string]hcl.Range{}
	for _, sub := range content.Blocks {
		name := sub.Labels[0]
		if !reLabel.MatchString(name) {
			l.errorf(sub.LabelRanges[0], "Invalid label", "%q must be lower-case words joined by hyphens (fifo-sessions).", name)
			continue
		}
		if prev, ok := labels[name]; ok {
			l.errorf(sub.LabelRanges[0], "Duplicate label", "%q is already used in this entry at %s; target and caveat labels share one namespace.", name, prev)
			continue
		}
		labels[name] = sub.DefRange
		switch sub.Type {
		case "target":
			l.target(m, sub)
		case "caveat":
			l.caveat(m, sub)
		case "translate":
			l.translate(m, sub)
		}
	}
	// Shared caveats: one text for several entries of the file (the IAM
	// policy entries share their policy-document caveats); each entry still
	// reports them under its own ID.
	if a := attrs["shared_caveats"]; a != nil {
		for _, name := range l.typeList(a, reLabel, "a caveat label") {
			b, ok := l.shared[name]
			switch prev, dup := labels[name]; {
			case !ok:
				l.errorf(a.Expr.Range(), "Unknown shared caveat", "%q is not a top-level caveat block of this file.", name)
			case dup:
				l.errorf(a.Expr.Range(), "Duplicate label", "%q is already used in this entry at %s; target and caveat labels share one namespace.", name, prev)
			default:
				labels[name] = b.DefRange
				l.used[name] = true
				l.caveat(m, b)
			}
		}
	}

	kind := "resource"
	if data {
		kind = "data"
	}
	for _, t := range m.Terraform {
		l.claim(kind+":"+t, m, attrRange(attrs["terraform"], labelRng))
	}
	for _, t := range m.CloudFormation {
		l.claim("cfn:"+t, m, attrRange(attrs["cloudformation"], labelRng))
	}
}

// translate reads a translate block: an expression for the AWS value and
// the name of the Go table that turns it into the Azure one.
func (l *loader) translate(m *Mapping, b *hcl.Block) {
	content, diags := b.Body.Content(translateSchema)
	l.diags = append(l.diags, diags...)
	attrs := content.Attributes
	t := Translate{Name: b.Labels[0], DeclRange: b.DefRange}
	if a := attrs["table"]; a != nil {
		t.Table = l.str(a)
		if _, ok := translators[t.Table]; !ok && t.Table != "" {
			l.errorf(a.Expr.Range(), "Unknown translation table", "%q is not a table a2z has; use one of %s.", t.Table, strings.Join(TranslationTables(), ", "))
		}
	}
	if a := attrs["value"]; a != nil {
		t.Value = a.Expr
		t.ValueText = string(a.Expr.Range().SliceBytes(l.src))
		l.checkExpr(t.Value, false)
	}
	m.Translations = append(m.Translations, t)
}

func (l *loader) target(m *Mapping, b *hcl.Block) {
	content, diags := b.Body.Content(targetSchema)
	l.diags = append(l.diags, diags...)
	attrs := content.Attributes
	t := Target{
		Name:      b.Labels[0],
		Service:   l.str(attrs["service"]),
		Status:    l.status(attrs["status"]),
		Azurerm:   l.typeList(attrs["azurerm"], reAzurermType, "an azurerm_* type"),
		ARM:       l.typeList(attrs["arm"], reARMType, "an ARM resource type such as Microsoft.ServiceBus/namespaces/queues"),
		Requires:  l.typeList(attrs["requires"], reAzurermType, "an azurerm_* type"),
		Link:      m.Default.Link,
		Note:      l.str(attrs["note"]),
		DeclRange: b.DefRange,
	}
	if a := attrs["link"]; a != nil {
		t.Link = l.link(a)
	}
	t.When, t.WhenText = l.when(attrs["when"])
	l.checkDirect(&t, b.DefRange)
	m.Targets = append(m.Targets, t)
}

func (l *loader) caveat(m *Mapping, b *hcl.Block) {
	content, diags := b.Body.Content(caveatSchema)
	l.diags = append(l.diags, diags...)
	attrs := content.Attributes
	c := Caveat{
		ID:        m.ID + "/" + b.Labels[0],
		Message:   l.str(attrs["message"]),
		DeclRange: b.DefRange,
	}
	if a := attrs["severity"]; a != nil {
		s := l.str(a)
		sev, ok := parser.ParseSeverity(s)
		if !ok && s != "" {
			l.errorf(a.Expr.Range(), "Invalid severity", "%q is not a severity; use info, warning or error.", s)
		}
		c.Severity = sev
	}
	if a := attrs["link"]; a != nil {
		c.Link = l.link(a)
	}
	c.When, c.WhenText = l.when(attrs["when"])
	m.Caveats = append(m.Caveats, c)
}

// checkDirect requires a direct target to name at least one azurerm type.
func (l *loader) checkDirect(t *Target, rng hcl.Range) {
	if t.Status == StatusDirect && len(t.Azurerm) == 0 {
		l.errorf(rng, "Missing azurerm type", "A direct target must name the azurerm type(s) it becomes.")
	}
}

func (l *loader) claim(key string, m *Mapping, rng hcl.Range) {
	if prev, ok := l.claims[key]; ok && prev.m != m {
		typ := key[strings.Index(key, ":")+1:]
		l.errorf(rng, "Type claimed twice", "%s is already covered by entry %s at %s.", typ, prev.m.ID, prev.rng)
		return
	} else if ok {
		l.errorf(rng, "Duplicate type", "%s is listed twice in this entry.", key[strings.Index(key, ":")+1:])
		return
	}
	l.claims[key] = claim{m: m, rng: rng}
}

// finish derives the awscc types and builds the lookup tables.
func (l *loader) finish() *KB {
	kb := &KB{
		byID:       l.byID,
		resources:  map[string]*Mapping{},
		dataSource: map[string]*Mapping{},
		cfn:        map[string]*Mapping{},
	}
	for key, c := range l.claims {
		kind, typ, _ := strings.Cut(key, ":")
		switch kind {
		case "resource":
			kb.resources[typ] = c.m
		case "data":
			kb.dataSource[typ] = c.m
		case "cfn":
			kb.cfn[typ] = c.m
		}
	}
	derivedFrom := map[string]*Mapping{}
	for _, m := range l.entries {
		if m.Data {
			continue
		}
		for _, cfn := range m.CloudFormation {
			name, ok := awsccType(cfn)
			if !ok || slices.Contains(m.AWSCC, name) || l.claims["cfn:"+cfn].m != m {
				continue // not derivable, or the CloudFormation type itself is in conflict
			}
			if _, explicit := l.claims["resource:"+name]; explicit {
				continue // an entry lists it in terraform; that one wins
			}
			if prev, ok := derivedFrom[name]; ok {
				l.errorf(m.DeclRange, "Type claimed twice", "%s (derived from %s) is already derived for entry %s.", name, cfn, prev.ID)
				continue
			}
			derivedFrom[name] = m
			m.AWSCC = append(m.AWSCC, name)
			kb.resources[name] = m
		}
	}
	kb.all = slices.Clone(l.entries)
	slices.SortFunc(kb.all, func(a, b *Mapping) int { return strings.Compare(a.ID, b.ID) })
	return kb
}

func attrRange(a *hcl.Attribute, fallback hcl.Range) hcl.Range {
	if a == nil {
		return fallback
	}
	return a.Expr.Range()
}

// value evaluates a data attribute without variables or functions.
func (l *loader) value(a *hcl.Attribute) (cty.Value, bool) {
	v, diags := a.Expr.Value(nil)
	l.diags = append(l.diags, diags...)
	if diags.HasErrors() {
		return cty.NilVal, false
	}
	if !v.IsWhollyKnown() || v.IsNull() {
		l.errorf(a.Expr.Range(), "Invalid value", "%s must have a value.", a.Name)
		return cty.NilVal, false
	}
	return v, true
}

// str decodes a non-empty string attribute; the value must be a string, not a
// number or bool.
func (l *loader) str(a *hcl.Attribute) string {
	if a == nil {
		return ""
	}
	v, ok := l.value(a)
	if !ok {
		return ""
	}
	if v.Type() != cty.String {
		l.errorf(a.Expr.Range(), "Invalid value", "%s must be a string, not %s.", a.Name, v.Type().FriendlyName())
		return ""
	}
	s := v.AsString()
	if strings.TrimSpace(s) == "" {
		l.errorf(a.Expr.Range(), "Invalid value", "%s must not be empty.", a.Name)
	}
	return s
}

// typeList decodes a list of strings that must each match re.
func (l *loader) typeList(a *hcl.Attribute, re *regexp.Regexp, what string) []string {
	if a == nil {
		return nil
	}
	v, ok := l.value(a)
	if !ok {
		return nil
	}
	ty := v.Type()
	if !ty.IsTupleType() && !ty.IsListType() {
		l.errorf(a.Expr.Range(), "Invalid value", "%s must be a list of strings, not %s.", a.Name, ty.FriendlyName())
		return nil
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		if e.Type() != cty.String {
			l.errorf(a.Expr.Range(), "Invalid value", "%s must be a list of strings; found %s.", a.Name, e.Type().FriendlyName())
			return nil
		}
		s := e.AsString()
		switch {
		case !re.MatchString(s):
			l.errorf(a.Expr.Range(), "Invalid value", "%q in %s is not %s.", s, a.Name, what)
		case slices.Contains(out, s):
			l.errorf(a.Expr.Range(), "Invalid value", "%q is listed twice in %s.", s, a.Name)
		default:
			out = append(out, s)
		}
	}
	return out
}

func (l *loader) status(a *hcl.Attribute) string {
	s := l.str(a)
	if s != "" && !ValidStatus(s) {
		l.errorf(a.Expr.Range(), "Invalid status", "%q is not a status; use direct, partial, none or implicit.", s)
	}
	return s
}

func (l *loader) link(a *hcl.Attribute) string {
	s := l.str(a)
	if s == "" {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		l.errorf(a.Expr.Range(), "Invalid link", "%q must be an https:// URL.", s)
	}
	return s
}

// condition checks a `when` expression: only self and source, only the
// function table, and it must evaluate without error on empty and unknown
// attributes from both sources.
func (l *loader) condition(expr hcl.Expression) { l.checkExpr(expr, true) }

// when checks an optional condition and returns it with its source text
// (nil and "" when absent).
func (l *loader) when(a *hcl.Attribute) (hcl.Expression, string) {
	if a == nil {
		return nil, ""
	}
	l.condition(a.Expr)
	return a.Expr, string(a.Expr.Range().SliceBytes(l.src))
}

// checkExpr checks an expression over self and source: only known variables
// and functions, and no failure on any shape of attributes. Conditions must
// also yield a bool.
func (l *loader) checkExpr(expr hcl.Expression, wantBool bool) {
	if l.trusted {
		return
	}
	bad := false
	attrNames := map[string]bool{}
	for _, tr := range expr.Variables() {
		switch root := tr.RootName(); root {
		case varSelf:
			if len(tr) > 1 {
				switch step := tr[1].(type) {
				case hcl.TraverseAttr:
					attrNames[step.Name] = true
				case hcl.TraverseIndex:
					if step.Key.Type() == cty.String && step.Key.IsKnown() && !step.Key.IsNull() {
						attrNames[step.Key.AsString()] = true
					}
				}
			}
		case varSource:
		default:
			bad = true
			l.errorf(tr.SourceRange(), "Unknown variable", "A condition may only refer to self (the resource's attributes) and source, not %q.", root)
		}
	}
	if sx, ok := expr.(hclsyntax.Expression); ok {
		table := functions()
		_ = hclsyntax.VisitAll(sx, func(n hclsyntax.Node) hcl.Diagnostics {
			if call, ok := n.(*hclsyntax.FunctionCallExpr); ok {
				if _, known := table[call.Name]; !known {
					bad = true
					l.errorf(call.NameRange, "Unknown function", "%q is not in the condition function table (%s).", call.Name, strings.Join(FunctionNames(), ", "))
				}
			}
			return nil
		})
	}
	if bad {
		return
	}

	unknownAttrs := map[string]cty.Value{}
	for n := range attrNames {
		unknownAttrs[n] = cty.DynamicVal
	}
	selves := []struct {
		what string
		v    cty.Value
	}{
		{"an empty object", cty.EmptyObjectVal},
		{"an unknown object", cty.DynamicVal},
		{"an object of unknown attributes", cty.ObjectVal(unknownAttrs)},
	}
	for _, src := range []parser.Source{parser.SourceTerraform, parser.SourceCloudFormation} {
		for _, self := range selves {
			v, diags := expr.Value(EvalContext(self.v, src))
			if !diags.HasErrors() && wantBool {
				_, diags = truth(v, expr.Range())
			}
			for _, d := range diags {
				if d.Severity != hcl.DiagError {
					continue
				}
				subject := expr.Range()
				if d.Subject != nil {
					subject = *d.Subject
				}
				l.errorf(subject, "Condition fails", "Evaluated with %s from %s: %s: %s Conditions must not fail on any attributes: wrap attribute access in try(…) or can(…).", self.what, src, d.Summary, strings.TrimSpace(d.Detail))
				return
			}
		}
	}
}
