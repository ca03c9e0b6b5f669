package report

import (
	"cmp"
	"encoding/xml"
	"fmt"
	"io"
	"slices"

	"github.com/a2z/a2z/rules"
)

// The checkstyle format, for tools that read Checkstyle XML (reviewdog,
// Jenkins Warnings, SonarQube imports):
//
//	<checkstyle version="4.3">
//	  <file name="infra/main.tf">
//	    <error line="3" column="3" severity="warning" message="aws_sqs_queue.jobs: FIFO ..." source="aws-sqs-queue/fifo-sessions"></error>
//	  </file>
//	</checkstyle>
//
// One file element per file, in path order, with an error element per
// finding and per diagnostic, by line and column. Severities keep their names
// (error, warning, info, all three Checkstyle's own); the message starts with
// the resource address, and source is the rule ID ("a2z/diagnostic" for a
// diagnostic). Suppressed findings are left out: a Checkstyle reader has no
// way to show them as such. Line and column are 0 when unknown.
type checkstyleReporter struct{}

type checkstyleDoc struct {
	XMLName xml.Name         `xml:"checkstyle"`
	Version string           `xml:"version,attr"`
	Files   []checkstyleFile `xml:"file"`
}

type checkstyleFile struct {
	Name   string            `xml:"name,attr"`
	Errors []checkstyleError `xml:"error"`
}

type checkstyleError struct {
	Line     int    `xml:"line,attr"`
	Column   int    `xml:"column,attr"`
	Severity string `xml:"severity,attr"`
	Message  string `xml:"message,attr"`
	Source   string `xml:"source,attr"`
}

// diagnosticSource is the source of diagnostics in checkstyle output.
const diagnosticSource = "a2z/diagnostic"

// Report writes r as one Checkstyle XML document.
func (checkstyleReporter) Report(w io.Writer, r *rules.Result) error {
	r = orEmpty(r)
	doc := checkstyleDoc{Version: "4.3"}
	byFile := map[string]int{}
	add := func(file string, e checkstyleError) {
		i, ok := byFile[file]
		if !ok {
			i = len(doc.Files)
			byFile[file] = i
			doc.Files = append(doc.Files, checkstyleFile{Name: file})
		}
		doc.Files[i].Errors = append(doc.Files[i].Errors, e)
	}
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			continue
		}
		msg := f.Message
		if f.Address != "" {
			msg = f.Address + ": " + msg
		}
		add(f.Range.File, checkstyleError{
			Line: f.Range.Start.Line, Column: f.Range.Start.Column,
			Severity: string(f.Severity), Message: msg, Source: f.Rule,
		})
	}
	for _, d := range r.Diagnostics {
		add(d.Range.File, checkstyleError{
			Line: d.Range.Start.Line, Column: d.Range.Start.Column,
			Severity: string(d.Severity), Message: d.Message(), Source: diagnosticSource,
		})
	}
	// The result is sorted; merging findings and diagnostics needs one more
	// (stable) pass.
	slices.SortStableFunc(doc.Files, func(a, b checkstyleFile) int { return cmp.Compare(a.Name, b.Name) })
	for _, f := range doc.Files {
		slices.SortStableFunc(f.Errors, func(a, b checkstyleError) int {
			return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Column, b.Column))
		})
	}

	// The encoder buffers and writes as it goes.
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("writing Checkstyle report: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding Checkstyle report: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("writing Checkstyle report: %w", err)
	}
	return nil
}
