package scan

import (
	"context"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
)

// A plan supersedes the Terraform folder it lies in and the local module
// folders its configuration calls; a plan elsewhere or a broken plan
// supersedes nothing.
func TestPlanSupersedesItsConfiguration(t *testing.T) {
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	plan := `{"format_version":"1.2","terraform_version":"1.9.5",
	"planned_values":{"root_module":{"resources":[
	  {"address":"aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q","values":{"name":"q"}}],
	 "child_modules":[{"address":"module.m","resources":[
	  {"address":"module.m.aws_sns_topic.t[0]","mode":"managed","type":"aws_sns_topic","name":"t","index":0,"values":{}}]}]}},
	"configuration":{"root_module":{"module_calls":{"m":{"source":"../modules/m","module":{}}}}}}`
	fsys := func(planPath, planData string) fstest.MapFS {
		return fstest.MapFS{
			"root/main.tf":      f("resource \"aws_sqs_queue\" \"q\" { name = \"q\" }\nmodule \"m\" { source = \"../modules/m\" }\n"),
			"modules/m/main.tf": f(`resource "aws_sns_topic" "t" { count = 1 }`),
			"other/main.tf":     f(`resource "aws_s3_bucket" "b" {}`),
			planPath:            f(planData),
		}
	}
	tests := []struct {
		name     string
		fsys     fstest.MapFS
		want     []string
		diagFile string
	}{
		{"plan in the root folder", fsys("root/plan.json", plan), []string{
			"other/main.tf:aws_s3_bucket.b",
			"root/main.tf:aws_sqs_queue.q",
			"modules/m/main.tf:module.m.aws_sns_topic.t[0]",
		}, ""},
		{"plan elsewhere", fsys("plans/plan.json", plan), []string{
			"plans/plan.json:aws_sqs_queue.q",
			"plans/plan.json:module.m.aws_sns_topic.t[0]",
		}, "plans/plan.json"},
		{"broken plan", fsys("root/plan.json", `{"format_version":"1.2","planned_values":{`), nil, "root/plan.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse(context.Background(), tt.fsys, []string{"."}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]int{}
			for _, a := range addresses(p) {
				got[a]++
			}
			for _, w := range tt.want {
				if got[w] != 1 {
					t.Errorf("%s reported %d times; all: %v", w, got[w], addresses(p))
				}
			}
			// Nothing the plan covers comes from the files as well.
			if tt.name == "plan in the root folder" && len(p.Resources) != len(tt.want) {
				t.Errorf("resources: %v", cmp.Diff(tt.want, addresses(p)))
			}
			if tt.diagFile != "" {
				found := false
				for _, d := range p.Diagnostics {
					found = found || d.Range.File == tt.diagFile
				}
				if !found {
					t.Errorf("no diagnostic for %s: %v", tt.diagFile, p.Diagnostics)
				}
			}
		})
	}
}
