package report

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// The SARIF format: SARIF 2.1.0 as GitHub code scanning (and other SARIF
// viewers) read it.
//
//   - One run. tool.driver names a2z, its version (Options.Version) and one
//     rule for each rule ID the results use, sorted by ID, described with
//     Options.Rules when the caller provides it.
//   - One result per finding, in result order, with ruleId and ruleIndex,
//     level (error, warning, note), the message, and a location: the file
//     relative to %SRCROOT%, the region of the resource (1-based lines and
//     columns, end exclusive as in SARIF) and the resource address as a
//     logical location. A finding with a file but no line points at line 1.
//     A finding without a file has no location (SARIF allows it; GitHub
//     then lists it without showing it in a file) and keeps its root and
//     address in properties.
//   - partialFingerprints["a2zFinding/v1"] hashes the rule, file, root and
//     address, not the line: moving a resource does not make a new alert.
//   - A suppressed finding carries suppressions: inSource for an inline
//     ignore, external for a baseline, with its justification.
//   - automationDetails.id is the fixed category "a2z/", so each upload
//     replaces the previous one.
//   - File diagnostics become tool execution notifications of the run's one
//     invocation.
//
// The output holds no timestamps or absolute paths and is the same bytes for
// the same result.
type sarifReporter struct{ opts Options }

// RuleInfo describes a rule for the formats that list rules (SARIF). The
// caller fills it from the knowledge base, which this package cannot read.
type RuleInfo struct {
	// Short is a one-line title; when empty, the first sentence of
	// Description is used.
	Short string
	// Description is the full text: the caveat's message, why a type has no
	// Azure equivalent, or what an engine rule reports.
	Description string
	// Link is the rule's documentation.
	Link string
	// Severity is the rule's default severity; when empty, the highest
	// severity among the rule's findings is used.
	Severity parser.Severity
	// Tags classify the rule (the AWS service, the Azure service).
	Tags []string
}

const (
	sarifSchema      = "https://json.schemastore.org/sarif-2.1.0.json"
	sarifVersion     = "2.1.0"
	sarifToolURI     = "https://github.com/a2z/a2z"
	sarifSrcRoot     = "%SRCROOT%"
	sarifCategory    = "a2z/"
	sarifFingerprint = "a2zFinding/v1"
	// sarifTag marks every a2z rule, so a code scanning view can be filtered
	// to migration findings.
	sarifTag = "azure-migration"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool              sarifTool              `json:"tool"`
	AutomationDetails sarifAutomationDetails `json:"automationDetails"`
	Invocations       []sarifInvocation      `json:"invocations"`
	ColumnKind        string                 `json:"columnKind"`
	Results           []sarifResult          `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      *sarifText      `json:"fullDescription,omitempty"`
	Help                 *sarifText      `json:"help,omitempty"`
	HelpURI              string          `json:"helpUri,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
	Properties           sarifRuleProps  `json:"properties"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProps struct {
	Tags []string `json:"tags"`
}

type sarifAutomationDetails struct {
	ID string `json:"id"`
}

type sarifInvocation struct {
	ExecutionSuccessful bool                `json:"executionSuccessful"`
	Notifications       []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations,omitempty"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifResultProps  `json:"properties,omitempty"`
}

type sarifResultProps struct {
	Root    string `json:"root,omitempty"`
	Address string `json:"address,omitempty"`
}

type sarifLocation struct {
	PhysicalLocation *sarifPhysical  `json:"physicalLocation,omitempty"`
	LogicalLocations []sarifLogical  `json:"logicalLocations,omitempty"`
	Message          *sarifText      `json:"message,omitempty"`
	Properties       *sarifLocationP `json:"properties,omitempty"`
}

type sarifLocationP struct {
	Root string `json:"root,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region"`
}

type sarifArtifact struct {
	URI       string `json:"uri"`
	URIBaseID string `json:"uriBaseId,omitempty"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn,omitempty"`
}

type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

type sarifSuppression struct {
	Kind          string         `json:"kind"`
	Status        string         `json:"status"`
	Justification string         `json:"justification,omitempty"`
	Location      *sarifLocation `json:"location,omitempty"`
}

// sarifMaxResults is GitHub code scanning's hard limit on the results of one
// run: it rejects a larger upload whole. A monorepo's scan has more (one per
// finding), so the log keeps the most severe and says so.
const sarifMaxResults = 25_000

