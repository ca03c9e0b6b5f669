package main

import (
	"os"
	"runtime/debug"
)

// Garbage collection settings for a scan, unless the user set GOGC or
// GOMEMLIMIT. A scan allocates far more than it keeps (parse trees, values
// evaluated and dropped). Collecting when the heap has tripled rather than
// doubled saved about a tenth of the wall time on the 100,000-resource
// benchmark tree; the soft limit makes collection work harder as the
// process nears it, which keeps that tree's peak under 1 GiB (GOGC=400
// without a limit peaked at 2.7 GiB). See the README's figures.
const (
	gcPercent   = 200
	memoryLimit = 768 << 20
)

func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
}

// readCacheBudget bounds the file contents kept between reads during a scan
// (parser.ReadCache). A tree of 100,000 resources holds about 17 MiB of
// configuration; beyond the budget files are read again instead.
const readCacheBudget = 64 << 20
