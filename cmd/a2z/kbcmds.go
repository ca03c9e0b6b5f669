package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/rules"
)

// The knowledge-base commands: mappings (list), explain (one entry or rule)
// and coverage (against the reference lists). Their JSON carries a version
// like the scan output does.

const kbJSONVersion = 1

func newMappingsCmd(g *globalFlags, stdout io.Writer) *cobra.Command {
	var format, output string
	cmd := &cobra.Command{
		Use:   "mappings [TYPE...]",
		Short: "List the knowledge base: what each AWS type becomes on Azure",
		Long: `Mappings prints the knowledge base, whole or for the given types (Terraform
aws_*, awscc_* or data source types, CloudFormation AWS::* types, or entry IDs).

The markdown format is the one docs/mappings.md is generated with.`,
		Example: `  a2z mappings aws_sqs_queue AWS::RDS::DBInstance
  a2z mappings --format json -o kb.json
  a2z mappings --format markdown -o docs/mappings.md`,
		RunE: func(_ *cobra.Command, args []string) error {
			kb, err := g.knowledgeBase()
			if err != nil {
				return err
			}
			entries := kb.All()
			if len(args) > 0 {
				entries = entries[:0:0]
				for _, a := range args {
					m := findEntry(kb, a)
					if m == nil {
						return usageError("%s: no knowledge-base entry for this type or ID (a2z mappings lists them all)", a)
					}
					if !slices.Contains(entries, m) {
						entries = append(entries, m)
					}
				}
			}
			var buf bytes.Buffer
			switch format {
			case "text":
				for i, m := range entries {
					if i > 0 {
						buf.WriteString("\n")
					}
					writeEntryText(&buf, m, "")
				}
			case "json":
				if err := writeJSON(&buf, struct {
					Version  int         `json:"version"`
					Mappings []entryJSON `json:"mappings"`
				}{kbJSONVersion, entriesJSON(entries)}); err != nil {
					return err
				}
			case "markdown":
				writeEntriesMarkdown(&buf, entries)
			default:
				return usageError("--format %q is not one of text, json, markdown", format)
			}
			return emit(stdout, output, buf.Bytes())
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json, markdown")
	cmd.Flags().StringVarP(&output, "output", "o", "", "write to `FILE` instead of standard output")
	return cmd
}

func newExplainCmd(g *globalFlags, stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "explain ID|TYPE",
		Short: "Explain one mapping or caveat in full",
		Long: `Explain prints one knowledge-base entry in full: its AWS types, the Azure
target, the conditional targets with their conditions, and every caveat
with its severity, condition and documentation link.

The argument is a rule ID from a scan (aws-sqs-queue/fifo-sessions), an
entry ID (aws-db-instance) or a type (aws_sqs_queue, AWS::SQS::Queue,
awscc_sqs_queue, data.aws_ami).`,
		Example: `  a2z explain aws-sqs-queue/fifo-sessions
  a2z explain AWS::RDS::DBInstance`,
		Args: cobra.ExactArgs(1),
		RunE: func(_ *cobra.Command, args []string) error {
			kb, err := g.knowledgeBase()
			if err != nil {
				return err
			}
			id := args[0]
			if desc, ok := rules.EngineRules[id]; ok {
				_, err := fmt.Fprintf(stdout, "%s (reported by the engine itself)\n  %s\n", id, desc)
				return err
			}
			m := findEntry(kb, id)
			focus := ""
			if m == nil {
				if entryID, name, ok := strings.Cut(id, "/"); ok {
					m = kb.Mapping(entryID)
					if m != nil && m.Caveat(id) == nil && m.Target(name) == nil {
						m = nil
					}
					focus = id
				}
			}
			if m == nil {
				return usageError("%s: not a knowledge-base entry, rule or type (a2z mappings lists them all)", id)
			}
			var buf bytes.Buffer
			writeEntryText(&buf, m, focus)
			_, err = stdout.Write(buf.Bytes())
			return err
		},
	}
}

func newCoverageCmd(g *globalFlags, stdout io.Writer) *cobra.Command {
	var format string
	var missing bool
	cmd := &cobra.Command{
		Use:   "coverage",
		Short: "Show how much of AWS the knowledge base classifies",
		Long: `Coverage measures the knowledge base against the reference lists built into
a2z: every aws_* resource type and data source of the Terraform AWS provider
and every CloudFormation resource type. Per AWS service it counts the types
classified and their status; the totals are the project's coverage figure.`,
		Example: `  a2z coverage
  a2z coverage --missing          # name the types not classified yet
  a2z coverage --format json`,
		Args: cobra.NoArgs,
		RunE: func(_ *cobra.Command, _ []string) error {
			kb, err := g.knowledgeBase()
			if err != nil {
				return err
			}
			groups := kb.Coverage()
			var buf bytes.Buffer
			switch format {
			case "text":
				writeCoverageText(&buf, groups, missing)
			case "json":
				if err := writeJSON(&buf, coverageJSON(groups)); err != nil {
					return err
				}
			default:
				return usageError("--format %q is not one of text, json", format)
			}
			_, err = stdout.Write(buf.Bytes())
			return err
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text, json")
	cmd.Flags().BoolVar(&missing, "missing", false, "list the types that are not classified")
	return cmd
}

// findEntry resolves an entry ID or any type spelling to its entry.
func findEntry(kb *mappings.KB, s string) *mappings.Mapping {
	if m := kb.Mapping(s); m != nil {
		return m
	}
	if t, ok := strings.CutPrefix(s, "data."); ok {
		return kb.Data(t)
	}
	if strings.Contains(s, "::") {
		return kb.CloudFormation(s)
	}
	return kb.Resource(s)
}

func emit(stdout io.Writer, output string, data []byte) error {
	if output == "" {
		_, err := stdout.Write(data)
		return err
	}
	if err := os.WriteFile(output, data, 0o644); err != nil {
		return &codeError{code: exitError, err: err}
	}
	return nil
}

func writeJSON(w *bytes.Buffer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// awsTypes lists every AWS spelling an entry covers.
func awsTypes(m *mappings.Mapping) []string {
	var out []string
	for _, t := range m.Terraform {
		if m.Data {
			t = "data." + t
		}
		out = append(out, t)
	}
	out = append(out, m.CloudFormation...)
	return append(out, m.AWSCC...)
}

func writeEntryText(w *bytes.Buffer, m *mappings.Mapping, focus string) {
	fmt.Fprintf(w, "%s\n", m.ID)
	fmt.Fprintf(w, "  AWS types:  %s\n", strings.Join(awsTypes(m), ", "))
	writeTargetText(w, "  ", m.Default)
	if m.Differs != "" {
		fmt.Fprintf(w, "  Differs:    %s\n", m.Differs)
	}
	if len(m.Targets) > 0 {
		w.WriteString("  Conditional targets (the first whose condition holds):\n")
		for _, t := range m.Targets {
			mark := ""
			if focus == m.ID+"/"+t.Name {
				mark = "  <- " + focus
			}
			fmt.Fprintf(w, "    %s/%s%s\n      when %s\n", m.ID, t.Name, mark, t.WhenText)
			writeTargetText(w, "      ", t)
		}
	}
	if len(m.Translations) > 0 {
		w.WriteString("  Translations:\n")
		for _, tr := range m.Translations {
			fmt.Fprintf(w, "    %s: %s through table %s, for example\n", tr.Name, tr.ValueText, tr.Table)
			for _, e := range mappings.TableExamples(tr.Table) {
				to := e.Azure
				if !e.OK {
					to = "(no mechanical answer)"
				}
				fmt.Fprintf(w, "      %s -> %s\n", e.AWS, to)
			}
		}
	}
	if len(m.Caveats) > 0 {
		w.WriteString("  Caveats:\n")
		for _, c := range m.Caveats {
			mark := ""
			if focus == c.ID {
				mark = "  <- " + focus
			}
			fmt.Fprintf(w, "    %s [%s]%s\n", c.ID, c.Severity, mark)
			if c.WhenText != "" {
				fmt.Fprintf(w, "      when %s\n", c.WhenText)
			} else {
				w.WriteString("      always\n")
			}
			fmt.Fprintf(w, "      %s\n", c.Message)
			if c.Link != "" {
				fmt.Fprintf(w, "      %s\n", c.Link)
			}
		}
	}
}

func writeTargetText(w *bytes.Buffer, indent string, t mappings.Target) {
	fmt.Fprintf(w, "%sAzure:      %s [%s]\n", indent, t.Service, t.Status)
	if len(t.Azurerm) > 0 {
		fmt.Fprintf(w, "%sTerraform:  %s\n", indent, strings.Join(t.Azurerm, ", "))
	}
	if len(t.Requires) > 0 {
		fmt.Fprintf(w, "%sNeeds:      %s\n", indent, strings.Join(t.Requires, ", "))
	}
	if len(t.ARM) > 0 {
		fmt.Fprintf(w, "%sARM:        %s\n", indent, strings.Join(t.ARM, ", "))
	}
	if t.Link != "" {
		fmt.Fprintf(w, "%sDocs:       %s\n", indent, t.Link)
	}
	if t.Note != "" {
		fmt.Fprintf(w, "%sNote:       %s\n", indent, t.Note)
	}
}

type targetJSON struct {
	ID       string   `json:"id"`
	When     string   `json:"when,omitempty"`
	Service  string   `json:"azure_service"`
	Status   string   `json:"status"`
	Azurerm  []string `json:"azure_terraform"`
	ARM      []string `json:"azure_arm"`
	Requires []string `json:"requires"`
	Link     string   `json:"link"`
	Note     string   `json:"note"`
}

type caveatJSON struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	When     string `json:"when,omitempty"`
	Message  string `json:"message"`
	Link     string `json:"link"`
}

type translateJSON struct {
	Name  string `json:"name"`
	Value string `json:"value"`
	Table string `json:"table"`
}

type entryJSON struct {
	ID             string          `json:"id"`
	DataSource     bool            `json:"data_source"`
	Terraform      []string        `json:"terraform"`
	CloudFormation []string        `json:"cloudformation"`
	AWSCC          []string        `json:"awscc"`
	Target         targetJSON      `json:"target"`
	Differs        string          `json:"differs_from_comparison,omitempty"`
	Targets        []targetJSON    `json:"conditional_targets"`
	Caveats        []caveatJSON    `json:"caveats"`
	Translations   []translateJSON `json:"translations"`
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func toTargetJSON(id string, t mappings.Target) targetJSON {
	return targetJSON{ID: id, When: t.WhenText, Service: t.Service, Status: t.Status, Azurerm: nonNil(t.Azurerm),
		ARM: nonNil(t.ARM), Requires: nonNil(t.Requires), Link: t.Link, Note: t.Note}
}

func entriesJSON(entries []*mappings.Mapping) []entryJSON {
	out := make([]entryJSON, 0, len(entries))
	for _, m := range entries {
		e := entryJSON{ID: m.ID, DataSource: m.Data, Terraform: nonNil(m.Terraform), CloudFormation: nonNil(m.CloudFormation),
			AWSCC: nonNil(m.AWSCC), Target: toTargetJSON(m.ID, m.Default), Differs: m.Differs, Targets: []targetJSON{},
			Caveats: []caveatJSON{}, Translations: []translateJSON{}}
		for _, t := range m.Targets {
			e.Targets = append(e.Targets, toTargetJSON(m.ID+"/"+t.Name, t))
		}
		for _, c := range m.Caveats {
			e.Caveats = append(e.Caveats, caveatJSON{Rule: c.ID, Severity: string(c.Severity), When: c.WhenText, Message: c.Message, Link: c.Link})
		}
		for _, tr := range m.Translations {
			e.Translations = append(e.Translations, translateJSON{Name: tr.Name, Value: tr.ValueText, Table: tr.Table})
		}
		out = append(out, e)
	}
	return out
}

// mdCell escapes text for a Markdown table cell.
func mdCell(s string) string {
	return strings.NewReplacer("|", `\|`, "\n", " ").Replace(s)
}

func writeEntriesMarkdown(w *bytes.Buffer, entries []*mappings.Mapping) {
	w.WriteString("# a2z knowledge base\n\n")
	w.WriteString("Generated from `mappings/data/*.hcl` by `a2z mappings --format markdown`; do not edit by hand.\n\n")
	fmt.Fprintf(w, "%d entries.\n\n", len(entries))
	w.WriteString("| Entry | AWS types | Azure | Status | azurerm | Caveats |\n| --- | --- | --- | --- | --- | --- |\n")
	for _, m := range entries {
		azurerm := strings.Join(m.Default.Azurerm, ", ")
		if len(m.Targets) > 0 {
			names := make([]string, 0, len(m.Targets))
			for _, t := range m.Targets {
				names = append(names, t.Name)
			}
			azurerm = joinNonEmpty(azurerm, "conditional: "+strings.Join(names, ", "))
		}
		fmt.Fprintf(w, "| [%s](%s) | %s | %s | %s | %s | %d |\n", m.ID, m.Default.Link, mdCell(strings.Join(awsTypes(m), ", ")),
			mdCell(m.Default.Service), m.Default.Status, mdCell(azurerm), len(m.Caveats))
	}
	w.WriteString("\n## Caveats\n\n| Rule | Severity | When | Message |\n| --- | --- | --- | --- |\n")
	for _, m := range entries {
		for _, c := range m.Caveats {
			when := c.WhenText
			if when == "" {
				when = "always"
			}
			fmt.Fprintf(w, "| `%s` | %s | `%s` | %s |\n", c.ID, c.Severity, mdCell(when), mdCell(c.Message))
		}
	}
}

func joinNonEmpty(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

var coverageKinds = []struct{ kind, title string }{
	{mappings.CoverageTerraform, "Terraform resources"},
	{mappings.CoverageTerraformData, "Terraform data sources"},
	{mappings.CoverageCloudFormation, "CloudFormation types"},
}

var kbStatuses = []string{mappings.StatusDirect, mappings.StatusPartial, mappings.StatusNone, mappings.StatusImplicit}

func percent(n, total int) float64 {
	if total == 0 {
		return 100
	}
	return float64(n) * 100 / float64(total)
}

func writeCoverageText(w *bytes.Buffer, groups []mappings.CoverageGroup, missing bool) {
	allTotal, allClassified := 0, 0
	for _, k := range coverageKinds {
		total, classified := 0, 0
		var rows []mappings.CoverageGroup
		for _, g := range groups {
			if g.Kind == k.kind {
				total += g.Total
				classified += g.Classified()
				rows = append(rows, g)
			}
		}
		allTotal += total
		allClassified += classified
		fmt.Fprintf(w, "%s: %d of %d classified (%.1f%%)\n", k.title, classified, total, percent(classified, total))
		for _, g := range rows {
			var parts []string
			for _, st := range kbStatuses {
				if n := g.ByStatus[st]; n > 0 {
					parts = append(parts, fmt.Sprintf("%d %s", n, st))
				}
			}
			line := fmt.Sprintf("  %-48s %4d/%-4d %s", g.Group, g.Classified(), g.Total, strings.Join(parts, ", "))
			fmt.Fprintln(w, strings.TrimRight(line, " "))
			if missing && len(g.Missing) > 0 {
				fmt.Fprintf(w, "      missing: %s\n", strings.Join(g.Missing, ", "))
			}
		}
		w.WriteString("\n")
	}
	fmt.Fprintf(w, "Total: %d of %d reference types classified (%.1f%%)\n", allClassified, allTotal, percent(allClassified, allTotal))
}

type coverageGroupJSON struct {
	Group      string         `json:"group"`
	Total      int            `json:"total"`
	Classified int            `json:"classified"`
	ByStatus   map[string]int `json:"by_status"`
	Missing    []string       `json:"missing"`
}

type coverageKindJSON struct {
	Kind       string              `json:"kind"`
	Total      int                 `json:"total"`
	Classified int                 `json:"classified"`
	Groups     []coverageGroupJSON `json:"groups"`
}

func coverageJSON(groups []mappings.CoverageGroup) any {
	kinds := make([]coverageKindJSON, 0, len(coverageKinds))
	total, classified := 0, 0
	for _, k := range coverageKinds {
		kj := coverageKindJSON{Kind: k.kind, Groups: []coverageGroupJSON{}}
		for _, g := range groups {
			if g.Kind != k.kind {
				continue
			}
			by := map[string]int{}
			for _, st := range kbStatuses {
				by[st] = g.ByStatus[st]
			}
			kj.Groups = append(kj.Groups, coverageGroupJSON{Group: g.Group, Total: g.Total, Classified: g.Classified(), ByStatus: by, Missing: nonNil(g.Missing)})
			kj.Total += g.Total
			kj.Classified += g.Classified()
		}
		total += kj.Total
		classified += kj.Classified
		kinds = append(kinds, kj)
	}
	return struct {
		Version    int                `json:"version"`
		Total      int                `json:"total"`
		Classified int                `json:"classified"`
		Kinds      []coverageKindJSON `json:"kinds"`
	}{kbJSONVersion, total, classified, kinds}
}
