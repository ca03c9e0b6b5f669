package terraform

import (
	"context"
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/parser"
)

// maxModuleDepth bounds module nesting; real configurations stay far below.
const maxModuleDepth = 32

// run is the evaluation of one root module and every module it calls.
type run struct {
	ctx     context.Context
	loader  *Loader
	rootDir string
	// modulesJSON maps a module key ("vpc", "eks.node_group") to the folder
	// `terraform init` installed it in, from .terraform/modules/modules.json.
	modulesJSON map[string]string
	sink        diagSink
	// loops counts the run's for-expression iterations (loops.go).
	loops cty.Value
	// funcs is the function table of every module of the run, read-only
	// once built: the built-in functions and the file functions, which read
	// relative to the root module's folder as Terraform's working directory.
	funcs     map[string]function.Function
	resources []parser.Resource
	calls     []parser.ModuleCall
	// used lists the sources evaluated, whose load diagnostics the caller
	// reports once per folder.
	used []*source
	// reads, when set, limits resource evaluation (see Reads); filters
	// holds its answers by kind and type, nil for all.
	reads   Reads
	filters map[readsKey]attrFilter
	// modules counts the module instances evaluated (maxRunModules);
	// capped records that a limit was reported.
	modules int
	capped  bool
	// dynamics counts the blocks dynamic blocks generated (maxRunDynamic).
	dynamics       int
	dynamicsCapped bool
}

// maxRunDynamic bounds the blocks dynamic blocks may generate in one root
// module: nested dynamic blocks multiply, three levels over a thousand
// elements each being a billion blocks.
const maxRunDynamic = 100_000

// takeDynamic counts n more generated blocks, and reports whether the bound
// allows them; the first refusal is a warning at rng (the for_each whose
// blocks are then unknown).
func (r *run) takeDynamic(m *module, n int, rng hcl.Range) bool {
	if r.dynamics+n <= maxRunDynamic {
		r.dynamics += n
		return true
	}
	if !r.dynamicsCapped {
		r.dynamicsCapped = true
		m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Too many dynamic blocks",
			fmt.Sprintf("The dynamic blocks of this root module generate more than %d blocks, a2z's limit; from this one on, blocks that dynamic blocks would generate are unknown.", maxRunDynamic), rng))
	}
	return false
}

// maxRunModules and maxRunResources bound what one root module may expand
// to. Every module call multiplies what the module it calls holds: fifteen
// small modules that each call the next three times are 4.8 million
// instances. Past a bound, the run stops expanding, says so once, and keeps
// what it has; large real roots stay far below (Terraform itself slows down
// long before).
const (
	maxRunModules   = 10_000
	maxRunResources = 100_000
)

// maxTreeModules and maxTreeResources bound all the roots of a scan
// together: many small roots calling the same large module would otherwise
// each expand it up to the bounds of a root. They are far above a large
// monorepo (the 100,000-resource benchmark tree has 26,000 module
// instances); tests lower them.
var (
	maxTreeModules   int64 = 500_000
	maxTreeResources int64 = 2_000_000
)

// overLimit reports whether the run, or the scan, has reached a bound, and
// reports the first time it does at r (the module call or resource not
// evaluated).
func (r *run) overLimit(m *module, rng hcl.Range, what string) bool {
	spent := &r.loader.spent
	if spent.modules.Load() >= maxTreeModules || spent.resources.Load() >= maxTreeResources {
		if !spent.reported.Swap(true) {
			m.diags = append(m.diags, diagAt(parser.SeverityError, "Configuration too large",
				fmt.Sprintf("The root modules of this scan expand to more than %d module instances or %d resource instances together, a2z's limits; %s and whatever is evaluated after it are not in this scan.",
					maxTreeModules, maxTreeResources, what), rng))
		}
		return true
	}
	if r.modules < maxRunModules && len(r.resources) < maxRunResources {
		return false
	}
	if !r.capped {
		r.capped = true
		m.diags = append(m.diags, diagAt(parser.SeverityError, "Root module too large",
			fmt.Sprintf("This root module expands to more than %d module instances or %d resource instances, a2z's limits; %s and whatever is evaluated after it are not in this scan.",
				maxRunModules, maxRunResources, what), rng))
	}
	return true
}

