package tfplan

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/a2z/a2z/parser"
)

// internalErrorSummary marks a diagnostic made from a recovered panic. The
// fuzz test fails on it.
const internalErrorSummary = "Internal error in the Terraform plan parser"

// Result is a parsed plan.
type Result struct {
	parser.Parsed
	// ConfigDirs are the folders of the configuration the plan was made
	// from, slash paths relative to the root of fsys: the plan's own folder
	// (where terraform show -json puts the root module) and, when the root
	// module's files are there, the folders of its local module calls (./
	// and ../ sources, followed down the call tree). The plan supersedes the
	// Terraform files of these folders.
	ConfigDirs []string
}

// MaybePlan is a cheap check of the start of a file: false means src is
// certainly not a Terraform plan in JSON. It looks at top-level keys only
// (format_version with planned_values, resource_changes or prior_state) and
// accepts a head that was cut short; see parser.LooksLikePlan.
func MaybePlan(src []byte) bool { return parser.LooksLikePlan(src) }

// Parse reads a plan in JSON (the output of `terraform show -json PLANFILE`)
// named name (a slash path relative to the root of fsys). See ParsePlan.
func Parse(ctx context.Context, fsys fs.FS, name string, src []byte) parser.Parsed {
	return ParsePlan(ctx, fsys, name, src).Parsed
}

// ParsePlan reads a plan in JSON. Every AWS resource and data source
// instance of planned_values becomes a parser.Resource with the plan's exact
// address and planned values. When the root module's .tf files sit next to
// the plan in fsys, each resource's ranges point at its block there (and at
// the blocks of local child modules); otherwise they point into the plan.
//
// It never panics and never fails: problems are diagnostics. When ctx is
// cancelled it stops early; callers check ctx.Err().
func ParsePlan(ctx context.Context, fsys fs.FS, name string, src []byte) (res Result) {
	l := newLines(name, src)
	defer func() {
		if r := recover(); r != nil {
			res.Diagnostics = append(res.Diagnostics, parser.Diagnostic{
				Severity: parser.SeverityError,
				Summary:  internalErrorSummary,
				Detail:   fmt.Sprint(r),
				Range:    l.lineOne(),
			})
		}
	}()

	root, err := decodeJSON(src)
	if err != nil {
		var se *syntaxError
		r := l.lineOne()
		msg := err.Error()
		if errors.As(err, &se) {
			r = l.rng(se.off, se.off)
		}
		res.Diagnostics = append(res.Diagnostics, parser.Diagnostic{
			Severity: parser.SeverityError,
			Summary:  "Invalid JSON in Terraform plan",
			Detail:   msg + ".",
			Range:    r,
		})
		return res
	}
	if root.kind != kindObject || root.get("format_version") == nil {
		res.Diagnostics = append(res.Diagnostics, parser.Errorf(l.lineOne(),
			"Not a Terraform plan: expecting a JSON object with format_version, the output of terraform show -json"))
		return res
	}

	p := &plan{ctx: ctx, fsys: fsys, name: name, lines: l, root: root, dir: path.Dir(name)}
	p.checkHeader()
	p.readConfiguration()
	p.readChanges()
	p.collect()
	p.build()
	res.Resources = p.resources
	res.Diagnostics = append(res.Diagnostics, p.diags...)
	res.ConfigDirs = p.configDirs()
	return res
}

// plan holds the state of one ParsePlan call.
type plan struct {
	ctx   context.Context
	fsys  fs.FS
	name  string
	lines *lines
	root  *node
	dir   string // the plan's folder: where the root module's files would be

	config *configTree
	// changes maps an instance address to its resource_changes entry
	// (current objects only, not deposed ones).
	changes map[string]*node

	instances []instance
	resources []parser.Resource
	diags     []parser.Diagnostic
}

