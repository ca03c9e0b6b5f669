package scan

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/parser"
)

func tree() fstest.MapFS {
	f := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	m := fstest.MapFS{
		"a/main.tf":       f("variable \"n\" { default = \"q\" }\nresource \"aws_sqs_queue\" \"q\" { name = var.n }\n"),
		"a/other.tf":      f(`resource "aws_sns_topic" "t" {}`),
		"b/x.tf.json":     f(`{"resource": {"aws_s3_bucket": {"b": {}}}}`),
		"stack.yaml":      f("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n"),
		"not-cfn.yaml":    f("name: x\n"),
		"compose.json":    f(`{"services": {}}`),
		"broken.template": f("AWSTemplateFormatVersion: '2010-09-09'\nResources: [\n"),
	}
	// Enough units that the workers interleave.
	for i := range 40 {
		m[fmt.Sprintf("many/t%02d.json", i)] = f(fmt.Sprintf(`{"Resources": {"R%d": {"Type": "AWS::SNS::Topic"}}}`, i))
	}
	return m
}

func addresses(p parser.Parsed) []string {
	var out []string
	for _, r := range p.Resources {
		out = append(out, r.Range.File+":"+r.Address)
	}
	return out
}

func TestParseJoinsUnitsInDiscoveryOrder(t *testing.T) {
	first, err := Parse(context.Background(), tree(), []string{"."}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"a/main.tf:aws_sqs_queue.q", "a/other.tf:aws_sns_topic.t", "b/x.tf.json:aws_s3_bucket.b"}
	for i := range 40 {
		want = append(want, fmt.Sprintf("many/t%02d.json:R%d", i, i))
	}
	want = append(want, "stack.yaml:Q")
	if diff := cmp.Diff(want, addresses(first)); diff != "" {
		t.Fatalf("resources (-want +got):\n%s", diff)
	}
	if len(first.Diagnostics) != 1 || first.Diagnostics[0].Range.File != "broken.template" || first.Diagnostics[0].Range.Start.Line < 2 {
		t.Errorf("diagnostics = %+v, want one for broken.template", first.Diagnostics)
	}
	for range 5 {
		again, err := Parse(context.Background(), tree(), []string{"."}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(addresses(first), addresses(again)); diff != "" {
			t.Fatalf("order changed between runs:\n%s", diff)
		}
	}
}

func TestParseExplicitFileKeepsModuleContext(t *testing.T) {
	p, err := Parse(context.Background(), tree(), []string{"a/main.tf"}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a/main.tf:aws_sqs_queue.q"}, addresses(p)); diff != "" {
		t.Fatalf("resources (-want +got):\n%s", diff)
	}
	name, _ := p.Resources[0].Attr("name")
	if !name.IsKnown() || name.AsString() != "q" {
		t.Errorf("name = %#v, want the variable default", name)
	}
}

func TestParseMissingPathAndCancel(t *testing.T) {
	if _, err := Parse(context.Background(), tree(), []string{"nope"}, Options{}); !errors.Is(err, parser.ErrNotExist) {
		t.Errorf("missing path: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Parse(ctx, tree(), []string{"."}, Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
}

func TestGuardedTurnsPanicIntoDiagnostic(t *testing.T) {
	same := func(p parser.Parsed) parser.Parsed { return p }
	check := func(how string, p parser.Parsed) {
		t.Helper()
		if len(p.Diagnostics) != 1 || p.Diagnostics[0].Range.File != "x.tf" || p.Diagnostics[0].Severity != parser.SeverityError {
			t.Fatalf("%s: diagnostics = %+v", how, p.Diagnostics)
		}
	}
	out := guarded(func() unitOut[parser.Parsed] { panic("boom") }, "x.tf", same)
	if len(out.parts) != 1 {
		t.Fatalf("guarded gave %d parts", len(out.parts))
	}
	check("guarded", out.parts[0])
	check("guardedParse", guardedParse(func() parser.Parsed { panic("boom") }, "x.tf"))
	// A conversion (mapping) that panics costs its part only.
	calls := 0
	check("safeConv", safeConv(func(p parser.Parsed) parser.Parsed {
		if calls++; calls == 1 {
			panic("boom")
		}
		return p
	}, parser.Parsed{}, "x.tf"))
}

// Progress counts every file once and ends with all of them and every
// resource found.
func TestProgressCounts(t *testing.T) {
	var last [3]int
	calls := 0
	p, err := Parse(context.Background(), tree(), []string{"."}, Options{Progress: func(files, total, resources int) {
		calls++
		if files < last[0] || resources < last[2] || (last[1] != 0 && total != last[1]) {
			t.Errorf("progress went back: %v then %d/%d %d", last, files, total, resources)
		}
		last = [3]int{files, total, resources}
	}})
	if err != nil {
		t.Fatal(err)
	}
	if calls < 2 || last[0] != last[1] || last[2] != len(p.Resources) {
		t.Errorf("%d calls, last %v; %d resources", calls, last, len(p.Resources))
	}
}
