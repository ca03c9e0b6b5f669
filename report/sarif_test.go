package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

const sarifSchemaFile = "sarif-schema-2.1.0.json"

// sarifFixture is fullResult with what SARIF must handle besides: an unknown
// type, a finding without a file (a plan read without its sources), one
// with a file but no line, suppressed findings (inline with a reason and an
// expiry, and from a baseline), a multi-line region, a range whose end is
// missing, and a file name that needs escaping in a URI.
func sarifFixture() *rules.Result {
	r := fullResult()
	for i := range r.Findings {
		// The engine names the finding for a type with no Azure equivalent
		// after the entry.
		if r.Findings[i].Rule == "aws-devicefarm-project/status" {
			r.Findings[i].Rule = "aws-devicefarm-project"
		}
	}
	multi := rng("infra/main.tf", 70, 1)
	multi.End = parser.Pos{Line: 79, Column: 2}
	noEnd := rng("stacks/app.yaml", 3, 3)
	noEnd.End = parser.Pos{}
	r.Findings = append(r.Findings,
		rules.Finding{
			Rule: rules.RuleUnknownType, Severity: parser.SeverityWarning,
			Message: "a2z does not know the resource type aws_bedrockagent_agent yet; decide its Azure target by hand",
			Range:   rng("infra/main.tf", 52, 1), Address: "aws_bedrockagent_agent.helper",
		},
		rules.Finding{
			Rule: rules.RuleUnknownType, Severity: parser.SeverityWarning,
			Message: "a2z does not know the resource type aws_bedrockagent_flow yet; decide its Azure target by hand",
			Address: "aws_bedrockagent_flow.plan", Root: "envs/prod",
		},
		rules.Finding{
			Rule: "aws-sqs-queue/dead-letter", Severity: parser.SeverityInfo,
			Message: "The redrive policy becomes Service Bus dead-lettering.",
			Range:   parser.Range{File: "infra/other files/q.tf"}, Address: "aws_sqs_queue.other",
		},
		rules.Finding{
			Rule: "aws-sqs-queue/fifo-sessions", Severity: parser.SeverityWarning,
			Message: "FIFO ordering becomes Service Bus sessions: set requires_session and send a session ID.",
			Range:   multi, Address: "aws_sqs_queue.audit",
			Suppressed: &rules.Suppression{Kind: "inline", Reason: "sessions are already used", Until: "2027-01-31", Range: rng("infra/main.tf", 69, 3)},
		},
		rules.Finding{
			Rule: "aws-sqs-queue/visibility-timeout", Severity: parser.SeverityWarning,
			Message: "visibility timeout over 5 minutes",
			Range:   noEnd, Address: "JobsQueue",
			Suppressed: &rules.Suppression{Kind: "baseline"},
		},
	)
	r.Sort()
	return r
}

// sarifRules stands in for the knowledge base the CLI reads.
func sarifRules(id string) (RuleInfo, bool) {
	switch id {
	case "aws-sqs-queue/fifo-sessions":
		return RuleInfo{
			Description: "FIFO ordering becomes Service Bus sessions. Set requires_session on the queue.",
			Link:        "https://learn.microsoft.com/azure/service-bus-messaging/message-sessions",
			Severity:    parser.SeverityWarning,
			Tags:        []string{"AWS::SQS", "Azure Service Bus", "AWS::SQS"},
		}, true
	case "aws-devicefarm-project":
		return RuleInfo{
			Short:       "aws_devicefarm_project has no Azure equivalent",
			Description: "aws_devicefarm_project has no Azure equivalent: keep the tests on a third-party device cloud.",
			Severity:    parser.SeverityError,
			Tags:        []string{"AWS Device Farm"},
		}, true
	case rules.RuleUnknownType:
		return RuleInfo{Description: rules.EngineRules[id], Tags: []string{"a2z-engine"}}, true
	}
	return RuleInfo{}, false
}

func sarifOptions() Options { return Options{Version: "1.2.3", Rules: sarifRules} }

func compileSARIFSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", sarifSchemaFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	doc, err := jsonschema.UnmarshalJSON(f)
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(sarifSchemaFile, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(sarifSchemaFile)
	if err != nil {
		t.Fatal(err)
	}
	return sch
}

