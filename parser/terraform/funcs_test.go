package terraform

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	ctyjson "github.com/zclconf/go-cty/cty/json"
)

// evalFn evaluates src (native syntax) with the given table, adding stubs
// for unknown functions the way the evaluator is expected to.
func evalFn(t *testing.T, src string, funcs map[string]function.Function) (cty.Value, hcl.Diagnostics) {
	t.Helper()
	expr, diags := hclsyntax.ParseExpression([]byte(src), "test.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatalf("%s: parse: %s", src, diags.Error())
	}
	vars := map[string]cty.Value{
		"path": cty.ObjectVal(map[string]cty.Value{"module": cty.StringVal("mod")}),
	}
	return expr.Value(&hcl.EvalContext{Variables: vars, Functions: withUnknownStubs(funcs, calledFunctions(expr))})
}

// sameValue compares by JSON, so that a tuple literal in a test matches a
// list result, plus knownness.
func sameValue(got, want cty.Value) bool {
	if got.IsWhollyKnown() != want.IsWhollyKnown() {
		return false
	}
	if !got.IsWhollyKnown() {
		return true
	}
	gj, err1 := ctyjson.Marshal(got, cty.DynamicPseudoType)
	wj, err2 := ctyjson.Marshal(want, cty.DynamicPseudoType)
	if err1 != nil || err2 != nil {
		return got.RawEquals(want)
	}
	return simpleJSON(gj) == simpleJSON(wj)
}

// simpleJSON drops the type half of cty's typed JSON.
func simpleJSON(b []byte) string {
	s := string(b)
	if i := strings.Index(s, `"value":`); i >= 0 {
		if j := strings.LastIndex(s, `,"type":`); j > i {
			return s[i:j]
		}
	}
	return s
}

type fnCase struct {
	expr string
	want string // HCL expression for the expected value; "" means an error
}

func runCases(t *testing.T, funcs map[string]function.Function, cases []fnCase) {
	t.Helper()
	for _, tc := range cases {
		got, diags := evalFn(t, tc.expr, funcs)
		if tc.want == "" {
			if !diags.HasErrors() {
				t.Errorf("%s = %#v, want an error", tc.expr, got)
			}
			continue
		}
		if diags.HasErrors() {
			t.Errorf("%s: %s", tc.expr, diags.Error())
			continue
		}
		want, wdiags := evalFn(t, tc.want, funcs)
		if wdiags.HasErrors() {
			t.Fatalf("want %s: %s", tc.want, wdiags.Error())
		}
		if !sameValue(got, want) {
			t.Errorf("%s\n got  %#v\n want %#v", tc.expr, got, want)
		}
	}
}

