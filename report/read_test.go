package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// jsonGoldens are the JSON results the tests keep: report/testdata and the
// JSON files of the CLI scripts that hold a scan result.
func jsonGoldens(t *testing.T) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	for _, name := range []string{"empty.json", "full.json"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		out["testdata/"+name] = data
	}
	scripts, err := filepath.Glob("../cmd/a2z/testdata/script/*.txtar")
	if err != nil {
		t.Fatal(err)
	}
	for _, script := range scripts {
		ar, err := txtar.ParseFile(script)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range ar.Files {
			if strings.HasSuffix(f.Name, ".json") && json.Valid(f.Data) && bytes.Contains(f.Data, []byte(`"resources": [`)) && bytes.Contains(f.Data, []byte(`"version": 1,`)) {
				out[filepath.Base(script)+":"+f.Name] = f.Data
			}
		}
	}
	if _, ok := out["golden.txtar:want.json"]; !ok {
		t.Fatal("golden.txtar has no want.json: the test would miss the main golden")
	}
	return out
}

// Every JSON golden reads back into a result that writes the same bytes.
func TestReadJSONRoundTrip(t *testing.T) {
	for name, data := range jsonGoldens(t) {
		t.Run(name, func(t *testing.T) {
			res, err := ReadJSON(bytes.NewReader(data))
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := (jsonReporter{}).Report(&buf, res); err != nil {
				t.Fatal(err)
			}
			if buf.String() != string(data) {
				t.Errorf("written again, the JSON differs:\n%s\nwant:\n%s", buf.String(), data)
			}
		})
	}
}

func TestReadJSONFields(t *testing.T) {
	in := `{"version": 1,
  "resources": [{"source": "cloudformation", "file": "t.yaml", "line": 3, "column": 5, "address": "Api/Handler",
    "type": "AWS::Lambda::Function", "name": "Handler", "condition": {"name": "Prod", "value": "unknown"},
    "repository": "orders",
    "mapping": {"id": "aws-lambda-function", "status": "direct", "azure_service": "Azure Functions",
      "azure_terraform": ["azurerm_linux_function_app"], "azure_arm": [], "azure_location": "westeurope",
      "translations": [{"name": "vm-size", "from": "t3.micro", "to": "Standard_B2ats_v2", "note": "n"}]}},
    {"source": "terraform", "file": "m/main.tf", "line": 1, "column": 1, "address": "module.a.data.aws_ami.x",
     "type": "aws_ami", "root": ".", "called_from": [{"file": "main.tf", "line": 2, "column": 1}],
     "unexpanded": "count = var.n", "mapping": {"id": "", "status": "unknown", "azure_service": "",
     "azure_terraform": [], "azure_arm": [], "azure_location": "", "translations": []}}],
  "findings": [{"rule": "r/x", "severity": "warning", "message": "m", "file": "t.yaml", "line": 3, "column": 5,
    "address": "Api/Handler", "link": "https://example.com", "repository": "orders",
    "suppression": {"kind": "inline", "reason": "known", "until": "2030-01-01"}}],
  "diagnostics": [{"severity": "error", "message": "bad: worse", "file": "b.tf", "line": 7, "repository": "orders"}],
  "summary": {"resources": 2, "by_status": {}, "findings_by_severity": {}, "suppressed": 1},
  "later_field": {"ignored": true}}`
	res, err := ReadJSON(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Resources) != 2 || len(res.Findings) != 1 || len(res.Diagnostics) != 1 {
		t.Fatalf("got %d resources, %d findings, %d diagnostics", len(res.Resources), len(res.Findings), len(res.Diagnostics))
	}
	cfn, tf := res.Resources[0], res.Resources[1]
	if r := cfn.Resource; r.Name != "Handler" || r.Condition != "Prod" || r.ConditionValue != "unknown" || r.Repository != "orders" ||
		r.Range.Start != (parser.Pos{Line: 3, Column: 5}) || r.Source != parser.SourceCloudFormation {
		t.Errorf("CloudFormation resource: %+v", r)
	}
	if cfn.Status != rules.StatusDirect || cfn.Location != "westeurope" || len(cfn.Translations) != 1 || cfn.Translations[0].To != "Standard_B2ats_v2" {
		t.Errorf("mapping: %+v", cfn)
	}
	if r := tf.Resource; r.Kind != parser.KindData || r.Root != "." || len(r.Calls) != 1 || r.Calls[0].File != "main.tf" || r.Unexpanded != "count = var.n" {
		t.Errorf("Terraform resource: %+v", r)
	}
	f := res.Findings[0]
	if f.Repository != "orders" || f.Suppressed == nil || *f.Suppressed != (rules.Suppression{Kind: "inline", Reason: "known", Until: "2030-01-01"}) {
		t.Errorf("finding: %+v", f)
	}
	if d := res.Diagnostics[0]; d.Message() != "bad: worse" || d.Range.Start.Line != 7 || d.Repository != "orders" {
		t.Errorf("diagnostic: %+v", d)
	}
}

