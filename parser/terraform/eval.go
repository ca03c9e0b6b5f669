package terraform

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/a2z/a2z/parser"
)

// evalVariables gives every variable its value: the last one set from
// outside the module (see inputValues), else its default, converted to the
// declared type with optional() defaults applied. A variable with neither is
// an unknown of its type.
func (m *module) evalVariables(fsys fs.FS, dir string, in Inputs) {
	type declared struct {
		block    *hcl.Block
		ty       cty.Type
		defaults *typeexpr.Defaults
		def      *hcl.Attribute
	}
	var decls []declared
	for _, b := range m.varBlocks {
		if len(b.Labels) != 1 {
			continue
		}
		name := b.Labels[0]
		if prev, ok := m.varRanges[name]; ok {
			m.diags = append(m.diags, diagAt(parser.SeverityError, "Duplicate variable declaration",
				fmt.Sprintf("A variable named %q was already declared at %s. Variable names must be unique within a module.", name, convRange(prev)),
				b.DefRange))
			continue
		}
		m.varRanges[name] = b.DefRange

		content, _, diags := b.Body.PartialContent(attrSchema("type", "default"))
		m.addHCL(diags, b.DefRange.Filename)
		d := declared{block: b, ty: cty.DynamicPseudoType, def: content.Attributes["default"]}
		if a, ok := content.Attributes["type"]; ok {
			t, defaults, tdiags := m.typeConstraint(a.Expr)
			m.addHCL(tdiags, b.DefRange.Filename)
			if !tdiags.HasErrors() {
				d.ty, d.defaults = t, defaults
			}
		}
		decls = append(decls, d)
	}

	inputs := m.inputValues(fsys, dir, in)
	for _, d := range decls {
		name := d.block.Labels[0]
		var val cty.Value
		var diags hcl.Diagnostics
		// Where a conversion error points: the tfvars value, or the
		// declaration for a raw value (which has no file of its own).
		at, what, summary := d.block.DefRange, "", "Invalid value for variable"
		switch iv, set := inputs[name]; {
		case set && iv.expr != nil:
			// Like Terraform, tfvars values are literals: no references.
			val, diags = m.value(iv.expr, nil)
			at = iv.expr.Range()
		case set:
			val, diags = m.rawValue(iv, d.ty)
			what = iv.from + ": "
		case d.def != nil:
			// Terraform allows no references or functions in a default, and
			// reports them; so do we.
			val, diags = m.value(d.def.Expr, nil)
			at, summary = d.def.Expr.Range(), "Invalid default value for variable"
		default:
			m.vars[name] = cty.UnknownVal(d.ty)
			continue
		}
		m.addHCL(diags, at.Filename)
		if diags.HasErrors() {
			m.vars[name] = cty.UnknownVal(d.ty)
			continue
		}
		if d.defaults != nil {
			val = d.defaults.Apply(val)
		}
		conv, err := convert.Convert(val, d.ty)
		if err != nil {
			m.diags = append(m.diags, diagAt(parser.SeverityError, summary,
				fmt.Sprintf("%sThe value of %q is not compatible with its type constraint: %s.", what, name, err.Error()), at))
			conv = cty.UnknownVal(d.ty)
		}
		m.vars[name] = conv
	}
}

func (m *module) typeConstraint(expr hcl.Expression) (ty cty.Type, d *typeexpr.Defaults, diags hcl.Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			ty, d, diags = cty.DynamicPseudoType, nil, m.internalError(expr.Range(), r)
		}
	}()
	return typeexpr.TypeConstraintWithDefaults(expr)
}

// evalLocals evaluates locals in dependency order: each pass evaluates the
// locals whose referenced locals are all known, until a pass makes no
// progress. What is left is part of, or depends on, a cycle.
func (m *module) evalLocals() {
	attrs := make(hcl.Attributes, len(m.localDefs))
	for n, a := range m.localDefs {
		attrs[n] = a
	}
	pending := sortedAttrs(attrs)
	for len(pending) > 0 {
		var next []*hcl.Attribute
		for _, a := range pending {
			if m.localReady(a) {
				v, _ := m.eval(a.Expr)
				m.locals[a.Name] = v
				continue
			}
			next = append(next, a)
		}
		if len(next) == len(pending) {
			break
		}
		pending = next
	}
	if len(pending) == 0 {
		return
	}

	deps := map[string][]string{}
	for _, a := range pending {
		for _, d := range localRefs(a.Expr) {
			if _, ok := m.locals[d]; !ok && m.localDefs[d] != nil {
				deps[a.Name] = append(deps[a.Name], d)
			}
		}
	}
	var cycle []string
	var first *hcl.Attribute
	for _, a := range pending {
		if reaches(deps, a.Name, a.Name) {
			cycle = append(cycle, "local."+a.Name)
			if first == nil {
				first = a
			}
		}
	}
	for _, a := range pending {
		m.locals[a.Name] = cty.DynamicVal
	}
	if first == nil {
		return
	}
	slices.Sort(cycle)
	m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Local values refer to each other in a cycle",
		strings.Join(cycle, ", ")+" depend on each other, so they and everything that uses them are unknown.",
		first.Range))
}

