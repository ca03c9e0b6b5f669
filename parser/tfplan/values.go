package tfplan

import (
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/numlimit"
)

// Reasons recorded in Resource.Unresolved when no source text is at hand.
const (
	reasonUnknown   = "(known after apply)"
	reasonSensitive = "(sensitive value)"
	// reasonOutOfRange marks a number a2z does not evaluate (numlimit).
	reasonOutOfRange = "(number out of a2z's range)"
)

// masks are the plan's parallel structures that mark parts of a value:
// after_unknown (true where the value is only known after apply) and
// sensitive_values / after_sensitive (true where it is sensitive). Each has
// the shape of the value, with true at a marked part and objects or arrays
// leading to marked parts below.
type masks struct {
	unknown, sensitive, sensitive2 *node
}

func (m masks) key(k string) masks {
	return masks{m.unknown.get(k), m.sensitive.get(k), m.sensitive2.get(k)}
}

func (m masks) elem(i int) masks {
	return masks{m.unknown.index(i), m.sensitive.index(i), m.sensitive2.index(i)}
}

// reason is why the value at this point is unknown, or "".
func (m masks) reason() string {
	switch {
	case m.sensitive.isTrue() || m.sensitive2.isTrue():
		return reasonSensitive
	case m.unknown.isTrue():
		return reasonUnknown
	}
	return ""
}

// toCty converts a resource's planned values to a cty object with types
// inferred from the JSON: objects become objects, arrays tuples. Null
// members are dropped (an attribute the configuration does not set is null
// in a plan, and absent in parser.Resource.Attrs); parts marked unknown or
// sensitive become cty.DynamicVal. why maps each top-level attribute that is
// not wholly known to the reason of its first unknown part.
func toCty(values *node, m masks) (cty.Value, map[string]string) {
	why := map[string]string{}
	attrs := map[string]cty.Value{}
	if values != nil && values.kind == kindObject {
		for _, mem := range values.members {
			cv, reason := convert(mem.val, m.key(mem.key), 0)
			if cv == cty.NilVal {
				continue
			}
			attrs[mem.key] = cv
			if reason != "" {
				why[mem.key] = reason
			}
		}
	}
	// Attributes only after_unknown names: computed, absent from the values.
	if m.unknown != nil && m.unknown.kind == kindObject {
		for _, mem := range m.unknown.members {
			if _, ok := attrs[mem.key]; !ok && mem.val.isTrue() {
				attrs[mem.key] = cty.DynamicVal
				why[mem.key] = reasonUnknown
			}
		}
	}
	if len(attrs) == 0 {
		return cty.EmptyObjectVal, why
	}
	return cty.ObjectVal(attrs), why
}

// convert turns one JSON value into cty. It returns cty.NilVal for a null
// (the caller drops it) and the reason of the first unknown part, if any.
func convert(n *node, m masks, depth int) (cty.Value, string) {
	if r := m.reason(); r != "" {
		return cty.DynamicVal, r
	}
	if n == nil || depth > maxDepth {
		return cty.NilVal, ""
	}
	switch n.kind {
	case kindBool:
		return cty.BoolVal(n.truth), ""
	case kindString:
		return cty.StringVal(n.text), ""
	case kindNumber:
		v, ok, err := numlimit.Parse(n.text)
		if err != nil {
			return cty.StringVal(n.text), "" // not reached: the decoder checked the syntax
		}
		if !ok {
			return cty.DynamicVal, reasonOutOfRange
		}
		return v, ""
	case kindArray:
		var first string
		elems := make([]cty.Value, 0, len(n.elems))
		for i, e := range n.elems {
			v, r := convert(e, m.elem(i), depth+1)
			if v == cty.NilVal {
				v = cty.NullVal(cty.DynamicPseudoType) // keep positions
			}
			if first == "" {
				first = r
			}
			elems = append(elems, v)
		}
		// after_unknown may be longer than the values when trailing
		// elements are unknown.
		if m.unknown != nil && m.unknown.kind == kindArray {
			for i := len(n.elems); i < len(m.unknown.elems); i++ {
				if m.unknown.elems[i].isTrue() {
					elems = append(elems, cty.DynamicVal)
					if first == "" {
						first = reasonUnknown
					}
				}
			}
		}
		if len(elems) == 0 {
			return cty.EmptyTupleVal, first
		}
		return cty.TupleVal(elems), first
	case kindObject:
		var first string
		attrs := map[string]cty.Value{}
		for _, mem := range n.members {
			v, r := convert(mem.val, m.key(mem.key), depth+1)
			if v == cty.NilVal {
				continue
			}
			if first == "" {
				first = r
			}
			attrs[mem.key] = v
		}
		if m.unknown != nil && m.unknown.kind == kindObject {
			for _, mem := range m.unknown.members {
				if _, ok := attrs[mem.key]; !ok && mem.val.isTrue() {
					attrs[mem.key] = cty.DynamicVal
					if first == "" {
						first = reasonUnknown
					}
				}
			}
		}
		if len(attrs) == 0 {
			return cty.EmptyObjectVal, first
		}
		return cty.ObjectVal(attrs), first
	}
	return cty.NilVal, "" // null
}
