package cloudformation_test

import (
	"context"
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