func (r *run) functions() map[string]function.Function {
	if r.funcs == nil {
		r.funcs = functions()
		for name, f := range fileFunctions(r.loader.fsys, r.rootDir) {
			r.funcs[name] = f
		}
	}
	return r.funcs
}

// module is one instance of a module being evaluated: the root module, or
// one instance of a module call (module.vpc, module.eks[0]).
type module struct {
	*diagSink
	run *run
	src *source
	// addr is the instance's address prefix: "" for the root,
	// "module.vpc." or "module.eks[0].module.x." below it.
	addr      string
	path      []string       // module call names, outermost first
	callSites []parser.Range // the calling module blocks, outermost first
	dirs      []string       // folders of the call chain, to find a module calling itself

	vars      map[string]cty.Value
	varRanges map[string]hcl.Range
	locals    map[string]cty.Value
	providers map[string]*providerConfig
	// resVals holds what a reference to a resource sees ("aws_x.y",
	// "data.aws_x.y"): an object, a tuple (count), an object keyed by
	// for_each key, or unknown; shapes says which.
	resVals map[string]cty.Value
	shapes  map[string]shape
	// refs is what the module's expressions read of each resource, by
	// address within the module (see noteRead).
	refs map[string]*refReads
	// facts is the plan's (see exprFacts), read-only.
	facts   map[hclsyntax.Expression]*exprFacts
	modVals map[string]cty.Value
	outputs map[string]cty.Value
	// iter holds count and each while one instance is built.
	iter map[string]cty.Value
	// symbolic makes computed attributes read as "${addr.attr}" strings
	// (see policydoc.go).
	symbolic bool
	funcs    map[string]function.Function
	pathVal  cty.Value
	current  string // file being read, for the panic diagnostic
}

type providerConfig struct {
	rng    hcl.Range
	region string
}

// shape is how a resource or module call expands.
type shape int

const (
	single shape = iota
	counted
	keyed
	unexpanded
)

func newModule(r *run, src *source, parent *module) *module {
	m := &module{
		diagSink:  &r.sink,
		run:       r,
		src:       src,
		vars:      map[string]cty.Value{},
		varRanges: map[string]hcl.Range{},
		locals:    map[string]cty.Value{},
		providers: map[string]*providerConfig{},
		resVals:   map[string]cty.Value{},
		shapes:    map[string]shape{},
		modVals:   map[string]cty.Value{},
		outputs:   map[string]cty.Value{},
		funcs:     r.functions(),
		dirs:      []string{src.dir},
	}
	if parent != nil {
		m.dirs = append(slices.Clone(parent.dirs), src.dir)
	}
	rel := relPath(r.rootDir, src.dir)
	m.pathVal = cty.ObjectVal(map[string]cty.Value{
		"module": cty.StringVal(rel),
		"root":   cty.StringVal("."),
		"cwd":    cty.StringVal("."),
	})
	r.used = append(r.used, src)
	return m
}

// evaluate evaluates the instance: variables from the inputs (computed once
// the variables are declared), then locals, provider configurations,
// resources, module calls and outputs in dependency order (the source's
// plan).
func (m *module) evaluate(inputs func() map[string]inputValue) {
	decls := m.declareVariables()
	in := inputs()
	for _, name := range sortedKeys(in) {
		if iv := in[name]; iv.hasVal {
			if _, ok := m.varRanges[name]; !ok {
				m.diags = append(m.diags, diagAt(parser.SeverityError, "Unsupported argument",
					fmt.Sprintf("The called module declares no variable named %q.", name), iv.rng))
			}
		}
	}
	m.assignVariables(decls, in)
	// Only a calling module reads outputs, and a caller that says what it
	// reads (Reads) reads resources: the root's outputs would be evaluated
	// for nothing, and a whole-resource output would make its resource
	// evaluate every argument.
	p := m.src.plan(m.addr == "" && m.run.reads != nil)
	m.refs, m.facts = p.refs, p.facts
	m.diags = append(m.diags, p.diags...)
	for i := range p.steps {
		m.do(&p.steps[i])
	}
}

