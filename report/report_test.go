package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

func updating() bool { return *update || os.Getenv("UPDATE_GOLDEN") == "1" }

func rng(file string, line, col int) parser.Range {
	return parser.Range{
		File:  file,
		Start: parser.Pos{Line: line, Column: col},
		End:   parser.Pos{Line: line, Column: col + 1},
	}
}

func tfResource(file string, line int, typ, name string) parser.Resource {
	return parser.Resource{
		Source:  parser.SourceTerraform,
		Kind:    parser.KindResource,
		Type:    typ,
		Name:    name,
		Address: typ + "." + name,
		Range:   rng(file, line, 1),
		Region:  "eu-west-1",
	}
}

func cfnResource(file string, line int, typ, logicalID string) parser.Resource {
	return parser.Resource{
		Source:  parser.SourceCloudFormation,
		Kind:    parser.KindResource,
		Type:    typ,
		Name:    logicalID,
		Address: logicalID,
		Range:   rng(file, line, 3),
	}
}

// fullResult has Terraform and CloudFormation resources, every status, findings
// of every severity (one with <, > and & in its message, one matching no
// resource), a file with only diagnostics, and a diagnostic in a resource file.
// It is built out of order and sorted the way the engine sorts it.
func fullResult() *rules.Result {
	const (
		tf  = "infra/main.tf"
		cfn = "stacks/app.yaml"
	)
	r := &rules.Result{
		Resources: []rules.Mapped{
			{
				Resource:  tfResource(tf, 30, "aws_s3_bucket_versioning", "logs"),
				MappingID: "aws-s3-bucket-versioning",
				Status:    rules.StatusImplicit,
				Service:   "Azure Blob Storage",
				Note:      "Set versioning_enabled in the blob_properties block of the azurerm_storage_account.",
			},
			{
				Resource:  tfResource(tf, 1, "aws_sqs_queue", "jobs"),
				MappingID: "aws-sqs-queue",
				Status:    rules.StatusDirect,
				Service:   "Azure Service Bus",
				Azurerm:   []string{"azurerm_servicebus_queue"},
				Requires:  []string{"azurerm_servicebus_namespace"},
				Location:  "northeurope",
				ARM:       []string{"Microsoft.ServiceBus/namespaces/queues"},
				Link:      "https://learn.microsoft.com/azure/service-bus-messaging/",
			},
			{
				Resource:  tfResource(tf, 12, "aws_s3_bucket", "logs"),
				MappingID: "aws-s3-bucket",
				Status:    rules.StatusPartial,
				Service:   "Azure Blob Storage",
				Azurerm:   []string{"azurerm_storage_account", "azurerm_storage_container"},
				ARM:       []string{"Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"},
			},
			{
				Resource:  tfResource(tf, 40, "aws_devicefarm_project", "mobile"),
				MappingID: "aws-devicefarm-project",
				Status:    rules.StatusNone,
				Note:      "Azure has no managed device farm; keep the tests on a third-party device cloud.",
			},
			{
				Resource: tfResource(tf, 52, "aws_bedrockagent_agent", "helper"),
				Status:   rules.StatusUnknown,
			},
			{
				Resource:  cfnResource(cfn, 8, "AWS::Lambda::Function", "Worker"),
				MappingID: "aws-lambda-function",
				Status:    rules.StatusPartial,
				Service:   "Azure Functions",
				Azurerm:   []string{"azurerm_linux_function_app"},
				Translations: []rules.Translation{
					{Name: "stack", From: "python3.12", To: "Python 3.12"},
					{Name: "architecture", From: "arm64", Note: "Functions run on x64 only"},
				},
				ARM:  []string{"Microsoft.Web/sites"},
				Note: "Runtime python3.12 runs on a Linux Flex Consumption plan.",
			},
			{
				Resource:  cfnResource(cfn, 3, "AWS::SQS::Queue", "JobsQueue"),
				MappingID: "aws-sqs-queue",
				Status:    rules.StatusDirect,
				Service:   "Azure Service Bus",
				Azurerm:   []string{"azurerm_servicebus_queue"},
				ARM:       []string{"Microsoft.ServiceBus/namespaces/queues"},
			},
		},
		Findings: []rules.Finding{
			{
				Rule:     "aws-sqs-queue/visibility-timeout",
				Severity: parser.SeverityWarning,
				Message:  "visibility_timeout_seconds > 300 & < 43200: Service Bus locks last at most 5 minutes; renew the lock.",
				Range:    rng(tf, 4, 3),
				Address:  "aws_sqs_queue.jobs",
				Link:     "https://learn.microsoft.com/azure/service-bus-messaging/message-transfers-locks-settlement",
			},
			{
				Rule:     "aws-sqs-queue/fifo-sessions",
				Severity: parser.SeverityWarning,
				Message:  "FIFO ordering becomes Service Bus sessions: set requires_session and send a session ID.",
				Range:    rng(tf, 3, 3),
				Address:  "aws_sqs_queue.jobs",
				Link:     "https://learn.microsoft.com/azure/service-bus-messaging/message-sessions",
			},
			{
				Rule:     "aws-s3-bucket/object-lock",
				Severity: parser.SeverityInfo,
				Message:  "Object lock becomes an immutability policy on the container.",
				Range:    rng(tf, 14, 3),
				Address:  "aws_s3_bucket.logs",
			},
			{
				Rule:     "aws-devicefarm-project/status",
				Severity: parser.SeverityError,
				Message:  "No Azure equivalent for aws_devicefarm_project.",
				Range:    rng(tf, 40, 1),
				Address:  "aws_devicefarm_project.mobile",
			},
			{
				Rule:     "aws-kms-key/rotation",
				Severity: parser.SeverityInfo,
				Message:  "Key rotation becomes a Key Vault rotation policy.",
				Range:    rng(tf, 60, 3),
				Address:  "aws_kms_key.gone",
			},
			{
				Rule:     "aws-lambda-function/timeout",
				Severity: parser.SeverityError,
				Message:  "Timeout 900s exceeds the 600s Consumption plan limit; use Flex Consumption or Premium.",
				Range:    rng(cfn, 12, 7),
				Address:  "Worker",
				Link:     "https://learn.microsoft.com/azure/azure-functions/functions-scale",
			},
		},
		Diagnostics: []parser.Diagnostic{
			{
				Severity: parser.SeverityWarning,
				Summary:  "Unresolvable !ImportValue",
				Detail:   "SharedVpcId is exported by another stack; its value is unknown.",
				Range:    rng(cfn, 20, 9),
			},
			{
				Severity: parser.SeverityError,
				Summary:  "Invalid block definition",
				Detail:   "Either a quoted string block label or an opening brace (\"{\") is expected here.",
				Range:    rng("infra/broken.tf", 7, 12),
			},
		},
	}
	r.Sort()
	return r
}

