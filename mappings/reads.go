package mappings

import (
	"slices"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"
)

// A scan reads a resource's attributes only through the knowledge base's
// expressions (target conditions, caveats, translations). Knowing which
// attributes those are lets the Terraform evaluation skip the rest: most of a
// resource's arguments never reach a rule, and evaluating them is the larger
// part of evaluation.

// reads is what a mapping's expressions read of self.
type reads struct {
	names []string // sorted
	all   bool
}

// SelfReads returns the attributes of self that m's expressions read, or all
// when one of them reads self whole or by a computed key. A resource whose
// other attributes are left out maps exactly as it would with them.
func (kb *KB) SelfReads(m *Mapping) (names []string, all bool) {
	if r, ok := kb.reads.Load(m); ok {
		rr := r.(*reads)
		return rr.names, rr.all
	}
	r := mappingReads(m)
	kb.reads.Store(m, r)
	return r.names, r.all
}

func mappingReads(m *Mapping) *reads {
	var exprs []hcl.Expression
	for i := range m.Targets {
		exprs = append(exprs, m.Targets[i].When)
	}
	exprs = append(exprs, m.Default.When)
	for i := range m.Caveats {
		exprs = append(exprs, m.Caveats[i].When)
	}
	for i := range m.Translations {
		exprs = append(exprs, m.Translations[i].Value)
	}
	r := &reads{}
	for _, e := range exprs {
		if e == nil {
			continue
		}
		names, ok := selfRefs(e)
		if !ok {
			return &reads{all: true}
		}
		r.names = append(r.names, names...)
	}
	slices.Sort(r.names)
	r.names = slices.Compact(r.names)
	return r
}

// selfRefs lists the attributes of self expr reads, in first-use order. ok is
// false when it reads self whole, by a computed key, or refers to a variable
// other than self and source.
func selfRefs(expr hcl.Expression) (names []string, ok bool) {
	seen := map[string]bool{}
	for _, tr := range expr.Variables() {
		switch tr.RootName() {
		case varSource:
			continue
		case varSelf:
		default:
			return nil, false
		}
		if len(tr) < 2 {
			return nil, false
		}
		var name string
		switch step := tr[1].(type) {
		case hcl.TraverseAttr:
			name = step.Name
		case hcl.TraverseIndex:
			if step.Key.Type() != cty.String || !step.Key.IsKnown() || step.Key.IsNull() {
				return nil, false
			}
			name = step.Key.AsString()
		default:
			return nil, false
		}
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	return names, true
}