// A plan is what evaluating an instance of a source needs that no instance
// changes: its locals, provider configurations, resources, module calls and
// outputs in dependency order, and what the module's own expressions read
// of its resources. A module is evaluated once per instance (count,
// for_each, every root that calls it); the plan is made once per source,
// and is read-only after that, so the runs of several roots share it.
type plan struct {
	steps []step
	refs  map[string]*refReads
	// facts holds what evaluating the module's argument expressions
	// needs to know of their syntax, found once.
	facts map[hclsyntax.Expression]*exprFacts
	// diags are what making the plan found (a cycle of locals, a JSON
	// body hcl rejects), reported by every run that evaluates the source.
	diags []parser.Diagnostic
}

type stepKind uint8

const (
	stepLocal stepKind = iota
	stepProvider
	stepResource
	stepCall
	stepOutput
)

// step is one named object of a module to evaluate.
type step struct {
	kind stepKind
	name string         // local or output name, provider key
	attr *hcl.Attribute // local or output expression
	// block is a provider configuration's.
	block *hcl.Block
	// res, meta and provider are a resource's declaration, meta-arguments
	// and provider configuration.
	res      *resourceDecl
	meta     resourceMeta
	provider string
	call     *callDecl
}

// do evaluates one step in the instance.
func (m *module) do(s *step) {
	switch s.kind {
	case stepLocal:
		m.current = s.attr.Range.Filename
		v, _ := m.eval(s.attr.Expr)
		m.locals[s.name] = v
	case stepProvider:
		m.evalProvider(s.name, s.block)
	case stepResource:
		m.evalResource(s.res, s.meta, s.provider)
	case stepCall:
		m.evalCall(s.call)
	case stepOutput:
		v, _ := m.eval(s.attr.Expr)
		m.outputs[s.name] = v
	}
}

// plan returns the source's plan, made on first use; withoutOutputs leaves
// the outputs out (see evaluate).
func (s *source) plan(withoutOutputs bool) *plan {
	i := 0
	if withoutOutputs {
		i = 1
	}
	pl := &s.plans[i]
	pl.once.Do(func() {
		var sink diagSink
		// A module value outside any run, for the methods that read
		// declarations and record what the expressions read.
		m := &module{diagSink: &sink, src: s, refs: map[string]*refReads{}, facts: map[hclsyntax.Expression]*exprFacts{}}
		steps := m.order(m.nodes(withoutOutputs))
		pl.p = &plan{steps: steps, refs: m.refs, facts: m.facts, diags: sink.diags}
	})
	return pl.p
}

// node is a step with its key and what it refers to, for ordering.
type node struct {
	key  string
	deps []string
	step step
}

// nodes lists the module's locals, provider configurations, resources,
// module calls and outputs with what each refers to.
func (m *module) nodes(withoutOutputs bool) []*node {
	var out []*node
	types := map[string]bool{}
	for _, d := range m.src.resources {
		types[d.typ] = true
	}
	deps := func(trs []hcl.Traversal) []string {
		var keys []string
		for _, t := range trs {
			if k := depKey(t, types); k != "" {
				keys = append(keys, k)
				m.noteRead(t, types)
			}
		}
		return keys
	}

	localAttrs := make(hcl.Attributes, len(m.src.localDefs))
	for n, a := range m.src.localDefs {
		localAttrs[n] = a
	}
	for _, a := range sortedAttrs(localAttrs) {
		out = append(out, &node{key: "local." + a.Name, deps: deps(m.variables(a.Expr)),
			step: step{kind: stepLocal, name: a.Name, attr: a}})
	}
	for _, b := range m.src.provBlocks {
		key, ok := providerKey(b)
		if !ok {
			continue
		}
		out = append(out, &node{key: "provider." + key, deps: deps(m.bodyTraversals(b.Body)),
			step: step{kind: stepProvider, name: key, block: b}})
	}
	for _, d := range m.src.resources {
		trs := m.bodyTraversals(d.block.Body)
		for _, o := range d.overrides {
			trs = append(trs, m.bodyTraversals(o.Body)...)
		}
		// The meta-arguments are read once: for the dependency on the
		// provider configuration here, and for expansion when evaluated.
		meta := m.resourceMeta(d)
		provider := m.providerRef(meta.provider, d.typ)
		ds := append(deps(trs), "provider."+provider)
		out = append(out, &node{key: "res." + d.addr, deps: ds,
			step: step{kind: stepResource, res: d, meta: meta, provider: provider}})
	}
	for _, c := range m.src.calls {
		out = append(out, &node{key: "module." + c.name, deps: deps(m.bodyTraversals(c.block.Body)),
			step: step{kind: stepCall, call: c}})
	}
	if withoutOutputs {
		return out
	}
	for _, b := range m.src.outputs {
		attrs, _ := b.Body.JustAttributes()
		a := attrs["value"]
		if a == nil {
			continue
		}
		out = append(out, &node{key: "output." + b.Labels[0], deps: deps(m.variables(a.Expr)),
			step: step{kind: stepOutput, name: b.Labels[0], attr: a}})
	}
	return out
}

