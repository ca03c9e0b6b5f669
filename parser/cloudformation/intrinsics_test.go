package cloudformation_test

import (
	"context"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/cloudformation"
)

const intrinsicsTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Parameters:
  Env: {Type: String, Default: dev}
  Size: {Type: Number, Default: 2}
  Zones: {Type: CommaDelimitedList, Default: "a,b,c"}
  Unset: {Type: String}
Mappings:
  Sizes:
    dev: {Instance: t3.small}
    prod: {Instance: m6i.large}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Both: !And [!Condition IsProd, !Equals [!Ref Size, 2]]
  Either: !Or [!Condition IsProd, !Equals [!Ref Size, 2]]
  Unknowable: !Equals [!Ref AWS::AccountId, "1"]
  ProdOrUnknowable: !Or [!Condition IsProd, !Condition Unknowable]
  DevOrUnknowable: !Or [!Condition IsDev, !Condition Unknowable]
Resources:
  Thing:
    Type: AWS::SQS::Queue
    Properties:
      Sub: !Sub "${Env}-${AWS::Region}-${!Literal}"
      SubList: !Sub ["${Name}.${AWS::URLSuffix}", {Name: !Ref Env}]
      SubResource: !Sub "${Queue.Arn}"
      Join: !Join ["-", [a, !Ref Env, !Select [1, !Ref Zones]]]
      Split: !Split [",", "x,y"]
      Select: !Select [0, !GetAZs ""]
      Map: !FindInMap [Sizes, !Ref Env, Instance]
      MapDefault: !FindInMap [Sizes, staging, Instance, {DefaultValue: t3.micro}]
      If: !If [IsProd, big, small]
      IfNoValue: !If [IsDev, !Ref AWS::NoValue, kept]
      IfUnknown: !If [Unknowable, a, b]
      Base64: !Base64 "hi"
      Cidr: !Cidr ["10.0.0.0/16", 3, 8]
      Length: !Length [1, 2, 3]
      Json: !ToJsonString {a: !Ref Env}
      Partition: !Ref AWS::Partition
      Account: !Ref AWS::AccountId
      Import: !ImportValue shared
      GetAtt: !GetAtt Queue.Arn
      UnsetParam: !Ref Unset
  OnlyProd:
    Type: AWS::SQS::Queue
    Condition: IsProd
  OnlyDev:
    Type: AWS::SQS::Queue
    Condition: IsDev
  Maybe:
    Type: AWS::SQS::Queue
    Condition: ProdOrUnknowable
  SurelyDev:
    Type: AWS::SQS::Queue
    Condition: DevOrUnknowable
  Queue:
    Type: AWS::SQS::Queue
`

func parseWith(t *testing.T, src string, opts cloudformation.Options) parser.Parsed {
	t.Helper()
	p, ok := cloudformation.Parse(context.Background(), "t.yaml", []byte(src), opts)
	if !ok {
		t.Fatal("not recognised as a template")
	}
	for _, d := range p.Diagnostics {
		t.Errorf("unexpected diagnostic %s: %s", d.Range, d.Message())
	}
	return p
}

func byName(p parser.Parsed) map[string]parser.Resource {
	out := map[string]parser.Resource{}
	for _, r := range p.Resources {
		out[r.Name] = r
	}
	return out
}

func TestIntrinsics(t *testing.T) {
	s := cty.StringVal
	unknown := cty.UnknownVal(cty.String)
	tests := []struct {
		name string
		opts cloudformation.Options
		want map[string]cty.Value
	}{{
		name: "defaults",
		want: map[string]cty.Value{
			"Sub":         s("dev-us-east-1-${Literal}"),
			"SubList":     s("dev.amazonaws.com"),
			"SubResource": unknown,
			"Join":        s("a-dev-b"),
			"Split":       cty.TupleVal([]cty.Value{s("x"), s("y")}),
			"Select":      s("us-east-1a"),
			"Map":         s("t3.small"),
			"MapDefault":  s("t3.micro"),
			"If":          s("small"),
			"IfUnknown":   cty.DynamicVal,
			"Base64":      s("aGk="),
			"Cidr":        cty.TupleVal([]cty.Value{s("10.0.0.0/24"), s("10.0.1.0/24"), s("10.0.2.0/24")}),
			"Length":      cty.NumberIntVal(3),
			"Json":        s(`{"a":"dev"}`),
			"Partition":   s("aws"),
			"Account":     cty.DynamicVal,
			"Import":      cty.DynamicVal,
			"GetAtt":      cty.DynamicVal,
			"UnsetParam":  cty.DynamicVal,
		},
	}, {
		name: "parameters and region given",
		opts: cloudformation.Options{Parameters: map[string]string{"Env": "prod", "Zones": "x, y", "NotDeclared": "1"}, Region: "cn-north-1"},
		want: map[string]cty.Value{
			"Sub":         s("prod-cn-north-1-${Literal}"),
			"SubList":     s("prod.amazonaws.com.cn"),
			"SubResource": unknown,
			"Join":        s("a-prod-y"),
			"Split":       cty.TupleVal([]cty.Value{s("x"), s("y")}),
			"Select":      s("cn-north-1a"),
			"Map":         s("m6i.large"),
			"MapDefault":  s("t3.micro"),
			"If":          s("big"),
			"IfNoValue":   s("kept"),
			"IfUnknown":   cty.DynamicVal,
			"Base64":      s("aGk="),
			"Cidr":        cty.TupleVal([]cty.Value{s("10.0.0.0/24"), s("10.0.1.0/24"), s("10.0.2.0/24")}),
			"Length":      cty.NumberIntVal(3),
			"Json":        s(`{"a":"prod"}`),
			"Partition":   s("aws-cn"),
			"Account":     cty.DynamicVal,
			"Import":      cty.DynamicVal,
			"GetAtt":      cty.DynamicVal,
			"UnsetParam":  cty.DynamicVal,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := byName(parseWith(t, intrinsicsTemplate, tt.opts))
			got := rs["Thing"].Attrs.AsValueMap()
			if diff := cmp.Diff(tt.want, got, cmp.Comparer(func(a, b cty.Value) bool { return a.RawEquals(b) })); diff != "" {
				t.Errorf("values (-want +got):\n%s", diff)
			}
			// What stays unknown keeps its text for messages.
			if u := rs["Thing"].Unresolved["Account"]; u != "Ref: AWS::AccountId" {
				t.Errorf("Unresolved[Account] = %q", u)
			}
		})
	}
}

// A resource's Condition decides whether it is deployed with the given
// parameters; one that depends on the account stays undecided.
func TestResourceConditions(t *testing.T) {
	tests := []struct {
		env  string
		want map[string]string
	}{
		{"dev", map[string]string{"OnlyProd": "false", "OnlyDev": "true", "Maybe": "unknown", "SurelyDev": "true"}},
		{"prod", map[string]string{"OnlyProd": "true", "OnlyDev": "false", "Maybe": "true", "SurelyDev": "unknown"}},
	}
	for _, tt := range tests {
		rs := byName(parseWith(t, intrinsicsTemplate, cloudformation.Options{Parameters: map[string]string{"Env": tt.env}}))
		got := map[string]string{}
		for name := range tt.want {
			r := rs[name]
			if r.Condition == "" {
				t.Errorf("%s: no condition recorded", name)
			}
			got[name] = r.ConditionValue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Env=%s: condition values (-want +got):\n%s", tt.env, diff)
		}
		if q := rs["Queue"]; q.Condition != "" || q.ConditionValue != "" {
			t.Errorf("Queue has no condition, got %q=%q", q.Condition, q.ConditionValue)
		}
	}
}
