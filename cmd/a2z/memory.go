package main

import (
	"os"
	"runtime/debug"
)

// Garbage collection settings for a scan, unless the user set GOGC or
// GOMEMLIMIT. A scan allocates far more than it keeps (parse trees, values
// evaluated and dropped), so with Go's default (collect when the heap has
// doubled) collection took about a quarter of the CPU. Collecting when the
// heap has grown fourfold, with a soft limit that makes collection work
// harder as the process nears it, spends less time collecting and still
// keeps a monorepo scan's memory bounded (the README's figures).
const (
	gcPercent   = 400
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
