package cloudformation

import (
	"bytes"
	"context"
	"errors"
	"io"
	"regexp"
	"sort"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/parser"
)

// Markers of a template. MaybeTemplate and meantAsTemplate look for them in
// the raw bytes; templateTypePrefixes and registryTypeRE decide, on the
// parsed document, whether a Resources section belongs to CloudFormation.
var (
	markerVersion        = []byte("AWSTemplateFormatVersion")
	markerResources      = []byte("Resources")
	markerTypeSeparator  = []byte("::")
	templateTypePrefixes = []string{"AWS::", "Custom::", "Alexa::"}

	// Third-party registry types and modules (Org::Service::Resource,
	// Org::Service::Resource::MODULE): a template may hold nothing else.
	registryTypeRE = regexp.MustCompile(`^[A-Za-z0-9]+(?:::[A-Za-z0-9]+){2,3}$`)

	// A top-level Resources key: unindented in YAML, quoted in JSON.
	topResourcesRE = regexp.MustCompile(`(?m)^["']?Resources["']?[ \t]*:|"Resources"\s*:`)
	// A Type whose value names a CloudFormation resource type.
	typeLikeRE = regexp.MustCompile(`["']?Type["']?\s*:\s*["']?(?:AWS|Custom|Alexa)::`)
	// yaml.v3 errors read "yaml: line 12: mapping values are not allowed…".
	yamlErrRE = regexp.MustCompile(`(?s)^yaml: line (\d+): (.*)$`)
)

// MaybeTemplate is a cheap byte-level pre-check run by discovery on every
// .yaml/.yml/.json/.template file. False means the file is certainly not a
// CloudFormation template and can be skipped silently; true means Parse has
// to decide. It does not parse.
func MaybeTemplate(data []byte) bool {
	if bytes.Contains(data, markerVersion) {
		return true
	}
	// Every resource type, AWS or third-party, has a "::".
	return bytes.Contains(data, markerResources) && bytes.Contains(data, markerTypeSeparator)
}

// meantAsTemplate decides whether a file that could not be parsed is worth a
// diagnostic: it names AWSTemplateFormatVersion, or it has a top-level
// Resources key and a Type that looks like a resource type.
func meantAsTemplate(data []byte) bool {
	if bytes.Contains(data, markerVersion) {
		return true
	}
	return topResourcesRE.Match(data) && typeLikeRE.Match(data)
}

// Parse parses one template, YAML or JSON. file is the slash path relative to
// the scan root, used in ranges.
//
// isTemplate reports whether the document is a CloudFormation template: it
// has a top-level AWSTemplateFormatVersion, or a top-level Resources mapping
// with an entry (possibly inside Fn::ForEach) whose Type starts with AWS::,
// Custom:: or Alexa::, or is a registry type or module
// (Org::Service::Resource[::MODULE]). Other YAML
// and JSON yields false and no diagnostics. A file that does not parse but is
// clearly meant as a template yields true and an error diagnostic at the
// line of the syntax error.
//
// Parse never panics and never fails: problems are diagnostics. When ctx is
// cancelled it stops early and returns what it has; callers check ctx.Err().
func Parse(ctx context.Context, file string, data []byte, opts Options) (p parser.Parsed, isTemplate bool) {
	defer func() {
		// A last resort: a bug here or in yaml.v3 must not take the scan down.
		if r := recover(); r != nil {
			p, isTemplate = parser.Parsed{}, meantAsTemplate(data)
			if isTemplate {
				at := parser.Pos{Line: 1, Column: 1}
				p.Diagnostics = []parser.Diagnostic{parser.Errorf(parser.Range{File: file, Start: at, End: at},
					"internal error while reading the template: %v", r)}
			}
		}
	}()
	if ctx.Err() != nil {
		return parser.Parsed{}, false
	}

	if opts.spent == nil {
		opts.spent = &expansion{}
	}
	st := &state{
		ctx:      ctx,
		opts:     opts,
		src:      newSource(file, data),
		budget:   4*len(data) + 100_000,
		active:   map[*yaml.Node]bool{},
		reported: map[*yaml.Node]bool{},
	}
	root, ok := st.load()
	if !ok {
		if !meantAsTemplate(data) {
			return parser.Parsed{}, false
		}
		return parser.Parsed{Diagnostics: st.sorted()}, true
	}
	if root == nil || root.Kind != yaml.MappingNode {
		return parser.Parsed{}, false
	}
	st.normalize(root, 0)
	top := st.unique(st.entries(root), "top-level key")
	if !st.isTemplate(top) {
		return parser.Parsed{}, false
	}
	if e, ok := lookup(top, "Parameters"); ok {
		st.readParameters(e)
	}
	if e, ok := lookup(top, "Mappings"); ok {
		if m := st.deref(e.v); m.Kind == yaml.MappingNode {
			st.mappings = m
		}
	}
	st.conditions, st.condValues, st.condActive = map[string]*yaml.Node{}, map[string]cty.Value{}, map[string]bool{}
	if e, ok := lookup(top, "Conditions"); ok {
		if m := st.deref(e.v); m.Kind == yaml.MappingNode {
			for _, c := range st.unique(st.entries(m), "condition name") {
				st.conditions[c.name] = c.v
			}
		}
	}

	var out []parser.Resource
	switch e, ok := lookup(top, "Resources"); {
	case !ok:
		st.diags = append(st.diags, parser.Warningf(st.fileStart(), "the template has no Resources section"))
	default:
		rv := st.deref(e.v)
		switch {
		case rv.Kind == yaml.MappingNode:
			st.resources(rv, map[string]*yaml.Node{}, &out, 0)
		case rv.Kind == yaml.ScalarNode && rv.ShortTag() == "!!null":
			st.warn(st.src.rng(e.k), "the Resources section is empty")
		default:
			st.errorf(st.src.rng(e.k), "Resources must be a mapping of logical IDs to resources")
		}
	}
	out = st.applySAM(top, out)
	st.cdk = st.cdkMetadata(top)
	out = st.nested(out)
	out = st.applyCDK(out)
	return parser.Parsed{Resources: out, Diagnostics: st.sorted(), Nested: st.nestedFiles}, true
}

