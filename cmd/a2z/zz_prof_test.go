package main

import (
	"context"
	"io"
	"os"
	"runtime/pprof"
	"testing"
)

func TestZZProf(t *testing.T) {
	dir := os.Getenv("PROF_DIR")
	if dir == "" {
		t.Skip()
	}
	tuneGC()
	f, _ := os.Create("/tmp/cpu.prof")
	pprof.StartCPUProfile(f)
	code := run(context.Background(), []string{"scan", "--format", os.Getenv("PROF_FORMAT"), "-o", "/tmp/prof-out", dir}, io.Discard, os.Stderr)
	pprof.StopCPUProfile()
	f.Close()
	t.Log("code", code)
}
