package mappings

import (
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
