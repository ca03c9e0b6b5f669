package tfplan_test

import (
	"context"
	"os"
	"path"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/tfplan"
)

// lineOf is the 1-based line of the first occurrence of text in a testdata file.
func lineOf(t *testing.T, file, text string) int {
	t.Helper()
	src, err := os.ReadFile(path.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	i := strings.Index(string(src), text)
	if i < 0 {
		t.Fatalf("%q not in %s", text, file)
	}
	return strings.Count(string(src[:i]), "\n") + 1
}

func readPlan(t *testing.T, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(path.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func byAddress(p parser.Parsed) map[string]parser.Resource {
	m := map[string]parser.Resource{}
	for _, r := range p.Resources {
		m[r.Address] = r
	}
	return m
}

func addresses(p parser.Parsed) []string {
	var out []string
	for _, r := range p.Resources {
		out = append(out, r.Address)
	}
	return out
}

// The plan of testdata/full with its configuration files: every AWS
// instance with its exact address, its block, its provider and region.
func TestParseWithConfiguration(t *testing.T) {
	src := readPlan(t, "full/plan.json")
	res := tfplan.ParsePlan(context.Background(), os.DirFS("testdata/full"), "plan.json", src)
	if len(res.Diagnostics) > 0 {
		t.Fatalf("diagnostics: %v", res.Diagnostics)
	}
	wantAddrs := []string{
		"aws_instance.web[0]", "aws_instance.web[1]", "aws_db_instance.main", "aws_s3_bucket.logs",
		"aws_sqs_queue.west", "data.aws_availability_zones.all",
		`module.vpc.aws_vpc.this`, `module.vpc.aws_subnet.this["a"]`, `module.vpc.aws_subnet.this["b"]`,
		"module.vpc.module.flow.aws_flow_log.this", "data.aws_ami.ubuntu",
	}
	if diff := cmp.Diff(wantAddrs, addresses(res.Parsed)); diff != "" {
		t.Fatalf("addresses (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{".", "modules/vpc", "modules/vpc/flow"}, res.ConfigDirs); diff != "" {
		t.Errorf("config dirs (-want +got):\n%s", diff)
	}

	tests := []struct {
		addr     string
		kind     parser.Kind
		typ      string
		file     string
		block    string // text on the block's first line
		provider string
		region   string
		modules  []string
		calls    int
	}{
		{"aws_instance.web[0]", parser.KindResource, "aws_instance", "main.tf", `resource "aws_instance" "web"`, "aws", "eu-west-1", nil, 0},
		{"aws_instance.web[1]", parser.KindResource, "aws_instance", "main.tf", `resource "aws_instance" "web"`, "aws", "eu-west-1", nil, 0},
		{"aws_s3_bucket.logs", parser.KindResource, "aws_s3_bucket", "main.tf", `resource "aws_s3_bucket"`, "aws.us", "us-east-1", nil, 0},
		// The resource's own region attribute (AWS provider 6) wins.
		{"aws_sqs_queue.west", parser.KindResource, "aws_sqs_queue", "main.tf", `resource "aws_sqs_queue"`, "aws", "us-west-2", nil, 0},
		{"data.aws_availability_zones.all", parser.KindData, "aws_availability_zones", "main.tf", `data "aws_availability_zones"`, "aws", "eu-west-1", nil, 0},
		// Read while planning: only prior_state has it.
		{"data.aws_ami.ubuntu", parser.KindData, "aws_ami", "main.tf", `data "aws_ami"`, "aws", "eu-west-1", nil, 0},
		{`module.vpc.aws_subnet.this["b"]`, parser.KindResource, "aws_subnet", "modules/vpc/main.tf", `resource "aws_subnet"`, "aws", "eu-west-1", []string{"vpc"}, 1},
		// A provider block inside the module: a module-qualified key.
		{"module.vpc.module.flow.aws_flow_log.this", parser.KindResource, "aws_flow_log", "modules/vpc/flow/main.tf", `resource "aws_flow_log"`, "aws", "eu-central-1", []string{"vpc", "flow"}, 2},
	}
	got := byAddress(res.Parsed)
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			r, ok := got[tt.addr]
			if !ok {
				t.Fatalf("missing")
			}
			if r.Source != parser.SourceTerraform || r.Kind != tt.kind || r.Type != tt.typ {
				t.Errorf("source/kind/type = %s/%s/%s", r.Source, r.Kind, r.Type)
			}
			line := lineOf(t, "full/"+tt.file, tt.block)
			if r.Range.File != tt.file || r.Range.Start.Line != line || r.Range.Start.Column != 1 {
				t.Errorf("range = %v, want %s:%d:1", r.Range, tt.file, line)
			}
			if r.Range.End.Line <= line {
				t.Errorf("range ends at %d: the block spans lines", r.Range.End.Line)
			}
			if r.TypeRange.Start.Line != line || r.TypeRange.Start.Column == 1 {
				t.Errorf("type range = %v", r.TypeRange)
			}
			if r.Provider != tt.provider || r.Region != tt.region {
				t.Errorf("provider, region = %q, %q; want %q, %q", r.Provider, r.Region, tt.provider, tt.region)
			}
			if diff := cmp.Diff(tt.modules, r.ModulePath); diff != "" {
				t.Errorf("module path (-want +got):\n%s", diff)
			}
			if len(r.Calls) != tt.calls {
				t.Errorf("calls = %v", r.Calls)
			}
			if r.Root != "." {
				t.Errorf("root = %q", r.Root)
			}
		})
	}

	// Module calls point at the module blocks.
	flow := got["module.vpc.module.flow.aws_flow_log.this"]
	if c := flow.Calls; c[0].File != "main.tf" || c[0].Start.Line != lineOf(t, "full/main.tf", `module "vpc"`) ||
		c[1].File != "modules/vpc/main.tf" || c[1].Start.Line != lineOf(t, "full/modules/vpc/main.tf", `module "flow"`) {
		t.Errorf("calls = %v", c)
	}
	// An attribute's range is where the block sets it.
	web := got["aws_instance.web[0]"]
	if r := web.AttrRanges["instance_type"]; r.File != "main.tf" || r.Start.Line != lineOf(t, "full/main.tf", "instance_type =") {
		t.Errorf("instance_type range = %v", r)
	}
	if _, ok := web.AttrRanges["count"]; ok {
		t.Errorf("meta-argument count has a range")
	}
}

// The values of one instance: planned values as given, nulls dropped,
// after_unknown and sensitive parts unknown.
func TestParseAttrs(t *testing.T) {
	src := readPlan(t, "full/plan.json")
	got := byAddress(tfplan.Parse(context.Background(), os.DirFS("testdata/full"), "plan.json", src))

	type check struct {
		path       string // dotted; a number indexes a tuple
		want       cty.Value
		unresolved string // Unresolved[first path element], "" for none
	}
	tests := []struct {
		addr   string
		checks []check
		absent []string
	}{
		{"aws_instance.web[1]", []check{
			{"instance_type", cty.StringVal("t3.micro"), ""},
			{"tags.Name", cty.StringVal("web-1"), ""},
			{"root_block_device.0.volume_size", cty.NumberIntVal(20), "(known after apply)"},
			{"root_block_device.0.encrypted", cty.True, "(known after apply)"},
			{"root_block_device.0.kms_key_id", cty.DynamicVal, "(known after apply)"},
			{"arn", cty.DynamicVal, "(known after apply)"},
			{"ebs_block_device", cty.EmptyTupleVal, ""},
			{"get_password_data", cty.False, ""},
		}, []string{"user_data", "key_name", "timeouts"}},
		// Sensitive values become unknown; the text is the configuration's.
		{"aws_db_instance.main", []check{
			{"password", cty.DynamicVal, "var.db_password"},
			{"engine", cty.StringVal("mysql"), ""},
			{"allocated_storage", cty.NumberIntVal(20), ""},
		}, nil},
		{`module.vpc.aws_subnet.this["a"]`, []check{
			{"availability_zone", cty.StringVal("eu-west-1a"), ""},
			{"vpc_id", cty.DynamicVal, "aws_vpc.this.id"},
		}, []string{"tags"}},
		{"data.aws_ami.ubuntu", []check{
			{"owners.0", cty.StringVal("099720109477"), ""},
			{"most_recent", cty.True, ""},
		}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.addr, func(t *testing.T) {
			r, ok := got[tt.addr]
			if !ok {
				t.Fatal("missing")
			}
			for _, c := range tt.checks {
				v := r.Attrs
				for _, step := range strings.Split(c.path, ".") {
					if v.Type().IsTupleType() {
						v = v.Index(cty.NumberIntVal(int64(step[0] - '0')))
					} else {
						v = v.GetAttr(step)
					}
				}
				if !v.RawEquals(c.want) {
					t.Errorf("%s = %#v, want %#v", c.path, v, c.want)
				}
				top, _, _ := strings.Cut(c.path, ".")
				if got := r.Unresolved[top]; got != c.unresolved {
					t.Errorf("Unresolved[%s] = %q, want %q", top, got, c.unresolved)
				}
			}
			for _, a := range tt.absent {
				if _, ok := r.Attr(a); ok {
					t.Errorf("%s is set", a)
				}
			}
		})
	}
}

// Without the .tf files, resources point at their entries in the plan and
// one info diagnostic says how to get source lines.
func TestParseWithoutConfiguration(t *testing.T) {
	src := readPlan(t, "full/plan.json")
	fsys := fstest.MapFS{"ci/plan.json": {Data: src}}
	res := tfplan.ParsePlan(context.Background(), fsys, "ci/plan.json", src)
	if len(res.Resources) != 11 {
		t.Fatalf("%d resources", len(res.Resources))
	}
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Severity != parser.SeverityInfo ||
		!strings.Contains(res.Diagnostics[0].Message(), "root module folder") {
		t.Fatalf("diagnostics: %v", res.Diagnostics)
	}
	got := byAddress(res.Parsed)
	for _, addr := range []string{"aws_instance.web[1]", `module.vpc.aws_subnet.this["b"]`, "data.aws_ami.ubuntu"} {
		r := got[addr]
		quoted := strings.ReplaceAll(addr, `"`, `\"`)
		line := lineOf(t, "full/plan.json", `"address": "`+quoted+`"`)
		if r.Range.File != "ci/plan.json" || r.Range.Start.Line != line || r.Range.Start.Column == 1 {
			t.Errorf("%s: range %v, want line %d", addr, r.Range, line)
		}
		if r.TypeRange.Start.Line != line+2 {
			t.Errorf("%s: type range %v", addr, r.TypeRange)
		}
		if r.Calls != nil {
			t.Errorf("%s: calls %v", addr, r.Calls)
		}
	}
	// Regions do not need the files.
	if r := got["module.vpc.module.flow.aws_flow_log.this"]; r.Region != "eu-central-1" {
		t.Errorf("flow log region %q", r.Region)
	}
	if r := got["aws_instance.web[0]"]; r.AttrRanges["ami"].Start.Line != lineOf(t, "full/plan.json", `"ami": "ami-0c55b159cbfafe1f0"`) {
		t.Errorf("ami range %v", r.AttrRanges["ami"])
	}
	// Local module sources are relative to the root module's folder, which
	// is unknown without its files.
	if diff := cmp.Diff([]string{"ci"}, res.ConfigDirs); diff != "" {
		t.Errorf("config dirs (-want +got):\n%s", diff)
	}
}

// A compact plan, as terraform show -json writes it, with a registry
// module, a resource the configuration no longer declares and one being
// destroyed.
func TestParseRemoteModule(t *testing.T) {
	src := readPlan(t, "remote/plan.json")
	res := tfplan.Parse(context.Background(), os.DirFS("testdata/remote"), "plan.json", src)
	if diff := cmp.Diff([]string{"aws_sqs_queue.q", "aws_sqs_queue.gone", "module.vpc.aws_vpc.this[0]"}, addresses(res)); diff != "" {
		t.Fatalf("addresses (-want +got):\n%s", diff)
	}
	got := byAddress(res)
	if r := got["aws_sqs_queue.q"]; r.Range.File != "main.tf" || r.Range.Start.Line != 11 {
		t.Errorf("q range %v", r.Range)
	}
	vpc := got["module.vpc.aws_vpc.this[0]"]
	if vpc.Range.File != "plan.json" || vpc.Range.Start.Line != 1 || vpc.Range.Start.Column < 100 {
		t.Errorf("vpc range %v", vpc.Range)
	}
	// The legacy key "vpc:aws" leads to the root configuration.
	if vpc.Region != "ap-southeast-2" || vpc.Provider != "aws" {
		t.Errorf("vpc provider, region = %q, %q", vpc.Provider, vpc.Region)
	}
	if v, _ := vpc.Attr("arn"); v.IsKnown() {
		t.Errorf("arn known: %#v", v)
	}
	var msgs []string
	for _, d := range res.Diagnostics {
		msgs = append(msgs, string(d.Severity)+": "+d.Summary)
	}
	want := []string{"info: Source lines unavailable for module.vpc", "warning: Plan and configuration differ"}
	if diff := cmp.Diff(want, msgs); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

func TestParseProblems(t *testing.T) {
	tests := []struct {
		name, src string
		severity  parser.Severity
		summary   string
		line, col int
		resources int
	}{
		{"bad json", "{\n  \"format_version\": \"1.2\",\n  \"planned_values\": {,}\n}", parser.SeverityError, "Invalid JSON in Terraform plan", 3, 22, 0},
		{"truncated", `{"format_version":"1.2","planned_values":{"root_module":{"resources":[`, parser.SeverityError, "Invalid JSON in Terraform plan", 1, 71, 0},
		{"not an object", `[1]`, parser.SeverityError, "Not a Terraform plan", 1, 1, 0},
		{"too deep", `{"format_version":"1.2","x":` + strings.Repeat("[", 5000) + strings.Repeat("]", 5000) + "}", parser.SeverityError, "Invalid JSON in Terraform plan", 1, 1029, 0},
		{"newer format", `{"format_version":"2.0","planned_values":{"root_module":{"resources":[{"address":"aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q","values":{}}]}}}`,
			parser.SeverityWarning, "Unknown plan format version", 1, 2, 1},
		{"errored", `{"format_version":"1.2","errored":true,"planned_values":{}}`, parser.SeverityWarning, "Terraform plan is incomplete", 1, 25, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := tfplan.Parse(context.Background(), fstest.MapFS{}, "plan.json", []byte(tt.src))
			// The first diagnostic is the problem; a plan that is read has
			// the note about source lines after it.
			if len(p.Diagnostics) != 1+tt.resources {
				t.Fatalf("diagnostics: %v", p.Diagnostics)
			}
			d := p.Diagnostics[0]
			if d.Severity != tt.severity || !strings.HasPrefix(d.Summary, tt.summary) || d.Range.Start.Line != tt.line || d.Range.Start.Column != tt.col {
				t.Errorf("got %s %q at %v (%s)", d.Severity, d.Summary, d.Range, d.Detail)
			}
			if len(p.Resources) != tt.resources {
				t.Errorf("%d resources", len(p.Resources))
			}
		})
	}
}

// A plan whose planned_values were stripped is read from resource_changes:
// everything not being destroyed.
func TestParseFromResourceChanges(t *testing.T) {
	src := `{"format_version":"1.2","resource_changes":[
	{"address":"aws_sqs_queue.a","mode":"managed","type":"aws_sqs_queue","name":"a","change":{"actions":["create"],"after":{"name":"a"},"after_unknown":{"arn":true}}},
	{"address":"aws_sqs_queue.b","mode":"managed","type":"aws_sqs_queue","name":"b","change":{"actions":["delete"],"after":null}},
	{"address":"module.m[\"x\"].aws_sqs_queue.c","module_address":"module.m[\"x\"]","mode":"managed","type":"aws_sqs_queue","name":"c","change":{"actions":["create"],"after":{}}},
	{"address":"aws_sqs_queue.a","mode":"managed","type":"aws_sqs_queue","name":"a","deposed":"00aa","change":{"actions":["delete"],"after":null}}]}`
	p := tfplan.Parse(context.Background(), fstest.MapFS{}, "p.json", []byte(src))
	if diff := cmp.Diff([]string{"aws_sqs_queue.a", `module.m["x"].aws_sqs_queue.c`}, addresses(p)); diff != "" {
		t.Fatalf("addresses (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{`m["x"]`}, p.Resources[1].ModulePath); diff != "" {
		t.Errorf("module path: %s", diff)
	}
	if v, _ := p.Resources[0].Attr("arn"); v.IsKnown() {
		t.Errorf("arn known")
	}
}

func TestMaybePlan(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"plan", `{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{}}`, true},
		{"pretty plan", "\ufeff{\n  \"format_version\": \"1.2\",\n  \"resource_changes\": []\n}", true},
		{"prior state only", `{"format_version":"1.2","prior_state":{}}`, true},
		{"cut short in variables", `{"format_version":"1.2","terraform_version":"1.9.5","variables":{"big":{"value":"aaaa`, true},
		{"state", `{"format_version":"1.0","terraform_version":"1.9.5","values":{"root_module":{}}}`, false},
		{"keys only deeper", `{"format_version":"1","x":{"planned_values":{}}}`, false},
		{"no format_version", `{"planned_values":{}}`, false},
		{"template", `{"AWSTemplateFormatVersion":"2010-09-09","Resources":{}}`, false},
		{"provider schemas", `{"format_version":"1.0","provider_schemas":{`, false},
		{"array", `[{"format_version":"1.2","planned_values":{}}]`, false},
		{"garbage", "\x00\xff{", false},
		{"empty", "", false},
	}
	for _, tt := range tests {
		if got := tfplan.MaybePlan([]byte(tt.src)); got != tt.want {
			t.Errorf("%s: MaybePlan = %v", tt.name, got)
		}
	}
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	src := readPlan(t, "full/plan.json")
	p := tfplan.Parse(ctx, os.DirFS("testdata/full"), "plan.json", src)
	if len(p.Resources) != 0 {
		t.Errorf("%d resources after cancellation", len(p.Resources))
	}
}
