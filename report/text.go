package report

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// The text format, for people reading a terminal or a CI log:
//
//	infra/main.tf
//	  infra/main.tf:3:1  aws_sqs_queue.jobs  (aws_sqs_queue)
//	    -> Azure Service Bus: azurerm_servicebus_queue [direct]
//	    warning  FIFO ordering becomes Service Bus sessions. [aws-sqs-queue/fifo-sessions]
//	             https://learn.microsoft.com/azure/service-bus-messaging/message-sessions
//	  infra/main.tf:40:3  error  Unsupported argument: ...
//
//	1 AWS resource: 1 direct, 0 partial, 0 none, 0 implicit, 0 unknown
//	1 finding: 0 errors, 1 warning, 0 info
//	1 diagnostic: 1 error, 0 warnings
//
// In a merged result (a2z report merge) the groups are per repository and
// file, headed "orders-service: infra/main.tf", in repository order.
//
// One group per file, in file order (the result is sorted by file already;
// the groups merge its lists); within a group, each resource
// with its target and findings, then findings that match no resource, then the
// file's diagnostics. The punctuation is ASCII ("->", ":") so the output reads
// the same in every terminal and log viewer. Text from the result is never
// wrapped, but control characters in it are shown escaped (\x1b), so no input
// can put escape codes on the terminal, and a multi-line message continues
// indented under its first line. Colour is used only when Options.Color is
// set, and then only for severities, statuses, file headers, addresses and
// (dimmed) rule IDs and links. Suppressed findings (inline ignores, a
// baseline) are left out; the findings line of the summary counts them:
// "1 finding: 0 errors, 1 warning, 0 info (2 suppressed)".
type textReporter struct{ opts Options }

// ANSI SGR codes: a small palette.
const (
	sgrBold    = "1"
	sgrDim     = "2"
	sgrRed     = "31"
	sgrGreen   = "32"
	sgrYellow  = "33"
	sgrMagenta = "35"
	sgrCyan    = "36"
)

// sevWidth pads severities so messages line up ("warning" is the longest).
const sevWidth = len("warning")

type painter bool

func (p painter) paint(code, s string) string {
	if !p || code == "" || s == "" {
		return s
	}
	return "\x1b[" + code + "m" + s + "\x1b[0m"
}

func severityColor(s parser.Severity) string {
	switch s {
	case parser.SeverityError:
		return sgrRed
	case parser.SeverityWarning:
		return sgrYellow
	case parser.SeverityInfo:
		return sgrCyan
	}
	return ""
}

func statusColor(s rules.Status) string {
	switch s {
	case rules.StatusDirect:
		return sgrGreen
	case rules.StatusPartial:
		return sgrYellow
	case rules.StatusNone:
		return sgrRed
	case rules.StatusImplicit:
		return sgrCyan
	case rules.StatusUnknown:
		return sgrMagenta
	}
	return ""
}

// fileGroup is everything the report prints under one file.
type fileGroup struct {
	repo      string // set in a merged result only
	file      string
	resources []*resourceEntry
	orphans   []rules.Finding // findings whose address matches no resource
	diags     []parser.Diagnostic
}

type resourceEntry struct {
	m        *rules.Mapped
	findings []rules.Finding
}

// Report writes r for a human reader.
func (t textReporter) Report(w io.Writer, r *rules.Result) error {
	r, suppressed := withoutSuppressed(orEmpty(r))
	p := painter(t.opts.Color)
	// Each file's group is built, then written: a monorepo's report is
	// tens of megabytes, and w buffers.
	var b strings.Builder
	for i, g := range groupByFile(r) {
		b.Reset()
		if i > 0 {
			b.WriteByte('\n')
		}
		writeGroup(&b, p, g)
		if _, err := io.WriteString(w, b.String()); err != nil {
			return fmt.Errorf("writing text report: %w", err)
		}
	}
	b.Reset()
	if len(r.Resources)+len(r.Findings)+len(r.Diagnostics) > 0 {
		b.WriteByte('\n')
	}
	writeSummary(&b, p, r, suppressed)

	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("writing text report: %w", err)
	}
	return nil
}

