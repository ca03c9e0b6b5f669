package rules

import (
	"cmp"
	"slices"

	"github.com/a2z/a2z/parser"
)

// Status says how closely a resource maps to Azure. The values are part of the
// JSON output contract.
type Status string

// Statuses. Unknown is the engine's own: the knowledge base has no entry.
const (
	StatusDirect   Status = "direct"
	StatusPartial  Status = "partial"
	StatusNone     Status = "none"
	StatusImplicit Status = "implicit"
	StatusUnknown  Status = "unknown"
)

// Statuses lists every status in report order.
var Statuses = []Status{StatusDirect, StatusPartial, StatusNone, StatusImplicit, StatusUnknown}

// Mapped is one resource with the Azure target chosen for it.
type Mapped struct {
	Resource parser.Resource
	// MappingID is the knowledge-base entry that matched (empty when unknown);
	// with a conditional target it is "<entry>/<target>".
	MappingID string
	Status    Status
	Service   string
	Azurerm   []string
	ARM       []string
	// Requires lists the azurerm types the target needs beside it (the
	// namespace of a Service Bus queue).
	Requires []string
	// Location is the Azure location for the resource's AWS region, when
	// the region is known statically and has a public Azure counterpart.
	Location string
	// Translations are AWS settings turned into their Azure counterparts
	// (an instance type into a VM size).
	Translations []Translation
	Link         string
	// Note explains the choice of target (for none and implicit: what to do
	// instead, or where the setting lives on Azure).
	Note string
}

// Translation is one AWS value and the Azure value proposed for it. To is
// empty when there is no mechanical answer; Note then says how to choose.
type Translation struct {
	Name string
	From string
	To   string
	Note string
}

// Finding is a caveat or status remark that applies to one resource.
type Finding struct {
	Rule     string
	Severity parser.Severity
	Message  string
	Range    parser.Range
	// Root and Address identify the resource (see parser.Resource).
	Root    string
	Address string
	// Repository is set by `a2z report merge`, as on parser.Resource.
	Repository string
	Link       string
	// Suppressed is set when an inline ignore comment or a baseline
	// suppresses the finding: it no longer counts for --fail-on, and reports
	// that can show suppressions (JSON, SARIF) keep it, marked.
	Suppressed *Suppression
}

// Suppression says why a finding is suppressed.
type Suppression struct {
	// Kind is "inline" (an a2z:ignore comment or Metadata entry) or
	// "baseline".
	Kind string
	// Reason is the justification written with an inline ignore.
	Reason string
	// Until is the expiry date (YYYY-MM-DD) of an inline ignore, if any.
	Until string
	// Range is where the inline ignore is written.
	Range parser.Range
}

// Result is everything a scan found, sorted once by Sort before any reporter
// sees it.
type Result struct {
	Resources   []Mapped
	Findings    []Finding
	Diagnostics []parser.Diagnostic
}

// Summary counts a result for reports and exit codes.
type Summary struct {
	Resources          int
	ByStatus           map[Status]int
	FindingsBySeverity map[parser.Severity]int
}

// Summarize counts resources by status and findings by severity; every status
// and severity is present, zero or not, so machine output has stable keys.
func (r *Result) Summarize() Summary {
	s := Summary{
		Resources:          len(r.Resources),
		ByStatus:           make(map[Status]int, len(Statuses)),
		FindingsBySeverity: map[parser.Severity]int{parser.SeverityInfo: 0, parser.SeverityWarning: 0, parser.SeverityError: 0},
	}
	for _, st := range Statuses {
		s.ByStatus[st] = 0
	}
	for _, m := range r.Resources {
		s.ByStatus[m.Status]++
	}
	for _, f := range r.Findings {
		s.FindingsBySeverity[f.Severity]++
	}
	return s
}

// MaxSeverity is the highest severity among the findings (empty if none).
func (r *Result) MaxSeverity() parser.Severity {
	var max parser.Severity
	for _, f := range r.Findings {
		if f.Suppressed == nil && f.Severity.Rank() > max.Rank() {
			max = f.Severity
		}
	}
	return max
}

func comparePos(a, b parser.Range) int {
	if c := cmp.Compare(a.File, b.File); c != 0 {
		return c
	}
	if c := cmp.Compare(a.Start.Line, b.Start.Line); c != 0 {
		return c
	}
	return cmp.Compare(a.Start.Column, b.Start.Column)
}

// Append adds o's resources, findings and diagnostics to r (unsorted).
func (r *Result) Append(o *Result) {
	r.Resources = append(r.Resources, o.Resources...)
	r.Findings = append(r.Findings, o.Findings...)
	r.Diagnostics = append(r.Diagnostics, o.Diagnostics...)
}

// Sort orders resources, findings and diagnostics by repository (set only
// in a merged result), file, line and column,
// then by address and rule, so every reporter prints the same order.
func (r *Result) Sort() {
	sortStable(r.Resources, func(a, b *Mapped) int {
		if c := cmp.Compare(a.Resource.Repository, b.Resource.Repository); c != 0 {
			return c
		}
		if c := comparePos(a.Resource.Range, b.Resource.Range); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Resource.Root, b.Resource.Root); c != 0 {
			return c
		}
		return cmp.Compare(a.Resource.Address, b.Resource.Address)
	})
	sortStable(r.Findings, func(a, b *Finding) int {
		if c := cmp.Compare(a.Repository, b.Repository); c != 0 {
			return c
		}
		if c := comparePos(a.Range, b.Range); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Root, b.Root); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Address, b.Address); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		return cmp.Compare(a.Message, b.Message)
	})
	sortStable(r.Diagnostics, func(a, b *parser.Diagnostic) int {
		if c := cmp.Compare(a.Repository, b.Repository); c != 0 {
			return c
		}
		if c := comparePos(a.Range, b.Range); c != 0 {
			return c
		}
		return cmp.Compare(a.Summary, b.Summary)
	})
}

// sortStable is slices.SortStableFunc for slices of large structs: it sorts
// indexes (ties broken by index, so equal elements keep their order) and
// then moves each element once, following the permutation's cycles, instead
// of moving elements at every merge step.
func sortStable[T any](s []T, compare func(a, b *T) int) {
	if len(s) < 2 {
		return
	}
	idx := make([]int, len(s))
	for i := range idx {
		idx[i] = i
	}
	slices.SortFunc(idx, func(a, b int) int {
		if c := compare(&s[a], &s[b]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	// Position i must receive s[idx[i]].
	for start := range idx {
		if idx[start] < 0 {
			continue
		}
		tmp := s[start]
		i := start
		for {
			j := idx[i]
			idx[i] = -1
			if j == start {
				s[i] = tmp
				break
			}
			s[i] = s[j]
			i = j
		}
	}
}
