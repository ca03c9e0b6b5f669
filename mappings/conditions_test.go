package mappings

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

const (
	tf  = parser.SourceTerraform
	cfn = parser.SourceCloudFormation
)

func obj(attrs map[string]cty.Value) cty.Value { return cty.ObjectVal(attrs) }
func str(s string) cty.Value                   { return cty.StringVal(s) }

// selection is what Select decides, flattened for comparison.
type selection struct {
	Target  string // "" for the default target
	Status  string
	Azurerm []string
	Maybe   []string
}

func selectTarget(t *testing.T, m *Mapping, self cty.Value, src parser.Source) selection {
	t.Helper()
	chosen, maybe := m.Select(EvalContext(self, src))
	s := selection{Target: chosen.Name, Status: chosen.Status, Azurerm: chosen.Azurerm}
	for _, tg := range maybe {
		s.Maybe = append(s.Maybe, tg.Name)
	}
	return s
}

func TestTargetSelection(t *testing.T) {
	kb := builtin(t)
	tests := []struct {
		name string
		// resource is a Terraform type (looked up with Resource) or a
		// CloudFormation type (looked up with CloudFormation).
		resource string
		source   parser.Source
		self     cty.Value
		want     selection
	}{
		{"rds postgres", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("postgres")}),
			selection{Target: "postgresql", Status: "direct", Azurerm: []string{"azurerm_postgresql_flexible_server"}}},
		{"rds aurora-postgresql cluster", "aws_rds_cluster", tf, obj(map[string]cty.Value{"engine": str("aurora-postgresql")}),
			selection{Target: "postgresql", Status: "partial", Azurerm: []string{"azurerm_postgresql_flexible_server"}}},
		{"rds aurora-postgresql", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("aurora-postgresql")}),
			selection{Target: "postgresql", Status: "direct", Azurerm: []string{"azurerm_postgresql_flexible_server"}}},
		{"cfn rds aurora-postgresql outside a cluster", "AWS::RDS::DBInstance", cfn, obj(map[string]cty.Value{"Engine": str("aurora-postgresql")}),
			selection{Target: "postgresql", Status: "direct", Azurerm: []string{"azurerm_postgresql_flexible_server"}}},
		{"rds mysql", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("mysql")}),
			selection{Target: "mysql", Status: "direct", Azurerm: []string{"azurerm_mysql_flexible_server"}}},
		{"rds mariadb", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("mariadb")}),
			selection{Target: "mysql", Status: "direct", Azurerm: []string{"azurerm_mysql_flexible_server"}}},
		{"rds sqlserver-ee", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("sqlserver-ee")}),
			selection{Target: "sqlserver", Status: "partial", Azurerm: []string{"azurerm_mssql_server", "azurerm_mssql_database"}}},
		{"rds oracle-ee", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("oracle-ee")}),
			selection{Target: "oracle", Status: "partial", Azurerm: []string{"azurerm_oracle_autonomous_database"}}},
		{"rds db2-se", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("db2-se")}),
			selection{Target: "db2", Status: "none"}},
		{"rds engine upper case", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": str("Postgres")}),
			selection{Target: "postgresql", Status: "direct", Azurerm: []string{"azurerm_postgresql_flexible_server"}}},

		{"cfn rds postgres", "AWS::RDS::DBInstance", cfn, obj(map[string]cty.Value{"Engine": str("postgres")}),
			selection{Target: "postgresql", Status: "direct", Azurerm: []string{"azurerm_postgresql_flexible_server"}}},
		{"cfn rds aurora-postgresql cluster", "AWS::RDS::DBCluster", cfn, obj(map[string]cty.Value{"Engine": str("aurora-postgresql")}),
			selection{Target: "postgresql", Status: "partial", Azurerm: []string{"azurerm_postgresql_flexible_server"}}},
		{"cfn rds aurora-mysql cluster", "AWS::RDS::DBCluster", cfn, obj(map[string]cty.Value{"Engine": str("aurora-mysql")}),
			selection{Target: "mysql", Status: "partial", Azurerm: []string{"azurerm_mysql_flexible_server"}}},
		{"cfn rds mysql", "AWS::RDS::DBInstance", cfn, obj(map[string]cty.Value{"Engine": str("mysql")}),
			selection{Target: "mysql", Status: "direct", Azurerm: []string{"azurerm_mysql_flexible_server"}}},
		{"cfn rds sqlserver-ee", "AWS::RDS::DBInstance", cfn, obj(map[string]cty.Value{"Engine": str("sqlserver-ee")}),
			selection{Target: "sqlserver", Status: "partial", Azurerm: []string{"azurerm_mssql_server", "azurerm_mssql_database"}}},
		{"cfn rds oracle-ee", "AWS::RDS::DBInstance", cfn, obj(map[string]cty.Value{"Engine": str("oracle-ee")}),
			selection{Target: "oracle", Status: "partial", Azurerm: []string{"azurerm_oracle_autonomous_database"}}},
		{"cfn aurora instance in a cluster", "AWS::RDS::DBInstance", cfn,
			obj(map[string]cty.Value{"Engine": str("aurora-postgresql"), "DBClusterIdentifier": cty.DynamicVal}),
			selection{Target: "cluster-member", Status: "implicit", Azurerm: []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"}}},

		{"rds engine unknown", "aws_db_instance", tf, obj(map[string]cty.Value{"engine": cty.UnknownVal(cty.String)}),
			selection{Status: "partial", Azurerm: []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server", "azurerm_mssql_database"},
				Maybe: []string{"postgresql", "mysql", "sqlserver", "oracle", "db2"}}},
		{"rds engine missing", "aws_db_instance", tf, cty.EmptyObjectVal,
			selection{Status: "partial", Azurerm: []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server", "azurerm_mssql_database"}}},
		{"rds whole resource unknown", "aws_db_instance", tf, cty.DynamicVal,
			selection{Status: "partial", Azurerm: []string{"azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server", "azurerm_mssql_database"},
				Maybe: []string{"postgresql", "mysql", "sqlserver", "oracle", "db2"}}},

		{"alb by default", "aws_lb", tf, cty.EmptyObjectVal,
			selection{Status: "direct", Azurerm: []string{"azurerm_application_gateway"}}},
		{"alb explicit", "aws_alb", tf, obj(map[string]cty.Value{"load_balancer_type": str("application")}),
			selection{Status: "direct", Azurerm: []string{"azurerm_application_gateway"}}},
		{"nlb", "aws_lb", tf, obj(map[string]cty.Value{"load_balancer_type": str("network")}),
			selection{Target: "network", Status: "direct", Azurerm: []string{"azurerm_lb"}}},
		{"gwlb", "aws_lb", tf, obj(map[string]cty.Value{"load_balancer_type": str("gateway")}),
			selection{Target: "gateway", Status: "partial", Azurerm: []string{"azurerm_lb"}}},
		{"cfn nlb", "AWS::ElasticLoadBalancingV2::LoadBalancer", cfn, obj(map[string]cty.Value{"Type": str("network")}),
			selection{Target: "network", Status: "direct", Azurerm: []string{"azurerm_lb"}}},
		{"lb type unknown", "aws_lb", tf, obj(map[string]cty.Value{"load_balancer_type": cty.UnknownVal(cty.String)}),
			selection{Status: "direct", Azurerm: []string{"azurerm_application_gateway"}, Maybe: []string{"network", "gateway"}}},

		{"public zone", "aws_route53_zone", tf, obj(map[string]cty.Value{"name": str("example.com")}),
			selection{Status: "direct", Azurerm: []string{"azurerm_dns_zone"}}},
		{"private zone", "aws_route53_zone", tf,
			obj(map[string]cty.Value{"vpc": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"vpc_id": cty.UnknownVal(cty.String)})})}),
			selection{Target: "private", Status: "direct", Azurerm: []string{"azurerm_private_dns_zone", "azurerm_private_dns_zone_virtual_network_link"}}},
		{"cfn private zone", "AWS::Route53::HostedZone", cfn,
			obj(map[string]cty.Value{"VPCs": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"VPCId": str("vpc-1"), "VPCRegion": str("eu-west-1")})})}),
			selection{Target: "private", Status: "direct", Azurerm: []string{"azurerm_private_dns_zone", "azurerm_private_dns_zone_virtual_network_link"}}},
		{"zone with dynamic vpc blocks", "aws_route53_zone", tf, obj(map[string]cty.Value{"vpc": cty.DynamicVal}),
			selection{Status: "direct", Azurerm: []string{"azurerm_dns_zone"}, Maybe: []string{"private"}}},

		{"dns record type", "aws_route53_record", tf, obj(map[string]cty.Value{"type": str("CNAME")}),
			selection{Target: "cname", Status: "direct", Azurerm: []string{"azurerm_dns_cname_record"}}},
		{"ssm secure string", "aws_ssm_parameter", tf, obj(map[string]cty.Value{"type": str("SecureString")}),
			selection{Target: "secure-string", Status: "direct", Azurerm: []string{"azurerm_key_vault_secret"}}},
		{"fifo topic", "AWS::SNS::Topic", cfn, obj(map[string]cty.Value{"FifoTopic": cty.True}),
			selection{Target: "fifo", Status: "direct", Azurerm: []string{"azurerm_servicebus_topic"}}},
		{"vpc endpoint defaults to gateway", "aws_vpc_endpoint", tf, obj(map[string]cty.Value{"service_name": str("com.amazonaws.eu-west-1.s3")}),
			selection{Target: "gateway", Status: "implicit", Azurerm: []string{"azurerm_subnet"}}},
		{"interface endpoint", "aws_vpc_endpoint", tf, obj(map[string]cty.Value{"vpc_endpoint_type": str("Interface")}),
			selection{Status: "direct", Azurerm: []string{"azurerm_private_endpoint"}}},
		{"lambda container image", "AWS::Serverless::Function", cfn, obj(map[string]cty.Value{"PackageType": str("Image")}),
			selection{Target: "container-image", Status: "partial", Azurerm: []string{"azurerm_linux_function_app"}}},
		{"lambda python", "aws_lambda_function", tf, obj(map[string]cty.Value{"runtime": str("python3.12")}),
			selection{Status: "direct", Azurerm: []string{"azurerm_function_app_flex_consumption"}}},
		{"lambda provided.al2023", "aws_lambda_function", tf, obj(map[string]cty.Value{"runtime": str("provided.al2023")}),
			selection{Target: "custom-handler", Status: "partial", Azurerm: []string{"azurerm_linux_function_app"}}},
		{"scheduled rule", "AWS::Events::Rule", cfn, obj(map[string]cty.Value{"ScheduleExpression": str("rate(5 minutes)")}),
			selection{Target: "schedule", Status: "partial", Azurerm: []string{"azurerm_logic_app_workflow", "azurerm_logic_app_trigger_recurrence"}}},
		{"nat route", "aws_route", tf, obj(map[string]cty.Value{"nat_gateway_id": cty.UnknownVal(cty.String)}),
			selection{Target: "nat-gateway", Status: "implicit", Azurerm: []string{"azurerm_subnet_nat_gateway_association"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := kb.Resource(tt.resource)
			if tt.source == cfn {
				m = kb.CloudFormation(tt.resource)
			}
			if m == nil {
				t.Fatalf("no entry for %s", tt.resource)
			}
			if diff := cmp.Diff(tt.want, selectTarget(t, m, tt.self, tt.source)); diff != "" {
				t.Errorf("selection (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCaveatConditions(t *testing.T) {
	kb := builtin(t)
	tests := []struct {
		name   string
		rule   string
		source parser.Source
		self   cty.Value
		want   Truth
	}{
		{"fifo true", "aws-sqs-queue/fifo-sessions", tf, obj(map[string]cty.Value{"fifo_queue": cty.True}), True},
		{"fifo false", "aws-sqs-queue/fifo-sessions", tf, obj(map[string]cty.Value{"fifo_queue": cty.False}), False},
		{"fifo unset", "aws-sqs-queue/fifo-sessions", tf, obj(map[string]cty.Value{"name": str("jobs")}), False},
		{"fifo unknown", "aws-sqs-queue/fifo-sessions", tf, obj(map[string]cty.Value{"fifo_queue": cty.UnknownVal(cty.Bool)}), Unknown},
		{"fifo unknown resource", "aws-sqs-queue/fifo-sessions", tf, cty.DynamicVal, Unknown},
		{"fifo empty", "aws-sqs-queue/fifo-sessions", tf, cty.EmptyObjectVal, False},
		{"fifo cfn bool", "aws-sqs-queue/fifo-sessions", cfn, obj(map[string]cty.Value{"FifoQueue": cty.True}), True},
		{"fifo cfn string", "aws-sqs-queue/fifo-sessions", cfn, obj(map[string]cty.Value{"FifoQueue": str("true")}), True},
		{"fifo cfn false string", "aws-sqs-queue/fifo-sessions", cfn, obj(map[string]cty.Value{"FifoQueue": str("false")}), False},
		{"fifo wrong shape", "aws-sqs-queue/fifo-sessions", tf, obj(map[string]cty.Value{"fifo_queue": cty.EmptyTupleVal}), False},
		{"fifo null", "aws-sqs-queue/fifo-sessions", tf, cty.NullVal(cty.EmptyObject), False},

		{"visibility timeout above lock limit", "aws-sqs-queue/visibility-timeout", tf, obj(map[string]cty.Value{"visibility_timeout_seconds": cty.NumberIntVal(900)}), True},
		{"visibility timeout within limit", "aws-sqs-queue/visibility-timeout", cfn, obj(map[string]cty.Value{"VisibilityTimeout": str("30")}), False},

		{"mariadb caveat", "aws-db-instance/mariadb", tf, obj(map[string]cty.Value{"engine": str("mariadb")}), True},
		{"oracle caveat", "aws-db-instance/oracle-options", cfn, obj(map[string]cty.Value{"Engine": str("oracle-se2")}), True},
		{"oracle caveat on postgres", "aws-db-instance/oracle-options", tf, obj(map[string]cty.Value{"engine": str("postgres")}), False},
		{"multi-az string", "aws-db-instance/multi-az", cfn, obj(map[string]cty.Value{"MultiAZ": str("true")}), True},

		{"streams", "aws-dynamodb-table/streams", tf, obj(map[string]cty.Value{"stream_enabled": cty.True}), True},
		{"cfn streams", "aws-dynamodb-table/streams", cfn,
			obj(map[string]cty.Value{"StreamSpecification": obj(map[string]cty.Value{"StreamViewType": str("NEW_IMAGE")})}), True},
		{"on-demand", "aws-dynamodb-table/on-demand-capacity", tf, obj(map[string]cty.Value{"billing_mode": str("PAY_PER_REQUEST")}), True},

		{"security group references", "aws-security-group/group-references", tf,
			obj(map[string]cty.Value{"ingress": cty.TupleVal([]cty.Value{
				obj(map[string]cty.Value{"from_port": cty.NumberIntVal(443), "security_groups": cty.TupleVal([]cty.Value{cty.UnknownVal(cty.String)})}),
			})}), True},
		{"security group cidr only", "aws-security-group/group-references", tf,
			obj(map[string]cty.Value{"ingress": cty.TupleVal([]cty.Value{
				obj(map[string]cty.Value{"cidr_blocks": cty.TupleVal([]cty.Value{str("10.0.0.0/8")})}),
			})}), False},
		{"cfn security group reference", "aws-security-group/group-references", cfn,
			obj(map[string]cty.Value{"SecurityGroupIngress": cty.TupleVal([]cty.Value{
				obj(map[string]cty.Value{"IpProtocol": str("tcp"), "SourceSecurityGroupId": cty.UnknownVal(cty.String)}),
			})}), True},
		{"terraform sg without egress", "aws-security-group/default-egress", tf, obj(map[string]cty.Value{"name": str("web")}), True},
		{"cfn sg without egress", "aws-security-group/default-egress", cfn, obj(map[string]cty.Value{"GroupDescription": str("web")}), False},

		{"iam deny statement", "aws-iam-policy/deny-statements", tf,
			obj(map[string]cty.Value{"policy": str(`{"Statement":[{"Effect": "Deny","Action":"s3:*","Resource":"*"}]}`)}), True},
		{"cfn iam deny statement", "aws-iam-policy/deny-statements", cfn,
			obj(map[string]cty.Value{"PolicyDocument": obj(map[string]cty.Value{"Statement": cty.TupleVal([]cty.Value{
				obj(map[string]cty.Value{"Effect": str("Deny"), "Action": str("s3:*")}),
			})})}), True},
		{"cfn iam allow only", "aws-iam-policy/deny-statements", cfn,
			obj(map[string]cty.Value{"PolicyDocument": obj(map[string]cty.Value{"Statement": obj(map[string]cty.Value{"Effect": str("Allow")})})}), False},
		{"github oidc trust", "aws-iam-role/web-identity-federation", tf,
			obj(map[string]cty.Value{"assume_role_policy": str(`{"Statement":[{"Action":"sts:AssumeRoleWithWebIdentity"}]}`)}), True},
		{"aws managed policy", "aws-iam-role-policy-attachment/aws-managed-policy", tf,
			obj(map[string]cty.Value{"policy_arn": str("arn:aws:iam::aws:policy/ReadOnlyAccess")}), True},

		{"lambda layers", "aws-lambda-function/layers", cfn, obj(map[string]cty.Value{"Layers": cty.TupleVal([]cty.Value{cty.UnknownVal(cty.String)})}), True},
		{"lambda memory", "aws-lambda-function/memory", tf, obj(map[string]cty.Value{"memory_size": cty.NumberIntVal(10240)}), True},
		{"sam events", "aws-lambda-function/sam-events", cfn, obj(map[string]cty.Value{"Events": cty.EmptyObjectVal}), True},
		{"sam events not in terraform", "aws-lambda-function/sam-events", tf, obj(map[string]cty.Value{"Events": cty.EmptyObjectVal}), False},
		{"code port always", "aws-lambda-function/code-port", tf, cty.EmptyObjectVal, True},

		{"listener authenticate", "aws-lb-listener/authenticate-action", tf,
			obj(map[string]cty.Value{"default_action": cty.TupleVal([]cty.Value{obj(map[string]cty.Value{"type": str("authenticate-oidc")})})}), True},
		{"bucket name too long for an account", "aws-s3-bucket/account-name", tf, obj(map[string]cty.Value{"bucket": str("my-company-logs")}), True},
		{"bucket name fits", "aws-s3-bucket/account-name", cfn, obj(map[string]cty.Value{"BucketName": str("logs2024")}), False},
		{"kinesis retention", "aws-kinesis-stream/retention", cfn, obj(map[string]cty.Value{"RetentionPeriodHours": cty.NumberIntVal(720)}), True},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m, c := kb.Rule(tt.rule)
			if c == nil {
				t.Fatalf("no rule %s", tt.rule)
			}
			if m.Caveat(tt.rule) != c {
				t.Fatalf("Caveat(%s) differs from Rule", tt.rule)
			}
			got, diags := Eval(c.When, EvalContext(tt.self, tt.source))
			if diags.HasErrors() {
				t.Fatalf("Eval: %v", diags)
			}
			if got != tt.want {
				t.Errorf("%s = %s, want %s", tt.rule, got, tt.want)
			}
		})
	}
}

func TestLookups(t *testing.T) {
	kb := builtin(t)
	id := func(m *Mapping) string {
		if m == nil {
			return ""
		}
		return m.ID
	}
	got := map[string]string{
		"awscc_ec2_vpc":                              id(kb.Resource("awscc_ec2_vpc")),
		"awscc_rds_db_instance":                      id(kb.Resource("awscc_rds_db_instance")),
		"awscc_s3_bucket":                            id(kb.Resource("awscc_s3_bucket")),
		"awscc_sqs_queue":                            id(kb.Resource("awscc_sqs_queue")),
		"awscc_lambda_function":                      id(kb.Resource("awscc_lambda_function")),
		"awscc_elasticloadbalancingv2_load_balancer": id(kb.Resource("awscc_elasticloadbalancingv2_load_balancer")),
		"awscc_ec2_vpc_gateway_attachment":           id(kb.Resource("awscc_ec2_vpc_gateway_attachment")),
		"awscc_iam_oidc_provider":                    id(kb.Resource("awscc_iam_oidc_provider")),
		"awscc_ec2_subnet_route_table_association":   id(kb.Resource("awscc_ec2_subnet_route_table_association")),
		"awscc_kinesisfirehose_delivery_stream":      id(kb.Resource("awscc_kinesisfirehose_delivery_stream")),
		"awscc_serverless_function":                  id(kb.Resource("awscc_serverless_function")),
		"aws_alb":                                    id(kb.Resource("aws_alb")),
		"aws_s3_bucket_object":                       id(kb.Resource("aws_s3_bucket_object")),
		"AWS::Serverless::Function":                  id(kb.CloudFormation("AWS::Serverless::Function")),
		"AWS::Serverless::SimpleTable":               id(kb.CloudFormation("AWS::Serverless::SimpleTable")),
		"AWS::Serverless::Api":                       id(kb.CloudFormation("AWS::Serverless::Api")),
		"AWS::Serverless::StateMachine":              id(kb.CloudFormation("AWS::Serverless::StateMachine")),
		"AWS::Serverless::Connector":                 id(kb.CloudFormation("AWS::Serverless::Connector")),
		"data aws_caller_identity":                   id(kb.Data("aws_caller_identity")),
		"resource aws_caller_identity":               id(kb.Resource("aws_caller_identity")),
		"data aws_ami":                               id(kb.Data("aws_ami")),
		"resource aws_ami":                           id(kb.Resource("aws_ami")),
		"mapping aws-vpc":                            id(kb.Mapping("aws-vpc")),
		"unknown type":                               id(kb.Resource("aws_not_a_thing")),
	}
	want := map[string]string{
		"awscc_ec2_vpc":                              "aws-vpc",
		"awscc_rds_db_instance":                      "aws-db-instance",
		"awscc_s3_bucket":                            "aws-s3-bucket",
		"awscc_sqs_queue":                            "aws-sqs-queue",
		"awscc_lambda_function":                      "aws-lambda-function",
		"awscc_elasticloadbalancingv2_load_balancer": "aws-lb",
		"awscc_ec2_vpc_gateway_attachment":           "aws-internet-gateway-attachment",
		"awscc_iam_oidc_provider":                    "aws-iam-openid-connect-provider",
		"awscc_ec2_subnet_route_table_association":   "aws-route-table-association",
		"awscc_kinesisfirehose_delivery_stream":      "aws-kinesis-firehose-delivery-stream",
		"awscc_serverless_function":                  "",
		"aws_alb":                                    "aws-lb",
		"aws_s3_bucket_object":                       "aws-s3-object",
		"AWS::Serverless::Function":                  "aws-lambda-function",
		"AWS::Serverless::SimpleTable":               "aws-dynamodb-table",
		"AWS::Serverless::Api":                       "aws-api-gateway-rest-api",
		"AWS::Serverless::StateMachine":              "aws-sfn-state-machine",
		"AWS::Serverless::Connector":                 "aws-serverless-connector",
		"data aws_caller_identity":                   "data-aws-caller-identity",
		"resource aws_caller_identity":               "",
		"data aws_ami":                               "data-aws-ami",
		"resource aws_ami":                           "aws-ami",
		"mapping aws-vpc":                            "aws-vpc",
		"unknown type":                               "",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lookups (-want +got):\n%s", diff)
	}
	if got := kb.Data("aws_caller_identity").Default.Azurerm; !cmp.Equal(got, []string{"azurerm_client_config"}) {
		t.Errorf("aws_caller_identity → %v", got)
	}
}

func TestAWSCCType(t *testing.T) {
	tests := map[string]string{
		"AWS::EC2::VPC":                                   "awscc_ec2_vpc",
		"AWS::RDS::DBInstance":                            "awscc_rds_db_instance",
		"AWS::S3::Bucket":                                 "awscc_s3_bucket",
		"AWS::EC2::VPCDHCPOptionsAssociation":             "awscc_ec2_vpcdhcp_options_association",
		"AWS::AppSync::GraphQLApi":                        "awscc_appsync_graph_ql_api",
		"AWS::CloudFront::CloudFrontOriginAccessIdentity": "awscc_cloudfront_cloudfront_origin_access_identity",
		"AWS::ElasticLoadBalancingV2::LoadBalancer":       "awscc_elasticloadbalancingv2_load_balancer",
		"AWS::KinesisFirehose::DeliveryStream":            "awscc_kinesisfirehose_delivery_stream",
		"AWS::IAM::OIDCProvider":                          "awscc_iam_oidc_provider",
		"AWS::EC2::EIP":                                   "awscc_ec2_eip",
		"AWS::ApiGatewayV2::Api":                          "awscc_apigatewayv2_api",
		"AWS::ApiGateway::BasePathMappingV2":              "awscc_apigateway_base_path_mapping_v2",
		"AWS::Route53::HostedZone":                        "awscc_route53_hosted_zone",
		"AWS::Serverless::Function":                       "",
		"Alexa::ASK::Skill":                               "",
		"AWS::Broken":                                     "",
	}
	for in, want := range tests {
		got, ok := awsccType(in)
		if got != want || ok != (want != "") {
			t.Errorf("awsccType(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

func TestEvalEdgeCases(t *testing.T) {
	kb := builtin(t)
	c := kb.Mapping("aws-sqs-queue").Caveat("fifo-sessions")
	if got, _ := Eval(nil, EvalContext(cty.EmptyObjectVal, tf)); got != True {
		t.Errorf("nil condition = %s, want true", got)
	}
	// A nil self is an empty object, never a panic.
	if got, diags := Eval(c.When, EvalContext(cty.NilVal, tf)); got != False || diags.HasErrors() {
		t.Errorf("nil self = %s, %v", got, diags)
	}
	// Marked (sensitive) values are read through.
	marked := obj(map[string]cty.Value{"fifo_queue": cty.True.Mark("sensitive")})
	if got, diags := Eval(c.When, EvalContext(marked, tf)); got != True || diags.HasErrors() {
		t.Errorf("marked value = %s, %v", got, diags)
	}
	if got := FunctionNames(); !cmp.Equal(got[:3], []string{"alltrue", "anytrue", "can"}) {
		t.Errorf("FunctionNames = %v", got)
	}
}
