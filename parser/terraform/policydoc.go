package terraform

import (
	"bytes"
	"encoding/json"

	"github.com/zclconf/go-cty/cty"
)

// The aws_iam_policy_document data source only renders its statement blocks
// as JSON: the provider computes nothing a static reader could not. a2z
// renders it too, so that a policy built with it (policy =
// data.aws_iam_policy_document.x.json) is text the knowledge base can read
// instead of an unknown. References to attributes other resources compute
// (a bucket's arn) are written as "${aws_s3_bucket.b.arn}", the way
// Terraform shows them in a plan; any other unknown value leaves the
// document unknown.

// policyDocumentJSON renders the decoded body of an aws_iam_policy_document
// (with computed references as placeholders); ok is false when something in
// it is unknown or it merges other documents.
func policyDocumentJSON(attrs map[string]cty.Value) (pretty, minified string, ok bool) {
	for _, merge := range []string{"source_policy_documents", "override_policy_documents", "source_json", "override_json"} {
		if _, set := attrs[merge]; set {
			return "", "", false
		}
	}
	doc := orderedObject{}
	version := "2012-10-17"
	if v, set := attrs["version"]; set {
		s, ok := knownString(v)
		if !ok {
			return "", "", false
		}
		version = s
	}
	doc = append(doc, field{"Version", version})
	if v, set := attrs["policy_id"]; set {
		s, ok := knownString(v)
		if !ok {
			return "", "", false
		}
		doc = append(doc, field{"Id", s})
	}
	var statements []any
	if st, set := attrs["statement"]; set {
		if !st.IsWhollyKnown() || !st.CanIterateElements() {
			return "", "", false
		}
		for it := st.ElementIterator(); it.Next(); {
			_, s := it.Element()
			rendered, ok := policyStatement(s)
			if !ok {
				return "", "", false
			}
			statements = append(statements, rendered)
		}
	}
	doc = append(doc, field{"Statement", statements})
	var pb, mb bytes.Buffer
	enc := json.NewEncoder(&pb)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if enc.Encode(doc) != nil {
		return "", "", false
	}
	enc = json.NewEncoder(&mb)
	enc.SetEscapeHTML(false)
	if enc.Encode(doc) != nil {
		return "", "", false
	}
	return string(bytes.TrimSuffix(pb.Bytes(), []byte("\n"))), string(bytes.TrimSuffix(mb.Bytes(), []byte("\n"))), true
}

// policyStatement renders one statement block in the provider's key order.
func policyStatement(s cty.Value) (orderedObject, bool) {
	if !s.Type().IsObjectType() {
		return nil, false
	}
	get := func(name string) (cty.Value, bool) {
		if !s.Type().HasAttribute(name) {
			return cty.NilVal, false
		}
		v := s.GetAttr(name)
		return v, !v.IsNull()
	}
	var out orderedObject
	if v, ok := get("sid"); ok {
		str, known := knownString(v)
		if !known {
			return nil, false
		}
		if str != "" {
			out = append(out, field{"Sid", str})
		}
	}
	effect := "Allow"
	if v, ok := get("effect"); ok {
		str, known := knownString(v)
		if !known {
			return nil, false
		}
		effect = str
	}
	out = append(out, field{"Effect", effect})
	for _, f := range []struct{ attr, key string }{
		{"actions", "Action"}, {"not_actions", "NotAction"}, {"resources", "Resource"}, {"not_resources", "NotResource"},
	} {
		v, ok := get(f.attr)
		if !ok {
			continue
		}
		list, known := stringList(v)
		if !known {
			return nil, false
		}
		out = append(out, field{f.key, oneOrMany(list)})
	}
	for _, f := range []struct{ attr, key string }{{"principals", "Principal"}, {"not_principals", "NotPrincipal"}} {
		v, ok := get(f.attr)
		if !ok {
			continue
		}
		p, known := principals(v)
		if !known {
			return nil, false
		}
		out = append(out, field{f.key, p})
	}
	if v, ok := get("condition"); ok {
		c, known := conditions(v)
		if !known {
			return nil, false
		}
		out = append(out, field{"Condition", c})
	}
	return out, true
}

