package terraform

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/a2z/a2z/parser"
)

// internalErrorSummary marks a diagnostic made from a recovered panic. The
// fuzz test fails on it, so a bug is still found even though users get a
// diagnostic instead of a crash.
const internalErrorSummary = "Internal error in the Terraform parser"

// rootSchema lists the top-level blocks this package reads. PartialContent
// leaves everything else (output, terraform, moved, import, check, ...) alone.
func rootSchema() *hcl.BodySchema {
	return &hcl.BodySchema{
		Blocks: []hcl.BlockHeaderSchema{
			{Type: "resource", LabelNames: []string{"type", "name"}},
			{Type: "data", LabelNames: []string{"type", "name"}},
			{Type: "provider", LabelNames: []string{"name"}},
			{Type: "variable", LabelNames: []string{"name"}},
			{Type: "locals"},
			{Type: "module", LabelNames: []string{"name"}},
		},
	}
}

// attrSchema is a schema of optional attributes only.
func attrSchema(names ...string) *hcl.BodySchema {
	s := &hcl.BodySchema{}
	for _, n := range names {
		s.Attributes = append(s.Attributes, hcl.AttributeSchema{Name: n})
	}
	return s
}

// ParseModule parses the Terraform files of one module directory. fsys is
// rooted at the scan root; files are slash paths relative to that root (all
// *.tf and *.tf.json files of one directory, in any order).
//
// It never panics and never returns a Go error: problems are
// parser.Diagnostics with file:line ranges, and a broken file does not stop
// the others from being read. Resources are returned for every file passed;
// callers that only care about some files filter afterwards, because
// variables, locals and providers come from all of them.
func ParseModule(ctx context.Context, fsys fs.FS, files []string, in Inputs) (out parser.Parsed) {
	m := &module{
		src:       map[string][]byte{},
		vars:      map[string]cty.Value{},
		varRanges: map[string]hcl.Range{},
		localDefs: map[string]*hcl.Attribute{},
		locals:    map[string]cty.Value{},
		providers: map[string]*providerConfig{},
		funcs:     functions(),
	}
	names := slices.Clone(files)
	slices.Sort(names)
	names = slices.Compact(names)

	defer func() {
		// Last line of defence: a bug in hcl, cty or here must not take the
		// whole scan down. Whatever was collected so far is still returned.
		if r := recover(); r != nil {
			file := m.current
			if file == "" && len(names) > 0 {
				file = names[0]
			}
			m.diags = append(m.diags, parser.Diagnostic{
				Severity: parser.SeverityError,
				Summary:  internalErrorSummary,
				Detail:   fmt.Sprint(r),
				Range:    lineOne(file),
			})
			out = m.result()
		}
	}()

	for _, name := range names {
		if err := ctx.Err(); err != nil {
			m.diags = append(m.diags, parser.Errorf(lineOne(name), "Parsing stopped before this file: %v", err))
			break
		}
		m.current = name
		m.loadFile(fsys, name)
	}
	m.current = ""

	dir := "."
	if len(names) > 0 {
		dir = path.Dir(names[0])
	}
	m.evalVariables(fsys, dir, in)
	m.evalLocals()
	m.evalProviders()
	m.buildResources()
	return m.result()
}

// module holds everything collected from the files of one module directory.
type module struct {
	current string            // file being read, for the panic diagnostic
	src     map[string][]byte // file contents, to slice expression text from
	funcs   map[string]function.Function

	varBlocks  []*hcl.Block
	vars       map[string]cty.Value
	varRanges  map[string]hcl.Range
	localDefs  map[string]*hcl.Attribute
	locals     map[string]cty.Value
	provBlocks []*hcl.Block
	providers  map[string]*providerConfig
	resBlocks  []resourceBlock

	resources []parser.Resource
	modules   []parser.ModuleCall
	diags     []parser.Diagnostic
}

type resourceBlock struct {
	kind  parser.Kind
	block *hcl.Block
	// override is set for blocks of override files, which Terraform merges
	// into the block of the same address instead of declaring a new one.
	override bool
}

type providerConfig struct {
	rng    hcl.Range
	region string
}