// Report writes r as one SARIF log.
func (s sarifReporter) Report(w io.Writer, r *rules.Result) error {
	r = orEmpty(r)
	keep := sarifKept(r.Findings, sarifMaxResults)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "a2z",
			Version:        s.opts.Version,
			InformationURI: sarifToolURI,
		}},
		AutomationDetails: sarifAutomationDetails{ID: sarifCategory},
		Invocations:       []sarifInvocation{{ExecutionSuccessful: true}},
		ColumnKind:        "unicodeCodePoints",
		Results:           make([]sarifResult, 0, min(len(r.Findings), sarifMaxResults)),
	}
	kept := r.Findings
	if keep != nil {
		kept = make([]rules.Finding, 0, sarifMaxResults)
		for i, f := range r.Findings {
			if keep[i] {
				kept = append(kept, f)
			}
		}
	}
	run.Tool.Driver.Rules = s.rules(kept)
	index := make(map[string]int, len(run.Tool.Driver.Rules))
	for i, rule := range run.Tool.Driver.Rules {
		index[rule.ID] = i
	}

	seen := map[string]int{}
	for i, f := range r.Findings {
		// Every finding counts for the fingerprints, so a result's does
		// not depend on which others were left out.
		fp := fingerprint(f, seen)
		if keep != nil && !keep[i] {
			continue
		}
		id := ruleID(f)
		res := sarifResult{
			RuleID:              id,
			RuleIndex:           index[id],
			Level:               sarifLevel(f.Severity),
			Message:             sarifText{Text: nonEmpty(f.Message, id)},
			PartialFingerprints: map[string]string{sarifFingerprint: fp},
		}
		if loc, ok := sarifFindingLocation(f); ok {
			res.Locations = []sarifLocation{loc}
		} else if f.Address != "" || f.Root != "" {
			res.Properties = &sarifResultProps{Root: f.Root, Address: f.Address}
		}
		if sup := f.Suppressed; sup != nil {
			res.Suppressions = []sarifSuppression{suppression(sup)}
		}
		run.Results = append(run.Results, res)
	}

	if keep != nil {
		run.Invocations[0].Notifications = append(run.Invocations[0].Notifications, sarifNotification{
			Level: "warning",
			Message: sarifText{Text: fmt.Sprintf("This log holds %d of the scan's %d findings, the most severe: "+
				"GitHub code scanning rejects a run of more than %d results. The JSON report lists them all.",
				len(run.Results), len(r.Findings), sarifMaxResults)},
		})
	}
	for _, d := range r.Diagnostics {
		n := sarifNotification{Level: sarifLevel(d.Severity), Message: sarifText{Text: nonEmpty(d.Message(), "diagnostic")}}
		if pl, ok := physical(d.Range); ok {
			n.Locations = []sarifLocation{{PhysicalLocation: pl}}
		}
		run.Invocations[0].Notifications = append(run.Invocations[0].Notifications, n)
	}

	doc := sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("encoding SARIF report: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("writing SARIF report: %w", err)
	}
	return nil
}

// sarifKept marks the findings a log of at most max results holds: nil
// when all fit, else the max most severe (errors, warnings, then the rest;
// unsuppressed before suppressed; in their order among equals).
func sarifKept(findings []rules.Finding, max int) []bool {
	if len(findings) <= max {
		return nil
	}
	rank := func(f *rules.Finding) int {
		r := 2 * f.Severity.Rank()
		if f.Suppressed == nil {
			r++
		}
		return r
	}
	order := make([]int, len(findings))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return rank(&findings[b]) - rank(&findings[a]) })
	keep := make([]bool, len(findings))
	for _, i := range order[:max] {
		keep[i] = true
	}
	return keep
}

// ruleID is the finding's rule, or a placeholder so no result lacks one.
func ruleID(f rules.Finding) string {
	return nonEmpty(f.Rule, "a2z/unnamed")
}

// rules lists one rule per rule ID in findings, sorted by ID.
func (s sarifReporter) rules(findings []rules.Finding) []sarifRule {
	worst := map[string]parser.Severity{}
	links := map[string]string{} // the first link a finding of the rule gives
	for _, f := range findings {
		id := ruleID(f)
		if cur, ok := worst[id]; !ok || f.Severity.Rank() > cur.Rank() {
			worst[id] = f.Severity
		}
		if links[id] == "" {
			links[id] = sarifURI(f.Link)
		}
	}
	ids := make([]string, 0, len(worst))
	for id := range worst {
		ids = append(ids, id)
	}
	slices.Sort(ids)

	out := make([]sarifRule, 0, len(ids))
	for _, id := range ids {
		var info RuleInfo
		if s.opts.Rules != nil {
			info, _ = s.opts.Rules(id)
		}
		sev := info.Severity
		if sev == "" {
			sev = worst[id]
		}
		rule := sarifRule{
			ID:                   id,
			ShortDescription:     sarifText{Text: nonEmpty(singleLine(nonEmpty(info.Short, firstSentence(info.Description))), id)},
			HelpURI:              nonEmpty(sarifURI(info.Link), links[id]),
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(sev)},
			Properties:           sarifRuleProps{Tags: ruleTags(info.Tags)},
		}
		if info.Description != "" {
			rule.FullDescription = &sarifText{Text: info.Description}
			help := info.Description
			if rule.HelpURI != "" {
				help += "\n\nDocumentation: " + rule.HelpURI
			}
			help += "\n\nExplain it with: a2z explain " + id
			rule.Help = &sarifText{Text: help}
		}
		out = append(out, rule)
	}
	return out
}