func TestReadJSONRejects(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"version": 2, "resources": []}`, "unsupported a2z JSON version 2"},
		{`{"resources": []}`, `no "version" field`},
		{`[1, 2]`, "not an a2z JSON result"},
		{`{"version": 1, "resources": [`, "not an a2z JSON result"},
		{`{"version": 1, "resources": {}}`, "reading a2z JSON result"},
		{``, "not an a2z JSON result"},
	} {
		_, err := ReadJSON(strings.NewReader(tc.in))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("ReadJSON(%q) = %v, want an error with %q", tc.in, err, tc.want)
		}
	}
	_, err := ReadJSON(strings.NewReader(`{"version": 0}`))
	if !errors.Is(err, ErrJSONVersion) {
		t.Errorf("version 0: %v does not wrap ErrJSONVersion", err)
	}
}

// The repository of a merged result shows in the text, CSV and markdown
// reports and keeps two repositories' equal addresses apart.
func TestRepositoryInReports(t *testing.T) {
	res := &rules.Result{}
	for _, repo := range []string{"billing", "orders"} {
		r := parser.Resource{Source: parser.SourceTerraform, Type: "aws_sqs_queue", Address: "aws_sqs_queue.jobs",
			Range: parser.Range{File: "main.tf", Start: parser.Pos{Line: 1, Column: 1}}, Repository: repo}
		res.Resources = append(res.Resources, rules.Mapped{Resource: r, Status: rules.StatusDirect, Service: "Azure Service Bus"})
		res.Findings = append(res.Findings, rules.Finding{Rule: "r/" + repo, Severity: parser.SeverityError, Message: "in " + repo,
			Range: r.Range, Address: r.Address, Repository: repo})
	}
	res.Sort()
	render := func(format string) string {
		rep, err := New(format, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := rep.Report(&buf, res); err != nil {
			t.Fatal(err)
		}
		return buf.String()
	}
	text := render("text")
	for _, want := range []string{"billing: main.tf\n  main.tf:1:1  aws_sqs_queue.jobs  (aws_sqs_queue)\n    -> Azure Service Bus [direct]\n    error    in billing [r/billing]\n",
		"orders: main.tf\n  main.tf:1:1  aws_sqs_queue.jobs  (aws_sqs_queue)\n    -> Azure Service Bus [direct]\n    error    in orders [r/orders]\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q:\n%s", want, text)
		}
	}
	csvOut := render("csv")
	lines := strings.Split(strings.TrimSpace(csvOut), "\n")
	if len(lines) != 3 || !strings.HasSuffix(lines[0], ",note,repository") || !strings.HasSuffix(lines[1], ",billing") || !strings.HasSuffix(lines[2], ",orders") {
		t.Errorf("CSV report:\n%s", csvOut)
	}
	md := render("markdown")
	for _, want := range []string{"<b>billing</b>: <code>main.tf</code>", "<b>orders</b>: <code>main.tf</code>", "in orders at"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown report lacks %q:\n%s", want, md)
		}
	}
	// Without repositories the CSV keeps its columns.
	if strings.Contains(render("json"), `"repository"`) != true {
		t.Error("JSON report lacks the repository")
	}
	res.Resources[0].Resource.Repository, res.Resources[1].Resource.Repository = "", ""
	if strings.Contains(strings.SplitN(render("csv"), "\n", 2)[0], "repository") {
		t.Error("CSV of an unmerged result has a repository column")
	}
}

func TestIsDataAddress(t *testing.T) {
	for addr, want := range map[string]bool{
		"data.aws_ami.x": true, "module.m[0].data.aws_ami.x": true, "module.data.aws_ami.x": false,
		"aws_ami.x": false, "module.data.data.aws_ami.x": true,
	} {
		if got := isDataAddress(addr, "aws_ami"); got != want {
			t.Errorf("isDataAddress(%q) = %v, want %v", addr, got, want)
		}
	}
}
