package cloudformation_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/cloudformation"
)

// samParse parses a SAM template that must read without diagnostics.
func samParse(t *testing.T, src string) parser.Parsed {
	t.Helper()
	p, ok := cloudformation.Parse(context.Background(), "t.yaml", []byte(src), cloudformation.Options{})
	if !ok {
		t.Fatal("not recognised as a template")
	}
	for _, d := range p.Diagnostics {
		t.Errorf("unexpected diagnostic %s: %s", d.Range, d.Message())
	}
	return p
}

func samByAddress(p parser.Parsed) map[string]parser.Resource {
	out := map[string]parser.Resource{}
	for _, r := range p.Resources {
		out[r.Address] = r
	}
	return out
}

// isSAMGenerated tells the resources the SAM transform generates (event
// sources and implicit APIs) from those the template declares: their type
// is not written in the file, so their TypeRange is the event's Type.
func isSAMGenerated(r parser.Resource) bool {
	return strings.Contains(r.Address, ".Events.") ||
		(r.Address == "ServerlessRestApi" || r.Address == "ServerlessHttpApi") && r.Range == r.TypeRange
}

func samGenerated(p parser.Parsed) int {
	n := 0
	for _, r := range p.Resources {
		if isSAMGenerated(r) {
			n++
		}
	}
	return n
}

const samHeader = "Transform: AWS::Serverless-2016-10-31\n"

