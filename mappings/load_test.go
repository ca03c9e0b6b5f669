package mappings

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
)

// entry is a valid mapping block whose body lines can be replaced or extended.
func entry(label string, extra ...string) string {
	lines := []string{
		`mapping "` + label + `" {`,
		`  service = "Azure Service Bus"`,
		`  status  = "direct"`,
		`  azurerm = ["azurerm_servicebus_queue"]`,
		`  link    = "https://learn.microsoft.com/azure/service-bus-messaging/"`,
		`  note    = "A queue."`,
	}
	lines = append(lines, extra...)
	lines = append(lines, `}`)
	return strings.Join(lines, "\n") + "\n"
}

func TestLoadStrict(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		// want lists substrings of the error: each position as "file:line," and
		// a fragment of the message.
		want []string
	}{{
		name: "typo in a field name",
		files: map[string]string{"sqs.hcl": `mapping "aws_sqs_queue" {
  service = "Azure Service Bus"
  staus   = "direct"
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/"
  note    = "A queue."
}
`},
		want: []string{`sqs.hcl:3,`, `An argument named "staus" is not expected here`, `sqs.hcl:1,`, `"status" is required`},
	}, {
		name: "bad status",
		files: map[string]string{"sqs.hcl": `mapping "aws_sqs_queue" {
  service = "Azure Service Bus"
  status  = "exact"
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/"
  note    = "A queue."
}
`},
		want: []string{`sqs.hcl:3,`, `"exact" is not a status`},
	}, {
		name: "bad severity",
		files: map[string]string{"sqs.hcl": entry("aws_sqs_queue",
			`  caveat "fifo" {`,
			`    severity = "critical"`,
			`    message  = "m"`,
			`  }`)},
		want: []string{`sqs.hcl:8,`, `"critical" is not a severity`},
	}, {
		name: "unknown variable in a condition",
		files: map[string]string{"sqs.hcl": entry("aws_sqs_queue",
			`  caveat "fifo" {`,
			`    when     = var.fifo`,
			`    severity = "warning"`,
			`    message  = "m"`,
			`  }`)},
		want: []string{`sqs.hcl:8,`, `not "var"`},
	}, {
		name: "unknown function in a condition",
		files: map[string]string{"sqs.hcl": entry("aws_sqs_queue",
			`  target "storage" {`,
			`    when    = strcontains(try(self.name, ""), "x")`,
			`    service = "Azure Queue Storage"`,
			`    status  = "partial"`,
			`    note    = "n"`,
			`  }`)},
		want: []string{`sqs.hcl:8,`, `"strcontains" is not in the condition function table`},
	}, {
		name: "condition that fails on an empty object",
		files: map[string]string{"sqs.hcl": entry("aws_sqs_queue",
			`  caveat "fifo" {`,
			`    when     = self.fifo_queue`,
			`    severity = "warning"`,
			`    message  = "m"`,
			`  }`)},
		want: []string{`sqs.hcl:8,`, `Condition fails`, `fifo_queue`},
	}, {
		name:  "duplicate label in one file",
		files: map[string]string{"sqs.hcl": entry("aws_sqs_queue") + "\n" + entry("aws_sqs_queue")},
		want:  []string{`sqs.hcl:9,`, `already declared at sqs.hcl:1,`},
	}, {
		name:  "duplicate label across files",
		files: map[string]string{"a.hcl": entry("aws_sqs_queue"), "b.hcl": "\n" + entry("aws_sqs_queue")},
		want:  []string{`b.hcl:2,`, `already declared at a.hcl:1,`},
	}, {
		name: "type claimed by two entries",
		files: map[string]string{
			"a.hcl": entry("aws_sqs_queue", `  cloudformation = ["AWS::SQS::Queue"]`),
			"b.hcl": entry("aws_sns_topic", `  cloudformation = ["AWS::SQS::Queue"]`),
		},
		want: []string{`b.hcl:7,`, `AWS::SQS::Queue is already covered by entry aws-sqs-queue at a.hcl:7,`},
	}, {
		name: "Terraform alias claimed by two entries",
		files: map[string]string{
			"a.hcl": entry("aws_lb", `  terraform = ["aws_lb", "aws_alb"]`),
			"b.hcl": entry("aws_alb"),
		},
		want: []string{`b.hcl:1,`, `aws_alb is already covered by entry aws-lb`},
	}, {
		name: "wrong types",
		files: map[string]string{"sqs.hcl": `mapping "aws_sqs_queue" {
  service = 3
  status  = "direct"
  azurerm = "azurerm_servicebus_queue"
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/"
  note    = true
}
`},
		want: []string{`sqs.hcl:2,`, `service must be a string, not number`, `sqs.hcl:4,`, `azurerm must be a list of strings`, `sqs.hcl:6,`, `note must be a string, not bool`},
	}, {
		name: "missing note and bad link",
		files: map[string]string{"sqs.hcl": `mapping "aws_sqs_queue" {
  service = "Azure Service Bus"
  status  = "partial"
  link    = "http://learn.microsoft.com/"
}
`},
		want: []string{`sqs.hcl:1,`, `"note" is required`, `sqs.hcl:4,`, `must be an https:// URL`},
	}, {
		name: "names of the wrong shape",
		files: map[string]string{"sqs.hcl": entry("aws_sqs_queue",
			`  cloudformation = ["SQS::Queue"]`,
			`  arm            = ["servicebus/queues"]`,
			`  requires       = ["servicebus_namespace"]`,
			`  caveat "Fifo_Sessions" {`,
			`    severity = "info"`,
			`    message  = "m"`,
			`  }`)},
		want: []string{`sqs.hcl:7,`, `"SQS::Queue" in cloudformation`, `sqs.hcl:8,`, `"servicebus/queues" in arm`, `sqs.hcl:9,`, `"servicebus_namespace" in requires`, `sqs.hcl:10,`, `"Fifo_Sessions" must be lower-case`},
	}, {
		name: "direct target without azurerm types",
		files: map[string]string{"sqs.hcl": `mapping "aws_sqs_queue" {
  service = "Azure Service Bus"
  status  = "direct"
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/"
  note    = "A queue."
}
`},
		want: []string{`sqs.hcl:1,`, `A direct target must name the azurerm type`},
	}, {
		name: "target and caveat share a label",
		files: map[string]string{"sqs.hcl": entry("aws_sqs_queue",
			`  target "fifo" {`,
			`    when    = true`,
			`    service = "s"`,
			`    status  = "none"`,
			`    note    = "n"`,
			`  }`,
			`  caveat "fifo" {`,
			`    severity = "info"`,
			`    message  = "m"`,
			`  }`)},
		want: []string{`sqs.hcl:13,`, `"fifo" is already used in this entry at sqs.hcl:7,`},
	}, {
		name:  "bad label",
		files: map[string]string{"x.hcl": entry("azurerm_thing") + `data "AWS::EC2::VPC" {}` + "\n"},
		want:  []string{`x.hcl:1,`, `"azurerm_thing" must be`, `x.hcl:8,`, `"AWS::EC2::VPC" must be an aws_* Terraform data source type`},
	}, {
		name:  "unknown block type",
		files: map[string]string{"x.hcl": `resource "aws_sqs_queue" {}` + "\n"},
		want:  []string{`x.hcl:1,`, `Blocks of type "resource" are not expected here`},
	}, {
		name:  "syntax error",
		files: map[string]string{"x.hcl": "mapping \"aws_sqs_queue\" {\n  service = \n}\n"},
		want:  []string{`x.hcl:2,`},
	}, {
		name: "shared caveat unknown, unused, and clashing with an own label",
		files: map[string]string{"iam.hcl": entry("aws_iam_policy",
			`  shared_caveats = ["deny", "nope"]`,
			`  caveat "deny" {`,
			`    severity = "info"`,
			`    message  = "m"`,
			`  }`) + `
caveat "deny" {
  severity = "info"
  message  = "shared"
}

caveat "spare" {
  severity = "info"
  message  = "never used"
}
`},
		want: []string{`"nope" is not a top-level caveat block of this file`, `"deny" is already used in this entry`,
			`iam.hcl:19,`, `No entry of this file lists "spare"`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, src := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(src)}
			}
			kb, err := Load(fsys)
			if err == nil {
				t.Fatalf("Load succeeded with %d entries; want an error", len(kb.All()))
			}
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("error is %T, want *LoadError: %v", err, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error does not mention %q:\n%v", w, err)
				}
			}
		})
	}
}

