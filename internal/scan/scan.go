package scan

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"path"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/cloudformation"
	"github.com/a2z/a2z/parser/terraform"
	"github.com/a2z/a2z/parser/tfplan"
	"github.com/a2z/a2z/rules"
)

// maxTemplateSize bounds what is read of a candidate template; larger files
// are reported rather than loaded whole.
const maxTemplateSize = 64 << 20

// Options carry what a scan takes from outside the files.
type Options struct {
	// Terraform are variable values for every Terraform module scanned.
	Terraform terraform.Inputs
	// CloudFormation are parameter values and the region for every template.
	CloudFormation cloudformation.Options
	// Exclude reports whether a discovered path (a slash path relative to
	// the root of fsys) is left out of the scan; nil leaves nothing out.
	Exclude func(path string) bool
	// Progress, when set, is called as parsing goes: files parsed so far,
	// files in all, resources found so far. Calls come from several
	// goroutines, one at a time.
	Progress func(files, total, resources int)
}

// Run scans paths (slash paths relative to the root of fsys) and maps what it
// finds with engine. The error is for the tool's own failures (a path that
// does not exist, cancellation); problems in the files are diagnostics.
//
// Each part of the scan (a Terraform root with its modules, a template) is
// mapped as soon as it is parsed, on the goroutine that parsed it, and the
// result keeps no attribute values (Resource.Attrs, AttrRanges and
// Unresolved are cleared): they are most of a scan's memory, and every
// report works from the mapping. Use Parse and Engine.Run to keep them. For
// the same reason
// Terraform resources evaluate only the attributes the engine reads (see
// terraform.Reads), unless opts.Terraform.Reads says otherwise.
func Run(ctx context.Context, fsys fs.FS, paths []string, engine *rules.Engine, opts Options) (*rules.Result, error) {
	if opts.Terraform.Reads == nil {
		opts.Terraform.Reads = engine.TerraformReads
	}
	parts, err := walk(ctx, fsys, paths, opts, func(p parser.Parsed) *rules.Result {
		r := engine.MapParsed(p)
		for i := range r.Resources {
			r.Resources[i].Resource.Attrs = cty.NilVal
			r.Resources[i].Resource.AttrRanges = nil
			r.Resources[i].Resource.Unresolved = nil
		}
		return r
	})
	if err != nil {
		return nil, err
	}
	// Sized once: growing by doubling would hold the largest slices twice.
	var nr, nf, nd int
	for _, part := range parts {
		nr, nf, nd = nr+len(part.Resources), nf+len(part.Findings), nd+len(part.Diagnostics)
	}
	res := &rules.Result{
		Resources:   make([]rules.Mapped, 0, nr),
		Findings:    make([]rules.Finding, 0, nf),
		Diagnostics: make([]parser.Diagnostic, 0, nd),
	}
	for i, part := range parts {
		res.Append(part)
		parts[i] = nil
	}
	res.Sort()
	return res, nil
}

// Parse discovers and parses paths. Units (Terraform roots and templates)
// are parsed in parallel; results are joined in discovery order, so the
// output does not depend on scheduling.
func Parse(ctx context.Context, fsys fs.FS, paths []string, opts Options) (parser.Parsed, error) {
	parts, err := walk(ctx, fsys, paths, opts, func(p parser.Parsed) parser.Parsed { return p })
	if err != nil {
		return parser.Parsed{}, err
	}
	var all parser.Parsed
	for _, p := range parts {
		all.Append(p)
	}
	return all, nil
}

// unitOut is what one unit of work gives: its parts, each already passed
// through the caller's conversion, in order.
type unitOut[T any] struct {
	parts     []T
	nested    []string // templates read as nested stacks (see nestedOnly)
	resources int
}