// state is everything one Parse call accumulates.
type state struct {
	ctx    context.Context
	opts   Options
	src    *source
	diags  []parser.Diagnostic
	params map[string]*yaml.Node // parameter name → its declaration (a mapping)

	mappings   *yaml.Node            // the Mappings section, for Fn::FindInMap
	conditions map[string]*yaml.Node // condition name → its expression
	condValues map[string]cty.Value  // evaluated conditions (memo)
	condActive map[string]bool       // conditions being evaluated (cycles)

	// loopVars are the Fn::ForEach identifiers in scope with their current
	// values; loopKeys the same in nesting order, for logical IDs.
	loopVars map[string]string
	loopKeys [][2]string

	// nestedFiles are the local templates read as nested stacks.
	nestedFiles []string
	// cdk is the CDK metadata of the template's resources, by logical ID.
	cdk map[string]cdkMeta

	// positions collects the ranges of nested property values of the
	// resource being read (see notePos).
	positions map[string]parser.Range

	// Aliases can make a small document expand exponentially (the "billion
	// laughs"). yaml.v3 only guards its own decoding into Go values, not a
	// walk over a yaml.Node tree, so every walk here counts the nodes it
	// visits against a budget proportional to the file size and stops when
	// it runs out. Cycles (yaml.v3 lets `&a [*a]` refer to itself) are cut
	// with the set of alias targets being walked.
	visits, budget int
	exhausted      bool
	active         map[*yaml.Node]bool

	reported map[*yaml.Node]bool // keys already reported as duplicates or invalid
}

func (st *state) sorted() []parser.Diagnostic {
	sort.SliceStable(st.diags, func(i, j int) bool {
		a, b := st.diags[i].Range.Start, st.diags[j].Range.Start
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Column < b.Column
	})
	return st.diags
}

// fileStart is the range of the file's first character, for diagnostics about
// the file as a whole.
func (st *state) fileStart() parser.Range {
	at := st.src.pos(1, 1)
	return parser.Range{File: st.src.file, Start: at, End: at}
}

// add records a diagnostic, placing it at the start of the file when its
// position is unknown so that every diagnostic has a line.
func (st *state) add(d parser.Diagnostic) {
	if d.Range.Start.Line < 1 {
		d.Range = st.fileStart()
	}
	if d.Range.End.Line < d.Range.Start.Line {
		d.Range.End = d.Range.Start
	}
	st.diags = append(st.diags, d)
}

func (st *state) errorf(r parser.Range, format string, args ...any) {
	st.add(parser.Errorf(r, format, args...))
}

