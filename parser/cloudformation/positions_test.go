package cloudformation_test

import (
	"context"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"github.com/a2z/a2z/parser/cloudformation"
)

// Every property value keeps its line and column, nested ones too, in YAML
// (through short tags and aliases) and in JSON.
func TestNestedPositions(t *testing.T) {
	yamlSrc := `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Q:
    Type: AWS::SQS::Queue
    Properties:
      Tags:
        - Key: a
          Value: !Sub "${AWS::Region}"
        - &owner
          Key: owner
          Value: ops
      RedrivePolicy:
        maxReceiveCount: 5
  R:
    Type: AWS::SQS::Queue
    Properties:
      Tags:
        - *owner
`
	jsonSrc := `{
  "Resources": {
    "Q": {
      "Type": "AWS::SQS::Queue",
      "Properties": {
        "Tags": [
          {"Key": "a", "Value": {"Fn::Sub": "${AWS::Region}"}},
          {"Key": "owner", "Value": "ops"}
        ],
        "RedrivePolicy": {"maxReceiveCount": 5}
      }
    },
    "R": {"Type": "AWS::SQS::Queue", "Properties": {"Tags": [{"Key": "owner", "Value": "ops"}]}}
  }
}`
	type pos struct{ line, col int }
	tests := []struct {
		file, src string
		want      map[string]map[string]pos
	}{
		{"t.yaml", yamlSrc, map[string]map[string]pos{
			"Q": {"Tags.0.Value": {8, 11}, "Tags.1": {9, 11}, "Tags.1.Value": {11, 11}, "RedrivePolicy.maxReceiveCount": {13, 9}},
			// A value reached through an alias is where the alias is used.
			"R": {"Tags.0": {18, 11}},
		}},
		{"t.json", jsonSrc, map[string]map[string]pos{
			"Q": {"Tags.0.Value": {7, 24}, "Tags.1.Value": {8, 28}, "RedrivePolicy.maxReceiveCount": {10, 27}},
			"R": {"Tags.0.Key": {13, 63}},
		}},
	}
	for _, tt := range tests {
		rs := byName(parseWith(t, tt.src, cloudformation.Options{}))
		_ = tt.file
		for name, paths := range tt.want {
			for path, want := range paths {
				got, ok := rs[name].AttrRanges[path]
				if !ok {
					t.Errorf("%s %s: no range for %s (have %v)", tt.file, name, path, keys(rs[name].AttrRanges))
					continue
				}
				if got.Start.Line != want.line || got.Start.Column != want.col {
					t.Errorf("%s %s %s at %d:%d, want %d:%d", tt.file, name, path, got.Start.Line, got.Start.Column, want.line, want.col)
				}
			}
		}
	}
}

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A transform that inserts resources (AWS::Include) is not a resource: it
// is named in a warning, and the resources around it are read.
func TestIncludeTransformWarns(t *testing.T) {
	src := `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters:
      Location: ./snippets/queues.yaml
  Topic:
    Type: AWS::SNS::Topic
`
	p, ok := cloudformation.Parse(context.Background(), "t.yaml", []byte(src), cloudformation.Options{})
	if !ok || len(p.Resources) != 1 || p.Resources[0].Name != "Topic" {
		t.Fatalf("resources: %v (template %v)", p.Resources, ok)
	}
	if len(p.Diagnostics) != 1 || p.Diagnostics[0].Severity != "warning" || p.Diagnostics[0].Range.Start.Line != 3 ||
		!strings.Contains(p.Diagnostics[0].Message(), "AWS::Include") {
		t.Errorf("diagnostics: %v", p.Diagnostics)
	}
}

