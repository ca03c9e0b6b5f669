package mappings

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestEC2VMSize(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"m5.large", "Standard_D2s_v5", true},
		{"m6i.2xlarge", "Standard_D8s_v5", true},
		{"m5a.xlarge", "Standard_D4as_v5", true},
		{"m6g.medium", "Standard_D2ps_v6", true}, // 1 vCPU rounded up
		{"m7g.4xlarge", "Standard_D16ps_v6", true},
		{"c5.large", "Standard_F2s_v2", true},
		{"c6i.24xlarge", "Standard_F72s_v2", true}, // 96 vCPU is more than Fsv2 offers
		{"c7g.xlarge", "Standard_D4pls_v6", true},
		{"r5.large", "Standard_E2s_v5", true},
		{"r6a.8xlarge", "Standard_E32as_v5", true},
		{"r6g.2xlarge", "Standard_E8ps_v6", true},
		{"m5d.large", "Standard_D2s_v5", true},
		{"t3.micro", "Standard_B2ts_v2", true},
		{"t3.small", "Standard_B2ls_v2", true},
		{"t3.medium", "Standard_B2ls_v2", true},
		{"t3.large", "Standard_B2s_v2", true},
		{"t3a.xlarge", "Standard_B4s_v2", true},
		{"t2.2xlarge", "Standard_B8s_v2", true},
		{"t4g.micro", "Standard_B2pls_v2", true},
		{"t4g.large", "Standard_B2ps_v2", true},
		{"p4d.24xlarge", "", false},
		{"i3.large", "", false},
		{"m5.metal", "", false},
		{"mac1.metal", "", false},
		{"not-a-type", "", false},
		{"${var.size}", "", false},
	}
	for _, tt := range tests {
		got, note, ok := TranslateValue("ec2-vm-size", tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s -> %q, %v (note %q); want %q, %v", tt.in, got, ok, note, tt.want, tt.ok)
		}
		if !ok && note == "" {
			t.Errorf("%s: no size and no note saying how to choose", tt.in)
		}
	}
	if _, _, ok := TranslateValue("no-such-table", "m5.large"); ok {
		t.Error("an unknown table translated")
	}
}

func TestTranslateBlockLoads(t *testing.T) {
	entry := func(body string) fstest.MapFS {
		return fstest.MapFS{"ec2.hcl": {Data: []byte(`mapping "aws_instance" {
  service = "Azure Virtual Machines"
  status  = "direct"
  azurerm = ["azurerm_linux_virtual_machine"]
  arm     = ["Microsoft.Compute/virtualMachines"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/"
  note    = "n"
` + body + "}\n")}}
	}
	kb, err := Load(entry(`  translate "vm-size" {
    value = try(self.instance_type, self.InstanceType, null)
    table = "ec2-vm-size"
  }
`))
	if err != nil {
		t.Fatal(err)
	}
	tr := kb.Resource("aws_instance").Translations
	if len(tr) != 1 || tr[0].Name != "vm-size" || tr[0].Table != "ec2-vm-size" || tr[0].ValueText != "try(self.instance_type, self.InstanceType, null)" {
		t.Fatalf("translations = %+v", tr)
	}
	for body, want := range map[string]string{
		"  translate \"x\" {\n    value = self.instance_type\n    table = \"nope\"\n  }\n": "ec2.hcl:10,13-19: Unknown translation table",
		"  translate \"x\" {\n    value = var.size\n    table = \"ec2-vm-size\"\n  }\n":    "ec2.hcl:9,13-21: Unknown variable",
		"  translate \"x\" {\n    table = \"ec2-vm-size\"\n  }\n":                          "Missing required argument",
	} {
		_, err := Load(entry(body))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("body %q: err = %v, want it to mention %q", body, err, want)
		}
	}
}

// translateCase is one row of a table-driven translator test: the AWS value,
// the Azure value wanted ("" when there is no mechanical answer), ok, and a
// fragment the note must contain ("" to require no note when ok).
type translateCase struct {
	in, want string
	ok       bool
	note     string
}

func runTranslateCases(t *testing.T, table string, cases []translateCase) {
	t.Helper()
	for _, tt := range cases {
		got, note, ok := TranslateValue(table, tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s(%q) -> %q, %v (note %q); want %q, %v", table, tt.in, got, ok, note, tt.want, tt.ok)
		}
		if !ok && (note == "" || got != "") {
			t.Errorf("%s(%q): without an answer the note must say how to choose (got %q, note %q)", table, tt.in, got, note)
		}
		if tt.note != "" && !strings.Contains(note, tt.note) {
			t.Errorf("%s(%q): note %q does not mention %q", table, tt.in, note, tt.note)
		}
		if tt.ok && tt.note == "" && note != "" {
			t.Errorf("%s(%q): unexpected note %q", table, tt.in, note)
		}
	}
}

