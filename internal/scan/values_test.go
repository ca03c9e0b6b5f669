package scan

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/a2z/a2z/parser"
)

// TestHostileLoopsAndSharing: a few lines of Terraform can ask for a
// billion loop iterations, or build values whose size doubles with each
// line (values share structure, so building them is free, but walking,
// comparing or printing them is not). Each must end in a warning at the
// expression, an unknown value, and the rest of the scan intact.
func TestHostileLoopsAndSharing(t *testing.T) {
	tuples := "locals {\n  l0 = [\"x\", \"x\"]\n"
	text := "locals {\n  s0 = \"xxxxxxxxxxxxxxxx\"\n"
	for i := 1; i <= 40; i++ {
		tuples += fmt.Sprintf("  l%d = [local.l%d, local.l%d]\n", i, i-1, i-1)
		text += fmt.Sprintf("  s%d = \"${local.s%d}${local.s%d}\"\n", i, i-1, i-1)
	}
	nums := "["
	for i := range 200 {
		nums += fmt.Sprintf("%d, ", i)
	}
	nums += "]"
	// 200³ iterations, with no context to count them in but the one a2z
	// makes for the purpose.
	cube := fmt.Sprintf("[for a in %s : [for b in %s : [for c in %s : c]]]", nums, nums, nums)
	res := "}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = %s\n}\n"
	files := map[string]string{
		"loops/main.tf": "locals {\n  l = range(1000)\n" +
			"  x = [for a in local.l : [for b in local.l : [for c in local.l : c]]]\n" +
			fmt.Sprintf(res, "\"b${length(local.x)}\""),
		"comment/main.tf": "locals {\n  l = range(1000)\n  x = [ # a comment\n" +
			"    for a in local.l : [/**/ for b in local.l : [for c in local.l : c]]]\n" +
			fmt.Sprintf(res, "\"b${length(local.x)}\""),
		"default/main.tf": "variable \"v\" {\n  default = " + cube + "\n}\n" +
			"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b${length(var.v)}\"\n}\n",
		"tfvars/main.tf": "variable \"v\" {}\n" +
			"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b${length(var.v)}\"\n}\n",
		"tfvars/terraform.tfvars": "v = " + cube + "\n",
		"jsonloops/main.tf.json": `{"locals": {"x": "${[for a in range(1000) : [for b in range(1000) : [for c in range(1000) : c]]]}"},` +
			"\n" + `"resource": {"aws_s3_bucket": {"b": {"bucket": "b${length(local.x)}"}}}}`,
		// 100,000 copies of a string of 100 kB: 10 GB of text. (range
		// stops at 1,024 elements, as in Terraform.)
		"bigtemplate/main.tf": "locals {\n  big = format(\"%0100000d\", 7)\n" +
			"  s   = \"%{for i in flatten([for a in range(1000) : range(100)])}${local.big}%{endfor}\"\n" +
			fmt.Sprintf(res, "substr(local.s, 0, 3)"),
		"directives/main.tf": "locals {\n  l = range(1000)\n" +
			"  s = \"%{for a in local.l}%{for b in local.l}%{for c in local.l}x%{endfor}%{endfor}%{endfor}\"\n" +
			fmt.Sprintf(res, "substr(local.s, 0, 3)"),
		"templatestring/main.tf": "locals {\n  t = \"%%{for a in range(1000)}%%{for b in range(1000)}%%{for c in range(1000)}x%%{endfor}%%{endfor}%%{endfor}\"\n" +
			fmt.Sprintf(res, "templatestring(local.t, {})"),
		"tuples/main.tf":  tuples + fmt.Sprintf(res, "\"b${local.l40 == local.l40}${jsonencode(local.l40)}\""),
		"strings/main.tf": text + fmt.Sprintf(res, "substr(local.s40, 0, 3)"),
		// 40 uses of a string of 1 MiB: shared, but 40 MiB to print.
		"shared/main.tf": "locals {\n  big = format(\"%01048576d\", 7)\n  l   = [for i in range(40) : local.big]\n" +
			fmt.Sprintf(res, "\"b${length(jsonencode(local.l))}\""),
	}
	// Where each warning must point (file:line), by summary. l18 (line 20)
	// is the first tuple of more than a million values (2^19 leaves and the
	// 2^19-1 tuples above them); the doubling goes on from the unknown
	// value, so a later line is reported too. s21 (line 23) brings the text
	// the templates interpolated past 32 MiB (32 bytes × (2^21 - 1)).
	want := map[string]string{
		"loops/main.tf:3":           "Too many loop iterations",
		"directives/main.tf:3":      "Too many loop iterations",
		"bigtemplate/main.tf:3":     "Template text too large",
		"jsonloops/main.tf.json:1":  "Too many loop iterations",
		"default/main.tf:2":         "Too many loop iterations",
		"tfvars/terraform.tfvars:1": "Too many loop iterations",
		"comment/main.tf:4":         "Too many loop iterations",
		"templatestring/main.tf:5":  "Too many loop iterations",
		"tuples/main.tf:20":         "Value too large",
		"strings/main.tf:23":        "Template text too large",
		"shared/main.tf:3":          "Value too large",
	}
	root := writeTree(t, files)
	var p parser.Parsed
	within(t, 30*time.Second, func(ctx context.Context) (err error) {
		p, err = Parse(ctx, os.DirFS(root), []string{"."}, Options{})
		return err
	})
	got := diagsAt(p.Diagnostics, func(s string) bool {
		return s == "Too many loop iterations" || s == "Value too large" || s == "Template text too large"
	})
	for at, summary := range want {
		if got[at] != summary {
			t.Errorf("%s: want a %q diagnostic, got %q; all: %v", at, summary, got[at], got)
		}
	}
	found := map[string]bool{}
	for _, r := range p.Resources {
		found[r.Range.File+":"+r.Address] = true
		if strings.HasPrefix(r.Range.File, "good/") {
			continue
		}
		if !r.Attrs.Type().IsObjectType() || !r.Attrs.Type().HasAttribute("bucket") {
			t.Errorf("%s: no bucket argument in %#v", r.Range.File, r.Attrs)
		} else if b := r.Attrs.GetAttr("bucket"); b.IsWhollyKnown() {
			t.Errorf("%s: bucket is known (%#v); the values it is made of are too large", r.Range.File, b)
		}
	}
	for _, addr := range append(goodResources, "loops/main.tf:aws_s3_bucket.b", "comment/main.tf:aws_s3_bucket.b", "bigtemplate/main.tf:aws_s3_bucket.b", "jsonloops/main.tf.json:aws_s3_bucket.b", "default/main.tf:aws_s3_bucket.b", "tfvars/main.tf:aws_s3_bucket.b", "directives/main.tf:aws_s3_bucket.b", "templatestring/main.tf:aws_s3_bucket.b",
		"tuples/main.tf:aws_s3_bucket.b", "strings/main.tf:aws_s3_bucket.b", "shared/main.tf:aws_s3_bucket.b") {
		if !found[addr] {
			t.Errorf("resource %s lost", addr)
		}
	}
}

// within runs f with a context that ends after limit, and fails the test
// when f fails or takes longer.
func within(t *testing.T, limit time.Duration, f func(ctx context.Context) error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	start := time.Now()
	if err := f(ctx); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > limit {
		t.Errorf("took %v, over %v", d, limit)
	}
}

// diagsAt maps file:line to the summary of the first diagnostic there whose
// summary keep accepts.
func diagsAt(diags []parser.Diagnostic, keep func(summary string) bool) map[string]string {
	got := map[string]string{}
	for _, d := range diags {
		at := fmt.Sprintf("%s:%d", d.Range.File, d.Range.Start.Line)
		if _, dup := got[at]; !dup && keep(d.Summary) {
			got[at] = d.Summary
		}
	}
	return got
}
