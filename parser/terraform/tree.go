package terraform

import (
	"context"
	"io/fs"
	"runtime"
	"slices"
	"sync"

	"github.com/a2z/a2z/parser"
)

// ParseTree parses and evaluates every Terraform folder of a scan together,
// the way Terraform sees them. A folder that another scanned folder calls as
// a local module is not a configuration of its own: its resources are
// reported through each caller, with the caller's address
// (module.vpc.aws_subnet.this["a"]), and not a second time alone. Every
// other folder is a root, evaluated with its own tfvars and in. Folders are
// parsed once, in parallel, whatever the number of callers.
//
// When some folders were named through explicit files (TerraformDir.Only,
// the pre-commit case), a resource is kept when its block, or a module call
// on the way to it, is in one of those files.
func ParseTree(ctx context.Context, fsys fs.FS, dirs []parser.TerraformDir, in Inputs) parser.Parsed {
	l := NewLoader(fsys)
	srcs := make([]*source, len(dirs))
	parallel(len(dirs), func(i int) {
		srcs[i] = l.load(ctx, dirs[i].Dir, dirs[i].Files)
	})

	roots := treeRoots(dirs, srcs)
	results := make([]parser.Parsed, len(roots))
	used := make([][]*source, len(roots))
	parallel(len(roots), func(i int) {
		results[i], used[i] = l.evalRoot(ctx, srcs[roots[i]], in)
	})

	var only map[string]bool
	for _, d := range dirs {
		for f := range d.Only {
			if only == nil {
				only = map[string]bool{}
			}
			only[f] = true
		}
	}
	out := parser.Parsed{}
	var all []*source
	all = append(all, srcs...)
	for i, root := range roots {
		all = append(all, used[i]...)
		if dirs[root].Only == nil {
			// A folder scanned as a whole keeps everything.
			out.Append(results[i])
			continue
		}
		out.Append(filterOnly(results[i], only))
	}
	loadDiags := filterOnly(parser.Parsed{Diagnostics: sortDiags(sourceDiags(all))}, only).Diagnostics
	out.Diagnostics = append(loadDiags, out.Diagnostics...)
	return out
}

// treeRoots returns the indexes of the folders no other scanned folder calls,
// in discovery order. Folders that are only called from within a cycle of
// calls would never be reached: they are roots too.
func treeRoots(dirs []parser.TerraformDir, srcs []*source) []int {
	index := map[string]int{}
	for i, d := range dirs {
		index[d.Dir] = i
	}
	called := make([]bool, len(dirs))
	for i, s := range srcs {
		for _, c := range s.localCalls() {
			if j, ok := index[c]; ok && j != i {
				called[j] = true
			}
		}
	}
	var roots []int
	reached := make([]bool, len(dirs))
	var reach func(i int)
	reach = func(i int) {
		if reached[i] {
			return
		}
		reached[i] = true
		for _, c := range srcs[i].localCalls() {
			if j, ok := index[c]; ok {
				reach(j)
			}
		}
	}
	for i := range dirs {
		if !called[i] {
			roots = append(roots, i)
			reach(i)
		}
	}
	for i := range dirs {
		if !reached[i] {
			roots = append(roots, i)
			reach(i)
		}
	}
	slices.Sort(roots)
	return roots
}

// filterOnly keeps what the explicitly named files declare or call.
func filterOnly(p parser.Parsed, only map[string]bool) parser.Parsed {
	if only == nil {
		return p
	}
	kept := parser.Parsed{}
	for _, r := range p.Resources {
		keep := only[r.Range.File]
		for _, c := range r.Calls {
			keep = keep || only[c.File]
		}
		if keep {
			kept.Resources = append(kept.Resources, r)
		}
	}
	for _, m := range p.Modules {
		if only[m.Range.File] {
			kept.Modules = append(kept.Modules, m)
		}
	}
	for _, d := range p.Diagnostics {
		if only[d.Range.File] || d.Range.File == "" {
			kept.Diagnostics = append(kept.Diagnostics, d)
		}
	}
	return kept
}

// parallel runs f(0..n-1) on all CPUs.
func parallel(n int, f func(i int)) {
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
