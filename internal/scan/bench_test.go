package scan

import (
	"context"
	"os"
	"testing"

	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/rules"
)

// BenchmarkScanExamples measures the whole pipeline (discover, parse, map) on
// the bundled example application. Measure speed here and with the bench
// tooling, never with timed assertions in tests.
func BenchmarkScanExamples(b *testing.B) {
	kb, err := mappings.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	engine := rules.New(kb)
	fsys := os.DirFS("../..")
	b.ReportAllocs()
	for b.Loop() {
		res, err := Run(context.Background(), fsys, []string{"examples"}, engine, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if len(res.Resources) == 0 {
			b.Fatal("no resources")
		}
	}
}