func TestSAMGlobals(t *testing.T) {
	s, n := cty.StringVal, cty.NumberIntVal
	obj := cty.ObjectVal
	tests := []struct {
		name, src, address string
		want               cty.Value
		unresolved         map[string]string
	}{{
		name: "scalars: the resource's value wins, globals fill the rest",
		src: samHeader + `Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 30
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
`,
		address: "Fn",
		want:    obj(map[string]cty.Value{"Runtime": s("python3.12"), "Timeout": n(30)}),
	}, {
		name: "maps are merged, the resource's keys win",
		src: samHeader + `Globals:
  Function:
    Environment:
      Variables:
        STAGE: prod
        TABLE: global-table
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Environment:
        Variables:
          TABLE: own-table
          EXTRA: x
`,
		address: "Fn",
		want: obj(map[string]cty.Value{"Environment": obj(map[string]cty.Value{"Variables": obj(map[string]cty.Value{
			"STAGE": s("prod"), "TABLE": s("own-table"), "EXTRA": s("x"),
		})})}),
	}, {
		name: "lists are joined, global entries first",
		src: samHeader + `Globals:
  Function:
    VpcConfig:
      SecurityGroupIds: [sg-1, sg-2]
      SubnetIds: [subnet-1]
    Layers: [arn:layer:a]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      VpcConfig:
        SecurityGroupIds: [sg-own]
      Layers: [arn:layer:b]
`,
		address: "Fn",
		want: obj(map[string]cty.Value{
			"VpcConfig": obj(map[string]cty.Value{
				"SecurityGroupIds": cty.TupleVal([]cty.Value{s("sg-1"), s("sg-2"), s("sg-own")}),
				"SubnetIds":        cty.TupleVal([]cty.Value{s("subnet-1")}),
			}),
			"Layers": cty.TupleVal([]cty.Value{s("arn:layer:a"), s("arn:layer:b")}),
		}),
	}, {
		name: "different shapes: the resource's value wins",
		src: samHeader + `Globals:
  Function:
    CodeUri: s3://bucket/key
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: {Bucket: b, Key: k}
`,
		address: "Fn",
		want:    obj(map[string]cty.Value{"CodeUri": obj(map[string]cty.Value{"Bucket": s("b"), "Key": s("k")})}),
	}, {
		name: "an intrinsic is a scalar: it replaces a global mapping",
		src: samHeader + `Globals:
  Function:
    Environment:
      Variables: {A: a}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Environment: !GetAtt Config.Environment
`,
		address:    "Fn",
		want:       obj(map[string]cty.Value{"Environment": cty.DynamicVal}),
		unresolved: map[string]string{"Environment": "Fn::GetAtt: Config.Environment"},
	}, {
		name: "AWS::NoValue on the resource removes the global value",
		src: samHeader + `Globals:
  Function:
    Timeout: 30
    MemorySize: 256
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Timeout: !Ref AWS::NoValue
`,
		address: "Fn",
		want:    obj(map[string]cty.Value{"MemorySize": n(256)}),
	}, {
		name: "global intrinsics resolve like properties, with paths",
		src: samHeader + `Parameters:
  Stage:
    Type: String
    Default: dev
Globals:
  Function:
    Environment:
      Variables:
        STAGE: !Ref Stage
        QUEUE: !GetAtt Queue.Arn
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Environment:
        Variables:
          OWN: !Ref Other
`,
		address: "Fn",
		want: obj(map[string]cty.Value{"Environment": obj(map[string]cty.Value{"Variables": obj(map[string]cty.Value{
			"STAGE": s("dev"), "QUEUE": cty.DynamicVal, "OWN": cty.DynamicVal,
		})})}),
		unresolved: map[string]string{
			"Environment.Variables.QUEUE": "Fn::GetAtt: Queue.Arn",
			"Environment.Variables.OWN":   "Ref: Other",
		},
	}, {
		name: "list indexes in unresolved paths follow the joined list",
		src: samHeader + `Globals:
  Function:
    Layers: [arn:layer:a]
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Layers: [!Ref Layer]
`,
		address:    "Fn",
		want:       obj(map[string]cty.Value{"Layers": cty.TupleVal([]cty.Value{s("arn:layer:a"), cty.DynamicVal})}),
		unresolved: map[string]string{"Layers.1": "Ref: Layer"},
	}, {
		name: "IgnoreGlobals: * opts out of everything",
		src: samHeader + `Globals:
  Function:
    Timeout: 30
Resources:
  Fn:
    Type: AWS::Serverless::Function
    IgnoreGlobals: "*"
    Properties:
      Handler: h
`,
		address: "Fn",
		want:    obj(map[string]cty.Value{"Handler": s("h")}),
	}, {
		name: "IgnoreGlobals: a list opts out of those properties",
		src: samHeader + `Globals:
  Function:
    Timeout: 30
    MemorySize: 256
Resources:
  Fn:
    Type: AWS::Serverless::Function
    IgnoreGlobals: [Timeout]
`,
		address: "Fn",
		want:    obj(map[string]cty.Value{"MemorySize": n(256)}),
	}, {
		name: "Api, HttpApi and SimpleTable sections",
		src: samHeader + `Globals:
  Api:
    TracingEnabled: true
  HttpApi:
    FailOnWarnings: true
  SimpleTable:
    SSESpecification: {SSEEnabled: true}
Resources:
  Rest:
    Type: AWS::Serverless::Api
    Properties: {StageName: prod}
  Http:
    Type: AWS::Serverless::HttpApi
  Table:
    Type: AWS::Serverless::SimpleTable
`,
		address: "Table",
		want:    obj(map[string]cty.Value{"SSESpecification": obj(map[string]cty.Value{"SSEEnabled": cty.True})}),
	}, {
		name: "sections apply only to their own type",
		src: samHeader + `Globals:
  Function:
    Timeout: 30
Resources:
  Plain:
    Type: AWS::Lambda::Function
    Properties: {Handler: h}
`,
		address: "Plain",
		want:    obj(map[string]cty.Value{"Handler": s("h")}),
	}, {
		name: "a Transform list naming SAM counts",
		src: `Transform: [AWS::LanguageExtensions, AWS::Serverless-2016-10-31]
Globals:
  Function:
    Timeout: 30
Resources:
  Fn:
    Type: AWS::Serverless::Function
`,
		address: "Fn",
		want:    obj(map[string]cty.Value{"Timeout": n(30)}),
	}, {
		name: "without the SAM Transform nothing is merged",
		src: `Globals:
  Function:
    Timeout: 30
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties: {Handler: h}
`,
		address: "Fn",
		want:    obj(map[string]cty.Value{"Handler": s("h")}),
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r, ok := samByAddress(samParse(t, tc.src))[tc.address]
			if !ok {
				t.Fatalf("no resource %s", tc.address)
			}
			if !r.Attrs.RawEquals(tc.want) {
				t.Errorf("Attrs =\n%#v\nwant\n%#v", r.Attrs, tc.want)
			}
			if diff := cmp.Diff(tc.unresolved, r.Unresolved); diff != "" {
				t.Errorf("Unresolved (-want +got):\n%s", diff)
			}
		})
	}
}

