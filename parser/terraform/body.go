package terraform

import (
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// applyOverride merges an override block into its resource the way
// Terraform does: each attribute replaces the original, and a nested block
// type replaces all original blocks of that type. Positions stay those of the
// original declaration, where the resource is.
func (m *module) applyOverride(r *parser.Resource, b *hcl.Block, keep attrFilter) {
	bv := m.decodeBody(b.Body, true, keep)
	merged := map[string]cty.Value{}
	if r.Attrs.Type().IsObjectType() {
		for k, v := range r.Attrs.AsValueMap() {
			merged[k] = v
		}
	}
	for k, v := range bv.vals {
		merged[k] = v
		delete(r.Unresolved, k)
	}
	for _, nr := range bv.ranges {
		r.AttrRanges[nr.name] = convRange(nr.rng)
	}
	for k, u := range bv.unresolved {
		r.Unresolved[k] = u.text
	}
	r.Attrs = objectOf(merged)
}

// providerRef names the provider configuration a resource uses: the
// provider meta-argument, or the default configuration of the type's
// provider (aws, or awscc for awscc_ types).
func (m *module) providerRef(a *hcl.Attribute, typ string) string {
	def := "aws"
	if strings.HasPrefix(typ, "awscc_") {
		def = "awscc"
	}
	if a == nil {
		return def
	}
	trav, diags := hcl.AbsTraversalForExpr(a.Expr)
	if diags.HasErrors() {
		// Terraform 0.11 wrote the reference as a quoted string.
		s, ok := literalString(a.Expr)
		if !ok {
			return def
		}
		trav, diags = hclsyntax.ParseTraversalAbs([]byte(s), a.Expr.Range().Filename, a.Expr.Range().Start)
		if diags.HasErrors() {
			return def
		}
	}
	ref := trav.RootName()
	if ref == "" {
		return def
	}
	if len(trav) == 2 {
		if at, ok := trav[1].(hcl.TraverseAttr); ok {
			ref += "." + at.Name
		}
	}
	return ref
}

// bodyValue is a decoded block body.
type bodyValue struct {
	vals map[string]cty.Value
	// ranges has one entry per name in vals.
	ranges []namedRange
	// unresolved holds, per name, the first expression (in source order)
	// that could not be resolved, also inside nested blocks.
	unresolved map[string]unresolvedExpr
}

// unresolve records name's first unresolved expression.
func (bv *bodyValue) unresolve(name string, u unresolvedExpr) {
	if bv.unresolved == nil {
		bv.unresolved = map[string]unresolvedExpr{}
	}
	bv.unresolved[name] = u
}

type namedRange struct {
	name string
	rng  hcl.Range
}

type unresolvedExpr struct {
	text string
	rng  hcl.Range
}

func isMetaAttr(name string) bool {
	switch name {
	case "count", "for_each", "provider", "depends_on":
		return true
	}
	return false
}

func isMetaBlock(name string) bool {
	switch name {
	case "lifecycle", "provisioner", "connection":
		return true
	}
	return false
}

// decodeBody evaluates the attributes of a body and turns nested blocks into
// an attribute named after the block type whose value is a tuple of objects,
// one per occurrence, so that self.ingress[0].from_port works. Tuples, not
// lists, because two occurrences may set different attributes. top marks a
// resource body, where meta-arguments are set aside and keep selects the
// attributes and blocks to evaluate (nested bodies are evaluated whole).
func (m *module) decodeBody(body hcl.Body, top bool, keep attrFilter) bodyValue {
	attrs, blocks := m.bodyItems(body, top)
	// Sized for what is evaluated; unresolved is made when needed.
	n := len(attrs) + len(blocks)
	if keep != nil {
		n = min(n, len(keep))
	}
	bv := bodyValue{
		vals:   make(map[string]cty.Value, n),
		ranges: make([]namedRange, 0, n),
	}
	for _, a := range attrs {
		if top && isMetaAttr(a.Name) {
			continue
		}
		if !keep.keeps(a.Name) {
			continue
		}
		v, known := m.eval(a.Expr)
		bv.vals[a.Name] = v
		bv.ranges = append(bv.ranges, namedRange{a.Name, a.Range})
		if !known {
			bv.unresolve(a.Name, unresolvedExpr{text: m.src.exprText(a.Expr.Range()), rng: a.Expr.Range()})
		}
	}

	type group struct {
		blocks  []*hcl.Block
		dynamic *hcl.Block
	}
	var order []string
	groups := map[string]*group{}
	for _, b := range blocks {
		name, dynamic := b.Type, false
		if b.Type == "dynamic" {
			if len(b.Labels) != 1 {
				continue
			}
			name, dynamic = b.Labels[0], true
		}
		if top && (isMetaBlock(name) || isMetaAttr(name)) || !keep.keeps(name) {
			continue
		}
		if _, isAttr := bv.vals[name]; isAttr {
			// An argument and a block of the same name is an error the
			// provider reports; the argument wins here.
			continue
		}
		g := groups[name]
		if g == nil {
			g = &group{}
			groups[name] = g
			order = append(order, name)
			bv.ranges = append(bv.ranges, namedRange{name, blockRange(b)})
		}
		if dynamic {
			if g.dynamic == nil {
				g.dynamic = b
			}
			continue
		}
		g.blocks = append(g.blocks, b)
	}
	for _, name := range order {
		g := groups[name]
		elems := make([]cty.Value, 0, len(g.blocks))
		var first *unresolvedExpr
		note := func(sub bodyValue) {
			for _, u := range sub.unresolved {
				if first == nil || before(u.rng, first.rng) {
					first = &u
				}
			}
		}
		for _, b := range g.blocks {
			sub := m.decodeBody(b.Body, false, nil)
			elems = append(elems, objectOf(sub.vals))
			note(sub)
		}
		if g.dynamic != nil {
			gen, ok := m.expandDynamic(g.dynamic)
			if !ok {
				// How many blocks it generates is not known statically, so
				// the whole group is unknown.
				bv.vals[name] = cty.DynamicVal
				bv.unresolve(name, m.dynamicText(g.dynamic))
				continue
			}
			for _, sub := range gen {
				elems = append(elems, objectOf(sub.vals))
				note(sub)
			}
		}
		bv.vals[name] = cty.TupleVal(elems)
		if first != nil {
			bv.unresolve(name, *first)
		}
	}
	return bv
}

// expandDynamic generates the blocks of a dynamic block: one per element of
// its for_each, with the iterator (the block type, or the iterator
// argument) holding key and value. ok is false when for_each is not known.
func (m *module) expandDynamic(b *hcl.Block) ([]bodyValue, bool) {
	content, _, _ := b.Body.PartialContent(&hcl.BodySchema{
		Attributes: []hcl.AttributeSchema{{Name: "for_each"}, {Name: "iterator"}, {Name: "labels"}},
		Blocks:     []hcl.BlockHeaderSchema{{Type: "content"}},
	})
	fe := content.Attributes["for_each"]
	if fe == nil || len(content.Blocks) != 1 {
		return nil, false
	}
	coll, known := m.eval(fe.Expr)
	if !known || coll.IsNull() || !coll.CanIterateElements() || coll.LengthInt() > maxInstances {
		return nil, false
	}
	if !m.run.takeDynamic(m, coll.LengthInt(), fe.Expr.Range()) {
		return nil, false
	}
	iterName := b.Labels[0]
	if a := content.Attributes["iterator"]; a != nil {
		if t, diags := hcl.AbsTraversalForExpr(a.Expr); !diags.HasErrors() && len(t) == 1 {
			iterName = t.RootName()
		}
	}
	saved := m.iter
	defer func() { m.iter = saved }()
	var out []bodyValue
	for it := coll.ElementIterator(); it.Next(); {
		k, v := it.Element()
		iter := make(map[string]cty.Value, len(saved)+1)
		for n, x := range saved {
			iter[n] = x
		}
		iter[iterName] = cty.ObjectVal(map[string]cty.Value{"key": k, "value": v})
		m.iter = iter
		out = append(out, m.decodeBody(content.Blocks[0].Body, false, nil))
	}
	return out, true
}

// dynamicText is what a dynamic block leaves unresolved: its for_each
// expression, or its header when that is missing.
func (m *module) dynamicText(b *hcl.Block) unresolvedExpr {
	var expr hcl.Expression
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		// JustAttributes would fail on the content block.
		if a, ok := sb.Attributes["for_each"]; ok {
			expr = a.Expr
		}
	} else if attrs, _ := b.Body.JustAttributes(); attrs["for_each"] != nil {
		expr = attrs["for_each"].Expr
	}
	if expr != nil {
		return unresolvedExpr{text: m.src.exprText(expr.Range()), rng: expr.Range()}
	}
	return unresolvedExpr{text: m.src.exprText(b.DefRange), rng: b.DefRange}
}

