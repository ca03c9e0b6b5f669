package main

import (
	"slices"
	"strings"
	"testing"

	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// ruleInfo describes the three kinds of rule ID a scan reports from the
// built-in knowledge base, and nothing else.
func TestRuleInfo(t *testing.T) {
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	info := ruleInfo(kb)

	_, c := kb.Rule("aws-sqs-queue/fifo-sessions")
	got, ok := info("aws-sqs-queue/fifo-sessions")
	if !ok || got.Description != c.Message || got.Link != c.Link || got.Severity != c.Severity ||
		!slices.Contains(got.Tags, "AWS::SQS") || !slices.Contains(got.Tags, "Azure Service Bus") {
		t.Errorf("caveat: %+v, %v", got, ok)
	}

	m := kb.Mapping("aws-devicefarm-project")
	got, ok = info("aws-devicefarm-project")
	if !ok || got.Severity != parser.SeverityError || got.Short != "aws_devicefarm_project has no Azure equivalent" ||
		!strings.Contains(got.Description, m.Default.Note) || strings.Contains(got.Description, "awscc_") || got.Link != m.Default.Link {
		t.Errorf("entry without an Azure equivalent: %+v, %v", got, ok)
	}

	got, ok = info(rules.RuleUnknownType)
	if !ok || got.Description != rules.EngineRules[rules.RuleUnknownType] || got.Severity != "" {
		t.Errorf("engine rule: %+v, %v", got, ok)
	}

	for _, id := range []string{"aws-sqs-queue/no-such-caveat", "aws-sqs-queue", "no-such-entry", ""} {
		if got, ok := info(id); ok {
			t.Errorf("%q: %+v, want no rule", id, got)
		}
	}
}