func render(t *testing.T, format string, opts Options, r *rules.Result) []byte {
	t.Helper()
	rep, err := New(format, opts)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := rep.Report(&buf, r); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if updating() {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./report -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (-want +got):\n%s", name, cmp.Diff(string(want), string(got)))
	}
}

func TestGolden(t *testing.T) {
	tests := []struct {
		golden string
		format string
		opts   Options
		result *rules.Result
	}{
		{"full.json", "json", Options{}, fullResult()},
		{"full.txt", "text", Options{}, fullResult()},
		{"full-color.txt", "text", Options{Color: true}, fullResult()},
		{"empty.json", "json", Options{}, &rules.Result{}},
		{"empty.txt", "text", Options{}, &rules.Result{}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			checkGolden(t, tt.golden, render(t, tt.format, tt.opts, tt.result))
		})
	}
}

// A nil result renders like an empty one.
func TestNilResult(t *testing.T) {
	for _, format := range Formats() {
		got := render(t, format, Options{}, nil)
		want := render(t, format, Options{}, &rules.Result{})
		if !bytes.Equal(got, want) {
			t.Errorf("%s: nil result:\n%s\nempty result:\n%s", format, got, want)
		}
	}
}

// TestJSONContract pins the JSON v1 shape: exact key sets at every level and
// the type of every value, so a renamed, dropped or retyped field fails here
// and not in a user's pipeline.
func TestJSONContract(t *testing.T) {
	out := render(t, "json", Options{}, fullResult())

	for i := 0; i < 5; i++ {
		if again := render(t, "json", Options{}, fullResult()); !bytes.Equal(out, again) {
			t.Fatalf("run %d gave different bytes", i)
		}
	}
	if !bytes.HasSuffix(out, []byte("}\n")) {
		t.Errorf("output does not end with a newline")
	}
	if !bytes.Contains(out, []byte("> 300 & < 43200")) {
		t.Errorf("<, > and & are escaped; want them as is")
	}

	var doc map[string]any
	if err := json.Unmarshal(out, &doc); err != nil {
		t.Fatal(err)
	}

	type kind int
	const (
		str kind = iota
		num
		arr
		obj
	)
	check := func(where string, m map[string]any, want map[string]kind) {
		t.Helper()
		var gotKeys, wantKeys []string
		for k := range m {
			gotKeys = append(gotKeys, k)
		}
		for k := range want {
			wantKeys = append(wantKeys, k)
		}
		slices.Sort(gotKeys)
		slices.Sort(wantKeys)
		if diff := cmp.Diff(wantKeys, gotKeys); diff != "" {
			t.Errorf("%s: keys (-want +got):\n%s", where, diff)
		}
		for k, kd := range want {
			v, ok := m[k]
			if !ok {
				continue
			}
			var good bool
			switch kd {
			case str:
				_, good = v.(string)
			case num:
				_, good = v.(float64)
			case arr:
				_, good = v.([]any)
			case obj:
				_, good = v.(map[string]any)
			}
			if !good {
				t.Errorf("%s.%s: got %T (%v), want kind %d", where, k, v, v, kd)
			}
		}
	}

	check("$", doc, map[string]kind{"version": num, "resources": arr, "findings": arr, "diagnostics": arr, "summary": obj})
	if v := doc["version"]; v != float64(1) {
		t.Errorf("version = %v, want 1", v)
	}

	resources := doc["resources"].([]any)
	if len(resources) != 7 {
		t.Fatalf("got %d resources, want 7", len(resources))
	}
	statuses := map[string]bool{}
	for i, x := range resources {
		res := x.(map[string]any)
		where := "resources[" + strconv.Itoa(i) + "]"
		check(where, res, map[string]kind{"source": str, "file": str, "line": num, "column": num, "address": str, "type": str, "mapping": obj})
		m := res["mapping"].(map[string]any)
		check(where+".mapping", m, map[string]kind{"id": str, "status": str, "azure_service": str, "azure_terraform": arr, "azure_arm": arr, "azure_location": str, "translations": arr})
		for _, list := range []string{"azure_terraform", "azure_arm"} {
			for _, e := range m[list].([]any) {
				if _, ok := e.(string); !ok {
					t.Errorf("%s.mapping.%s holds %T", where, list, e)
				}
			}
		}
		if s, _ := m["status"].(string); s == "unknown" && m["id"] != "" {
			t.Errorf("%s: unknown resource has mapping id %v, want \"\"", where, m["id"])
		}
		statuses[m["status"].(string)] = true
		if src := res["source"]; src != "terraform" && src != "cloudformation" {
			t.Errorf("%s.source = %v", where, src)
		}
	}
	for _, st := range rules.Statuses {
		if !statuses[string(st)] {
			t.Errorf("fixture lacks a resource with status %s", st)
		}
	}

	findings := doc["findings"].([]any)
	if len(findings) != 6 {
		t.Fatalf("got %d findings, want 6", len(findings))
	}
	for i, x := range findings {
		check("findings["+strconv.Itoa(i)+"]", x.(map[string]any), map[string]kind{
			"rule": str, "severity": str, "message": str, "file": str, "line": num, "column": num, "address": str, "link": str,
		})
	}

	diags := doc["diagnostics"].([]any)
	if len(diags) != 2 {
		t.Fatalf("got %d diagnostics, want 2", len(diags))
	}
	for i, x := range diags {
		check("diagnostics["+strconv.Itoa(i)+"]", x.(map[string]any), map[string]kind{"severity": str, "message": str, "file": str, "line": num})
	}

	summary := doc["summary"].(map[string]any)
	check("summary", summary, map[string]kind{"resources": num, "by_status": obj, "findings_by_severity": obj})
	byStatus := map[string]kind{}
	for _, st := range rules.Statuses {
		byStatus[string(st)] = num
	}
	check("summary.by_status", summary["by_status"].(map[string]any), byStatus)
	check("summary.findings_by_severity", summary["findings_by_severity"].(map[string]any),
		map[string]kind{"info": num, "warning": num, "error": num})
}