func before(a, b hcl.Range) bool {
	if a.Filename != b.Filename {
		return a.Filename < b.Filename
	}
	return a.Start.Byte < b.Start.Byte
}

// bodyItems splits a body into attributes (in source order) and blocks.
// Native syntax says which is which. JSON does not: without the provider's
// schema, a property whose value is an object (or array of objects) could be
// a map argument or nested blocks, so looksLikeBlocks guesses.
func (m *module) bodyItems(body hcl.Body, top bool) ([]*hcl.Attribute, []*hcl.Block) {
	if sb, ok := body.(*hclsyntax.Body); ok {
		attrs := make([]*hcl.Attribute, 0, len(sb.Attributes))
		for _, a := range sb.Attributes {
			attrs = append(attrs, a.AsHCLAttribute())
		}
		sortByPosition(attrs)
		blocks := make([]*hcl.Block, 0, len(sb.Blocks))
		for _, b := range sb.Blocks {
			blocks = append(blocks, b.AsHCLBlock())
		}
		return attrs, blocks
	}

	all, diags := body.JustAttributes()
	file := body.MissingItemRange().Filename
	m.addHCL(diags, file)
	var attrs []*hcl.Attribute
	schema := &hcl.BodySchema{}
	for _, a := range sortedAttrs(all) {
		switch {
		case a.Name == "dynamic":
			schema.Blocks = append(schema.Blocks, hcl.BlockHeaderSchema{Type: "dynamic", LabelNames: []string{"type"}})
		case top && isMetaBlock(a.Name):
			// Not read, like in native syntax.
		case (!top || !isMetaAttr(a.Name)) && looksLikeBlocks(a.Name, a.Expr):
			schema.Blocks = append(schema.Blocks, hcl.BlockHeaderSchema{Type: a.Name})
		default:
			attrs = append(attrs, a)
		}
	}
	if len(schema.Blocks) == 0 {
		return attrs, nil
	}
	content, _, diags := body.PartialContent(schema)
	m.addHCL(diags, file)
	if content == nil {
		return attrs, nil
	}
	return attrs, content.Blocks
}