// instance is one resource instance as the plan lists it.
type instance struct {
	address string
	mode    string // managed or data
	typ     string
	name    string
	steps   []string // module steps with instance keys, outermost first
	modules []string // module call names, outermost first
	obj     *node    // the JSON object describing the instance
	values  *node
	// sensitive is the sensitive_values mask next to the values.
	sensitive *node
}

func (p *plan) warn(r parser.Range, summary, detail string) {
	p.diags = append(p.diags, parser.Diagnostic{Severity: parser.SeverityWarning, Summary: summary, Detail: detail, Range: r})
}

func (p *plan) info(r parser.Range, summary, detail string) {
	p.diags = append(p.diags, parser.Diagnostic{Severity: parser.SeverityInfo, Summary: summary, Detail: detail, Range: r})
}

func (p *plan) memberRange(n *node, key string) parser.Range {
	m := n.member(key)
	if m == nil {
		return p.lines.lineOne()
	}
	return p.lines.rng(m.keyStart, m.val.end)
}

// checkHeader warns about plans a2z may read wrongly: a newer major format
// version, or a plan that Terraform could not finish.
func (p *plan) checkHeader() {
	v := p.root.get("format_version").str()
	if major, _, _ := strings.Cut(v, "."); major != "0" && major != "1" {
		p.warn(p.memberRange(p.root, "format_version"), "Unknown plan format version",
			fmt.Sprintf("a2z reads plan JSON format 0.x and 1.x; this plan is format %q, and may be read wrongly.", v))
	}
	if p.root.get("errored").isTrue() {
		p.warn(p.memberRange(p.root, "errored"), "Terraform plan is incomplete",
			"Terraform reported errors while making this plan, so it may lack resources; fix the errors and plan again.")
	}
}

func (p *plan) readChanges() {
	p.changes = map[string]*node{}
	rc := p.root.get("resource_changes")
	if rc == nil || rc.kind != kindArray {
		return
	}
	for _, c := range rc.elems {
		if c.kind != kindObject || c.get("deposed") != nil {
			continue
		}
		if a := c.get("address").str(); a != "" {
			if _, dup := p.changes[a]; !dup {
				p.changes[a] = c
			}
		}
	}
}

// collect lists the resource instances of the plan's end state: those of
// planned_values, plus data sources that only prior_state holds (Terraform
// reads most data sources while planning and keeps them there). A plan
// without planned_values falls back to resource_changes.
func (p *plan) collect() {
	seen := map[string]bool{}
	add := func(in instance) {
		if in.address == "" || in.typ == "" {
			return
		}
		if seen[in.address] {
			return
		}
		seen[in.address] = true
		p.instances = append(p.instances, in)
	}
	if pv := p.root.get("planned_values"); pv != nil {
		p.walkModule(pv.get("root_module"), 0, func(in instance) { add(in) })
	} else {
		p.fromChanges(add)
	}
	if ps := p.root.get("prior_state"); ps != nil {
		p.walkModule(ps.get("values").get("root_module"), 0, func(in instance) {
			if in.mode == "data" {
				add(in)
			}
		})
	}
}

// walkModule visits the resources of a state module and its child modules.
func (p *plan) walkModule(m *node, depth int, visit func(instance)) {
	if m == nil || m.kind != kindObject || depth > maxDepth || p.ctx.Err() != nil {
		return
	}
	steps := moduleSteps(m.get("address").str())
	if rs := m.get("resources"); rs != nil && rs.kind == kindArray {
		for _, r := range rs.elems {
			if r.kind != kindObject {
				continue
			}
			visit(instance{
				address:   r.get("address").str(),
				mode:      modeOf(r.get("mode").str()),
				typ:       r.get("type").str(),
				name:      r.get("name").str(),
				steps:     steps,
				modules:   callNames(steps),
				obj:       r,
				values:    r.get("values"),
				sensitive: r.get("sensitive_values"),
			})
		}
	}
	if cm := m.get("child_modules"); cm != nil && cm.kind == kindArray {
		for _, c := range cm.elems {
			p.walkModule(c, depth+1, visit)
		}
	}
}