// The empty document still has arrays, not nulls, and every summary key.
func TestJSONEmptyArrays(t *testing.T) {
	out := string(render(t, "json", Options{}, &rules.Result{}))
	for _, want := range []string{`"resources": []`, `"findings": []`, `"diagnostics": []`, `"direct": 0`, `"unknown": 0`, `"info": 0`, `"error": 0`} {
		if !strings.Contains(out, want) {
			t.Errorf("empty JSON lacks %s:\n%s", want, out)
		}
	}
	if strings.Contains(out, "null") {
		t.Errorf("empty JSON has a null:\n%s", out)
	}
	// A mapped resource without targets still has arrays.
	r := &rules.Result{Resources: []rules.Mapped{{Resource: tfResource("a.tf", 1, "aws_x", "y"), Status: rules.StatusUnknown}}}
	out = string(render(t, "json", Options{}, r))
	if !strings.Contains(out, `"azure_terraform": []`) || !strings.Contains(out, `"azure_arm": []`) || strings.Contains(out, "null") {
		t.Errorf("unknown resource should have empty arrays:\n%s", out)
	}
}

func TestTextColor(t *testing.T) {
	for _, r := range []*rules.Result{fullResult(), {}} {
		plain := render(t, "text", Options{}, r)
		if bytes.ContainsRune(plain, '\x1b') {
			t.Errorf("escape code without colour:\n%q", plain)
		}
	}
	colored := render(t, "text", Options{Color: true}, fullResult())
	for _, code := range []string{"\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[35m", "\x1b[36m", "\x1b[0m"} {
		if !bytes.Contains(colored, []byte(code)) {
			t.Errorf("coloured output lacks %q", code)
		}
	}
	// Colour changes nothing but the escape codes.
	stripped := ansiRE.ReplaceAll(colored, nil)
	if plain := render(t, "text", Options{}, fullResult()); !bytes.Equal(stripped, plain) {
		t.Errorf("coloured output without escapes differs from plain (-plain +stripped):\n%s", cmp.Diff(string(plain), string(stripped)))
	}
}

