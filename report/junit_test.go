package report

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// ciGoldens are the golden files of the CI formats, from the same result as
// full.json and full.txt, with the CLI's default threshold.
var ciGoldens = []struct{ golden, format string }{
	{"full.junit.xml", "junit"},
	{"full.checkstyle.xml", "checkstyle"},
	{"full.github.txt", "github"},
	{"full.md", "markdown"},
	{"full.csv", "csv"},
}

func TestCIFormatsGolden(t *testing.T) {
	for _, tt := range ciGoldens {
		t.Run(tt.golden, func(t *testing.T) {
			checkGolden(t, tt.golden, render(t, tt.format, Options{FailOn: parser.SeverityError}, fullResult()))
		})
		empty := "empty." + strings.TrimPrefix(tt.golden, "full.")
		t.Run(empty, func(t *testing.T) {
			checkGolden(t, empty, render(t, tt.format, Options{FailOn: parser.SeverityError}, &rules.Result{}))
		})
	}
}

// suppress returns fullResult with one more finding on aws_sqs_queue.jobs, an
// error suppressed inline.
func suppressedResult() *rules.Result {
	r := fullResult()
	r.Findings = append(r.Findings, rules.Finding{
		Rule:       "aws-sqs-queue/dead-letter",
		Severity:   parser.SeverityError,
		Message:    "Suppressed dead-letter caveat.",
		Range:      rng("infra/main.tf", 5, 3),
		Address:    "aws_sqs_queue.jobs",
		Suppressed: &rules.Suppression{Kind: "inline", Reason: "handled by the app", Until: "2027-01-31"},
	})
	r.Sort()
	return r
}

// Test doubles of the JUnit schema, decoded independently of the writer's types.
type xTestsuites struct {
	XMLName  xml.Name `xml:"testsuites"`
	Tests    int      `xml:"tests,attr"`
	Failures int      `xml:"failures,attr"`
	Suites   []struct {
		Name     string `xml:"name,attr"`
		Tests    int    `xml:"tests,attr"`
		Failures int    `xml:"failures,attr"`
		Cases    []struct {
			Name      string `xml:"name,attr"`
			Classname string `xml:"classname,attr"`
			Failures  []struct {
				Message string `xml:"message,attr"`
				Type    string `xml:"type,attr"`
				Text    string `xml:",chardata"`
			} `xml:"failure"`
			SystemOut string `xml:"system-out"`
		} `xml:"testcase"`
	} `xml:"testsuite"`
}

func decodeJUnit(t *testing.T, out []byte) xTestsuites {
	t.Helper()
	var doc xTestsuites
	if err := xml.Unmarshal(out, &doc); err != nil {
		t.Fatalf("JUnit output is not well-formed XML: %v\n%s", err, out)
	}
	return doc
}

// The failures follow --fail-on, counts add up, and every case has at most one
// failure element.
func TestJUnitFailOn(t *testing.T) {
	tests := []struct {
		failOn parser.Severity
		want   int // failing test cases
	}{
		// Cases with a finding or diagnostic at the level: devicefarm (error),
		// broken.tf's diagnostic (error), Worker (error); then the jobs queue and
		// the ImportValue diagnostic (warning); then the bucket and the orphan
		// KMS key (info).
		{"", 0},
		{parser.SeverityError, 3},
		{parser.SeverityWarning, 5},
		{parser.SeverityInfo, 7},
	}
	for _, tt := range tests {
		doc := decodeJUnit(t, render(t, "junit", Options{FailOn: tt.failOn}, fullResult()))
		if doc.Failures != tt.want {
			t.Errorf("fail-on %q: %d failures, want %d", tt.failOn, doc.Failures, tt.want)
		}
		tests, failures := 0, 0
		for _, s := range doc.Suites {
			sf := 0
			for _, c := range s.Cases {
				if len(c.Failures) > 1 {
					t.Errorf("%s: %d failure elements", c.Name, len(c.Failures))
				}
				sf += len(c.Failures)
			}
			if s.Tests != len(s.Cases) || s.Failures != sf {
				t.Errorf("suite %s: tests=%d failures=%d, cases %d failing %d", s.Name, s.Tests, s.Failures, len(s.Cases), sf)
			}
			tests += s.Tests
			failures += s.Failures
		}
		if doc.Tests != tests || doc.Failures != failures {
			t.Errorf("testsuites: tests=%d failures=%d, suites add up to %d and %d", doc.Tests, doc.Failures, tests, failures)
		}
		if tests != 7+1+2 { // resources, the orphan address, diagnostics
			t.Errorf("%d test cases, want 10", tests)
		}
	}
}

