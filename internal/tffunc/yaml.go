package tffunc

import (
	"encoding/base64"
	"errors"
	"fmt"
	"math/big"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"gopkg.in/yaml.v3"
)

// YAMLEncode is Terraform's yamlencode. Terraform's output comes from a
// libyaml-style emitter: block style, every string double-quoted, sequences
// inside mappings not indented, and a top-level plain scalar followed by a
// "..." document end marker. This writes the same shape by hand.
var YAMLEncode = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "value", Type: cty.DynamicPseudoType, AllowNull: true, AllowDynamicType: true}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v := args[0]
		if !v.IsWhollyKnown() {
			return cty.UnknownVal(cty.String), nil
		}
		var b strings.Builder
		if isBlock(v) {
			writeBlock(&b, v, 0)
			return cty.StringVal(b.String()), nil
		}
		s, err := yamlScalar(v, 0, 2)
		if err != nil {
			return cty.UnknownVal(cty.String), err
		}
		b.WriteString(s + "\n")
		if ty := v.Type(); v.IsNull() || ty == cty.Bool || ty == cty.Number {
			b.WriteString("...\n")
		}
		return cty.StringVal(b.String()), nil
	},
})

// isBlock reports whether v is written as a block collection.
func isBlock(v cty.Value) bool {
	ty := v.Type()
	if v.IsNull() || (!ty.IsCollectionType() && !ty.IsObjectType() && !ty.IsTupleType()) {
		return false
	}
	return v.LengthInt() > 0
}

func isMapping(ty cty.Type) bool { return ty.IsMapType() || ty.IsObjectType() }

// yamlScalar writes a scalar or empty collection that starts at column col;
// indent is where a folded string continues.
func yamlScalar(v cty.Value, col, indent int) (string, error) {
	ty := v.Type()
	switch {
	case v.IsNull():
		return "null", nil
	case ty == cty.String:
		return yamlQuoteAt(v.AsString(), col, indent, true), nil
	case ty == cty.Bool:
		return strconv.FormatBool(v.True()), nil
	case ty == cty.Number:
		f := v.AsBigFloat()
		if f.IsInf() {
			if f.Sign() > 0 {
				return "+Inf", nil
			}
			return "-Inf", nil
		}
		return f.Text('f', -1), nil
	case isMapping(ty):
		return "{}", nil
	case ty.IsCollectionType() || ty.IsTupleType():
		return "[]", nil
	}
	return "", fmt.Errorf("cannot encode %s as YAML", ty.FriendlyName())
}

// writeBlock writes a non-empty collection with its items at column indent.
func writeBlock(b *strings.Builder, v cty.Value, indent int) {
	pad := strings.Repeat(" ", indent)
	mapping := isMapping(v.Type())
	for it := v.ElementIterator(); it.Next(); {
		k, e := it.Element()
		if mapping {
			key := pad + yamlQuote(k.AsString()) + ":"
			b.WriteString(key)
			if isBlock(e) {
				b.WriteString("\n")
				child := indent
				if isMapping(e.Type()) {
					child += 2
				}
				writeBlock(b, e, child)
				continue
			}
			s, _ := yamlScalar(e, utf8.RuneCountInString(key)+1, indent+2)
			b.WriteString(" " + s + "\n")
			continue
		}
		if isBlock(e) {
			// The first line of the nested block goes after the dash.
			var sub strings.Builder
			writeBlock(&sub, e, indent+2)
			b.WriteString(pad + "- " + sub.String()[indent+2:])
			continue
		}
		s, _ := yamlScalar(e, indent+2, indent+2)
		b.WriteString(pad + "- " + s + "\n")
	}
}

// yamlQuote double-quotes s with libyaml's escapes, for keys.
func yamlQuote(s string) string { return yamlQuoteAt(s, 0, 0, false) }