// Examples from Terraform's function documentation, with its results.
func TestFunctionsDocumentedExamples(t *testing.T) {
	runCases(t, functions(), []fnCase{
		// IP network
		{`cidrhost("10.12.112.0/20", 16)`, `"10.12.112.16"`},
		{`cidrhost("10.12.112.0/20", 268)`, `"10.12.113.12"`},
		{`cidrhost("fd00:fd12:3456:7890:00a2::/72", 34)`, `"fd00:fd12:3456:7890::22"`},
		{`cidrhost("10.0.0.0/24", -1)`, `"10.0.0.255"`},
		{`cidrhost("10.0.0.0/24", -256)`, `"10.0.0.0"`},
		{`cidrhost("10.0.0.0/24", -257)`, ``},
		{`cidrhost("10.0.0.0/24", 256)`, ``},
		{`cidrhost("10.0.0.7/24", 1)`, `"10.0.0.1"`},
		{`cidrhost("010.000.001.0/24", 5)`, `"10.0.1.5"`},
		{`cidrhost("not-a-cidr", 1)`, ``},
		{`cidrnetmask("172.16.0.0/12")`, `"255.240.0.0"`},
		{`cidrnetmask("10.0.0.0/32")`, `"255.255.255.255"`},
		{`cidrnetmask("10.0.0.0/0")`, `"0.0.0.0"`},
		{`cidrnetmask("fd00::/64")`, ``},
		{`cidrsubnet("172.16.0.0/12", 4, 2)`, `"172.18.0.0/16"`},
		{`cidrsubnet("10.1.2.0/24", 4, 15)`, `"10.1.2.240/28"`},
		{`cidrsubnet("fd00:fd12:3456:7890::/56", 16, 162)`, `"fd00:fd12:3456:7800:a200::/72"`},
		{`cidrsubnet("10.1.2.0/24", 4, 16)`, ``},
		{`cidrsubnet("10.1.2.0/24", 9, 0)`, ``},
		{`cidrsubnet("10.0.0.0/8", 0, 0)`, `"10.0.0.0/8"`},
		{`cidrsubnets("10.1.0.0/16", 4, 4, 8, 4)`, `["10.1.0.0/20", "10.1.16.0/20", "10.1.32.0/24", "10.1.48.0/20"]`},
		{`cidrsubnets("fd00:fd12:3456:7890::/56", 16, 16, 16, 32)`, `["fd00:fd12:3456:7800::/72", "fd00:fd12:3456:7800:100::/72", "fd00:fd12:3456:7800:200::/72", "fd00:fd12:3456:7800:300::/88"]`},
		{`cidrsubnets("10.0.0.0/8", 8, 4)`, `["10.0.0.0/16", "10.16.0.0/12"]`},
		{`cidrsubnets("10.0.0.0/24", 1, 1, 1)`, ``},
		{`cidrsubnets("10.0.0.0/24", 9)`, ``},
		{`cidrsubnets("10.0.0.0/24")`, `tolist([])`},

		// collections
		{`alltrue(["true", true])`, `true`},
		{`alltrue([true, false])`, `false`},
		{`alltrue([])`, `true`},
		{`anytrue(["true"])`, `true`},
		{`anytrue([true, false])`, `true`},
		{`anytrue([])`, `false`},
		{`one([])`, `null`},
		{`one(["hello"])`, `"hello"`},
		{`one(["hello", "goodbye"])`, ``},
		{`one(toset([]))`, `null`},
		{`one(toset(["hello"]))`, `"hello"`},
		{`one(toset(["hello", "goodbye"]))`, ``},
		{`sum([10, 13, 6, 4.5])`, `33.5`},
		{`sum([])`, ``},
		{`index(["a", "b", "c"], "b")`, `1`},
		{`index(["a", "b", "c"], "z")`, ``},
		{`matchkeys(["i-123", "i-abc", "i-def"], ["us-west", "us-east", "us-east"], ["us-east"])`, `["i-abc", "i-def"]`},
		{`matchkeys(["a"], ["b", "c"], ["b"])`, ``},
		{`transpose({"a" = ["1", "2"], "b" = ["2", "3"]})`, `{"1" = ["a"], "2" = ["a", "b"], "3" = ["b"]}`},
		{`coalesce("a", "b")`, `"a"`},
		{`coalesce("", "b")`, `"b"`},
		{`coalesce(1, 2)`, `1`},
		{`coalesce(["", "b"]...)`, `"b"`},
		{`coalesce(null, "x")`, `"x"`},
		{`coalesce("", null)`, ``},
		{`coalescelist(["a", "b"], ["c", "d"])`, `["a", "b"]`},
		{`coalescelist([], ["c", "d"])`, `["c", "d"]`},
		{`lookup({a = "ay", b = "bee"}, "a", "what?")`, `"ay"`},
		{`lookup({a = "ay", b = "bee"}, "c", "what?")`, `"what?"`},
		{`lookup({a = "ay", b = "bee"}, "a")`, `"ay"`},
		{`lookup({a = "ay", b = "bee"}, "c")`, ``},
		{`lookup(tomap({a = "ay"}), "c", "what?")`, `"what?"`},
		{`merge({a = "b", c = "d"}, {e = "f", c = "z"})`, `{a = "b", c = "z", e = "f"}`},
		{`merge({a = "b"}, {a = [1, 2], c = "z"}, {d = 3})`, `{a = [1, 2], c = "z", d = 3}`},
		{`setproduct(["development", "staging", "production"], ["app1", "app2"])`,
			`[["development", "app1"], ["development", "app2"], ["staging", "app1"], ["staging", "app2"], ["production", "app1"], ["production", "app2"]]`},
		{`flatten([["a", "b"], [], ["c"]])`, `["a", "b", "c"]`},
		{`flatten([[["a", "b"], []], ["c"]])`, `["a", "b", "c"]`},
		{`length(tolist(["a", "b"]))`, `2`},
		{`tolist(["a", "b", 3])`, `["a", "b", "3"]`},
		{`toset(["a", "b", "a"])`, `toset(["a", "b"])`},
		{`tomap({"a" = 1, "b" = 2})`, `{"a" = 1, "b" = 2}`},
		{`tomap({"a" = "foo", "b" = true})`, `{"a" = "foo", "b" = "true"}`},
		{`tonumber("1")`, `1`},
		{`tobool("true")`, `true`},
		{`tostring(1)`, `"1"`},
		{`element(["a", "b", "c"], 3)`, `"a"`},
		{`element(["a", "b", "c"], -1)`, `"c"`},
		{`chunklist(["a", "b", "c", "d", "e"], 2)`, `[["a", "b"], ["c", "d"], ["e"]]`},
		{`zipmap(["a", "b"], [1, 2])`, `{a = 1, b = 2}`},

		// strings
		{`startswith("hello world", "hello")`, `true`},
		{`startswith("hello world", "world")`, `false`},
		{`endswith("hello world", "world")`, `true`},
		{`strcontains("hello world", "wor")`, `true`},
		{`strcontains("hello world", "wod")`, `false`},
		{`replace("1 + 2 + 3", "+", "-")`, `"1 - 2 - 3"`},
		{`replace("hello world", "/w.*d/", "everybody")`, `"hello everybody"`},
		{`title("hello world")`, `"Hello World"`},
		{`format("Hello, %s!", "Ander")`, `"Hello, Ander!"`},
		{`trim("?!hello?!", "!?")`, `"hello"`},

		// encoding
		{`urlencode("Hello World!")`, `"Hello+World%21"`},
		{`urlencode("☃")`, `"%E2%98%83"`},
		{`urlencode("foo:bar@localhost?foo=bar&bar=baz")`, `"foo%3Abar%40localhost%3Ffoo%3Dbar%26bar%3Dbaz"`},
		{`base64encode("Hello World")`, `"SGVsbG8gV29ybGQ="`},
		{`base64decode("SGVsbG8gV29ybGQ=")`, `"Hello World"`},
		{`base64decode("/w==")`, ``},
		{`textencodebase64("Hello World", "UTF-16LE")`, `"SABlAGwAbABvACAAVwBvAHIAbABkAA=="`},
		{`textdecodebase64("SABlAGwAbABvACAAVwBvAHIAbABkAA==", "UTF-16LE")`, `"Hello World"`},
		{`textencodebase64("Hello World", "no-such-encoding")`, ``},
		{`jsonencode({"hello" = "world"})`, `"{\"hello\":\"world\"}"`},
		{`jsondecode("{\"hello\": \"world\"}")`, `{hello = "world"}`},
		{`csvdecode("a,b\n1,2\n")`, `[{a = "1", b = "2"}]`},
		{`yamlencode({"a" = "b", "c" = "d"})`, `"\"a\": \"b\"\n\"c\": \"d\"\n"`},
		{`yamlencode({"foo" = [1, 2, 3], "bar" = "baz"})`, `"\"bar\": \"baz\"\n\"foo\":\n- 1\n- 2\n- 3\n"`},
		{`yamlencode({"foo" = [1, {"a" = "b", "c" = "d"}, 3], "bar" = "baz"})`, `"\"bar\": \"baz\"\n\"foo\":\n- 1\n- \"a\": \"b\"\n  \"c\": \"d\"\n- 3\n"`},
		{`yamlencode(true)`, `"true\n...\n"`},
		{`yamlencode("hello")`, `"\"hello\"\n"`},
		{`yamlencode({})`, `"{}\n"`},
		{`yamlencode([[1, 2], {a = {b = "c"}}])`, `"- - 1\n  - 2\n- \"a\":\n    \"b\": \"c\"\n"`},
		{`yamlencode({a = "x\ty\n"})`, `"\"a\": \"x\\ty\\n\"\n"`},
		{`yamldecode("hello: world")`, `{hello = "world"}`},
		{`yamldecode("true")`, `true`},
		{`yamldecode("{a: &foo [1, 2, 3], b: *foo}")`, `{a = [1, 2, 3], b = [1, 2, 3]}`},
		{`yamldecode("{a: &foo [1, *foo, 3]}")`, ``},
		{`yamldecode("{a: !not-supported foo}")`, ``},
		{`yamldecode("a: yes\nb: 0x1F\nc: 1.5\nd: ~\ne: '5'\nf: 2001-12-14")`, `{a = true, b = 31, c = 1.5, d = null, e = "5", f = "2001-12-14T00:00:00Z"}`},
		{`yamldecode("base: &b {x: 1, y: 2}\nd:\n  <<: *b\n  y: 3")`, `{base = {x = 1, y = 2}, d = {x = 1, y = 3}}`},
		{`yamldecode("")`, `null`},
		{`yamldecode("a: 1\n---\nb: 2")`, ``},

		// hashes
		{`md5("hello world")`, `"5eb63bbbe01eeed093cb22bb8f5acdc3"`},
		{`sha1("hello world")`, `"2aae6c35c94fcfb415dbe95f408b9ce91ee846ed"`},
		{`sha256("hello world")`, `"b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9"`},
		{`sha512("hello world")`, `"309ecc489c12d6eb4cc40f50c902f2b4d0ed77ee511a7c7a9bcd3ca86d4cd86f989dd35bc5ff499670da34255b45b0cfd830e81f605dcf7dc5542e93ae9cd76f"`},
		{`base64sha256("hello world")`, `"uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek="`},
		{`base64sha512("hello world")`, `"MJ7MSJwS1utMxA9QyQLytNDtd+5RGnx6m808qG1M2G+YndNbxf9JlnDaNCVbRbDP2DDoH2Bdz33FVC6TrpzXbw=="`},
		{`uuidv5("dns", "www.terraform.io")`, `"a5008fae-b28c-5ba5-96cd-82b4c53552d6"`},
		{`uuidv5("url", "https://www.terraform.io/")`, `"9db6f67c-dd95-5ea0-aa5b-e70e5c5f7cf5"`},
		{`uuidv5("oid", "1.3.6.1.4")`, `"af9d40a5-7a36-5c07-b23a-851cd99fbfa5"`},
		{`uuidv5("x500", "CN=Example,C=GB")`, `"84e09961-4aa4-57f8-95b7-03edb1073253"`},
		{`uuidv5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.terraform.io")`, `"a5008fae-b28c-5ba5-96cd-82b4c53552d6"`},
		{`uuidv5("743ac3c0-3bf7-4a5b-9e6c-59360447c757", "LIBS:diskfont.library")`, `"ede1a974-df7e-5f17-84b9-76208818b2c8"`},
		{`uuidv5("nope", "x")`, ``},

		// paths, time
		{`basename("foo/bar/baz.txt")`, `"baz.txt"`},
		{`dirname("foo/bar/baz.txt")`, `"foo/bar"`},
		{`timecmp("2017-11-22T00:00:00Z", "2017-11-22T00:00:00Z")`, `0`},
		{`timecmp("2017-11-22T00:00:00Z", "2017-11-22T01:00:00+01:00")`, `0`},
		{`timecmp("2017-11-22T00:00:01Z", "2017-11-22T01:00:00+01:00")`, `1`},
		{`timecmp("2017-11-22T01:00:00Z", "2017-11-22T00:59:00-01:00")`, `-1`},
		{`timeadd("2017-11-22T00:00:00Z", "10m")`, `"2017-11-22T00:10:00Z"`},
		{`formatdate("DD MMM YYYY hh:mm ZZZ", "2018-01-02T23:12:01Z")`, `"02 Jan 2018 23:12 UTC"`},

		// sensitivity, ephemerality: not tracked
		{`sensitive("x")`, `"x"`},
		{`nonsensitive("x")`, `"x"`},
		{`issensitive("x")`, `false`},
		{`ephemeralasnull({a = 1})`, `{a = 1}`},

		// try and can
		{`try(tonumber("x"), 5)`, `5`},
		{`can(tonumber("x"))`, `false`},

		// templatestring: the template is a value here, as it would come
		// from a reference in Terraform
		{`templatestring("Hello, $${name}!", {name = "Jodie"})`, `"Hello, Jodie!"`},
		{`templatestring("$${x}", {x = [1, 2]})`, `[1, 2]`},
		{`templatestring("$${y}", {x = 1})`, ``},
		{`templatestring("$${templatestring(\"a\", {})}", {})`, ``},
	})
}

