package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// The csv format: one row per resource, for a migration spreadsheet.
//
// The columns, in this order, which only ever grows at the end:
//
//	file            the resource's file
//	line            its first line (0 when unknown)
//	address         the Terraform address or CloudFormation logical ID / construct path
//	aws_type        aws_sqs_queue, AWS::SQS::Queue
//	status          direct, partial, none, implicit or unknown
//	azure_service   Azure Service Bus
//	azurerm_types   azurerm resource types, "; "-separated
//	arm_types       ARM resource types, "; "-separated
//	azure_location  the Azure location for the AWS region, when known
//	translations    "name: from -> to (note)", "; "-separated
//	errors          findings on the resource by severity (suppressed ones
//	warnings        not counted)
//	info
//	suppressed      suppressed findings on the resource
//	rules           rule IDs of the counted findings, "; "-separated, each once
//	note            the mapping's note (what to do instead, where the setting lives)
//	repository      the resource's repository: only in a merged result (a2z
//	                report merge), where every row has it
//
// The first row is this header. Quoting is RFC 4180 (encoding/csv); records
// end with LF. A text cell that a spreadsheet would read as a formula (it
// starts with =, +, -, @, tab or CR) gets a leading apostrophe. Findings that
// match no resource and diagnostics have no row.
type csvReporter struct{}

var csvHeader = []string{
	"file", "line", "address", "aws_type", "status", "azure_service", "azurerm_types", "arm_types",
	"azure_location", "translations", "errors", "warnings", "info", "suppressed", "rules", "note",
}

// Report writes r as CSV, one row per resource.
func (csvReporter) Report(w io.Writer, r *rules.Result) error {
	r = orEmpty(r)
	// The writer buffers and writes as it goes: a monorepo's report is
	// tens of megabytes.
	cw := csv.NewWriter(w)
	merged := slices.ContainsFunc(r.Resources, func(m rules.Mapped) bool { return m.Resource.Repository != "" })
	header := csvHeader
	if merged {
		header = append(slices.Clip(csvHeader), "repository")
	}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("encoding CSV report: %w", err)
	}
	for _, g := range groupByFile(r) {
		for _, e := range g.resources {
			row := csvRow(e)
			if merged {
				row = append(row, noFormula(e.m.Resource.Repository))
			}
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("encoding CSV report: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV report: %w", err)
	}
	return nil
}

func csvRow(e *resourceEntry) []string {
	m := e.m
	bySev := map[parser.Severity]int{}
	suppressed := 0
	var ruleIDs []string
	for _, f := range e.findings {
		if f.Suppressed != nil {
			suppressed++
			continue
		}
		bySev[f.Severity]++
		if f.Rule != "" && !slices.Contains(ruleIDs, f.Rule) {
			ruleIDs = append(ruleIDs, f.Rule)
		}
	}
	translations := make([]string, 0, len(m.Translations))
	for _, t := range m.Translations {
		s := t.Name + ": " + t.From + " -> " + t.To
		if t.To == "" {
			s += "?"
		}
		if t.Note != "" {
			s += " (" + t.Note + ")"
		}
		translations = append(translations, s)
	}
	row := []string{
		m.Resource.Range.File,
		strconv.Itoa(m.Resource.Range.Start.Line),
		m.Resource.Address,
		m.Resource.Type,
		string(m.Status),
		m.Service,
		strings.Join(m.Azurerm, "; "),
		strings.Join(m.ARM, "; "),
		m.Location,
		strings.Join(translations, "; "),
		strconv.Itoa(bySev[parser.SeverityError]),
		strconv.Itoa(bySev[parser.SeverityWarning]),
		strconv.Itoa(bySev[parser.SeverityInfo]),
		strconv.Itoa(suppressed),
		strings.Join(ruleIDs, "; "),
		m.Note,
	}
	for i, cell := range row {
		row[i] = noFormula(cell)
	}
	return row
}

// noFormula prefixes an apostrophe to a cell a spreadsheet would evaluate.
func noFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