// walk discovers and parses paths and converts each part of the output with
// conv as soon as it is parsed, on the parsing goroutine. It returns the
// converted parts in discovery order: discovery diagnostics, Terraform (load
// diagnostics, then each root), templates, plans.
func walk[T any](ctx context.Context, fsys fs.FS, paths []string, opts Options, conv func(parser.Parsed) T) ([]T, error) {
	in, err := parser.Discover(ctx, fsys, paths)
	if err != nil {
		return nil, err
	}

	if opts.Exclude != nil {
		in = exclude(in, opts.Exclude)
	}
	plans := parsePlans(ctx, fsys, &in)

	units := make([]func() unitOut[T], 0, 1+len(in.Templates))
	// The Terraform folders are one unit: modules are evaluated through the
	// folders that call them, so the folders are not independent.
	// ParseTreeEach parallelises within and hands over each root's result
	// as soon as it is evaluated.
	units = append(units, func() unitOut[T] {
		var mu sync.Mutex
		roots := map[int]T{}
		n := 0
		load := terraform.ParseTreeEach(ctx, fsys, in.Terraform, opts.Terraform, func(root int, p parser.Parsed) {
			t := safeConv(conv, p, in.Terraform[root].Dir)
			mu.Lock()
			roots[root] = t
			n += len(p.Resources)
			mu.Unlock()
		})
		out := unitOut[T]{parts: []T{conv(load)}, resources: n}
		for _, root := range slices.Sorted(maps.Keys(roots)) {
			out.parts = append(out.parts, roots[root])
		}
		return out
	})
	cfn := opts.CloudFormation
	cfn.ReadFile = func(name string) ([]byte, error) { return readTemplate(fsys, name) }
	for _, t := range in.Templates {
		units = append(units, func() unitOut[T] {
			p := parseTemplate(ctx, fsys, t, cfn)
			return unitOut[T]{parts: []T{safeConv(conv, p, t)}, nested: p.Nested, resources: len(p.Resources)}
		})
	}

	out := make([]unitOut[T], len(units))
	next := make(chan int)
	var wg sync.WaitGroup
	// Progress counts files: a unit's share is its files (the Terraform
	// unit holds every Terraform file).
	unitFiles := make([]int, len(units))
	total := 0
	for _, d := range in.Terraform {
		unitFiles[0] += len(d.Files)
	}
	for i := range in.Templates {
		unitFiles[i+1] = 1
	}
	for _, n := range unitFiles {
		total += n
	}
	var mu sync.Mutex
	filesDone, resources := 0, 0
	for range min(runtime.GOMAXPROCS(0), max(len(units), 1)) {
		wg.Go(func() {
			for i := range next {
				out[i] = guarded(units[i], unitName(in, i), conv)
				if opts.Progress != nil {
					mu.Lock()
					filesDone += unitFiles[i]
					resources += out[i].resources
					opts.Progress(filesDone, total, resources)
					mu.Unlock()
				}
			}
		})
	}
	for i := range units {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, err
	}

	parts := []T{conv(parser.Parsed{Diagnostics: in.Diagnostics})}
	nested := make([][]string, len(in.Templates))
	for i := range in.Templates {
		nested[i] = out[i+1].nested
	}
	skip := nestedOnly(in.Templates, nested)
	for i, u := range out {
		if i > 0 && skip[i-1] {
			// Reported through the template that nests it.
			continue
		}
		parts = append(parts, u.parts...)
	}
	parts = append(parts, conv(plans))
	return parts, nil
}

func unitName(in parser.Inputs, i int) string {
	if i == 0 {
		if len(in.Terraform) > 0 {
			return in.Terraform[0].Dir
		}
		return "."
	}
	return in.Templates[i-1]
}

// guarded runs one unit and turns a panic into a diagnostic, so a parser bug
// on one file costs that file, not the scan.
func guarded[T any](u func() unitOut[T], name string, conv func(parser.Parsed) T) unitOut[T] {
	return recovered(u, func(r any) unitOut[T] { return unitOut[T]{parts: []T{conv(internalError(name, r))}} })
}

// safeConv converts one part, turning a panic (in mapping, say) into a
// diagnostic; it runs on goroutines guarded does not cover.
func safeConv[T any](conv func(parser.Parsed) T, p parser.Parsed, name string) T {
	return recovered(func() T { return conv(p) }, func(r any) T { return conv(internalError(name, r)) })
}

// guardedParse is guarded for a single parse.
func guardedParse(f func() parser.Parsed, name string) parser.Parsed {
	return recovered(f, func(r any) parser.Parsed { return internalError(name, r) })
}

// recovered returns f's result, or onPanic's when f panics.
func recovered[T any](f func() T, onPanic func(r any) T) (out T) {
	defer func() {
		if r := recover(); r != nil {
			out = onPanic(r)
		}
	}()
	return f()
}

func internalError(name string, r any) parser.Parsed {
	return parser.Parsed{Diagnostics: []parser.Diagnostic{{
		Severity: parser.SeverityError,
		Summary:  fmt.Sprintf("internal error while reading this input (please report it): %v", r),
		Detail:   string(debug.Stack()),
		Range:    parser.Range{File: name},
	}}}
}

func parseTemplate(ctx context.Context, fsys fs.FS, name string, opts cloudformation.Options) parser.Parsed {
	data, err := parser.ReadLimited(fsys, name, maxTemplateSize)
	if errors.Is(err, parser.ErrTooLarge) {
		// Only a template would be worth the memory; peek before refusing.
		if !cloudformation.MaybeTemplate(parser.ReadHead(fsys, name, 4096)) {
			return parser.Parsed{}
		}
		size := "over the"
		if info, err := fs.Stat(fsys, name); err == nil {
			size = fmt.Sprintf("%d MiB, over the", info.Size()>>20)
		}
		return parser.Parsed{Diagnostics: []parser.Diagnostic{parser.Errorf(parser.Range{File: name, Start: parser.Pos{Line: 1, Column: 1}},
			"template is %s %d MiB a2z reads; it was skipped", size, maxTemplateSize>>20)}}
	}
	if err != nil {
		return parser.Parsed{Diagnostics: []parser.Diagnostic{parser.Errorf(parser.Range{File: name}, "cannot read file: %v", parser.BareError(err))}}
	}
	if !cloudformation.MaybeTemplate(data) {
		return parser.Parsed{}
	}
	p, _ := cloudformation.Parse(ctx, name, data, opts)
	return p
}