func TestLambdaRuntime(t *testing.T) {
	runTranslateCases(t, "lambda-runtime", []translateCase{
		{"python3.12", "python 3.12", true, ""},
		{"python3.10", "python 3.10", true, ""},
		{"python3.9", "python 3.10", true, "no longer supports python 3.9"},
		{"python3.14", "python 3.13", true, "did not list python 3.14"},
		{"nodejs22.x", "node 22", true, "30 April 2027"},
		{"nodejs20.x", "node 22", true, "support for node 20 ended 30 April 2026"},
		{"nodejs18.x", "node 22", true, "no longer supports node 18"},
		{"nodejs24.x", "node 24", true, "preview"},
		{"java21", "java 21", true, ""},
		{"java8.al2", "java 8", true, ""},
		{"java25", "java 25", true, ""},
		{"dotnet8", "dotnet-isolated 10.0", true, "dotnet-isolated 8.0 ended 10 November 2026"},
		{"dotnet9", "dotnet-isolated 10.0", true, "dotnet-isolated 9.0 ended 10 November 2026"},
		{"dotnet10", "dotnet-isolated 10.0", true, ""},
		{"dotnet6", "dotnet-isolated 10.0", true, "no longer supports dotnet-isolated 6.0"},
		{"dotnetcore3.1", "dotnet-isolated 10.0", true, "no longer supports"},
		{"ruby3.3", "", false, "custom handler"},
		{"go1.x", "", false, "custom handler"},
		{"provided.al2023", "", false, "custom handler"},
		{"provided", "", false, "custom handler"},
		{"PYTHON3.11", "python 3.11", true, ""},
		{"python", "", false, "no version"},
		{"cobol9", "", false, "not a Lambda runtime"},
	})
}

func TestS3StorageClass(t *testing.T) {
	runTranslateCases(t, "s3-storage-class", []translateCase{
		{"STANDARD", "Hot", true, ""},
		{"standard_ia", "Cool", true, "30-day"},
		{"ONEZONE_IA", "Cool", true, "LRS"},
		{"GLACIER_IR", "Cold", true, "90-day"},
		{"GLACIER", "Archive", true, "180 days"},
		{"DEEP_ARCHIVE", "Archive", true, "180-day"},
		{"REDUCED_REDUNDANCY", "Hot", true, "legacy"},
		{"INTELLIGENT_TIERING", "", false, "last access"},
		{"EXPRESS_ONEZONE", "", false, "premium block blob"},
		{"OUTPOSTS", "", false, "on premises"},
		{"SNOW", "", false, "Data Box"},
		{"PLATINUM", "", false, "not an S3 storage class"},
	})
}

func TestEBSVolumeType(t *testing.T) {
	runTranslateCases(t, "ebs-volume-type", []translateCase{
		{"gp2", "Premium_LRS", true, "size tier"},
		{"gp3", "PremiumV2_LRS", true, "OS disk"},
		{"io1", "PremiumV2_LRS", true, "UltraSSD_LRS"},
		{"IO2", "UltraSSD_LRS", true, "PremiumV2_LRS"},
		{"st1", "Standard_LRS", true, "throughput"},
		{"sc1", "Standard_LRS", true, "cold"},
		{"standard", "Standard_LRS", true, "magnetic"},
		{"gp4", "", false, "not an EBS volume type"},
	})
	runTranslateCases(t, "ebs-root-volume-type", []translateCase{
		{"gp2", "Premium_LRS", true, ""},
		{"gp3", "Premium_LRS", true, "can't be an OS disk"},
		{"io2", "Premium_LRS", true, "can't be OS disks"},
		{"standard", "Standard_LRS", true, "magnetic"},
		{"st1", "", false, "boot volume"},
		{"x", "", false, "not an EBS volume type"},
	})
}

func TestRDSFlexibleSKU(t *testing.T) {
	runTranslateCases(t, "rds-postgresql-sku", []translateCase{
		{"db.t3.micro", "B_Standard_B1ms", true, "Burstable"},
		{"db.t4g.medium", "B_Standard_B2s", true, "Graviton"},
		{"db.t3.2xlarge", "B_Standard_B8ms", true, "Burstable"},
		{"db.t3.nano", "", false, "burstable size"},
		{"db.m6i.large", "GP_Standard_D2ds_v5", true, ""},
		{"db.m5.24xlarge", "GP_Standard_D96ds_v5", true, ""},
		{"db.m6g.large", "GP_Standard_D2ds_v5", true, "Graviton"},
		{"db.m6i.32xlarge", "GP_Standard_D96ds_v5", true, "largest"},
		{"db.c6gd.xlarge", "GP_Standard_D4ds_v5", true, "compute-optimized"},
		{"db.r6i.2xlarge", "MO_Standard_E8ds_v5", true, ""},
		{"db.r5.24xlarge", "MO_Standard_E96ds_v5", true, ""},
		{"db.z1d.6xlarge", "MO_Standard_E32ds_v5", true, "rounded up"},
		{"db.x2g.large", "", false, "by memory"},
		{"db.serverless", "", false, "ACUs"},
		{"db.m6i.metal", "", false, "vCPU count"},
		{"db.p4.large", "", false, "no size rule"},
		{"m5.large", "", false, "not an RDS instance class"},
	})
	runTranslateCases(t, "rds-mysql-sku", []translateCase{
		{"db.t3.large", "B_Standard_B2ms", true, "read replicas"},
		{"db.m6g.large", "GP_Standard_D2ads_v5", true, "Graviton"},
		{"db.m5.24xlarge", "GP_Standard_D64ads_v5", true, "largest"},
		{"db.r6g.xlarge", "MO_Standard_E4ds_v5", true, "Graviton"},
		{"db.r5.24xlarge", "MO_Standard_E64ds_v5", true, "largest"},
		{"db.serverless", "", false, "ACUs"},
	})
}