// depKey names the node a reference points at, or "" for var, path and the
// like (always available) and for things the module does not declare.
func depKey(t hcl.Traversal, types map[string]bool) string {
	root := t.RootName()
	switch root {
	case "local", "module":
		if n, ok := stepName(t, 1); ok {
			return root + "." + n
		}
	case "data":
		typ, ok1 := stepName(t, 1)
		name, ok2 := stepName(t, 2)
		if ok1 && ok2 {
			return "res.data." + typ + "." + name
		}
	default:
		if types[root] {
			if n, ok := stepName(t, 1); ok {
				return "res." + root + "." + n
			}
		}
	}
	return ""
}

// stepName is the name a traversal step selects: .name or ["name"].
func stepName(t hcl.Traversal, i int) (string, bool) {
	if i >= len(t) {
		return "", false
	}
	switch s := t[i].(type) {
	case hcl.TraverseAttr:
		return s.Name, true
	case hcl.TraverseIndex:
		if s.Key.Type() == cty.String && s.Key.IsKnown() && !s.Key.IsNull() {
			return s.Key.AsString(), true
		}
	}
	return "", false
}

// order sorts nodes so that each comes after what it refers to, keeping
// declaration order among independent ones. Nodes in a cycle come last and
// see each other as unknown; a cycle of locals is reported, as Terraform
// would refuse it.
func (m *module) order(nodes []*node) []step {
	index := make(map[string]int, len(nodes))
	for i, n := range nodes {
		index[n.key] = i
	}
	indeg := make([]int, len(nodes))
	users := make([][]int, len(nodes))
	for i, n := range nodes {
		seen := map[int]bool{}
		for _, d := range n.deps {
			j, ok := index[d]
			if !ok || j == i || seen[j] {
				continue
			}
			seen[j] = true
			indeg[i]++
			users[j] = append(users[j], i)
		}
	}
	out := make([]step, 0, len(nodes))
	done := make([]bool, len(nodes))
	var queue []int
	for i := range nodes {
		if indeg[i] == 0 {
			queue = append(queue, i)
		}
	}
	for len(queue) > 0 {
		i := queue[0]
		queue = queue[1:]
		out = append(out, nodes[i].step)
		done[i] = true
		for _, u := range users[i] {
			if indeg[u]--; indeg[u] == 0 {
				queue = append(queue, u)
			}
		}
	}
	var cycle []string
	var first hcl.Range
	for i, n := range nodes {
		if done[i] {
			continue
		}
		out = append(out, n.step)
		if name, ok := strings.CutPrefix(n.key, "local."); ok {
			a := m.src.localDefs[name]
			if a != nil && m.inCycle(i, nodes, index) {
				cycle = append(cycle, n.key)
				if first.Filename == "" {
					first = a.Range
				}
			}
		}
	}
	if len(cycle) > 0 {
		slices.Sort(cycle)
		m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Local values refer to each other in a cycle",
			strings.Join(cycle, ", ")+" depend on each other, so they and everything that uses them are unknown.",
			first))
	}
	return out
}

// inCycle reports whether node i can reach itself.
func (m *module) inCycle(i int, nodes []*node, index map[string]int) bool {
	seen := map[int]bool{}
	stack := []int{i}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, d := range nodes[n].deps {
			j, ok := index[d]
			if !ok {
				continue
			}
			if j == i {
				return true
			}
			if !seen[j] {
				seen[j] = true
				stack = append(stack, j)
			}
		}
	}
	return false
}

// exprFacts is what evaluating an expression needs to know of its syntax:
// the references it makes and the functions it calls. Both walk the whole
// expression; a module evaluated once per instance and per root would walk
// it again each time.
type exprFacts struct {
	vars  []hcl.Traversal
	funcs []string
}

