package tfplan

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/hclrange"
	"github.com/a2z/a2z/parser"
)

// maxConfigFileSize bounds the .tf files read for source lines.
const maxConfigFileSize = 16 << 20

// configTree is the plan's configuration section joined with the Terraform
// files found next to the plan.
type configTree struct {
	// modules is keyed by module call names joined with "." ("" is the root).
	modules   map[string]*cfgModule
	providers *node // configuration.provider_config
	variables *node // the plan's root module variable values
	hasRoot   bool  // the root module's files are present
}

type cfgModule struct {
	node      *node  // the configuration module object (nil without configuration)
	dir       string // its folder in fsys; "" when not local or outside fsys
	hasFiles  bool
	resources map[string]*node  // "mode.type.name" → configuration resource
	blocks    map[string]*block // "mode.type.name" → block in the files
	// calls are the module blocks in the files, by call name.
	calls map[string]parser.Range
}

// folder is what the Terraform files of one folder declare.
type folder struct {
	blocks map[string]*block
	calls  map[string]parser.Range
}

// block is a resource or data block found in a .tf file.
type block struct {
	rng, typeRange parser.Range
	attrRanges     map[string]parser.Range
	attrText       map[string]string // attribute → expression source text
}

func (c *configTree) module(names []string) *cfgModule {
	if c == nil {
		return nil
	}
	return c.modules[strings.Join(names, ".")]
}

// calls returns the ranges of the module blocks of a module call chain,
// outermost first, when the files of every calling module are present.
func (c *configTree) calls(names []string) []parser.Range {
	if c == nil || len(names) == 0 {
		return nil
	}
	out := make([]parser.Range, 0, len(names))
	for i, n := range names {
		m := c.module(names[:i])
		if m == nil || !m.hasFiles {
			return nil
		}
		r, ok := m.calls[n]
		if !ok {
			return nil
		}
		out = append(out, r)
	}
	return out
}

func resourceKey(mode, typ, name string) string { return mode + "." + typ + "." + name }

// resource returns the configuration entry of an instance, or nil.
func (c *configTree) resource(in instance) *node {
	if m := c.module(in.modules); m != nil {
		return m.resources[resourceKey(in.mode, in.typ, in.name)]
	}
	return nil
}

// block returns the block an instance was declared by, or nil.
func (c *configTree) block(in instance) *block {
	if m := c.module(in.modules); m != nil && m.hasFiles {
		return m.blocks[resourceKey(in.mode, in.typ, in.name)]
	}
	return nil
}

// readConfiguration indexes configuration.root_module and its module calls
// and reads the blocks of the root module folder (the plan's folder) and of
// local module folders.
func (p *plan) readConfiguration() {
	cfg := p.root.get("configuration")
	p.config = &configTree{
		modules:   map[string]*cfgModule{},
		providers: cfg.get("provider_config"),
		variables: p.root.get("variables"),
	}
	files := map[string]*folder{} // per folder, read once
	var walk func(key string, n *node, dir string, depth int)
	walk = func(key string, n *node, dir string, depth int) {
		if depth > maxDepth || p.ctx.Err() != nil {
			return
		}
		m := &cfgModule{node: n, dir: dir, resources: map[string]*node{}}
		if _, dup := p.config.modules[key]; dup {
			return
		}
		p.config.modules[key] = m
		if rs := n.get("resources"); rs != nil && rs.kind == kindArray {
			for _, r := range rs.elems {
				k := resourceKey(modeOf(r.get("mode").str()), r.get("type").str(), r.get("name").str())
				if _, dup := m.resources[k]; !dup {
					m.resources[k] = r
				}
			}
		}
		if dir != "" {
			b, ok := files[dir]
			if !ok {
				b = p.readBlocks(dir)
				files[dir] = b
			}
			if b != nil {
				m.blocks, m.calls, m.hasFiles = b.blocks, b.calls, true
			}
		}
		if calls := n.get("module_calls"); calls != nil && calls.kind == kindObject {
			for _, mc := range calls.members {
				child := mc.key
				if key != "" {
					child = key + "." + mc.key
				}
				// A local source is relative to the calling module's
				// folder, which is known only when its files are there.
				childDir := ""
				if m.hasFiles {
					childDir = localDir(dir, mc.val.get("source").str())
				}
				walk(child, mc.val.get("module"), childDir, depth+1)
			}
		}
	}
	walk("", cfg.get("root_module"), p.dir, 0)
	if m := p.config.modules[""]; m != nil {
		p.config.hasRoot = m.hasFiles
	}
}