func TestRDSSQLSKU(t *testing.T) {
	runTranslateCases(t, "rds-sql-sku", []translateCase{
		{"db.t3.xlarge", "GP_Gen5_4", true, "serverless"},
		{"db.t3.small", "GP_Gen5_2", true, "BC_Gen5"},
		{"db.t3.2xlarge", "GP_Gen5_8", true, "serverless"},
		{"db.m5.large", "GP_Gen5_2", true, "Business Critical"},
		{"db.m6i.12xlarge", "GP_Gen5_80", true, "rounded up"},
		{"db.m6i.32xlarge", "GP_Gen5_128", true, "Managed Instance"},
		{"db.r5.2xlarge", "GP_Gen5_8", true, "memory"},
		{"db.x2iedn.32xlarge", "GP_Gen5_128", true, "memory"},
		{"db.m5.48xlarge", "GP_Gen5_128", true, "more than a single database offers"}, // not a real size: covers the overflow branch
		{"db.m5.metal", "", false, "vCPU count"},
		{"db.r5.metal", "", false, "vCPU count"},
		{"db.c6gd.large", "", false, "no size rule"},
		{"sqlserver", "", false, "not an RDS instance class"},
	})
}

func TestElastiCacheNodeType(t *testing.T) {
	runTranslateCases(t, "elasticache-node-type", []translateCase{
		{"cache.t3.micro", "Balanced_B1", true, "shards"},
		{"cache.t4g.small", "Balanced_B3", true, "shards"},
		{"cache.t2.medium", "Balanced_B5", true, "shards"},
		{"cache.t3.large", "", false, "burstable node size"},
		{"cache.m5.large", "Balanced_B10", true, "shards"},
		{"cache.m6g.2xlarge", "Balanced_B50", true, "shards"},
		{"cache.r6g.large", "Balanced_B20", true, "Memory Optimized"},
		{"cache.r7g.4xlarge", "Balanced_B100", true, "Memory Optimized"},
		{"cache.r6g.16xlarge", "Balanced_B500", true, "preview"},
		{"cache.r5.24xlarge", "Balanced_B700", true, "preview"},
		{"cache.r5.48xlarge", "Balanced_B1000", true, "largest Balanced size"}, // not a real size: covers the overflow branch
		{"cache.r6gd.xlarge", "", false, "Flash Optimized"},
		{"cache.c7gn.large", "", false, "Compute Optimized"},
		{"cache.m5.metal", "", false, "vCPU count"},
		{"cache.x1.large", "", false, "no size rule"},
		{"r6g.large", "", false, "not an ElastiCache node type"},
	})
}

func TestTranslationTablesListed(t *testing.T) {
	want := []string{"ebs-root-volume-type", "ebs-volume-type", "ec2-vm-size", "elasticache-node-type", "lambda-runtime", "rds-mysql-sku", "rds-postgresql-sku", "rds-sql-sku", "s3-storage-class"}
	if got := TranslationTables(); !slices.Equal(got, want) {
		t.Errorf("TranslationTables() = %v, want %v", got, want)
	}
}

func TestVersionLess(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"3.9", "3.10", true},
		{"3.10", "3.9", false},
		{"3", "3.10", true},
		{"8.0", "8.0", false},
	} {
		if got := versionLess(tt.a, tt.b); got != tt.want {
			t.Errorf("versionLess(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// Every table has examples for `a2z explain`, and each example gets an answer.
func TestTableExamples(t *testing.T) {
	for _, table := range TranslationTables() {
		ex := TableExamples(table)
		if len(ex) < 2 {
			t.Errorf("table %s has %d examples in tableExamples; give it at least 2", table, len(ex))
		}
		answered := 0
		for _, e := range ex {
			if e.OK {
				answered++
			}
		}
		if answered == 0 {
			t.Errorf("no example of table %s gets an answer: %+v", table, ex)
		}
	}
}