// Properties merged in from Globals are placed at their Globals entry;
// those the resource writes stay where the resource writes them.
func TestSAMGlobalsRanges(t *testing.T) {
	src := samHeader + `Globals:
  Function:
    Timeout: 30
    Environment:
      Variables: {A: a}
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Environment:
        Variables: {B: b}
`
	r := samByAddress(samParse(t, src))["Fn"]
	want := map[string]parser.Range{
		"Timeout":     rng("t.yaml", src, 4, 5, 4, 16),
		"Environment": rng("t.yaml", src, 11, 7, 12, 26),
		// Nested values are placed where they are written.
		"Environment.Variables":   rng("t.yaml", src, 12, 9, 12, 26),
		"Environment.Variables.A": rng("t.yaml", src, 6, 19, 6, 23),
		"Environment.Variables.B": rng("t.yaml", src, 12, 21, 12, 25),
	}
	if diff := cmp.Diff(want, r.AttrRanges); diff != "" {
		t.Errorf("AttrRanges (-want +got):\n%s", diff)
	}
}

func TestSAMEvents(t *testing.T) {
	s, n := cty.StringVal, cty.NumberIntVal
	obj := cty.ObjectVal
	tup := func(vs ...cty.Value) cty.Value { return cty.TupleVal(vs) }
	u := cty.DynamicVal
	fnArn := "Fn::GetAtt: Fn.Arn"
	tests := []struct {
		kind, props string
		typ         string
		want        cty.Value
		unresolved  map[string]string
	}{{
		kind:  "SQS",
		props: "{Queue: arn:aws:sqs:eu-west-1:123456789012:jobs, BatchSize: 10, MaximumBatchingWindowInSeconds: 5, FunctionResponseTypes: [ReportBatchItemFailures]}",
		typ:   "AWS::Lambda::EventSourceMapping",
		want: obj(map[string]cty.Value{
			"EventSourceArn": s("arn:aws:sqs:eu-west-1:123456789012:jobs"), "FunctionName": u, "BatchSize": n(10),
			"MaximumBatchingWindowInSeconds": n(5), "FunctionResponseTypes": tup(s("ReportBatchItemFailures")),
		}),
		unresolved: map[string]string{"FunctionName": "Ref: Fn"},
	}, {
		kind:  "Kinesis",
		props: "{Stream: !GetAtt S.Arn, StartingPosition: LATEST, ParallelizationFactor: 2}",
		typ:   "AWS::Lambda::EventSourceMapping",
		want: obj(map[string]cty.Value{
			"EventSourceArn": u, "FunctionName": u, "StartingPosition": s("LATEST"), "ParallelizationFactor": n(2),
		}),
		unresolved: map[string]string{"FunctionName": "Ref: Fn", "EventSourceArn": "Fn::GetAtt: S.Arn"},
	}, {
		kind:  "DynamoDB",
		props: "{Stream: arn:aws:dynamodb:eu-west-1:1:table/t/stream/x, StartingPosition: TRIM_HORIZON}",
		typ:   "AWS::Lambda::EventSourceMapping",
		want: obj(map[string]cty.Value{
			"EventSourceArn": s("arn:aws:dynamodb:eu-west-1:1:table/t/stream/x"), "FunctionName": u, "StartingPosition": s("TRIM_HORIZON"),
		}),
		unresolved: map[string]string{"FunctionName": "Ref: Fn"},
	}, {
		kind:  "MSK",
		props: "{Stream: arn:aws:kafka:eu-west-1:1:cluster/c/x, Topics: [t], ConsumerGroupId: g}",
		typ:   "AWS::Lambda::EventSourceMapping",
		want: obj(map[string]cty.Value{
			"EventSourceArn": s("arn:aws:kafka:eu-west-1:1:cluster/c/x"), "FunctionName": u, "Topics": tup(s("t")),
			"AmazonManagedKafkaEventSourceConfig": obj(map[string]cty.Value{"ConsumerGroupId": s("g")}),
		}),
		unresolved: map[string]string{"FunctionName": "Ref: Fn"},
	}, {
		kind:  "SelfManagedKafka",
		props: "{KafkaBootstrapServers: [b1:9092], Topics: [t], SecretsManagerKmsKeyId: k}",
		typ:   "AWS::Lambda::EventSourceMapping",
		want: obj(map[string]cty.Value{
			"FunctionName": u, "Topics": tup(s("t")),
			"SelfManagedEventSource": obj(map[string]cty.Value{"Endpoints": obj(map[string]cty.Value{"KafkaBootstrapServers": tup(s("b1:9092"))})}),
		}),
		unresolved: map[string]string{"FunctionName": "Ref: Fn"},
	}, {
		kind:  "MQ",
		props: "{Broker: arn:aws:mq:eu-west-1:1:broker:b:x, Queues: [q], DynamicPolicyName: true}",
		typ:   "AWS::Lambda::EventSourceMapping",
		want: obj(map[string]cty.Value{
			"EventSourceArn": s("arn:aws:mq:eu-west-1:1:broker:b:x"), "FunctionName": u, "Queues": tup(s("q")),
		}),
		unresolved: map[string]string{"FunctionName": "Ref: Fn"},
	}, {
		kind:  "Schedule",
		props: "{Schedule: rate(5 minutes), Enabled: false, Input: '{}'}",
		typ:   "AWS::Events::Rule",
		want: obj(map[string]cty.Value{
			"ScheduleExpression": s("rate(5 minutes)"), "State": s("DISABLED"),
			"Targets": tup(obj(map[string]cty.Value{"Arn": u, "Input": s("{}")})),
		}),
		unresolved: map[string]string{"Targets.0.Arn": fnArn},
	}, {
		kind:  "EventBridgeRule",
		props: "{Pattern: {source: [aws.ec2]}, EventBusName: bus, RuleName: r, Target: {Id: t1}}",
		typ:   "AWS::Events::Rule",
		want: obj(map[string]cty.Value{
			"EventPattern": obj(map[string]cty.Value{"source": tup(s("aws.ec2"))}), "EventBusName": s("bus"), "Name": s("r"),
			"Targets": tup(obj(map[string]cty.Value{"Arn": u, "Id": s("t1")})),
		}),
		unresolved: map[string]string{"Targets.0.Arn": fnArn},
	}, {
		kind:  "CloudWatchEvent",
		props: "{Pattern: {detail-type: [x]}, State: ENABLED}",
		typ:   "AWS::Events::Rule",
		want: obj(map[string]cty.Value{
			"EventPattern": obj(map[string]cty.Value{"detail-type": tup(s("x"))}), "State": s("ENABLED"),
			"Targets": tup(obj(map[string]cty.Value{"Arn": u})),
		}),
		unresolved: map[string]string{"Targets.0.Arn": fnArn},
	}, {
		kind:  "ScheduleV2",
		props: "{ScheduleExpression: 'cron(0 3 * * ? *)', ScheduleExpressionTimezone: Europe/Paris, RetryPolicy: {MaximumRetryAttempts: 2}}",
		typ:   "AWS::Scheduler::Schedule",
		want: obj(map[string]cty.Value{
			"ScheduleExpression": s("cron(0 3 * * ? *)"), "ScheduleExpressionTimezone": s("Europe/Paris"),
			"Target": obj(map[string]cty.Value{"Arn": u, "RetryPolicy": obj(map[string]cty.Value{"MaximumRetryAttempts": n(2)})}),
		}),
		unresolved: map[string]string{"Target.Arn": fnArn},
	}, {
		kind:  "SNS",
		props: "{Topic: !Ref Topic, FilterPolicy: {kind: [a]}}",
		typ:   "AWS::SNS::Subscription",
		want: obj(map[string]cty.Value{
			"TopicArn": u, "Protocol": s("lambda"), "Endpoint": u,
			"FilterPolicy": obj(map[string]cty.Value{"kind": tup(s("a"))}),
		}),
		unresolved: map[string]string{"TopicArn": "Ref: Topic", "Endpoint": fnArn},
	}, {
		kind:  "SNS",
		props: "{Topic: arn:aws:sns:eu-west-1:1:t, SqsSubscription: true}",
		typ:   "AWS::SNS::Subscription",
		want:  obj(map[string]cty.Value{"TopicArn": s("arn:aws:sns:eu-west-1:1:t"), "Protocol": s("sqs")}),
	}, {
		kind:  "S3",
		props: "{Bucket: !Ref Uploads, Events: s3:ObjectCreated:*}",
		typ:   "AWS::Lambda::Permission",
		want: obj(map[string]cty.Value{
			"Action": s("lambda:InvokeFunction"), "FunctionName": u, "Principal": s("s3.amazonaws.com"), "SourceAccount": u,
		}),
		unresolved: map[string]string{"FunctionName": "Ref: Fn", "SourceAccount": "Ref: AWS::AccountId"},
	}, {
		kind:  "Api",
		props: "{RestApiId: !Ref MyApi, Path: /items, Method: post, Auth: {Authorizer: AWS_IAM, ApiKeyRequired: true}}",
		typ:   "AWS::ApiGateway::Method",
		want: obj(map[string]cty.Value{
			"RestApiId": u, "HttpMethod": s("POST"), "AuthorizationType": s("AWS_IAM"), "ApiKeyRequired": cty.True,
			"Integration": obj(map[string]cty.Value{"Type": s("AWS_PROXY"), "IntegrationHttpMethod": s("POST")}),
		}),
		unresolved: map[string]string{"RestApiId": "Ref: MyApi"},
	}, {
		kind:       "HttpApi",
		props:      "{ApiId: !Ref MyHttpApi, Path: '/items/{id}', Method: get}",
		typ:        "AWS::ApiGatewayV2::Route",
		want:       obj(map[string]cty.Value{"ApiId": u, "RouteKey": s("GET /items/{id}")}),
		unresolved: map[string]string{"ApiId": "Ref: MyHttpApi"},
	}, {
		kind:       "HttpApi",
		props:      "{ApiId: !Ref MyHttpApi}",
		typ:        "AWS::ApiGatewayV2::Route",
		want:       obj(map[string]cty.Value{"ApiId": u, "RouteKey": s("$default")}),
		unresolved: map[string]string{"ApiId": "Ref: MyHttpApi"},
	}, {
		kind:       "CloudWatchLogs",
		props:      "{LogGroupName: /app, FilterPattern: ERROR}",
		typ:        "AWS::Logs::SubscriptionFilter",
		want:       obj(map[string]cty.Value{"LogGroupName": s("/app"), "FilterPattern": s("ERROR"), "DestinationArn": u}),
		unresolved: map[string]string{"DestinationArn": fnArn},
	}, {
		kind:  "IoTRule",
		props: "{Sql: SELECT * FROM 'a'}",
		typ:   "AWS::IoT::TopicRule",
		want: obj(map[string]cty.Value{"TopicRulePayload": obj(map[string]cty.Value{
			"Sql": s("SELECT * FROM 'a'"), "Actions": tup(obj(map[string]cty.Value{"Lambda": obj(map[string]cty.Value{"FunctionArn": u})})),
		})}),
		unresolved: map[string]string{"TopicRulePayload.Actions.0.Lambda.FunctionArn": fnArn},
	}}
	for _, tc := range tests {
		t.Run(tc.kind, func(t *testing.T) {
			src := samHeader + `Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      Events:
        Ev:
          Type: ` + tc.kind + `
          Properties: ` + tc.props + `
`
			p := samParse(t, src)
			r, ok := samByAddress(p)["Fn.Events.Ev"]
			if !ok {
				t.Fatalf("no Fn.Events.Ev among %v", addresses(p))
			}
			if r.Type != tc.typ || r.Name != "FnEv" || r.Source != parser.SourceCloudFormation || r.Kind != parser.KindResource {
				t.Errorf("got %s %s %s %s, want %s FnEv cloudformation resource", r.Type, r.Name, r.Source, r.Kind, tc.typ)
			}
			if want := rng("t.yaml", src, 8, 9, 10, len(tc.props)+23); r.Range != want {
				t.Errorf("Range = %v…%v, want %v…%v", r.Range.Start, r.Range.End, want.Start, want.End)
			}
			if want := rng("t.yaml", src, 9, 17, 9, 17+len(tc.kind)); r.TypeRange != want {
				t.Errorf("TypeRange = %v…%v, want the event's Type %v…%v", r.TypeRange.Start, r.TypeRange.End, want.Start, want.End)
			}
			if !isSAMGenerated(r) {
				t.Error("isSAMGenerated = false")
			}
			if !r.Attrs.RawEquals(tc.want) {
				t.Errorf("Attrs =\n%#v\nwant\n%#v", r.Attrs, tc.want)
			}
			if diff := cmp.Diff(tc.unresolved, r.Unresolved); diff != "" {
				t.Errorf("Unresolved (-want +got):\n%s", diff)
			}
			for name, ar := range r.AttrRanges {
				if ar.Start.Byte < r.Range.Start.Byte || ar.End.Byte > r.Range.End.Byte {
					t.Errorf("AttrRanges[%s] = %v, outside the event", name, ar)
				}
			}
		})
	}
}

