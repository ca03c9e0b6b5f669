package suppress

import (
	"strings"
	"testing"

	"github.com/a2z/a2z/parser"
)

// FuzzRead feeds arbitrary sources through the suppression scanner as a
// Terraform file, a YAML template and a JSON template: no panic, and every
// directive points into the file it was read from. Run it with:
// go test -run '^$' -fuzz '^FuzzRead$' ./internal/suppress/
func FuzzRead(f *testing.F) {
	seeds := []string{
		"# a2z:ignore aws-sqs-queue/fifo-sessions -- reviewed\nresource \"aws_sqs_queue\" \"q\" {\n  fifo_queue = true\n}\n",
		"resource \"aws_sqs_queue\" \"q\" { // a2z:ignore aws-sqs-queue/fifo-sessions -- reviewed\n}\n",
		"/* a2z:ignore-file a/b -- everywhere */\nlocals { a = \"# a2z:ignore a/b -- no\" }\n",
		"# a2z:ignore aws-sqs-queue/fifo-sessions,aws-sqs-queue/retention, aws-sqs-queue/dead-letter -- known until=2027-01-01\n",
		"# a2z:ignore a/b -- r until=2027-02-30 until=2028-01-01\n",
		"Resources:\n  Q: # a2z:ignore aws-sqs-queue/fifo-sessions -- reviewed\n    Type: AWS::SQS::Queue\n",
		"Metadata:\n  a2z:\n    ignore:\n      - id: a/b\n        reason: r\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Metadata: {a2z: {ignore: [{id: c/d, reason: x, until: 2027-01-01}]}}\n",
		`{"Resources": {"A": {"Metadata": {"a2z": {"ignore": [{"id": "a/b", "reason": "r"}, {"id": 3}]}}}}}`,
		"a2z: &a [*a]\n# a2z:ignore\n\x00\xff",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, c := range []struct {
			name     string
			template bool
		}{{"main.tf", false}, {"t.yaml", true}, {"t.json", true}} {
			for _, d := range Read(c.name, src, c.template) {
				if d.Range.File != c.name {
					t.Errorf("%s: directive placed in %q: %+v", c.name, d.Range.File, d)
				}
			}
		}
		if text := string(src); strings.Contains(text, "a2z:") {
			_, _ = parseComment(text, parser.Range{File: "f"})
		}
	})
}
