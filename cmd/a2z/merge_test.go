package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/report"
	"github.com/a2z/a2z/rules"
)

// queueResult is a one-queue scan result: the same file and address in every
// repository, with a finding and a diagnostic.
func queueResult(message string) *rules.Result {
	at := parser.Range{File: "infra/main.tf", Start: parser.Pos{Line: 1, Column: 1}}
	return &rules.Result{
		Resources: []rules.Mapped{{Resource: parser.Resource{Source: parser.SourceTerraform, Kind: parser.KindResource,
			Type: "aws_sqs_queue", Address: "aws_sqs_queue.jobs", Range: at, Root: "infra"}, Status: rules.StatusDirect}},
		Findings:    []rules.Finding{{Rule: "aws-sqs-queue/x", Severity: parser.SeverityWarning, Message: message, Range: at, Root: "infra", Address: "aws_sqs_queue.jobs"}},
		Diagnostics: []parser.Diagnostic{{Severity: parser.SeverityError, Summary: "broken", Range: parser.Range{File: "infra/broken.tf"}}},
	}
}

func TestMergeOverlapping(t *testing.T) {
	merged, err := mergeResults([]mergeInput{
		{file: "ci/orders-service.json", result: queueResult("orders")},
		{file: "billing.json", result: queueResult("billing")},
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(merged.Resources) != 2 || len(merged.Findings) != 2 || len(merged.Diagnostics) != 2 {
		t.Fatalf("merged: %+v", merged)
	}
	// Sorted by repository, each item keeping its own.
	for i, repo := range []string{"billing", "orders-service"} {
		if merged.Resources[i].Resource.Repository != repo || merged.Findings[i].Repository != repo || merged.Diagnostics[i].Repository != repo {
			t.Errorf("item %d: want repository %s: %+v %+v %+v", i, repo, merged.Resources[i].Resource, merged.Findings[i], merged.Diagnostics[i])
		}
		if want := strings.TrimSuffix(repo, "-service"); merged.Findings[i].Message != want {
			t.Errorf("finding %d is %q, want %q: findings changed repository", i, merged.Findings[i].Message, want)
		}
	}
}

func TestMergeNames(t *testing.T) {
	// --name wins over the file name; a result that names its repositories
	// (one merged before) keeps them.
	premerged, err := mergeResults([]mergeInput{{file: "a.json", result: queueResult("a")}, {file: "b.json", result: queueResult("b")}})
	if err != nil {
		t.Fatal(err)
	}
	merged, err := mergeResults([]mergeInput{
		{file: "portfolio.json", result: premerged},
		{file: "x.json", name: "c", result: queueResult("c")},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range merged.Resources {
		got = append(got, m.Resource.Repository)
	}
	if want := []string{"a", "b", "c"}; !reflect.DeepEqual(got, want) {
		t.Errorf("repositories %v, want %v", got, want)
	}
}

func TestMergeConflicts(t *testing.T) {
	// The same repository twice with the same result is kept once.
	merged, err := mergeResults([]mergeInput{
		{file: "one/orders.json", result: queueResult("same")},
		{file: "two/orders.json", result: queueResult("same")},
	})
	if err != nil || len(merged.Resources) != 1 || len(merged.Findings) != 1 || len(merged.Diagnostics) != 1 {
		t.Fatalf("identical inputs: %v, %+v", err, merged)
	}
	// With different results it is a usage error naming both files.
	_, err = mergeResults([]mergeInput{
		{file: "one/orders.json", result: queueResult("old")},
		{file: "two/orders.json", result: queueResult("new")},
	})
	var ce *codeError
	if !errors.As(err, &ce) || ce.code != exitError || !strings.Contains(err.Error(), `repository "orders" is in both one/orders.json and two/orders.json`) {
		t.Errorf("conflict: %v", err)
	}
	// --name can tell them apart.
	if _, err := mergeResults([]mergeInput{
		{file: "one/orders.json", name: "orders-old", result: queueResult("old")},
		{file: "two/orders.json", name: "orders", result: queueResult("new")},
	}); err != nil {
		t.Errorf("named apart: %v", err)
	}
	// Two empty results for one repository are the same.
	if _, err := mergeResults([]mergeInput{{file: "e.json", result: &rules.Result{}}, {file: "e.json", result: &rules.Result{}}}); err != nil {
		t.Errorf("empty twice: %v", err)
	}
}

// A scan's JSON merged alone is the same JSON with "repository" on every
// resource, finding and diagnostic.
func TestMergeRoundTrip(t *testing.T) {
	ar, err := txtar.ParseFile("testdata/script/golden.txtar")
	if err != nil {
		t.Fatal(err)
	}
	var golden []byte
	for _, f := range ar.Files {
		if f.Name == "want.json" {
			golden = f.Data
		}
	}
	if golden == nil {
		t.Fatal("golden.txtar has no want.json")
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "orders-service.json")
	if err := os.WriteFile(in, golden, 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	out := filepath.Join(dir, "portfolio.json")
	if code := run(t.Context(), []string{"report", "merge", in, "-o", out}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}

	var want, have map[string]any
	if err := json.Unmarshal(golden, &want); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(got, &have); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, list := range []string{"resources", "findings", "diagnostics"} {
		for _, item := range want[list].([]any) {
			item.(map[string]any)["repository"] = "orders-service"
			n++
		}
	}
	if n == 0 {
		t.Fatal("the golden has nothing to label")
	}
	if !reflect.DeepEqual(want, have) {
		t.Errorf("merged JSON:\n%s\nwant the golden with repositories:\n%s", got, golden)
	}

	// Merged again, the merged result is unchanged.
	again := filepath.Join(dir, "again.json")
	if code := run(t.Context(), []string{"report", "merge", out, "--format", "json=" + again}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if data, _ := os.ReadFile(again); !bytes.Equal(data, got) {
		t.Errorf("merging a merged result changed it:\n%s", data)
	}
	res, err := report.ReadJSON(bytes.NewReader(got))
	if err != nil || len(res.Resources) == 0 {
		t.Fatalf("reading the merged result: %v", err)
	}
}

func TestFormatFor(t *testing.T) {
	for file, want := range map[string]string{"": "text", "p.json": "json", "p.MD": "markdown", "p.csv": "csv", "p.txt": "text", "p.xyz": "text"} {
		if got := formatFor(file); got != want {
			t.Errorf("formatFor(%q) = %q, want %q", file, got, want)
		}
	}
}

// TestMergeRestoresTargets: JSON does not carry a mapping's note, link and
// required types; merge takes them from the knowledge base, so a merged
// report of one repository says what the scan's own report said (the CSV
// has a note column; the merged one adds the repository).
func TestMergeRestoresTargets(t *testing.T) {
	dir := t.TempDir()
	direct, js, merged := filepath.Join(dir, "direct.csv"), filepath.Join(dir, "scan.json"), filepath.Join(dir, "merged.csv")
	var stdout, stderr bytes.Buffer
	code := run(t.Context(), []string{"scan", "../../examples", "--format", "csv=" + direct, "--format", "json=" + js}, &stdout, &stderr)
	if code != 0 && code != exitFindings {
		t.Fatalf("scan: exit %d: %s", code, stderr.String())
	}
	if code := run(t.Context(), []string{"report", "merge", js, "-o", merged}, &stdout, &stderr); code != 0 {
		t.Fatalf("merge: exit %d: %s", code, stderr.String())
	}
	read := func(name string) [][]string {
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		rows, err := csv.NewReader(f).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		return rows
	}
	want, got := read(direct), read(merged)
	if len(want) < 10 || len(got) != len(want) {
		t.Fatalf("%d rows merged, %d scanned", len(got), len(want))
	}
	notes := 0
	for i := range want {
		if g := got[i][:len(got[i])-1]; !slices.Equal(g, want[i]) {
			t.Errorf("row %d:\nmerged %q\nscan   %q", i, g, want[i])
		}
		if i > 0 && strings.Contains(want[i][len(want[i])-1], " ") {
			notes++
		}
	}
	if notes == 0 {
		t.Error("the scan's CSV has no notes: the test compares nothing")
	}
}
