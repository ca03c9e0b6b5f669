package terraform

import (
	"context"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"

	"github.com/a2z/a2z/internal/hclrange"
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
			{Type: "output", LabelNames: []string{"name"}},
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

// ParseModule parses and evaluates one Terraform folder as a root module,
// following the modules it calls. fsys is rooted at the scan root; files
// are slash paths relative to that root (the *.tf and *.tf.json files of one
// folder, in any order); in are variable values from outside the folder.
//
// It never panics and never returns a Go error: problems are
// parser.Diagnostics with file:line ranges, and a broken file does not stop
// the others from being read. Resources are returned for every file passed
// and every module instance called.
func ParseModule(ctx context.Context, fsys fs.FS, files []string, in Inputs) parser.Parsed {
	dir := "."
	if len(files) > 0 {
		dir = path.Dir(slices.Min(files))
	}
	l := NewLoader(fsys)
	src := l.load(ctx, dir, files)
	p, used := l.evalRoot(ctx, src, in)
	p.Diagnostics = sortDiags(append(p.Diagnostics, sourceDiags(used)...))
	return p
}

// evalRoot evaluates src as a root module. It returns what the
// configuration declares and the sources it used, whose load diagnostics
// the caller reports once per folder.
func (l *Loader) evalRoot(ctx context.Context, src *source, in Inputs) (out parser.Parsed, used []*source) {
	r := &run{ctx: ctx, loader: l, rootDir: src.dir, modulesJSON: readModulesJSON(l.fsys, src.dir), reads: in.Reads, loops: newIterations()}
	m := newModule(r, src, nil)
	defer func() {
		// Last line of defence: a bug in hcl, cty or here must not take the
		// whole scan down. Whatever was collected so far is still returned.
		if p := recover(); p != nil {
			file := m.current
			if file == "" {
				file = firstFile(src)
			}
			r.sink.diags = append(r.sink.diags, parser.Diagnostic{
				Severity: parser.SeverityError,
				Summary:  internalErrorSummary,
				Detail:   fmt.Sprint(p),
				Range:    lineOne(file),
			})
			out, used = result(r), r.used
		}
	}()
	m.evaluate(func() map[string]inputValue { return m.inputValues(l.fsys, in) })
	return result(r), r.used
}

func firstFile(s *source) string {
	if len(s.src) == 0 {
		return s.dir
	}
	return slices.Min(sortedKeys(s.src))
}

// result sorts what a run collected by file and position, so that output
// does not depend on the order files were passed in or on map iteration.
// Instances of one block keep their expansion order.
func result(r *run) parser.Parsed {
	slices.SortStableFunc(r.resources, func(a, b parser.Resource) int {
		if c := strings.Compare(a.Range.File, b.Range.File); c != 0 {
			return c
		}
		return a.Range.Start.Byte - b.Range.Start.Byte
	})
	slices.SortStableFunc(r.calls, func(a, b parser.ModuleCall) int {
		if c := cmpRange(a.Range, b.Range); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	diags := sortDiags(slices.Clone(r.sink.diags))
	return parser.Parsed{Resources: r.resources, Modules: r.calls, Diagnostics: diags}
}

// sourceDiags are the load diagnostics of each source, once per folder.
func sourceDiags(srcs []*source) []parser.Diagnostic {
	// By folder, not by pointer: a folder dropped from the loader's cache
	// and parsed again is a second source with the same diagnostics.
	seen := map[string]bool{}
	var out []parser.Diagnostic
	for _, s := range srcs {
		if !seen[s.dir] {
			seen[s.dir] = true
			out = append(out, s.diags...)
		}
	}
	return out
}

// sortDiags orders diagnostics by position and drops exact repeats: a
// module instantiated three times reports a problem once.
func sortDiags(diags []parser.Diagnostic) []parser.Diagnostic {
	slices.SortStableFunc(diags, func(a, b parser.Diagnostic) int {
		if c := cmpRange(a.Range, b.Range); c != 0 {
			return c
		}
		if c := strings.Compare(a.Summary, b.Summary); c != 0 {
			return c
		}
		return strings.Compare(a.Detail, b.Detail)
	})
	return slices.Compact(diags)
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

func diagAt(sev parser.Severity, summary, detail string, r hcl.Range) parser.Diagnostic {
	return parser.Diagnostic{Severity: sev, Summary: summary, Detail: detail, Range: convRange(r)}
}

// lineOne is the range used for problems with a file as a whole.
func lineOne(file string) parser.Range {
	p := parser.Pos{Line: 1, Column: 1}
	return parser.Range{File: file, Start: p, End: p}
}

func convRange(r hcl.Range) parser.Range { return hclrange.Convert(r) }

// blockRange is the whole extent of a block (see hclrange.Block).
func blockRange(b *hcl.Block) hcl.Range { return hclrange.Block(b) }

func sortedAttrs(attrs hcl.Attributes) []*hcl.Attribute {
	out := make([]*hcl.Attribute, 0, len(attrs))
	for _, a := range attrs {
		out = append(out, a)
	}
	sortByPosition(out)
	return out
}

// sortByPosition sorts attributes into source order.
func sortByPosition(out []*hcl.Attribute) {
	slices.SortFunc(out, func(a, b *hcl.Attribute) int {
		if c := strings.Compare(a.Range.Filename, b.Range.Filename); c != 0 {
			return c
		}
		if c := a.Range.Start.Byte - b.Range.Start.Byte; c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
}
