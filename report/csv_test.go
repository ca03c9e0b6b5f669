package report

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func readCSV(t *testing.T, out []byte) [][]string {
	t.Helper()
	rd := csv.NewReader(strings.NewReader(string(out)))
	rows, err := rd.ReadAll() // also checks every row has the header's width
	if err != nil {
		t.Fatalf("not valid CSV: %v\n%s", err, out)
	}
	return rows
}

// Values with commas, quotes and line breaks come back as written (a formula
// inside a cell is not evaluated; noFormula handles a cell that starts with one).
func TestCSVQuoting(t *testing.T) {
	r := hostileResult()
	rows := readCSV(t, render(t, "csv", Options{}, r))
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want the header and 1 resource", len(rows))
	}
	if diff := cmp.Diff(csvHeader, rows[0]); diff != "" {
		t.Errorf("header (-want +got):\n%s", diff)
	}
	row := map[string]string{}
	for i, name := range rows[0] {
		row[name] = rows[1][i]
	}
	m := r.Resources[0]
	for col, want := range map[string]string{
		"file":          m.Resource.Range.File,
		"line":          "1",
		"address":       m.Resource.Address,
		"status":        "partial",
		"azure_service": m.Service,
		"translations":  "size: =HYPERLINK(\"http://evil\") -> a,b (line1\nline2)",
		"errors":        "1",
		"info":          "0",
		"rules":         "r/one",
		"note":          strings.ReplaceAll(m.Note, "\r\n", "\n"), // encoding/csv reads CRLF in a field as LF
	} {
		if row[col] != want {
			t.Errorf("%s = %q, want %q", col, row[col], want)
		}
	}
}

func TestNoFormula(t *testing.T) {
	for in, want := range map[string]string{"=1+1": "'=1+1", "+x": "'+x", "-x": "'-x", "@x": "'@x", "\tx": "'\tx", "a=b": "a=b", "": ""} {
		if got := noFormula(in); got != want {
			t.Errorf("noFormula(%q) = %q, want %q", in, got, want)
		}
	}
}

// One row per resource, findings counted on their resource, suppressed ones apart.
func TestCSVCounts(t *testing.T) {
	rows := readCSV(t, render(t, "csv", Options{}, suppressedResult()))
	if len(rows) != 1+7 {
		t.Fatalf("got %d rows, want 8", len(rows))
	}
	var jobs []string
	for _, row := range rows {
		if row[2] == "aws_sqs_queue.jobs" {
			jobs = row
		}
	}
	want := []string{"infra/main.tf", "1", "aws_sqs_queue.jobs", "aws_sqs_queue", "direct", "Azure Service Bus",
		"azurerm_servicebus_queue", "Microsoft.ServiceBus/namespaces/queues", "northeurope", "",
		"0", "2", "0", "1", "aws-sqs-queue/fifo-sessions; aws-sqs-queue/visibility-timeout", ""}
	if diff := cmp.Diff(want, jobs); diff != "" {
		t.Errorf("aws_sqs_queue.jobs row (-want +got):\n%s", diff)
	}
}