// looksLikeBlocks guesses whether a JSON property is one or more nested
// blocks: an object, or a non-empty array of objects, whose keys all look
// like argument names (lower-case identifiers). Map arguments usually have
// keys that do not (Name, kubernetes.io/role, --job-language), and the few
// common map arguments are named outright.
func looksLikeBlocks(name string, expr hcl.Expression) bool {
	switch name {
	case "tags", "tags_all", "variables", "parameters":
		return false
	}
	if pairs, ok := jsonObject(expr); ok {
		return argumentKeys(pairs)
	}
	lister, ok := expr.(interface{ ExprList() []hcl.Expression })
	if !ok {
		return false
	}
	elems := lister.ExprList()
	if len(elems) == 0 {
		return false
	}
	for _, e := range elems {
		pairs, ok := jsonObject(e)
		if !ok || !argumentKeys(pairs) {
			return false
		}
	}
	return true
}

func jsonObject(expr hcl.Expression) ([]hcl.KeyValuePair, bool) {
	mapper, ok := expr.(interface{ ExprMap() []hcl.KeyValuePair })
	if !ok {
		return nil, false
	}
	pairs := mapper.ExprMap()
	return pairs, pairs != nil
}

func argumentKeys(pairs []hcl.KeyValuePair) bool {
	for _, p := range pairs {
		k, diags := p.Key.Value(nil)
		if diags.HasErrors() || !k.IsKnown() || k.IsNull() || k.Type() != cty.String {
			return false
		}
		if s := k.AsString(); s != "//" && !isArgumentName(s) {
			return false
		}
	}
	return true
}

func isArgumentName(s string) bool {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		c := s[i]
		if (c < 'a' || c > 'z') && (c < '0' || c > '9') && c != '_' {
			return false
		}
	}
	return true
}