// localDir resolves a module source against the calling module's folder:
// only local paths (./ and ../) inside fsys; "" otherwise.
func localDir(dir, source string) string {
	local := strings.HasPrefix(source, "./") || strings.HasPrefix(source, "../")
	if dir == "" || !local {
		return ""
	}
	d := path.Join(dir, source)
	if d == ".." || strings.HasPrefix(d, "../") {
		return ""
	}
	return d
}

// readBlocks reads the resource and data blocks of the Terraform files of
// one folder. nil means the folder has no Terraform files. Syntax errors
// are not reported: the plan, not the files, is what is scanned, and the
// files are only read for positions.
func (p *plan) readBlocks(dir string) *folder {
	entries, err := fs.ReadDir(p.fsys, dir)
	if err != nil {
		return nil
	}
	// Override files only change blocks declared elsewhere: the block's
	// place is its primary declaration, so they are not read.
	var primary []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !parser.IsTerraformFile(e.Name()) {
			continue
		}
		if name := path.Join(dir, e.Name()); !isOverrideFile(name) {
			primary = append(primary, name)
		}
	}
	if len(primary) == 0 {
		return nil
	}
	slices.Sort(primary)
	f := &folder{blocks: map[string]*block{}, calls: map[string]parser.Range{}}
	for _, name := range primary {
		if p.ctx.Err() != nil {
			break
		}
		p.readFileBlocks(name, f)
	}
	return f
}

func isOverrideFile(name string) bool {
	base := path.Base(name)
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".json"), ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

func (p *plan) readFileBlocks(name string, f *folder) {
	if info, err := fs.Stat(p.fsys, name); err != nil || info.Size() > maxConfigFileSize {
		return
	}
	src, err := fs.ReadFile(p.fsys, name)
	if err != nil || !utf8.Valid(src) {
		return
	}
	var file *hcl.File
	if strings.HasSuffix(name, ".tf.json") {
		file, _ = hcljson.Parse(src, name)
	} else {
		file, _ = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	}
	if file == nil || file.Body == nil {
		return
	}
	content, _, _ := file.Body.PartialContent(&hcl.BodySchema{Blocks: []hcl.BlockHeaderSchema{
		{Type: "resource", LabelNames: []string{"type", "name"}},
		{Type: "data", LabelNames: []string{"type", "name"}},
		{Type: "module", LabelNames: []string{"name"}},
	}})
	if content == nil {
		return
	}
	for _, b := range content.Blocks {
		if b.Type == "module" {
			if _, dup := f.calls[b.Labels[0]]; !dup && len(b.Labels) == 1 {
				f.calls[b.Labels[0]] = convRange(blockRange(b))
			}
			continue
		}
		if len(b.Labels) != 2 {
			continue
		}
		mode := "managed"
		if b.Type == "data" {
			mode = "data"
		}
		key := resourceKey(mode, b.Labels[0], b.Labels[1])
		if _, dup := f.blocks[key]; dup {
			continue // Terraform rejects duplicates; the first is the one to show
		}
		blk := &block{
			rng:        convRange(blockRange(b)),
			typeRange:  convRange(b.DefRange),
			attrRanges: map[string]parser.Range{},
			attrText:   map[string]string{},
		}
		if len(b.LabelRanges) == 2 {
			blk.typeRange = convRange(b.LabelRanges[0])
		}
		readBody(b.Body, src, blk)
		f.blocks[key] = blk
	}
}