// yamlQuoteAt double-quotes s starting at column col as libyaml does: when
// breaks are allowed, a space met past column 80 becomes a line break
// followed by indent spaces (a folded line), which Terraform's yamlencode
// also does to long strings.
func yamlQuoteAt(s string, col, indent int, breaks bool) string {
	const bestWidth = 80
	var b strings.Builder
	b.WriteByte('"')
	col++
	spaces := false
	for i, r := range s {
		if esc, ok := yamlEscape(r); ok {
			b.WriteString(esc)
			col += len(esc)
			spaces = false
			continue
		}
		if r == ' ' {
			if breaks && !spaces && col > bestWidth && i != 0 && i != len(s)-1 {
				b.WriteByte('\n')
				b.WriteString(strings.Repeat(" ", indent))
				col = indent
				if i+1 < len(s) && s[i+1] == ' ' {
					b.WriteByte('\\')
					col++
				}
			} else {
				b.WriteByte(' ')
				col++
			}
			spaces = true
			continue
		}
		b.WriteRune(r)
		col++
		spaces = false
	}
	b.WriteByte('"')
	return b.String()
}

// yamlEscape gives libyaml's escape for a rune a double-quoted scalar may
// not hold as is.
func yamlEscape(r rune) (string, bool) {
	switch r {
	case '"':
		return `\"`, true
	case '\\':
		return `\\`, true
	case 0:
		return `\0`, true
	case '\a':
		return `\a`, true
	case '\b':
		return `\b`, true
	case '\t':
		return `\t`, true
	case '\n':
		return `\n`, true
	case '\v':
		return `\v`, true
	case '\f':
		return `\f`, true
	case '\r':
		return `\r`, true
	case 0x1b:
		return `\e`, true
	case 0x85:
		return `\N`, true
	case 0xa0:
		return `\_`, true
	case 0x2028:
		return `\L`, true
	case 0x2029:
		return `\P`, true
	}
	switch {
	case yamlPrintable(r):
		return "", false
	case r <= 0xff:
		return fmt.Sprintf(`\x%02X`, r), true
	case r <= 0xffff:
		return fmt.Sprintf(`\u%04X`, r), true
	}
	return fmt.Sprintf(`\U%08X`, r), true
}

// yamlPrintable is libyaml's test, which also escapes every character
// outside the Basic Multilingual Plane.
func yamlPrintable(r rune) bool {
	switch {
	case r >= 0x20 && r <= 0x7e:
		return true
	case r >= 0xa0 && r <= 0xd7ff:
		return true
	case r >= 0xe000 && r <= 0xfffd:
		return r != 0xfeff
	}
	return false
}

// YAMLDecode is Terraform's yamldecode: mappings become objects, sequences
// tuples, and plain scalars resolve with YAML 1.1 rules (yes/no/on/off are
// booleans, timestamps become RFC 3339 strings), as Terraform's decoder does.
var YAMLDecode = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "src", Type: cty.String}},
	Type: func(args []cty.Value) (cty.Type, error) {
		if !args[0].IsKnown() || args[0].IsNull() {
			return cty.DynamicPseudoType, nil
		}
		v, err := yamlDecode(args[0].AsString())
		if err != nil {
			return cty.NilType, function.NewArgError(0, err)
		}
		return v.Type(), nil
	},
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		v, err := yamlDecode(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		return v, nil
	},
})

func yamlDecode(src string) (cty.Value, error) {
	dec := yaml.NewDecoder(strings.NewReader(src))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err.Error() == "EOF" {
			return cty.NullVal(cty.DynamicPseudoType), nil
		}
		return cty.NilVal, err
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		return cty.NilVal, errors.New("unexpected extra content after value")
	}
	if len(doc.Content) == 0 {
		return cty.NullVal(cty.DynamicPseudoType), nil
	}
	d := &yamlDecoder{active: map[*yaml.Node]bool{}}
	return d.node(doc.Content[0])
}

type yamlDecoder struct {
	active map[*yaml.Node]bool // anchors being expanded, to refuse cycles
	nodes  int                 // expanded nodes, to stop alias bombs
}

const maxYAMLNodes = 1 << 20