func (st *state) warn(r parser.Range, format string, args ...any) {
	st.add(parser.Warningf(r, format, args...))
}

// visit counts one node against the alias budget and reports false once the
// budget is spent.
func (st *state) visit(n *yaml.Node) bool {
	if st.exhausted {
		return false
	}
	st.visits++
	if st.visits > st.budget {
		st.exhausted = true
		st.errorf(st.src.point(n), "YAML aliases expand this template beyond %d nodes; the rest of it is not read", st.budget)
		return false
	}
	return true
}

// load parses the first document of the file. ok is false when the file
// cannot be read; the reason is then in st.diags.
func (st *state) load() (root *yaml.Node, ok bool) {
	data := st.src.data
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	err := dec.Decode(&doc)
	if errors.Is(err, io.EOF) {
		return nil, true // empty file
	}
	if err != nil {
		if looksLikeJSON(data) {
			n, jerr := readJSON(st.src)
			if jerr == nil {
				return n, true
			}
			var je *jsonError
			if errors.As(jerr, &je) {
				at := st.src.posAt(je.off)
				st.errorf(parser.Range{File: st.src.file, Start: at, End: at}, "invalid JSON: %s", je.msg)
			}
			return nil, false
		}
		line, msg := st.yamlErrorLine(err)
		at := st.src.pos(line, 1)
		st.errorf(parser.Range{File: st.src.file, Start: at, End: at}, "invalid YAML: %s", msg)
		return nil, false
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, true
	}
	// CloudFormation reads one document; say so when there are more.
	var next yaml.Node
	switch err := dec.Decode(&next); {
	case err == nil:
		st.warn(st.src.point(&next), "the file holds more than one YAML document; only the first is read")
	case !errors.Is(err, io.EOF):
		msg := yamlErrRE.ReplaceAllString(err.Error(), "$2")
		st.warn(st.fileStart(), "only the first YAML document is read; what follows it is not valid YAML: %s", msg)
	}
	return doc.Content[0], true
}

// yamlErrorLine finds the line of a yaml.v3 syntax error and returns it with
// the error's message.
//
// The line yaml.v3 puts in its messages is not the line of the problem: for
// parser errors it is the 0-based line where the enclosing collection starts
// ("did not find expected key" after a bad indent names the start of the
// mapping, maybe dozens of lines up). The problem is on the first line whose
// inclusion makes a prefix of the file fail with the same error, which a
// binary search over line prefixes finds in a few parses; it only runs for
// files that failed to parse.
func (st *state) yamlErrorLine(err error) (int, string) {
	full := err.Error()
	msg := strings.TrimPrefix(yamlErrRE.ReplaceAllString(full, "$2"), "yaml: ")
	s := st.src
	if s.noBytes {
		return 1, msg
	}
	fails := func(k int) bool { // the first k lines fail with the same error
		var n yaml.Node
		e := yaml.Unmarshal(s.data[:s.lineEnd(k-1)], &n)
		return e != nil && e.Error() == full
	}
	lo, hi := 1, len(s.lines)
	for lo < hi {
		if st.ctx.Err() != nil {
			break
		}
		mid := lo + (hi-lo)/2
		if fails(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return hi, msg
}

// entry is one key/value pair of a mapping. name is the key's text; ok is
// false when the key is not a scalar.
type entry struct {
	k, v *yaml.Node
	name string
	ok   bool
}

// deref follows an alias to its anchored node.
func (st *state) deref(n *yaml.Node) *yaml.Node {
	if n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	if n == nil {
		return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}
	}
	return n
}

// maxMergeDepth bounds merge keys that merge mappings that merge mappings…,
// which also stops `&a {<<: *a}` from looping.
const maxMergeDepth = 32

// entries lists the pairs of mapping n in document order, with YAML merge
// keys (<<: *base) expanded: explicit keys win over merged ones, and earlier
// merged mappings over later ones. CloudFormation itself rejects merge keys
// and aliases, but templates produced by tools sometimes use them.
func (st *state) entries(n *yaml.Node) []entry {
	return st.entriesDepth(n, 0)
}

func (st *state) entriesDepth(n *yaml.Node, depth int) []entry {
	var out []entry
	var merges []*yaml.Node
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		kd := st.deref(k)
		if kd.Kind == yaml.ScalarNode && kd.Tag == "!!merge" {
			merges = append(merges, v)
			continue
		}
		out = append(out, entry{k: k, v: v, name: kd.Value, ok: kd.Kind == yaml.ScalarNode})
	}
	if len(merges) == 0 || depth >= maxMergeDepth {
		return out
	}
	have := map[string]bool{}
	for _, e := range out {
		have[e.name] = have[e.name] || e.ok
	}
	add := func(m *yaml.Node) {
		if m.Kind != yaml.MappingNode || !st.visit(m) {
			return
		}
		for _, e := range st.entriesDepth(m, depth+1) {
			if e.ok && !have[e.name] {
				have[e.name] = true
				out = append(out, e)
			}
		}
	}
	for _, m := range merges {
		m = st.deref(m)
		if m.Kind == yaml.SequenceNode {
			for _, c := range m.Content {
				add(st.deref(c))
			}
			continue
		}
		add(m)
	}
	return out
}

