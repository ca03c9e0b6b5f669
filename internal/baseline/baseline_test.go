package baseline

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

func scanFiles(t *testing.T, files map[string]string) *rules.Result {
	t.Helper()
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	res, err := scan.Run(context.Background(), fsys, []string{"."}, rules.New(kb), scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// shown lists the findings that are not suppressed, as "address rule".
func shown(res *rules.Result) []string {
	var out []string
	for _, f := range res.Findings {
		if f.Suppressed == nil {
			out = append(out, f.Address+" "+f.Rule)
		} else if f.Suppressed.Kind != KindBaseline {
			panic("unexpected suppression kind " + f.Suppressed.Kind)
		}
	}
	return out
}

func diags(res *rules.Result) []string {
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, fmt.Sprintf("%s:%d %s %s", d.Range.File, d.Range.Start.Line, d.Severity, d.Message()))
	}
	return out
}

const before = `resource "aws_sqs_queue" "a" {
  fifo_queue = true
}

resource "aws_sqs_queue" "b" {
  fifo_queue                = true
  message_retention_seconds = 60
}
`

// after moves the resources around, drops b's retention and adds c.
const after = `# Queues, reordered.

resource "aws_sqs_queue" "c" {
  fifo_queue = true
}

resource "aws_sqs_queue" "b" {
  fifo_queue = true
}


resource "aws_sqs_queue" "a" {
  fifo_queue = true
}
`

const template = `Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties: {FifoQueue: true}
`

const wantFile = `{
  "version": 1,
  "findings": [
    {"file": "main.tf", "root": ".", "address": "aws_sqs_queue.a", "rule": "aws-sqs-queue/fifo-sessions", "count": 1},
    {"file": "main.tf", "root": ".", "address": "aws_sqs_queue.b", "rule": "aws-sqs-queue/fifo-sessions", "count": 1},
    {"file": "main.tf", "root": ".", "address": "aws_sqs_queue.b", "rule": "aws-sqs-queue/retention", "count": 1},
    {"file": "t.yaml", "address": "Q", "rule": "aws-sqs-queue/fifo-sessions", "count": 1}
  ]
}
`

func TestWriteEditApply(t *testing.T) {
	b := FromResult(scanFiles(t, map[string]string{"main.tf": before, "t.yaml": template}), nil)
	name := filepath.Join(t.TempDir(), "sub", ".a2z-baseline.json")
	if err := Write(name, b); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(wantFile, string(data)); diff != "" {
		t.Fatalf("baseline file (-want +got):\n%s", diff)
	}
	read, err := Read(name)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b.Findings, read.Findings, cmp.Comparer(func(a, b Entry) bool { return a.key() == b.key() && a.Count == b.Count })); diff != "" {
		t.Errorf("read back (-written +read):\n%s", diff)
	}
	if again := read.Marshal(); string(again) != wantFile {
		t.Errorf("Marshal after Read is not the same bytes:\n%s", again)
	}

	// The same files: nothing new, nothing stale.
	res := scanFiles(t, map[string]string{"main.tf": before, "t.yaml": template})
	read.Apply(res, Options{Name: "b.json"})
	if len(shown(res)) != 0 || len(res.Diagnostics) != 0 {
		t.Errorf("unchanged files: shown %q, diagnostics %q", shown(res), diags(res))
	}

	// Lines moved, one finding gone, one new.
	res = scanFiles(t, map[string]string{"main.tf": after, "t.yaml": template})
	read.Apply(res, Options{Name: "b.json"})
	if diff := cmp.Diff([]string{"aws_sqs_queue.c aws-sqs-queue/fifo-sessions"}, shown(res)); diff != "" {
		t.Errorf("shown findings (-want +got):\n%s", diff)
	}
	want := []string{"b.json:6 info baseline entry aws-sqs-queue/retention aws_sqs_queue.b in main.tf (root .) matches no finding any more: remove it, or rewrite the baseline with --baseline-write"}
	if diff := cmp.Diff(want, diags(res)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}

	// Scanning only the template: main.tf's entries are out of scope.
	res = scanFiles(t, map[string]string{"main.tf": after, "t.yaml": template})
	read.Apply(res, Options{Name: "b.json", Paths: []string{"t.yaml"}})
	if len(res.Diagnostics) != 0 {
		t.Errorf("out-of-scope entries reported: %q", diags(res))
	}
}

