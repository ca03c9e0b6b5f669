package mappings

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
					ok = describeFully(got) == describeFully(p.want)
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

// describeFully is what an entry says, positions and condition texts
// included, for comparing entries read different ways.
func describeFully(m *Mapping) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %v %v %v %v %s|%v|%+v|%s\n", m.ID, m.Data, m.Terraform, m.CloudFormation, m.AWSCC, m.Differs, m.DeclRange, targetText(m.Default), m.Default.WhenText)
	for _, t := range m.Targets {
		fmt.Fprintf(&b, "target %+v %s %v\n", targetText(t), t.WhenText, t.When.Range())
	}
	for _, c := range m.Caveats {
		fmt.Fprintf(&b, "caveat %s %s %s %s %s\n", c.ID, c.Severity, c.Message, c.WhenText, c.Link)
		if c.When != nil {
			fmt.Fprintf(&b, " %v\n", c.When.Range())
		}
	}
	for _, t := range m.Translations {
		fmt.Fprintf(&b, "translate %s %s %s %v\n", t.Name, t.ValueText, t.Table, t.DeclRange)
	}
	return b.String()
}

func targetText(t Target) string {
	return fmt.Sprint(t.Name, t.Service, t.Status, t.Azurerm, t.ARM, t.Requires, t.Link, t.Note)
}

// TestLazyReadsEntriesAlone checks that the lazy knowledge base answers
// lookups from the entry's own block, without parsing the rest of its file,
// for every key but those of files with shared caveats and the derived
// awscc_ types (which fall back to the whole file).
func TestLazyReadsEntriesAlone(t *testing.T) {
	kb, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	l := kb.lazy
	alone, whole := 0, 0
	for key, e := range l.index {
		chunks, src := l.chunks(e.file)
		c := chunks[e.id]
		if c == nil {
			whole++
			continue
		}
		if l.readEntry(e.file, src, c).lookupKey(key) == nil {
			if strings.HasPrefix(key, "resource:awscc_") {
				whole++
				continue
			}
			t.Errorf("%s: not answered by the block of %s in %s", key, e.id, e.file)
			continue
		}
		alone++
	}
	if alone < 7000 {
		t.Errorf("only %d keys answered by their own block (%d by the whole file)", alone, whole)
	}
}
