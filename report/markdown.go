package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// The markdown format: a pull-request (or merge-request) comment.
//
//	## a2z: AWS to Azure
//	7 AWS resources, 6 findings, 2 diagnostics.
//	| Status | Resources |        | Severity | Findings |
//	### Blockers               (error findings, or "None")
//	### Resources by file      (one collapsed <details> per file: each resource
//	                            with its target and findings, findings that
//	                            match no resource, diagnostics)
//
// In a merged result (a2z report merge) each file's summary and each blocker
// name the repository.
//
// Suppressed findings are neither listed nor counted by severity; the summary
// says how many there were. Text from the scanned files is escaped (Markdown
// punctuation, HTML, control characters; line breaks become spaces) and long
// messages are cut, so it cannot change the comment's layout. The whole comment
// stays under GitHub's limit of 65,536 characters (markdownLimit, counted in
// bytes, which is stricter): the summary always fits, then blockers and
// details are written in order while they fit, and the rest is left out with a
// note saying how many blockers, resources, findings and diagnostics are not
// shown.
type markdownReporter struct{}

// markdownLimit is GitHub's maximum comment length.
const markdownLimit = 65536

// markdownReserve is kept free for the truncation note and closing tags.
const markdownReserve = 1024

// markdownMaxText caps one message or note, in characters.
const markdownMaxText = 2000

// mdItem is one entry of the comment that is shown whole or not at all.
type mdItem struct {
	text                  string
	resources, findings   int
	diagnostics, blockers int
}

type mdFile struct {
	open, close string
	items       []mdItem
}

// Report writes r as one Markdown comment.
func (markdownReporter) Report(w io.Writer, r *rules.Result) error {
	r = orEmpty(r)
	groups := groupByFile(r)

	var b strings.Builder
	writeMarkdownHead(&b, r)

	var blockers []mdItem
	for _, f := range r.Findings {
		if f.Suppressed == nil && f.Severity == parser.SeverityError {
			blockers = append(blockers, mdItem{text: "- " + mdBlocker(f) + "\n", findings: 1, blockers: 1})
		}
	}
	var files []mdFile
	for _, g := range groups {
		files = append(files, markdownFile(g))
	}

	var left mdItem // what did not fit
	truncated := false
	fits := func(n int) bool {
		truncated = truncated || b.Len()+n > markdownLimit-markdownReserve
		return !truncated
	}
	skip := func(it mdItem) {
		left.resources += it.resources
		left.findings += it.findings
		left.diagnostics += it.diagnostics
		left.blockers += it.blockers
	}

	b.WriteString("\n### Blockers\n\n")
	if len(blockers) == 0 {
		b.WriteString("None: no finding is an error.\n")
	}
	for _, it := range blockers {
		if fits(len(it.text)) {
			b.WriteString(it.text)
		} else {
			skip(it)
		}
	}

	if len(files) > 0 && fits(len("\n### Resources by file\n")) {
		b.WriteString("\n### Resources by file\n")
	}
	for _, f := range files {
		opened := false
		for _, it := range f.items {
			need := len(it.text) + len(f.close)
			if !opened {
				need += len(f.open)
			}
			if !fits(need) {
				skip(it)
				continue
			}
			if !opened {
				b.WriteString(f.open)
				opened = true
			}
			b.WriteString(it.text)
		}
		if opened {
			b.WriteString(f.close)
		}
	}

	if truncated {
		var parts []string
		if left.blockers > 0 {
			parts = append(parts, plural(left.blockers, "blocker", "blockers"))
		}
		if left.resources > 0 {
			parts = append(parts, plural(left.resources, "resource", "resources"))
		}
		if n := left.findings - left.blockers; n > 0 {
			parts = append(parts, plural(n, "finding", "findings")+" in the details")
		}
		if left.diagnostics > 0 {
			parts = append(parts, plural(left.diagnostics, "diagnostic", "diagnostics"))
		}
		fmt.Fprintf(&b, "\n> **Truncated** to stay under GitHub's 65,536-character comment limit: %s not shown. "+
			"Run `a2z scan` with `--format text`, `csv` or `json` for the full report.\n", joinAnd(parts))
	}

	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing Markdown report: %w", err)
	}
	return nil
}