// variables returns the references expr makes. While a plan is made, it
// also records the facts of a native expression that is not a literal.
func (m *module) variables(expr hcl.Expression) []hcl.Traversal {
	vars := expr.Variables()
	if m.facts != nil && !isLiteral(expr) {
		if se, ok := expr.(hclsyntax.Expression); ok {
			m.facts[se] = &exprFacts{vars: vars, funcs: calledFunctions(se)}
		}
	}
	return vars
}

// factsOf returns expr's references and called functions, from the plan
// when it holds them.
func (m *module) factsOf(expr hcl.Expression) ([]hcl.Traversal, []string) {
	if se, ok := expr.(hclsyntax.Expression); ok {
		if f := m.facts[se]; f != nil {
			return f.vars, f.funcs
		}
	}
	return expr.Variables(), calledFunctions(expr)
}

// bodyTraversals lists every reference in a body, nested blocks included.
func (m *module) bodyTraversals(body hcl.Body) []hcl.Traversal {
	if sb, ok := body.(*hclsyntax.Body); ok {
		var out []hcl.Traversal
		for _, a := range sb.Attributes {
			out = append(out, m.variables(a.Expr)...)
		}
		for _, b := range sb.Blocks {
			out = append(out, m.bodyTraversals(b.Body)...)
		}
		return out
	}
	attrs, blocks := m.bodyItems(body, false)
	var out []hcl.Traversal
	for _, a := range attrs {
		out = append(out, m.variables(a.Expr)...)
	}
	for _, b := range blocks {
		out = append(out, m.bodyTraversals(b.Body)...)
	}
	return out
}

// providerKey is "aws" or "aws.west" for a provider block.
func providerKey(b *hcl.Block) (string, bool) {
	if len(b.Labels) != 1 {
		return "", false
	}
	key := b.Labels[0]
	content, _, _ := b.Body.PartialContent(attrSchema("alias"))
	if a, ok := content.Attributes["alias"]; ok {
		if v, ok := literalString(a.Expr); ok {
			key += "." + v
		}
	}
	return key, true
}

// evalProvider records a provider configuration's region when it is known.
func (m *module) evalProvider(key string, b *hcl.Block) {
	content, _, diags := b.Body.PartialContent(attrSchema("alias", "region"))
	m.addHCL(diags, b.DefRange.Filename)
	cfg := &providerConfig{rng: b.DefRange}
	if a, ok := content.Attributes["region"]; ok {
		if v, known := m.eval(a.Expr); known && !v.IsNull() && v.Type() == cty.String {
			cfg.region = v.AsString()
		}
	}
	// A configuration the caller passed in may be replaced by the module's
	// own; two of the module's own with one key are an error.
	if prev, ok := m.providers[key]; ok && m.src.declares(prev.rng) {
		m.diags = append(m.diags, diagAt(parser.SeverityError, "Duplicate provider configuration",
			fmt.Sprintf("A provider configuration for %q was already given at %s. Each configuration for the same provider must have a distinct alias.", key, convRange(prev.rng)),
			b.DefRange))
		return
	}
	m.providers[key] = cfg
}

// declares reports whether a range lies in one of the source's files.
func (s *source) declares(r hcl.Range) bool {
	_, ok := s.src[r.Filename]
	return ok
}

// resourceMeta holds a resource's meta-arguments; an override file's win.
type resourceMeta struct {
	count, forEach, provider *hcl.Attribute
}

func (m *module) resourceMeta(d *resourceDecl) resourceMeta {
	var rm resourceMeta
	take := func(attrs hcl.Attributes) {
		if a := attrs["count"]; a != nil {
			rm.count = a
		}
		if a := attrs["for_each"]; a != nil {
			rm.forEach = a
		}
		if a := attrs["provider"]; a != nil {
			rm.provider = a
		}
	}
	take(metaAttrs(d.block.Body))
	for _, b := range d.overrides {
		take(metaAttrs(b.Body))
	}
	return rm
}