// Nothing in the result is dropped by the text reporter.
func TestTextShowsEverything(t *testing.T) {
	r := fullResult()
	out := string(render(t, "text", Options{}, r))
	for _, m := range r.Resources {
		if !strings.Contains(out, m.Resource.Range.String()+"  "+m.Resource.Address+"  ("+m.Resource.Type+")") {
			t.Errorf("resource %s missing", m.Resource.Address)
		}
		if m.Note != "" && !strings.Contains(out, m.Note) {
			t.Errorf("note of %s missing", m.Resource.Address)
		}
	}
	for _, f := range r.Findings {
		if !strings.Contains(out, f.Message+" ["+f.Rule+"]") {
			t.Errorf("finding %s missing", f.Rule)
		}
		if f.Link != "" && !strings.Contains(out, f.Link) {
			t.Errorf("link of %s missing", f.Rule)
		}
	}
	for _, d := range r.Diagnostics {
		if !strings.Contains(out, d.Range.String()+"  "+string(d.Severity)+"  "+d.Message()) {
			t.Errorf("diagnostic %q missing", d.Message())
		}
	}
}

func TestNewUnknownFormat(t *testing.T) {
	_, err := New("xml", Options{})
	if err == nil {
		t.Fatal("New(\"xml\") succeeded")
	}
	if !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("error %v does not wrap ErrUnknownFormat", err)
	}
	for _, want := range append(Formats(), `"xml"`) {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestFormats(t *testing.T) {
	f := Formats()
	if !slices.IsSorted(f) {
		t.Errorf("Formats() = %v, not sorted", f)
	}
	if diff := cmp.Diff([]string{"checkstyle", "csv", "github", "html", "json", "junit", "markdown", "sarif", "text"}, f); diff != "" {
		t.Errorf("Formats() (-want +got):\n%s", diff)
	}
	for _, name := range f {
		if _, err := New(name, Options{}); err != nil {
			t.Errorf("New(%q): %v", name, err)
		}
	}
	f[0] = "mutated"
	if Formats()[0] != "checkstyle" {
		t.Errorf("Formats() shares its slice with callers")
	}
}

type failWriter struct{}

var errWrite = errors.New("disk full")

func (failWriter) Write([]byte) (int, error) { return 0, errWrite }

func TestWriteError(t *testing.T) {
	for _, name := range Formats() {
		rep, _ := New(name, Options{})
		if err := rep.Report(failWriter{}, fullResult()); !errors.Is(err, errWrite) {
			t.Errorf("%s: got %v, want the writer's error", name, err)
		}
	}
}

// Text from the user's files cannot put escape codes on the terminal, and a
// multi-line message stays inside its entry.
func TestTextControlCharacters(t *testing.T) {
	r := &rules.Result{
		Resources: []rules.Mapped{{
			Resource:  tfResource("a.tf", 1, "aws_sqs_queue", "q"),
			MappingID: "aws-sqs-queue",
			Status:    rules.StatusDirect,
			Service:   "Azure Service Bus",
			Azurerm:   []string{"azurerm_servicebus_queue"},
		}},
		Findings: []rules.Finding{{
			Rule:     "aws-sqs-queue/name",
			Severity: parser.SeverityWarning,
			Message:  "name \"\x1b[31mred\x1b[0m\u009b2J\" is not a valid entity name\r\nuse letters, digits, -, _ and .\n",
			Range:    rng("a.tf", 2, 3),
			Address:  "aws_sqs_queue.q",
		}},
		Diagnostics: []parser.Diagnostic{{
			Severity: parser.SeverityError,
			Summary:  "Unterminated template string",
			Detail:   "The string starts here\n\tand never ends.",
			Range:    rng("a.tf", 9, 5),
		}},
	}
	for _, color := range []bool{false, true} {
		out := string(render(t, "text", Options{Color: color}, r))
		if rest := ansiRE.ReplaceAllString(out, ""); strings.ContainsAny(rest, "\x1b\r\u009b") {
			t.Errorf("color=%v: control characters from the input reached the output:\n%q", color, out)
		}
		plain := ansiRE.ReplaceAllString(out, "")
		for _, want := range []string{
			`    warning  name "\x1b[31mred\x1b[0m\u009b2J" is not a valid entity name` + "\n" +
				"             use letters, digits, -, _ and . [aws-sqs-queue/name]\n",
			"  a.tf:9:5  error  Unterminated template string: The string starts here\n    \tand never ends.\n",
		} {
			if !strings.Contains(plain, want) {
				t.Errorf("color=%v: output lacks\n%s\ngot:\n%s", color, want, plain)
			}
		}
	}
}

// A finding goes under the resource with its file and address; failing that,
// under the only resource with its address; otherwise (two roots with the same
// address, or none) in its own file's group, never dropped.
func TestTextFindingPlacement(t *testing.T) {
	q := func(file string) rules.Mapped {
		return rules.Mapped{Resource: tfResource(file, 1, "aws_sqs_queue", "q"), Status: rules.StatusDirect}
	}
	finding := func(file, address string) rules.Finding {
		return rules.Finding{Rule: "r/x", Severity: parser.SeverityInfo, Message: "m", Range: rng(file, 5, 1), Address: address}
	}
	tests := []struct {
		name string
		r    rules.Result
		want string
	}{
		{
			name: "same file",
			r:    rules.Result{Resources: []rules.Mapped{q("a/main.tf"), q("b/main.tf")}, Findings: []rules.Finding{finding("b/main.tf", "aws_sqs_queue.q")}},
			want: "b/main.tf\n  b/main.tf:1:1  aws_sqs_queue.q  (aws_sqs_queue)\n    -> Azure target not recorded [direct]\n    info     m [r/x]\n",
		},
		{
			name: "unique address elsewhere",
			r:    rules.Result{Resources: []rules.Mapped{q("a/main.tf")}, Findings: []rules.Finding{finding("a/vars.tf", "aws_sqs_queue.q")}},
			want: "a/main.tf\n  a/main.tf:1:1  aws_sqs_queue.q  (aws_sqs_queue)\n    -> Azure target not recorded [direct]\n    info     m [r/x]\n",
		},
		{
			name: "ambiguous address",
			r:    rules.Result{Resources: []rules.Mapped{q("a/main.tf"), q("b/main.tf")}, Findings: []rules.Finding{finding("c/main.tf", "aws_sqs_queue.q")}},
			want: "c/main.tf\n  c/main.tf:5:1  aws_sqs_queue.q  (no resource with this address)\n    info     m [r/x]\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := string(render(t, "text", Options{}, &tt.r))
			if !strings.Contains(out, tt.want) {
				t.Errorf("output lacks\n%s\ngot:\n%s", tt.want, out)
			}
		})
	}
}

