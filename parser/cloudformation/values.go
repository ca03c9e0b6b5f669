package cloudformation

import (
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/parser"
)

// maxValueDepth bounds the descent in value: the tree is at most 10000 levels
// deep, and following aliases can add to that.
const maxValueDepth = 20000

// isIntrinsic reports whether a single-key mapping with this key is an
// intrinsic function in a property value. Condition is one only inside
// condition functions, which are unresolved as a whole anyway, and a
// one-key mapping named Condition is a legitimate property elsewhere.
func isIntrinsic(key string) bool {
	return key == "Ref" || strings.HasPrefix(key, "Fn::")
}

// value converts a property value to cty: mappings become objects,
// sequences tuples, scalars follow their resolved YAML tag. Intrinsics are
// evaluated where static (intrinsics.go); the rest are unknown with their
// text in unresolved[path]. For AWS::NoValue keep is false: the key or
// element is dropped.
func (st *state) value(n *yaml.Node, path string, unresolved map[string]string, depth int) (v cty.Value, keep bool) {
	if !st.visit(n) {
		return cty.DynamicVal, true
	}
	if depth > maxValueDepth {
		st.errorf(st.src.point(n), "the value is nested too deeply to be read")
		return cty.DynamicVal, true
	}
	if n.Kind == yaml.AliasNode {
		t := st.deref(n)
		if st.active[t] {
			st.errorf(st.src.rng(n), "YAML alias *%s refers to a node that contains it", n.Value)
			return cty.DynamicVal, true
		}
		st.active[t] = true
		defer delete(st.active, t)
		return st.value(t, path, unresolved, depth+1)
	}
	switch n.Kind {
	case yaml.MappingNode:
		es := st.unique(st.entries(n), "key")
		if len(es) == 1 && isIntrinsic(es[0].name) {
			return st.intrinsic(es[0], path, unresolved, depth)
		}
		attrs := make(map[string]cty.Value, len(es))
		for _, e := range es {
			if v, keep := st.value(e.v, path+"."+e.name, unresolved, depth+1); keep {
				attrs[e.name] = v
				st.notePos(path+"."+e.name, st.src.span(e.k, e.v))
			}
		}
		if len(attrs) == 0 {
			return cty.EmptyObjectVal, true
		}
		return cty.ObjectVal(attrs), true
	case yaml.SequenceNode:
		var elems []cty.Value
		for _, c := range n.Content {
			// Paths index the resulting tuple, after AWS::NoValue removals.
			if v, keep := st.value(c, path+"."+strconv.Itoa(len(elems)), unresolved, depth+1); keep {
				st.notePos(path+"."+strconv.Itoa(len(elems)), st.src.rng(c))
				elems = append(elems, v)
			}
		}
		if len(elems) == 0 {
			return cty.EmptyTupleVal, true
		}
		return cty.TupleVal(elems), true
	case yaml.ScalarNode:
		if hasDynamicRef(n.Value) && n.ShortTag() == "!!str" {
			unresolved[path] = n.Value
			return cty.UnknownVal(cty.String), true
		}
		return scalarValue(n), true
	}
	return cty.NullVal(cty.DynamicPseudoType), true
}

// hasDynamicRef reports whether s holds a dynamic reference
// ({{resolve:ssm:…}}, {{resolve:secretsmanager:…}}): CloudFormation
// replaces it with the parameter's or secret's value when it deploys, so
// the string is not known before.
func hasDynamicRef(s string) bool {
	return strings.Contains(s, "{{resolve:")
}

// intrinsic evaluates a one-key mapping {Ref: X} or {Fn::…: …} (see
// intrinsics.go); what cannot be resolved statically is unknown, with the
// intrinsic's text in unresolved[path]. keep is false for AWS::NoValue.
func (st *state) intrinsic(e entry, path string, unresolved map[string]string, depth int) (cty.Value, bool) {
	v, keep := st.evalIntrinsic(e.name, e.v, depth)
	if !keep {
		return cty.NilVal, false
	}
	if !v.IsWhollyKnown() {
		unresolved[path] = st.render(e)
	}
	return v, true
}

