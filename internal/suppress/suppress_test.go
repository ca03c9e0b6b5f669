package suppress

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

func TestParseComment(t *testing.T) {
	tests := []struct {
		text    string
		notOurs bool
		want    Directive
		problem string
	}{
		{text: " a2z:ignore aws-sqs-queue/fifo-sessions -- ordering is per customer until=2027-06-30",
			want: Directive{Rules: []string{"aws-sqs-queue/fifo-sessions"}, Reason: "ordering is per customer", Until: "2027-06-30"}},
		{text: "a2z:ignore a/b,c/d, e/* -- why",
			want: Directive{Rules: []string{"a/b", "c/d", "e/*"}, Reason: "why"}},
		{text: "a2z:ignore a/b until=2027-01-01 -- before the reason",
			want: Directive{Rules: []string{"a/b"}, Reason: "before the reason", Until: "2027-01-01"}},
		{text: "a2z:ignore-file a/b -- everywhere",
			want: Directive{Rules: []string{"a/b"}, Reason: "everywhere", FileWide: true}},
		{text: "a2z:ignore a/b -- reason -- with dashes",
			want: Directive{Rules: []string{"a/b"}, Reason: "reason -- with dashes"}},
		{text: "a2z:ignore a/b", want: Directive{Rules: []string{"a/b"}}, problem: "has no reason"},
		{text: "a2z:ignore a/b --   ", want: Directive{Rules: []string{"a/b"}}, problem: "has no reason"},
		{text: "a2z:ignore a/b -- until=2027-01-01", want: Directive{Rules: []string{"a/b"}, Until: "2027-01-01"}, problem: "has no reason"},
		{text: "a2z:ignore -- reason", want: Directive{Reason: "reason"}, problem: "names no rule"},
		{text: "a2z:ignore a/b -- r until=2027-02-30", want: Directive{Rules: []string{"a/b"}, Reason: "r", Until: "2027-02-30"}, problem: "is not a date"},
		{text: "a2z:ignore a/b -- r until=2027-01-01 until=2028-01-01", want: Directive{Rules: []string{"a/b"}}, problem: "more than once"},
		{text: "a2z:ignore * -- r", want: Directive{Rules: []string{"*"}, Reason: "r"}, problem: "not a rule ID or <entry>/* pattern"},
		{text: "a2z:ignore aws-* -- r", want: Directive{Rules: []string{"aws-*"}, Reason: "r"}, problem: "not a rule ID or <entry>/* pattern"},
		{text: " see a2z:ignore in the README", notOurs: true},
		{text: "a2z:ignored a/b -- r", notOurs: true},
		{text: "a2z:ignore-filex a/b -- r", notOurs: true},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			got, ok := parseComment(tt.text, parser.Range{File: "f"})
			if ok == tt.notOurs {
				t.Fatalf("parseComment ok = %v, want %v", ok, !tt.notOurs)
			}
			if !ok {
				return
			}
			if tt.problem == "" && got.problem != "" || !strings.Contains(got.problem, tt.problem) {
				t.Errorf("problem = %q, want it to contain %q", got.problem, tt.problem)
			}
			if tt.problem != "more than once" {
				if diff := cmp.Diff(tt.want, got, cmp.FilterPath(func(p cmp.Path) bool {
					return slices.Contains([]string{"Range", "until", "problem", "fromMetadata"}, p.Last().String()[1:])
				}, cmp.Ignore()), cmp.AllowUnexported(Directive{})); diff != "" {
					t.Errorf("directive (-want +got):\n%s", diff)
				}
			}
		})
	}
}

var kb = sync.OnceValues(mappings.Builtin)

// today is the date the tests run on.
var today = func() time.Time { return time.Date(2026, 11, 26, 15, 0, 0, 0, time.UTC) }