func TestImpureFunctionsAreUnknown(t *testing.T) {
	for _, src := range []string{
		`timestamp()`, `plantimestamp()`, `uuid()`, `bcrypt("x")`, `bcrypt("x", 10)`,
		`abspath("x")`, `pathexpand("~/x")`, `rsadecrypt("x", "y")`,
		`provider::aws::arn_parse("arn:aws:iam::1:role/x")`, `no_such_function(1, 2)`,
		`upper(no_such_function())`,
	} {
		got, diags := evalFn(t, src, functions())
		if diags.HasErrors() {
			t.Errorf("%s: %s", src, diags.Error())
			continue
		}
		if got.IsKnown() {
			t.Errorf("%s = %#v, want unknown", src, got)
		}
	}
	// The result keeps its type where Terraform's has one.
	got, _ := evalFn(t, `timestamp()`, functions())
	if got.Type() != cty.String {
		t.Errorf("timestamp() type = %#v", got.Type())
	}
}

func TestBase64Gzip(t *testing.T) {
	got, diags := evalFn(t, `base64gzip("test")`, functions())
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	raw, err := base64.StdEncoding.DecodeString(got.AsString())
	if err != nil {
		t.Fatal(err)
	}
	r, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(r)
	if string(b) != "test" {
		t.Errorf("round trip = %q", b)
	}
}

