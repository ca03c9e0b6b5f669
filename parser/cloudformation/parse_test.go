package cloudformation_test

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/cloudformation"
)

// ctyEqual compares cty values exactly, unknowns included.
var ctyEqual = cmp.Comparer(func(a, b cty.Value) bool { return a.RawEquals(b) })

// at is the Pos of a 1-based line and column of src, computed independently
// of the parser (lines end with \n; columns count characters).
func at(src string, line, col int) parser.Pos {
	off := 0
	lines := strings.SplitAfter(src, "\n")
	for i := 0; i < line-1; i++ {
		off += len(lines[i])
	}
	for c := 1; c < col; c++ {
		_, w := utf8.DecodeRuneInString(src[off:])
		off += w
	}
	return parser.Pos{Line: line, Column: col, Byte: off}
}

func rng(file, src string, l1, c1, l2, c2 int) parser.Range {
	return parser.Range{File: file, Start: at(src, l1, c1), End: at(src, l2, c2)}
}

func mustParse(t *testing.T, file, src string) parser.Parsed {
	t.Helper()
	p, ok := cloudformation.Parse(context.Background(), file, []byte(src), cloudformation.Options{})
	if !ok {
		t.Fatalf("Parse: isTemplate false")
	}
	return p
}

// location is what the range tests compare.
type location struct {
	Name, Type       string
	Range, TypeRange parser.Range
}

func locations(p parser.Parsed) []location {
	var out []location
	for _, r := range p.Resources {
		out = append(out, location{r.Name, r.Type, r.Range, r.TypeRange})
	}
	return out
}

const yamlTemplate = `AWSTemplateFormatVersion: "2010-09-09"
Description: "Café ☕ — costs"
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Properties:
      FifoQueue: true
  "Bucket":
    Type: 'AWS::S3::Bucket'
    Properties:
      Tags: [{Key: naïve, Value: "ünï"}]
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Code:
        ZipFile: |
          def handler(e, c):
              return "é"

Outputs:
  Arn: {Value: !GetAtt Queue.Arn}
`