// run scans files and applies their suppressions.
func run(t *testing.T, files map[string]string, opts Options) *rules.Result {
	t.Helper()
	k, err := kb()
	if err != nil {
		t.Fatal(err)
	}
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	res, err := scan.Run(context.Background(), fsys, []string{"."}, rules.New(k), scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if opts.Today == nil {
		opts.Today = today
	}
	Apply(fsys, res, opts)
	return res
}

// outcome lists, for comparison, every finding as "address rule" with
// "suppressed: reason" when it is, and every diagnostic as "file:line
// message".
func outcome(res *rules.Result) (findings, diags []string) {
	for _, f := range res.Findings {
		s := f.Address + " " + f.Rule
		if f.Suppressed != nil {
			s += fmt.Sprintf(" suppressed %s: %s", f.Suppressed.Kind, strings.Join(slices.DeleteFunc([]string{f.Suppressed.Reason, f.Suppressed.Until,
				fmt.Sprintf("@%d", f.Suppressed.Range.Start.Line)}, func(s string) bool { return s == "" }), " "))
		}
		findings = append(findings, s)
	}
	for _, d := range res.Diagnostics {
		diags = append(diags, fmt.Sprintf("%s:%d %s %s", d.Range.File, d.Range.Start.Line, d.Severity, d.Message()))
	}
	return findings, diags
}

const fifo = "aws-sqs-queue/fifo-sessions"

func TestComments(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		findings []string
		diags    []string // substrings, in order, one per diagnostic
	}{{
		name: "HCL # on the line above",
		files: map[string]string{"main.tf": `
# a2z:ignore aws-sqs-queue/fifo-sessions -- consumers use one group until=2027-06-30
resource "aws_sqs_queue" "q" {
  fifo_queue = true
}
`},
		findings: []string{"aws_sqs_queue.q " + fifo + " suppressed inline: consumers use one group 2027-06-30 @2"},
	}, {
		name: "HCL // on the first line",
		files: map[string]string{"main.tf": `resource "aws_sqs_queue" "q" { // a2z:ignore aws-sqs-queue/fifo-sessions -- reviewed
  fifo_queue = true
}
`},
		findings: []string{"aws_sqs_queue.q " + fifo + " suppressed inline: reviewed @1"},
	}, {
		name: "YAML # above and on the first line",
		files: map[string]string{"t.yaml": `Resources:
  # a2z:ignore aws-sqs-queue/fifo-sessions -- above
  A:
    Type: AWS::SQS::Queue
    Properties: {FifoQueue: true}
  B: # a2z:ignore aws-sqs-queue/fifo-sessions -- first line
    Type: AWS::SQS::Queue
    Properties: {FifoQueue: true}
`},
		findings: []string{"A " + fifo + " suppressed inline: above @2", "B " + fifo + " suppressed inline: first line @6"},
	}, {
		name: "file-wide, anywhere, with a wildcard",
		files: map[string]string{"main.tf": `resource "aws_sqs_queue" "a" {
  fifo_queue = true
}

resource "aws_sqs_queue" "b" {
  fifo_queue                = true
  message_retention_seconds = 60
}
# a2z:ignore-file aws-sqs-queue/* -- queues are rebuilt anyway
`, "other.tf": `resource "aws_sqs_queue" "c" {
  fifo_queue = true
}
`},
		findings: []string{
			"aws_sqs_queue.a " + fifo + " suppressed inline: queues are rebuilt anyway @9",
			"aws_sqs_queue.b " + fifo + " suppressed inline: queues are rebuilt anyway @9",
			"aws_sqs_queue.b aws-sqs-queue/retention suppressed inline: queues are rebuilt anyway @9",
			"aws_sqs_queue.c " + fifo,
		},
	}, {
		name: "several IDs, one unmatched",
		files: map[string]string{"main.tf": `# a2z:ignore aws-sqs-queue/fifo-sessions,aws-sqs-queue/retention, aws-sqs-queue/dead-letter -- known
resource "aws_sqs_queue" "q" {
  fifo_queue                = true
  message_retention_seconds = 60
}
`},
		findings: []string{"aws_sqs_queue.q " + fifo + " suppressed inline: known @1", "aws_sqs_queue.q aws-sqs-queue/retention suppressed inline: known @1"},
		diags:    []string{"main.tf:1 warning a2z:ignore aws-sqs-queue/dead-letter matches no finding of aws_sqs_queue.q"},
	}, {
		name: "missing reason",
		files: map[string]string{"main.tf": `resource "aws_sqs_queue" "q" { # a2z:ignore aws-sqs-queue/fifo-sessions
  fifo_queue = true
}
`},
		findings: []string{"aws_sqs_queue.q " + fifo},
		diags:    []string{`main.tf:1 warning a2z:ignore has no reason (write one after " -- "): it suppresses nothing`},
	}, {
		name: "expired yesterday, valid through today",
		files: map[string]string{"main.tf": `# a2z:ignore aws-sqs-queue/fifo-sessions -- old until=2026-11-25
resource "aws_sqs_queue" "a" {
  fifo_queue = true
}
# a2z:ignore aws-sqs-queue/fifo-sessions -- last day until=2026-11-26
resource "aws_sqs_queue" "b" {
  fifo_queue = true
}
`},
		findings: []string{"aws_sqs_queue.a " + fifo, "aws_sqs_queue.b " + fifo + " suppressed inline: last day 2026-11-26 @5"},
		diags:    []string{"main.tf:1 warning a2z:ignore expired on 2026-11-25: it no longer suppresses anything"},
	}, {
		name: "unmatched rule",
		files: map[string]string{"main.tf": `# a2z:ignore aws-sqs-queue/retention -- not set here
resource "aws_sqs_queue" "q" {
  fifo_queue = true
}
`},
		findings: []string{"aws_sqs_queue.q " + fifo},
		diags:    []string{"main.tf:1 warning a2z:ignore aws-sqs-queue/retention matches no finding of aws_sqs_queue.q"},
	}, {
		name: "unmatched file-wide",
		files: map[string]string{"main.tf": `# a2z:ignore-file a2z/unknown-type -- none here
resource "aws_sqs_queue" "q" {}
`},
		diags: []string{"main.tf:1 warning a2z:ignore-file a2z/unknown-type matches no finding in this file"},
	}, {
		name: "wrong line: a blank line, inside the body",
		files: map[string]string{"main.tf": `# a2z:ignore aws-sqs-queue/fifo-sessions -- too far

resource "aws_sqs_queue" "q" {
  # a2z:ignore aws-sqs-queue/fifo-sessions -- inside
  fifo_queue = true
}
`},
		findings: []string{"aws_sqs_queue.q " + fifo},
		diags: []string{
			"main.tf:1 warning a2z:ignore is neither on a resource's first line nor on the line above one",
			"main.tf:4 warning a2z:ignore is neither on a resource's first line nor on the line above one",
		},
	}, {
		name: "not comments: strings, heredocs, YAML quotes and block scalars",
		files: map[string]string{"main.tf": `locals { a = "# a2z:ignore aws-sqs-queue/fifo-sessions -- no" }
resource "aws_sqs_queue" "q" {
  fifo_queue = true
  policy = <<EOT
# a2z:ignore-file aws-sqs-queue/* -- no
EOT
}
`, "t.yaml": `Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Code:
        ZipFile: |
          print(1)
          # a2z:ignore aws-sqs-queue/fifo-sessions -- no
  Q: {Type: AWS::SQS::Queue, Properties: {FifoQueue: true, QueueName: "a # a2z:ignore aws-sqs-queue/fifo-sessions -- no"}}
`},
		findings: []string{"aws_sqs_queue.q " + fifo, "Fn aws-lambda-function/code-port", "Q " + fifo},
	}, {
		name: "malformed",
		files: map[string]string{"main.tf": `# a2z:ignore aws-sqs-queue/fifo-sessions -- r until=next-year
resource "aws_sqs_queue" "a" {
  fifo_queue = true
}
resource "aws_sqs_queue" "b" { # a2z:ignore aws-* -- r
  fifo_queue = true
}
`},
		findings: []string{"aws_sqs_queue.a " + fifo, "aws_sqs_queue.b " + fifo},
		diags: []string{
			"main.tf:1 warning a2z:ignore until=next-year is not a date (YYYY-MM-DD): it suppresses nothing",
			`main.tf:5 warning a2z:ignore "aws-*" is not a rule ID or <entry>/* pattern`,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			findings, diags := outcome(run(t, tt.files, Options{}))
			if diff := cmp.Diff(tt.findings, findings); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			checkDiags(t, diags, tt.diags)
		})
	}
}