// Every SARIF a2z writes validates against the official 2.1.0 schema.
func TestSARIFSchema(t *testing.T) {
	sch := compileSARIFSchema(t)
	tests := []struct {
		name   string
		opts   Options
		result *rules.Result
	}{
		{"fixture", sarifOptions(), sarifFixture()},
		{"full without rule info", Options{}, fullResult()},
		{"empty", sarifOptions(), &rules.Result{}},
		{"nil", Options{}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := render(t, "sarif", tt.opts, tt.result)
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("SARIF does not validate: %v\n%s", err, out)
			}
		})
	}
	// The validator does reject what the schema forbids.
	bad := []byte(`{"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "a2z"}}, "results": [{"message": {"text": "m"}, "level": "fatal"}]}]}`)
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(bad))
	if err != nil {
		t.Fatal(err)
	}
	if sch.Validate(inst) == nil {
		t.Error("an invalid level passed the schema")
	}
}

// The vendored schema is the project's shared reference copy.
func TestSARIFSchemaMatchesShared(t *testing.T) {
	shared, err := os.ReadFile(filepath.Join("..", "..", "shared", "reference", sarifSchemaFile))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("../../shared/reference is not here; the vendored schema is checked where it is")
	}
	if err != nil {
		t.Fatal(err)
	}
	vendored, err := os.ReadFile(filepath.Join("testdata", sarifSchemaFile))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(shared, vendored) {
		t.Errorf("testdata/%s differs from shared/reference/%[1]s; copy it again", sarifSchemaFile)
	}
}

// The parts of a SARIF log the tests read.
type sarifDoc struct {
	Schema  string `json:"$schema"`
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name           string `json:"name"`
				Version        string `json:"version"`
				InformationURI string `json:"informationUri"`
				Rules          []struct {
					ID               string            `json:"id"`
					ShortDescription map[string]string `json:"shortDescription"`
					FullDescription  map[string]string `json:"fullDescription"`
					Help             map[string]string `json:"help"`
					HelpURI          string            `json:"helpUri"`
					Default          struct {
						Level string `json:"level"`
					} `json:"defaultConfiguration"`
					Properties struct {
						Tags []string `json:"tags"`
					} `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		AutomationDetails struct {
			ID string `json:"id"`
		} `json:"automationDetails"`
		Invocations []struct {
			Notifications []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
		Results []sarifDocResult `json:"results"`
	} `json:"runs"`
}

type sarifDocResult struct {
	RuleID    string            `json:"ruleId"`
	RuleIndex *int              `json:"ruleIndex"`
	Level     string            `json:"level"`
	Message   map[string]string `json:"message"`
	Locations []struct {
		Physical *struct {
			Artifact struct {
				URI       string `json:"uri"`
				URIBaseID string `json:"uriBaseId"`
			} `json:"artifactLocation"`
			Region *struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn"`
				EndLine     int `json:"endLine"`
				EndColumn   int `json:"endColumn"`
			} `json:"region"`
		} `json:"physicalLocation"`
	} `json:"locations"`
	Fingerprints map[string]string `json:"partialFingerprints"`
	Suppressions []struct {
		Kind          string `json:"kind"`
		Justification string `json:"justification"`
	} `json:"suppressions"`
}

func decodeSARIF(t *testing.T, out []byte) *sarifDoc {
	t.Helper()
	var doc sarifDoc
	dec := json.NewDecoder(bytes.NewReader(out))
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return &doc
}