// TestJSONStreamedAsEncoded: the streamed JSON report is byte for byte what
// json.Encoder gives for the whole document, for a full result, a result
// with a suppressed finding and an empty one.
func TestJSONStreamedAsEncoded(t *testing.T) {
	suppressed := fullResult()
	suppressed.Findings[0].Suppressed = &rules.Suppression{Kind: "inline", Reason: "accepted <risk> & more", Until: "2030-01-01"}
	// Enough elements for several chunks, encoded concurrently.
	many := fullResult()
	for i := range 3*jsonChunk + 7 {
		m := many.Resources[i%len(fullResult().Resources)]
		m.Resource.Address = fmt.Sprintf("%s_%d", m.Resource.Address, i)
		many.Resources = append(many.Resources, m)
		f := many.Findings[i%len(fullResult().Findings)]
		f.Address = m.Resource.Address
		many.Findings = append(many.Findings, f)
	}
	for name, r := range map[string]*rules.Result{"full": fullResult(), "suppressed": suppressed, "empty": {}, "many": many} {
		got := render(t, "json", Options{}, r)
		var doc jsonDocument
		if err := json.Unmarshal(got, &doc); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		enc.SetEscapeHTML(false)
		if err := enc.Encode(doc); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%s: streamed JSON differs from the encoded document:\n%s", name, cmp.Diff(want.String(), string(got)))
		}
	}
}
