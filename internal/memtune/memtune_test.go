package memtune

import (
	"runtime/debug"
	"testing"
)

func TestApply(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))

	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "")
	// The huge-page block has its own test (TestHugePagesAdvisesABlock).
	t.Setenv("GODEBUG", "disablethp=1")
	debug.SetGCPercent(100)
	Apply()
	if got := debug.SetGCPercent(100); got != Percent {
		t.Errorf("GOGC unset: GC percent %d, want %d", got, Percent)
	}
	if got := debug.SetMemoryLimit(-1); got != MemoryLimit {
		t.Errorf("GOMEMLIMIT unset: memory limit %d, want %d", got, MemoryLimit)
	}

	// A user's settings win: Apply leaves them alone.
	t.Setenv("GOGC", "50")
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetGCPercent(50)
	debug.SetMemoryLimit(1 << 30)
	Apply()
	if got := debug.SetGCPercent(100); got != 50 {
		t.Errorf("GOGC=50: GC percent %d, want 50", got)
	}
	if got := debug.SetMemoryLimit(-1); got != 1<<30 {
		t.Errorf("GOMEMLIMIT=1GiB: memory limit %d, want %d", got, 1<<30)
	}
}
