package rules_test

import (
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// stageCopies is how many times BenchmarkMap repeats the parsed examples.
const stageCopies = 20

// parsedExamples parses the repository's examples/ folder (Terraform and
// CloudFormation, a mix of types and conditional targets) once and repeats
// its resources copies times, each copy under its own folder, so the result
// sorts like one of a larger repository.
func parsedExamples(b *testing.B, copies int) parser.Parsed {
	b.Helper()
	p, err := scan.Parse(context.Background(), os.DirFS("../examples"), []string{"."}, scan.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if len(p.Resources) == 0 {
		b.Fatal("examples/ parsed to no resources")
	}
	out := parser.Parsed{Resources: make([]parser.Resource, 0, copies*len(p.Resources))}
	for c := range copies {
		dir := fmt.Sprintf("copy%02d/", c)
		for _, r := range p.Resources {
			r.Range.File = dir + r.Range.File
			r.TypeRange.File = dir + r.TypeRange.File
			if r.Root != "" {
				r.Root = dir + r.Root
			}
			out.Resources = append(out.Resources, r)
		}
	}
	return out
}

// BenchmarkMap measures the mapping stage alone: the rules engine choosing
// the Azure target and findings of already-parsed resources (knowledge-base
// lookup, conditions and translations evaluated per resource) and sorting
// the result.
func BenchmarkMap(b *testing.B) {
	kb, err := mappings.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	engine := rules.New(kb)
	parsed := parsedExamples(b, stageCopies)
	ctx := context.Background()
	b.ReportAllocs()
	var res *rules.Result
	for b.Loop() {
		if res, err = engine.Run(ctx, parsed); err != nil {
			b.Fatal(err)
		}
	}
	n := len(res.Resources)
	if n != len(parsed.Resources) || len(res.Findings) == 0 {
		b.Fatalf("mapped %d of %d resources with %d findings", n, len(parsed.Resources), len(res.Findings))
	}
	known := 0
	for _, m := range res.Resources {
		if m.Status != rules.StatusUnknown {
			known++
		}
	}
	if known == 0 {
		b.Fatal("no resource mapped to a known target")
	}
	b.ReportMetric(float64(n), "resources/op")
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(n), "ns/resource")
}