func TestLoadOverlay(t *testing.T) {
	fsys := fstest.MapFS{
		"team/sqs.hcl": {Data: []byte(entry("aws_sqs_queue",
			`  cloudformation = ["AWS::SQS::Queue"]`,
			`  target "storage" {`,
			`    when    = try(tonumber(self.message_retention_seconds) > 1209600, false)`,
			`    service = "Azure Queue Storage"`,
			`    status  = "partial"`,
			`    azurerm = ["azurerm_storage_queue"]`,
			`    note    = "n"`,
			`  }`,
			`  caveat "fifo" {`,
			`    when     = try(self.fifo_queue, self.FifoQueue, false)`,
			`    severity = "warning"`,
			`    message  = "m"`,
			`    link     = "https://learn.microsoft.com/azure/service-bus-messaging/message-sessions"`,
			`  }`))},
		"data.hcl":   {Data: []byte(`data "aws_region" { ` + "\n" + `service = "Azure regions"` + "\n" + `status = "implicit"` + "\n" + `link = "https://learn.microsoft.com/azure/"` + "\n" + `note = "n"` + "\n}\n")},
		"README.md":  {Data: []byte("not loaded")},
		"empty.hcl":  {Data: []byte("# nothing\n")},
		"other/x.tf": {Data: []byte("garbage")},
	}
	kb, err := Load(fsys)
	if err != nil {
		t.Fatal(err)
	}
	m := kb.Resource("aws_sqs_queue")
	if m == nil {
		t.Fatal("aws_sqs_queue not loaded")
	}
	type loaded struct {
		IDs       []string
		Terraform []string
		CFN       []string
		AWSCC     []string
		Target    string
		TLink     string
		Caveat    string
		Severity  string
		DeclFile  string
		Data      bool
	}
	got := loaded{
		Terraform: m.Terraform, CFN: m.CloudFormation, AWSCC: m.AWSCC,
		Target: m.Target("storage").Name, TLink: m.Target("storage").Link,
		Caveat: m.Caveat("fifo").ID, Severity: string(m.Caveat("aws-sqs-queue/fifo").Severity),
		DeclFile: m.DeclRange.Filename, Data: kb.Data("aws_region").Data,
	}
	for _, e := range kb.All() {
		got.IDs = append(got.IDs, e.ID)
	}
	want := loaded{
		IDs:       []string{"aws-sqs-queue", "data-aws-region"},
		Terraform: []string{"aws_sqs_queue"}, CFN: []string{"AWS::SQS::Queue"}, AWSCC: []string{"awscc_sqs_queue"},
		Target: "storage", TLink: "https://learn.microsoft.com/azure/service-bus-messaging/",
		Caveat: "aws-sqs-queue/fifo", Severity: "warning", DeclFile: "team/sqs.hcl", Data: true,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("loaded entry (-want +got):\n%s", diff)
	}
	if kb.Resource("aws_region") != nil || kb.Data("aws_sqs_queue") != nil {
		t.Error("resource and data source namespaces are mixed")
	}
	if m, c := kb.Rule("aws-sqs-queue/nope"); m != nil || c != nil {
		t.Error("Rule found a caveat that does not exist")
	}
	if m, c := kb.Rule("no-slash"); m != nil || c != nil {
		t.Error("Rule accepted an ID without a slash")
	}
}

