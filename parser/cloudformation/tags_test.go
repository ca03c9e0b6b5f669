package cloudformation

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"gopkg.in/yaml.v3"
)

// plain turns a normalised node tree into plain Go values (JSON's model) so
// tests can state the expected long form as JSON. It fails on any tag left
// that is not a standard YAML one.
func plain(t *testing.T, n *yaml.Node) any {
	t.Helper()
	if n.Kind == yaml.AliasNode {
		return plain(t, n.Alias)
	}
	if !strings.HasPrefix(n.Tag, "!!") {
		t.Fatalf("tag %q left at %d:%d", n.Tag, n.Line, n.Column)
	}
	switch n.Kind {
	case yaml.MappingNode:
		m := map[string]any{}
		for i := 0; i+1 < len(n.Content); i += 2 {
			m[n.Content[i].Value] = plain(t, n.Content[i+1])
		}
		return m
	case yaml.SequenceNode:
		s := []any{}
		for _, c := range n.Content {
			s = append(s, plain(t, c))
		}
		return s
	}
	switch n.Tag {
	case "!!int", "!!float":
		f, err := strconv.ParseFloat(n.Value, 64)
		if err != nil {
			t.Fatalf("number %q: %v", n.Value, err)
		}
		return f
	case "!!bool":
		return n.Value == "true"
	case "!!null":
		return nil
	}
	return n.Value
}

// normalized parses src and normalises its tags.
func normalized(t *testing.T, src string) (any, *state) {
	t.Helper()
	st := &state{ctx: context.Background(), src: newSource("t.yaml", []byte(src)), budget: 1 << 20,
		active: map[*yaml.Node]bool{}, reported: map[*yaml.Node]bool{}}
	root, ok := st.load()
	if !ok || root == nil {
		t.Fatalf("load failed: %v", st.diags)
	}
	st.normalize(root, 0)
	return plain(t, root), st
}

