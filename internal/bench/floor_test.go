//go:build unix

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/a2z/a2z/internal/benchgen"
)

// TestMain lets floorOnce start this test binary as its child, as it starts
// the bench program.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == floorCommand {
		if err := floorChild(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// TestFloorChild runs the parse floor in a child process, as the harness
// does, on a generated tree, and on one with a file that does not parse.
func TestFloorChild(t *testing.T) {
	dir := t.TempDir()
	if _, err := benchgen.Generate(dir, 1, 5); err != nil {
		t.Fatal(err)
	}
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	for _, workers := range []int{1, 2} {
		wall, cpu, err := floorOnce(self, dir, workers)
		if err != nil {
			t.Fatal(err)
		}
		if wall <= 0 || cpu <= 0 {
			t.Errorf("%d workers: wall %v, CPU %v; want both positive", workers, wall, cpu)
		}
	}

	broken := filepath.Join(dir, "tf", "broken.tf")
	if err := os.WriteFile(broken, []byte("resource \"aws_s3_bucket\" {\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = floorOnce(self, dir, 2)
	if err == nil || !strings.Contains(err.Error(), "broken.tf") {
		t.Errorf("floor of a tree with a broken file: error %v, want one naming broken.tf", err)
	}
}