// metaAttrs returns the count, for_each and provider arguments of a
// resource body. Native syntax is looked up directly: this runs for every
// resource of every module instance, and a schema decode allocates.
func metaAttrs(body hcl.Body) hcl.Attributes {
	sb, ok := body.(*hclsyntax.Body)
	if !ok {
		content, _, _ := body.PartialContent(attrSchema("count", "for_each", "provider"))
		return content.Attributes
	}
	var out hcl.Attributes
	for _, n := range [...]string{"count", "for_each", "provider"} {
		if a := sb.Attributes[n]; a != nil {
			if out == nil {
				out = hcl.Attributes{}
			}
			out[n] = a.AsHCLAttribute()
		}
	}
	return out
}

// instance is one expansion of a resource or module call: its address
// suffix ("", "[0]", `["a"]`) and the count/each values it sees.
type instance struct {
	suffix string
	iter   map[string]cty.Value
	key    cty.Value // number, string, or NilVal for a single instance
}

// expand turns count or for_each into instances. An unknown count or
// for_each gives one instance, marked by the expression text.
func (m *module) expand(count, forEach *hcl.Attribute) (insts []instance, sh shape, unresolved string) {
	switch {
	case count != nil:
		v, known := m.eval(count.Expr)
		if known && !v.IsNull() && v.Type() == cty.String {
			// Terraform converts count to a number: "3" counts three.
			// (numlimit.Parse is that conversion, refusing numerals too
			// long to parse in reasonable time.)
			if n, ok, err := numlimit.Parse(v.AsString()); ok && err == nil {
				v = n
			}
		}
		if known && !v.IsNull() && v.Type() == cty.Number {
			n, acc := v.AsBigFloat().Int64()
			if acc == 0 && n >= 0 && n <= maxInstances {
				for i := range n {
					insts = append(insts, instance{
						suffix: "[" + strconv.FormatInt(i, 10) + "]",
						iter:   map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.NumberIntVal(i)})},
						key:    cty.NumberIntVal(i),
					})
				}
				return insts, counted, ""
			}
		}
		text := m.src.exprText(count.Expr.Range())
		return []instance{{iter: map[string]cty.Value{"count": cty.ObjectVal(map[string]cty.Value{"index": cty.UnknownVal(cty.Number)})}}}, unexpanded, "count = " + text
	case forEach != nil:
		v, known := m.eval(forEach.Expr)
		if known && !v.IsNull() && (v.Type().IsMapType() || v.Type().IsObjectType() || v.Type().IsSetType()) && v.LengthInt() <= maxInstances {
			type kv struct {
				key string
				val cty.Value
			}
			var items []kv
			ok := true
			for it := v.ElementIterator(); it.Next(); {
				k, e := it.Element()
				if v.Type().IsSetType() {
					k = e
				}
				if k.Type() != cty.String || k.IsNull() {
					ok = false
					break
				}
				items = append(items, kv{k.AsString(), e})
			}
			if ok {
				slices.SortFunc(items, func(a, b kv) int { return strings.Compare(a.key, b.key) })
				for _, e := range items {
					insts = append(insts, instance{
						suffix: "[" + strconv.Quote(e.key) + "]",
						iter:   map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.StringVal(e.key), "value": e.val})},
						key:    cty.StringVal(e.key),
					})
				}
				return insts, keyed, ""
			}
		}
		text := m.src.exprText(forEach.Expr.Range())
		return []instance{{iter: map[string]cty.Value{"each": cty.ObjectVal(map[string]cty.Value{"key": cty.UnknownVal(cty.String), "value": cty.DynamicVal})}}}, unexpanded, "for_each = " + text
	}
	return []instance{{}}, single, ""
}