// groupByFile groups the result by file: files sorted by path (a file with
// only diagnostics falls in its place), entries in result order. A finding is attached
// to the resource with its file and address, or failing that to the only
// resource with its address; otherwise it stays in its file's group.
func groupByFile(r *rules.Result) []*fileGroup {
	var groups []*fileGroup
	type place struct{ repo, file string }
	byFile := map[place]*fileGroup{}
	group := func(repo, file string) *fileGroup {
		g, ok := byFile[place{repo, file}]
		if !ok {
			g = &fileGroup{repo: repo, file: file}
			byFile[place{repo, file}] = g
			groups = append(groups, g)
		}
		return g
	}

	// A merged result names each item's repository: a finding belongs to a
	// resource of its own repository only.
	type key struct{ repo, root, file, address string }
	type addr struct{ repo, root, address string }
	byKey := map[key]*resourceEntry{}
	byAddress := map[addr][]*resourceEntry{}
	for i := range r.Resources {
		m := &r.Resources[i]
		e := &resourceEntry{m: m}
		res := &m.Resource
		g := group(res.Repository, res.Range.File)
		g.resources = append(g.resources, e)
		k := key{res.Repository, res.Root, res.Range.File, res.Address}
		if _, dup := byKey[k]; !dup {
			byKey[k] = e
		}
		a := addr{res.Repository, res.Root, res.Address}
		byAddress[a] = append(byAddress[a], e)
	}
	for _, f := range r.Findings {
		if e, ok := byKey[key{f.Repository, f.Root, f.Range.File, f.Address}]; ok {
			e.findings = append(e.findings, f)
			continue
		}
		if es := byAddress[addr{f.Repository, f.Root, f.Address}]; len(es) == 1 {
			es[0].findings = append(es[0].findings, f)
			continue
		}
		g := group(f.Repository, f.Range.File)
		g.orphans = append(g.orphans, f)
	}
	for _, d := range r.Diagnostics {
		g := group(d.Repository, d.Range.File)
		g.diags = append(g.diags, d)
	}
	slices.SortStableFunc(groups, func(a, b *fileGroup) int {
		if c := strings.Compare(a.repo, b.repo); c != 0 {
			return c
		}
		return strings.Compare(a.file, b.file)
	})
	return groups
}

func writeGroup(b *strings.Builder, p painter, g *fileGroup) {
	header := clean(g.file)
	if header == "" {
		header = "(no file)"
	}
	if g.repo != "" {
		header = clean(g.repo) + ": " + header
	}
	b.WriteString(p.paint(sgrBold, header))
	b.WriteByte('\n')

	for _, e := range g.resources {
		res := &e.m.Resource
		fmt.Fprintf(b, "  %s  %s  (%s)\n", location(res.Range), p.paint(sgrBold, clean(res.Address)), clean(res.Type))
		if len(res.Calls) > 0 && len(res.ModulePath) > 0 {
			// The calling module block (Terraform) or nested stack resource
			// (CloudFormation) in the root: where this instance is asked for.
			caller := "module." + res.ModulePath[0]
			if res.Source == parser.SourceCloudFormation {
				caller = "nested stack " + res.ModulePath[0]
			}
			fmt.Fprintf(b, "       called from %s (%s)\n", location(res.Calls[0]), clean(caller))
		}
		switch res.ConditionValue {
		case "false":
			fmt.Fprintf(b, "       not deployed: condition %s is false with these parameters\n", clean(res.Condition))
		case "unknown":
			fmt.Fprintf(b, "       conditional: deployed only if %s, which a2z cannot decide\n", clean(res.Condition))
		}
		if res.Unexpanded != "" {
			fmt.Fprintf(b, "       instances: unknown (%s), reported once\n", clean(res.Unexpanded))
		}
		writeTarget(b, p, e.m)
		for _, f := range e.findings {
			writeFinding(b, p, f)
		}
	}

	// Findings that match no resource: never dropped. Consecutive findings for
	// the same address share one header.
	for i, f := range g.orphans {
		if i == 0 || f.Address != g.orphans[i-1].Address {
			addr := clean(f.Address)
			if addr == "" {
				addr = "(no address)"
			}
			fmt.Fprintf(b, "  %s  %s  (no resource with this address)\n", location(f.Range), p.paint(sgrBold, addr))
		}
		writeFinding(b, p, f)
	}

	for _, d := range g.diags {
		fmt.Fprintf(b, "  %s  %s  %s\n", location(d.Range), p.paint(severityColor(d.Severity), clean(string(d.Severity))), cleanLines(d.Message(), "    "))
	}
}