const jsonTemplate = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Queue": {
      "Type": "AWS::SQS::Queue",
      "Properties": {"FifoQueue": true}
    },
    "Bucket": {"Type": "AWS::S3::Bucket"}
  }
}
`

// jsonFallbackTemplate is jsonTemplate with text yaml.v3 rejects (an escaped
// slash and a surrogate pair) on line 2, so readJSON has to take over.
var jsonFallbackTemplate = strings.Replace(jsonTemplate, `"2010-09-09",`,
	`"2010-09-09", "Description": "a\/b \ud83d\ude00",`, 1)

// bomCRLFTemplate is yamlTemplate with a byte order mark and CRLF line ends:
// yaml.v3 counts neither in columns, but both are in byte offsets.
var bomCRLFTemplate = "\ufeff" + strings.ReplaceAll(yamlTemplate, "\n", "\r\n")

// jsonTabsTemplate is jsonTemplate indented with tabs.
var jsonTabsTemplate = strings.ReplaceAll(jsonTemplate, "  ", "\t")

func TestRanges(t *testing.T) {
	tests := []struct {
		name, file, src string
		want            []location
	}{
		{"yaml", "stacks/app.yaml", yamlTemplate, []location{
			{"Queue", "AWS::SQS::Queue", rng("stacks/app.yaml", yamlTemplate, 4, 3, 7, 22), rng("stacks/app.yaml", yamlTemplate, 5, 11, 5, 26)},
			{"Bucket", "AWS::S3::Bucket", rng("stacks/app.yaml", yamlTemplate, 8, 3, 11, 41), rng("stacks/app.yaml", yamlTemplate, 9, 11, 9, 28)},
			{"Fn", "AWS::Lambda::Function", rng("stacks/app.yaml", yamlTemplate, 12, 3, 18, 25), rng("stacks/app.yaml", yamlTemplate, 13, 11, 13, 32)},
		}},
		{"yaml with BOM and CRLF", "app.yaml", bomCRLFTemplate, []location{
			{"Queue", "AWS::SQS::Queue", rng("app.yaml", bomCRLFTemplate, 4, 3, 7, 22), rng("app.yaml", bomCRLFTemplate, 5, 11, 5, 26)},
			{"Bucket", "AWS::S3::Bucket", rng("app.yaml", bomCRLFTemplate, 8, 3, 11, 41), rng("app.yaml", bomCRLFTemplate, 9, 11, 9, 28)},
			{"Fn", "AWS::Lambda::Function", rng("app.yaml", bomCRLFTemplate, 12, 3, 18, 25), rng("app.yaml", bomCRLFTemplate, 13, 11, 13, 32)},
		}},
		{"json", "app.json", jsonTemplate, []location{
			{"Queue", "AWS::SQS::Queue", rng("app.json", jsonTemplate, 4, 5, 7, 6), rng("app.json", jsonTemplate, 5, 15, 5, 32)},
			{"Bucket", "AWS::S3::Bucket", rng("app.json", jsonTemplate, 8, 5, 8, 42), rng("app.json", jsonTemplate, 8, 24, 8, 41)},
		}},
		{"json fallback", "app.json", jsonFallbackTemplate, []location{
			{"Queue", "AWS::SQS::Queue", rng("app.json", jsonFallbackTemplate, 4, 5, 7, 6), rng("app.json", jsonFallbackTemplate, 5, 15, 5, 32)},
			{"Bucket", "AWS::S3::Bucket", rng("app.json", jsonFallbackTemplate, 8, 5, 8, 42), rng("app.json", jsonFallbackTemplate, 8, 24, 8, 41)},
		}},
		{"json tabs", "app.json", jsonTabsTemplate, []location{
			{"Queue", "AWS::SQS::Queue", rng("app.json", jsonTabsTemplate, 4, 3, 7, 4), rng("app.json", jsonTabsTemplate, 5, 12, 5, 29)},
			{"Bucket", "AWS::S3::Bucket", rng("app.json", jsonTabsTemplate, 8, 3, 8, 40), rng("app.json", jsonTabsTemplate, 8, 22, 8, 39)},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.file, tt.src)
			if len(p.Diagnostics) > 0 {
				t.Errorf("unexpected diagnostics: %v", p.Diagnostics)
			}
			if diff := cmp.Diff(tt.want, locations(p)); diff != "" {
				t.Errorf("ranges (-want +got):\n%s", diff)
			}
			for _, r := range p.Resources {
				if got := tt.src[r.TypeRange.Start.Byte:r.TypeRange.End.Byte]; strings.Trim(got, `"'`) != r.Type {
					t.Errorf("%s: TypeRange covers %q", r.Name, got)
				}
				if r.Source != parser.SourceCloudFormation || r.Kind != parser.KindResource || r.Address != r.Name {
					t.Errorf("%s: source/kind/address = %q/%q/%q", r.Name, r.Source, r.Kind, r.Address)
				}
			}
		})
	}
}

func TestJSONFallbackValues(t *testing.T) {
	src := `{"Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {
		"QueueName": "a\/b \ud83d\ude00", "DelaySeconds": 5, "Big": 12345678901234567890, "F": 1.5e3,
		"On": true, "Nil": null, "L": [1, "x"]}}}}`
	p := mustParse(t, "q.json", src)
	want := cty.ObjectVal(map[string]cty.Value{
		"QueueName":    cty.StringVal("a/b 😀"),
		"DelaySeconds": cty.NumberIntVal(5),
		"Big":          cty.MustParseNumberVal("12345678901234567890"),
		"F":            cty.NumberIntVal(1500),
		"On":           cty.True,
		"Nil":          cty.NullVal(cty.DynamicPseudoType),
		"L":            cty.TupleVal([]cty.Value{cty.NumberIntVal(1), cty.StringVal("x")}),
	})
	if len(p.Resources) != 1 || len(p.Diagnostics) > 0 {
		t.Fatalf("got %d resources, diagnostics %v", len(p.Resources), p.Diagnostics)
	}
	if diff := cmp.Diff(want, p.Resources[0].Attrs, ctyEqual); diff != "" {
		t.Errorf("attrs (-want +got):\n%s", diff)
	}
}