// ruleTags is sarifTag followed by the rule's own tags, without duplicates or
// empty ones, in a stable order.
func ruleTags(tags []string) []string {
	out := []string{sarifTag}
	for _, t := range tags {
		if t = strings.TrimSpace(t); t != "" && !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// sarifLevel maps an a2z severity to a SARIF level: info becomes note.
func sarifLevel(s parser.Severity) string {
	switch s {
	case parser.SeverityError:
		return "error"
	case parser.SeverityWarning:
		return "warning"
	}
	return "note"
}

// sarifFindingLocation is where a finding is: its file and region, with the
// resource address as a logical location. ok is false without a file.
func sarifFindingLocation(f rules.Finding) (sarifLocation, bool) {
	pl, ok := physical(f.Range)
	if !ok {
		return sarifLocation{}, false
	}
	loc := sarifLocation{PhysicalLocation: pl}
	if f.Address != "" {
		loc.LogicalLocations = []sarifLogical{{FullyQualifiedName: f.Address, Kind: "resource"}}
	}
	if f.Root != "" {
		loc.Properties = &sarifLocationP{Root: f.Root}
	}
	return loc, true
}

// physical turns a range into a SARIF physical location; ok is false when
// the range has no file. When the line is unknown the region is the file's
// first line: GitHub needs a region to show a result in its file.
func physical(r parser.Range) (*sarifPhysical, bool) {
	if r.File == "" {
		return nil, false
	}
	if r.Start.Line < 1 {
		r.Start, r.End = parser.Pos{Line: 1, Column: 1}, parser.Pos{}
	}
	return &sarifPhysical{ArtifactLocation: artifact(r.File), Region: region(r)}, true
}

// artifact refers to a file: relative to %SRCROOT% (the scan root, which is
// the repository root in CI), or a file URI for an absolute path.
func artifact(file string) sarifArtifact {
	if path.IsAbs(file) {
		u := url.URL{Scheme: "file", Path: file}
		return sarifArtifact{URI: u.String()}
	}
	u := url.URL{Path: strings.TrimPrefix(path.Clean(file), "./")}
	return sarifArtifact{URI: u.String(), URIBaseID: sarifSrcRoot}
}

// region maps a parser range (1-based, end exclusive) to a SARIF region (the
// same conventions). An end that is missing or before the start becomes the
// rest of the start line.
func region(r parser.Range) *sarifRegion {
	reg := &sarifRegion{StartLine: r.Start.Line, StartColumn: max(r.Start.Column, 1)}
	end := r.End
	switch {
	case end.Line > reg.StartLine && end.Column >= 1:
		reg.EndLine, reg.EndColumn = end.Line, end.Column
	case end.Line > reg.StartLine:
		reg.EndLine = end.Line
	case end.Line == reg.StartLine && end.Column > reg.StartColumn:
		reg.EndLine, reg.EndColumn = end.Line, end.Column
	default:
		reg.EndLine = reg.StartLine
	}
	return reg
}

// fingerprint identifies a finding across runs without its line, so moving a
// resource keeps its alerts. seen numbers repeats of the same identity.
func fingerprint(f rules.Finding, seen map[string]int) string {
	key := strings.Join([]string{ruleID(f), f.Range.File, f.Root, f.Address}, "\x00")
	n := seen[key]
	seen[key]++
	if n > 0 {
		key += "\x00" + strconv.Itoa(n)
	}
	sum := sha256.Sum256([]byte(key))
	return hex.EncodeToString(sum[:16])
}

func suppression(s *rules.Suppression) sarifSuppression {
	out := sarifSuppression{Kind: "external", Status: "accepted", Justification: s.Reason}
	if s.Kind == "inline" {
		out.Kind = "inSource"
	} else if out.Justification == "" {
		out.Justification = "in the a2z baseline"
	}
	if s.Until != "" {
		out.Justification = joinNonEmpty(" ", out.Justification, "(until "+s.Until+")")
	}
	if pl, ok := physical(s.Range); ok {
		out.Location = &sarifLocation{PhysicalLocation: pl}
	}
	return out
}

// sarifURI keeps link only when it is an absolute URI, as helpUri must be.
func sarifURI(link string) string {
	u, err := url.Parse(link)
	if err != nil || !u.IsAbs() {
		return ""
	}
	return link
}

// firstSentence is s up to its first sentence end (". ") or line break.
func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "\r\n"); i >= 0 {
		s = s[:i]
	}
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i+1]
	}
	return s
}

// singleLine joins a text's lines with spaces.
func singleLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func nonEmpty(s, fallback string) string {
	if strings.TrimSpace(s) == "" {
		return fallback
	}
	return s
}