// parsePlans parses the Terraform plans discovery found, one after the
// other (there are rarely many), and applies the supersede rule: a plan
// replaces the configuration it was made from. When a plan lies in a folder
// discovery found as a Terraform module, that folder and the local module
// folders the plan's configuration calls are removed from in.Terraform, so
// their resources are reported once, from the plan. A plan that cannot be
// read supersedes nothing.
func parsePlans(ctx context.Context, fsys fs.FS, in *parser.Inputs) parser.Parsed {
	var all parser.Parsed
	superseded := map[string]bool{}
	for _, name := range in.Plans {
		if ctx.Err() != nil {
			break
		}
		var dirs []string
		all.Append(guardedParse(func() parser.Parsed {
			p, d := parsePlan(ctx, fsys, name)
			dirs = d
			return p
		}, name))
		if slices.ContainsFunc(in.Terraform, func(d parser.TerraformDir) bool { return d.Dir == path.Dir(name) }) {
			for _, d := range dirs {
				superseded[d] = true
			}
		}
	}
	in.Terraform = slices.DeleteFunc(in.Terraform, func(d parser.TerraformDir) bool { return superseded[d.Dir] })
	return all
}

func parsePlan(ctx context.Context, fsys fs.FS, name string) (parser.Parsed, []string) {
	fail := func(format string, args ...any) (parser.Parsed, []string) {
		return parser.Parsed{Diagnostics: []parser.Diagnostic{parser.Errorf(parser.Range{File: name}, format, args...)}}, nil
	}
	f, err := fsys.Open(name)
	if err != nil {
		return fail("cannot read file: %v", parser.BareError(err))
	}
	defer func() { _ = f.Close() }()
	if info, err := f.Stat(); err == nil && info.Size() > maxTemplateSize {
		return fail("Terraform plan is %d MiB, over the %d MiB a2z reads; it was skipped", info.Size()>>20, maxTemplateSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxTemplateSize+1))
	if err != nil {
		return fail("cannot read file: %v", parser.BareError(err))
	}
	if len(data) > maxTemplateSize {
		return fail("Terraform plan is over the %d MiB a2z reads; it was skipped", maxTemplateSize>>20)
	}
	r := tfplan.ParsePlan(ctx, fsys, name, data)
	return r.Parsed, r.ConfigDirs
}

// nestedOnly marks the templates another scanned template reads as a nested
// stack: they are reported through it, not a second time on their own. A
// template nested only within a cycle of nesting is kept, so nothing is lost.
func nestedOnly(templates []string, nested [][]string) []bool {
	index := map[string]int{}
	for i, t := range templates {
		index[t] = i
	}
	nestedBy := make([][]int, len(templates)) // nestedBy[j]: templates that nest j
	for i, ns := range nested {
		for _, n := range ns {
			if j, ok := index[n]; ok && j != i {
				nestedBy[j] = append(nestedBy[j], i)
			}
		}
	}
	skip := make([]bool, len(templates))
	for j := range templates {
		for _, i := range nestedBy[j] {
			if !reachesBack(i, j, nestedBy) {
				skip[j] = true
			}
		}
	}
	return skip
}

// reachesBack reports whether template from is itself nested, directly or
// not, by template to (a cycle through both).
func reachesBack(from, to int, nestedBy [][]int) bool {
	seen := map[int]bool{}
	stack := []int{from}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, p := range nestedBy[n] {
			if p == to {
				return true
			}
			if !seen[p] {
				seen[p] = true
				stack = append(stack, p)
			}
		}
	}
	return false
}

// readTemplate reads a nested template, bounded like any template.
func readTemplate(fsys fs.FS, name string) ([]byte, error) {
	data, err := parser.ReadLimited(fsys, name, maxTemplateSize)
	if errors.Is(err, parser.ErrTooLarge) {
		return nil, fmt.Errorf("larger than %d MiB", maxTemplateSize>>20)
	}
	return data, err
}

// exclude drops the discovered files and folders the configuration leaves
// out. Module folders a kept configuration calls are still read through it.
func exclude(in parser.Inputs, out func(string) bool) parser.Inputs {
	var dirs []parser.TerraformDir
	for _, d := range in.Terraform {
		if out(d.Dir) {
			continue
		}
		files := d.Files[:0:0]
		for _, f := range d.Files {
			if !out(f) {
				files = append(files, f)
			}
		}
		if len(files) > 0 {
			d.Files = files
			dirs = append(dirs, d)
		}
	}
	in.Terraform = dirs
	in.Templates = slices.DeleteFunc(in.Templates, out)
	in.Plans = slices.DeleteFunc(in.Plans, out)
	return in
}