// unique drops, with an error diagnostic, the entries whose key is not a
// string and the repeats of a key; the first definition is kept (for
// resources this keeps addresses unique). what names the key in messages.
func (st *state) unique(es []entry, what string) []entry {
	first := map[string]*yaml.Node{}
	out := es[:0:0]
	for _, e := range es {
		report := !st.reported[e.k]
		switch prev, dup := first[e.name]; {
		case !e.ok:
			if report {
				st.reported[e.k] = true
				st.errorf(st.src.point(e.k), "a %s must be a string", what)
			}
		case dup:
			if report {
				st.reported[e.k] = true
				st.errorf(st.src.rng(e.k), "duplicate %s %q; the first definition, at line %d, is used", what, e.name, prev.Line)
			}
		default:
			first[e.name] = e.k
			out = append(out, e)
		}
	}
	return out
}

func lookup(es []entry, name string) (entry, bool) {
	for _, e := range es {
		if e.ok && e.name == name {
			return e, true
		}
	}
	return entry{}, false
}

// isTemplate applies the definition of a template to the top-level entries.
func (st *state) isTemplate(top []entry) bool {
	if _, ok := lookup(top, "AWSTemplateFormatVersion"); ok {
		return true
	}
	e, ok := lookup(top, "Resources")
	if !ok {
		return false
	}
	return st.hasTypedResource(st.deref(e.v), 0)
}

// hasTypedResource reports whether a Resources mapping holds an entry whose
// Type is a resource type, also inside Fn::ForEach loops (a template may
// hold nothing else).
func (st *state) hasTypedResource(rv *yaml.Node, depth int) bool {
	if rv.Kind != yaml.MappingNode || depth > maxForEachDepth {
		return false
	}
	for _, r := range st.entries(rv) {
		body := st.deref(r.v)
		if strings.HasPrefix(r.name, forEachPrefix) {
			if body.Kind == yaml.SequenceNode && len(body.Content) == 3 && st.hasTypedResource(st.deref(body.Content[2]), depth+1) {
				return true
			}
			continue
		}
		if body.Kind != yaml.MappingNode {
			continue
		}
		for _, f := range st.entries(body) {
			t := st.deref(f.v)
			if f.name == "Type" && t.Kind == yaml.ScalarNode && isResourceType(t.Value) {
				return true
			}
		}
	}
	return false
}