func writeMarkdownHead(b *strings.Builder, r *rules.Result) {
	s := r.Summarize()
	bySev := map[parser.Severity]int{}
	suppressed := 0
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			suppressed++
		} else {
			bySev[f.Severity]++
		}
	}
	b.WriteString("## a2z: AWS to Azure\n\n")
	if len(r.Resources) == 0 {
		b.WriteString("No AWS resources found. ")
	} else {
		b.WriteString(plural(s.Resources, "AWS resource", "AWS resources") + ". ")
	}
	active := len(r.Findings) - suppressed
	fmt.Fprintf(b, "%s, %s.", plural(active, "finding", "findings"), plural(len(r.Diagnostics), "diagnostic", "diagnostics"))
	if suppressed > 0 {
		fmt.Fprintf(b, " %s suppressed (not listed or counted).", plural(suppressed, "finding", "findings"))
	}
	b.WriteString("\n\n| Status | Resources |\n| --- | ---: |\n")
	for _, st := range rules.Statuses {
		fmt.Fprintf(b, "| %s | %d |\n", st, s.ByStatus[st])
	}
	b.WriteString("\n| Severity | Findings |\n| --- | ---: |\n")
	for _, sev := range []parser.Severity{parser.SeverityError, parser.SeverityWarning, parser.SeverityInfo} {
		fmt.Fprintf(b, "| %s %s | %d |\n", severityIcon(sev), sev, bySev[sev])
	}
}

func severityIcon(s parser.Severity) string {
	switch s {
	case parser.SeverityError:
		return ":x:"
	case parser.SeverityWarning:
		return ":warning:"
	}
	return ":information_source:"
}

func mdBlocker(f rules.Finding) string {
	var b strings.Builder
	b.WriteString(severityIcon(f.Severity) + " ")
	if f.Address != "" {
		b.WriteString("**" + mdCode(f.Address) + "** ")
	}
	if f.Repository != "" {
		b.WriteString("in " + mdText(f.Repository) + " ")
	}
	if loc := location(f.Range); loc != "-" {
		b.WriteString("at " + mdCode(f.Range.String()) + ": ")
	}
	b.WriteString(mdText(f.Message) + mdRule(f))
	return b.String()
}

// markdownFile renders one file's <details> block as items.
func markdownFile(g *fileGroup) mdFile {
	var out mdFile
	nRes, nFind := len(g.resources), 0
	var sevs []string
	bySev := map[parser.Severity]int{}
	count := func(fs []rules.Finding) int {
		n := 0
		for _, f := range fs {
			if f.Suppressed == nil {
				n++
				bySev[f.Severity]++
			}
		}
		return n
	}

	for _, e := range g.resources {
		var b strings.Builder
		res := &e.m.Resource
		fmt.Fprintf(&b, "- **%s** (%s", mdCode(res.Address), mdCode(res.Type))
		if res.Range.Start.Line > 0 {
			fmt.Fprintf(&b, ", line %d", res.Range.Start.Line)
		}
		b.WriteString("): " + mdTarget(e.m) + "\n")
		for _, t := range e.m.Translations {
			to := mdText(t.To)
			if t.To == "" {
				to = "no direct counterpart"
			}
			fmt.Fprintf(&b, "  - %s: %s → %s", mdText(t.Name), mdText(t.From), to)
			if t.Note != "" {
				b.WriteString(" (" + mdText(t.Note) + ")")
			}
			b.WriteString("\n")
		}
		if e.m.Location != "" {
			fmt.Fprintf(&b, "  - location: %s\n", mdCode(e.m.Location))
		}
		if e.m.Note != "" {
			fmt.Fprintf(&b, "  - %s\n", mdText(e.m.Note))
		}
		n := count(e.findings)
		nFind += n
		writeMarkdownFindings(&b, e.findings)
		out.items = append(out.items, mdItem{text: b.String(), resources: 1, findings: n})
	}
	for i := 0; i < len(g.orphans); {
		j := i + 1
		for j < len(g.orphans) && g.orphans[j].Address == g.orphans[i].Address {
			j++
		}
		var b strings.Builder
		addr := "(no address)"
		if g.orphans[i].Address != "" {
			addr = mdCode(g.orphans[i].Address)
		}
		fmt.Fprintf(&b, "- **%s**: no resource with this address\n", addr)
		n := count(g.orphans[i:j])
		nFind += n
		writeMarkdownFindings(&b, g.orphans[i:j])
		out.items = append(out.items, mdItem{text: b.String(), findings: n})
		i = j
	}
	for _, d := range g.diags {
		text := "- " + severityIcon(d.Severity) + " diagnostic"
		if d.Range.Start.Line > 0 {
			text += fmt.Sprintf(", line %d", d.Range.Start.Line)
		}
		out.items = append(out.items, mdItem{text: text + ": " + mdText(d.Message()) + "\n", diagnostics: 1})
	}

	for _, sev := range []parser.Severity{parser.SeverityError, parser.SeverityWarning, parser.SeverityInfo} {
		if bySev[sev] > 0 {
			sevs = append(sevs, plural(bySev[sev], string(sev), map[parser.Severity]string{
				parser.SeverityError: "errors", parser.SeverityWarning: "warnings", parser.SeverityInfo: "info",
			}[sev]))
		}
	}
	name := "(no file)"
	if g.file != "" {
		name = "<code>" + htmlText(g.file) + "</code>"
	}
	if g.repo != "" { // a merged result: say which repository
		name = "<b>" + htmlText(g.repo) + "</b>: " + name
	}
	summary := plural(nRes, "resource", "resources") + ", " + plural(nFind, "finding", "findings")
	if len(sevs) > 0 {
		summary += " (" + strings.Join(sevs, ", ") + ")"
	}
	if len(g.diags) > 0 {
		summary += ", " + plural(len(g.diags), "diagnostic", "diagnostics")
	}
	out.open = "\n<details>\n<summary>" + name + ": " + summary + "</summary>\n\n"
	out.close = "\n</details>\n"
	return out
}