func addresses(p parser.Parsed) []string {
	var out []string
	for _, r := range p.Resources {
		out = append(out, r.Address+" "+r.Type)
	}
	return out
}

// Api and HttpApi events without an API of their own make SAM create one
// implicit API of each kind per template, with the Api or HttpApi Globals.
func TestSAMImplicitAPIs(t *testing.T) {
	src := samHeader + `Globals:
  Api:
    EndpointConfiguration: REGIONAL
Resources:
  A:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: {Type: Api, Properties: {Path: /a, Method: get}}
        Put: {Type: Api, Properties: {Path: /a, Method: put}}
        Own: {Type: Api, Properties: {RestApiId: !Ref Mine, Path: /o, Method: get}}
  B:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: {Type: Api, Properties: {Path: /b, Method: get}}
        Http: {Type: HttpApi}
  Mine:
    Type: AWS::Serverless::Api
    Properties: {StageName: v1}
`
	p := samParse(t, src)
	want := []string{
		"A AWS::Serverless::Function",
		"A.Events.Get AWS::ApiGateway::Method",
		"A.Events.Put AWS::ApiGateway::Method",
		"A.Events.Own AWS::ApiGateway::Method",
		"ServerlessRestApi AWS::Serverless::Api",
		"B AWS::Serverless::Function",
		"B.Events.Get AWS::ApiGateway::Method",
		"B.Events.Http AWS::ApiGatewayV2::Route",
		"ServerlessHttpApi AWS::Serverless::HttpApi",
		"Mine AWS::Serverless::Api",
	}
	if diff := cmp.Diff(want, addresses(p)); diff != "" {
		t.Fatalf("resources (-want +got):\n%s", diff)
	}
	byAddr := samByAddress(p)
	rest := byAddr["ServerlessRestApi"]
	if w := cty.ObjectVal(map[string]cty.Value{"EndpointConfiguration": cty.StringVal("REGIONAL")}); !rest.Attrs.RawEquals(w) {
		t.Errorf("ServerlessRestApi Attrs = %#v, want %#v", rest.Attrs, w)
	}
	if got, want := rest.AttrRanges["EndpointConfiguration"], rng("t.yaml", src, 4, 5, 4, 36); got != want {
		t.Errorf("EndpointConfiguration range = %v, want %v", got, want)
	}
	// Placed at the Type of the first event that needs it.
	if want := rng("t.yaml", src, 10, 21, 10, 24); rest.Range != want || rest.TypeRange != want {
		t.Errorf("ServerlessRestApi range = %v…%v, want %v…%v", rest.Range.Start, rest.Range.End, want.Start, want.End)
	}
	if got := byAddr["B.Events.Get"].Attrs.GetAttr("RestApiId"); got.IsKnown() {
		t.Errorf("RestApiId = %#v, want the unknown Ref", got)
	}
	if got := byAddr["B.Events.Get"].Unresolved["RestApiId"]; got != "Ref: ServerlessRestApi" {
		t.Errorf("RestApiId unresolved = %q", got)
	}
	if n := samGenerated(p); n != 7 {
		t.Errorf("samGenerated = %d, want 7", n)
	}
}

