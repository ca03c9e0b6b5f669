package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// The junit format, for the test report views of GitLab, Jenkins, Azure
// DevOps and the like:
//
//	<testsuites name="a2z" tests="7" failures="2" errors="0" skipped="0" time="0">
//	  <testsuite name="infra/main.tf" tests="5" failures="1" ...>
//	    <testcase name="aws_sqs_queue.jobs" classname="infra/main.tf" file="infra/main.tf" time="0">
//	      <failure message="..." type="error">...</failure>
//	      <system-out>...</system-out>
//	    </testcase>
//
// One test suite per file, in file order; in it one test case per resource
// (named by its address, classname the file), then one per address of the
// findings that match no resource, then one per diagnostic. A test case fails
// when it has a finding (or is a diagnostic) at or above Options.FailOn, the
// --fail-on threshold, so the report agrees with the exit code; suppressed
// findings never fail. The failure element is single (readers such as GitLab
// and Jenkins take one per test case): its message is the first failing
// finding, its type the highest failing severity, and its text lists every
// failing finding. The mapping, the findings below the threshold and the
// suppressed ones go to system-out. Times are 0 and there is no timestamp, so
// the same result gives the same bytes.
type junitReporter struct{ opts Options }

type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Errors   int          `xml:"errors,attr"`
	Skipped  int          `xml:"skipped,attr"`
	Time     string       `xml:"time,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Skipped  int         `xml:"skipped,attr"`
	Time     string      `xml:"time,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Time      string        `xml:"time,attr"`
	Failure   *junitFailure `xml:"failure"`
	SystemOut *junitText    `xml:"system-out"`
}

// junitText is element text written as CDATA, so multi-line text stays
// readable in the file.
type junitText struct {
	Text string `xml:",cdata"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",cdata"`
}

// failsAt says whether sev reaches the threshold; an empty threshold (--fail-on
// none) is never reached.
func failsAt(sev, threshold parser.Severity) bool {
	return threshold.Rank() > 0 && sev.Rank() >= threshold.Rank()
}

// Report writes r as one JUnit XML document.
func (j junitReporter) Report(w io.Writer, r *rules.Result) error {
	r = orEmpty(r)
	doc := junitSuites{Name: "a2z", Time: "0", Suites: []junitSuite{}}
	for _, g := range groupByFile(r) {
		suite := junitSuite{Name: g.file, Time: "0"}
		if suite.Name == "" {
			suite.Name = "(no file)"
		}
		for _, e := range g.resources {
			var out strings.Builder
			fmt.Fprintf(&out, "%s  %s  (%s)\n", location(e.m.Resource.Range), clean(e.m.Resource.Address), clean(e.m.Resource.Type))
			writeTarget(&out, painter(false), e.m)
			suite.Cases = append(suite.Cases, j.findingsCase(g.file, e.m.Resource.Address, e.findings, &out))
		}
		for i := 0; i < len(g.orphans); {
			n := i + 1
			for n < len(g.orphans) && g.orphans[n].Address == g.orphans[i].Address {
				n++
			}
			var out strings.Builder
			fmt.Fprintf(&out, "%s  %s  (no resource with this address)\n", location(g.orphans[i].Range), clean(g.orphans[i].Address))
			name := g.orphans[i].Address
			if name == "" {
				name = "(no address)"
			}
			suite.Cases = append(suite.Cases, j.findingsCase(g.file, name, g.orphans[i:n], &out))
			i = n
		}
		for _, d := range g.diags {
			c := junitCase{Name: "diagnostic: " + d.Summary, Classname: suite.Name, File: g.file, Time: "0"}
			if d.Range.Start.Line > 0 {
				c.Name = fmt.Sprintf("diagnostic at line %d: %s", d.Range.Start.Line, d.Summary)
			}
			text := xmlSafe(location(d.Range) + "  " + string(d.Severity) + "  " + d.Message() + "\n")
			if failsAt(d.Severity, j.opts.FailOn) {
				c.Failure = &junitFailure{Message: d.Message(), Type: string(d.Severity), Text: text}
			} else {
				c.SystemOut = &junitText{text}
			}
			suite.Cases = append(suite.Cases, c)
		}
		for _, c := range suite.Cases {
			suite.Tests++
			if c.Failure != nil {
				suite.Failures++
			}
		}
		doc.Tests += suite.Tests
		doc.Failures += suite.Failures
		doc.Suites = append(doc.Suites, suite)
	}

	// The encoder buffers and writes as it goes: a monorepo's report is
	// over 100 MB.
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing JUnit report: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding JUnit report: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing JUnit report: %w", err)
	}
	return nil
}

// findingsCase builds the test case of one resource (or orphan address) from
// its findings; out already holds the case's description for system-out.
func (j junitReporter) findingsCase(file, name string, findings []rules.Finding, out *strings.Builder) junitCase {
	c := junitCase{Name: name, Classname: file, File: file, Time: "0"}
	if c.Classname == "" {
		c.Classname = "(no file)"
	}
	var failing []rules.Finding
	var fail strings.Builder
	for _, f := range findings {
		if f.Suppressed == nil && failsAt(f.Severity, j.opts.FailOn) {
			failing = append(failing, f)
			writeFindingAt(&fail, f)
			continue
		}
		if f.Suppressed != nil {
			out.WriteString("    " + suppressedNote(f.Suppressed) + ":\n")
		}
		writeFindingAt(out, f)
	}
	if len(failing) > 0 {
		top := failing[0].Severity
		for _, f := range failing {
			if f.Severity.Rank() > top.Rank() {
				top = f.Severity
			}
		}
		msg := failing[0].Message
		if failing[0].Rule != "" {
			msg += " [" + failing[0].Rule + "]"
		}
		if len(failing) > 1 {
			msg += fmt.Sprintf(" (and %d more)", len(failing)-1)
		}
		c.Failure = &junitFailure{Message: msg, Type: string(top), Text: xmlSafe(fail.String())}
	}
	c.SystemOut = &junitText{xmlSafe(out.String())}
	return c
}

// writeFindingAt writes a finding as the text format does, with its position.
func writeFindingAt(b *strings.Builder, f rules.Finding) {
	fmt.Fprintf(b, "  %s\n", location(f.Range))
	writeFinding(b, painter(false), f)
}

// xmlSafe keeps only characters XML can carry: control characters are shown
// escaped (\x1b) and invalid UTF-8 becomes U+FFFD. The encoder does this for
// attributes and escaped text, but not for CDATA.
func xmlSafe(s string) string {
	var b strings.Builder
	for _, r := range s { // invalid UTF-8 comes out of range as U+FFFD
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteRune(r)
		case isControl(r):
			b.WriteString(clean(string(r)))
		case r == 0xFFFE || r == 0xFFFF:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// suppressedNote says how a finding is suppressed: "suppressed (inline,
// reason, until 2026-12-31)".
func suppressedNote(s *rules.Suppression) string {
	var parts []string
	if s.Kind != "" {
		parts = append(parts, s.Kind)
	}
	if s.Reason != "" {
		parts = append(parts, s.Reason)
	}
	if s.Until != "" {
		parts = append(parts, "until "+s.Until)
	}
	if len(parts) == 0 {
		return "suppressed"
	}
	return "suppressed (" + clean(strings.Join(parts, ", ")) + ")"
}
