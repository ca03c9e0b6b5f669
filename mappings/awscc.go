package mappings

import "strings"

// awsccType derives the Terraform AWS Cloud Control (awscc) provider's type
// name from a CloudFormation type: "awscc_" + lower-cased service + "_" +
// snake-cased resource (AWS::EC2::VPC → awscc_ec2_vpc, AWS::RDS::DBInstance →
// awscc_rds_db_instance). The provider generates its names this way from the
// CloudFormation registry. SAM (AWS::Serverless::*) types are a template
// transform, not registry types, and have no awscc twin.
func awsccType(cfnType string) (string, bool) {
	parts := strings.Split(cfnType, "::")
	if len(parts) != 3 || parts[0] != "AWS" || parts[1] == "" || parts[2] == "" || parts[1] == "Serverless" {
		return "", false
	}
	return "awscc_" + strings.ToLower(parts[1]) + "_" + snakeCase(parts[2]), true
}

// awsccWords are product names the awscc provider keeps as one word.
var awsccWords = strings.NewReplacer(
	"CloudFormation", "Cloudformation",
	"CloudFront", "Cloudfront",
	"CloudWatch", "Cloudwatch",
	"FSx", "Fsx",
)

// snakeCase splits a CloudFormation name into lower-case words joined by "_":
// a word ends where a lower-case letter meets an upper-case letter or a digit,
// where a digit meets a letter, and before the last capital of an acronym that
// starts a new word (DBInstance → db_instance, GraphQLApi → graph_ql_api,
// VPCDHCPOptionsAssociation → vpcdhcp_options_association).
func snakeCase(name string) string {
	name = awsccWords.Replace(strings.TrimSpace(name))
	isUpper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }

	var b strings.Builder
	for i := 0; i < len(name); i++ {
		c := name[i]
		var lc byte
		switch {
		case isUpper(c):
			lc = c + ('a' - 'A')
		case isLower(c), isDigit(c):
			lc = c
		default:
			b.WriteByte('_')
			continue
		}
		if i+1 < len(name) {
			n := name[i+1]
			switch {
			case isUpper(c) && isLower(n):
				if i > 0 && isUpper(name[i-1]) {
					b.WriteByte('_')
				}
				b.WriteByte(lc)
				continue
			case isLower(c) && (isUpper(n) || isDigit(n)), isDigit(c) && (isUpper(n) || isLower(n)):
				b.WriteByte(lc)
				b.WriteByte('_')
				continue
			}
		}
		b.WriteByte(lc)
	}
	return b.String()
}
