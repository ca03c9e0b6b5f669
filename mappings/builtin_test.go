package mappings

import (
	"bufio"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclwrite"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// samTypes are the resource types of the AWS SAM specification. SAM is a
// template transform, so cfn-lint's registry list doesn't contain them.
var samTypes = []string{
	"AWS::Serverless::Api", "AWS::Serverless::Application", "AWS::Serverless::Connector",
	"AWS::Serverless::Function", "AWS::Serverless::GraphQLApi", "AWS::Serverless::HttpApi",
	"AWS::Serverless::LayerVersion", "AWS::Serverless::SimpleTable", "AWS::Serverless::StateMachine",
}

// noARM lists entries whose targets are data-plane objects without an ARM
// resource type.
var noARM = map[string]string{
	"aws-s3-object":       "blobs are data-plane objects",
	"aws-acm-certificate": "Key Vault certificates are data-plane objects",
}

// readList returns the types of an embedded reference list as a set.
func readList(t *testing.T, name string) map[string]bool {
	t.Helper()
	out := map[string]bool{}
	for _, r := range readRef(name) {
		out[r.Type] = true
	}
	if len(out) == 0 {
		t.Fatalf("%s is empty", name)
	}
	return out
}

// topTypes reads the first n types of a corpus-frequency file.
func topTypes(t *testing.T, name string, n int) []string {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "reference", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	sc := bufio.NewScanner(f)
	sc.Scan() // header
	for sc.Scan() && len(out) < n {
		col, _, _ := strings.Cut(sc.Text(), "\t")
		out = append(out, col)
	}
	return out
}

// builtin reads every built-in file at once, with every check (what the
// lazily read Builtin relies on).
func builtin(t *testing.T) *KB {
	t.Helper()
	kb, err := loadBuiltin()
	if err != nil {
		t.Fatalf("Builtin: %v", err)
	}
	return kb
}

// conditions lists every condition of an entry with a name for messages.
func conditions(m *Mapping) map[string]hcl.Expression {
	out := map[string]hcl.Expression{}
	for _, tg := range m.Targets {
		out[m.ID+" target "+tg.Name] = tg.When
	}
	for _, c := range m.Caveats {
		if c.When != nil {
			out[c.ID] = c.When
		}
	}
	return out
}

// selfAttrs lists the top-level attribute names a condition reads from self.
func selfAttrs(expr hcl.Expression) []string {
	var names []string
	for _, tr := range expr.Variables() {
		if tr.RootName() != varSelf || len(tr) < 2 {
			continue
		}
		if a, ok := tr[1].(hcl.TraverseAttr); ok && !slices.Contains(names, a.Name) {
			names = append(names, a.Name)
		}
	}
	return names
}

func TestBuiltinValidates(t *testing.T) {
	kb := builtin(t)
	awsResources := readList(t, "terraform-aws-resources.tsv")
	awsData := readList(t, "terraform-aws-datasources.tsv")
	azResources := readList(t, "terraform-azurerm-resources.tsv")
	azData := readList(t, "terraform-azurerm-datasources.tsv")
	cfnTypes := readList(t, "cloudformation-resource-types.txt")
	for _, s := range samTypes {
		cfnTypes[s] = true
	}
	reARM := regexp.MustCompile(`^[A-Z][A-Za-z]*\.[A-Za-z]+(/[A-Za-z0-9]+)+$`)

	all := kb.All()
	if len(all) < 150 {
		t.Errorf("only %d entries", len(all))
	}
	if !slices.IsSortedFunc(all, func(a, b *Mapping) int { return strings.Compare(a.ID, b.ID) }) {
		t.Error("All() is not sorted by ID")
	}
	ids := map[string]bool{}
	owner := map[string]string{} // kind:type → ID
	rules := map[string]bool{}
	claim := func(m *Mapping, key string) {
		if prev, ok := owner[key]; ok {
			t.Errorf("%s: %s already claimed by %s", m.ID, key, prev)
		}
		owner[key] = m.ID
	}
	for _, m := range all {
		if ids[m.ID] {
			t.Errorf("duplicate ID %s", m.ID)
		}
		ids[m.ID] = true
		if m.ID != strings.ToLower(m.ID) || strings.ContainsAny(m.ID, "_:") {
			t.Errorf("%s: ID is not lower-case kebab", m.ID)
		}
		if len(m.Terraform) == 0 && len(m.CloudFormation) == 0 {
			t.Errorf("%s: covers no type", m.ID)
		}

		awsList, azList, kind := awsResources, azResources, "resource"
		if m.Data {
			awsList, azList, kind = awsData, azData, "data"
		}
		for _, typ := range m.Terraform {
			if !awsList[typ] {
				t.Errorf("%s: %s is not a Terraform AWS %s type", m.ID, typ, kind)
			}
			claim(m, kind+":"+typ)
			if got := lookup(kb, m.Data, typ); got != m {
				t.Errorf("%s: lookup of %s returns %v", m.ID, typ, got)
			}
		}
		for _, typ := range m.CloudFormation {
			if !cfnTypes[typ] {
				t.Errorf("%s: %s is not a CloudFormation type", m.ID, typ)
			}
			claim(m, "cfn:"+typ)
			if kb.CloudFormation(typ) != m {
				t.Errorf("%s: CloudFormation(%s) does not return it", m.ID, typ)
			}
		}
		for _, typ := range m.AWSCC {
			if !strings.HasPrefix(typ, "awscc_") {
				t.Errorf("%s: awscc type %s", m.ID, typ)
			}
			claim(m, "resource:"+typ)
			if kb.Resource(typ) != m {
				t.Errorf("%s: Resource(%s) does not return it", m.ID, typ)
			}
		}

		targets := append([]Target{m.Default}, m.Targets...)
		for _, tg := range targets {
			where := m.ID
			if tg.Name != "" {
				where += " target " + tg.Name
				if tg.When == nil {
					t.Errorf("%s: conditional target without when", where)
				}
			}
			if !ValidStatus(tg.Status) {
				t.Errorf("%s: status %q", where, tg.Status)
			}
			if strings.TrimSpace(tg.Service) == "" || strings.TrimSpace(tg.Note) == "" {
				t.Errorf("%s: empty service or note", where)
			}
			if tg.Status == StatusDirect && len(tg.Azurerm) == 0 {
				t.Errorf("%s: direct without azurerm types", where)
			}
			for _, az := range append(slices.Clone(tg.Azurerm), tg.Requires...) {
				if !azList[az] {
					t.Errorf("%s: %s is not an azurerm %s type", where, az, kind)
				}
			}
			for _, arm := range tg.ARM {
				if !reARM.MatchString(arm) {
					t.Errorf("%s: ARM type %q", where, arm)
				}
			}
			if !m.Data && len(tg.Azurerm) > 0 && len(tg.ARM) == 0 && noARM[m.ID] == "" {
				t.Errorf("%s: azurerm types but no ARM type", where)
			}
			checkLink(t, where, tg.Link, true)
		}
		for _, c := range m.Caveats {
			if !strings.HasPrefix(c.ID, m.ID+"/") {
				t.Errorf("%s: caveat ID %s", m.ID, c.ID)
			}
			if rules[c.ID] {
				t.Errorf("duplicate rule %s", c.ID)
			}
			rules[c.ID] = true
			if c.Severity.Rank() == 0 {
				t.Errorf("%s: severity %q", c.ID, c.Severity)
			}
			if strings.TrimSpace(c.Message) == "" {
				t.Errorf("%s: empty message", c.ID)
			}
			checkLink(t, c.ID, c.Link, false)
			if gm, gc := kb.Rule(c.ID); gm != m || gc == nil || gc.ID != c.ID {
				t.Errorf("Rule(%s) = %v, %v", c.ID, gm, gc)
			}
		}
	}
}

func lookup(kb *KB, data bool, typ string) *Mapping {
	if data {
		return kb.Data(typ)
	}
	return kb.Resource(typ)
}

func checkLink(t *testing.T, where, link string, required bool) {
	t.Helper()
	if link == "" {
		if required {
			t.Errorf("%s: no link", where)
		}
		return
	}
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "https" || u.Host == "" {
		t.Errorf("%s: link %q is not https", where, link)
	}
	if u != nil && u.Host != "learn.microsoft.com" {
		t.Errorf("%s: link %q is not on learn.microsoft.com", where, link)
	}
}

// TestBuiltinConditionsNeverFail evaluates every condition against empty and
// unknown attributes and against attributes of every shape: a condition may
// be unknown, but it must never fail or panic.
func TestBuiltinConditionsNeverFail(t *testing.T) {
	kb := builtin(t)
	shapes := map[string]cty.Value{
		"string":        cty.StringVal("x"),
		"true string":   cty.StringVal("true"),
		"number":        cty.NumberIntVal(5),
		"bool":          cty.True,
		"null":          cty.NullVal(cty.String),
		"empty tuple":   cty.EmptyTupleVal,
		"tuple":         cty.TupleVal([]cty.Value{cty.StringVal("a"), cty.NumberIntVal(1)}),
		"object tuple":  cty.TupleVal([]cty.Value{cty.EmptyObjectVal, cty.ObjectVal(map[string]cty.Value{"type": cty.StringVal("x")})}),
		"string list":   cty.ListVal([]cty.Value{cty.StringVal("a")}),
		"empty object":  cty.EmptyObjectVal,
		"object":        cty.ObjectVal(map[string]cty.Value{"Statement": cty.StringVal("x"), "Type": cty.NumberIntVal(1)}),
		"map":           cty.MapVal(map[string]cty.Value{"k": cty.StringVal("v")}),
		"unknown":       cty.DynamicVal,
		"unknown list":  cty.UnknownVal(cty.List(cty.String)),
		"unknown tuple": cty.TupleVal([]cty.Value{cty.DynamicVal}),
	}
	for _, m := range kb.All() {
		for name, expr := range conditions(m) {
			attrs := selfAttrs(expr)
			selves := map[string]cty.Value{
				"empty object":   cty.EmptyObjectVal,
				"unknown object": cty.DynamicVal,
				"null object":    cty.NullVal(cty.EmptyObject),
			}
			for shape, v := range shapes {
				obj := map[string]cty.Value{}
				for _, a := range attrs {
					obj[a] = v
				}
				selves["all "+shape] = cty.ObjectVal(obj)
			}
			for _, src := range []parser.Source{parser.SourceTerraform, parser.SourceCloudFormation} {
				for what, self := range selves {
					_, diags := Eval(expr, EvalContext(self, src))
					if diags.HasErrors() {
						t.Errorf("%s with %s from %s: %v", name, what, src, diags)
					}
				}
			}
		}
	}
}

func TestBuiltinCoversFrequentTypes(t *testing.T) {
	kb := builtin(t)
	for _, typ := range topTypes(t, "corpus-frequency-terraform.tsv", 60) {
		if kb.Resource(typ) == nil {
			t.Errorf("no entry for frequent Terraform type %s", typ)
		}
	}
	for _, typ := range topTypes(t, "corpus-frequency-cloudformation.tsv", 30) {
		if kb.CloudFormation(typ) == nil {
			t.Errorf("no entry for frequent CloudFormation type %s", typ)
		}
	}
	// A small realistic application, and the data sources it reads.
	for _, typ := range []string{
		"aws_vpc", "aws_subnet", "aws_internet_gateway", "aws_nat_gateway", "aws_eip", "aws_route_table",
		"aws_route_table_association", "aws_route", "aws_security_group", "aws_security_group_rule",
		"aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule", "aws_lb", "aws_alb",
		"aws_lb_listener", "aws_lb_target_group", "aws_lb_target_group_attachment", "aws_launch_template",
		"aws_autoscaling_group", "aws_instance", "aws_db_instance", "aws_rds_cluster", "aws_db_subnet_group",
		"aws_s3_bucket", "aws_s3_bucket_versioning", "aws_s3_bucket_policy", "aws_s3_bucket_public_access_block",
		"aws_s3_bucket_server_side_encryption_configuration", "aws_s3_bucket_lifecycle_configuration",
		"aws_sqs_queue", "aws_sqs_queue_policy", "aws_lambda_function", "aws_lambda_permission",
		"aws_lambda_event_source_mapping", "aws_dynamodb_table", "aws_iam_role", "aws_iam_policy",
		"aws_iam_role_policy_attachment", "aws_kms_key", "aws_cloudwatch_log_group", "aws_cloudwatch_metric_alarm",
		"aws_cloudwatch_event_rule", "aws_sns_topic", "aws_secretsmanager_secret", "aws_ssm_parameter",
		"aws_route53_zone", "aws_route53_record", "aws_cloudfront_distribution", "aws_ecs_cluster",
		"aws_ecs_service", "aws_eks_cluster", "aws_elasticache_replication_group", "aws_kinesis_stream",
		"aws_kinesis_firehose_delivery_stream", "aws_cognito_user_pool", "aws_directory_service_directory",
		"aws_ram_resource_share", "aws_placement_group", "aws_ec2_capacity_reservation", "aws_customer_gateway",
		"aws_vpn_connection", "aws_network_acl", "aws_ec2_tag", "aws_appautoscaling_target",
		"aws_api_gateway_rest_api", "aws_apigatewayv2_api", "aws_redshift_subnet_group",
	} {
		if kb.Resource(typ) == nil {
			t.Errorf("no entry for %s", typ)
		}
	}
	for _, typ := range []string{"aws_ami", "aws_caller_identity", "aws_region", "aws_availability_zones",
		"aws_iam_policy_document", "aws_vpc", "aws_subnet", "aws_subnets", "aws_partition"} {
		if kb.Data(typ) == nil {
			t.Errorf("no data source entry for %s", typ)
		}
	}
	for _, typ := range []string{"AWS::Serverless::Function", "AWS::Serverless::Api", "AWS::Serverless::SimpleTable",
		"AWS::Serverless::StateMachine"} {
		if kb.CloudFormation(typ) == nil {
			t.Errorf("no entry for %s", typ)
		}
	}
}

// TestBuiltinStats logs the size of the knowledge base (go test -v).
// TestBuiltinSize guards against the knowledge base shrinking by accident (a
// data file dropped from the embed, say) and logs its shape.
func TestBuiltinSize(t *testing.T) {
	kb := builtin(t)
	byStatus := map[string]int{}
	var caveats, targets, data, awscc int
	for _, m := range kb.All() {
		byStatus[m.Default.Status]++
		caveats += len(m.Caveats)
		targets += len(m.Targets)
		awscc += len(m.AWSCC)
		if m.Data {
			data++
		}
	}
	keys := make([]string, 0, len(byStatus))
	for k := range byStatus {
		keys = append(keys, k+"="+strconv.Itoa(byStatus[k]))
	}
	sort.Strings(keys)
	t.Logf("%d entries (%d data sources), %d conditional targets, %d caveats, %d awscc types; default status %s",
		len(kb.All()), data, targets, caveats, awscc, strings.Join(keys, " "))
	floors := []struct {
		what      string
		got, want int
	}{
		{"entries", len(kb.All()), 290},
		{"data sources", data, 30},
		{"conditional targets", targets, 60},
		{"caveats", caveats, 150},
		{"awscc types", awscc, 200},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s: %d, fewer than the %d the knowledge base had", f.what, f.got, f.want)
		}
	}
	for _, st := range []string{StatusDirect, StatusPartial, StatusNone, StatusImplicit} {
		if byStatus[st] == 0 {
			t.Errorf("no entry has status %s", st)
		}
	}
}

// TestDataFormatted keeps the data files in canonical HCL layout (the layout
// `terraform fmt` produces); with UPDATE_GOLDEN=1 it formats them.
func TestDataFormatted(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("data", "*.hcl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no data files: %v", err)
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		got := hclwrite.Format(src)
		if string(got) == string(src) {
			continue
		}
		if os.Getenv("UPDATE_GOLDEN") == "1" {
			if err := os.WriteFile(f, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		t.Errorf("%s is not formatted (UPDATE_GOLDEN=1 go test ./mappings -run TestDataFormatted formats it)", f)
	}
}
