package parser

import (
	"context"
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

func discoverFS() fstest.MapFS {
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	return fstest.MapFS{
		"main.tf":                              f(`resource "aws_sqs_queue" "q" {}`),
		"variables.tf":                         f(`variable "x" {}`),
		"override.tf.json":                     f(`{}`),
		"README.md":                            f("# hi"),
		"template.yaml":                        f("Resources: {}"),
		"stack.template":                       f("{}"),
		"config.json":                          f("{}"),
		"modules/net/net.tf":                   f(""),
		"modules/net/notes.txt":                f(""),
		".git/config.tf":                       f(""),
		".terraform/modules/x/main.tf":         f(""),
		"node_modules/pkg/template.yml":        f(""),
		"app/node_modules/pkg/more.tf":         f(""),
		"cfn/nested/deep/template.yml":         f(""),
		"cfn/nested/deep/.hidden/template.yml": f(""),
	}
}

func TestDiscover(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		want  Inputs
	}{
		{
			name:  "walk the root",
			paths: []string{"."},
			want: Inputs{
				Terraform: []TerraformDir{
					{Dir: ".", Files: []string{"main.tf", "override.tf.json", "variables.tf"}},
					{Dir: "modules/net", Files: []string{"modules/net/net.tf"}},
				},
				Templates: []string{
					"cfn/nested/deep/.hidden/template.yml", "cfn/nested/deep/template.yml",
					"config.json", "stack.template", "template.yaml",
				},
			},
		},
		{
			name:  "explicit files keep the module but filter it",
			paths: []string{"main.tf", "template.yaml", "README.md"},
			want: Inputs{
				Terraform: []TerraformDir{
					{Dir: ".", Files: []string{"main.tf", "override.tf.json", "variables.tf"}, Only: map[string]bool{"main.tf": true}},
				},
				Templates: []string{"template.yaml"},
			},
		},
		{
			name:  "a walked folder wins over an explicit file in it",
			paths: []string{"modules/net/net.tf", "modules"},
			want: Inputs{
				Terraform: []TerraformDir{{Dir: "modules/net", Files: []string{"modules/net/net.tf"}}},
			},
		},
		{
			name:  "a skipped folder named explicitly is walked",
			paths: []string{"node_modules"},
			want:  Inputs{Templates: []string{"node_modules/pkg/template.yml"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Discover(context.Background(), discoverFS(), tt.paths)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("Discover(%v) mismatch (-want +got):\n%s", tt.paths, diff)
			}
		})
	}
}

func TestDiscoverMissingPath(t *testing.T) {
	_, err := Discover(context.Background(), discoverFS(), []string{"main.tf", "nope"})
	if !errors.Is(err, ErrNotExist) {
		t.Fatalf("err = %v, want ErrNotExist", err)
	}
	if got := err.Error(); got != "nope: no such file or directory" {
		t.Errorf("message = %q", got)
	}
}

func TestDiscoverCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Discover(ctx, discoverFS(), []string{"."}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}

// Terraform plans in JSON are told from templates by content, walked or
// named explicitly; other .json files stay template candidates.
func TestDiscoverPlans(t *testing.T) {
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	plan := `{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{}}}`
	fsys := fstest.MapFS{
		"infra/main.tf":       f(`resource "aws_sqs_queue" "q" {}`),
		"infra/plan.json":     f(plan),
		"infra/tfplan.yaml":   f(plan), // not .json: never a plan
		"ci/out.json":         f("\n  " + plan),
		"ci/state.json":       f(`{"format_version":"1.0","terraform_version":"1.9.5","values":{}}`),
		"ci/template.json":    f(`{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}`),
		"ci/override.tf.json": f(plan), // Terraform configuration, not a plan
		"ci/big.json":         f(`{"format_version":"1.2","terraform_version":"1.9.5","variables":{"x":{"value":"` + strings.Repeat("x", 100<<10) + `"}},"planned_values":{}}`),
	}
	tests := []struct {
		paths     []string
		plans     []string
		templates []string
	}{
		{[]string{"."}, []string{"ci/big.json", "ci/out.json", "infra/plan.json"}, []string{"ci/state.json", "ci/template.json", "infra/tfplan.yaml"}},
		{[]string{"infra/plan.json", "ci/state.json"}, []string{"infra/plan.json"}, []string{"ci/state.json"}},
	}
	for _, tt := range tests {
		got, err := Discover(context.Background(), fsys, tt.paths)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.plans, got.Plans, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%v: plans (-want +got):\n%s", tt.paths, diff)
		}
		if diff := cmp.Diff(tt.templates, got.Templates, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%v: templates (-want +got):\n%s", tt.paths, diff)
		}
	}
}