// A template that declares ServerlessRestApi itself gets no second one.
func TestSAMImplicitAPIDeclared(t *testing.T) {
	src := samHeader + `Resources:
  A:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Get: {Type: Api, Properties: {Path: /a, Method: get}}
  ServerlessRestApi:
    Type: AWS::Serverless::Api
    Properties: {StageName: v1}
`
	want := []string{"A AWS::Serverless::Function", "A.Events.Get AWS::ApiGateway::Method", "ServerlessRestApi AWS::Serverless::Api"}
	if diff := cmp.Diff(want, addresses(samParse(t, src))); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
}

// SAM writes S3 events into the bucket's notification configuration.
func TestSAMS3Bucket(t *testing.T) {
	src := samHeader + `Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Put:
          Type: S3
          Properties:
            Bucket: !Ref Uploads
            Events: [s3:ObjectCreated:*, s3:ObjectRemoved:*]
            Filter: {S3Key: {Rules: [{Name: suffix, Value: .jpg}]}}
`
	b := samByAddress(samParse(t, src))["Uploads"]
	nc, ok := b.Attr("NotificationConfiguration")
	if !ok {
		t.Fatalf("no NotificationConfiguration in %#v", b.Attrs)
	}
	cfgs := nc.GetAttr("LambdaConfigurations")
	if cfgs.LengthInt() != 2 {
		t.Fatalf("LambdaConfigurations = %#v", cfgs)
	}
	first := cfgs.Index(cty.NumberIntVal(0))
	if first.GetAttr("Event").AsString() != "s3:ObjectCreated:*" || !first.Type().HasAttribute("Filter") {
		t.Errorf("first configuration = %#v", first)
	}
	if got, want := b.AttrRanges["NotificationConfiguration"], rng("t.yaml", src, 9, 9, 14, 68); got != want {
		t.Errorf("range = %v…%v, want %v…%v", got.Start, got.End, want.Start, want.End)
	}
}

