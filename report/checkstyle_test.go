package report

import (
	"encoding/xml"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/rules"
)

type xCheckstyle struct {
	XMLName xml.Name `xml:"checkstyle"`
	Version string   `xml:"version,attr"`
	Files   []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     int    `xml:"line,attr"`
			Column   int    `xml:"column,attr"`
			Severity string `xml:"severity,attr"`
			Message  string `xml:"message,attr"`
			Source   string `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

// Every unsuppressed finding and every diagnostic is an error element under
// its file, files in path order.
func TestCheckstyleContent(t *testing.T) {
	var doc xCheckstyle
	out := render(t, "checkstyle", Options{}, suppressedResult())
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	type entry struct {
		File, Severity, Source string
		Line, Column           int
	}
	var got []entry
	for _, f := range doc.Files {
		for _, e := range f.Errors {
			got = append(got, entry{f.Name, e.Severity, e.Source, e.Line, e.Column})
		}
	}
	want := []entry{
		{"infra/broken.tf", "error", diagnosticSource, 7, 12},
		{"infra/main.tf", "warning", "aws-sqs-queue/fifo-sessions", 3, 3},
		{"infra/main.tf", "warning", "aws-sqs-queue/visibility-timeout", 4, 3},
		{"infra/main.tf", "info", "aws-s3-bucket/object-lock", 14, 3},
		{"infra/main.tf", "error", "aws-devicefarm-project/status", 40, 1},
		{"infra/main.tf", "info", "aws-kms-key/rotation", 60, 3},
		{"stacks/app.yaml", "error", "aws-lambda-function/timeout", 12, 7},
		{"stacks/app.yaml", "warning", diagnosticSource, 20, 9},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if doc.Version == "" {
		t.Errorf("no version attribute")
	}
	if msg := doc.Files[1].Errors[0].Message; msg != "aws_sqs_queue.jobs: FIFO ordering becomes Service Bus sessions: set requires_session and send a session ID." {
		t.Errorf("message %q", msg)
	}

	// An empty result is a document with no files.
	doc = xCheckstyle{}
	if err := xml.Unmarshal(render(t, "checkstyle", Options{}, &rules.Result{}), &doc); err != nil || len(doc.Files) != 0 {
		t.Errorf("empty result: %v, %d files", err, len(doc.Files))
	}
}
