package report

import (
	"cmp"
	"fmt"
	"io"
	"math"
	"slices"
	"strings"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// The html format: one self-contained assessment page for people planning a
// migration. It loads nothing (inline CSS, inline SVG charts, a short inline
// script for sorting, filtering and searching the resource table) and reads
// and prints without JavaScript.
//
// The figures are computed by htmlData into an htmlModel, separate from the
// markup (html_template.go), so they can be tested on their own. Everything
// from the scanned files goes through html/template and is escaped.
type htmlReporter struct{ opts Options }

// DefaultEffortWeights are the person-days the effort estimate counts per
// resource of each status when Options.EffortWeights does not say otherwise:
// a direct mapping is mostly translation (half a day), a partial one needs
// design work (2 days), a resource with no Azure equivalent needs a
// replacement chosen and built (5 days), an implicit one is a setting on
// another resource (0.1 day), and an unknown one must first be researched
// (1 day).
var DefaultEffortWeights = map[rules.Status]float64{
	rules.StatusDirect:   0.5,
	rules.StatusPartial:  2,
	rules.StatusNone:     5,
	rules.StatusImplicit: 0.1,
	rules.StatusUnknown:  1,
}

// htmlTopCaveats is how many rule IDs the top-caveats chart shows.
const htmlTopCaveats = 10

// htmlModel is everything the page shows, before any markup.
type htmlModel struct {
	ScanDate    string          `json:"scan_date"`
	Version     string          `json:"version"`
	Sources     []string        `json:"sources"`
	Resources   int             `json:"resources"`
	ByStatus    []htmlShare     `json:"by_status"`
	BySeverity  []htmlCount     `json:"findings_by_severity"`
	Blockers    []htmlFinding   `json:"blockers"`
	Effort      htmlEffort      `json:"effort"`
	AWSServices []htmlCount     `json:"by_aws_service"`
	AzureTarget []htmlCount     `json:"by_azure_service"`
	StatusMix   []htmlMix       `json:"status_by_aws_service"`
	TopCaveats  []htmlCount     `json:"top_caveats"`
	ServiceMap  []htmlMapping   `json:"service_map"`
	Rows        []htmlRow       `json:"rows"`
	Unmapped    []htmlRow       `json:"unmapped"`
	Orphans     []htmlFinding   `json:"findings_without_resource"`
	Suppressed  []htmlFinding   `json:"suppressed"`
	Diagnostics []htmlDiagnosis `json:"diagnostics"`
}

// htmlCount is one labelled count: a bar of a chart.
type htmlCount struct {
	Label string `json:"label"`
	Count int    `json:"count"`
}

// htmlShare is the count of one status and its share of all resources, in
// percent with one decimal.
type htmlShare struct {
	Status  rules.Status `json:"status"`
	Count   int          `json:"count"`
	Percent float64      `json:"percent"`
}

// htmlMix is the status mix of one AWS service: a stacked bar.
type htmlMix struct {
	Service string      `json:"service"`
	Total   int         `json:"total"`
	Parts   []htmlCount `json:"parts"` // one per status, in rules.Statuses order, zeros included
}

// htmlEffort is the estimate and how it was made.
type htmlEffort struct {
	Method string           `json:"method"`
	Rows   []htmlEffortLine `json:"rows"`
	Total  float64          `json:"total_person_days"`
}

type htmlEffortLine struct {
	Status rules.Status `json:"status"`
	Count  int          `json:"count"`
	Weight float64      `json:"weight"`
	Days   float64      `json:"person_days"`
}

// htmlMapping is one AWS service of the estate and the Azure services its
// resources become.
type htmlMapping struct {
	AWS   string   `json:"aws"`
	Azure []string `json:"azure"`
	Count int      `json:"resources"`
}

// htmlRow is one resource in the table.
type htmlRow struct {
	File       string        `json:"file"`
	Line       int           `json:"line"`
	Address    string        `json:"address"`
	Root       string        `json:"root,omitempty"`
	Type       string        `json:"type"`
	AWSService string        `json:"aws_service"`
	Azure      string        `json:"azure"`
	AzureTypes []string      `json:"azure_types"`
	Status     rules.Status  `json:"status"`
	Link       string        `json:"link,omitempty"`
	Note       string        `json:"note,omitempty"`
	Caveats    []htmlFinding `json:"caveats"`
}

// htmlFinding is a finding as the page shows it.
type htmlFinding struct {
	File       string          `json:"file"`
	Line       int             `json:"line"`
	Address    string          `json:"address"`
	Rule       string          `json:"rule"`
	Severity   parser.Severity `json:"severity"`
	Message    string          `json:"message"`
	Link       string          `json:"link,omitempty"`
	Suppressed string          `json:"suppressed,omitempty"` // kind, reason and expiry
}

type htmlDiagnosis struct {
	File     string          `json:"file"`
	Line     int             `json:"line"`
	Severity parser.Severity `json:"severity"`
	Message  string          `json:"message"`
}

// Report writes r as one HTML page.
func (h htmlReporter) Report(w io.Writer, r *rules.Result) error {
	// The page streams into w: a monorepo's is over 100 MB, and building it
	// in memory first cost as much time again. (The CLI renders into a
	// buffered temporary file, or a buffer for standard output, and uses
	// either only once complete.)
	if err := htmlPage.Execute(w, htmlView(htmlData(r, h.opts))); err != nil {
		return fmt.Errorf("writing HTML report: %w", err)
	}
	return nil
}

// htmlData computes the page's figures and lists from r.
func htmlData(r *rules.Result, opts Options) htmlModel {
	r = orEmpty(r)
	m := htmlModel{
		ScanDate:    opts.ScanDate,
		Version:     opts.Version,
		Sources:     append([]string{}, opts.Sources...),
		Resources:   len(r.Resources),
		Blockers:    []htmlFinding{},
		Rows:        []htmlRow{},
		Unmapped:    []htmlRow{},
		Orphans:     []htmlFinding{},
		Suppressed:  []htmlFinding{},
		Diagnostics: []htmlDiagnosis{},
	}

	byStatus := map[rules.Status]int{}
	for _, res := range r.Resources {
		byStatus[res.Status]++
	}
	for _, st := range rules.Statuses {
		m.ByStatus = append(m.ByStatus, htmlShare{Status: st, Count: byStatus[st], Percent: percent(byStatus[st], len(r.Resources))})
	}

	bySeverity := map[parser.Severity]int{}
	byRule := map[string]int{}
	for _, f := range r.Findings {
		if f.Suppressed != nil {
			m.Suppressed = append(m.Suppressed, htmlFindingOf(f))
			continue
		}
		bySeverity[f.Severity]++
		if f.Rule != "" {
			byRule[f.Rule]++
		}
		if f.Severity == parser.SeverityError {
			m.Blockers = append(m.Blockers, htmlFindingOf(f))
		}
	}
	for _, sev := range []parser.Severity{parser.SeverityError, parser.SeverityWarning, parser.SeverityInfo} {
		m.BySeverity = append(m.BySeverity, htmlCount{Label: string(sev), Count: bySeverity[sev]})
	}
	m.TopCaveats = topCounts(byRule, htmlTopCaveats)
	m.Effort = effortOf(byStatus, opts.EffortWeights)

	awsCount := map[string]int{}
	azureCount := map[string]int{}
	mix := map[string]map[rules.Status]int{}
	targets := map[string][]string{}
	for _, g := range groupByFile(r) {
		for _, e := range g.resources {
			row := htmlRowOf(e)
			m.Rows = append(m.Rows, row)
			if row.Status == rules.StatusUnknown {
				m.Unmapped = append(m.Unmapped, row)
			}
			awsCount[row.AWSService]++
			if mix[row.AWSService] == nil {
				mix[row.AWSService] = map[rules.Status]int{}
			}
			mix[row.AWSService][row.Status]++
			if e.m.Service != "" {
				azureCount[e.m.Service]++
				if !slices.Contains(targets[row.AWSService], e.m.Service) {
					targets[row.AWSService] = append(targets[row.AWSService], e.m.Service)
				}
			}
		}
		for _, f := range g.orphans {
			if f.Suppressed == nil {
				m.Orphans = append(m.Orphans, htmlFindingOf(f))
			}
		}
		for _, d := range g.diags {
			m.Diagnostics = append(m.Diagnostics, htmlDiagnosis{File: d.Range.File, Line: d.Range.Start.Line, Severity: d.Severity, Message: d.Message()})
		}
	}
	m.AWSServices = topCounts(awsCount, 0)
	m.AzureTarget = topCounts(azureCount, 0)
	for _, c := range m.AWSServices {
		x := htmlMix{Service: c.Label, Total: c.Count}
		for _, st := range rules.Statuses {
			x.Parts = append(x.Parts, htmlCount{Label: string(st), Count: mix[c.Label][st]})
		}
		m.StatusMix = append(m.StatusMix, x)
		az := slices.Clone(targets[c.Label])
		slices.Sort(az)
		if az == nil {
			az = []string{}
		}
		m.ServiceMap = append(m.ServiceMap, htmlMapping{AWS: c.Label, Azure: az, Count: c.Count})
	}
	slices.SortFunc(m.ServiceMap, func(a, b htmlMapping) int { return cmp.Compare(a.AWS, b.AWS) })
	return m
}

func htmlRowOf(e *resourceEntry) htmlRow {
	res := e.m.Resource
	row := htmlRow{
		File:       res.Range.File,
		Line:       res.Range.Start.Line,
		Address:    res.Address,
		Root:       res.Root,
		Type:       res.Type,
		AWSService: awsService(res.Type),
		Azure:      e.m.Service,
		AzureTypes: slices.Concat(e.m.Azurerm, e.m.Requires),
		Status:     e.m.Status,
		Link:       e.m.Link,
		Note:       e.m.Note,
		Caveats:    []htmlFinding{},
	}
	if row.AzureTypes == nil {
		row.AzureTypes = []string{}
	}
	for _, f := range e.findings {
		if f.Suppressed == nil {
			row.Caveats = append(row.Caveats, htmlFindingOf(f))
		}
	}
	return row
}

func htmlFindingOf(f rules.Finding) htmlFinding {
	h := htmlFinding{
		File: f.Range.File, Line: f.Range.Start.Line, Address: f.Address,
		Rule: f.Rule, Severity: f.Severity, Message: f.Message, Link: f.Link,
	}
	if s := f.Suppressed; s != nil {
		parts := []string{s.Kind}
		if s.Reason != "" {
			parts = append(parts, s.Reason)
		}
		if s.Until != "" {
			parts = append(parts, "until "+s.Until)
		}
		h.Suppressed = strings.Join(parts, ": ")
	}
	return h
}

// awsService names the AWS service of a resource type: aws_sqs_queue and
// awscc_sqs_queue give sqs, AWS::SQS::Queue gives SQS. Anything else is
// returned whole.
func awsService(typ string) string {
	if rest, ok := strings.CutPrefix(typ, "AWS::"); ok {
		svc, _, _ := strings.Cut(rest, "::")
		return svc
	}
	for _, prefix := range []string{"awscc_", "aws_"} {
		if rest, ok := strings.CutPrefix(typ, prefix); ok {
			svc, _, _ := strings.Cut(rest, "_")
			return svc
		}
	}
	if typ == "" {
		return "(no type)"
	}
	return typ
}

// effortOf multiplies the resources of each status by its weight in
// person-days; weights missing from custom come from DefaultEffortWeights.
func effortOf(byStatus map[rules.Status]int, custom map[rules.Status]float64) htmlEffort {
	e := htmlEffort{Method: "Each resource counts a fixed number of person-days for its status; the estimate is the sum. " +
		"It sizes the work to re-platform the infrastructure code only: data migration, testing and cut-over come on top."}
	total := 0.0
	for _, st := range rules.Statuses {
		w, ok := custom[st]
		if !ok {
			w = DefaultEffortWeights[st]
		}
		days := w * float64(byStatus[st])
		total += days
		e.Rows = append(e.Rows, htmlEffortLine{Status: st, Count: byStatus[st], Weight: w, Days: round1(days)})
	}
	e.Total = round1(total)
	return e
}

// topCounts sorts counts by count (highest first), then label, keeping the
// first n (all when n is 0).
func topCounts(counts map[string]int, n int) []htmlCount {
	out := []htmlCount{}
	for label, c := range counts {
		out = append(out, htmlCount{Label: label, Count: c})
	}
	slices.SortFunc(out, func(a, b htmlCount) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Label, b.Label))
	})
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out
}

func percent(n, of int) float64 {
	if of == 0 {
		return 0
	}
	return round1(100 * float64(n) / float64(of))
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