// paramDefault is the value a Ref to parameter name has when the stack is
// deployed with the parameter's Default: a string, a number for Number, a
// tuple for CommaDelimitedList and List<…> (members are space-trimmed, as
// CloudFormation does). SSM parameter types are not resolved: their Default
// names an SSM parameter, not the value.
func (st *state) paramDefault(name string) (cty.Value, bool) {
	body, ok := st.params[name]
	if !ok {
		return cty.NilVal, false
	}
	fields := st.entries(body)
	de, ok := lookup(fields, "Default")
	if !ok {
		return cty.NilVal, false
	}
	typ := ""
	if te, ok := lookup(fields, "Type"); ok {
		if t := st.deref(te.v); t.Kind == yaml.ScalarNode {
			typ = strings.TrimSpace(t.Value)
		}
	}
	if strings.HasPrefix(typ, "AWS::SSM::Parameter::Value<") {
		return cty.NilVal, false
	}
	list := typ == "CommaDelimitedList" || strings.HasPrefix(typ, "List<")
	numeric := typ == "Number" || typ == "List<Number>"

	var items []string
	switch d := st.deref(de.v); d.Kind {
	case yaml.ScalarNode:
		if d.ShortTag() == "!!null" {
			return cty.NilVal, false
		}
		if !list {
			return paramLeaf(d.Value, numeric), true
		}
		for _, s := range strings.Split(d.Value, ",") {
			items = append(items, strings.TrimSpace(s))
		}
	case yaml.SequenceNode: // not valid CloudFormation, but unambiguous
		if !list {
			return cty.NilVal, false
		}
		for _, c := range d.Content {
			c = st.deref(c)
			if c.Kind != yaml.ScalarNode {
				return cty.NilVal, false
			}
			items = append(items, c.Value)
		}
	default:
		return cty.NilVal, false
	}
	if len(items) == 0 {
		return cty.EmptyTupleVal, true
	}
	vals := make([]cty.Value, len(items))
	for i, s := range items {
		vals[i] = paramLeaf(s, numeric)
	}
	return cty.TupleVal(vals), true
}

func paramLeaf(s string, numeric bool) cty.Value {
	if numeric {
		if v, ok, err := numlimit.Parse(strings.TrimSpace(s)); ok && err == nil {
			return v
		}
	}
	return cty.StringVal(s)
}

// scalarValue converts a scalar by its resolved YAML tag. Numbers that cannot
// be numbers without losing what was written stay strings: digits with a
// leading zero (yaml.v3 reads 0123 as octal and 012345678901 as a float;
// in a template they are account IDs and file modes), and .inf/.nan.
func scalarValue(n *yaml.Node) cty.Value {
	switch n.ShortTag() {
	case "!!null":
		return cty.NullVal(cty.DynamicPseudoType)
	case "!!bool":
		switch strings.ToLower(n.Value) {
		case "true", "yes", "on", "y":
			return cty.True
		case "false", "no", "off", "n":
			return cty.False
		}
	case "!!int", "!!float":
		if v, ok := parseNumber(n.Value); ok {
			return v
		}
	}
	return cty.StringVal(n.Value)
}

func parseNumber(text string) (cty.Value, bool) {
	t := strings.ReplaceAll(text, "_", "") // YAML 1.1 digit separators, which yaml.v3 accepts
	digits := strings.TrimLeft(t, "+-")
	if len(digits) > numlimit.MaxDigits {
		// Parsing would take time quadratic in the digits (see numlimit).
		return cty.NilVal, false
	}
	if len(digits) > 1 && digits[0] == '0' && strings.Trim(digits, "0123456789") == "" {
		return cty.NilVal, false
	}
	if i, ok := new(big.Int).SetString(t, 0); ok { // decimal, 0x, 0o, 0b
		return cty.NumberVal(new(big.Float).SetInt(i)), true
	}
	if strings.Contains(strings.ToLower(digits), "inf") || strings.Contains(strings.ToLower(digits), "nan") {
		return cty.NilVal, false
	}
	// Out of a2z's range, a number stays the string it was written as.
	v, ok, err := numlimit.Parse(t)
	return v, ok && err == nil
}

