package rules

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
)

// Rule IDs the engine itself reports (the knowledge base owns the rest).
const (
	// RuleUnknownType: the knowledge base has no entry for the type.
	RuleUnknownType = "a2z/unknown-type"
	// RuleUndecidedTarget: the Azure target depends on a value that is not
	// known statically, so the default target was assumed.
	RuleUndecidedTarget = "a2z/undecided-target"
	// RuleNoLocation: the resource's AWS region has no public Azure location
	// (China, GovCloud, isolated partitions).
	RuleNoLocation = "a2z/no-azure-location"
	// RuleCustomResource: a CloudFormation custom resource (Custom::*), whose
	// behaviour is the user's own code.
	RuleCustomResource = "a2z/custom-resource"
	// RuleThirdPartyType: a CloudFormation registry type from another
	// publisher (Org::Service::Type).
	RuleThirdPartyType = "a2z/third-party-type"
	// RuleNotDeployed: a CloudFormation resource whose Condition is false
	// with the scan's parameters; its caveats are not reported.
	RuleNotDeployed = "a2z/not-deployed"
)

// EngineRules describes the rules the engine reports itself, for explain
// and for formats that list every rule.
var EngineRules = map[string]string{
	RuleUnknownType:     "The knowledge base has no entry for this AWS type: the resource is listed with status unknown and its Azure target must be decided by hand (or with a --mappings overlay). Severity warning for resources, info for data sources.",
	RuleUndecidedTarget: "The Azure target of this type depends on a setting whose value a2z cannot resolve statically (a reference to another resource, a variable without default); the default target is reported and the finding names the setting.",
	RuleNoLocation:      "The resource's AWS region has no public Azure location (China, GovCloud or an isolated partition): it belongs to a separate Azure cloud or a sovereign offering.",
	RuleCustomResource:  "A CloudFormation custom resource (Custom::Name) runs the user's own code through its ServiceToken; it is mapped like AWS::CloudFormation::CustomResource (a deployment script), and what it does must be decided by hand.",
	RuleThirdPartyType:  "A CloudFormation registry type published by a third party or the user's organisation (Org::Service::Type): a2z has no knowledge of it; its Azure counterpart must be decided by hand.",
	RuleNotDeployed:     "The resource's CloudFormation Condition is false with the parameters of this scan (defaults, --parameter, --parameters-file), so the stack does not create it; it is listed with its mapping, and its caveats are left out.",
}

// maybeSuffix marks a finding whose condition could not be decided.
const maybeSuffix = " (may apply: it depends on a value a2z cannot resolve statically)"

// Engine maps resources with one knowledge base. It holds no other state and
// is safe for concurrent use.
type Engine struct {
	kb *mappings.KB
	// outcomes memoises, per entry, what mapping decided from the
	// attribute values the entry reads (see decide); *mappings.Mapping →
	// *outcomeMemo.
	outcomes sync.Map
	// noMemo turns the memo off, for the test that checks it.
	noMemo bool
}

// New returns an engine over kb.
func New(kb *mappings.KB) *Engine { return &Engine{kb: kb} }

// Run maps every parsed resource and returns the sorted result. Nothing is
// dropped: a resource of a type the knowledge base does not know is reported
// with status unknown.
func (e *Engine) Run(ctx context.Context, p parser.Parsed) (*Result, error) {
	res, err := e.mapParsed(ctx, p)
	if err != nil {
		return nil, err
	}
	res.Sort()
	return res, nil
}

// MapParsed maps every resource of p in p's order, without sorting: a scan
// maps its parts as they are parsed and joins them (Result.Append) before
// sorting once.
func (e *Engine) MapParsed(p parser.Parsed) *Result {
	res, _ := e.mapParsed(context.Background(), p)
	return res
}

func (e *Engine) mapParsed(ctx context.Context, p parser.Parsed) (*Result, error) {
	res := &Result{Diagnostics: append([]parser.Diagnostic(nil), p.Diagnostics...)}
	res.Resources = make([]Mapped, 0, len(p.Resources))
	for i := range p.Resources {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		m, fs := e.Map(&p.Resources[i])
		res.Resources = append(res.Resources, m)
		res.Findings = append(res.Findings, fs...)
	}
	return res, nil
}

// TerraformReads returns the attributes mapping a Terraform resource or data
// source of type typ reads, or all when its entry reads them in ways that
// cannot be listed. None are read when a2z has no entry for the type. The
// Terraform evaluation uses it to skip the rest (terraform.Inputs.Reads).
func (e *Engine) TerraformReads(kind parser.Kind, typ string) (names []string, all bool) {
	m := e.lookup(&parser.Resource{Source: parser.SourceTerraform, Kind: kind, Type: typ})
	if m == nil {
		return nil, false
	}
	return e.kb.SelfReads(m)
}