func TestShortTagsNormalised(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"Ref", `v: !Ref Vpc`, `{"v": {"Ref": "Vpc"}}`},
		{"Ref quoted number stays a string", `v: !Ref "123"`, `{"v": {"Ref": "123"}}`},
		{"Ref pseudo parameter", `v: !Ref AWS::Region`, `{"v": {"Ref": "AWS::Region"}}`},
		{"GetAtt A.B", `v: !GetAtt Queue.Arn`, `{"v": {"Fn::GetAtt": ["Queue", "Arn"]}}`},
		{"GetAtt A.B.C splits once", `v: !GetAtt Db.Endpoint.Address`, `{"v": {"Fn::GetAtt": ["Db", "Endpoint.Address"]}}`},
		{"GetAtt quoted", `v: !GetAtt "Db.Endpoint.Port"`, `{"v": {"Fn::GetAtt": ["Db", "Endpoint.Port"]}}`},
		{"GetAtt sequence form", `v: !GetAtt [Db, Endpoint.Address]`, `{"v": {"Fn::GetAtt": ["Db", "Endpoint.Address"]}}`},
		{"GetAtt block sequence", "v: !GetAtt\n  - Db\n  - Arn", `{"v": {"Fn::GetAtt": ["Db", "Arn"]}}`},
		{"Sub string", `v: !Sub "${AWS::StackName}-jobs"`, `{"v": {"Fn::Sub": "${AWS::StackName}-jobs"}}`},
		{"Sub with variables", "v: !Sub\n  - '${Name}-x'\n  - Name: !Ref Env",
			`{"v": {"Fn::Sub": ["${Name}-x", {"Name": {"Ref": "Env"}}]}}`},
		{"Sub literal block", "v: !Sub |\n  echo ${AWS::Region}\n", `{"v": {"Fn::Sub": "echo ${AWS::Region}\n"}}`},
		{"Join", `v: !Join ["-", [a, !Ref B]]`, `{"v": {"Fn::Join": ["-", ["a", {"Ref": "B"}]]}}`},
		{"If", `v: !If [IsProd, big, !Ref AWS::NoValue]`, `{"v": {"Fn::If": ["IsProd", "big", {"Ref": "AWS::NoValue"}]}}`},
		{"Select GetAZs", `v: !Select [0, !GetAZs ""]`, `{"v": {"Fn::Select": [0, {"Fn::GetAZs": ""}]}}`},
		{"Split", `v: !Split [",", "a,b"]`, `{"v": {"Fn::Split": [",", "a,b"]}}`},
		{"FindInMap", `v: !FindInMap [RegionMap, !Ref AWS::Region, Ami]`,
			`{"v": {"Fn::FindInMap": ["RegionMap", {"Ref": "AWS::Region"}, "Ami"]}}`},
		{"GetAZs region", `v: !GetAZs us-east-1`, `{"v": {"Fn::GetAZs": "us-east-1"}}`},
		{"ImportValue", `v: !ImportValue net-VpcId`, `{"v": {"Fn::ImportValue": "net-VpcId"}}`},
		// YAML allows one tag per node, so !ImportValue !Sub … is invalid; the
		// documented spelling nests the long form.
		{"ImportValue of a long form", "v: !ImportValue\n  Fn::Sub: ${Net}-VpcId", `{"v": {"Fn::ImportValue": {"Fn::Sub": "${Net}-VpcId"}}}`},
		{"Base64 of a long form", "v: !Base64\n  Fn::Sub: echo hi", `{"v": {"Fn::Base64": {"Fn::Sub": "echo hi"}}}`},
		{"Cidr", `v: !Cidr [!GetAtt Vpc.CidrBlock, 6, 8]`,
			`{"v": {"Fn::Cidr": [{"Fn::GetAtt": ["Vpc", "CidrBlock"]}, 6, 8]}}`},
		{"Equals", `v: !Equals [!Ref Env, prod]`, `{"v": {"Fn::Equals": [{"Ref": "Env"}, "prod"]}}`},
		{"And", `v: !And [!Condition A, !Condition B]`, `{"v": {"Fn::And": [{"Condition": "A"}, {"Condition": "B"}]}}`},
		{"Or", `v: !Or [!Condition A, !Equals [x, y]]`, `{"v": {"Fn::Or": [{"Condition": "A"}, {"Fn::Equals": ["x", "y"]}]}}`},
		{"Not", `v: !Not [!Condition A]`, `{"v": {"Fn::Not": [{"Condition": "A"}]}}`},
		{"Condition", `v: !Condition IsProd`, `{"v": {"Condition": "IsProd"}}`},
		{"Transform", "v: !Transform\n  Name: AWS::Include\n  Parameters: {Location: s3://b/k}",
			`{"v": {"Fn::Transform": {"Name": "AWS::Include", "Parameters": {"Location": "s3://b/k"}}}}`},
		{"GetStackOutput", "v: !GetStackOutput {StackName: net, OutputName: VpcId}",
			`{"v": {"Fn::GetStackOutput": {"StackName": "net", "OutputName": "VpcId"}}}`},
		{"Length", `v: !Length [a, b]`, `{"v": {"Fn::Length": ["a", "b"]}}`},
		{"ToJsonString", `v: !ToJsonString {a: 1}`, `{"v": {"Fn::ToJsonString": {"a": 1}}}`},
		{"anchored tag seen through an alias", "a: &x !Ref Y\nb: *x", `{"a": {"Ref": "Y"}, "b": {"Ref": "Y"}}`},
		{"tagged key-less empty Ref", "v: !Ref", `{"v": {"Ref": null}}`},
		{"standard tags untouched", "a: !!str 12\nb: 12", `{"a": "12", "b": 12}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, st := normalized(t, tt.yaml)
			var want any
			if err := json.Unmarshal([]byte(tt.want), &want); err != nil {
				t.Fatalf("bad want: %v", err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("long form mismatch (-want +got):\n%s", diff)
			}
			if len(st.diags) > 0 {
				t.Errorf("unexpected diagnostics: %v", st.diags)
			}
		})
	}
}

func TestUnknownTagWarnsAndKeepsValue(t *testing.T) {
	got, st := normalized(t, "a: !Foo 12\nb: !Bar [x]\nc: !<tag:example.com,1:x> {k: v}")
	want := map[string]any{"a": 12.0, "b": []any{"x"}, "c": map[string]any{"k": "v"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("value mismatch (-want +got):\n%s", diff)
	}
	var lines []int
	for _, d := range st.diags {
		if d.Severity != "warning" || !strings.Contains(d.Summary, "unknown YAML tag") {
			t.Errorf("unexpected diagnostic %v", d)
		}
		lines = append(lines, d.Range.Start.Line)
	}
	if diff := cmp.Diff([]int{1, 2, 3}, lines); diff != "" {
		t.Errorf("warning lines (-want +got):\n%s", diff)
	}
}