func (d *yamlDecoder) node(n *yaml.Node) (cty.Value, error) {
	d.nodes++
	if d.nodes > maxYAMLNodes {
		return cty.NilVal, errors.New("YAML document expands to too many values")
	}
	switch n.Kind {
	case yaml.AliasNode:
		if d.active[n.Alias] {
			return cty.NilVal, fmt.Errorf("on line %d, column %d: cannot refer to anchor %q from inside its own definition", n.Line, n.Column, n.Value)
		}
		d.active[n.Alias] = true
		defer delete(d.active, n.Alias)
		return d.node(n.Alias)
	case yaml.SequenceNode:
		if n.Anchor != "" {
			d.active[n] = true
			defer delete(d.active, n)
		}
		vals := make([]cty.Value, 0, len(n.Content))
		for _, c := range n.Content {
			v, err := d.node(c)
			if err != nil {
				return cty.NilVal, err
			}
			vals = append(vals, v)
		}
		return cty.TupleVal(vals), nil
	case yaml.MappingNode:
		if n.Anchor != "" {
			d.active[n] = true
			defer delete(d.active, n)
		}
		attrs := map[string]cty.Value{}
		if err := d.mapping(n, attrs, false); err != nil {
			return cty.NilVal, err
		}
		return cty.ObjectVal(attrs), nil
	case yaml.ScalarNode:
		return yamlScalarValue(n)
	}
	return cty.NilVal, fmt.Errorf("on line %d, column %d: unsupported YAML node", n.Line, n.Column)
}

// mapping fills attrs from n; merged ("<<") entries never override.
func (d *yamlDecoder) mapping(n *yaml.Node, attrs map[string]cty.Value, merged bool) error {
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.Tag == "!!merge" {
			if err := d.merge(v, attrs); err != nil {
				return err
			}
			continue
		}
		kv, err := d.node(k)
		if err != nil {
			return err
		}
		if kv.IsNull() || !kv.Type().IsPrimitiveType() {
			return fmt.Errorf("on line %d, column %d: only scalar mapping keys are supported", k.Line, k.Column)
		}
		key := k.Value
		if kv.Type() == cty.String {
			key = kv.AsString()
		}
		if _, exists := attrs[key]; exists && merged {
			continue
		}
		val, err := d.node(v)
		if err != nil {
			return err
		}
		attrs[key] = val
	}
	return nil
}

func (d *yamlDecoder) merge(v *yaml.Node, attrs map[string]cty.Value) error {
	target := v
	if v.Kind == yaml.AliasNode {
		target = v.Alias
	}
	switch target.Kind {
	case yaml.MappingNode:
		return d.mapping(target, attrs, true)
	case yaml.SequenceNode:
		for _, c := range target.Content {
			if err := d.merge(c, attrs); err != nil {
				return err
			}
		}
		return nil
	}
	return fmt.Errorf("on line %d, column %d: map merge requires map or sequence of maps as the value", v.Line, v.Column)
}

var (
	yamlTimestamp = regexp.MustCompile(`^\d{4}-\d{1,2}-\d{1,2}([Tt ]|$)`)
	yamlIntRe     = regexp.MustCompile(`^[-+]?(0b[01_]+|0x[0-9a-fA-F_]+|0o?[0-7_]+|[0-9_]+)$`)
	yamlFloatRe   = regexp.MustCompile(`^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$`)
)

var timestampFormats = []string{
	"2006-1-2T15:4:5.999999999Z07:00",
	"2006-1-2t15:4:5.999999999Z07:00",
	"2006-1-2 15:4:5.999999999",
	"2006-1-2",
}