func TestAttrs(t *testing.T) {
	const src = `AWSTemplateFormatVersion: 2010-09-09
Parameters:
  Env: {Type: String, Default: prod}
  Retention: {Type: Number, Default: "345600"}
  Subnets: {Type: CommaDelimitedList, Default: "subnet-1, subnet-2"}
  Ports: {Type: List<Number>, Default: "80,443"}
  VpcId: {Type: AWS::EC2::VPC::Id}
  Ami: {Type: "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>", Default: /aws/ami}
Resources:
  Queue:
    Type: AWS::SQS::Queue
    Condition: IsProd
    DependsOn: [Bucket]
    Metadata: {Note: x}
    DeletionPolicy: Retain
    Properties:
      QueueName: !Sub "${AWS::StackName}-jobs"
      MessageRetentionPeriod: !Ref Retention
      FifoQueue: true
      DelaySeconds: 0
      Ratio: 0.5
      Account: 012345678901
      Mode: 0755
      Created: 2024-01-02
      Empty:
      Env: !Ref Env
      Subnets: !Ref Subnets
      Ports: !Ref Ports
      Vpc: !Ref VpcId
      Image: !Ref Ami
      Region: !Ref AWS::Region
      Policy: !GetAtt Bucket.Arn
      Dead: !Ref AWS::NoValue
      Redrive:
        deadLetterTargetArn: !GetAtt [Dlq, Arn]
        maxReceiveCount: !Ref AWS::NoValue
      Tags:
        - Key: Name
          Value: !Join ["-", [!Ref Env, !ImportValue shared-name]]
        - !Ref AWS::NoValue
        - Key: Owner
          Value: !If [IsProd, ops, dev]
  Bucket:
    Type: AWS::S3::Bucket
Conditions:
  # Depends on the account: not known before deployment.
  IsProd: !Equals [!Ref AWS::AccountId, "111111111111"]
`
	p := mustParse(t, "q.yaml", src)
	if len(p.Diagnostics) > 0 {
		t.Errorf("unexpected diagnostics: %v", p.Diagnostics)
	}
	if len(p.Resources) != 2 {
		t.Fatalf("got %d resources", len(p.Resources))
	}
	q := p.Resources[0]
	wantAttrs := cty.ObjectVal(map[string]cty.Value{
		"QueueName":              cty.UnknownVal(cty.String), // Fn::Sub of the stack name
		"MessageRetentionPeriod": cty.NumberIntVal(345600),
		"FifoQueue":              cty.True,
		"DelaySeconds":           cty.NumberIntVal(0),
		"Ratio":                  cty.NumberFloatVal(0.5),
		"Account":                cty.StringVal("012345678901"),
		"Mode":                   cty.StringVal("0755"),
		"Created":                cty.StringVal("2024-01-02"),
		"Empty":                  cty.NullVal(cty.DynamicPseudoType),
		"Env":                    cty.StringVal("prod"),
		"Subnets":                cty.TupleVal([]cty.Value{cty.StringVal("subnet-1"), cty.StringVal("subnet-2")}),
		"Ports":                  cty.TupleVal([]cty.Value{cty.NumberIntVal(80), cty.NumberIntVal(443)}),
		"Vpc":                    cty.DynamicVal,
		"Image":                  cty.DynamicVal,
		"Region":                 cty.StringVal("us-east-1"), // the default region
		"Policy":                 cty.DynamicVal,
		"Redrive":                cty.ObjectVal(map[string]cty.Value{"deadLetterTargetArn": cty.DynamicVal}),
		"Tags": cty.TupleVal([]cty.Value{
			cty.ObjectVal(map[string]cty.Value{"Key": cty.StringVal("Name"), "Value": cty.UnknownVal(cty.String)}),
			cty.ObjectVal(map[string]cty.Value{"Key": cty.StringVal("Owner"), "Value": cty.DynamicVal}),
		}),
	})
	if diff := cmp.Diff(wantAttrs, q.Attrs, ctyEqual); diff != "" {
		t.Errorf("attrs (-want +got):\n%s", diff)
	}
	wantUnresolved := map[string]string{
		"QueueName":                   "Fn::Sub: ${AWS::StackName}-jobs",
		"Vpc":                         "Ref: VpcId",
		"Image":                       "Ref: Ami",
		"Policy":                      "Fn::GetAtt: Bucket.Arn",
		"Redrive.deadLetterTargetArn": "Fn::GetAtt: Dlq.Arn",
		"Tags.0.Value":                "Fn::Join: [-, [{Ref: Env}, {Fn::ImportValue: shared-name}]]",
		"Tags.1.Value":                "Fn::If: [IsProd, ops, dev]",
	}
	if diff := cmp.Diff(wantUnresolved, q.Unresolved); diff != "" {
		t.Errorf("unresolved (-want +got):\n%s", diff)
	}
	if _, ok := q.AttrRanges["Dead"]; ok {
		t.Errorf("AWS::NoValue property has a range")
	}
	if got, want := q.AttrRanges["FifoQueue"], rng("q.yaml", src, 19, 7, 19, 22); got != want {
		t.Errorf("AttrRanges[FifoQueue] = %v..%v, want %v..%v", got.Start, got.End, want.Start, want.End)
	}
	top := 0
	for path := range q.AttrRanges {
		if !strings.Contains(path, ".") {
			top++
		}
	}
	if top != 18 {
		t.Errorf("got %d top-level attribute ranges, want 18", top)
	}
	// Nested values have theirs too; dropped ones (AWS::NoValue) do not.
	if _, ok := q.AttrRanges["Tags.1.Value"]; !ok {
		t.Errorf("no range for Tags.1.Value: %v", q.AttrRanges)
	}
	if _, ok := q.AttrRanges["Redrive.maxReceiveCount"]; ok {
		t.Errorf("a range for a property AWS::NoValue removed")
	}

	b := p.Resources[1]
	if !b.Attrs.RawEquals(cty.EmptyObjectVal) || b.Unresolved != nil || b.AttrRanges != nil {
		t.Errorf("resource without Properties: attrs %#v, unresolved %v, ranges %v", b.Attrs, b.Unresolved, b.AttrRanges)
	}
	if v, ok := b.Attr("BucketName"); ok {
		t.Errorf("Attr on an unset property = %#v", v)
	}
}

