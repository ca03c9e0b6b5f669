package terraform

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/ext/typeexpr"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/convert"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/parser"
)

// varDecl is one declared variable.
type varDecl struct {
	block    *hcl.Block
	ty       cty.Type
	defaults *typeexpr.Defaults
	def      *hcl.Attribute
}

// declareVariables reads the variable blocks: names, types and defaults.
func (m *module) declareVariables() []varDecl {
	var decls []varDecl
	for _, b := range m.src.varBlocks {
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
		d := varDecl{block: b, ty: cty.DynamicPseudoType, def: content.Attributes["default"]}
		if a, ok := content.Attributes["type"]; ok {
			t, defaults, tdiags := m.typeConstraint(a.Expr)
			m.addHCL(tdiags, b.DefRange.Filename)
			if !tdiags.HasErrors() {
				d.ty, d.defaults = t, defaults
			}
		}
		decls = append(decls, d)
	}
	return decls
}

// assignVariables gives every variable its value: the input that set it
// (tfvars, the command line, or the calling module's argument), else its
// default, converted to the declared type with optional() defaults applied.
// A variable with neither is an unknown of its type.
func (m *module) assignVariables(decls []varDecl, inputs map[string]inputValue) {
	for _, d := range decls {
		name := d.block.Labels[0]
		var val cty.Value
		var diags hcl.Diagnostics
		// Where a conversion error points: the value's expression, or the
		// declaration for a raw value (which has no file of its own).
		at, what, summary := d.block.DefRange, "", "Invalid value for variable"
		switch iv, set := inputs[name]; {
		case set && iv.hasVal:
			val, at = iv.val, iv.rng
		case set && iv.expr != nil:
			// Like Terraform, tfvars values are literals: no references.
			val, diags = m.value(iv.expr, m.constContext(iv.expr))
			at = iv.expr.Range()
		case set:
			val, diags = m.rawValue(iv, d.ty)
			what = iv.from + ": "
		case d.def != nil:
			// Terraform allows no references or functions in a default, and
			// reports them; so do we.
			val, diags = m.value(d.def.Expr, m.constContext(d.def.Expr))
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
		if numlimit.HasNumbers(d.ty) && numlimit.HasLongNumeral(val) {
			// The conversion would parse it, in minutes.
			m.warnOnce(numberDiag(at))
			m.vars[name] = cty.UnknownVal(d.ty)
			continue
		}
		conv, err := convert.Convert(val, d.ty)
		if err != nil {
			m.diags = append(m.diags, diagAt(parser.SeverityError, summary,
				fmt.Sprintf("%sThe value of %q is not compatible with its type constraint: %s.", what, name, err.Error()), at))
			conv = cty.UnknownVal(d.ty)
		}
		// A conversion to a type of numbers may have made them from
		// strings, and a JSON file's numbers were not checked when parsed.
		if (numlimit.HasNumbers(d.ty) || strings.HasSuffix(at.Filename, ".json")) && !numlimit.ValueInRange(conv) {
			m.warnOnce(numberDiag(at))
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

// eval evaluates expr in the module instance. A reference to something that
// is not known statically (a computed attribute, a module the scan cannot
// read) is an unknown value rather than an error, so an expression that
// mixes known and unknown parts keeps what is known. known is false when
// evaluation failed (the value is then cty.DynamicVal) or when anything in
// the value is unknown.
func (m *module) eval(expr hcl.Expression) (v cty.Value, known bool) {
	defer func() {
		if r := recover(); r != nil {
			_ = m.internalError(expr.Range(), r)
			v, known = cty.DynamicVal, false
		}
	}()
	// Most arguments are literals: nothing to look up, nothing to call.
	if isLiteral(expr) {
		if v, diags := expr.Value(nil); !diags.HasErrors() {
			return v, v.IsWhollyKnown()
		}
	}
	vars, called := m.factsOf(expr)
	ctx := m.evalContext(vars)
	// A function a2z does not know makes its own call unknown, not the
	// whole expression.
	ctx.Functions = withUnknownStubs(m.funcs, called)
	file := expr.Range().Filename
	if m.src.loops[file] {
		m.withCounter(ctx)
	}
	if isJSONFile(file) {
		expr = jsonExpr{expr, m}
	}
	val, diags := m.value(expr, ctx)
	// Evaluation errors are not reported: a reference Terraform can only
	// resolve at plan time, or a function we do not offer, is normal here.
	// A function result over a2z's size limits is the exception: the file
	// asked for something huge, and the user should know why it is unknown.
	if diags.HasErrors() {
		m.warnLimits(diags)
		return cty.DynamicVal, false
	}
	known, small := wholly(val)
	if !small {
		m.warnOnce(diagAt(parser.SeverityWarning, valueSummary,
			fmt.Sprintf("This value holds more than %d values or %d MiB of text, counting each use of a shared part; a2z leaves it unknown.",
				maxValueNodes, maxValueNodes*stringBytes>>20), expr.Range()))
		return cty.DynamicVal, false
	}
	return val, known
}

// evalContext builds the variables an expression refers to, and only
// those: building every local and resource for each expression would make
// evaluation quadratic in the size of the module.
func (m *module) evalContext(trs []hcl.Traversal) *hcl.EvalContext {
	if len(trs) == 0 {
		return &hcl.EvalContext{Functions: m.funcs}
	}
	// The tables are made on first use: most expressions refer to one or
	// two things.
	var named, res, data map[string]map[string]cty.Value // var/local/module, resource type, data source type → name → value
	vars := make(map[string]cty.Value, len(trs))
	pick := func(root, name string, v cty.Value, ok bool) {
		if named == nil {
			named = map[string]map[string]cty.Value{}
		}
		if named[root] == nil {
			named[root] = map[string]cty.Value{}
		}
		if !ok {
			v = cty.DynamicVal
		}
		named[root][name] = v
	}
	for _, t := range trs {
		root := t.RootName()
		if v, ok := m.iter[root]; ok {
			// count, each, or a dynamic block's iterator.
			vars[root] = v
			continue
		}
		switch root {
		case "var":
			if n, ok := stepName(t, 1); ok {
				v, found := m.vars[n]
				pick(root, n, v, found)
			}
		case "local":
			if n, ok := stepName(t, 1); ok {
				v, found := m.locals[n]
				pick(root, n, v, found)
			}
		case "module":
			if n, ok := stepName(t, 1); ok {
				v, found := m.modVals[n]
				pick(root, n, v, found)
			}
		case "path":
			vars[root] = m.pathVal
		case "terraform":
			vars[root] = cty.ObjectVal(map[string]cty.Value{"workspace": cty.StringVal("default")})
		case "count", "each", "self":
			vars[root] = cty.DynamicVal
		case "data":
			typ, ok1 := stepName(t, 1)
			name, ok2 := stepName(t, 2)
			if ok1 && ok2 {
				if data == nil {
					data = map[string]map[string]cty.Value{}
				}
				addRef(data, typ, name, m.refValue("data."+typ+"."+name, t[3:]))
			}
		default:
			if n, ok := stepName(t, 1); ok && isAWSType(root) {
				if res == nil {
					res = map[string]map[string]cty.Value{}
				}
				addRef(res, root, n, m.refValue(root+"."+n, t[2:]))
			} else {
				vars[root] = cty.DynamicVal
			}
		}
	}
	for root, names := range named {
		vars[root] = cty.ObjectVal(names)
	}
	for typ, names := range res {
		vars[typ] = cty.ObjectVal(names)
	}
	if len(data) > 0 {
		types := make(map[string]cty.Value, len(data))
		for typ, names := range data {
			types[typ] = cty.ObjectVal(names)
		}
		vars["data"] = cty.ObjectVal(types)
	}
	return &hcl.EvalContext{Variables: vars, Functions: m.funcs}
}

// addRef merges one resource reference into the per-type table. Two
// references to the same resource may add different attributes, so the
// object values are merged.
func addRef(table map[string]map[string]cty.Value, typ, name string, v cty.Value) {
	if table[typ] == nil {
		table[typ] = map[string]cty.Value{}
	}
	if prev, ok := table[typ][name]; ok {
		v = mergeRefs(prev, v)
	}
	table[typ][name] = v
}

// refValue is what a reference to a resource sees, with the attribute it
// goes on to read (rest) added as unknown when the configuration does not
// set it: computed attributes such as arn or id exist, but are unknown.
func (m *module) refValue(addr string, rest hcl.Traversal) cty.Value {
	v, ok := m.resVals[addr]
	if !ok || !v.IsKnown() || v.IsNull() {
		return cty.DynamicVal
	}
	switch m.shapes[addr] {
	case single:
		if n, ok := stepName(rest, 0); ok {
			return withAttr(v, n, m.computed(addr+"."+n, rest[1:]))
		}
	case counted, keyed:
		// rest[0] selects an instance; rest[1] is the attribute read.
		if n, ok := stepName(rest, 1); ok {
			return eachWithAttr(v, n, m.computed(addr+"[…]."+n, rest[2:]))
		}
	}
	return v
}

// computed is the value of an attribute the configuration does not set:
// unknown, or, while rendering a policy document (symbolic), the reference
// written out as Terraform shows it in a plan ("${aws_s3_bucket.b.arn}"),
// shaped so that the rest of the traversal (a [0], a .secret_arn) reaches it.
func (m *module) computed(path string, rest hcl.Traversal) cty.Value {
	if !m.symbolic {
		return cty.DynamicVal
	}
	if len(rest) == 0 {
		return cty.StringVal("${" + m.addr + path + "}")
	}
	switch s := rest[0].(type) {
	case hcl.TraverseAttr:
		return cty.ObjectVal(map[string]cty.Value{s.Name: m.computed(path+"."+s.Name, rest[1:])})
	case hcl.TraverseIndex:
		k := s.Key
		if k.IsKnown() && !k.IsNull() && k.Type() == cty.String {
			return cty.ObjectVal(map[string]cty.Value{k.AsString(): m.computed(path+"["+strconv.Quote(k.AsString())+"]", rest[1:])})
		}
		if k.IsKnown() && !k.IsNull() && k.Type() == cty.Number {
			if n, acc := k.AsBigFloat().Int64(); acc == 0 && n >= 0 && n < 64 {
				elems := make([]cty.Value, n+1)
				for i := range elems {
					elems[i] = m.computed(path+"["+strconv.Itoa(i)+"]", rest[1:])
				}
				return cty.TupleVal(elems)
			}
		}
	}
	return cty.DynamicVal
}

// withAttr returns object v with attribute name added as val if absent.
func withAttr(v cty.Value, name string, val cty.Value) cty.Value {
	if !v.Type().IsObjectType() || v.Type().HasAttribute(name) {
		return v
	}
	attrs := v.AsValueMap()
	if attrs == nil {
		attrs = map[string]cty.Value{}
	}
	attrs[name] = val
	return cty.ObjectVal(attrs)
}

// eachWithAttr applies withAttr to every instance of a tuple or keyed object.
func eachWithAttr(v cty.Value, name string, val cty.Value) cty.Value {
	switch {
	case v.Type().IsTupleType():
		elems := make([]cty.Value, 0, v.LengthInt())
		for it := v.ElementIterator(); it.Next(); {
			_, e := it.Element()
			elems = append(elems, withAttr(e, name, val))
		}
		if len(elems) == 0 {
			return v
		}
		return cty.TupleVal(elems)
	case v.Type().IsObjectType():
		attrs := v.AsValueMap()
		for k, e := range attrs {
			attrs[k] = withAttr(e, name, val)
		}
		if len(attrs) == 0 {
			return v
		}
		return cty.ObjectVal(attrs)
	}
	return v
}

// mergeRefs merges two views of the same resource that differ only in the
// unknown attributes added to them.
func mergeRefs(a, b cty.Value) cty.Value {
	if !a.Type().IsObjectType() || !b.Type().IsObjectType() || !a.IsKnown() || !b.IsKnown() {
		return a
	}
	attrs := a.AsValueMap()
	if attrs == nil {
		attrs = map[string]cty.Value{}
	}
	for k, v := range b.AsValueMap() {
		if prev, ok := attrs[k]; ok {
			attrs[k] = mergeRefs(prev, v)
		} else {
			attrs[k] = v
		}
	}
	if len(attrs) == 0 {
		return a
	}
	return cty.ObjectVal(attrs)
}

// isLiteral reports whether expr is a native literal: a value, or a
// template without interpolations.
func isLiteral(expr hcl.Expression) bool {
	switch e := expr.(type) {
	case *hclsyntax.LiteralValueExpr:
		return true
	case *hclsyntax.TemplateExpr:
		return e.IsStringLiteral()
	}
	return false
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