func TestCalledFunctions(t *testing.T) {
	expr, diags := hclsyntax.ParseExpression([]byte(
		`"${upper(var.x)}-${provider::aws::arn_parse(lower("a")).region}" == try(cidrhost(local.c, 1), upper("b"))`),
		"t.tf", hcl.InitialPos)
	if diags.HasErrors() {
		t.Fatal(diags.Error())
	}
	got := calledFunctions(expr)
	want := []string{"cidrhost", "lower", "provider::aws::arn_parse", "try", "upper"}
	if !slices.Equal(got, want) {
		t.Errorf("calledFunctions = %q, want %q", got, want)
	}
	if calledFunctions(hcl.StaticExpr(cty.True, hcl.Range{})) != nil {
		t.Error("non-native expression should give nil")
	}
	funcs := functions()
	if stubbed := withUnknownStubs(funcs, calledFunctions(expr)); len(stubbed) != len(funcs)+1 {
		t.Errorf("withUnknownStubs added %d functions, want 1", len(stubbed)-len(funcs))
	}
}

// TestFunctionsUnknownAndNullArguments calls every function with unknown,
// dynamic and null arguments: none may panic, and an unknown argument to a
// function that does not look inside it gives an unknown result.
func TestFunctionsUnknownAndNullArguments(t *testing.T) {
	all := functions()
	for name, f := range fileFunctions(fstest.MapFS{}, ".") {
		all[name] = f
	}
	all["unknown"] = unknownFunction()
	// These can give a known result for an unknown argument on purpose.
	knownOK := map[string]bool{"length": true, "can": true, "try": true, "alltrue": true, "anytrue": true}
	for name, f := range all {
		params := f.Params()
		for _, nvar := range []int{0, 1, 2} {
			if nvar > 0 && f.VarParam() == nil {
				continue
			}
			for _, kind := range []string{"dynamic", "unknown", "null"} {
				args := make([]cty.Value, 0, len(params)+nvar)
				ps := slices.Clone(params)
				for range nvar {
					ps = append(ps, *f.VarParam())
				}
				for _, p := range ps {
					switch kind {
					case "dynamic":
						args = append(args, cty.DynamicVal)
					case "unknown":
						args = append(args, cty.UnknownVal(p.Type))
					case "null":
						args = append(args, cty.NullVal(p.Type))
					}
				}
				var got cty.Value
				var err error
				func() {
					defer func() {
						if r := recover(); r != nil {
							err = fmt.Errorf("panic: %v", r)
							t.Errorf("%s with %d %s arguments panicked: %v", name, len(args), kind, r)
						}
					}()
					got, err = f.Call(args)
				}()
				if err != nil || kind == "null" || len(args) == 0 || knownOK[name] {
					continue
				}
				if got.IsWhollyKnown() && !strings.HasPrefix(name, "to") && name != "issensitive" && name != "coalesce" {
					t.Errorf("%s with %s arguments = %#v, want unknown", name, kind, got)
				}
			}
		}
	}
}

// Terraform's yamlencode folds a long string at the first space past column
// 80, continuing two columns deeper than the key (reported for OpenTofu,
// which shares the encoder).
func TestYAMLEncodeFolding(t *testing.T) {
	long := "mkdir -p /app/storage/database /app/storage/framework/cache/data /app/storage/framework/sessions /app/storage/framework/views"
	runCases(t, functions(), []fnCase{
		{`yamlencode({command = "` + long + `"})`,
			`"\"command\": \"mkdir -p /app/storage/database /app/storage/framework/cache/data /app/storage/framework/sessions\n  /app/storage/framework/views\"\n"`},
		{`yamldecode(yamlencode({command = "` + long + `"}))`, `{command = "` + long + `"}`},
		{`yamlencode("😀")`, `"\"\\U0001F600\"\n"`},
	})
}