// A dynamic reference is replaced by CloudFormation when it deploys: the
// string holding it is unknown, with its text kept, wherever it is written.
func TestDynamicReferences(t *testing.T) {
	const src = `Parameters:
  Env: {Type: String, Default: prod}
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: "{{resolve:ssm:/db/class:3}}"
      MasterUserPassword: '{{resolve:secretsmanager:db-secret:SecretString:password}}'
      EngineVersion: !Sub "{{resolve:ssm:/db/${Env}/version}}"
      Engine: !Join ["", ["{{resolve:ssm:/db/engine}}"]]
      DBName: "app-{{resolve:ssm:/db/suffix}}"
      AllocatedStorage: "20"
      Tags:
        - Key: team
          Value: "{{not a reference}}"
`
	p := mustParse(t, "db.yaml", src)
	if len(p.Diagnostics) > 0 {
		t.Errorf("unexpected diagnostics: %v", p.Diagnostics)
	}
	db := p.Resources[0]
	want := cty.ObjectVal(map[string]cty.Value{
		"DBInstanceClass":    cty.UnknownVal(cty.String),
		"MasterUserPassword": cty.UnknownVal(cty.String),
		"EngineVersion":      cty.UnknownVal(cty.String),
		"Engine":             cty.UnknownVal(cty.String),
		"DBName":             cty.UnknownVal(cty.String),
		"AllocatedStorage":   cty.StringVal("20"),
		"Tags": cty.TupleVal([]cty.Value{
			cty.ObjectVal(map[string]cty.Value{"Key": cty.StringVal("team"), "Value": cty.StringVal("{{not a reference}}")}),
		}),
	})
	if diff := cmp.Diff(want, db.Attrs, ctyEqual); diff != "" {
		t.Errorf("attrs (-want +got):\n%s", diff)
	}
	wantUnresolved := map[string]string{
		"DBInstanceClass":    "{{resolve:ssm:/db/class:3}}",
		"MasterUserPassword": "{{resolve:secretsmanager:db-secret:SecretString:password}}",
		"EngineVersion":      `Fn::Sub: "{{resolve:ssm:/db/${Env}/version}}"`,
		"Engine":             `Fn::Join: ["", ["{{resolve:ssm:/db/engine}}"]]`,
		"DBName":             "app-{{resolve:ssm:/db/suffix}}",
	}
	if diff := cmp.Diff(wantUnresolved, db.Unresolved); diff != "" {
		t.Errorf("unresolved (-want +got):\n%s", diff)
	}
}

