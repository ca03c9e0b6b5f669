// Package memtune sets up the memory of an a2z process: the garbage
// collector's pacing and, on Linux, transparent huge pages for the heap.
// It is a package of its own so that the benchmark harness can give its
// parse floor the same settings as the scan it is compared with: with Go's
// defaults the floor's tiny live heap makes it collect every few megabytes,
// and it measured up to twice its fair time on two cores.
package memtune

import (
	"os"
	"runtime/debug"
	"sync"
)

// A scan allocates far more than it keeps (parse trees, values evaluated
// and dropped). Collecting when the heap has tripled rather than doubled
// saved about a tenth of the wall time on the 100,000-resource benchmark
// tree; the soft limit makes collection work harder as the process nears
// it, which keeps that tree's peak under 1 GiB (GOGC=400 without a limit
// peaked at 2.7 GiB, and with the limit it was slower: the larger heap
// costs more in page faults than the collections it saves). See the
// README's figures.
const (
	Percent     = 200
	MemoryLimit = 768 << 20
)

// Apply sets Percent and MemoryLimit, unless the user set GOGC or
// GOMEMLIMIT, then prepares the heap for huge pages where that helps
// (hugePages). Call it first thing in main: the huge-page block is only
// free to map while the heap is young, and only the first call maps it (a
// block allocated again would reuse freed memory, which the runtime clears
// page by page).
func Apply() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(Percent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(MemoryLimit)
	}
	hugeOnce.Do(func() { hugePages(min(debug.SetMemoryLimit(-1), MemoryLimit)) })
}

var hugeOnce sync.Once