func finding(rule string) rules.Finding {
	return rules.Finding{Rule: rule, Severity: parser.SeverityWarning, Address: "A", Range: parser.Range{File: "t.yaml", Start: parser.Pos{Line: 2}}}
}

func TestCounts(t *testing.T) {
	res := &rules.Result{Findings: []rules.Finding{finding("x/dup"), finding("x/dup"), finding("x/other")}}
	b := FromResult(res, nil)
	if got := b.Findings[0]; got.Rule != "x/dup" || got.Count != 2 {
		t.Fatalf("first entry = %+v, want x/dup with count 2", got)
	}
	b, err := Parse(b.Marshal())
	if err != nil {
		t.Fatal(err)
	}
	res = &rules.Result{Findings: []rules.Finding{finding("x/dup"), finding("x/other")}}
	b.Apply(res, Options{Name: "b.json"})
	want := []string{"b.json:4 info baseline entry x/dup A in t.yaml records 2 findings but only 1 match now: lower its count, or rewrite the baseline with --baseline-write"}
	if diff := cmp.Diff(want, diags(res)); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	// One more than recorded: the third is new.
	res = &rules.Result{Findings: []rules.Finding{finding("x/dup"), finding("x/dup"), finding("x/dup")}}
	b.Apply(res, Options{Name: "b.json"})
	if got := shown(res); len(got) != 1 {
		t.Errorf("shown = %q, want one x/dup", got)
	}
}

func TestNotIgnorable(t *testing.T) {
	ignorable := func(rule string) bool { return rule != "x/blocker" }
	res := &rules.Result{Findings: []rules.Finding{finding("x/blocker"), finding("x/other")}}
	if b := FromResult(res, ignorable); len(b.Findings) != 1 || b.Findings[0].Rule != "x/other" {
		t.Errorf("FromResult recorded %+v, want x/other only", b.Findings)
	}
	b, err := Parse([]byte(`{"version": 1, "findings": [
  {"file": "t.yaml", "address": "A", "rule": "x/blocker", "count": 1}
]}`))
	if err != nil {
		t.Fatal(err)
	}
	b.Apply(res, Options{Name: "b.json", Ignorable: ignorable})
	if got := shown(res); len(got) != 2 {
		t.Errorf("shown = %q, want both", got)
	}
	if d := diags(res); len(d) != 1 || !strings.Contains(d[0], "b.json:2 info baseline entry x/blocker A in t.yaml names a rule that may not be ignored") {
		t.Errorf("diagnostics = %q", d)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ data, want string }{
		{`{"findings": []}`, `no "version" field`},
		{`{"version": 2, "findings": []}`, "version 2 is not supported"},
		{`[]`, `expected "{"`},
		{"{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\": \"a\", \"address\": \"b\"}\n  ]\n}", "line 4: an entry needs file, address and rule"},
		{"{\n  \"version\": 1,\n  \"findings\": [\n    {\"file\": \"a\",,}\n  ]\n}", "line 4:"},
		{`{"version": 1, "findings": [`, "unexpected EOF"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.data))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tt.data, err, tt.want)
		}
	}
	// Unknown fields are skipped; an empty baseline is valid.
	b, err := Parse([]byte(`{"version": 1, "tool": "later", "findings": [{"file": "a", "address": "b", "rule": "c", "note": "x"}]}`))
	if err != nil || len(b.Findings) != 1 || b.Findings[0].Count != 1 {
		t.Errorf("Parse with unknown fields = %+v, %v", b, err)
	}
	if got := string((&Baseline{Version: Version}).Marshal()); got != "{\n  \"version\": 1,\n  \"findings\": []\n}\n" {
		t.Errorf("empty baseline = %q", got)
	}
}
