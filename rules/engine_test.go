package rules_test

import (
	"bufio"
	"context"
	"os"
	"path"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// expectation is what a fixture says about one resource, in comments between
// its first line and the next resource's: "mapping: <id|-> <status>", one
// "want: <rule>" per finding and one "translate: <name> <from> <to|->" per
// translated setting.
type expectation struct {
	Mapping    string
	Status     rules.Status
	Rules      []string
	Translated []string // "name from to", from "translate: name from to"
}

// TestEngineFixtures scans testdata/engine with the real parsers and the
// built-in knowledge base, and checks every resource against the
// expectations written in the fixtures.
func TestEngineFixtures(t *testing.T) {
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	const dir = "testdata/engine"
	res, err := scan.Run(context.Background(), os.DirFS(dir), []string{"."}, rules.New(kb), scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range res.Diagnostics {
		// Info diagnostics are notes (a remote nested template not read).
		if d.Severity != parser.SeverityInfo {
			t.Errorf("unexpected diagnostic %s: %s", d.Range, d.Message())
		}
	}

	got := map[string]expectation{}
	for _, m := range res.Resources {
		id := m.MappingID
		if id == "" {
			id = "-"
		}
		e := expectation{Mapping: id, Status: m.Status}
		for _, tr := range m.Translations {
			to := tr.To
			if to == "" {
				to = "-"
			}
			e.Translated = append(e.Translated, tr.Name+" "+tr.From+" "+to)
		}
		got[m.Resource.Address+"@"+m.Resource.Range.File] = e
	}
	for _, f := range res.Findings {
		k := f.Address + "@" + f.Range.File
		e := got[k]
		e.Rules = append(e.Rules, f.Rule)
		got[k] = e
	}

	want := map[string]expectation{}
	byFile := map[string][]rules.Mapped{}
	for _, m := range res.Resources {
		byFile[m.Resource.Range.File] = append(byFile[m.Resource.Range.File], m)
	}
	for file, ms := range byFile {
		lines := readLines(t, path.Join(dir, file))
		for i, m := range ms {
			from, to := m.Resource.Range.Start.Line, len(lines)+1
			if i+1 < len(ms) {
				to = ms[i+1].Resource.Range.Start.Line
			}
			e := parseExpectations(lines[from-1 : to-1])
			if e.Mapping == "" {
				t.Errorf("%s: %s has no \"mapping:\" expectation", m.Resource.Range, m.Resource.Address)
			}
			want[m.Resource.Address+"@"+file] = e
		}
	}
	if len(want) < 30 {
		t.Fatalf("only %d resources found in the fixtures; the parsers lost some", len(want))
	}
	sortRules := func(e expectation) expectation { slices.Sort(e.Rules); return e }
	for k := range want {
		want[k], got[k] = sortRules(want[k]), sortRules(got[k])
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("engine results differ from the fixtures' expectations (-want +got):\n%s", diff)
	}
}

func readLines(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		lines = append(lines, s.Text())
	}
	return lines
}

func parseExpectations(lines []string) expectation {
	var e expectation
	for _, l := range lines {
		l = strings.TrimSpace(l)
		l = strings.TrimSpace(strings.TrimLeft(l, "#/"))
		switch {
		case strings.HasPrefix(l, "mapping:"):
			f := strings.Fields(strings.TrimPrefix(l, "mapping:"))
			if len(f) == 2 {
				e.Mapping, e.Status = f[0], rules.Status(f[1])
			}
		case strings.HasPrefix(l, "want:"):
			e.Rules = append(e.Rules, strings.TrimSpace(strings.TrimPrefix(l, "want:")))
		case strings.HasPrefix(l, "translate:"):
			e.Translated = append(e.Translated, strings.Join(strings.Fields(strings.TrimPrefix(l, "translate:")), " "))
		}
	}
	return e
}

// A caveat whose condition cannot be decided is reported, marked as possible.
func TestUndecidedCaveatSaysSo(t *testing.T) {
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r := parser.Resource{Source: parser.SourceTerraform, Kind: parser.KindResource, Type: "aws_sqs_queue", Address: "aws_sqs_queue.q"}
	for _, tc := range []struct {
		name  string
		fifo  string // "true", "false" or "" for unknown
		want  []string
		maybe bool
	}{
		{name: "known true", fifo: "true", want: []string{"aws-sqs-queue/fifo-sessions"}},
		{name: "known false", fifo: "false"},
		{name: "unknown", want: []string{"aws-sqs-queue/fifo-sessions"}, maybe: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r.Attrs = attrsFifo(tc.fifo)
			m, fs := rules.New(kb).Map(&r)
			if m.Status != rules.StatusDirect || m.MappingID != "aws-sqs-queue" {
				t.Errorf("mapping = %s %s", m.MappingID, m.Status)
			}
			var got []string
			for _, f := range fs {
				got = append(got, f.Rule)
				if tc.maybe != strings.Contains(f.Message, "may apply") {
					t.Errorf("message %q: may-apply marker should be %v", f.Message, tc.maybe)
				}
				if f.Address != r.Address {
					t.Errorf("finding address = %q", f.Address)
				}
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("rules (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLocationFromRegion(t *testing.T) {
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		region, location string
		rules            []string
	}{
		{region: "eu-west-1", location: "northeurope"},
		{region: "us-east-2", location: "eastus2"},
		{region: "cn-north-1", rules: []string{rules.RuleNoLocation}},
		{region: ""},
		{region: "xx-nowhere-1"},
	} {
		r := parser.Resource{Source: parser.SourceTerraform, Kind: parser.KindResource, Type: "aws_s3_bucket", Address: "aws_s3_bucket.b", Region: tc.region}
		m, fs := rules.New(kb).Map(&r)
		if m.Location != tc.location {
			t.Errorf("%q: location = %q, want %q", tc.region, m.Location, tc.location)
		}
		var got []string
		for _, f := range fs {
			if strings.HasPrefix(f.Rule, "a2z/") {
				got = append(got, f.Rule)
			}
		}
		if diff := cmp.Diff(tc.rules, got); diff != "" {
			t.Errorf("%q: a2z rules (-want +got):\n%s", tc.region, diff)
		}
	}
}
