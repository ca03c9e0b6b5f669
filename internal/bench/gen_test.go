//go:build unix

package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/rules"

	"github.com/a2z/a2z/internal/benchgen"
)

// TestGeneratedTreeScans keeps the generator honest: a small tree must scan
// without diagnostics and report exactly the resources the generator counted.
func TestGeneratedTreeScans(t *testing.T) {
	dir := t.TempDir()
	want, err := benchgen.Generate(dir, 1, 7)
	if err != nil {
		t.Fatal(err)
	}
	if want.TFFiles == 0 || want.Templates == 0 {
		t.Fatalf("generator wrote %+v", want)
	}
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	res, err := scan.Run(context.Background(), os.DirFS(dir), []string{"."}, rules.New(kb), scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		t.Errorf("diagnostic: %+v", d)
	}
	if got := len(res.Resources); got != want.Resources {
		t.Errorf("scan reported %d resources, generator counted %d", got, want.Resources)
	}
}

// TestGenerateDeterministic checks that a seed always gives the same tree.
func TestGenerateDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	ta, err := benchgen.Generate(a, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	tb, err := benchgen.Generate(b, 1, 3)
	if err != nil {
		t.Fatal(err)
	}
	if ta != tb {
		t.Fatalf("trees differ: %+v vs %+v", ta, tb)
	}
	for _, rel := range []string{"tf/team00/stack0000/main.tf", "cfn/app00/stack0000.yaml", "sam/svc0000/template.yaml"} {
		x, err := os.ReadFile(filepath.Join(a, rel))
		if err != nil {
			t.Fatal(err)
		}
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil {
			t.Fatal(err)
		}
		if string(x) != string(y) {
			t.Errorf("%s differs between runs", rel)
		}
	}
}

// BenchmarkScanGenerated runs the in-process scan pipeline on a 2× generated
// tree; use it for profiles (go test -bench . -cpuprofile cpu.out).
func BenchmarkScanGenerated(b *testing.B) {
	dir := b.TempDir()
	if _, err := benchgen.Generate(dir, 2, 1); err != nil {
		b.Fatal(err)
	}
	kb, err := mappings.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	engine := rules.New(kb)
	fsys := os.DirFS(dir)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := scan.Run(context.Background(), fsys, []string{"."}, engine, scan.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