func TestSAMEventDiagnostics(t *testing.T) {
	src := samHeader + `Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Alexa:
          Type: AlexaSkill
        Odd:
          Type: Carrier
        NoType:
          Properties: {}
        Ok:
          Type: SQS
          Properties: {Queue: arn:aws:sqs:eu-west-1:1:q}
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Events:
        Q:
          Type: SQS
          Properties: {Queue: arn:aws:sqs:eu-west-1:1:q}
        Daily:
          Type: Schedule
          Properties: {Schedule: rate(1 day)}
`
	p, _ := cloudformation.Parse(context.Background(), "t.yaml", []byte(src), cloudformation.Options{})
	want := []diag{
		{parser.SeverityWarning, 8, `a2z does not know SAM event type "AlexaSkill"`},
		{parser.SeverityWarning, 10, `a2z does not know SAM event type "Carrier"`},
		{parser.SeverityWarning, 11, `event "NoType" of "Fn" has no Type`},
		{parser.SeverityWarning, 21, `a2z does not know SAM event type "SQS" (event "Q" of "Flow")`},
	}
	if diff := cmp.Diff(want, diags(p), summaryContains); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
	wantRes := []string{
		"Fn AWS::Serverless::Function", "Fn.Events.Ok AWS::Lambda::EventSourceMapping",
		"Flow AWS::Serverless::StateMachine", "Flow.Events.Daily AWS::Events::Rule",
	}
	if diff := cmp.Diff(wantRes, addresses(p)); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	// A state machine is its rule's target through its Ref.
	if got := samByAddress(p)["Flow.Events.Daily"].Unresolved["Targets.0.Arn"]; got != "Ref: Flow" {
		t.Errorf("target = %q", got)
	}
}