// loadFile reads and parses one file and sorts its top-level blocks into the
// module. Evaluation waits until every file is loaded, because a local in one
// file may use a variable declared in another.
func (m *module) loadFile(fsys fs.FS, name string) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		m.diags = append(m.diags, parser.Diagnostic{
			Severity: parser.SeverityError,
			Summary:  "Cannot read file",
			Detail:   err.Error(),
			Range:    lineOne(name),
		})
		return
	}
	// The HCL scanners would report every bad byte separately; one clear
	// diagnostic is more useful for a binary or wrongly encoded file.
	if !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 {
		m.diags = append(m.diags, parser.Diagnostic{
			Severity: parser.SeverityError,
			Summary:  "File is not UTF-8 text",
			Detail:   "Terraform files must be UTF-8 encoded text; this file looks binary or uses another encoding.",
			Range:    lineOne(name),
		})
		return
	}
	m.src[name] = src

	var file *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(name, ".tf.json") {
		file, diags = hcljson.Parse(src, name)
	} else {
		file, diags = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	}
	m.addHCL(diags, name)
	if file == nil || file.Body == nil {
		return
	}
	// Partial bodies of files with syntax errors are still read: hclsyntax
	// recovers at block boundaries, and what it recovers is real configuration.
	content, _, diags := file.Body.PartialContent(rootSchema())
	m.addHCL(diags, name)
	if content == nil {
		return
	}
	for _, b := range content.Blocks {
		switch b.Type {
		case "resource", "data":
			if len(b.Labels) != 2 || !isAWSType(b.Labels[0]) {
				continue
			}
			kind := parser.KindResource
			if b.Type == "data" {
				kind = parser.KindData
			}
			m.resBlocks = append(m.resBlocks, resourceBlock{kind: kind, block: b, override: isOverrideFile(name)})
		case "provider":
			m.provBlocks = append(m.provBlocks, b)
		case "variable":
			m.varBlocks = append(m.varBlocks, b)
		case "locals":
			m.loadLocals(b)
		case "module":
			m.loadModule(b)
		}
	}
}

// isOverrideFile reports whether Terraform treats a file as an override file:
// override.tf, override.tf.json, or a name ending in _override.tf(.json).
func isOverrideFile(name string) bool {
	base := path.Base(name)
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".json"), ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

func isAWSType(t string) bool {
	return strings.HasPrefix(t, "aws_") || strings.HasPrefix(t, "awscc_")
}

func (m *module) loadLocals(b *hcl.Block) {
	attrs, diags := b.Body.JustAttributes()
	m.addHCL(diags, b.DefRange.Filename)
	for _, a := range sortedAttrs(attrs) {
		if prev, ok := m.localDefs[a.Name]; ok {
			m.diags = append(m.diags, diagAt(parser.SeverityError, "Duplicate local value definition",
				fmt.Sprintf("A local value named %q was already defined at %s. Local value names must be unique within a module.", a.Name, convRange(prev.Range)),
				a.NameRange))
			continue
		}
		m.localDefs[a.Name] = a
	}
}

func (m *module) loadModule(b *hcl.Block) {
	if len(b.Labels) != 1 {
		return
	}
	call := parser.ModuleCall{Name: b.Labels[0], Range: convRange(blockRange(b))}
	content, _, diags := b.Body.PartialContent(attrSchema("source"))
	m.addHCL(diags, b.DefRange.Filename)
	if a, ok := content.Attributes["source"]; ok {
		// Terraform requires a literal source, so no evaluation context.
		if v, ok := m.literalString(a.Expr); ok {
			call.Source = v
		}
	}
	for _, prev := range m.modules {
		if prev.Name == call.Name {
			m.diags = append(m.diags, diagAt(parser.SeverityError, "Duplicate module call",
				fmt.Sprintf("A module call named %q was already defined at %s. Module calls must have unique names within a module.", call.Name, prev.Range),
				b.DefRange))
			return
		}
	}
	m.modules = append(m.modules, call)
	if !isLocalSource(call.Source) {
		// Nothing may be lost silently: the resources of a module a2z cannot
		// read are missing from the result, so say so.
		src := fmt.Sprintf("source %q", call.Source)
		if call.Source == "" {
			src = "source not a literal string"
		}
		m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Module not read",
			fmt.Sprintf("The resources of module %q (%s) are not in this scan: a2z reads local module folders when they are among the scanned paths; registry and git modules are not followed yet.", call.Name, src),
			b.DefRange))
	}
}

// isLocalSource reports whether a module source is a local path, which
// Terraform recognises by its ./ or ../ prefix.
func isLocalSource(src string) bool {
	return strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") || src == "." || src == ".."
}

// evalProviders records the statically known region of every provider
// configuration, keyed "aws" or "aws.west".
func (m *module) evalProviders() {
	for _, b := range m.provBlocks {
		if len(b.Labels) != 1 {
			continue
		}
		content, _, diags := b.Body.PartialContent(attrSchema("alias", "region"))
		m.addHCL(diags, b.DefRange.Filename)
		key := b.Labels[0]
		if a, ok := content.Attributes["alias"]; ok {
			if v, ok := m.literalString(a.Expr); ok {
				key += "." + v
			}
		}
		cfg := &providerConfig{rng: b.DefRange}
		if a, ok := content.Attributes["region"]; ok {
			if v, known := m.eval(a.Expr); known && !v.IsNull() && v.Type() == cty.String {
				cfg.region = v.AsString()
			}
		}
		if prev, ok := m.providers[key]; ok {
			m.diags = append(m.diags, diagAt(parser.SeverityError, "Duplicate provider configuration",
				fmt.Sprintf("A provider configuration for %q was already given at %s. Each configuration for the same provider must have a distinct alias.", key, convRange(prev.rng)),
				b.DefRange))
			continue
		}
		m.providers[key] = cfg
	}
}

