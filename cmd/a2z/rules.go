package main

import (
	"slices"
	"strings"

	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/report"
	"github.com/a2z/a2z/rules"
)

// ruleInfo returns the rule descriptions the SARIF report lists, read from
// the knowledge base: an engine rule (a2z/*), a caveat
// ("aws-sqs-queue/fifo-sessions"), or an entry ID, which is the rule of the
// finding for a type with no Azure equivalent.
func ruleInfo(kb *mappings.KB) func(id string) (report.RuleInfo, bool) {
	return func(id string) (report.RuleInfo, bool) {
		if desc, ok := rules.EngineRules[id]; ok {
			return report.RuleInfo{Description: desc, Tags: []string{"a2z-engine"}}, true
		}
		if m, c := kb.Rule(id); c != nil {
			link := c.Link
			if link == "" {
				link = m.Default.Link
			}
			return report.RuleInfo{Description: c.Message, Link: link, Severity: c.Severity, Tags: serviceTags(m)}, true
		}
		if m := kb.Mapping(id); m != nil {
			if t := noneTarget(m); t != nil {
				return noneInfo(m, t), true
			}
		}
		return report.RuleInfo{}, false
	}
}

// noneInfo describes the rule of the finding for a type with no Azure
// equivalent (target t of entry m).
func noneInfo(m *mappings.Mapping, t *mappings.Target) report.RuleInfo {
	// The Terraform and CloudFormation names; the awscc ones follow from the
	// latter.
	types := slices.DeleteFunc(awsTypes(m), func(typ string) bool { return slices.Contains(m.AWSCC, typ) })
	if len(types) == 0 {
		types = []string{m.ID}
	}
	desc := strings.Join(types, ", ") + " has no Azure equivalent"
	if t.Note != "" {
		desc += ": " + t.Note
	}
	return report.RuleInfo{
		Short:       types[0] + " has no Azure equivalent",
		Description: desc,
		Link:        t.Link,
		Severity:    parser.SeverityError,
		Tags:        serviceTags(m),
	}
}

// noneTarget is the entry's target with status none: the default, or else
// the first conditional one (the finding names the entry either way). Nil
// when no target has status none: the entry ID is then no rule.
func noneTarget(m *mappings.Mapping) *mappings.Target {
	if m.Default.Status == mappings.StatusNone {
		return &m.Default
	}
	for i := range m.Targets {
		if m.Targets[i].Status == mappings.StatusNone {
			return &m.Targets[i]
		}
	}
	return nil
}

// serviceTags names the AWS service of an entry (its CloudFormation
// namespace, AWS::SQS, or else its Terraform docs category) and the Azure
// service of its default target.
func serviceTags(m *mappings.Mapping) []string {
	var tags []string
	if len(m.CloudFormation) > 0 {
		if i := strings.LastIndex(m.CloudFormation[0], "::"); i > 0 {
			tags = append(tags, m.CloudFormation[0][:i])
		}
	} else if len(m.Terraform) > 0 {
		if g := terraformGroup(m.Terraform[0], m.Data); g != "" {
			tags = append(tags, "AWS "+g)
		}
	}
	if m.Default.Service != "" {
		tags = append(tags, m.Default.Service)
	}
	return tags
}

// terraformGroup is the Terraform AWS provider's docs category of a type.
func terraformGroup(tfType string, data bool) string {
	ref := mappings.LoadReference()
	list := ref.AWSResources
	if data {
		list = ref.AWSDataSources
	}
	for _, t := range list {
		if t.Type == tfType {
			return t.Group
		}
	}
	return ""
}
