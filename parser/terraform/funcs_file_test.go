package terraform

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
)

func fileTestFuncs(moduleDir string) map[string]function.Function {
	fsys := fstest.MapFS{
		"main.tf":                    {Data: []byte(`# root`)},
		"secret.txt":                 {Data: []byte("root file")},
		"mod/a.txt":                  {Data: []byte("hello")},
		"mod/bin":                    {Data: []byte{0xff}},
		"mod/big":                    {Data: make([]byte, maxFileSize+1)},
		"mod/sub/x.json":             {Data: []byte(`{"k": 1}`)},
		"mod/sub/deep/y.json":        {Data: []byte(`{}`)},
		"mod/tpl/backends.tftpl":     {Data: []byte("%{ for addr in ip_addrs ~}\nbackend ${addr}:${port}\n%{ endfor ~}\n")},
		"mod/tpl/recursive.tftpl":    {Data: []byte(`${templatefile("tpl/backends.tftpl", {})}`)},
		"mod/tpl/uses_file.tftpl":    {Data: []byte(`${upper(file("a.txt"))} ${name}`)},
		"mod/tpl/list.tftpl":         {Data: []byte(`${items}`)},
		"mod/tpl/bad.tftpl":          {Data: []byte(`${`)},
		"mod/tpl/templatestr.tftpl":  {Data: []byte(`${templatestring("x", {})}`)},
		"mod/tpl/unknown_func.tftpl": {Data: []byte(`${nosuch(1)}`)},
	}
	funcs := functions()
	for name, f := range fileFunctions(fsys, moduleDir) {
		funcs[name] = f
	}
	return funcs
}

func TestFileFunctions(t *testing.T) {
	funcs := fileTestFuncs("mod")
	runCases(t, funcs, []fnCase{
		{`file("a.txt")`, `"hello"`},
		{`file("./a.txt")`, `"hello"`},
		{`file("${path.module}/a.txt")`, `"hello"`},
		{`file("sub/../a.txt")`, `"hello"`},
		{`file("../secret.txt")`, `"root file"`},
		{`file("../mod/a.txt")`, `"hello"`},
		{`file("mod/a.txt")`, `"hello"`},
		{`file("bin")`, ``},
		{`filebase64("bin")`, `"/w=="`},
		{`filebase64("a.txt")`, `"aGVsbG8="`},
		{`filemd5("a.txt")`, `md5("hello")`},
		{`filesha1("a.txt")`, `sha1("hello")`},
		{`filesha256("a.txt")`, `sha256("hello")`},
		{`filesha512("a.txt")`, `sha512("hello")`},
		{`filebase64sha256("a.txt")`, `base64sha256("hello")`},
		{`filebase64sha512("a.txt")`, `base64sha512("hello")`},
		{`fileexists("a.txt")`, `true`},
		{`fileexists("${path.module}/a.txt")`, `true`},
		{`fileexists("nope.txt")`, `false`},
		{`fileexists("sub")`, ``},
		{`fileset(path.module, "*.txt")`, `toset(["a.txt"])`},
		{`fileset(path.module, "**/*.json")`, `toset(["sub/x.json", "sub/deep/y.json"])`},
		{`fileset("sub", "*.json")`, `toset(["x.json"])`},
		{`fileset(".", "{a.txt,bin}")`, `toset(["a.txt", "bin"])`},
		{`fileset(".", "?.txt")`, `toset(["a.txt"])`},
		{`fileset(".", "[ab].txt")`, `toset(["a.txt"])`},
		{`fileset(".", "*.none")`, `toset([])`},
		{`fileset("nosuchdir", "*")`, `toset([])`},
		{`fileset(".", "{a")`, ``},
		{`templatefile("tpl/backends.tftpl", {port = 8080, ip_addrs = ["10.0.0.1", "10.0.0.2"]})`,
			`"backend 10.0.0.1:8080\nbackend 10.0.0.2:8080\n"`},
		{`templatefile("${path.module}/tpl/uses_file.tftpl", {name = "x"})`, `"HELLO x"`},
		{`templatefile("tpl/list.tftpl", {items = [1, 2]})`, `[1, 2]`},
		{`templatefile("tpl/backends.tftpl", {port = 8080})`, ``},
		{`templatefile("tpl/backends.tftpl", "not a map")`, ``},
		{`templatefile("tpl/recursive.tftpl", {})`, ``},
		{`templatefile("tpl/templatestr.tftpl", {})`, ``},
		{`templatefile("tpl/bad.tftpl", {})`, ``},
		{`templatefile("tpl/backends.tftpl", {"1abc" = 1, port = 1, ip_addrs = []})`, ``},
		{`templatestring("$${upper(file(\"a.txt\"))}", {})`, `"HELLO"`},
	})

	// Escapes, absolute paths, missing and oversized files: unknown, no error.
	for _, src := range []string{
		`file("../../etc/passwd")`, `file("/etc/passwd")`, `file("..\\..\\x")`,
		`file("C:/x")`, `file("missing.txt")`, `file("big")`, `file("sub")`,
		`filebase64("../../x")`, `filesha256("/etc/passwd")`, `filemd5("big")`,
		`fileexists("../../etc/passwd")`, `fileexists("/etc/passwd")`,
		`fileset("../..", "*")`, `fileset("/", "*")`,
		`templatefile("../../x.tftpl", {})`, `templatefile("missing.tftpl", {})`,
		`file(nosuch())`, `templatefile("tpl/backends.tftpl", nosuch())`,
		`templatefile("tpl/unknown_func.tftpl", {})`,
	} {
		got, diags := evalFn(t, src, funcs)
		if diags.HasErrors() {
			// An unknown function inside a template file is a template
			// error: the evaluator's stubs only cover the calling expression.
			if strings.Contains(src, "unknown_func") {
				continue
			}
			t.Errorf("%s: %s", src, diags.Error())
			continue
		}
		if got.IsKnown() {
			t.Errorf("%s = %#v, want unknown", src, got)
		}
	}

	got, diags := evalFn(t, `fileexists("../../x")`, funcs)
	if diags.HasErrors() || got.Type() != cty.Bool {
		t.Errorf("fileexists escape = %#v, %v; want unknown bool", got, diags)
	}
}

func TestFileFunctionsRootModule(t *testing.T) {
	runCases(t, fileTestFuncs("."), []fnCase{
		{`file("secret.txt")`, `"root file"`},
		{`file("mod/a.txt")`, `"hello"`},
		{`fileset(".", "*.txt")`, `toset(["secret.txt"])`},
		{`fileset("mod", "sub/*")`, `toset(["sub/x.json"])`},
	})
	got, diags := evalFn(t, `file("../secret.txt")`, fileTestFuncs("."))
	if diags.HasErrors() || got.IsKnown() {
		t.Errorf("escape from root = %#v, %v; want unknown", got, diags)
	}
}
