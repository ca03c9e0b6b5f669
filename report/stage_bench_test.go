package report

import (
	"context"
	"fmt"
	"io"
	"os"
	"testing"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// stageCopies is how many times BenchmarkReport repeats the examples' result.
const stageCopies = 30

// largeResult scans the repository's examples/ folder once and repeats its
// resources and findings copies times, each copy under its own folder: the
// result of a repository of a few thousand resources, sorted.
func largeResult(b *testing.B, copies int) (*rules.Result, *mappings.KB) {
	b.Helper()
	kb, err := mappings.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	ex, err := scan.Run(context.Background(), os.DirFS("../examples"), []string{"."}, rules.New(kb), scan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if len(ex.Resources) == 0 || len(ex.Findings) == 0 {
		b.Fatalf("examples/ scanned to %d resources, %d findings", len(ex.Resources), len(ex.Findings))
	}
	res := &rules.Result{}
	for c := range copies {
		dir := fmt.Sprintf("copy%02d/", c)
		move := func(r parser.Range) parser.Range { r.File = dir + r.File; return r }
		root := func(s string) string {
			if s == "" {
				return ""
			}
			return dir + s
		}
		for _, m := range ex.Resources {
			m.Resource.Range = move(m.Resource.Range)
			m.Resource.TypeRange = move(m.Resource.TypeRange)
			m.Resource.Root = root(m.Resource.Root)
			res.Resources = append(res.Resources, m)
		}
		for _, f := range ex.Findings {
			f.Range = move(f.Range)
			f.Root = root(f.Root)
			res.Findings = append(res.Findings, f)
		}
	}
	res.Sort()
	return res, kb
}

// countingWriter discards what it is given and counts the bytes.
type countingWriter struct{ n int64 }

func (w *countingWriter) Write(p []byte) (int, error) {
	w.n += int64(len(p))
	return io.Discard.Write(p)
}

// BenchmarkReport measures the report stage alone: each format rendering
// the same result of a few thousand resources to a writer that discards it.
func BenchmarkReport(b *testing.B) {
	res, kb := largeResult(b, stageCopies)
	// As the CLI passes them, with a shorter rule description (cmd/a2z
	// ruleInfo).
	opts := Options{
		Version: "bench", FailOn: parser.SeverityError, ScanDate: "2026-01-01", Sources: []string{"."},
		Rules: func(id string) (RuleInfo, bool) {
			if desc, ok := rules.EngineRules[id]; ok {
				return RuleInfo{Description: desc, Tags: []string{"a2z-engine"}}, true
			}
			if m, c := kb.Rule(id); c != nil {
				return RuleInfo{Description: c.Message, Link: c.Link, Severity: c.Severity, Tags: []string{m.ID}}, true
			}
			return RuleInfo{}, false
		},
	}
	for _, format := range Formats() {
		b.Run(format, func(b *testing.B) {
			rep, err := New(format, opts)
			if err != nil {
				b.Fatal(err)
			}
			b.ReportAllocs()
			var w countingWriter
			for b.Loop() {
				w.n = 0
				if err := rep.Report(&w, res); err != nil {
					b.Fatal(err)
				}
			}
			if w.n == 0 {
				b.Fatal("the report is empty")
			}
			b.ReportMetric(float64(len(res.Resources)), "resources/op")
			b.ReportMetric(float64(w.n), "bytes/report")
		})
	}
}