// reaches reports whether to can be reached from from by following deps.
func reaches(deps map[string][]string, from, to string) bool {
	seen := map[string]bool{}
	stack := slices.Clone(deps[from])
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n == to {
			return true
		}
		if seen[n] {
			continue
		}
		seen[n] = true
		stack = append(stack, deps[n]...)
	}
	return false
}

// localReady reports whether every declared local that expr refers to has a
// value. A reference to an undeclared local never gets one, so it does not
// hold evaluation up; evaluation then leaves it unknown.
func (m *module) localReady(a *hcl.Attribute) bool {
	for _, d := range localRefs(a.Expr) {
		if _, done := m.locals[d]; !done && m.localDefs[d] != nil {
			return false
		}
	}
	return true
}

// localRefs lists the names of the locals an expression refers to.
func localRefs(expr hcl.Expression) []string {
	var out []string
	for _, t := range expr.Variables() {
		if t.RootName() != "local" || len(t) < 2 {
			continue
		}
		switch s := t[1].(type) {
		case hcl.TraverseAttr:
			out = append(out, s.Name)
		case hcl.TraverseIndex:
			if s.Key.Type() == cty.String && s.Key.IsKnown() && !s.Key.IsNull() {
				out = append(out, s.Key.AsString())
			}
		}
	}
	return out
}

// eval evaluates expr with var, local and the function table. Any other
// root (aws_x.y, data, module, count, each, path, self, terraform) is an
// unknown value rather than an error, so an expression that mixes known and
// unknown parts keeps what is known, e.g. a tuple with one unknown element.
// known is false when evaluation failed (the value is then cty.DynamicVal)
// or when anything in the value is unknown.
func (m *module) eval(expr hcl.Expression) (v cty.Value, known bool) {
	defer func() {
		if r := recover(); r != nil {
			_ = m.internalError(expr.Range(), r)
			v, known = cty.DynamicVal, false
		}
	}()
	vars := map[string]cty.Value{
		"var":   objectOf(m.vars),
		"local": objectOf(m.locals),
	}
	for _, t := range expr.Variables() {
		if root := t.RootName(); root != "" {
			if _, ok := vars[root]; !ok {
				vars[root] = cty.DynamicVal
			}
		}
	}
	val, diags := m.value(expr, &hcl.EvalContext{Variables: vars, Functions: m.funcs})
	// Evaluation errors are not reported: a reference Terraform can only
	// resolve at plan time, or a function we do not offer, is normal here.
	if diags.HasErrors() {
		return cty.DynamicVal, false
	}
	return val, val.IsWhollyKnown()
}

// value evaluates expr, turning a panic inside hcl or cty into a diagnostic.
func (m *module) value(expr hcl.Expression, ctx *hcl.EvalContext) (v cty.Value, diags hcl.Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			v, diags = cty.DynamicVal, m.internalError(expr.Range(), r)
		}
	}()
	v, diags = expr.Value(ctx)
	if v == cty.NilVal {
		v = cty.DynamicVal
	}
	return v, diags
}

// internalError records a recovered panic. The hcl diagnostic it returns
// makes the caller treat the evaluation as failed; it is not reported again.
func (m *module) internalError(r hcl.Range, p any) hcl.Diagnostics {
	pr := convRange(r)
	if pr.File == "" {
		pr = lineOne(m.current)
	}
	m.diags = append(m.diags, parser.Diagnostic{
		Severity: parser.SeverityError,
		Summary:  internalErrorSummary,
		Detail:   fmt.Sprint(p),
		Range:    pr,
	})
	return hcl.Diagnostics{{Severity: hcl.DiagError, Summary: internalErrorSummary}}
}

func objectOf(attrs map[string]cty.Value) cty.Value {
	if len(attrs) == 0 {
		return cty.EmptyObjectVal
	}
	return cty.ObjectVal(attrs)
}