// lookup finds the knowledge-base entry for a resource.
func (e *Engine) lookup(r *parser.Resource) *mappings.Mapping {
	switch {
	case r.Source == parser.SourceCloudFormation:
		return e.kb.CloudFormation(r.Type)
	case r.Kind == parser.KindData:
		return e.kb.Data(r.Type)
	default:
		return e.kb.Resource(r.Type)
	}
}

// Map chooses the Azure target of one resource and the findings that apply.
func (e *Engine) Map(r *parser.Resource) (Mapped, []Finding) {
	m := e.lookup(r)
	var extra []Finding
	if m == nil && r.Source == parser.SourceCloudFormation {
		switch {
		case strings.HasPrefix(r.Type, "Custom::"):
			// A custom resource is a custom resource whatever its name.
			m = e.kb.CloudFormation("AWS::CloudFormation::CustomResource")
			extra = append(extra, Finding{Rule: RuleCustomResource, Severity: parser.SeverityWarning,
				Message: fmt.Sprintf("%s is a custom resource backed by your own code (its ServiceToken): decide by hand what it becomes on Azure, from what that code provisions", r.Type),
				Range:   r.Range, Root: r.Root, Address: r.Address})
		case !strings.HasPrefix(r.Type, "AWS::") && !strings.HasPrefix(r.Type, "Alexa::") && strings.Count(r.Type, "::") >= 2:
			return Mapped{Resource: *r, Status: StatusUnknown}, []Finding{{Rule: RuleThirdPartyType, Severity: parser.SeverityWarning,
				Message: fmt.Sprintf("%s is a CloudFormation registry type from another publisher; a2z knows nothing of it: decide its Azure counterpart by hand", r.Type),
				Range:   r.Range, Root: r.Root, Address: r.Address}}
		}
	}
	if m == nil {
		return Mapped{Resource: *r, Status: StatusUnknown}, []Finding{unknownFinding(r)}
	}
	mapped, findings := e.mapWith(m, r)
	return mapped, append(extra, findings...)
}

// mapWith maps r with entry m.
func (e *Engine) mapWith(m *mappings.Mapping, r *parser.Resource) (Mapped, []Finding) {

	subject := e.kb.Subject(r.Attrs, r.Source)
	o := e.decide(m, subject)

	var findings []Finding
	finding := func(rule string, sev parser.Severity, msg, link string) {
		findings = append(findings, Finding{Rule: rule, Severity: sev, Message: msg, Range: r.Range, Root: r.Root, Address: r.Address, Link: link})
	}

	target, maybe := o.target, o.maybe
	id := m.ID
	if target.Name != "" {
		id = m.ID + "/" + target.Name
	}
	if len(maybe) > 0 {
		finding(RuleUndecidedTarget, parser.SeverityInfo,
			fmt.Sprintf("The Azure target depends on %s, which is not known statically; a2z assumed %s.",
				conditionText(maybe[0].When), target.Service), target.Link)
	}

	mapped := Mapped{
		Resource:  *r,
		MappingID: id,
		Status:    Status(target.Status),
		Service:   target.Service,
		Azurerm:   target.Azurerm,
		ARM:       target.ARM,
		Requires:  target.Requires,
		Link:      target.Link,
		Note:      target.Note,
	}

	mapped.Translations = slices.Clone(o.translations)

	if r.Region != "" {
		if loc, ok := mappings.AzureLocation(r.Region); ok && loc.Name != "" {
			mapped.Location = loc.Name
		} else if ok {
			finding(RuleNoLocation, parser.SeverityInfo, fmt.Sprintf("AWS region %s has no public Azure location: %s", r.Region, loc.Note), "")
		}
	}

	if r.ConditionValue == "false" {
		// Not created with these parameters: listed, not a migration task.
		finding(RuleNotDeployed, parser.SeverityInfo,
			fmt.Sprintf("Not deployed with these parameters: condition %s is false.", r.Condition), "")
		return mapped, findings
	}

	if mapped.Status == StatusNone {
		msg := fmt.Sprintf("%s has no Azure equivalent", r.Type)
		if target.Note != "" {
			msg += ": " + target.Note
		}
		finding(m.ID, parser.SeverityError, msg, target.Link)
	}

	for i, c := range m.Caveats {
		truth := o.truths[i]
		if truth == mappings.False {
			continue
		}
		msg := c.Message
		if truth == mappings.Unknown {
			msg += maybeSuffix
		}
		link := c.Link
		if link == "" {
			link = target.Link
		}
		finding(c.ID, c.Severity, msg, link)
	}
	return mapped, findings
}