func checkDiags(t *testing.T, got, want []string) {
	t.Helper()
	ok := len(got) == len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.Contains(got[i], want[i])
	}
	if !ok {
		t.Errorf("diagnostics:\n%s\nwant, in order, lines containing:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		name     string
		files    map[string]string
		findings []string
		diags    []string
	}{{
		name: "JSON",
		files: map[string]string{"t.json": `{
  "Resources": {
    "A": {
      "Type": "AWS::SQS::Queue",
      "Metadata": {"a2z": {"ignore": [
        {"id": "aws-sqs-queue/fifo-sessions", "reason": "one consumer", "until": "2027-06-30"},
        {"id": "aws-sqs-queue/retention", "reason": "not set"},
        {"id": "aws-sqs-queue/fifo-sessions"}
      ]}},
      "Properties": {"FifoQueue": true}
    },
    "B": {"Type": "AWS::SQS::Queue", "Properties": {"FifoQueue": true}}
  }
}
`},
		findings: []string{"A " + fifo + " suppressed inline: one consumer 2027-06-30 @6", "B " + fifo},
		diags: []string{
			"t.json:7 warning the a2z ignore entry in the Metadata of A aws-sqs-queue/retention matches no finding of A",
			"t.json:8 warning the a2z ignore entry in the Metadata of A has no reason (give one in reason): it suppresses nothing",
		},
	}, {
		name: "YAML, and template Metadata for the whole file",
		files: map[string]string{"t.yaml": `Metadata:
  a2z:
    ignore:
      - id: aws-sqs-queue/retention
        reason: retention is set by the platform
Resources:
  A:
    Type: AWS::SQS::Queue
    Metadata:
      a2z:
        ignore:
          - {id: aws-sqs-queue/fifo-sessions, reason: one consumer, until: 2026-01-01}
    Properties: {FifoQueue: true, MessageRetentionPeriod: 60}
  B:
    Type: AWS::SQS::Queue
    Metadata: {a2z: {ignore: {id: x/y}}}
    Properties: {MessageRetentionPeriod: 60}
`},
		findings: []string{
			"A " + fifo,
			"A aws-sqs-queue/retention suppressed inline: retention is set by the platform @4",
			"B aws-sqs-queue/retention suppressed inline: retention is set by the platform @4",
		},
		diags: []string{
			"t.yaml:12 warning the a2z ignore entry in the Metadata of A expired on 2026-01-01",
			"t.yaml:16 warning the a2z ignore entry in the Metadata of B ignore must be a list of {id, reason, until}",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			findings, diags := outcome(run(t, tt.files, Options{}))
			if diff := cmp.Diff(tt.findings, findings); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			checkDiags(t, diags, tt.diags)
		})
	}
}

