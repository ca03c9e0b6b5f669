package mappings

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite data/index.tsv from the data files")

// TestBuiltinIndex keeps data/index.tsv equal to what the data files say.
func TestBuiltinIndex(t *testing.T) {
	want, err := builtin(t).indexOf(builtinDir)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("data", indexFile)
	if *update {
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is stale: run go test ./mappings -run TestBuiltinIndex -update", path)
	}
}

// TestLazyAgreesWithFull looks up every type and ID of the full knowledge
// base in the lazy one, from several goroutines, and compares the entries.
func TestLazyAgreesWithFull(t *testing.T) {
	full := builtin(t)
	lazy, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if lazy.lazy == nil {
		t.Fatal("Builtin is not lazy")
	}
	type probe struct {
		what string
		want *Mapping
		get  func() *Mapping
	}
	var probes []probe
	for typ, m := range full.resources {
		probes = append(probes, probe{"resource " + typ, m, func() *Mapping { return lazy.Resource(typ) }})
	}
	for typ, m := range full.dataSource {
		probes = append(probes, probe{"data " + typ, m, func() *Mapping { return lazy.Data(typ) }})
	}
	for typ, m := range full.cfn {
		probes = append(probes, probe{"cfn " + typ, m, func() *Mapping { return lazy.CloudFormation(typ) }})
	}
	for id, m := range full.byID {
		probes = append(probes, probe{"id " + id, m, func() *Mapping { return lazy.Mapping(id) }})
	}
	probes = append(probes,
		probe{"unknown resource", nil, func() *Mapping { return lazy.Resource("aws_no_such_thing") }},
		probe{"unknown cfn", nil, func() *Mapping { return lazy.CloudFormation("AWS::No::Such") }},
		probe{"unknown id", nil, func() *Mapping { return lazy.Mapping("no-such-id") }},
	)
	if len(probes) < 4000 {
		t.Fatalf("only %d probes", len(probes))
	}

	var wg sync.WaitGroup
	var mu sync.Mutex
	for w := range 4 {
		wg.Go(func() {
			for i := w; i < len(probes); i += 4 {
				p := probes[i]
				got := p.get()
				ok := (got == nil) == (p.want == nil)
				if ok && got != nil {
					ok = got.ID == p.want.ID && got.DeclRange == p.want.DeclRange &&
						got.Default.Service == p.want.Default.Service && len(got.Caveats) == len(p.want.Caveats) &&
						len(got.Targets) == len(p.want.Targets)
				}
				if !ok {
					mu.Lock()
					t.Errorf("%s: lazy %v, full %v", p.what, describe(got), describe(p.want))
					mu.Unlock()
				}
			}
		})
	}
	wg.Wait()

	if n := len(lazy.All()); n != len(full.all) {
		t.Errorf("lazy All has %d entries, full %d", n, len(full.all))
	}
	if m, c := lazy.Rule("aws-sqs-queue/fifo-sessions"); m == nil || c == nil {
		t.Error("Rule aws-sqs-queue/fifo-sessions not found lazily")
	}
}

func describe(m *Mapping) string {
	if m == nil {
		return "none"
	}
	return m.ID + " at " + m.DeclRange.String()
}