// outcome is what mapping a resource with one entry decides from its
// attribute values alone: the target, the conditional targets that could
// not be decided, the translations and each caveat's truth.
type outcome struct {
	target       *mappings.Target
	maybe        []*mappings.Target
	translations []Translation
	truths       []mappings.Truth // by caveat
}

// outcomeMemo holds one entry's outcomes by Subject.Key.
type outcomeMemo struct {
	mu      sync.RWMutex
	results map[string]*outcome
}

// maxOutcomes bounds each entry's memo whatever the input.
const maxOutcomes = 4096

// decide returns the outcome of mapping subject with m. Across an estate
// most resources of a type agree on the few attributes their entry reads,
// so the outcome is memoised by those values (the expression memo below it
// still saves work on a miss): one lookup per resource instead of one per
// condition.
func (e *Engine) decide(m *mappings.Mapping, subject *mappings.Subject) *outcome {
	if e.noMemo {
		return evaluate(m, subject)
	}
	names, all := e.kb.SelfReads(m)
	if all {
		return evaluate(m, subject)
	}
	key, ok := subject.Key(names)
	if !ok {
		return evaluate(m, subject)
	}
	v, _ := e.outcomes.LoadOrStore(m, &outcomeMemo{results: map[string]*outcome{}})
	memo := v.(*outcomeMemo)
	memo.mu.RLock()
	o := memo.results[key]
	memo.mu.RUnlock()
	if o != nil {
		return o
	}
	o = evaluate(m, subject)
	memo.mu.Lock()
	if len(memo.results) < maxOutcomes {
		memo.results[key] = o
	}
	memo.mu.Unlock()
	return o
}

// evaluate computes an outcome.
func evaluate(m *mappings.Mapping, subject *mappings.Subject) *outcome {
	o := &outcome{translations: translate(m, subject), truths: make([]mappings.Truth, len(m.Caveats))}
	o.target, o.maybe = subject.Select(m)
	for i, c := range m.Caveats {
		o.truths[i] = subject.Truth(c.When)
	}
	return o
}

// translate applies an entry's translate blocks to the values the resource
// sets. A value may be a string or a list of strings (the storage classes of
// several lifecycle transitions); each distinct string is translated once.
// A value that is not known statically is skipped: there is nothing to
// translate yet.
func translate(m *mappings.Mapping, subject *mappings.Subject) []Translation {
	var out []Translation
	for _, t := range m.Translations {
		v, diags := subject.Value(t.Value)
		if diags.HasErrors() {
			continue
		}
		seen := map[string]bool{}
		for _, from := range knownStrings(v) {
			if seen[from] {
				continue
			}
			seen[from] = true
			to, note, _ := mappings.TranslateValue(t.Table, from)
			out = append(out, Translation{Name: t.Name, From: from, To: to, Note: note})
		}
	}
	return out
}

// knownStrings returns v's known string values: v itself, or the elements
// of a list, set or tuple. Unknown, null and non-string parts are skipped.
func knownStrings(v cty.Value) []string {
	if !v.IsKnown() || v.IsNull() {
		return nil
	}
	t := v.Type()
	switch {
	case t == cty.String:
		return []string{v.AsString()}
	case t.IsListType() || t.IsSetType() || t.IsTupleType():
		var out []string
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			if e.IsKnown() && !e.IsNull() && e.Type() == cty.String {
				out = append(out, e.AsString())
			}
		}
		return out
	}
	return nil
}

func unknownFinding(r *parser.Resource) Finding {
	sev, what := parser.SeverityWarning, "resource type"
	if r.Kind == parser.KindData {
		// A data source only reads; not knowing it blocks nothing.
		sev, what = parser.SeverityInfo, "data source"
	}
	return Finding{
		Rule:     RuleUnknownType,
		Severity: sev,
		Message:  fmt.Sprintf("a2z does not know the %s %s yet; decide its Azure target by hand", what, r.Type),
		Range:    r.Range,
		Root:     r.Root,
		Address:  r.Address,
	}
}

// conditionText names the attributes a condition reads, for messages.
func conditionText(expr hcl.Expression) string {
	var names []string
	seen := map[string]bool{}
	for _, tr := range expr.Variables() {
		if tr.RootName() != "self" || len(tr) < 2 {
			continue
		}
		if a, ok := tr[1].(hcl.TraverseAttr); ok && !seen[a.Name] {
			seen[a.Name] = true
			names = append(names, a.Name)
		}
	}
	if len(names) == 0 {
		return "its settings"
	}
	return strings.Join(names, " / ")
}