// JSON that only encoding/json reads places Metadata ignores on their
// resource's line.
func TestJSONMetadataFallback(t *testing.T) {
	ds := jsonMetadata("t.json", []byte(`{"Resources": {"A": {"Metadata": {"a2z": {"ignore": [{"id": "a/b", "reason": "r"}, {"id": 3}]}}}}}`))
	if len(ds) != 2 || ds[0].LogicalID != "A" || ds[0].problem != "" || ds[1].problem == "" || ds[0].Range.Start.Line != 0 {
		t.Fatalf("jsonMetadata = %+v", ds)
	}
	res := &rules.Result{
		Resources: []rules.Mapped{{Resource: parser.Resource{Source: parser.SourceCloudFormation, Name: "A", Address: "A",
			Range: parser.Range{File: "t.json", Start: parser.Pos{Line: 3, Column: 5}}}}},
		Findings: []rules.Finding{{Rule: "a/b", Address: "A", Range: parser.Range{File: "t.json", Start: parser.Pos{Line: 3, Column: 5}}}},
	}
	ApplyDirectives(res, ds, Options{Today: today})
	if s := res.Findings[0].Suppressed; s == nil || s.Range.Start.Line != 3 {
		t.Errorf("suppression = %+v, want one placed on line 3", s)
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Range.Start.Line != 3 {
		t.Errorf("diagnostics = %+v, want one on line 3", res.Diagnostics)
	}
}

func TestGovernance(t *testing.T) {
	files := map[string]string{"main.tf": `# a2z:ignore aws-sqs-queue/fifo-sessions -- exact
resource "aws_sqs_queue" "a" {
  fifo_queue = true
}
# a2z:ignore aws-sqs-queue/* -- wildcard
resource "aws_sqs_queue" "b" {
  fifo_queue                = true
  message_retention_seconds = 60
}
# a2z:ignore aws-sqs-queue/fifo-sessions
resource "aws_sqs_queue" "c" {
  fifo_queue = true
}
# a2z:ignore a2z/unknown-type -- unmatched
resource "aws_sqs_queue" "d" {}
`}
	t.Run("not-ignorable", func(t *testing.T) {
		findings, diags := outcome(run(t, files, Options{NotIgnorable: []string{fifo}}))
		want := []string{
			"aws_sqs_queue.a " + fifo,
			"aws_sqs_queue.b " + fifo,
			"aws_sqs_queue.b aws-sqs-queue/retention suppressed inline: wildcard @5",
			"aws_sqs_queue.c " + fifo,
		}
		if diff := cmp.Diff(want, findings); diff != "" {
			t.Errorf("findings (-want +got):\n%s", diff)
		}
		checkDiags(t, diags, []string{
			"main.tf:1 warning a2z:ignore names aws-sqs-queue/fifo-sessions, but the rule may not be ignored (not-ignorable)",
			"main.tf:10 warning a2z:ignore has no reason",
			"main.tf:14 warning a2z:ignore a2z/unknown-type matches no finding of aws_sqs_queue.d",
		})
	})
	t.Run("not-ignorable wildcard", func(t *testing.T) {
		findings, _ := outcome(run(t, files, Options{NotIgnorable: []string{"aws-sqs-queue/*"}}))
		if slices.ContainsFunc(findings, func(s string) bool { return strings.Contains(s, "suppressed") }) {
			t.Errorf("findings = %q, want none suppressed", findings)
		}
	})
	t.Run("no inline ignores", func(t *testing.T) {
		findings, diags := outcome(run(t, files, Options{NoInline: true}))
		if slices.ContainsFunc(findings, func(s string) bool { return strings.Contains(s, "suppressed") }) {
			t.Errorf("findings = %q, want none suppressed", findings)
		}
		// Syntax is still checked; matching is not.
		checkDiags(t, diags, []string{"main.tf:10 warning a2z:ignore has no reason"})
	})
	t.Run("validate", func(t *testing.T) {
		if err := (Options{NotIgnorable: []string{"a/b", "c/*"}}).Validate(); err != nil {
			t.Error(err)
		}
		if err := (Options{NotIgnorable: []string{"a/*b"}}).Validate(); err == nil {
			t.Error("Validate accepted a/*b")
		}
	})
}