func writeMarkdownFindings(b *strings.Builder, fs []rules.Finding) {
	for _, f := range fs {
		if f.Suppressed != nil {
			continue
		}
		fmt.Fprintf(b, "  - %s %s%s\n", severityIcon(f.Severity), mdText(f.Message), mdRule(f))
	}
}

// mdRule is " (rule)", the rule linked to its documentation when it has a
// safe link.
func mdRule(f rules.Finding) string {
	if f.Rule == "" {
		return ""
	}
	code := mdCode(f.Rule)
	if safeLink(f.Link) {
		return " ([" + code + "](<" + f.Link + ">))"
	}
	return " (" + code + ")"
}

// safeLink accepts http(s) links that can go between < and > in a link.
func safeLink(s string) bool {
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) &&
		!strings.ContainsFunc(s, func(r rune) bool { return r == '<' || r == '>' || r == ' ' || r == '\\' || isControl(r) })
}

func mdTarget(m *rules.Mapped) string {
	status := "**" + mdText(string(m.Status)) + "**"
	switch m.Status {
	case rules.StatusDirect, rules.StatusPartial:
		var types []string
		for _, t := range m.Azurerm {
			types = append(types, mdCode(t))
		}
		target := joinNonEmpty(": ", mdText(m.Service), strings.Join(types, ", "))
		if target == "" {
			target = "Azure target not recorded"
		}
		return status + " → " + target
	case rules.StatusNone:
		if m.Service != "" {
			return status + ": no Azure equivalent (closest: " + mdText(m.Service) + ")"
		}
		return status + ": no Azure equivalent"
	case rules.StatusImplicit:
		if m.Service != "" {
			return status + ": no separate Azure resource, part of " + mdText(m.Service)
		}
		return status + ": no separate Azure resource"
	}
	return status + ": not in the a2z knowledge base"
}

// oneLine cuts s to markdownMaxText characters, turns line breaks into spaces
// and shows other control characters escaped.
func oneLine(s string) string {
	if utf8.RuneCountInString(s) > markdownMaxText {
		s = string([]rune(s)[:markdownMaxText]) + "…"
	}
	return clean(lineBreaks.Replace(s))
}

var (
	lineBreaks  = strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;")
)

// mdText escapes s for Markdown text: punctuation that could start emphasis,
// links, code, tables or headings is backslash-escaped (an underscore inside a
// word is left alone, as GitHub does not read it as emphasis), and &, < and >
// become entities so no HTML gets through.
func mdText(s string) string {
	s = oneLine(s)
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '\\', '`', '*', '[', ']', '|', '#', '~':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '_':
			// Only an underscore at a word boundary can start or end emphasis.
			if i > 0 && i+1 < len(s) && isWordByte(s[i-1]) && isWordByte(s[i+1]) {
				b.WriteRune(r)
			} else {
				b.WriteString("\\_")
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// mdCode puts s in a code span whose backtick fence is longer than any run of
// backticks in s.
func mdCode(s string) string {
	s = oneLine(s)
	if s == "" {
		return ""
	}
	longest, run := 0, 0
	for _, r := range s {
		if r == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", longest+1)
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") || longest > 0 {
		s = " " + s + " "
	}
	return fence + s + fence
}

// htmlText escapes s for HTML (the <summary> line, where Markdown is not read).
func htmlText(s string) string {
	return htmlEscaper.Replace(oneLine(s))
}

// joinAnd joins "a", "b" and "c" as "a, b and c".
func joinAnd(parts []string) string {
	if len(parts) <= 1 {
		return strings.Join(parts, "")
	}
	return strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}
