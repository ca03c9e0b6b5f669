package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// Reads names the attributes a caller will read from resources of a type:
// names, or all of them. A scan maps resources through the knowledge base,
// which reads a few attributes per type; evaluating only those, and what
// other expressions of the module read, skips most of the evaluation.
type Reads func(kind parser.Kind, typ string) (names []string, all bool)

// attrFilter selects the top-level attributes and blocks of a resource body
// to evaluate; nil selects all of them.
type attrFilter map[string]bool

func (f attrFilter) keeps(name string) bool { return f == nil || f[name] }

// refReads is what the module's own expressions read of one resource.
type refReads struct {
	all   bool
	names map[string]bool
}

// noteRead records what reference t reads of a resource the module
// declares (types), so that the resource evaluates it whatever the caller
// reads. A reference to the whole resource, or one whose attribute cannot be
// told from the traversal alone (an index computed at run time, a splat, a
// for expression over it), reads everything.
func (m *module) noteRead(t hcl.Traversal, types map[string]bool) {
	var addr string
	var rest hcl.Traversal
	switch root := t.RootName(); {
	case root == "data":
		typ, ok1 := stepName(t, 1)
		name, ok2 := stepName(t, 2)
		if !ok1 || !ok2 {
			return
		}
		addr, rest = "data."+typ+"."+name, t[3:]
	case types[root]:
		name, ok := stepName(t, 1)
		if !ok {
			return
		}
		addr, rest = root+"."+name, t[2:]
	default:
		return
	}
	rr := m.refs[addr]
	if rr == nil {
		rr = &refReads{names: map[string]bool{}}
		m.refs[addr] = rr
	}
	if len(rest) == 0 {
		rr.all = true
		return
	}
	switch s := rest[0].(type) {
	case hcl.TraverseAttr:
		rr.names[s.Name] = true
		return
	case hcl.TraverseIndex:
		found := false
		if s.Key.IsKnown() && !s.Key.IsNull() && s.Key.Type() == cty.String {
			// ["name"] is an attribute of a single resource, or an
			// instance key of a for_each one: keep both readings.
			rr.names[s.Key.AsString()] = true
			found = true
		}
		if len(rest) > 1 {
			if a, ok := rest[1].(hcl.TraverseAttr); ok {
				rr.names[a.Name] = true
				return
			}
		}
		if found && len(rest) == 1 {
			// Either the attribute or the whole instance.
			rr.all = true
			return
		}
	}
	rr.all = true
}

// filterFor is what to evaluate of resource d: everything when the caller
// reads all of its attributes or did not say, else what the caller reads and
// what the module's expressions read of it.
func (m *module) filterFor(d *resourceDecl) attrFilter {
	if m.run.reads == nil {
		return nil
	}
	rr := m.refs[d.addr]
	if rr != nil && rr.all {
		return nil
	}
	base, all := m.run.readsOf(d.kind, d.typ)
	if all {
		return nil
	}
	if rr == nil || len(rr.names) == 0 {
		return base
	}
	keep := make(attrFilter, len(base)+len(rr.names))
	for n := range base {
		keep[n] = true
	}
	for n := range rr.names {
		keep[n] = true
	}
	return keep
}

// readsKey is a kind and type, as filters are kept.
type readsKey struct {
	kind parser.Kind
	typ  string
}

// readsOf is what the caller reads of a type, as a filter shared by every
// resource of the type in the run (read-only once made).
func (r *run) readsOf(kind parser.Kind, typ string) (keep attrFilter, all bool) {
	key := readsKey{kind, typ}
	if f, ok := r.filters[key]; ok {
		return f, f == nil
	}
	names, all := r.reads(kind, typ)
	if !all {
		keep = make(attrFilter, len(names))
		for _, n := range names {
			keep[n] = true
		}
	}
	if r.filters == nil {
		r.filters = map[readsKey]attrFilter{}
	}
	r.filters[key] = keep
	return keep, all
}