// principals renders principals blocks: {"AWS": [...], "Service": ...}, or
// "*" for the anonymous principal.
func principals(v cty.Value) (any, bool) {
	byType := orderedObject{}
	index := map[string]int{}
	for it := v.ElementIterator(); it.Next(); {
		_, p := it.Element()
		if !p.Type().IsObjectType() || !p.Type().HasAttribute("type") || !p.Type().HasAttribute("identifiers") {
			return nil, false
		}
		typ, ok := knownString(p.GetAttr("type"))
		ids, ok2 := stringList(p.GetAttr("identifiers"))
		if !ok || !ok2 {
			return nil, false
		}
		if typ == "*" {
			return "*", true
		}
		i, seen := index[typ]
		if !seen {
			index[typ] = len(byType)
			byType = append(byType, field{typ, []string{}})
			i = len(byType) - 1
		}
		byType[i].value = append(byType[i].value.([]string), ids...)
	}
	for i := range byType {
		byType[i].value = oneOrMany(byType[i].value.([]string))
	}
	return byType, true
}

// conditions renders condition blocks: {"test": {"variable": values}}.
func conditions(v cty.Value) (any, bool) {
	out := orderedObject{}
	index := map[string]int{}
	for it := v.ElementIterator(); it.Next(); {
		_, c := it.Element()
		if !c.Type().IsObjectType() || !c.Type().HasAttribute("test") || !c.Type().HasAttribute("variable") || !c.Type().HasAttribute("values") {
			return nil, false
		}
		test, ok1 := knownString(c.GetAttr("test"))
		variable, ok2 := knownString(c.GetAttr("variable"))
		values, ok3 := stringList(c.GetAttr("values"))
		if !ok1 || !ok2 || !ok3 {
			return nil, false
		}
		i, seen := index[test]
		if !seen {
			index[test] = len(out)
			out = append(out, field{test, orderedObject{}})
			i = len(out) - 1
		}
		out[i].value = append(out[i].value.(orderedObject), field{variable, oneOrMany(values)})
	}
	return out, true
}

func knownString(v cty.Value) (string, bool) {
	if !v.IsKnown() || v.IsNull() {
		return "", false
	}
	if v.Type() == cty.Bool || v.Type() == cty.Number {
		return primitiveString(v), true
	}
	if v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// primitiveString writes a known bool or number as Terraform converts it.
func primitiveString(v cty.Value) string {
	if v.Type() == cty.Bool {
		if v.True() {
			return "true"
		}
		return "false"
	}
	return v.AsBigFloat().Text('f', -1)
}

func stringList(v cty.Value) ([]string, bool) {
	if !v.IsWhollyKnown() || v.IsNull() {
		return nil, false
	}
	if v.Type() == cty.String {
		return []string{v.AsString()}, true
	}
	if !v.CanIterateElements() {
		return nil, false
	}
	var out []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		s, ok := knownString(e)
		if !ok {
			return nil, false
		}
		out = append(out, s)
	}
	return out, true
}

// oneOrMany writes a single value as a string, as the provider does.
func oneOrMany(list []string) any {
	if len(list) == 1 {
		return list[0]
	}
	return list
}

// orderedObject is a JSON object that keeps its key order.
type orderedObject []field

type field struct {
	key   string
	value any
}

func (o orderedObject) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	b.WriteByte('{')
	for i, f := range o {
		if i > 0 {
			b.WriteByte(',')
		}
		k, err := json.Marshal(f.key)
		if err != nil {
			return nil, err
		}
		b.Write(k)
		b.WriteByte(':')
		v, err := marshalNoEscape(f.value)
		if err != nil {
			return nil, err
		}
		b.Write(v)
	}
	b.WriteByte('}')
	return b.Bytes(), nil
}

func marshalNoEscape(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), nil
}