// The rules GitHub code scanning applies on upload, beyond the schema.
func TestSARIFGitHubRules(t *testing.T) {
	r := sarifFixture()
	out := render(t, "sarif", sarifOptions(), r)
	doc := decodeSARIF(t, out)

	if doc.Version != "2.1.0" || doc.Schema == "" {
		t.Errorf("version %q, $schema %q", doc.Version, doc.Schema)
	}
	if len(doc.Runs) != 1 {
		t.Fatalf("%d runs, want exactly 1", len(doc.Runs))
	}
	run := doc.Runs[0]
	d := run.Tool.Driver
	if d.Name != "a2z" || d.Version != "1.2.3" || !strings.HasPrefix(d.InformationURI, "https://") {
		t.Errorf("driver = %q %q %q", d.Name, d.Version, d.InformationURI)
	}
	if run.AutomationDetails.ID != "a2z/" {
		t.Errorf("automationDetails.id = %q, want the fixed category a2z/", run.AutomationDetails.ID)
	}
	if len(run.Invocations) != 1 || len(run.Invocations[0].Notifications) != len(r.Diagnostics) {
		t.Errorf("want one invocation with one notification per diagnostic (%d): %+v", len(r.Diagnostics), run.Invocations)
	}

	// One rule per rule ID used, sorted, none unused.
	var ids []string
	for _, f := range r.Findings {
		if !slices.Contains(ids, f.Rule) {
			ids = append(ids, f.Rule)
		}
	}
	slices.Sort(ids)
	var ruleIDs []string
	for _, rule := range d.Rules {
		ruleIDs = append(ruleIDs, rule.ID)
		if rule.ShortDescription["text"] == "" || strings.Contains(rule.ShortDescription["text"], "\n") {
			t.Errorf("rule %s: short description %q", rule.ID, rule.ShortDescription["text"])
		}
		if !slices.Contains([]string{"error", "warning", "note"}, rule.Default.Level) {
			t.Errorf("rule %s: default level %q", rule.ID, rule.Default.Level)
		}
		if len(rule.Properties.Tags) == 0 || rule.Properties.Tags[0] != "azure-migration" {
			t.Errorf("rule %s: tags %v", rule.ID, rule.Properties.Tags)
		}
	}
	if !slices.Equal(ids, ruleIDs) {
		t.Errorf("rules %v, want the rule IDs of the results %v", ruleIDs, ids)
	}
	rule := func(id string) int { return slices.Index(ruleIDs, id) }

	// Rule metadata from Options.Rules, and from the findings without it.
	fifo := d.Rules[rule("aws-sqs-queue/fifo-sessions")]
	if fifo.HelpURI != "https://learn.microsoft.com/azure/service-bus-messaging/message-sessions" ||
		fifo.ShortDescription["text"] != "FIFO ordering becomes Service Bus sessions." ||
		!strings.HasPrefix(fifo.FullDescription["text"], "FIFO ordering") || !strings.Contains(fifo.Help["text"], fifo.HelpURI) ||
		fifo.Default.Level != "warning" || !slices.Equal(fifo.Properties.Tags, []string{"azure-migration", "AWS::SQS", "Azure Service Bus"}) {
		t.Errorf("fifo-sessions rule = %+v", fifo)
	}
	if dev := d.Rules[rule("aws-devicefarm-project")]; dev.Default.Level != "error" || dev.ShortDescription["text"] != "aws_devicefarm_project has no Azure equivalent" {
		t.Errorf("devicefarm rule = %+v", dev)
	}
	if unk := d.Rules[rule(rules.RuleUnknownType)]; unk.FullDescription["text"] != rules.EngineRules[rules.RuleUnknownType] || unk.Default.Level != "warning" {
		t.Errorf("unknown-type rule = %+v", unk)
	}
	if kms := d.Rules[rule("aws-kms-key/rotation")]; kms.ShortDescription["text"] != "aws-kms-key/rotation" || kms.Default.Level != "note" || kms.FullDescription != nil || kms.HelpURI != "" {
		t.Errorf("rule without info or link = %+v", kms)
	}
	if lambda := d.Rules[rule("aws-lambda-function/timeout")]; lambda.HelpURI != "https://learn.microsoft.com/azure/azure-functions/functions-scale" || lambda.Default.Level != "error" {
		t.Errorf("rule without info takes its findings' link and severity: %+v", lambda)
	}

	if len(run.Results) != len(r.Findings) {
		t.Fatalf("%d results for %d findings", len(run.Results), len(r.Findings))
	}
	levels := map[parser.Severity]string{parser.SeverityError: "error", parser.SeverityWarning: "warning", parser.SeverityInfo: "note"}
	fingerprints := map[string]bool{}
	withoutFile := 0
	for i, res := range run.Results {
		f := r.Findings[i]
		if res.RuleID != f.Rule || res.RuleIndex == nil || *res.RuleIndex < 0 || *res.RuleIndex >= len(d.Rules) || d.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %d: ruleId %q, ruleIndex %v does not point at its rule", i, res.RuleID, res.RuleIndex)
		}
		if res.Level != levels[f.Severity] {
			t.Errorf("result %d: level %q for severity %s", i, res.Level, f.Severity)
		}
		if res.Message["text"] != f.Message {
			t.Errorf("result %d: message %q", i, res.Message["text"])
		}
		fp := res.Fingerprints["a2zFinding/v1"]
		if len(fp) < 16 || fingerprints[fp] {
			t.Errorf("result %d: fingerprint %q missing or not unique", i, fp)
		}
		fingerprints[fp] = true

		if f.Range.File == "" {
			withoutFile++
			if len(res.Locations) != 0 {
				t.Errorf("result %d: a finding without a file has locations %+v", i, res.Locations)
			}
		}
		for _, loc := range res.Locations {
			if loc.Physical == nil {
				t.Errorf("result %d: location without physicalLocation", i)
				continue
			}
			a := loc.Physical.Artifact
			if a.URI == "" || strings.HasPrefix(a.URI, "/") || strings.Contains(a.URI, `\`) || a.URIBaseID != "%SRCROOT%" {
				t.Errorf("result %d: artifact %+v, want a relative URI under %%SRCROOT%%", i, a)
			}
			reg := loc.Physical.Region
			if reg == nil {
				t.Errorf("result %d: no region", i)
				continue
			}
			if reg.StartLine < 1 || reg.StartColumn < 1 || reg.EndLine < reg.StartLine ||
				(reg.EndColumn != 0 && reg.EndLine == reg.StartLine && reg.EndColumn < reg.StartColumn) {
				t.Errorf("result %d: bad region %+v", i, *reg)
			}
			if reg.StartLine != max(f.Range.Start.Line, 1) || (f.Range.Start.Line > 0 && f.Range.End.Line >= f.Range.Start.Line && f.Range.End.Line != reg.EndLine) {
				t.Errorf("result %d: region %+v from range %+v", i, *reg, f.Range)
			}
		}

		switch {
		case f.Suppressed == nil && len(res.Suppressions) > 0:
			t.Errorf("result %d is suppressed but the finding is not", i)
		case f.Suppressed != nil && len(res.Suppressions) != 1:
			t.Errorf("result %d: suppressed finding has suppressions %+v", i, res.Suppressions)
		case f.Suppressed != nil:
			want := map[string]string{"inline": "inSource", "baseline": "external"}[f.Suppressed.Kind]
			if s := res.Suppressions[0]; s.Kind != want || !strings.Contains(s.Justification, f.Suppressed.Reason) {
				t.Errorf("result %d: suppression %+v for %+v", i, s, *f.Suppressed)
			}
		}
	}
	if withoutFile == 0 {
		t.Error("the fixture has no finding without a file")
	}
	if !bytes.Contains(out, []byte(`"uri": "infra/other%20files/q.tf"`)) {
		t.Errorf("a space in a file name is not escaped in its URI")
	}
}

// Moving resources to other lines changes no fingerprint; another address,
// rule or file does.
func TestSARIFFingerprintsStable(t *testing.T) {
	fps := func(r *rules.Result) []string {
		doc := decodeSARIF(t, render(t, "sarif", Options{}, r))
		var out []string
		for _, res := range doc.Runs[0].Results {
			out = append(out, res.Fingerprints["a2zFinding/v1"])
		}
		return out
	}
	before := fps(sarifFixture())

	moved := sarifFixture()
	for i := range moved.Findings {
		rg := &moved.Findings[i].Range
		if rg.Start.Line > 0 {
			rg.Start.Line += 7
			rg.Start.Column += 2
			rg.End.Line += 7
		}
	}
	if after := fps(moved); !slices.Equal(before, after) {
		t.Errorf("fingerprints changed when lines moved:\n%v\n%v", before, after)
	}

	for _, change := range []func(*rules.Finding){
		func(f *rules.Finding) { f.Address += "_renamed" },
		func(f *rules.Finding) { f.Rule += "-other" },
		func(f *rules.Finding) { f.Range.File = "elsewhere.tf" },
		func(f *rules.Finding) { f.Root = "envs/other" },
	} {
		r := sarifFixture()
		change(&r.Findings[0])
		if after := fps(r); after[0] == before[0] {
			t.Errorf("fingerprint unchanged after changing %+v", r.Findings[0])
		}
	}
}

func TestSARIFDeterministic(t *testing.T) {
	out := render(t, "sarif", sarifOptions(), sarifFixture())
	for range 5 {
		if again := render(t, "sarif", sarifOptions(), sarifFixture()); !bytes.Equal(out, again) {
			t.Fatal("two renderings of the same result differ")
		}
	}
	if !bytes.HasSuffix(out, []byte("}\n")) {
		t.Error("output does not end with a newline")
	}
	if !bytes.Contains(out, []byte("> 300 & < 43200")) {
		t.Error("<, > and & are escaped; want them as is")
	}
}

func TestSARIFGolden(t *testing.T) {
	checkGolden(t, "golden.sarif", render(t, "sarif", sarifOptions(), sarifFixture()))
}

func TestSARIFRegion(t *testing.T) {
	tests := []struct {
		name       string
		start, end parser.Pos
		want       sarifRegion
	}{
		{"one line", parser.Pos{Line: 3, Column: 5}, parser.Pos{Line: 3, Column: 9}, sarifRegion{3, 5, 3, 9}},
		{"lines", parser.Pos{Line: 3, Column: 1}, parser.Pos{Line: 8, Column: 2}, sarifRegion{3, 1, 8, 2}},
		{"end without column", parser.Pos{Line: 3, Column: 1}, parser.Pos{Line: 8}, sarifRegion{3, 1, 8, 0}},
		{"no end", parser.Pos{Line: 3, Column: 4}, parser.Pos{}, sarifRegion{3, 4, 3, 0}},
		{"end before start", parser.Pos{Line: 3, Column: 4}, parser.Pos{Line: 3, Column: 2}, sarifRegion{3, 4, 3, 0}},
		{"no column", parser.Pos{Line: 3}, parser.Pos{Line: 3}, sarifRegion{3, 1, 3, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := region(parser.Range{File: "a.tf", Start: tt.start, End: tt.end})
			if *got != tt.want {
				t.Errorf("region = %+v, want %+v", *got, tt.want)
			}
		})
	}
}

func TestSARIFArtifact(t *testing.T) {
	tests := []struct {
		file string
		want sarifArtifact
	}{
		{"infra/main.tf", sarifArtifact{URI: "infra/main.tf", URIBaseID: "%SRCROOT%"}},
		{"./stacks/app.yaml", sarifArtifact{URI: "stacks/app.yaml", URIBaseID: "%SRCROOT%"}},
		{"my stacks/a#b.yaml", sarifArtifact{URI: "my%20stacks/a%23b.yaml", URIBaseID: "%SRCROOT%"}},
		// A first segment with a colon must not read as a URI scheme.
		{"c:d/main.tf", sarifArtifact{URI: "./c:d/main.tf", URIBaseID: "%SRCROOT%"}},
		{"/abs/main.tf", sarifArtifact{URI: "file:///abs/main.tf"}},
	}
	for _, tt := range tests {
		if got := artifact(tt.file); got != tt.want {
			t.Errorf("artifact(%q) = %+v, want %+v", tt.file, got, tt.want)
		}
	}
}

// TestSARIFResultLimit: GitHub code scanning rejects a run of more than
// 25,000 results, and a monorepo's scan has more findings than that. The
// log keeps the most severe (unsuppressed first), says what it left out,
// and gives each result the fingerprint it has in a complete log.
func TestSARIFResultLimit(t *testing.T) {
	finding := func(i int, sev parser.Severity) rules.Finding {
		return rules.Finding{
			Rule: "aws-sqs-queue/dead-letter", Severity: sev, Message: "dead-lettering",
			Range: rng("infra/main.tf", i%5000+1, 1), Address: fmt.Sprintf("aws_sqs_queue.q%d", i),
		}
	}
	r := &rules.Result{}
	for i := range sarifMaxResults {
		r.Findings = append(r.Findings, finding(i, parser.SeverityInfo))
	}
	// Suppressed: left out before any unsuppressed info finding. Finding 4
	// repeats it (same resource and rule), so its fingerprint counts the
	// one left out.
	r.Findings[3].Suppressed = &rules.Suppression{Kind: "baseline"}
	r.Findings[4] = r.Findings[3]
	r.Findings[4].Suppressed = nil
	for i := range 9 {
		sev := parser.SeverityWarning
		if i%2 == 0 {
			sev = parser.SeverityError
		}
		r.Findings = append(r.Findings, finding(sarifMaxResults+i, sev))
	}
	ref := make([]string, len(r.Findings))
	seen := map[string]int{}
	for i, f := range r.Findings {
		ref[i] = fingerprint(f, seen)
	}
	if ref[3] == ref[4] {
		t.Fatal("the fixture's repeated finding has the first one's fingerprint")
	}

	doc := decodeSARIF(t, render(t, "sarif", Options{}, r))
	run := doc.Runs[0]
	if len(run.Results) != sarifMaxResults {
		t.Fatalf("%d results, want %d", len(run.Results), sarifMaxResults)
	}
	levels := map[string]int{}
	kept := map[string]bool{}
	for _, res := range run.Results {
		levels[res.Level]++
		kept[res.Fingerprints["a2zFinding/v1"]] = true
	}
	if levels["error"] != 5 || levels["warning"] != 4 {
		t.Errorf("levels %v: want every error (5) and warning (4)", levels)
	}
	// Left out: the suppressed finding, then the last 8 info findings.
	for i, want := range map[int]bool{3: false, 4: true, 24991: true, 24992: false, 24999: false, sarifMaxResults: true} {
		if kept[ref[i]] != want {
			t.Errorf("finding %d kept = %v, want %v", i, kept[ref[i]], want)
		}
	}
	notes := run.Invocations[0].Notifications
	if len(notes) != 1 || !strings.Contains(notes[0].Message.Text, fmt.Sprintf("%d of the scan's %d findings", sarifMaxResults, len(r.Findings))) {
		t.Errorf("notifications %+v: want one saying what was left out", notes)
	}
}
