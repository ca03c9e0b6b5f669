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