// maxRender bounds the text kept for an unresolved intrinsic: it is for
// messages, not for evaluation.
const maxRender = 200

// render writes an intrinsic in long form on one line, compactly:
// "Fn::GetAtt: Queue.Arn", "Ref: VpcId", "Fn::Join: [-, [a, {Ref: B}]]".
func (st *state) render(e entry) string {
	var b strings.Builder
	b.WriteString(e.name)
	b.WriteString(": ")
	st.renderArg(&b, e.name, e.v, 0)
	s := b.String()
	if len(s) <= maxRender {
		return s
	}
	cut := maxRender
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

func (st *state) renderArg(b *strings.Builder, fn string, v *yaml.Node, depth int) {
	if d := st.deref(v); fn == "Fn::GetAtt" && d.Kind == yaml.SequenceNode && len(d.Content) == 2 {
		res, attr := st.deref(d.Content[0]), st.deref(d.Content[1])
		if res.Kind == yaml.ScalarNode && attr.Kind == yaml.ScalarNode {
			b.WriteString(res.Value + "." + attr.Value)
			return
		}
	}
	st.renderNode(b, v, depth)
}

func (st *state) renderNode(b *strings.Builder, n *yaml.Node, depth int) {
	if b.Len() > maxRender || depth > 16 || !st.visit(n) {
		b.WriteString("…")
		return
	}
	n = st.deref(n)
	switch n.Kind {
	case yaml.MappingNode:
		es := st.entries(n)
		if len(es) == 1 && es[0].ok && isIntrinsic(es[0].name) {
			b.WriteString("{" + es[0].name + ": ")
			st.renderArg(b, es[0].name, es[0].v, depth+1)
			b.WriteString("}")
			return
		}
		b.WriteString("{")
		for i, e := range es {
			if i > 0 {
				b.WriteString(", ")
			}
			if b.Len() > maxRender {
				b.WriteString("…")
				break
			}
			writeText(b, e.name)
			b.WriteString(": ")
			st.renderNode(b, e.v, depth+1)
		}
		b.WriteString("}")
	case yaml.SequenceNode:
		b.WriteString("[")
		for i, c := range n.Content {
			if i > 0 {
				b.WriteString(", ")
			}
			if b.Len() > maxRender {
				b.WriteString("…")
				break
			}
			st.renderNode(b, c, depth+1)
		}
		b.WriteString("]")
	default:
		if n.ShortTag() == "!!str" {
			writeText(b, n.Value)
		} else {
			b.WriteString(n.Value)
		}
	}
}

// writeText writes a string bare when that reads unambiguously, else quoted.
// ${…} and single commas are common in Fn::Sub text and stay readable bare.
func writeText(b *strings.Builder, s string) {
	if s == "" || strings.TrimSpace(s) != s || strings.ContainsAny(s, "\"\n\r\t") ||
		strings.Contains(s, ", ") || strings.Contains(s, ": ") || strings.Contains(s, " #") ||
		strings.HasPrefix(s, "[") || strings.HasPrefix(s, "{") {
		b.WriteString(strconv.Quote(s))
		return
	}
	b.WriteString(s)
}

// notePos records where a nested property value is written, while the
// properties of a resource are read (positions is nil otherwise: values
// evaluated as intrinsic arguments have no path of their own).
func (st *state) notePos(path string, r parser.Range) {
	if st.positions != nil && path != "" && path[0] != '.' {
		st.positions[path] = r
	}
}
