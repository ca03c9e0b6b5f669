package cloudformation_test

import (
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/a2z/a2z/parser"
)

// named is what the CDK tests compare: the logical ID, the address and the type.
type named struct{ Name, Address, Type string }

func names(p parser.Parsed) []named {
	var out []named
	for _, r := range p.Resources {
		out = append(out, named{r.Name, r.Address, r.Type})
	}
	return out
}

// The fixture is a cloud assembly as `cdk synth` writes it for a small app: a
// construct Orders with a queue and a function (with its role and policy),
// and a bucket with autoDeleteObjects, for which the CDK adds a custom
// resource, its provider function and role, and a bucket policy.
func TestCDKFixture(t *testing.T) {
	const file = "cdk.out/MyStack.template.json"
	data, err := os.ReadFile("testdata/cdk/" + file)
	if err != nil {
		t.Fatal(err)
	}
	p := mustParse(t, file, string(data))
	want := []named{
		{"OrdersQueueC538DD4C", "MyStack/Orders/Queue", "AWS::SQS::Queue"},
		{"OrdersHandlerServiceRoleCBC198EC", "MyStack/Orders/Handler/ServiceRole", "AWS::IAM::Role"},
		{"OrdersHandlerServiceRoleDefaultPolicyB91511E9", "MyStack/Orders/Handler/ServiceRole/DefaultPolicy", "AWS::IAM::Policy"},
		{"OrdersHandler791FC516", "MyStack/Orders/Handler", "AWS::Lambda::Function"},
		{"Uploads4F6EB0FD", "MyStack/Uploads", "AWS::S3::Bucket"},
		{"UploadsPolicy148F8199", "MyStack/Uploads/Policy", "AWS::S3::BucketPolicy"},
		{"CDKMetadata", "MyStack/CDKMetadata", "AWS::CDK::Metadata"},
	}
	if diff := cmp.Diff(want, names(p)); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	if len(p.Diagnostics) != 1 {
		t.Fatalf("diagnostics = %+v, want one note about the CDK's helpers", p.Diagnostics)
	}
	d := p.Diagnostics[0]
	if d.Severity != parser.SeverityInfo || !strings.HasPrefix(d.Summary, "3 resources the AWS CDK adds on its own are left out") {
		t.Errorf("diagnostic = %s %q", d.Severity, d.Summary)
	}
	for _, s := range []string{
		"MyStack/Uploads/AutoDeleteObjectsCustomResource (Custom::S3AutoDeleteObjects, empties a bucket before it is deleted)",
		"MyStack/Custom::S3AutoDeleteObjectsCustomResourceProvider/Role (AWS::IAM::Role, ",
		"MyStack/Custom::S3AutoDeleteObjectsCustomResourceProvider/Handler (AWS::Lambda::Function, ",
	} {
		if !strings.Contains(d.Detail, s) {
			t.Errorf("detail %q lacks %q", d.Detail, s)
		}
	}
	// At the first helper, the custom resource.
	if d.Range.File != file || d.Range.Start.Line != 190 {
		t.Errorf("diagnostic at %s, want %s:190", d.Range, file)
	}
}