// location is file:line:col, or less when the position is not known.
func location(r parser.Range) string {
	if r.File == "" && r.Start.Line == 0 {
		return "-"
	}
	return clean(r.String())
}

func writeTarget(b *strings.Builder, p painter, m *rules.Mapped) {
	var target string
	switch m.Status {
	case rules.StatusDirect, rules.StatusPartial:
		target = joinNonEmpty(": ", clean(m.Service), clean(strings.Join(m.Azurerm, ", ")))
		if target == "" {
			target = "Azure target not recorded"
		}
	case rules.StatusNone:
		target = "no Azure equivalent"
		if m.Service != "" {
			target += " (closest: " + clean(m.Service) + ")"
		}
	case rules.StatusImplicit:
		target = "no separate Azure resource"
		if m.Service != "" {
			target += ": part of " + clean(m.Service)
		}
	default:
		target = "not in the a2z knowledge base"
	}
	status := clean(string(m.Status))
	if status == "" {
		status = "?"
	}
	fmt.Fprintf(b, "    -> %s %s\n", target, p.paint(statusColor(m.Status), "["+status+"]"))
	if len(m.Requires) > 0 {
		fmt.Fprintf(b, "       needs beside it: %s\n", clean(strings.Join(m.Requires, ", ")))
	}
	for _, t := range m.Translations {
		to := t.To
		if to == "" {
			to = "no direct counterpart"
		}
		line := fmt.Sprintf("%s: %s -> %s", t.Name, t.From, to)
		if t.Note != "" {
			line += " (" + t.Note + ")"
		}
		fmt.Fprintf(b, "       %s\n", clean(line))
	}
	switch {
	case m.Location != "" && m.Resource.Region != "":
		fmt.Fprintf(b, "       location: %s (from AWS %s)\n", clean(m.Location), clean(m.Resource.Region))
	case m.Location != "": // read back from JSON, which has no region
		fmt.Fprintf(b, "       location: %s\n", clean(m.Location))
	}
	if m.Note != "" {
		fmt.Fprintf(b, "       %s\n", cleanLines(m.Note, "       "))
	}
}

func writeFinding(b *strings.Builder, p painter, f rules.Finding) {
	sev := clean(string(f.Severity))
	pad := strings.Repeat(" ", max(sevWidth-len(sev), 0))
	indent := "    " + strings.Repeat(" ", len(sev)+len(pad)) + "  "
	line := "    " + p.paint(severityColor(f.Severity), sev) + pad + "  " + cleanLines(f.Message, indent)
	if f.Rule != "" {
		line += " " + p.paint(sgrDim, "["+clean(f.Rule)+"]")
	}
	b.WriteString(line)
	b.WriteByte('\n')
	if f.Link != "" {
		fmt.Fprintf(b, "%s%s\n", indent, p.paint(sgrDim, clean(f.Link)))
	}
}

// withoutSuppressed returns r without its suppressed findings, which the
// text report leaves out, and how many there were.
func withoutSuppressed(r *rules.Result) (*rules.Result, int) {
	shown := *r
	shown.Findings = slices.DeleteFunc(slices.Clone(r.Findings), func(f rules.Finding) bool { return f.Suppressed != nil })
	return &shown, len(r.Findings) - len(shown.Findings)
}

