package report

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// htmlResult is fullResult plus a suppressed finding.
func htmlResult() *rules.Result {
	r := fullResult()
	r.Findings = append(r.Findings, rules.Finding{
		Rule:       "aws-s3-bucket/replication",
		Severity:   parser.SeverityWarning,
		Message:    "Replication becomes object replication between accounts.",
		Range:      rng("infra/main.tf", 16, 3),
		Address:    "aws_s3_bucket.logs",
		Suppressed: &rules.Suppression{Kind: "inline", Reason: "handled by the platform team", Until: "2027-01-31"},
	})
	r.Sort()
	return r
}

func htmlOptions() Options {
	return Options{
		Version:       "1.2.3",
		ScanDate:      "2026-11-26",
		Sources:       []string{"infra", "stacks/app.yaml"},
		EffortWeights: map[rules.Status]float64{rules.StatusNone: 8},
	}
}

func TestHTMLDataGolden(t *testing.T) {
	for name, r := range map[string]*rules.Result{"html-data.golden.json": htmlResult(), "html-data-empty.golden.json": {}} {
		t.Run(name, func(t *testing.T) {
			out, err := json.MarshalIndent(htmlData(r, htmlOptions()), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			checkGolden(t, name, append(out, '\n'))
		})
	}
}

func TestHTMLGolden(t *testing.T) {
	checkGolden(t, "html-full.golden.html", render(t, "html", htmlOptions(), htmlResult()))
}

func TestHTMLData(t *testing.T) {
	m := htmlData(htmlResult(), htmlOptions())
	sum := htmlResult().Summarize()
	if m.Resources != sum.Resources || len(m.Rows) != sum.Resources {
		t.Errorf("resources %d, rows %d, want %d", m.Resources, len(m.Rows), sum.Resources)
	}
	for _, s := range m.ByStatus {
		if s.Count != sum.ByStatus[s.Status] {
			t.Errorf("status %s: %d, want %d", s.Status, s.Count, sum.ByStatus[s.Status])
		}
	}
	// 2 errors; the suppressed warning is listed apart and not counted.
	if len(m.Blockers) != 2 || len(m.Suppressed) != 1 {
		t.Errorf("blockers %d, suppressed %d; want 2 and 1", len(m.Blockers), len(m.Suppressed))
	}
	if got := m.Suppressed[0].Suppressed; got != "inline: handled by the platform team: until 2027-01-31" {
		t.Errorf("suppression = %q", got)
	}
	// direct 2×0.5 + partial 2×2 + none 1×8 (custom) + implicit 1×0.1 + unknown 1×1
	if m.Effort.Total != 14.1 {
		t.Errorf("effort = %v, want 14.1", m.Effort.Total)
	}
	if len(m.Unmapped) != 1 || m.Unmapped[0].Address != "aws_bedrockagent_agent.helper" {
		t.Errorf("unmapped = %+v", m.Unmapped)
	}
	if len(m.Orphans) != 1 || m.Orphans[0].Address != "aws_kms_key.gone" {
		t.Errorf("orphans = %+v", m.Orphans)
	}
	total := 0
	for _, c := range m.AWSServices {
		total += c.Count
	}
	if total != m.Resources {
		t.Errorf("AWS service chart sums to %d, want %d", total, m.Resources)
	}
}

func TestHTMLEffortDefaults(t *testing.T) {
	m := htmlData(htmlResult(), Options{})
	if m.Effort.Total != 11.1 {
		t.Errorf("default effort = %v, want 11.1", m.Effort.Total)
	}
	for _, row := range m.Effort.Rows {
		if row.Weight != DefaultEffortWeights[row.Status] {
			t.Errorf("%s weight %v, want the default %v", row.Status, row.Weight, DefaultEffortWeights[row.Status])
		}
	}
}

func TestAWSService(t *testing.T) {
	for typ, want := range map[string]string{
		"aws_sqs_queue":            "sqs",
		"awscc_s3_bucket":          "s3",
		"aws_s3_bucket_versioning": "s3",
		"AWS::SQS::Queue":          "SQS",
		"AWS::Lambda::Function":    "Lambda",
		"Custom::Thing":            "Custom::Thing",
		"":                         "(no type)",
	} {
		if got := awsService(typ); got != want {
			t.Errorf("awsService(%q) = %q, want %q", typ, got, want)
		}
	}
}

// The page loads nothing: no external stylesheet, script, image, frame or
// CSS url(); the only absolute URLs are <a href> links.
func TestHTMLSelfContained(t *testing.T) {
	out := string(render(t, "html", htmlOptions(), htmlResult()))
	for _, bad := range []string{"<link", "<img", "<iframe", "<object", "<embed", "<script src", "url(", "@import", "<base", "srcset"} {
		if strings.Contains(strings.ToLower(out), bad) {
			t.Errorf("page contains %q", bad)
		}
	}
	urlRE := regexp.MustCompile(`(?i)https?://`)
	links := 0
	for _, loc := range urlRE.FindAllStringIndex(out, -1) {
		tagStart := strings.LastIndex(out[:loc[0]], "<")
		if !strings.HasPrefix(out[tagStart:loc[0]], `<a href="`) || tagStart+len(`<a href="`) != loc[0] {
			t.Errorf("absolute URL outside an <a href>: %q", out[max(0, loc[0]-40):min(len(out), loc[1]+40)])
		}
		links++
	}
	if links == 0 {
		t.Error("no documentation links in the page")
	}
}

func TestHTMLStructure(t *testing.T) {
	r := htmlResult()
	out := string(render(t, "html", htmlOptions(), r))
	for _, want := range []string{
		"<!DOCTYPE html>", `<html lang="en">`, `<meta charset="utf-8">`, "<main>", "</main>", `<nav aria-label="Sections">`,
		`<section id="summary"`, `<section id="charts"`, `<section id="resources"`, `<section id="service-map"`,
		`<section id="unmapped"`, `<section id="suppressed"`, `<section id="diagnostics"`,
		`<table id="resource-table">`, `<th scope="col">Address</th>`, "<thead>", "@media print",
		`<svg viewBox=`, `role="img"`, `<figure id="chart-aws">`, `<figure id="chart-azure">`, `<figure id="chart-mix">`, `<figure id="chart-caveats">`,
		`<dd data-figure="resources">7</dd>`, `<dd data-figure="blockers">2</dd>`, `<span data-figure="effort">14.1</span>`,
		`<time datetime="2026-11-26" id="scan-date">2026-11-26</time>`, "<code>stacks/app.yaml</code>",
		`<a href="https://learn.microsoft.com/azure/service-bus-messaging/">Azure Service Bus</a>`,
		"handled by the platform team", "Invalid block definition", "aws_bedrockagent_agent.helper",
		"visibility_timeout_seconds &gt; 300 &amp; &lt; 43200",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if n := strings.Count(out, "<tr data-status="); n != len(r.Resources) {
		t.Errorf("%d table rows, want %d", n, len(r.Resources))
	}
	for _, st := range rules.Statuses {
		if !strings.Contains(out, `data-status-count="`+string(st)+`"`) {
			t.Errorf("no count for status %s", st)
		}
	}
	// Elements the page opens it also closes.
	for _, tag := range []string{"section", "table", "thead", "tbody", "tr", "svg", "figure", "ul", "script", "style", "main", "nav", "header", "footer", "g", "select", "a", "code"} {
		open := regexp.MustCompile(`<`+tag+`[\s>]`).FindAllStringIndex(out, -1)
		if c := strings.Count(out, "</"+tag+">"); len(open) != c {
			t.Errorf("<%s> opened %d times, closed %d times", tag, len(open), c)
		}
	}
}

// Text from the scanned files is escaped wherever it lands, and a link that
// is not http(s) is neutralised.
func TestHTMLEscapes(t *testing.T) {
	evil := `<script>alert("x")</script>`
	res := tfResource(`a"><b>.tf`, 1, "aws_sqs_queue", "q")
	res.Address = evil
	res.Type = "aws_" + evil
	r := &rules.Result{
		Resources: []rules.Mapped{{Resource: res, Status: rules.StatusDirect, Service: evil, Link: "javascript:alert(1)", Note: evil}},
		Findings: []rules.Finding{{Rule: evil, Severity: parser.SeverityError, Message: evil, Range: res.Range, Address: evil,
			Link: `javascript:alert(2)`}},
		Diagnostics: []parser.Diagnostic{{Severity: parser.SeverityError, Summary: evil, Range: res.Range}},
	}
	out := string(render(t, "html", Options{Sources: []string{evil}, ScanDate: evil}, r))
	if strings.Contains(out, "<script>alert") || strings.Contains(out, "<b>") {
		t.Error("markup from the scanned files reached the page unescaped")
	}
	if strings.Contains(out, "javascript:alert") {
		t.Error("javascript: link reached the page")
	}
	if strings.Count(out, "<script>") != 1 {
		t.Errorf("%d <script> elements, want the page's own only", strings.Count(out, "<script>"))
	}
}

func TestHTMLEmpty(t *testing.T) {
	out := string(render(t, "html", Options{}, &rules.Result{}))
	for _, want := range []string{`<dd data-figure="resources">0</dd>`, "Nothing to chart.", "None: no finding is an error."} {
		if !strings.Contains(out, want) {
			t.Errorf("empty page lacks %s", want)
		}
	}
	if diff := cmp.Diff(htmlData(nil, Options{}), htmlData(&rules.Result{}, Options{})); diff != "" {
		t.Errorf("nil and empty results differ:\n%s", diff)
	}
}
