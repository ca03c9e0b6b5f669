package report

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// Options configures a reporter. The caller decides them from flags and the
// environment; reporters never look at either.
type Options struct {
	// Color enables ANSI colour. The CLI sets it only when writing to a
	// terminal and --no-color was not given. Formats without colour ignore it.
	Color bool
	// Version is the a2z version, for formats that carry it (SARIF).
	// JSON v1 does not.
	Version string
	// Rules describes a rule ID for the formats that list rules (SARIF);
	// nil, or false for an ID, leaves only what the findings say.
	Rules func(id string) (RuleInfo, bool)
	// FailOn is the --fail-on threshold: a finding at or above it is a
	// failure in the formats that have one (JUnit). The zero value, like
	// --fail-on none, fails nothing.
	FailOn parser.Severity
	// ScanDate (YYYY-MM-DD) and Sources (the scanned paths) head the HTML
	// report; the CLI passes them so the reporter never reads the clock.
	ScanDate string
	Sources  []string
	// EffortWeights are the person-days per resource of each status for the
	// HTML report's effort estimate; a status missing here takes its value
	// from DefaultEffortWeights.
	EffortWeights map[rules.Status]float64
}

// Reporter renders a sorted result to w.
type Reporter interface {
	Report(w io.Writer, r *rules.Result) error
}

// ErrUnknownFormat is returned (wrapped) by New for a format name it does not know.
var ErrUnknownFormat = errors.New("unknown output format")

// Formats lists the format names New accepts, sorted, for --help and flag
// validation.
func Formats() []string {
	return []string{"checkstyle", "csv", "github", "html", "json", "junit", "markdown", "sarif", "text"}
}

// New returns the reporter for format. An unknown name is an error that wraps
// ErrUnknownFormat and lists the valid formats.
func New(format string, opts Options) (Reporter, error) {
	switch format {
	case "json":
		return jsonReporter{opts: opts}, nil
	case "text":
		return textReporter{opts: opts}, nil
	case "sarif":
		return sarifReporter{opts: opts}, nil
	case "junit":
		return junitReporter{opts: opts}, nil
	case "checkstyle":
		return checkstyleReporter{}, nil
	case "github":
		return githubReporter{}, nil
	case "markdown":
		return markdownReporter{}, nil
	case "csv":
		return csvReporter{}, nil
	case "html":
		return htmlReporter{opts: opts}, nil
	}
	return nil, fmt.Errorf("%w %q (valid formats: %s)", ErrUnknownFormat, format, strings.Join(Formats(), ", "))
}

// orEmpty lets reporters treat a nil result as an empty one.
func orEmpty(r *rules.Result) *rules.Result {
	if r == nil {
		return &rules.Result{}
	}
	return r
}