func yamlScalarValue(n *yaml.Node) (cty.Value, error) {
	tag := n.Tag
	plain := n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle|yaml.LiteralStyle|yaml.FoldedStyle) == 0
	explicit := n.Style&yaml.TaggedStyle != 0
	s := n.Value
	if !explicit {
		if !plain {
			return cty.StringVal(s), nil
		}
		tag = resolvePlain(s)
	}
	bad := func() (cty.Value, error) {
		return cty.NilVal, fmt.Errorf("cannot parse %q as %s", s, longTag(tag))
	}
	switch tag {
	case "!!null":
		return cty.NullVal(cty.DynamicPseudoType), nil
	case "!!str":
		return cty.StringVal(s), nil
	case "!!bool":
		switch s {
		case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE":
			return cty.True, nil
		case "n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE":
			return cty.False, nil
		}
		return bad()
	case "!!int", "!!float":
		v, ok := yamlNumber(s)
		if !ok {
			if strings.EqualFold(strings.TrimLeft(s, "+-."), "nan") {
				return cty.NilVal, errors.New("floating point NaN is not supported")
			}
			return bad()
		}
		return v, nil
	case "!!timestamp":
		for _, f := range timestampFormats {
			if t, err := time.Parse(f, s); err == nil {
				return cty.StringVal(t.UTC().Format(time.RFC3339Nano)), nil
			}
		}
		return bad()
	case "!!binary":
		if _, err := base64.StdEncoding.DecodeString(strings.Join(strings.Fields(s), "")); err != nil {
			return cty.NilVal, fmt.Errorf("cannot parse %q as %s: not valid base64", s, longTag(tag))
		}
		return cty.StringVal(s), nil
	}
	return cty.NilVal, fmt.Errorf("unsupported tag %q", longTag(tag))
}

func longTag(t string) string {
	if strings.HasPrefix(t, "!!") {
		return "tag:yaml.org,2002:" + t[2:]
	}
	return t
}

// resolvePlain gives the YAML 1.1 tag of an untagged plain scalar.
func resolvePlain(s string) string {
	switch s {
	case "", "~", "null", "Null", "NULL":
		return "!!null"
	case "y", "Y", "yes", "Yes", "YES", "on", "On", "ON", "true", "True", "TRUE",
		"n", "N", "no", "No", "NO", "off", "Off", "OFF", "false", "False", "FALSE":
		return "!!bool"
	case ".nan", ".NaN", ".NAN":
		return "!!float"
	}
	if _, ok := yamlNumber(s); ok {
		return "!!float"
	}
	if yamlTimestamp.MatchString(s) {
		for _, f := range timestampFormats {
			if _, err := time.Parse(f, s); err == nil {
				return "!!timestamp"
			}
		}
	}
	return "!!str"
}

// yamlNumber reads YAML 1.1 integers (binary, octal, hex, underscores) and
// floats, including .inf.
func yamlNumber(s string) (cty.Value, bool) {
	switch strings.TrimLeft(s, "+") {
	case ".inf", ".Inf", ".INF", "Inf", "inf":
		return cty.PositiveInfinity, true
	}
	switch s {
	case "-.inf", "-.Inf", "-.INF", "-Inf", "-inf":
		return cty.NegativeInfinity, true
	}
	if yamlIntRe.MatchString(s) {
		t := strings.ReplaceAll(s, "_", "")
		neg := strings.HasPrefix(t, "-")
		t = strings.TrimLeft(t, "+-")
		base := 10
		switch {
		case strings.HasPrefix(t, "0b"):
			base, t = 2, t[2:]
		case strings.HasPrefix(t, "0x"):
			base, t = 16, t[2:]
		case strings.HasPrefix(t, "0o"):
			base, t = 8, t[2:]
		case len(t) > 1 && t[0] == '0':
			base, t = 8, t[1:]
		}
		if n, ok := new(big.Int).SetString(t, base); ok {
			if neg {
				n.Neg(n)
			}
			return cty.NumberVal(new(big.Float).SetInt(n)), true
		}
	}
	if !yamlFloatRe.MatchString(s) {
		return cty.NilVal, false
	}
	f, err := strconv.ParseFloat(strings.ReplaceAll(s, "_", ""), 64)
	if err != nil {
		return cty.NilVal, false
	}
	if v, err := cty.ParseNumberVal(strings.ReplaceAll(s, "_", "")); err == nil {
		return v, true
	}
	return cty.NumberFloatVal(f), true
}