// literalString is the value of an expression that must be a literal string.
func (m *module) literalString(expr hcl.Expression) (string, bool) {
	v, diags := m.value(expr, nil)
	if diags.HasErrors() || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// result sorts everything by file and position so that output does not
// depend on the order files were passed in or on map iteration.
func (m *module) result() parser.Parsed {
	slices.SortStableFunc(m.resources, func(a, b parser.Resource) int {
		if c := cmpRange(a.Range, b.Range); c != 0 {
			return c
		}
		return strings.Compare(a.Address, b.Address)
	})
	slices.SortStableFunc(m.modules, func(a, b parser.ModuleCall) int {
		if c := cmpRange(a.Range, b.Range); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	slices.SortStableFunc(m.diags, func(a, b parser.Diagnostic) int {
		if c := cmpRange(a.Range, b.Range); c != 0 {
			return c
		}
		if c := strings.Compare(a.Summary, b.Summary); c != 0 {
			return c
		}
		return strings.Compare(a.Detail, b.Detail)
	})
	// The same problem can be reported twice when a body is read once for
	// its attributes and once for its blocks.
	m.diags = slices.Compact(m.diags)
	return parser.Parsed{Resources: m.resources, Modules: m.modules, Diagnostics: m.diags}
}

func cmpRange(a, b parser.Range) int {
	if c := strings.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := a.Start.Byte - b.Start.Byte; c != 0 {
		return c
	}
	return a.End.Byte - b.End.Byte
}

// addHCL converts hcl diagnostics; file is used when one carries no range.
func (m *module) addHCL(diags hcl.Diagnostics, file string) {
	for _, d := range diags {
		if d == nil {
			continue
		}
		sev := parser.SeverityError
		if d.Severity == hcl.DiagWarning {
			sev = parser.SeverityWarning
		}
		r := lineOne(file)
		switch {
		case d.Subject != nil && d.Subject.Filename != "":
			r = convRange(*d.Subject)
		case d.Context != nil && d.Context.Filename != "":
			r = convRange(*d.Context)
		}
		m.diags = append(m.diags, parser.Diagnostic{Severity: sev, Summary: d.Summary, Detail: d.Detail, Range: r})
	}
}

func diagAt(sev parser.Severity, summary, detail string, r hcl.Range) parser.Diagnostic {
	return parser.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Range: convRange(r)}
}

// lineOne is the range used for problems with a file as a whole.
func lineOne(file string) parser.Range {
	p := parser.Pos{Line: 1, Column: 1}
	return parser.Range{File: file, Start: p, End: p}
}

func convRange(r hcl.Range) parser.Range {
	return parser.Range{
		File:  r.Filename,
		Start: parser.Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:   parser.Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte},
	}
}

// blockRange is the whole extent of a block. Native syntax knows it exactly.
// A JSON block has no header of its own, so the best range runs from its
// innermost label (or its type key) to the closing brace of its object.
func blockRange(b *hcl.Block) hcl.Range {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(b.TypeRange, sb.SrcRange)
	}
	start := b.TypeRange
	if n := len(b.LabelRanges); n > 0 {
		start = b.LabelRanges[n-1]
	}
	end := b.Body.MissingItemRange()
	if start.Filename == "" || end.Filename != start.Filename || end.End.Byte < start.Start.Byte {
		return b.DefRange
	}
	return hcl.RangeBetween(start, end)
}

// exprText is the expression's source exactly as written.
func (m *module) exprText(r hcl.Range) string {
	src := m.src[r.Filename]
	if r.Start.Byte < 0 || r.End.Byte > len(src) || r.Start.Byte > r.End.Byte {
		return ""
	}
	return string(src[r.Start.Byte:r.End.Byte])
}

func sortedAttrs(attrs hcl.Attributes) []*hcl.Attribute {
	out := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		out = append(out, a)
	}
	slices.SortFunc(out, func(a, b *hcl.Attribute) int {
		if c := strings.Compare(a.Range.Filename, b.Range.Filename); c != 0 {
			return c
		}
		if c := a.Range.Start.Byte - b.Range.Start.Byte; c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	return out
}