func isResourceType(s string) bool {
	for _, p := range templateTypePrefixes {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return registryTypeRE.MatchString(s)
}

// readParameters indexes the parameter declarations, so that a Ref to a
// parameter can resolve to its Default.
func (st *state) readParameters(e entry) {
	pv := st.deref(e.v)
	if pv.Kind != yaml.MappingNode {
		return
	}
	st.params = map[string]*yaml.Node{}
	for _, p := range st.unique(st.entries(pv), "parameter name") {
		if body := st.deref(p.v); body.Kind == yaml.MappingNode {
			st.params[p.name] = body
		}
	}
}

// forEachPrefix starts the keys of AWS::LanguageExtensions loops, which may
// stand where a resource would.
const forEachPrefix = "Fn::ForEach::"

// maxForEachDepth bounds nested (or, through aliases, self-containing) loops.
const maxForEachDepth = 16

// resources reads the entries of a Resources mapping in document order.
// seen holds the logical IDs read so far, across Fn::ForEach templates.
func (st *state) resources(m *yaml.Node, seen map[string]*yaml.Node, out *[]parser.Resource, depth int) {
	for _, e := range st.entries(m) {
		if st.ctx.Err() != nil || st.exhausted {
			return
		}
		if !e.ok {
			if !st.reported[e.k] {
				st.reported[e.k] = true
				st.errorf(st.src.point(e.k), "a logical ID must be a string")
			}
			continue
		}
		if e.name == "Fn::Transform" {
			// AWS::Include with a local snippet inserts its resources here;
			// anything else (a macro, a remote snippet) is named in a warning
			// so the missing resources are not silently lost.
			if !st.include(e, seen, out, depth) {
				st.warn(st.src.rng(e.k), "%s is not expanded: the resources it inserts are not in this scan", st.render(e))
			}
			continue
		}
		if strings.HasPrefix(e.name, forEachPrefix) {
			// Loop keys are not logical IDs; an inner loop is met once per
			// iteration of the outer one.
			st.forEach(e, seen, out, depth)
			continue
		}
		if len(st.loopKeys) > 0 {
			e.name = st.loopName(e.name)
		}
		if prev, dup := seen[e.name]; dup {
			if !st.reported[e.k] {
				st.reported[e.k] = true
				st.errorf(st.src.rng(e.k), "duplicate logical ID %q; the first definition, at line %d, is used", e.name, prev.Line)
			}
			continue
		}
		seen[e.name] = e.k
		if r, ok := st.resource(e); ok {
			*out = append(*out, r)
		}
	}
}

// forEach expands a Fn::ForEach loop (AWS::LanguageExtensions): for each
// element of its collection, the identifier takes the element's value in
// Ref and Fn::Sub, and ${Identifier} (or &{Identifier}, alphanumerics only)
// in the logical ID. A collection not known statically leaves the templates
// read once, unexpanded, so their types still reach the report.
func (st *state) forEach(e entry, seen map[string]*yaml.Node, out *[]parser.Resource, depth int) {
	v := st.deref(e.v)
	if v.Kind != yaml.SequenceNode || len(v.Content) != 3 || st.deref(v.Content[2]).Kind != yaml.MappingNode {
		st.errorf(st.src.rng(e.k), "%s must be a list of an identifier, a collection and a mapping of resource templates", e.name)
		return
	}
	if depth >= maxForEachDepth {
		st.errorf(st.src.rng(e.k), "%s is nested too deeply", e.name)
		return
	}
	id := st.deref(v.Content[0])
	items, ok := st.loopItems(v.Content[1])
	if id.Kind != yaml.ScalarNode || !ok {
		if !st.reported[e.k] {
			st.reported[e.k] = true
			st.warn(st.src.rng(e.k), "%s is not expanded: its collection is not known statically, so each resource template in it is read once, with its logical ID as written", e.name)
		}
		st.resources(st.deref(v.Content[2]), seen, out, depth+1)
		return
	}
	if st.loopVars == nil {
		st.loopVars = map[string]string{}
	}
	prev, had := st.loopVars[id.Value]
	for _, item := range items {
		if sp := st.opts.spent; sp.loopIters >= maxLoopIterations {
			if !sp.loopsReported {
				sp.loopsReported = true
				st.errorf(st.src.rng(e.k), "%s is not expanded further: %s's loops already ran %d iterations, a2z's limit (a stack holds at most 500 resources); the rest is not in this scan", e.name, st.topFile(), maxLoopIterations)
			}
			break
		}
		st.opts.spent.loopIters++
		st.loopVars[id.Value] = item
		st.loopKeys = append(st.loopKeys, [2]string{id.Value, item})
		st.resources(st.deref(v.Content[2]), seen, out, depth+1)
		st.loopKeys = st.loopKeys[:len(st.loopKeys)-1]
	}
	if had {
		st.loopVars[id.Value] = prev
	} else {
		delete(st.loopVars, id.Value)
	}
}

// maxLoopItems bounds what one Fn::ForEach expands to.
const maxLoopItems = 1000

// loopItems is a Fn::ForEach collection as strings, when known.
func (st *state) loopItems(n *yaml.Node) ([]string, bool) {
	v, _ := st.eval(n, 0)
	if !v.IsWhollyKnown() || v.IsNull() || !v.CanIterateElements() || v.LengthInt() > maxLoopItems {
		return nil, false
	}
	var items []string
	for it := v.ElementIterator(); it.Next(); {
		_, e := it.Element()
		s, ok := knownString(e)
		if !ok {
			return nil, false
		}
		items = append(items, s)
	}
	return items, true
}

// loopName substitutes the enclosing loops' identifiers in a logical ID.
func (st *state) loopName(name string) string {
	for _, kv := range st.loopKeys {
		name = strings.ReplaceAll(name, "${"+kv[0]+"}", kv[1])
		name = strings.ReplaceAll(name, "&{"+kv[0]+"}", alphanumeric(kv[1]))
	}
	return name
}

func alphanumeric(s string) string {
	var b strings.Builder
	for _, r := range s {
		if (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// resource turns one entry of Resources into a Resource. Entries without a
// usable Type are reported and skipped.
func (st *state) resource(e entry) (parser.Resource, bool) {
	body := st.deref(e.v)
	if body.Kind != yaml.MappingNode {
		st.errorf(st.src.rng(e.k), "resource %q must be a mapping with a Type", e.name)
		return parser.Resource{}, false
	}
	fields := st.unique(st.entries(body), "resource attribute")
	te, ok := lookup(fields, "Type")
	if !ok {
		st.errorf(st.src.rng(e.k), "resource %q has no Type", e.name)
		return parser.Resource{}, false
	}
	tv := st.deref(te.v)
	if tv.Kind != yaml.ScalarNode || tv.ShortTag() != "!!str" || tv.Value == "" {
		st.errorf(st.src.rng(te.v), "the Type of resource %q must be a non-empty string", e.name)
		return parser.Resource{}, false
	}
	r := parser.Resource{
		Source:    parser.SourceCloudFormation,
		Kind:      parser.KindResource,
		Type:      tv.Value,
		Name:      e.name,
		Address:   e.name,
		Range:     st.src.span(e.k, e.v),
		TypeRange: st.src.rng(te.v),
		Attrs:     cty.EmptyObjectVal,
		// The stack's region when the user gave it; the default region
		// AWS::Region falls back to is an assumption, not a fact to report.
		Region: st.opts.Region,
	}
	if ce, ok := lookup(fields, "Condition"); ok {
		if cv := st.deref(ce.v); cv.Kind == yaml.ScalarNode {
			r.Condition = cv.Value
			if _, declared := st.conditions[cv.Value]; !declared {
				st.errorf(st.src.rng(ce.v), "resource %q names condition %q, which the Conditions section does not declare", e.name, cv.Value)
			}
			switch v := st.condition(cv.Value, 0); {
			case !v.IsKnown():
				r.ConditionValue = "unknown"
			case v.True():
				r.ConditionValue = "true"
			default:
				r.ConditionValue = "false"
			}
		}
	}
	// Only Properties become attributes: DependsOn, Metadata and the
	// policies describe the deployment, not the resource.
	pe, ok := lookup(fields, "Properties")
	if !ok {
		return r, true
	}
	st.properties(&r, pe)
	return r, true
}

// properties fills Attrs, AttrRanges and Unresolved from a Properties entry.
func (st *state) properties(r *parser.Resource, pe entry) {
	pv := st.deref(pe.v)
	switch pv.Kind {
	case yaml.ScalarNode:
		if pv.ShortTag() != "!!null" {
			st.errorf(st.src.rng(pe.v), "the Properties of resource %q must be a mapping", r.Name)
		}
		return
	case yaml.SequenceNode:
		st.errorf(st.src.rng(pe.v), "the Properties of resource %q must be a mapping", r.Name)
		return
	}
	props := st.unique(st.entries(pv), "property name")
	unresolved := map[string]string{}
	if len(props) == 1 && isIntrinsic(props[0].name) {
		// Properties: {Fn::If: […]} or {Fn::Transform: …}: nothing is known.
		r.Attrs = cty.DynamicVal
		r.Unresolved = map[string]string{"Properties": st.render(props[0])}
		return
	}
	attrs := map[string]cty.Value{}
	ranges := map[string]parser.Range{}
	st.positions = ranges
	defer func() { st.positions = nil }()
	for _, p := range props {
		v, keep := st.value(p.v, p.name, unresolved, 0)
		if !keep {
			continue
		}
		attrs[p.name] = v
		ranges[p.name] = st.src.span(p.k, p.v)
	}
	if len(attrs) > 0 {
		r.Attrs = cty.ObjectVal(attrs)
		r.AttrRanges = ranges
	}
	if len(unresolved) > 0 {
		r.Unresolved = unresolved
	}
}