// Two failing findings on one resource: one failure naming the first and
// listing both; the lower one stays in system-out.
func TestJUnitFailureContent(t *testing.T) {
	doc := decodeJUnit(t, render(t, "junit", Options{FailOn: parser.SeverityWarning}, fullResult()))
	for _, s := range doc.Suites {
		for _, c := range s.Cases {
			if c.Name != "aws_sqs_queue.jobs" {
				continue
			}
			if c.Classname != "infra/main.tf" || s.Name != "infra/main.tf" {
				t.Errorf("classname %q in suite %q", c.Classname, s.Name)
			}
			f := c.Failures[0]
			if f.Type != "warning" || !strings.HasPrefix(f.Message, "FIFO ordering") || !strings.HasSuffix(f.Message, "(and 1 more)") {
				t.Errorf("failure type %q message %q", f.Type, f.Message)
			}
			for _, want := range []string{"aws-sqs-queue/fifo-sessions", "visibility_timeout_seconds > 300 & < 43200", "infra/main.tf:4:3"} {
				if !strings.Contains(f.Text, want) {
					t.Errorf("failure text lacks %q:\n%s", want, f.Text)
				}
			}
			if !strings.Contains(c.SystemOut, "Azure Service Bus: azurerm_servicebus_queue [direct]") {
				t.Errorf("system-out lacks the target:\n%s", c.SystemOut)
			}
			return
		}
	}
	t.Fatal("no test case for aws_sqs_queue.jobs")
}

// A suppressed error never fails; it is in system-out, marked.
func TestJUnitSuppressed(t *testing.T) {
	doc := decodeJUnit(t, render(t, "junit", Options{FailOn: parser.SeverityError}, suppressedResult()))
	if doc.Failures != 3 {
		t.Errorf("%d failures, want 3 (the suppressed error does not count)", doc.Failures)
	}
	out := string(render(t, "junit", Options{FailOn: parser.SeverityError}, suppressedResult()))
	if !strings.Contains(out, "suppressed (inline, handled by the app, until 2027-01-31):") {
		t.Errorf("suppressed finding not marked in system-out:\n%s", out)
	}
}

// hostileResult has text that XML, Markdown, CSV and workflow commands must
// all survive: markup, quotes, control characters, invalid UTF-8, CDATA ends.
func hostileResult() *rules.Result {
	const msg = "bad <tag attr=\"x\"> & 'q' ]]> \x1b[31mred\x00 \xff\r\n::error::injected %0A 100% done, key: value | *b* `c` [l](http://x) @user"
	file := "dir, with: odd/% file.tf"
	r := &rules.Result{
		Resources: []rules.Mapped{{
			Resource:  tfResource(file, 1, "aws_sqs_queue", "q\"<&>"),
			MappingID: "aws-sqs-queue",
			Status:    rules.StatusPartial,
			Service:   "Service <b>Bus</b>",
			Azurerm:   []string{"azurerm_servicebus_queue"},
			Translations: []rules.Translation{
				{Name: "size", From: "=HYPERLINK(\"http://evil\")", To: "a,b", Note: "line1\nline2"},
			},
			Note: msg,
		}},
		Findings: []rules.Finding{
			{Rule: "r/one", Severity: parser.SeverityError, Message: msg, Range: rng(file, 2, 3), Address: "aws_sqs_queue.q\"<&>", Link: "https://example.com/a?b=c&d=<e>"},
			{Rule: "r/two", Severity: parser.SeverityInfo, Message: "no file", Address: "x"},
		},
		Diagnostics: []parser.Diagnostic{{Severity: parser.SeverityWarning, Summary: "sum <&>", Detail: msg, Range: rng(file, 9, 1)}},
	}
	r.Sort()
	return r
}

// The XML formats stay well-formed whatever the input holds, and text comes
// back as written (characters XML cannot carry become U+FFFD).
func TestXMLWellFormed(t *testing.T) {
	for _, format := range []string{"junit", "checkstyle"} {
		for _, r := range []*rules.Result{hostileResult(), fullResult(), suppressedResult(), {}} {
			out := render(t, format, Options{FailOn: parser.SeverityInfo}, r)
			dec := xml.NewDecoder(strings.NewReader(string(out)))
			for {
				_, err := dec.Token()
				if err != nil {
					if err.Error() != "EOF" {
						t.Fatalf("%s: not well-formed: %v\n%s", format, err, out)
					}
					break
				}
			}
			if !strings.HasPrefix(string(out), xml.Header) {
				t.Errorf("%s: no XML declaration", format)
			}
		}
	}
	doc := decodeJUnit(t, render(t, "junit", Options{FailOn: parser.SeverityError}, hostileResult()))
	c := doc.Suites[1].Cases[0] // after "(no file)"
	if c.Name != "aws_sqs_queue.q\"<&>" || c.Classname != "dir, with: odd/% file.tf" {
		t.Errorf("name %q classname %q did not round-trip", c.Name, c.Classname)
	}
	if want := "bad <tag attr=\"x\"> & 'q' ]]> "; !strings.HasPrefix(c.Failures[0].Message, want) {
		t.Errorf("failure message %q does not start with %q", c.Failures[0].Message, want)
	}
}