// fromChanges lists instances from resource_changes, for a plan whose
// planned_values were stripped: everything not being destroyed.
func (p *plan) fromChanges(add func(instance)) {
	rc := p.root.get("resource_changes")
	if rc == nil || rc.kind != kindArray {
		return
	}
	for _, c := range rc.elems {
		if c.kind != kindObject || c.get("deposed") != nil {
			continue
		}
		ch := c.get("change")
		after := ch.get("after")
		if after == nil || after.kind != kindObject {
			continue // destroyed
		}
		add(instance{
			address:   c.get("address").str(),
			mode:      modeOf(c.get("mode").str()),
			typ:       c.get("type").str(),
			name:      c.get("name").str(),
			steps:     moduleSteps(c.get("module_address").str()),
			modules:   callNames(moduleSteps(c.get("module_address").str())),
			obj:       c,
			values:    after,
			sensitive: ch.get("after_sensitive"),
		})
	}
}

func modeOf(s string) string {
	if s == "data" {
		return "data"
	}
	return "managed"
}

// isAWSType matches the Terraform parser: AWS provider types and AWS Cloud
// Control provider types.
func isAWSType(t string) bool {
	return strings.HasPrefix(t, "aws_") || strings.HasPrefix(t, "awscc_")
}

// build turns the instances into parser.Resources.
func (p *plan) build() {
	missing := 0
	var firstMissing string
	noModuleFiles := map[string]bool{}
	for _, in := range p.instances {
		if p.ctx.Err() != nil {
			return
		}
		if !isAWSType(in.typ) {
			continue
		}
		r := parser.Resource{
			Source:     parser.SourceTerraform,
			Kind:       parser.KindResource,
			Type:       in.typ,
			Name:       in.name,
			Address:    in.address,
			Unresolved: map[string]string{},
			AttrRanges: map[string]parser.Range{},
			Root:       p.dir,
			ModulePath: in.steps,
			Calls:      p.config.calls(in.modules),
		}
		if in.mode == "data" {
			r.Kind = parser.KindData
		}
		cres := p.config.resource(in)
		blk := p.config.block(in)
		switch {
		case blk != nil:
			r.Range = blk.rng
			r.TypeRange = blk.typeRange
			for k, v := range blk.attrRanges {
				r.AttrRanges[k] = v
			}
		default:
			p.placeInPlan(&r, in)
			if p.config != nil && p.config.hasRoot {
				if mc := p.config.module(in.modules); len(in.modules) > 0 && (mc == nil || !mc.hasFiles) {
					noModuleFiles[strings.Join(in.modules, ".")] = true
				} else {
					missing++
					if firstMissing == "" {
						firstMissing = in.address
					}
				}
			}
		}

		var unknown *node
		if c := p.changes[in.address]; c != nil {
			unknown = c.get("change").get("after_unknown")
		}
		var sens2 *node
		if c := p.changes[in.address]; c != nil {
			sens2 = c.get("change").get("after_sensitive")
		}
		attrs, why := toCty(in.values, masks{unknown: unknown, sensitive: in.sensitive, sensitive2: sens2})
		r.Attrs = attrs
		for k, reason := range why {
			if blk != nil && blk.attrText[k] != "" {
				r.Unresolved[k] = blk.attrText[k]
			} else {
				r.Unresolved[k] = reason
			}
		}

		r.Provider = defaultProvider(in.typ)
		if cres != nil {
			if key := cres.get("provider_config_key").str(); key != "" {
				r.Provider = providerName(key)
			}
		}
		r.Region = p.region(cres, attrs)
		p.resources = append(p.resources, r)
	}

	switch {
	case p.config == nil || !p.config.hasRoot:
		if len(p.resources) > 0 {
			p.info(p.lines.lineOne(), "Source lines unavailable",
				fmt.Sprintf("The Terraform files this plan was made from are not in %s, so resources point into the plan. Put the plan in the root module folder (where terraform show -json wrote it) and scan that folder to get file and line of each resource.", displayDir(p.dir)))
		}
	default:
		for _, mod := range sortedKeys(noModuleFiles) {
			p.info(p.lines.lineOne(), "Source lines unavailable for module."+strings.ReplaceAll(mod, ".", ".module."),
				"The module's files are not in the scanned folders (only local ./ and ../ module sources are followed), so its resources point into the plan.")
		}
		if missing > 0 {
			p.warn(p.lines.lineOne(), "Plan and configuration differ",
				fmt.Sprintf("%d resource(s) of the plan, such as %s, have no block in the Terraform files next to it; the configuration may have changed since the plan was made. Those resources point into the plan.", missing, firstMissing))
		}
	}
}

