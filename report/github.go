package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// The github format: GitHub Actions workflow commands, which the runner turns
// into annotations on the pull request's changed files:
//
//	::warning file=infra/main.tf,line=3,col=3,endLine=3,title=a2z%3A aws-sqs-queue/fifo-sessions::aws_sqs_queue.jobs: FIFO ordering ...%0Ahttps://...
//	::error file=infra/broken.tf,line=7,col=12,endLine=7,title=a2z%3A Invalid block definition::Invalid block definition: ...
//	a2z: 7 AWS resources (2 direct, ...); 6 findings (2 errors, 2 warnings, 2 info), 0 suppressed; 2 diagnostics
//
// One command per finding, in result order, then one per diagnostic; error
// becomes ::error, warning ::warning and info ::notice. A finding without a
// file is annotated without one (GitHub shows it on the run), and position
// properties are given only when known. The message is the resource address,
// the finding and its link on a second line. Suppressed findings are left
// out and only counted. Escaping follows the runner: %, CR and LF in the
// message become %25, %0D and %0A, and in properties also : and , (%3A, %2C);
// other control characters are shown escaped (\x1b), so nothing from the
// scanned files can start a workflow command of its own. The last line is a
// plain summary. (GitHub shows a limited number of annotations per step on the
// pull request; all of them stay in the log.)
type githubReporter struct{}

// Report writes one workflow command per finding and diagnostic, then a summary.
func (githubReporter) Report(w io.Writer, r *rules.Result) error {
	r = orEmpty(r)
	var b strings.Builder
	bySev := map[parser.Severity]int{}
	suppressed := 0
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			suppressed++
			continue
		}
		bySev[f.Severity]++
		msg := f.Message
		if f.Address != "" {
			msg = f.Address + ": " + msg
		}
		if f.Link != "" {
			msg += "\n" + f.Link
		}
		title := "a2z"
		if f.Rule != "" {
			title += ": " + f.Rule
		}
		writeCommand(&b, f.Severity, f.Range, title, msg)
	}
	for _, d := range r.Diagnostics {
		writeCommand(&b, d.Severity, d.Range, "a2z: "+d.Summary, d.Message())
	}

	s := r.Summarize()
	statuses := make([]string, 0, len(rules.Statuses))
	for _, st := range rules.Statuses {
		statuses = append(statuses, strconv.Itoa(s.ByStatus[st])+" "+string(st))
	}
	fmt.Fprintf(&b, "a2z: %s (%s); %s (%s), %d suppressed; %s\n",
		plural(s.Resources, "AWS resource", "AWS resources"), strings.Join(statuses, ", "),
		plural(bySev[parser.SeverityError]+bySev[parser.SeverityWarning]+bySev[parser.SeverityInfo], "finding", "findings"),
		strings.Join([]string{
			plural(bySev[parser.SeverityError], "error", "errors"),
			plural(bySev[parser.SeverityWarning], "warning", "warnings"),
			strconv.Itoa(bySev[parser.SeverityInfo]) + " info",
		}, ", "),
		suppressed, plural(len(r.Diagnostics), "diagnostic", "diagnostics"))

	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing GitHub report: %w", err)
	}
	return nil
}

// githubCommand names the workflow command for a severity.
func githubCommand(s parser.Severity) string {
	switch s {
	case parser.SeverityError:
		return "error"
	case parser.SeverityWarning:
		return "warning"
	}
	return "notice"
}

func writeCommand(b *strings.Builder, sev parser.Severity, rg parser.Range, title, msg string) {
	var props []string
	if rg.File != "" {
		props = append(props, "file="+githubProperty(rg.File))
	}
	if rg.Start.Line > 0 {
		props = append(props, "line="+strconv.Itoa(rg.Start.Line))
		if rg.Start.Column > 0 {
			props = append(props, "col="+strconv.Itoa(rg.Start.Column))
		}
		// End is exclusive: an end at the start of a line closes the one before.
		end := rg.End.Line
		if end > rg.Start.Line && rg.End.Column <= 1 {
			end--
		}
		props = append(props, "endLine="+strconv.Itoa(max(end, rg.Start.Line)))
	}
	props = append(props, "title="+githubProperty(title))
	b.WriteString("::" + githubCommand(sev) + " " + strings.Join(props, ",") + "::" + githubData(msg) + "\n")
}

// githubData escapes a command's message.
func githubData(s string) string { return githubEscape(s, false) }

// githubProperty escapes a property value.
func githubProperty(s string) string { return githubEscape(s, true) }

func githubEscape(s string, property bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '%':
			b.WriteString("%25")
		case r == '\r':
			b.WriteString("%0D")
		case r == '\n':
			b.WriteString("%0A")
		case property && r == ':':
			b.WriteString("%3A")
		case property && r == ',':
			b.WriteString("%2C")
		case isControl(r):
			b.WriteString(clean(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}