func TestLoadEmpty(t *testing.T) {
	kb, err := Load(fstest.MapFS{})
	if err != nil {
		t.Fatal(err)
	}
	if len(kb.All()) != 0 || kb.Resource("aws_sqs_queue") != nil {
		t.Error("empty FS produced entries")
	}
	var nilKB *KB
	if nilKB.Resource("x") != nil || nilKB.Data("x") != nil || nilKB.CloudFormation("x") != nil || nilKB.All() != nil || nilKB.Mapping("x") != nil {
		t.Error("nil KB lookups must return nil")
	}
}

func TestLoadErrorListsEveryProblem(t *testing.T) {
	_, err := Load(fstest.MapFS{
		"a.hcl": {Data: []byte(entry("aws_sqs_queue", `  bogus = 1`))},
		"b.hcl": {Data: []byte(entry("aws_sns_topic", `  status2 = 1`))},
	})
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("want *LoadError, got %v", err)
	}
	var got []string
	for _, d := range le.Diagnostics {
		if d.Severity == hcl.DiagError {
			got = append(got, d.Subject.Filename)
		}
	}
	if diff := cmp.Diff([]string{"a.hcl", "b.hcl"}, got); diff != "" {
		t.Errorf("diagnostics by file (-want +got):\n%s", diff)
	}
	if !strings.HasPrefix(err.Error(), "knowledge base has 2 error(s)") {
		t.Errorf("error text: %v", err)
	}
}

// A top-level caveat is included by several entries of its file, each
// reporting it under its own rule ID.
func TestLoadSharedCaveat(t *testing.T) {
	src := entry("aws_iam_policy", `  shared_caveats = ["deny-statements"]`) +
		entry("aws_iam_role_policy", `  shared_caveats = ["deny-statements"]`) + `
caveat "deny-statements" {
  when     = can(regex("Deny", self.policy))
  severity = "warning"
  message  = "Custom roles can't deny."
}
`
	kb, err := Load(fstest.MapFS{"iam.hcl": &fstest.MapFile{Data: []byte(src)}})
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{"aws-iam-policy", "aws-iam-role-policy"} {
		m := kb.Resource(strings.ReplaceAll(id, "-", "_"))
		c := m.Caveat("deny-statements")
		if c == nil {
			t.Fatalf("%s has no deny-statements caveat: %+v", id, m.Caveats)
		}
		if c.ID != id+"/deny-statements" || c.Severity != "warning" || c.WhenText != `can(regex("Deny", self.policy))` {
			t.Errorf("%s: caveat = %+v", id, *c)
		}
	}
}