func displayDir(dir string) string {
	if dir == "." {
		return "the scanned folder"
	}
	return dir
}

// placeInPlan points a resource at its entry in the plan: the address
// member (the whole entry when it has none), the type member, and each
// value's member.
func (p *plan) placeInPlan(r *parser.Resource, in instance) {
	if in.obj == nil {
		r.Range, r.TypeRange = p.lines.lineOne(), p.lines.lineOne()
		return
	}
	r.Range = p.lines.rng(in.obj.start, in.obj.end)
	if m := in.obj.member("address"); m != nil {
		r.Range = p.lines.rng(m.keyStart, m.val.end)
	}
	r.TypeRange = r.Range
	if t := in.obj.get("type"); t != nil {
		r.TypeRange = p.lines.rng(t.start, t.end)
	}
	if in.values != nil {
		for _, m := range in.values.members {
			if m.val.kind != kindNull {
				r.AttrRanges[m.key] = p.lines.rng(m.keyStart, m.val.end)
			}
		}
	}
}

func defaultProvider(typ string) string {
	if strings.HasPrefix(typ, "awscc_") {
		return "awscc"
	}
	return "aws"
}

// providerName drops the module part of a provider configuration key:
// "module.vpc:aws.west" → "aws.west".
func providerName(key string) string {
	if i := strings.LastIndexByte(key, ':'); i >= 0 {
		return key[i+1:]
	}
	return key
}

// moduleSteps splits a module instance address into its steps without the
// "module." keyword: module.a["x"].module.b → [a["x"] b]. Anything
// unexpected ends the list.
func moduleSteps(addr string) []string {
	var steps []string
	s := addr
	for strings.HasPrefix(s, "module.") {
		s = s[len("module."):]
		i := strings.IndexAny(s, ".[")
		if i < 0 {
			return append(steps, s)
		}
		if s[i] == '[' {
			end := closingBracket(s[i:])
			if end < 0 {
				return steps
			}
			i += end + 1
		}
		steps = append(steps, s[:i])
		s = s[i:]
		if !strings.HasPrefix(s, ".") {
			return steps
		}
		s = s[1:]
	}
	return steps
}

// callNames drops the instance keys of module steps: [a["x"] b] → [a b].
func callNames(steps []string) []string {
	names := make([]string, len(steps))
	for i, s := range steps {
		names[i], _, _ = strings.Cut(s, "[")
	}
	return names
}

// closingBracket returns the index of the ']' closing s[0] == '[', skipping
// quoted strings with escapes, or -1.
func closingBracket(s string) int {
	inStr := false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case inStr && c == '\\':
			i++
		case c == '"':
			inStr = !inStr
		case !inStr && c == ']':
			return i
		}
	}
	return -1
}

func (p *plan) configDirs() []string {
	dirs := []string{p.dir}
	if p.config != nil {
		for _, m := range p.config.modules {
			if m.dir != "" && m.dir != p.dir && !containsString(dirs, m.dir) {
				dirs = append(dirs, m.dir)
			}
		}
	}
	// The modules come from a map: sort them so the result is stable.
	slices.Sort(dirs[1:])
	return dirs
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
