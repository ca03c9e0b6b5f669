package scan

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/rules"
)

// TestHostileNumbers: a number such as 1e100000000 is a few bytes of source
// and takes hours to format, which templates, format(), jsonencode() and
// the knowledge base's expressions do; a numeral of many thousand digits
// takes quadratic time to parse. Every way a configuration can write one
// must end in a warning at the place that wrote it, an unknown value, and
// the rest of the scan intact, through the whole pipeline (mapping too).
func TestHostileNumbers(t *testing.T) {
	squares := "locals {\n  a = 1e300\n"
	for c := 'b'; c <= 'k'; c++ {
		squares += fmt.Sprintf("  %c = local.%c * local.%c\n", c, c-1, c-1)
	}
	squares += "}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x${local.k}\"\n}\n"
	long := strings.Repeat("7", 20_000)
	files := map[string]string{
		// The literal is made unknown when the file is parsed.
		"template/main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x${1e100000000}\"\n}\n",
		"kb/main.tf":       "resource \"aws_s3_bucket\" \"b\" {\n  bucket = 1e-100000000\n}\n",
		"upper/main.tf":    "resource \"aws_s3_bucket\" \"b\" {\n  bucket = upper(-1e100000000)\n}\n",
		// Arithmetic: 1e300 squared three times is 1e2400.
		"squares/main.tf": squares,
		// Numbers read from strings: by format, by a conversion, by a
		// variable's type.
		"format/main.tf":   "resource \"aws_s3_bucket\" \"b\" {\n  bucket = format(\"%d\", \"1e100000000\")\n}\n",
		"tonumber/main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x${tonumber(\"1E+100000000\")}\"\n}\n",
		"typed/main.tf": "variable \"n\" {\n  type    = number\n  default = \"1e100000000\"\n}\n" +
			"resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x${var.n}\"\n}\n",
		"tfvars/main.tf":                 "variable \"n\" {}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x${var.n}\"\n}\n",
		"tfvars/terraform.tfvars":        "\nn = 1e100000000\n",
		"jsonvars/main.tf":               "variable \"n\" {}\nresource \"aws_s3_bucket\" \"b\" {\n  bucket = \"x${var.n}\"\n}\n",
		"jsonvars/terraform.tfvars.json": "{\"n\": 1e100000000}\n",
		"templatestring/main.tf": "locals {\n  t = \"$${1e100000000}x\"\n}\n" +
			"resource \"aws_s3_bucket\" \"b\" {\n  bucket = templatestring(local.t, {})\n}\n",
		// JSON syntax: a number, and a template hcl parses only when
		// evaluating it; digits inside a word are no numeral.
		"json/main.tf.json": "{\"resource\": {\"aws_sqs_queue\": {\"q\": {\n" +
			"\"delay_seconds\": 1e100000000}},\n\"aws_s3_bucket\": {\"b\": {\n\"bucket\": \"${1e100000000}x\"}},\n" +
			"\"aws_instance\": {\"i\": {\"ami\": \"ami-1e12345678\", \"instance_type\": \"t3-1e12345678\"}}}}\n",
		// A string of 2,000,000 digits, made by a function: converting it to
		// a number (an operator's operand, a function's number parameter,
		// a variable of type number, count, an index) would take time
		// quadratic in its digits.
		"digits/main.tf": "locals {\n  d = replace(format(\"%02000000d\", 1), \"0\", \"7\")\n}\n" +
			"resource \"aws_s3_bucket\" \"a\" {\n  bucket = \"b${local.d * 1}\"\n}\n" +
			"resource \"aws_s3_bucket\" \"c\" {\n  count  = local.d\n  bucket = \"b${max(local.d, 1)}-${local.d > 1}\"\n}\n" +
			"module \"m\" {\n  source = \"./mod\"\n  n      = local.d\n}\n" +
			"resource \"aws_s3_bucket\" \"e\" {\n  bucket = \"b${[\"x\", \"y\"][local.d]}\"\n}\n",
		"digits/mod/main.tf": "variable \"n\" {\n  type = number\n}\nresource \"aws_s3_bucket\" \"m\" {\n  bucket = \"m${var.n}\"\n}\n",
		// Too many digits to parse at all: the file is not read.
		"long/main.tf": "resource \"aws_s3_bucket\" \"b\" {\n  bucket = " + long + "\n}\n",
		// Other parsers: the number stays the string it was, or unknown.
		"cfn/stack.json": "{\"Resources\": {\"Q\": {\"Type\": \"AWS::SQS::Queue\", \"Properties\": " +
			"{\"QueueName\": {\"Fn::Join\": [\"\", [\"q\", 1e100000000]]}, \"DelaySeconds\": " + long + "}}}}\n",
		"plan/plan.json": `{"format_version": "1.2", "planned_values": {"root_module": {"resources": [` +
			`{"address": "aws_s3_bucket.b", "mode": "managed", "type": "aws_s3_bucket", "name": "b",` +
			`"values": {"bucket": 1e100000000, "force_destroy": ` + long + `}}]}}}`,
	}
	// Where each warning must point (file:line), by summary.
	want := map[string]string{
		"template/main.tf:2":               "Number out of range",
		"kb/main.tf:2":                     "Number out of range",
		"upper/main.tf:2":                  "Number out of range",
		"squares/main.tf:5":                "Number out of range", // d = local.c * local.c
		"format/main.tf:2":                 "Number out of range",
		"tonumber/main.tf:2":               "Number out of range",
		"typed/main.tf:3":                  "Number out of range",
		"tfvars/terraform.tfvars:2":        "Number out of range",
		"jsonvars/terraform.tfvars.json:1": "Number out of range",
		"templatestring/main.tf:5":         "Number out of range",
		"json/main.tf.json:2":              "Number out of range",
		"json/main.tf.json:4":              "Number out of range",
		"long/main.tf:2":                   "Number too long",
		"digits/main.tf:5":                 "Number out of range",
		"digits/main.tf:9":                 "Number out of range",
		"digits/main.tf:13":                "Number out of range",
		"digits/main.tf:16":                "Number out of range",
	}
	root := writeTree(t, files)

	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	var res *rules.Result
	within(t, 20*time.Second, func(ctx context.Context) (err error) {
		res, err = Run(ctx, os.DirFS(root), []string{"."}, rules.New(kb), Options{})
		return err
	})
	got := diagsAt(res.Diagnostics, func(s string) bool { return strings.HasPrefix(s, "Number") })
	for _, d := range res.Diagnostics {
		if strings.Contains(d.Summary, "internal error") {
			t.Errorf("recovered panic: %s", d.Message())
		}
	}
	for at, summary := range want {
		if got[at] != summary {
			t.Errorf("%s: want a %q diagnostic, got %q", at, summary, got[at])
		}
	}
	for at := range got {
		if _, ok := want[at]; !ok {
			t.Errorf("unexpected number diagnostic at %s", at)
		}
	}

	// Every resource but the unreadable file's is still mapped, and the
	// values out of range are unknown, not something else.
	found := map[string]rules.Mapped{}
	for _, r := range res.Resources {
		found[r.Resource.Range.File+":"+r.Resource.Address] = r
	}
	for _, addr := range append(goodResources,
		"template/main.tf:aws_s3_bucket.b", "kb/main.tf:aws_s3_bucket.b", "upper/main.tf:aws_s3_bucket.b",
		"squares/main.tf:aws_s3_bucket.b", "format/main.tf:aws_s3_bucket.b", "tonumber/main.tf:aws_s3_bucket.b",
		"typed/main.tf:aws_s3_bucket.b", "tfvars/main.tf:aws_s3_bucket.b", "jsonvars/main.tf:aws_s3_bucket.b",
		"templatestring/main.tf:aws_s3_bucket.b", "json/main.tf.json:aws_sqs_queue.q", "json/main.tf.json:aws_s3_bucket.b",
		"json/main.tf.json:aws_instance.i", "cfn/stack.json:Q",
		"digits/main.tf:aws_s3_bucket.a", "digits/main.tf:aws_s3_bucket.c", "digits/main.tf:aws_s3_bucket.e", "digits/mod/main.tf:module.m.aws_s3_bucket.m") {
		r, ok := found[addr]
		if !ok {
			t.Errorf("resource %s lost", addr)
			continue
		}
		if r.MappingID == "" {
			t.Errorf("resource %s not mapped", addr)
		}
	}
	if _, ok := found["long/main.tf:aws_s3_bucket.b"]; ok {
		t.Error("the file with a 20,000-digit number was read")
	}
	plan := false
	for _, r := range res.Resources {
		if r.Resource.Address == "aws_s3_bucket.b" && strings.HasPrefix(r.Resource.Range.File, "plan/") {
			plan = true
		}
	}
	if !plan {
		t.Error("the plan's resource was lost")
	}
}