// A broken Globals entry is reported once, not once per function.
func TestSAMGlobalsDiagnosticsOnce(t *testing.T) {
	src := samHeader + `Globals:
  Function:
    Environment:
      Variables: {A: 1, A: 2}
  Api: [x]
Resources:
  F1: {Type: AWS::Serverless::Function}
  F2: {Type: AWS::Serverless::Function}
`
	p, _ := cloudformation.Parse(context.Background(), "t.yaml", []byte(src), cloudformation.Options{})
	want := []diag{
		{parser.SeverityError, 5, `duplicate key "A"`},
		{parser.SeverityWarning, 6, "Globals section Api must be a mapping"},
	}
	if diff := cmp.Diff(want, diags(p), summaryContains); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}

// The fixture is shaped like what `sam init` produces: the hello-world API
// function, plus a queue worker and a scheduled function.
func TestSAMFixture(t *testing.T) {
	const file = "testdata/sam/template.yaml"
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	p, ok := cloudformation.Parse(context.Background(), file, data, cloudformation.Options{})
	if !ok {
		t.Fatal("not a template")
	}
	for _, d := range p.Diagnostics {
		t.Errorf("unexpected diagnostic %s: %s", d.Range, d.Message())
	}
	type res struct {
		Address, Type string
		Line          int
	}
	var got []res
	for _, r := range p.Resources {
		got = append(got, res{r.Address, r.Type, r.Range.Start.Line})
	}
	want := []res{
		{"HelloWorldFunction", "AWS::Serverless::Function", 24},
		{"HelloWorldFunction.Events.HelloWorld", "AWS::ApiGateway::Method", 30},
		{"ServerlessRestApi", "AWS::Serverless::Api", 31},
		{"JobsQueue", "AWS::SQS::Queue", 36},
		{"WorkerFunction", "AWS::Serverless::Function", 41},
		{"WorkerFunction.Events.Jobs", "AWS::Lambda::EventSourceMapping", 51},
		{"CleanupFunction", "AWS::Serverless::Function", 58},
		{"CleanupFunction.Events.Nightly", "AWS::Events::Rule", 64},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("resources (-want +got):\n%s", diff)
	}
	byAddr := samByAddress(p)
	worker := byAddr["WorkerFunction"]
	if v, _ := worker.Attr("Timeout"); !v.RawEquals(cty.NumberIntVal(30)) {
		t.Errorf("worker Timeout = %#v, want its own 30", v)
	}
	if v, _ := worker.Attr("Runtime"); !v.RawEquals(cty.StringVal("python3.12")) {
		t.Errorf("worker Runtime = %#v, want the global python3.12", v)
	}
	vars := worker.Attrs.GetAttr("Environment").GetAttr("Variables")
	if !vars.Type().HasAttribute("LOG_LEVEL") || !vars.Type().HasAttribute("QUEUE_URL") {
		t.Errorf("worker variables = %#v, want LOG_LEVEL and QUEUE_URL", vars)
	}
	if got := byAddr["CleanupFunction.Events.Nightly"].Attrs.GetAttr("ScheduleExpression"); !got.RawEquals(cty.StringVal("cron(0 3 * * ? *)")) {
		t.Errorf("ScheduleExpression = %#v", got)
	}
}

// A template without the SAM Transform is read as written.
func TestSAMNotApplied(t *testing.T) {
	data, err := os.ReadFile("testdata/sam/template.yaml")
	if err != nil {
		t.Fatal(err)
	}
	src := strings.Replace(string(data), "Transform: AWS::Serverless-2016-10-31\n", "", 1)
	p := samParse(t, src)
	if n := len(p.Resources); n != 4 {
		t.Errorf("%d resources, want the 4 declared: %v", n, addresses(p))
	}
	if hello := samByAddress(p)["HelloWorldFunction"]; func() bool { _, ok := hello.Attr("Runtime"); return ok }() {
		t.Error("Globals were applied without the Transform")
	}
}
