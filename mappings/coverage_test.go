package mappings

import (
	"testing"
	"testing/fstest"
)

func TestCoverageCountsAgainstReference(t *testing.T) {
	kb, err := Load(fstest.MapFS{"s.hcl": {Data: []byte(`mapping "aws_sqs_queue" {
  cloudformation = ["AWS::SQS::Queue"]
  service        = "Azure Service Bus"
  status         = "direct"
  azurerm        = ["azurerm_servicebus_queue"]
  link           = "https://learn.microsoft.com/azure/service-bus-messaging/"
  note           = "n"
}
`)}})
	if err != nil {
		t.Fatal(err)
	}
	ref := LoadReference()
	totals := map[string]int{}
	classified := map[string]int{}
	var sqs *CoverageGroup
	groups := kb.Coverage()
	for i, g := range groups {
		totals[g.Kind] += g.Total
		classified[g.Kind] += g.Classified()
		if g.Kind == CoverageTerraform && g.Group == "SQS (Simple Queue)" {
			sqs = &groups[i]
		}
		if i > 0 && kindRank(groups[i-1].Kind) > kindRank(g.Kind) {
			t.Errorf("group %s/%s out of kind order", g.Kind, g.Group)
		}
	}
	if totals[CoverageTerraform] != len(ref.AWSResources) || totals[CoverageTerraformData] != len(ref.AWSDataSources) || totals[CoverageCloudFormation] != len(ref.CloudFormation) {
		t.Errorf("totals %v do not match the reference lists (%d, %d, %d)", totals, len(ref.AWSResources), len(ref.AWSDataSources), len(ref.CloudFormation))
	}
	if classified[CoverageTerraform] != 1 || classified[CoverageCloudFormation] != 1 || classified[CoverageTerraformData] != 0 {
		t.Errorf("classified = %v, want one Terraform and one CloudFormation type", classified)
	}
	if sqs == nil {
		t.Fatal("no SQS group")
	}
	if sqs.ByStatus["direct"] != 1 || sqs.Classified() != 1 || len(sqs.Missing) != sqs.Total-1 {
		t.Errorf("SQS group = %+v", *sqs)
	}
	for _, m := range sqs.Missing {
		if m == "aws_sqs_queue" {
			t.Error("aws_sqs_queue listed as missing")
		}
	}
}
