package terraform

import (
	"context"
	"io/fs"
	"maps"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"

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
	var mu sync.Mutex
	results := map[int]parser.Parsed{}
	out := ParseTreeEach(ctx, fsys, dirs, in, func(root int, p parser.Parsed) {
		mu.Lock()
		results[root] = p
		mu.Unlock()
	})
	// Sized first: appending root by root regrows a slice of large
	// structs again and again (a tenth of BenchmarkEvaluate).
	n := len(out.Resources)
	for _, p := range results {
		n += len(p.Resources)
	}
	out.Resources = slices.Grow(out.Resources, n-len(out.Resources))
	for _, root := range slices.Sorted(maps.Keys(results)) {
		out.Append(results[root])
	}
	return out
}

// ParseTreeEach is ParseTree for callers that consume each root's result as
// soon as it is evaluated (mapping it, then dropping its attribute values),
// so a monorepo's resources are never all held at once. each is called once
// per root, with the root's index among dirs, from several goroutines at a
// time. The result holds what belongs to no root: load diagnostics.
func ParseTreeEach(ctx context.Context, fsys fs.FS, dirs []parser.TerraformDir, in Inputs, each func(root int, p parser.Parsed)) parser.Parsed {
	l := NewLoader(fsys)
	// Each folder is read with the files it was discovered with, also when
	// a caller loads it as a module, whichever comes first.
	for _, d := range dirs {
		l.filesFor(d.Dir, d.Files)
	}
	// Read every folder for its module calls, to find the roots. Loading
	// every folder in full here would parse most of them twice in a large
	// tree: the loader's cache has long dropped them when their root is
	// evaluated. So only the first folders, while their source fits in the
	// cache, are loaded in full; they stay cached for the evaluation, which
	// in a small tree means every folder is parsed once, as before (scanning
	// those too would parse their files that call modules twice: 15% more
	// time for BenchmarkEvaluate). The other folders are only scanned for
	// the folders they may call (callCandidates), which parses almost
	// nothing: a folder that none may call is certainly a root, and the
	// evaluation of those roots loads, once, the folders they use, which
	// tells their exact calls. Only then are the remaining folders decided.
	index := map[string]int{}
	for i, d := range dirs {
		index[d.Dir] = i
	}
	cands := make([][]string, len(dirs))
	var mu sync.Mutex
	// exact holds the local calls of the folders loaded so far, by folder.
	exact := map[string][]string{}
	// loaded counts the source bytes loaded in full.
	var loaded atomic.Int64
	loadDiags := map[string][]parser.Diagnostic{} // by folder
	parallel(len(dirs), func(i int) {
		dir := dirs[i].Dir
		files := l.filesFor(dir, dirs[i].Files)
		if loaded.Load() >= l.maxCached {
			if files == nil {
				files = configFiles(l.fsys, dir)
			}
			cands[i] = callCandidates(ctx, l.fsys, dir, files)
			return
		}
		src := l.load(ctx, dir, files)
		for _, b := range src.src {
			loaded.Add(int64(len(b)))
		}
		cands[i] = src.localCalls()
		mu.Lock()
		loadDiags[src.dir] = src.diags
		exact[src.dir] = cands[i]
		mu.Unlock()
	})
	// called reports whether folder j is in the calls of another folder
	// (as treeRoots counts them).
	called := func(calls [][]string) []bool {
		out := make([]bool, len(dirs))
		for i, cs := range calls {
			for _, c := range cs {
				if j, ok := index[c]; ok && j != i {
					out[j] = true
				}
			}
		}
		return out
	}

	only := onlyFiles(dirs)
	evaluate := func(roots []int) {
		parallel(len(roots), func(i int) {
			dir := dirs[roots[i]]
			p, used := l.evalRoot(ctx, l.load(ctx, dir.Dir, dir.Files), in)
			// Nothing else calls a root (a call cycle aside, which loads it
			// again): its folder leaves the cache now.
			l.release(dir.Dir)
			mu.Lock()
			for _, src := range used {
				if _, done := loadDiags[src.dir]; !done {
					loadDiags[src.dir] = src.diags
				}
				if _, done := exact[src.dir]; !done {
					exact[src.dir] = src.localCalls()
				}
			}
			mu.Unlock()
			if dir.Only != nil {
				p = filterOnly(p, only)
			}
			each(roots[i], p)
		})
	}
	// The folders no folder may call are roots: evaluated first, in
	// discovery order (the folders loaded first are in the cache).
	maybe := called(cands)
	var certain []int
	for i := range dirs {
		if !maybe[i] {
			certain = append(certain, i)
		}
	}
	evaluate(certain)

	// The other folders are roots when no folder calls them, or only
	// folders in a call cycle, by their exact calls. Those only matter for
	// the folders that may call another; the ones no root used (a module
	// called only with count = 0, a cycle) are loaded for them now.
	var unknown []string
	for i, d := range dirs {
		if _, ok := exact[d.Dir]; ok {
			continue
		}
		for _, c := range cands[i] {
			if j, ok := index[c]; ok && j != i {
				unknown = append(unknown, d.Dir)
				exact[d.Dir] = nil // listed once; set below
				break
			}
		}
	}
	parallel(len(unknown), func(i int) {
		src := l.load(ctx, unknown[i], nil)
		calls := src.localCalls()
		mu.Lock()
		if _, done := loadDiags[src.dir]; !done {
			loadDiags[src.dir] = src.diags
		}
		exact[src.dir] = calls
		mu.Unlock()
	})
	calls := make([][]string, len(dirs))
	for i, d := range dirs {
		// A folder still unknown may call no other folder: nil is the same
		// to treeRoots.
		calls[i] = exact[d.Dir]
	}
	var rest []int
	for _, i := range treeRoots(dirs, calls) {
		if maybe[i] {
			rest = append(rest, i)
		}
	}
	evaluate(rest)

	// Load diagnostics are reported once per folder, whether a root used it
	// or not. Folders that were only scanned and that no root used (a module
	// called only with count = 0, or only from such a module) are loaded now
	// for theirs.
	var unread []string
	for _, d := range dirs {
		if _, done := loadDiags[d.Dir]; !done {
			loadDiags[d.Dir] = nil // listed once
			unread = append(unread, d.Dir)
		}
	}
	parallel(len(unread), func(i int) {
		src := l.load(ctx, unread[i], nil)
		l.release(unread[i])
		mu.Lock()
		loadDiags[src.dir] = src.diags
		mu.Unlock()
	})

	var diags []parser.Diagnostic
	for _, dir := range slices.Sorted(maps.Keys(loadDiags)) {
		diags = append(diags, loadDiags[dir]...)
	}
	return parser.Parsed{Diagnostics: filterOnly(parser.Parsed{Diagnostics: sortDiags(diags)}, only).Diagnostics}
}

// treeRoots returns the indexes of the folders no other scanned folder calls,
// in discovery order. Folders that are only called from within a cycle of
// calls would never be reached: they are roots too.
func treeRoots(dirs []parser.TerraformDir, calls [][]string) []int {
	index := map[string]int{}
	for i, d := range dirs {
		index[d.Dir] = i
	}
	called := make([]bool, len(dirs))
	for i, cs := range calls {
		for _, c := range cs {
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
		for _, c := range calls[i] {
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

// onlyFiles gathers the explicitly named files of all folders (nil when
// none were named).
func onlyFiles(dirs []parser.TerraformDir) map[string]bool {
	var only map[string]bool
	for _, d := range dirs {
		for f := range d.Only {
			if only == nil {
				only = map[string]bool{}
			}
			only[f] = true
		}
	}
	return only
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
