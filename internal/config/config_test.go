package config

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/hashicorp/hcl/v2"
)

func TestParse(t *testing.T) {
	src := `
format            = ["text", "sarif=a2z.sarif"]
fail_on           = "warning"
exclude           = ["examples", "**/testdata"]
var_files         = ["prod.tfvars"]
parameters_files  = ["params/prod.json"]
region            = "eu-west-1"
mappings          = ["a2z-mappings"]
baseline          = ".a2z-baseline.json"
no_inline_ignores = true
effort            = { partial = 3, none = 8 }

rule "aws-sqs-queue/fifo-sessions" {
  severity  = "error"
  ignorable = false
}

rule "aws-s3-bucket/*" {
  enabled = false
}
`
	c, err := Parse("infra/.a2z.hcl", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	no := false
	want := &Config{
		File: "infra/.a2z.hcl", Formats: []string{"text", "sarif=a2z.sarif"}, FailOn: "warning",
		Exclude: []string{"examples", "**/testdata"}, VarFiles: []string{"infra/prod.tfvars"},
		ParametersFiles: []string{"infra/params/prod.json"}, Region: "eu-west-1", Mappings: []string{"infra/a2z-mappings"},
		Baseline: "infra/.a2z-baseline.json", NoInlineIgnores: true, Effort: map[string]float64{"partial": 3, "none": 8},
		Rules: map[string]Rule{
			"aws-sqs-queue/fifo-sessions": {Severity: "error", Ignorable: &no},
			"aws-s3-bucket/*":             {Enabled: &no},
		},
	}
	if diff := cmp.Diff(want, c, cmpopts.IgnoreTypes(hcl.Range{})); diff != "" {
		t.Errorf("config (-want +got):\n%s", diff)
	}
	if r, ok := c.RuleFor("aws-s3-bucket/public-acl"); !ok || r.Enabled == nil || *r.Enabled {
		t.Errorf("RuleFor(aws-s3-bucket/public-acl) = %+v, %v", r, ok)
	}
	if _, ok := c.RuleFor("aws-sqs-queue/retention"); ok {
		t.Error("a rule without settings has some")
	}
}

// Unknown keys, wrong types and bad values are errors with file and line.
func TestParseErrors(t *testing.T) {
	tests := []struct{ src, want string }{
		{"fail_onn = \"error\"\n", `.a2z.hcl:1: Unsupported argument`},
		{"fail_on = \"sometimes\"\n", `.a2z.hcl:1: Invalid value: fail_on must be one of none, info, warning, error, not "sometimes"`},
		{"format = \"text\"\n", `.a2z.hcl:1: Invalid value: format must be a list of strings`},
		{"\n\nrule \"x/y\" {\n  severity = \"fatal\"\n}\n", `.a2z.hcl:4: Invalid value: severity must be one of`},
		{"rule \"x/y\" {\n  colour = 1\n}\n", `.a2z.hcl:2: Unsupported argument`},
		{"rule \"x\" {}\nrule \"x\" {}\n", `.a2z.hcl:2: Duplicate rule block`},
		{"exclude = [\"[\"]\n", `Invalid pattern`},
		{"region = \n", `.a2z.hcl:1:`},
		{"effort = { sometimes = 1 }\n", `effort has "sometimes"`},
		{"effort = { none = -1 }\n", `must not be negative`},
	}
	for _, tt := range tests {
		_, err := Parse(".a2z.hcl", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want it to contain %q", tt.src, err, tt.want)
		}
	}
}

func TestExcluded(t *testing.T) {
	c := &Config{Exclude: []string{"examples", "**/testdata", "legacy/*.yaml"}}
	for p, want := range map[string]bool{
		"examples":                 true,
		"examples/terraform/a.tf":  true,
		"infra/examples/a.tf":      false,
		"a/b/testdata/x.tf":        true,
		"testdata":                 true,
		"legacy/old.yaml":          true,
		"legacy/deep/old.yaml":     false,
		"infra/main.tf":            false,
		"infra/testdata-like/x.tf": false,
	} {
		if got := c.Excluded(p); got != want {
			t.Errorf("Excluded(%q) = %v, want %v", p, got, want)
		}
	}
}
