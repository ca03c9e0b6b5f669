package mappings

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestOverlay(t *testing.T) {
	base := builtin(t)
	user, err := Load(fstest.MapFS{"team.hcl": {Data: []byte(`# Our platform team prefers Storage queues.
mapping "aws_sqs_queue" {
  cloudformation = ["AWS::SQS::Queue"]
  service        = "Azure Queue Storage"
  status         = "partial"
  azurerm        = ["azurerm_storage_queue"]
  link           = "https://learn.microsoft.com/azure/storage/queues/"
  note           = "team choice"
}

mapping "AWS::SQS::QueuePolicy" {
  service = "Azure role-based access control"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/"
  note    = "team choice"
}
`)}})
	if err != nil {
		t.Fatal(err)
	}
	kb, err := base.Overlay(user)
	if err != nil {
		t.Fatal(err)
	}
	if got := kb.Resource("aws_sqs_queue").Default.Service; got != "Azure Queue Storage" {
		t.Errorf("aws_sqs_queue service = %q, want the user's", got)
	}
	if got := kb.CloudFormation("AWS::SQS::Queue"); got == nil || got.Default.Service != "Azure Queue Storage" {
		t.Errorf("AWS::SQS::Queue not taken over by the user's entry: %+v", got)
	}
	if m := kb.CloudFormation("AWS::SQS::QueuePolicy"); m == nil || m.ID != "aws-sqs-queuepolicy" {
		t.Errorf("AWS::SQS::QueuePolicy = %+v, want the user's entry", m)
	}
	// The base entry that held AWS::SQS::QueuePolicy keeps its Terraform type.
	if m := kb.Resource("aws_sqs_queue_policy"); m == nil || m.ID != "aws-sqs-queue-policy" {
		t.Errorf("aws_sqs_queue_policy = %+v, want the built-in entry", m)
	}
	if m := kb.Resource("aws_db_instance"); m != base.Resource("aws_db_instance") {
		t.Error("entries the user did not touch must be the built-in ones")
	}
	if len(kb.All()) != len(base.All())+1 {
		t.Errorf("entries = %d, want %d (one replaced, one added)", len(kb.All()), len(base.All())+1)
	}
	if base.Resource("aws_sqs_queue").Default.Service == "Azure Queue Storage" {
		t.Error("Overlay modified the base knowledge base")
	}
}

func TestOverlayRejectsUnknownAzurerm(t *testing.T) {
	user, err := Load(fstest.MapFS{"bad.hcl": {Data: []byte(`mapping "aws_sqs_queue" {
  service = "Azure Service Bus"
  status  = "direct"
  azurerm = ["azurerm_servicebus_queueue"]
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/"
  note    = "typo"
}
`)}})
	if err != nil {
		t.Fatal(err)
	}
	_, err = builtin(t).Overlay(user)
	var le *LoadError
	if !errors.As(err, &le) || !strings.Contains(err.Error(), "bad.hcl:1,") || !strings.Contains(err.Error(), "azurerm_servicebus_queueue") {
		t.Fatalf("err = %v, want an unknown-azurerm error at bad.hcl:1", err)
	}
}