// AWSTemplateFormatVersion is optional, and a template's resources may all
// be inside Fn::ForEach loops: it is still a template.
func TestTemplateOfLoopsOnly(t *testing.T) {
	const src = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Queues:
    - Name
    - [a, b]
    - Fn::ForEach::Kinds:
        - Kind
        - [x]
        - Q${Name}${Kind}:
            Type: AWS::SQS::Queue
`
	p := mustParse(t, "loops.yaml", src)
	var got []string
	for _, r := range p.Resources {
		got = append(got, r.Name)
	}
	if diff := cmp.Diff([]string{"Qax", "Qbx"}, got); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	// Loops over mappings without a resource type are not a template.
	if _, ok := cloudformation.Parse(context.Background(), "x.yaml", []byte("Resources:\n  Fn::ForEach::L:\n    - N\n    - [a]\n    - K${N}: {Kind: thing}\n"), cloudformation.Options{}); ok {
		t.Errorf("a document without resource types was taken as a template")
	}
}

func TestRegistryTypesOnly(t *testing.T) {
	p := mustParse(t, "m.yaml", "Resources:\n  Role:\n    Type: My::IAM::Role::MODULE\n  Report:\n    Type: Initech::TPS::Report\n")
	if len(p.Resources) != 2 || p.Resources[0].Type != "My::IAM::Role::MODULE" {
		t.Errorf("got %+v", p.Resources)
	}
}

func TestPropertiesIntrinsic(t *testing.T) {
	src := "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: !If [C, {BucketName: a}, {BucketName: b}]\n"
	p := mustParse(t, "b.yaml", src)
	r := p.Resources[0]
	if r.Attrs.IsKnown() || r.Unresolved["Properties"] != "Fn::If: [C, {BucketName: a}, {BucketName: b}]" {
		t.Errorf("attrs %#v, unresolved %v", r.Attrs, r.Unresolved)
	}
}

func TestNotTemplates(t *testing.T) {
	tests := map[string]string{
		"kubernetes":          "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - resources: {limits: {cpu: 1}}\n",
		"compose":             "services:\n  web:\n    image: nginx\n",
		"package.json":        `{"name": "x", "version": "1.0.0", "dependencies": {"aws-cdk-lib": "2"}}`,
		"resources not aws":   "Resources:\n  Thing:\n    Type: Kubernetes::Pod\n",
		"resources no types":  "Resources:\n  cpu: 1\n  memory: {Type: x::y}\n",
		"resources empty":     `{"Parameters": {"P": {"Type": "String"}}, "Resources": {}}`,
		"empty":               "",
		"comment":             "# AWS:: Resources\n",
		"scalar":              "Resources",
		"list":                "- Resources: {A: {Type: AWS::S3::Bucket}}\n",
		"broken non-template": "a: [\n",
		"broken json":         `{"a": [1, 2}`,
		"multi-doc no cfn":    "a: 1\n---\nb: 2\n",
	}
	for name, src := range tests {
		t.Run(name, func(t *testing.T) {
			p, ok := cloudformation.Parse(context.Background(), "x.yaml", []byte(src), cloudformation.Options{})
			if ok || len(p.Diagnostics) > 0 || len(p.Resources) > 0 {
				t.Errorf("isTemplate %v, %d resources, diagnostics %v", ok, len(p.Resources), p.Diagnostics)
			}
		})
	}
}

func TestMaybeTemplate(t *testing.T) {
	tests := []struct {
		src  string
		want bool
	}{
		{"AWSTemplateFormatVersion: 2010-09-09\n", true},
		{"Resources:\n  A:\n    Type: AWS::S3::Bucket\n", true},
		{`{"Resources": {"A": {"Type": "Custom::Thing"}}}`, true},
		{"apiVersion: v1\nkind: ConfigMap\n", false},
		{"resources: AWS::S3::Bucket\n", false},
		{"Resources: {}\n", false},
		{"Resources:\n  A: {Type: Initech::TPS::Report}\n", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := cloudformation.MaybeTemplate([]byte(tt.src)); got != tt.want {
			t.Errorf("MaybeTemplate(%q) = %v, want %v", tt.src, got, tt.want)
		}
	}
}

// diag is what the diagnostic tests compare.
type diag struct {
	Severity parser.Severity
	Line     int
	Summary  string // a fragment of the summary
}

func diags(p parser.Parsed) []diag {
	var out []diag
	for _, d := range p.Diagnostics {
		out = append(out, diag{d.Severity, d.Range.Start.Line, d.Summary})
	}
	return out
}

// summaryContains lets the want side hold a fragment of the summary.
var summaryContains = cmp.Comparer(func(a, b diag) bool {
	return a.Severity == b.Severity && a.Line == b.Line &&
		(strings.Contains(a.Summary, b.Summary) || strings.Contains(b.Summary, a.Summary))
})

func TestDiagnostics(t *testing.T) {
	tests := []struct {
		name, file, src string
		resources       []string
		want            []diag
	}{
		{
			name: "broken yaml template", file: "a.yaml",
			src:  "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties: {a: [1, 2}\n",
			want: []diag{{parser.SeverityError, 5, "invalid YAML"}},
		},
		{
			// yaml.v3 itself names line 3, the 0-based line where the mapping of A starts.
			name: "bad indentation", file: "a.yaml",
			src: "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n" +
				"      BucketName: x\n      Tags:\n        - Key: a\n          Value: b\n     Bad: 1\n  B:\n    Type: AWS::S3::Bucket\n",
			want: []diag{{parser.SeverityError, 10, "invalid YAML: did not find expected key"}},
		},
		{
			name: "broken yaml without version", file: "a.yaml",
			src:  "Resources:\n  A:\n    Type: AWS::S3::Bucket\n  B: : :\n",
			want: []diag{{parser.SeverityError, 4, "invalid YAML"}},
		},
		{
			name: "broken json template", file: "a.json",
			src: "{\n  \"Resources\": {\n    \"A\": {\"Type\": \"AWS::S3::Bucket\",}\n  }\n}\n",
			// yaml.v3 accepts the trailing comma: this one is fine.
			resources: []string{"A"},
		},
		{
			name: "broken json template, missing comma", file: "a.json",
			src:  "{\n  \"Resources\": {\n    \"A\": {\"Type\": \"AWS::S3::Bucket\"}\n    \"B\": {}\n  }\n}\n",
			want: []diag{{parser.SeverityError, 4, "invalid JSON"}},
		},
		{
			name: "duplicate logical ID", file: "a.yaml",
			src:       "Resources:\n  A:\n    Type: AWS::S3::Bucket\n  A:\n    Type: AWS::SQS::Queue\n  B:\n    Type: AWS::SNS::Topic\n",
			resources: []string{"A", "B"},
			want:      []diag{{parser.SeverityError, 4, `duplicate logical ID "A"`}},
		},
		{
			name: "duplicate logical ID in JSON", file: "a.json",
			src:       "{\"Resources\": {\n\"A\": {\"Type\": \"AWS::S3::Bucket\"},\n\"A\": {\"Type\": \"AWS::SQS::Queue\"}}}",
			resources: []string{"A"},
			want:      []diag{{parser.SeverityError, 3, `duplicate logical ID "A"`}},
		},
		{
			name: "missing and bad types", file: "a.yaml",
			src: "AWSTemplateFormatVersion: 2010-09-09\nResources:\n  A:\n    Properties: {}\n  B:\n    Type: !Ref T\n" +
				"  C:\n    Type: 12\n  D: [x]\n  E:\n    Type: AWS::S3::Bucket\n",
			resources: []string{"E"},
			want: []diag{
				{parser.SeverityError, 3, `resource "A" has no Type`},
				{parser.SeverityError, 6, `Type of resource "B"`},
				{parser.SeverityError, 8, `Type of resource "C"`},
				{parser.SeverityError, 9, `resource "D" must be a mapping`},
			},
		},
		{
			name: "resources not a mapping", file: "a.yaml",
			src:  "AWSTemplateFormatVersion: 2010-09-09\nResources: [a, b]\n",
			want: []diag{{parser.SeverityError, 2, "Resources must be a mapping"}},
		},
		{
			name: "no resources", file: "a.yaml",
			src:  "AWSTemplateFormatVersion: 2010-09-09\nDescription: x\n",
			want: []diag{{parser.SeverityWarning, 1, "no Resources section"}},
		},
		{
			name: "multiple documents", file: "a.yaml",
			src:       "Resources:\n  A:\n    Type: AWS::S3::Bucket\n---\nResources:\n  B:\n    Type: AWS::S3::Bucket\n",
			resources: []string{"A"},
			want:      []diag{{parser.SeverityWarning, 4, "more than one YAML document"}},
		},
		{
			name: "unknown tag", file: "a.yaml",
			src:       "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Upper abc\n",
			resources: []string{"A"},
			want:      []diag{{parser.SeverityWarning, 5, "unknown YAML tag !Upper"}},
		},
		{
			name: "duplicate property", file: "a.yaml",
			src:       "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: a\n      BucketName: b\n",
			resources: []string{"A"},
			want:      []diag{{parser.SeverityError, 6, `duplicate property name "BucketName"`}},
		},
		{
			name: "foreach", file: "a.yaml",
			src: "AWSTemplateFormatVersion: 2010-09-09\nTransform: AWS::LanguageExtensions\nResources:\n" +
				"  Fn::ForEach::Topics:\n    - Name\n    - [a, b]\n    - Topic${Name}:\n        Type: AWS::SNS::Topic\n",
			resources: []string{"Topica", "Topicb"},
		},
		{
			name: "foreach nested, over a parameter, with Ref and Sub", file: "a.yaml",
			src: "AWSTemplateFormatVersion: 2010-09-09\nTransform: AWS::LanguageExtensions\nParameters:\n  Envs: {Type: CommaDelimitedList, Default: \"dev,prod\"}\nResources:\n" +
				"  Fn::ForEach::Envs:\n    - Env\n    - !Ref Envs\n" +
				"    - Fn::ForEach::Kinds:\n        - Kind\n        - [in-bound, out]\n" +
				"        - Queue${Env}&{Kind}:\n            Type: AWS::SQS::Queue\n            Properties:\n              QueueName: !Sub \"${Env}-${Kind}\"\n",
			resources: []string{"Queuedevinbound", "Queuedevout", "Queueprodinbound", "Queueprodout"},
		},
		{
			name: "foreach over something unknown", file: "a.yaml",
			src: "AWSTemplateFormatVersion: 2010-09-09\nTransform: AWS::LanguageExtensions\nResources:\n" +
				"  Fn::ForEach::Topics:\n    - Name\n    - !Split [\",\", !ImportValue names]\n    - Topic${Name}:\n        Type: AWS::SNS::Topic\n",
			resources: []string{"Topic${Name}"},
			want:      []diag{{parser.SeverityWarning, 4, "Fn::ForEach::Topics is not expanded"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, tt.file, tt.src)
			var names []string
			for _, r := range p.Resources {
				names = append(names, r.Name)
			}
			if diff := cmp.Diff(tt.resources, names, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("resources (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, diags(p), summaryContains, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			for _, d := range p.Diagnostics {
				if d.Range.File != tt.file || d.Range.Start.Line < 1 {
					t.Errorf("diagnostic without a place: %+v", d)
				}
			}
		})
	}
}

func TestAliases(t *testing.T) {
	t.Run("billion laughs", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      L0: &l0 [x, x, x, x, x, x, x, x, x, x]\n")
		for i := 1; i <= 9; i++ {
			b.WriteString("      L" + string(rune('0'+i)) + ": &l" + string(rune('0'+i)) + " [")
			for j := 0; j < 10; j++ {
				if j > 0 {
					b.WriteString(", ")
				}
				b.WriteString("*l" + string(rune('0'+i-1)))
			}
			b.WriteString("]\n")
		}
		p := mustParse(t, "bomb.yaml", b.String())
		if len(p.Resources) != 1 {
			t.Fatalf("got %d resources", len(p.Resources))
		}
		if diff := cmp.Diff([]diag{{parser.SeverityError, 5, "YAML aliases expand"}}, diags(p), summaryContains); diff != "" {
			t.Errorf("diagnostics (-want +got):\n%s", diff)
		}
	})
	t.Run("cycle", func(t *testing.T) {
		p := mustParse(t, "c.yaml", "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      L: &l [a, *l]\n      M: &m {<<: *m, k: v}\n")
		if diff := cmp.Diff([]diag{{parser.SeverityError, 5, "refers to a node that contains it"}}, diags(p), summaryContains); diff != "" {
			t.Errorf("diagnostics (-want +got):\n%s", diff)
		}
	})
	t.Run("merge keys and aliases", func(t *testing.T) {
		src := "Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      Base: &b {x: 1, y: 2}\n      Derived: {<<: *b, y: 3}\n      Copy: *b\n"
		p := mustParse(t, "m.yaml", src)
		xy := func(x, y int64) cty.Value {
			return cty.ObjectVal(map[string]cty.Value{"x": cty.NumberIntVal(x), "y": cty.NumberIntVal(y)})
		}
		want := cty.ObjectVal(map[string]cty.Value{"Base": xy(1, 2), "Derived": xy(1, 3), "Copy": xy(1, 2)})
		if diff := cmp.Diff(want, p.Resources[0].Attrs, ctyEqual); diff != "" {
			t.Errorf("attrs (-want +got):\n%s", diff)
		}
	})
}

func TestCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	p, _ := cloudformation.Parse(ctx, "a.yaml", []byte(yamlTemplate), cloudformation.Options{})
	if len(p.Resources) > 0 {
		t.Errorf("cancelled parse returned %d resources", len(p.Resources))
	}
}