func sortedKeys[V any](mp map[string]V) []string {
	keys := make([]string, 0, len(mp))
	for k := range mp {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// maxInstances bounds what count or for_each may expand to; beyond it the
// resource is reported once, unexpanded, rather than a million times.
const maxInstances = 10000

// collect builds the value references see from the instances' values.
func collect(sh shape, insts []instance, vals []cty.Value) cty.Value {
	switch sh {
	case single:
		if len(vals) == 1 {
			return vals[0]
		}
	case counted:
		if len(vals) == 0 {
			return cty.EmptyTupleVal
		}
		return cty.TupleVal(vals)
	case keyed:
		if len(vals) == 0 {
			return cty.EmptyObjectVal
		}
		obj := make(map[string]cty.Value, len(vals))
		for i, v := range vals {
			obj[insts[i].key.AsString()] = v
		}
		return cty.ObjectVal(obj)
	}
	return cty.DynamicVal
}

// evalResource expands one resource or data block into its instances.
func (m *module) evalResource(d *resourceDecl, meta resourceMeta, provider string) {
	m.current = d.block.DefRange.Filename
	if m.run.overLimit(m, d.block.DefRange, m.addr+d.addr) {
		m.resVals[d.addr] = cty.DynamicVal
		m.shapes[d.addr] = unexpanded
		return
	}
	insts, sh, unresolved := m.expand(meta.count, meta.forEach)
	region := ""
	if cfg, ok := m.providers[provider]; ok {
		region = cfg.region
	}
	m.run.loader.spent.resources.Add(int64(len(insts)))
	vals := make([]cty.Value, 0, len(insts))
	keep := m.filterFor(d)
	for _, inst := range insts {
		m.iter = inst.iter
		r := m.buildResource(d, provider, keep)
		m.iter = nil
		r.Address = m.addr + d.addr + inst.suffix
		r.Region = region
		r.Unexpanded = unresolved
		r.Root = m.run.rootDir
		r.ModulePath = m.path
		r.Calls = m.callSites
		m.run.resources = append(m.run.resources, r)
		vals = append(vals, r.Attrs)
	}
	m.resVals[d.addr] = collect(sh, insts, vals)
	m.shapes[d.addr] = sh
}

// buildResource decodes one instance of a resource block, with its
// override blocks merged in: the attributes and blocks keep selects.
func (m *module) buildResource(d *resourceDecl, provider string, keep attrFilter) parser.Resource {
	b := d.block
	typeRange := b.DefRange
	if len(b.LabelRanges) == 2 {
		typeRange = b.LabelRanges[0]
	}
	bv := m.decodeBody(b.Body, true, keep)
	r := parser.Resource{
		Source:     parser.SourceTerraform,
		Kind:       d.kind,
		Type:       d.typ,
		Name:       d.name,
		Range:      convRange(blockRange(b)),
		TypeRange:  convRange(typeRange),
		Attrs:      objectOf(bv.vals),
		Unresolved: make(map[string]string, len(bv.unresolved)),
		AttrRanges: make(map[string]parser.Range, len(bv.ranges)),
		Provider:   provider,
	}
	for n, u := range bv.unresolved {
		r.Unresolved[n] = u.text
	}
	for _, nr := range bv.ranges {
		r.AttrRanges[nr.name] = convRange(nr.rng)
	}
	for _, o := range d.overrides {
		m.applyOverride(&r, o, keep)
	}
	if d.kind == parser.KindData && d.typ == "aws_iam_policy_document" && len(d.overrides) == 0 &&
		(keep.keeps("json") || keep.keeps("minified_json")) {
		m.symbolic = true
		sym := m.decodeBody(b.Body, true, nil)
		m.symbolic = false
		if pretty, minified, ok := policyDocumentJSON(sym.vals); ok {
			attrs := r.Attrs.AsValueMap()
			if attrs == nil {
				attrs = map[string]cty.Value{}
			}
			attrs["json"] = cty.StringVal(pretty)
			attrs["minified_json"] = cty.StringVal(minified)
			r.Attrs = cty.ObjectVal(attrs)
		}
	}
	return r
}

// relPath is dir relative to base, both clean slash paths in the scan
// root, as Terraform's path.module is relative to the root module.
func relPath(base, dir string) string {
	if base == dir {
		return "."
	}
	b := strings.Split(base, "/")
	d := strings.Split(dir, "/")
	if base == "." {
		b = nil
	}
	if dir == "." {
		d = nil
	}
	i := 0
	for i < len(b) && i < len(d) && b[i] == d[i] {
		i++
	}
	parts := make([]string, 0, len(b)-i+len(d)-i)
	for range len(b) - i {
		parts = append(parts, "..")
	}
	parts = append(parts, d[i:]...)
	if len(parts) == 0 {
		return "."
	}
	return strings.Join(parts, "/")
}

// readModulesJSON reads the module manifest `terraform init` writes, so
// registry and git modules it installed can be followed. Missing or broken
// manifests mean there is nothing installed to follow.
func readModulesJSON(fsys fs.FS, rootDir string) map[string]string {
	name := pathJoin(rootDir, ".terraform/modules/modules.json")
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil
	}
	return parseModulesJSON(src, rootDir)
}