func TestCDKAddresses(t *testing.T) {
	tests := []struct {
		name, src string
		want      []named
	}{
		{
			name: "the wrapped L1 and default children read as their parent",
			src: `Resources:
  TopicA1B2C3D4:
    Type: AWS::SNS::Topic
    Metadata: {aws:cdk:path: App/Topic/Resource}
  Table12345678:
    Type: AWS::DynamoDB::Table
    Metadata: {aws:cdk:path: App/Data/Table/Default/Resource}
  Raw:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: App/Raw}
  Lone:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: Resource}
`,
			want: []named{
				{"TopicA1B2C3D4", "App/Topic", "AWS::SNS::Topic"},
				{"Table12345678", "App/Data/Table", "AWS::DynamoDB::Table"},
				{"Raw", "App/Raw", "AWS::SQS::Queue"},
				{"Lone", "Resource", "AWS::SQS::Queue"},
			},
		},
		{
			name: "without a usable path the logical ID stays",
			src: `Resources:
  NoMetadata:
    Type: AWS::SQS::Queue
  OtherMetadata:
    Type: AWS::SQS::Queue
    Metadata: {cfn-lint: {config: {}}}
  NotAString:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: [App, Q]}
  Empty:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: "/"}
  MetadataList:
    Type: AWS::SQS::Queue
    Metadata: [aws:cdk:path]
  WithPath:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: App/Q/Resource}
`,
			want: []named{
				{"NoMetadata", "NoMetadata", "AWS::SQS::Queue"},
				{"OtherMetadata", "OtherMetadata", "AWS::SQS::Queue"},
				{"NotAString", "NotAString", "AWS::SQS::Queue"},
				{"Empty", "Empty", "AWS::SQS::Queue"},
				{"MetadataList", "MetadataList", "AWS::SQS::Queue"},
				{"WithPath", "App/Q", "AWS::SQS::Queue"},
			},
		},
		{
			name: "addresses stay unique",
			src: `Resources:
  A:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: App/Q/Resource}
  B:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: App/Q/Default}
  C:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: App/Q/Resource}
  D:
    Type: AWS::SQS::Queue
    Metadata: {aws:cdk:path: E}
  E:
    Type: AWS::SQS::Queue
`,
			want: []named{
				{"A", "App/Q/Resource", "AWS::SQS::Queue"},
				{"B", "App/Q/Default", "AWS::SQS::Queue"},
				{"C", "C", "AWS::SQS::Queue"},
				{"D", "D", "AWS::SQS::Queue"},
				{"E", "E", "AWS::SQS::Queue"},
			},
		},
		{
			name: "JSON as cdk synth writes it, with a nested stack",
			src: `{
 "Resources": {
  "ArchiveNestedStackArchiveNestedStackResource5C6E3A8A": {
   "Type": "AWS::CloudFormation::Stack",
   "Properties": {"TemplateURL": {"Fn::Join": ["", ["https://s3.", {"Ref": "AWS::Region"}, ".", {"Ref": "AWS::URLSuffix"}, "/", {"Fn::Sub": "cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}"}, "/0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0.json"]]}},
   "UpdateReplacePolicy": "Delete",
   "DeletionPolicy": "Delete",
   "Metadata": {
    "aws:cdk:path": "MyStack/Archive.NestedStack/Archive.NestedStackResource",
    "aws:asset:path": "MyStackArchive1A2B3C4D.nested.template.json",
    "aws:asset:property": "TemplateURL"
   }
  }
 }
}`,
			want: []named{{"ArchiveNestedStackArchiveNestedStackResource5C6E3A8A", "MyStack/Archive.NestedStack/Archive.NestedStackResource", "AWS::CloudFormation::Stack"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := mustParse(t, "t.yaml", tt.src)
			if diff := cmp.Diff(tt.want, names(p)); diff != "" {
				t.Errorf("resources (-want +got):\n%s", diff)
			}
			for _, d := range p.Diagnostics {
				t.Errorf("unexpected diagnostic %s: %s", d.Range, d.Message())
			}
		})
	}
}

// The helpers the CDK adds on its own are left out, and listed in one note;
// what the user asked for stays, even when a custom resource implements it.
func TestCDKHelpers(t *testing.T) {
	src := `Resources:
  CDKMetadata:
    Type: AWS::CDK::Metadata
    Properties: {Analytics: v2:deflate64:H4sI}
    Metadata: {aws:cdk:path: App/CDKMetadata/Default}
  SiteBucket1A2B3C4D:
    Type: AWS::S3::Bucket
    Metadata: {aws:cdk:path: App/Site/Resource}
  DeploySiteCustomResource5E6F7A8B:
    Type: Custom::CDKBucketDeployment
    Properties: {ServiceToken: x}
    Metadata: {aws:cdk:path: App/DeploySite/CustomResource/Default}
  CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756CServiceRole89A01265:
    Type: AWS::IAM::Role
    Metadata: {aws:cdk:path: App/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C/ServiceRole/Resource}
  CustomCDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C81C01536:
    Type: AWS::Lambda::Function
    Metadata: {aws:cdk:path: App/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C/Resource}
  GithubProvider11111111:
    Type: Custom::AWSCDKOpenIdConnectProvider
    Metadata: {aws:cdk:path: App/Github/Resource/Default}
  CustomAWSCDKOpenIdConnectProviderCustomResourceProviderHandlerF2C543E0:
    Type: AWS::Lambda::Function
    Metadata: {aws:cdk:path: App/Custom::AWSCDKOpenIdConnectProviderCustomResourceProvider/Handler}
  LookupZone22222222:
    Type: Custom::AWS
    Metadata: {aws:cdk:path: App/LookupZone/Resource/Default}
  AWS679f53fac002430cb0da5b7982bd22872D164C4C:
    Type: AWS::Lambda::Function
    Metadata: {aws:cdk:path: App/AWS679f53fac002430cb0da5b7982bd2287/Resource}
  OnEvent33333333:
    Type: AWS::Lambda::Function
    Metadata: {aws:cdk:path: App/OnEvent/Resource}
  ProviderframeworkonEvent44444444:
    Type: AWS::Lambda::Function
    Metadata: {aws:cdk:path: App/Provider/framework-onEvent/Resource}
  Seed55555555:
    Type: Custom::SeedTable
    Metadata: {aws:cdk:path: App/Seed/Default}
`
	p := mustParse(t, "t.yaml", src)
	want := []named{
		{"CDKMetadata", "App/CDKMetadata", "AWS::CDK::Metadata"},
		{"SiteBucket1A2B3C4D", "App/Site", "AWS::S3::Bucket"},
		{"GithubProvider11111111", "App/Github", "Custom::AWSCDKOpenIdConnectProvider"},
		{"LookupZone22222222", "App/LookupZone", "Custom::AWS"},
		{"OnEvent33333333", "App/OnEvent", "AWS::Lambda::Function"},
		{"Seed55555555", "App/Seed", "Custom::SeedTable"},
	}
	if diff := cmp.Diff(want, names(p)); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	if len(p.Diagnostics) != 1 {
		t.Fatalf("diagnostics = %+v, want one note", p.Diagnostics)
	}
	d := p.Diagnostics[0]
	if d.Severity != parser.SeverityInfo || !strings.HasPrefix(d.Summary, "6 resources the AWS CDK adds") || d.Range.Start.Line != 9 {
		t.Errorf("diagnostic = %s %s %q", d.Range, d.Severity, d.Summary)
	}
	for _, s := range []string{
		"App/DeploySite/CustomResource (Custom::CDKBucketDeployment, copies asset files",
		"App/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C/ServiceRole (AWS::IAM::Role",
		"App/Custom::CDKBucketDeployment8693BB64968944B69AAFB0CC9EB8756C (AWS::Lambda::Function",
		"App/Custom::AWSCDKOpenIdConnectProviderCustomResourceProvider/Handler",
		"App/AWS679f53fac002430cb0da5b7982bd2287 (AWS::Lambda::Function",
		"App/Provider/framework-onEvent (AWS::Lambda::Function",
	} {
		if !strings.Contains(d.Detail, s) {
			t.Errorf("detail %q lacks %q", d.Detail, s)
		}
	}
}

// A template without CDK metadata reads exactly as it would without the CDK
// step, helper types included; AWS::CDK::Metadata is always reported (the
// knowledge base says it needs nothing).
func TestCDKUnchangedWithoutMetadata(t *testing.T) {
	src := `Resources:
  CDKMetadata:
    Type: AWS::CDK::Metadata
    Properties: {Analytics: v2:deflate64:H4sI}
  Deploy:
    Type: Custom::CDKBucketDeployment
    Properties: {ServiceToken: x}
  Custom:
    Type: Custom::Deploy
    Properties: {ServiceToken: x}
  Fn:
    Type: AWS::Lambda::Function
    Metadata: {aws:asset:path: asset.abc}
    Properties: {Runtime: python3.12}
  Bucket:
    Type: AWS::S3::Bucket
`
	p := mustParse(t, "t.yaml", src)
	want := []named{
		{"CDKMetadata", "CDKMetadata", "AWS::CDK::Metadata"},
		{"Deploy", "Deploy", "Custom::CDKBucketDeployment"},
		{"Custom", "Custom", "Custom::Deploy"},
		{"Fn", "Fn", "AWS::Lambda::Function"},
		{"Bucket", "Bucket", "AWS::S3::Bucket"},
	}
	if diff := cmp.Diff(want, names(p), cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	if len(p.Diagnostics) != 0 {
		t.Errorf("diagnostics = %+v", p.Diagnostics)
	}
}