func writeSummary(b *strings.Builder, p painter, r *rules.Result, suppressed int) {
	if len(r.Resources)+len(r.Findings)+len(r.Diagnostics) == 0 {
		b.WriteString("No AWS resources found.\n")
		return
	}
	s := r.Summarize()

	if s.Resources == 0 {
		b.WriteString("No AWS resources found.\n")
	} else {
		parts := make([]string, 0, len(rules.Statuses))
		for _, st := range rules.Statuses {
			parts = append(parts, count(p, s.ByStatus[st], string(st), string(st), statusColor(st)))
		}
		fmt.Fprintf(b, "%s: %s\n", plural(s.Resources, "AWS resource", "AWS resources"), strings.Join(parts, ", "))
	}

	sevs := []struct {
		sev            parser.Severity
		singular, many string
	}{
		{parser.SeverityError, "error", "errors"},
		{parser.SeverityWarning, "warning", "warnings"},
		{parser.SeverityInfo, "info", "info"},
	}
	nFindings := len(r.Findings)
	line := plural(nFindings, "finding", "findings")
	if nFindings > 0 {
		parts := make([]string, 0, len(sevs))
		for _, sv := range sevs {
			parts = append(parts, count(p, s.FindingsBySeverity[sv.sev], sv.singular, sv.many, severityColor(sv.sev)))
		}
		line += ": " + strings.Join(parts, ", ")
	}
	if suppressed > 0 {
		line += fmt.Sprintf(" (%d suppressed)", suppressed)
	}
	b.WriteString(line + "\n")

	line = plural(len(r.Diagnostics), "diagnostic", "diagnostics")
	if len(r.Diagnostics) > 0 {
		bySev := map[parser.Severity]int{}
		for _, d := range r.Diagnostics {
			bySev[d.Severity]++
		}
		parts := make([]string, 0, 3)
		for i, sv := range sevs {
			// Most diagnostics are errors or warnings; info ones (a plan read
			// without its source files) are counted only when there are some.
			if i < 2 || bySev[sv.sev] > 0 {
				parts = append(parts, count(p, bySev[sv.sev], sv.singular, sv.many, severityColor(sv.sev)))
			}
		}
		line += ": " + strings.Join(parts, ", ")
	}
	b.WriteString(line + "\n")
}

// count renders "3 warnings", coloured only when the count is not zero.
func count(p painter, n int, singular, many, color string) string {
	word := many
	if n == 1 {
		word = singular
	}
	if n == 0 {
		color = ""
	}
	return strconv.Itoa(n) + " " + p.paint(color, word)
}

func plural(n int, singular, many string) string {
	if n == 1 {
		return "1 " + singular
	}
	return strconv.Itoa(n) + " " + many
}

func joinNonEmpty(sep string, parts ...string) string {
	var out []string
	for _, s := range parts {
		if s != "" {
			out = append(out, s)
		}
	}
	return strings.Join(out, sep)
}

// clean shows control characters in s escaped (\x1b, \n, \u009b), so text
// from the user's files cannot move the cursor, change colours or break a line.
// Tabs are kept.
func clean(s string) string {
	if !strings.ContainsFunc(s, isControl) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case !isControl(r):
			b.WriteRune(r)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x80:
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
	}
	return b.String()
}

// cleanLines is clean for messages that may span lines: each line after the
// first is indented by indent; trailing line breaks are dropped.
func cleanLines(s, indent string) string {
	s = strings.TrimRight(s, "\r\n")
	if !strings.Contains(s, "\n") {
		return clean(s)
	}
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = clean(strings.TrimSuffix(l, "\r"))
	}
	return strings.Join(lines, "\n"+indent)
}

func isControl(r rune) bool { return r != '\t' && unicode.IsControl(r) }
