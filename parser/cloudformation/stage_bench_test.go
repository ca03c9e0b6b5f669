package cloudformation_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/a2z/a2z/parser/cloudformation"
)

// stageTemplate is one template held in memory for BenchmarkParse.
type stageTemplate struct {
	name string
	data []byte
}

// stageTemplates generates n CloudFormation templates (parameters,
// conditions, !Sub, !GetAtt, !If) and n/2 SAM templates shaped like those of
// internal/bench, and returns them with the resources they declare (a SAM
// function expands to a function and its role).
func stageTemplates(n int) (cfn, sam []stageTemplate) {
	for i := range n {
		var b strings.Builder
		b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Description: generated benchmark stack
Parameters:
  Env:
    Type: String
    Default: dev
    AllowedValues: [dev, prod]
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub "${AWS::StackName}-logs"
      VersioningConfiguration:
        Status: Enabled
      Tags:
        - Key: Env
          Value: !Ref Env
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt Role.Arn
      MemorySize: !If [IsProd, 1024, 256]
      Code:
        S3Bucket: !Ref Logs
        S3Key: worker.zip
`)
		for q := range 1 + i%5 {
			fmt.Fprintf(&b, `  Queue%d:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub "${AWS::StackName}-q%d"
      VisibilityTimeout: %d
`, q, q, 30+7*i%300)
		}
		for t := range 1 + i%3 {
			fmt.Fprintf(&b, `  Table%d:
    Type: AWS::DynamoDB::Table
    Condition: IsProd
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions:
        - AttributeName: pk
          AttributeType: S
      KeySchema:
        - AttributeName: pk
          KeyType: HASH
`, t)
		}
		b.WriteString("Outputs:\n  LogsArn:\n    Value: !GetAtt Logs.Arn\n")
		cfn = append(cfn, stageTemplate{fmt.Sprintf("cfn/app%02d/stack%04d.yaml", i%11, i), []byte(b.String())})
	}
	for i := range n / 2 {
		var b strings.Builder
		b.WriteString(`AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: generated benchmark SAM app
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 10
Resources:
  Items:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey:
        Name: id
        Type: String
`)
		for f := range 1 + i%4 {
			fmt.Fprintf(&b, `  Fn%d:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      CodeUri: src/fn%d
      MemorySize: %d
      Environment:
        Variables:
          TABLE: !Ref Items
`, f, f, 128<<(i%4))
		}
		sam = append(sam, stageTemplate{fmt.Sprintf("sam/svc%04d/template.yaml", i), []byte(b.String())})
	}
	return cfn, sam
}

// BenchmarkParse measures the CloudFormation parse stage (YAML decoding,
// intrinsics, conditions, the SAM transform) on templates held in memory:
// the 10× tree of internal/bench (120 templates, 60 SAM templates) and, when
// it is present, the cfn-lint corpus of real-world templates.
func BenchmarkParse(b *testing.B) {
	cfn, sam := stageTemplates(120)
	b.Run("cfn", func(b *testing.B) { benchParse(b, cfn) })
	b.Run("sam", func(b *testing.B) { benchParse(b, sam) })
	b.Run("corpus", func(b *testing.B) {
		var ts []stageTemplate
		for _, sub := range []string{"good", "quickstart", "public"} {
			for _, name := range corpusFiles(b, sub) {
				data, err := os.ReadFile(filepath.Join(corpusDir, filepath.FromSlash(name)))
				if err != nil {
					b.Fatal(err)
				}
				ts = append(ts, stageTemplate{name, data})
			}
		}
		benchParse(b, ts)
	})
}

func benchParse(b *testing.B, ts []stageTemplate) {
	ctx := context.Background()
	b.ReportAllocs()
	var templates, resources int
	size := 0
	for _, t := range ts {
		size += len(t.data)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		templates, resources = 0, 0
		for _, t := range ts {
			p, ok := cloudformation.Parse(ctx, t.name, t.data, cloudformation.Options{})
			if ok {
				templates++
			}
			resources += len(p.Resources)
		}
	}
	if templates == 0 || resources == 0 {
		b.Fatalf("%d files: %d templates, %d resources", len(ts), templates, resources)
	}
	b.ReportMetric(float64(templates), "templates/op")
	b.ReportMetric(float64(resources), "resources/op")
}

// TestStageTemplates keeps BenchmarkParse's generated input honest: every
// template reads without diagnostics and yields the resources it declares
// (SAM: the table, and a function with its role per function).
func TestStageTemplates(t *testing.T) {
	cfn, sam := stageTemplates(6)
	for i, tpl := range cfn {
		p, ok := cloudformation.Parse(context.Background(), tpl.name, tpl.data, cloudformation.Options{})
		if !ok || len(p.Diagnostics) > 0 {
			t.Fatalf("%s: template %v, diagnostics %v", tpl.name, ok, p.Diagnostics)
		}
		if want := 3 + (1 + i%5) + (1 + i%3); len(p.Resources) != want {
			t.Errorf("%s: %d resources, want %d", tpl.name, len(p.Resources), want)
		}
	}
	for _, tpl := range sam {
		p, ok := cloudformation.Parse(context.Background(), tpl.name, tpl.data, cloudformation.Options{})
		if !ok || len(p.Diagnostics) > 0 {
			t.Fatalf("%s: template %v, diagnostics %v", tpl.name, ok, p.Diagnostics)
		}
		if len(p.Resources) < 2 {
			t.Errorf("%s: %d resources", tpl.name, len(p.Resources))
		}
	}
}