// readBody records where each top-level argument and nested block of a
// resource body is, and the source text of each argument's expression.
func readBody(body hcl.Body, src []byte, blk *block) {
	text := func(r hcl.Range) string {
		if r.Start.Byte < 0 || r.End.Byte > len(src) || r.Start.Byte > r.End.Byte {
			return ""
		}
		return string(src[r.Start.Byte:r.End.Byte])
	}
	if sb, ok := body.(*hclsyntax.Body); ok {
		for n, a := range sb.Attributes {
			if isMeta(n) {
				continue
			}
			blk.attrRanges[n] = convRange(a.SrcRange)
			blk.attrText[n] = text(a.Expr.Range())
		}
		for _, nb := range sb.Blocks {
			if isMeta(nb.Type) {
				continue
			}
			if _, seen := blk.attrRanges[nb.Type]; !seen {
				blk.attrRanges[nb.Type] = convRange(hcl.RangeBetween(nb.TypeRange, nb.Body.SrcRange))
			}
		}
		return
	}
	attrs, _ := body.JustAttributes()
	for n, a := range attrs {
		if isMeta(n) {
			continue
		}
		blk.attrRanges[n] = convRange(a.Range)
		blk.attrText[n] = text(a.Expr.Range())
	}
}

// isMeta names the meta-arguments and meta-blocks of a resource, which are
// not attributes of the resource.
func isMeta(name string) bool {
	switch name {
	case "count", "for_each", "provider", "depends_on", "lifecycle", "provisioner", "connection":
		return true
	}
	return false
}

func convRange(r hcl.Range) parser.Range { return hclrange.Convert(r) }

// blockRange is the whole extent of a block (see hclrange.Block).
func blockRange(b *hcl.Block) hcl.Range { return hclrange.Block(b) }

// region finds where an instance is deployed: its own planned region
// attribute when known (AWS provider 6 has one on most resources, and a few
// resources such as aws_s3_bucket report theirs), else the region of the
// provider configuration it uses, given as a constant or as a root module
// variable. "" when not known.
func (p *plan) region(cres *node, attrs cty.Value) string {
	if attrs.Type().IsObjectType() && attrs.Type().HasAttribute("region") {
		if v := attrs.GetAttr("region"); v.IsKnown() && !v.IsNull() && v.Type() == cty.String && v.AsString() != "" {
			return v.AsString()
		}
	}
	if cres == nil || p.config == nil {
		return ""
	}
	pc := p.providerConfig(cres.get("provider_config_key").str())
	if pc == nil {
		return ""
	}
	expr := pc.get("expressions").get("region")
	if c := expr.get("constant_value"); c != nil {
		return c.str()
	}
	// region = var.x in the root module: the plan has the variable's value.
	if pc.get("module_address").str() != "" {
		return ""
	}
	refs := expr.get("references")
	if refs == nil || refs.kind != kindArray {
		return ""
	}
	for _, r := range refs.elems {
		if v, ok := strings.CutPrefix(r.str(), "var."); ok && !strings.ContainsAny(v, ".[") {
			return p.config.variables.get(v).get("value").str()
		}
	}
	return ""
}

// providerConfig looks a provider_config_key up and returns the first
// configuration on its chain that sets region. Terraform points a resource
// in a module at the configuration it inherits; older versions used the
// module's own key ("module.vpc:aws", "vpc:aws"), and a module's entry
// without expressions only stands for the inherited one, so the lookup
// follows the module chain up to the root.
func (p *plan) providerConfig(key string) *node {
	pcs := p.config.providers
	if key == "" || pcs == nil {
		return nil
	}
	candidates := []string{key}
	if prefix, name, ok := strings.Cut(key, ":"); ok {
		for {
			i := strings.LastIndex(prefix, ".module.")
			if i < 0 {
				break
			}
			prefix = prefix[:i]
			candidates = append(candidates, prefix+":"+name)
		}
		candidates = append(candidates, name)
	}
	for _, k := range candidates {
		if pc := pcs.get(k); pc.get("expressions").get("region") != nil {
			return pc
		}
	}
	return nil
}

func sortedKeys(m map[string]bool) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
