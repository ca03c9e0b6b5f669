package terraform

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/a2z/a2z/internal/numlimit"
)

// jsonExpr evaluates an expression of a JSON file as hcl's JSON syntax does,
// except that it parses each string's template itself: hcl would parse it
// inside Value, out of reach, and a2z needs the template's for expressions
// to count their iterations and its numbers out of range to be left
// unknown, like a native file's (loops.go, numbers.go).
type jsonExpr struct {
	hcl.Expression
	m *module
}

func (e jsonExpr) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	return e.m.evalJSON(e.Expression, ctx)
}

func (m *module) evalJSON(expr hcl.Expression, ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	if pairs, ok := jsonObject(expr); ok {
		return m.evalJSONObject(pairs, ctx)
	}
	if lister, ok := expr.(interface{ ExprList() []hcl.Expression }); ok {
		if elems := lister.ExprList(); elems != nil {
			vals := make([]cty.Value, 0, len(elems))
			var diags hcl.Diagnostics
			for _, el := range elems {
				v, d := m.evalJSON(el, ctx)
				diags = append(diags, d...)
				vals = append(vals, v)
			}
			return cty.TupleVal(vals), diags
		}
	}
	// Without a context, hcl gives a string as written.
	raw, diags := expr.Value(nil)
	if diags.HasErrors() || !raw.IsKnown() || raw.IsNull() {
		return raw, diags
	}
	r := expr.Range()
	switch raw.Type() {
	case cty.Number:
		if !numlimit.ValueInRange(raw) {
			m.warnOnce(numberDiag(r))
			return cty.UnknownVal(cty.Number), diags
		}
	case cty.String:
		// After the opening quote, as hcl does (escapes aside).
		start := hcl.Pos{Line: r.Start.Line, Column: r.Start.Column + 1, Byte: r.Start.Byte + 1}
		src := []byte(raw.AsString())
		long, suspect := numlimit.Scan(src)
		if long > 0 {
			m.warnOnce(numberDiag(r))
			return cty.UnknownVal(cty.String), diags
		}
		tmpl, pd := hclsyntax.ParseTemplate(src, r.Filename, start)
		if pd.HasErrors() {
			return cty.DynamicVal, append(diags, pd...)
		}
		if suspect {
			for _, d := range boundLiterals(tmpl) {
				m.warnOnce(d)
			}
		}
		harden(tmpl)
		return tmpl.Value(ctx)
	}
	return raw, diags
}

// evalJSONObject is a JSON object's value as hcl makes it: keys are
// templates too, and a key not known makes the whole object unknown.
func (m *module) evalJSONObject(pairs []hcl.KeyValuePair, ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	attrs := make(map[string]cty.Value, len(pairs))
	var diags hcl.Diagnostics
	known := true
	for _, p := range pairs {
		k, kd := m.evalJSON(p.Key, ctx)
		v, vd := m.evalJSON(p.Value, ctx)
		diags = append(append(diags, kd...), vd...)
		rng := p.Key.Range()
		k, err := convert.Convert(k, cty.String)
		switch {
		case err != nil, k.IsNull():
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Invalid object key expression",
				Detail: "Cannot use this expression as an object key.", Subject: &rng})
			continue
		case !k.IsKnown():
			known = false
			continue
		}
		name := k.AsString()
		if _, dup := attrs[name]; dup {
			diags = append(diags, &hcl.Diagnostic{Severity: hcl.DiagError, Summary: "Duplicate object attribute",
				Detail: "An attribute named " + name + " was already defined.", Subject: &rng})
			continue
		}
		attrs[name] = v
	}
	if !known {
		return cty.DynamicVal, diags
	}
	return cty.ObjectVal(attrs), diags
}