// A cloud assembly (cdk.out) contributes its stack templates, nested ones
// included, once each; its manifest, tree, asset manifests and asset folders
// (copies of the app's files) are not candidates. A folder is a cloud
// assembly only when its manifest.json says so.
func TestDiscoverCloudAssembly(t *testing.T) {
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	manifest := `{"version":"36.0.0","artifacts":{"App":{"type":"aws:cloudformation:stack","properties":{"templateFile":"App.template.json"}}}}`
	fsys := fstest.MapFS{
		"bin/app.ts":                f("new App();"),
		"cdk.json":                  f(`{"app":"npx ts-node bin/app.ts"}`),
		"cdk.out/cdk.out":           f(`{"version":"36.0.0"}`),
		"cdk.out/manifest.json":     f(manifest),
		"cdk.out/tree.json":         f(`{"version":"tree-0.1","tree":{}}`),
		"cdk.out/App.assets.json":   f(`{"version":"36.0.0","files":{}}`),
		"cdk.out/App.template.json": f(`{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}`),
		"cdk.out/AppInner1A2B3C4D.nested.template.json": f(`{"Resources":{"T":{"Type":"AWS::SNS::Topic"}}}`),
		"cdk.out/asset.0123abcd/template.yaml":          f("Resources: {}"),
		"cdk.out/asset.0123abcd/package.json":           f(`{"name":"handler"}`),
		"cdk.out/assembly-Prod/manifest.json":           f(manifest),
		"cdk.out/assembly-Prod/ProdApp.template.json":   f(`{"Resources":{"Q":{"Type":"AWS::SQS::Queue"}}}`),
		"cdk.out/assembly-Prod/asset.99ff/x.json":       f(`{}`),
		"other/manifest.json":                           f(`{"name":"not an assembly"}`),
		"other/asset.config/settings.yaml":              f("a: 1"),
	}
	tests := []struct {
		paths     []string
		templates []string
	}{
		{[]string{"."}, []string{
			"cdk.json",
			"cdk.out/App.template.json", "cdk.out/AppInner1A2B3C4D.nested.template.json",
			"cdk.out/assembly-Prod/ProdApp.template.json",
			"other/asset.config/settings.yaml", "other/manifest.json",
		}},
		{[]string{"cdk.out", "cdk.out/App.template.json"}, []string{
			"cdk.out/App.template.json", "cdk.out/AppInner1A2B3C4D.nested.template.json",
			"cdk.out/assembly-Prod/ProdApp.template.json",
		}},
		// Named explicitly, an asset folder is walked.
		{[]string{"cdk.out/asset.0123abcd"}, []string{"cdk.out/asset.0123abcd/package.json", "cdk.out/asset.0123abcd/template.yaml"}},
	}
	for _, tt := range tests {
		got, err := Discover(context.Background(), fsys, tt.paths)
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.templates, got.Templates, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%v: templates (-want +got):\n%s", tt.paths, diff)
		}
		if len(got.Plans) > 0 || len(got.Diagnostics) > 0 {
			t.Errorf("%v: plans %v, diagnostics %v", tt.paths, got.Plans, got.Diagnostics)
		}
	}
}