// Nesting far beyond any real template is a diagnostic, in YAML and JSON,
// not a stack overflow; duplicate keys are reported as CloudFormation does.
func TestHostileNestingAndDuplicates(t *testing.T) {
	const depth = 100_000
	yamlSrc := "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Deep: " +
		strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n"
	jsonSrc := `{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"Deep": ` +
		strings.Repeat("[", depth) + strings.Repeat("]", depth) + `}}}}`
	for name, src := range map[string]string{"t.yaml": yamlSrc, "t.json": jsonSrc} {
		p, ok := cloudformation.Parse(context.Background(), name, []byte(src), cloudformation.Options{})
		if !ok {
			t.Errorf("%s: not recognised as a template", name)
			continue
		}
		if len(p.Diagnostics) == 0 || p.Diagnostics[0].Severity != "error" {
			t.Errorf("%s: want an error diagnostic, got %v", name, p.Diagnostics)
		}
	}
	dup := "AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n  Q:\n    Type: AWS::SNS::Topic\n"
	p, _ := cloudformation.Parse(context.Background(), "d.yaml", []byte(dup), cloudformation.Options{})
	if len(p.Resources) != 1 || p.Resources[0].Type != "AWS::SQS::Queue" || len(p.Diagnostics) != 1 || p.Diagnostics[0].Range.Start.Line != 5 {
		t.Errorf("duplicate logical ID: resources %v, diagnostics %v", p.Resources, p.Diagnostics)
	}
}

// AWS::Include with a local snippet inserts its resources, with their own
// positions and the template's parameters.
func TestIncludeLocalSnippet(t *testing.T) {
	src := `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: {Type: String, Default: prod}
Resources:
  Fn::Transform:
    Name: AWS::Include
    Parameters:
      Location: ./snippets/queues.yaml
  Topic:
    Type: AWS::SNS::Topic
`
	snippet := `Jobs:
  Type: AWS::SQS::Queue
  Properties:
    QueueName: !Sub "${Env}-jobs"
`
	files := map[string]string{"infra/snippets/queues.yaml": snippet}
	opts := cloudformation.Options{ReadFile: func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, fs.ErrNotExist
	}}
	p, ok := cloudformation.Parse(context.Background(), "infra/main.yaml", []byte(src), opts)
	if !ok || len(p.Diagnostics) > 0 {
		t.Fatalf("template %v, diagnostics %v", ok, p.Diagnostics)
	}
	rs := byName(p)
	jobs, found := rs["Jobs"]
	if !found || len(rs) != 2 {
		t.Fatalf("resources: %v", p.Resources)
	}
	if jobs.Range.File != "infra/snippets/queues.yaml" || jobs.Range.Start.Line != 1 {
		t.Errorf("Jobs at %v", jobs.Range)
	}
	if got := jobs.Attrs.GetAttr("QueueName"); got.AsString() != "prod-jobs" {
		t.Errorf("QueueName = %#v", got)
	}
	if len(p.Nested) != 1 || p.Nested[0] != "infra/snippets/queues.yaml" {
		t.Errorf("Nested = %v", p.Nested)
	}
}

// The bound on Fn::ForEach iterations holds for a template and every nested
// stack it reads together: twenty stacks of a child whose loops make 10,000
// queues are fewer than 10,000 queues in all, not 200,000, with one error.
func TestLoopBoundSharedByNestedStacks(t *testing.T) {
	var parent strings.Builder
	parent.WriteString("Resources:\n")
	for i := range 20 {
		fmt.Fprintf(&parent, "  S%d:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: child.yaml}\n", i)
	}
	items := make([]string, 100)
	for i := range items {
		items[i] = fmt.Sprintf("i%d", i)
	}
	list := "[" + strings.Join(items, ", ") + "]"
	child := "Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::A:\n    - A\n    - " + list +
		"\n    - Fn::ForEach::B:\n        - B\n        - " + list + "\n        - Q${A}${B}:\n            Type: AWS::SQS::Queue\n"
	opts := cloudformation.Options{ReadFile: func(name string) ([]byte, error) {
		if name == "child.yaml" {
			return []byte(child), nil
		}
		return nil, fs.ErrNotExist
	}}
	p, ok := cloudformation.Parse(context.Background(), "main.yaml", []byte(parent.String()), opts)
	if !ok {
		t.Fatal("not a template")
	}
	queues := 0
	for _, r := range p.Resources {
		if r.Type == "AWS::SQS::Queue" {
			queues++
		}
	}
	// Outer iterations count too: 99 of them with their 100 inner ones
	// make 9,999, and the 100th stops its inner loop.
	if queues != 9_900 {
		t.Errorf("%d queues, want the 9,900 the bound allows", queues)
	}
	var errs []string
	for _, d := range p.Diagnostics {
		errs = append(errs, d.Summary)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], "main.yaml's loops already ran 10000 iterations") {
		t.Errorf("diagnostics %v, want one error for the bound", errs)
	}
}
