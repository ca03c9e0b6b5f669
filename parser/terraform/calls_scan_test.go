package terraform

import (
	"context"
	"io/fs"
	"math/rand/v2"
	"os"
	"path"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/a2z/a2z/internal/benchgen"
	"github.com/a2z/a2z/parser"
)

// fullCalls is the reference scanCalls must match: the local calls of the
// folder loaded in full.
func fullCalls(fsys fs.FS, dir string, files []string) []string {
	return readSource(context.Background(), fsys, dir, files).localCalls()
}

// TestScanCallsMatchesLoad checks that the scan ParseTreeEach does to find
// roots lists the same local calls, in the same order, as a full load, on
// native and JSON files, mentions of module that declare nothing, override
// files, duplicate names, non-local sources and broken files.
func TestScanCallsMatchesLoad(t *testing.T) {
	deep := "module \"deep\" {\n  source = \"./deep\"\n  x = " + strings.Repeat("[", parser.MaxNesting+1) + strings.Repeat("]", parser.MaxNesting+1) + "\n}\n"
	cases := []struct {
		name  string
		files map[string]string // in folder "a" unless the name has a slash
		want  []string
	}{
		{"native", map[string]string{
			"main.tf": `module "vpc" {
  source = "./vpc"
}
module "up" {
  source = "../shared/net"
}
module "same" {
  source = "."
}
module "x" { source = "./x/../y/" }
module x2 { source = "./x2" }
`,
			"other.tf": `resource "aws_s3_bucket" "b" {}`,
		}, []string{"a/vpc", "shared/net", "a", "a/y", "a/x2"}},
		{"non-local sources", map[string]string{"main.tf": `
module "reg" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.0.0"
}
module "git" { source = "git::https://example.com/m.git" }
module "abs" { source = "/abs/path" }
module "outside" { source = "../../../far" }
module "tmpl" { source = "./${var.x}" }
module "expr" { source = var.x }
module "none" {}
module "local" { source = "./ok" }
`}, []string{"a/ok"}},
		{"mentions only", map[string]string{
			"comments.tf": `# module "a" { source = "./c" }
// module "b" { source = "./c" }
/* module "c" { source = "./c" } */
resource "aws_s3_bucket" "b" {
  bucket = "module"
  tags = { x = "module \"m\" { source = \"./c\" }" }
  policy = <<EOT
module "h" {
  source = "./c"
}
EOT
}
`,
			"refs.tf": `locals {
  p = path.module
  u = module.vpc.id
  s = "${path.module}/x"
  m = module.vpc["a"].id
  n = [for m in module.list : m.id]
}
output "o" { value = module.vpc }
`,
			"nested.tf": `terraform {
  module "n" { source = "./n" }
}
resource "aws_x" "y" {
  module "in" { source = "./in" }
}
`,
		}, nil},
		{"json", map[string]string{
			"main.tf.json": `{
  "module": {
    "vpc": {"source": "./vpc"},
    "reg": {"source": "hashicorp/consul/aws"}
  },
  "resource": {"aws_s3_bucket": {"b": {"bucket": "module"}}}
}`,
			"escaped.tf.json": `{"\u006dodule": {"esc": {"source": "./esc"}}}`,
			"list.tf.json":    `{"module": [{"l1": {"source": "./l1"}}, {"l2": {"source": "../l2"}}]}`,
			"value.tf.json":   `{"locals": {"m": "module"}}`,
		}, []string{"a/esc", "a/l1", "l2", "a/vpc"}},
		{"override files", map[string]string{
			"main.tf":            "module \"m\" {\n  source = \"./base\"\n}\nmodule \"n\" {\n  source = \"./n\"\n}\n",
			"override.tf":        "module \"m\" {\n  source = \"./over\"\n}\nmodule \"o\" {\n  source = \"./o\"\n}\n",
			"a_override.tf":      "module \"n\" {\n  source = \"./first\"\n}\n",
			"z_override.tf.json": `{"module": {"z": {"source": "./z"}}}`,
		}, []string{"a/first", "a/base", "a/o", "a/z"}},
		{"duplicates", map[string]string{
			"a.tf":      "module \"m\" { source = \"./one\" }\n",
			"b.tf":      "module \"m\" { source = \"./two\" }\nmodule \"m\" { source = \"./three\" }\n",
			"c.tf.json": `{"module": {"m": {"source": "./four"}, "k": {"source": "./k"}}}`,
		}, []string{"a/one", "a/k"}},
		{"broken", map[string]string{
			"a.tf":      "module \"before\" {\n  source = \"./before\"\n}\nresource \"aws_x\" {\n  = =\n}\nmodule \"after\" {\n  source = \"./after\"\n}\n",
			"b.tf":      "module \"open\" {\n  source = \"./open\"\n",
			"c.tf":      "module \"bad\" {\n  source = \"./bad\n}\n",
			"d.tf":      "module \"weird\" \"two\" {\n  source = \"./two\"\n}\nmodule \"attr\" {\n  source = \"./attr\"\n  source = \"./again\"\n}\n",
			"e.tf.json": `{"module": {"j": {"source": "./j"}}`,
			"f.tf":      deep,
			"g.tf":      "\x00module \"bin\" { source = \"./bin\" }\n",
			"h.tf":      "module \"latin\" { source = \"./\xe9\" }\n",
			"i.tf":      "module/*c*/\"tight\"{source=\"./tight\"}\n",
		}, nil},
		{"crlf and bom", map[string]string{
			"main.tf": "\ufeffmodule \"bom\" {\r\n  source = \"./bom\"\r\n}\r\nmodule \"crlf\" {\r\n  source = \"./crlf\"\r\n}\r\n",
		}, nil},
		{"root folder", map[string]string{
			"../main.tf": "module \"m\" {\n  source = \"./a\"\n}\nmodule \"up\" {\n  source = \"../x\"\n}\n",
		}, []string{"a"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			var files []string
			for name, body := range c.files {
				name = path.Clean(path.Join("a", name))
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
				files = append(files, name)
			}
			dir := path.Dir(files[0])
			want := fullCalls(fsys, dir, files)
			got := scanCalls(context.Background(), fsys, dir, files)
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("scan differs from a full load (-load +scan):\n%s", d)
			}
			if c.want != nil {
				if d := cmp.Diff(c.want, want); d != "" {
					t.Errorf("full load (-want +got):\n%s", d)
				}
			}
			// Files listed twice, or not there at all, are read as a full
			// load reads them.
			more := append(slices.Clone(files), files[0], path.Join(dir, "missing.tf"))
			if d := cmp.Diff(fullCalls(fsys, dir, more), scanCalls(context.Background(), fsys, dir, more)); d != "" {
				t.Errorf("with repeated and missing files (-load +scan):\n%s", d)
			}
		})
	}
}

// TestScanCallsCorpus compares the scan with a full load on every folder of
// Terraform files in the repository and in a generated tree.
func TestScanCallsCorpus(t *testing.T) {
	check := func(t *testing.T, fsys fs.FS, dirs map[string][]string) {
		t.Helper()
		n := 0
		for dir, files := range dirs {
			want := fullCalls(fsys, dir, files)
			n += len(want)
			if d := cmp.Diff(want, scanCalls(context.Background(), fsys, dir, files)); d != "" {
				t.Errorf("%s: scan differs from a full load (-load +scan):\n%s", dir, d)
			}
		}
		if n == 0 {
			t.Errorf("no local calls in %d folders", len(dirs))
		}
	}
	t.Run("repository", func(t *testing.T) {
		fsys := os.DirFS("../..")
		dirs := map[string][]string{}
		err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
				return fs.SkipDir
			}
			if !d.IsDir() && (strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")) {
				dirs[path.Dir(name)] = append(dirs[path.Dir(name)], name)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		check(t, fsys, dirs)
	})
	t.Run("generated", func(t *testing.T) {
		fsys, dirs, _ := parseStageTree(1)
		check(t, fsys, dirs)
	})
}

// moduleBlocks reports whether hclsyntax parses src into a top-level module
// block, well formed or not.
func moduleBlocks(src []byte) bool {
	f, _ := hclsyntax.ParseConfig(src, "x.tf", hcl.InitialPos)
	if f == nil {
		return false
	}
	body, ok := f.Body.(*hclsyntax.Body)
	if !ok {
		return false
	}
	for _, b := range body.Blocks {
		if b.Type == "module" {
			return true
		}
	}
	return false
}

// TestMayDeclareModuleNeverMisses puts the word module among random tokens
// and checks that whenever hclsyntax finds a module block in the result,
// mayDeclareModule says the file may declare one: the scan skips a file only
// when it certainly declares no module.
func TestMayDeclareModuleNeverMisses(t *testing.T) {
	tokens := []string{
		"module", "module", "module", "modules", "path", "x", ".", "..", "...", " ", " ", "\t", "\n", "\n", "\r\n",
		`"m"`, `"`, "{", "}", "[", "]", "(", ")", "=", "-", "1", "1.5", "#c\n", "//c\n", "/*c*/", "/*\n*/",
		"${", "<<EOT\n", "\nEOT\n", ":", ",", "?", "=>", "\\", "é", "_", "*", "!", "%{", "~",
	}
	rng := rand.New(rand.NewPCG(1, 2))
	found, skipped := 0, 0
	for range 50000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		src := []byte(b.String())
		may := mayDeclareModule("x.tf", src)
		if moduleBlocks(src) {
			found++
			if !may {
				t.Errorf("%q declares a module block, but mayDeclareModule is false", src)
			}
		} else if !may {
			skipped++
		}
	}
	if found < 100 || skipped < 100 {
		t.Errorf("only %d sources with module blocks, %d skipped", found, skipped)
	}
	for _, src := range []string{"locals {\n  p = path.module\n  m = module.x.y\n}\n", "# ./modules/x\n", "submodule = 1\n"} {
		if mayDeclareModule("x.tf", []byte(src)) {
			t.Errorf("%q: may declare a module", src)
		}
	}
}

// FuzzMayDeclareModule is TestMayDeclareModuleNeverMisses on arbitrary
// sources.
func FuzzMayDeclareModule(f *testing.F) {
	for _, s := range []string{"module \"m\" {}\n", "x = path.module\nmodule x {}", "/**/module\"a\"{}", "a.module \"b\" {}"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		if moduleBlocks([]byte(src)) && !mayDeclareModule("x.tf", []byte(src)) {
			t.Errorf("%q declares a module block, but mayDeclareModule is false", src)
		}
	})
}

// unreachedTree is a tree whose folders are not all evaluated: mods/zero is
// only called with count = 0 and mods/zero/inner only from mods/zero.
// mods/orphan is named by a call that is not followed (its source is not a
// literal), so it is a root; cyc/a and cyc/b call each other. Most folders
// have a broken file.
func unreachedTree() (fstest.MapFS, []parser.TerraformDir) {
	fsys := fstest.MapFS{
		"live/main.tf": {Data: []byte(`module "zero" {
  source = "../mods/zero"
  count  = 0
}
module "used" {
  source = "../mods/used"
}
resource "aws_s3_bucket" "b" {
  bucket = "live"
}
`)},
		"live/broken.tf":           {Data: []byte("resource \"aws_sqs_queue\" {\n")},
		"mods/zero/main.tf":        {Data: []byte("module \"inner\" {\n  source = \"./inner\"\n}\nresource \"aws_sqs_queue\" \"q\" {\n  name = \"zero\"\n}\n")},
		"mods/zero/broken.tf":      {Data: []byte("variable \"v\" {\n  type = \n}\n")},
		"mods/zero/inner/main.tf":  {Data: []byte("resource \"aws_sqs_queue\" \"q\" {\n  name = [\n}\n")},
		"mods/used/main.tf":        {Data: []byte("resource \"aws_sqs_queue\" \"u\" {\n  name = \"used\"\n}\n")},
		"mods/used/broken.tf.json": {Data: []byte(`{"resource": `)},
		"mods/orphan/main.tf":      {Data: []byte("resource \"aws_sqs_queue\" \"o\" {\n  name = \"orphan\"\n  bad = = \n}\n")},
		"cyc/a/main.tf":            {Data: []byte("module \"b\" {\n  source = \"../b\"\n}\nresource \"aws_sqs_queue\" \"a\" {\n  name = \"a\"\n}\n")},
		"cyc/b/main.tf":            {Data: []byte("module \"a\" {\n  source = \"../a\"\n}\nresource \"aws_sqs_queue\" \"b\" {\n  name = \"b\" +\n}\n")},
		"cyc/b/orphan.tf":          {Data: []byte("module \"orphan\" {\n  source = \"../../mods/${var.o}\"\n}\n")},
	}
	var dirs []parser.TerraformDir
	for _, d := range []string{"cyc/a", "cyc/b", "live", "mods/orphan", "mods/used", "mods/zero", "mods/zero/inner"} {
		var files []string
		for name := range fsys {
			if path.Dir(name) == d {
				files = append(files, name)
			}
		}
		slices.Sort(files)
		dirs = append(dirs, parser.TerraformDir{Dir: d, Files: files})
	}
	return fsys, dirs
}

// TestParseTreeUnevaluatedDiagnostics checks that the load diagnostics of
// every folder are reported, once, also for folders no root evaluates, and
// that results are the same whether ParseTreeEach loads folders in full to
// find roots (the cache has room) or only scans them (it has none).
func TestParseTreeUnevaluatedDiagnostics(t *testing.T) {
	fsys, dirs := unreachedTree()
	parse := func(bound int64) parser.Parsed {
		defer func(b int64) { cacheBound = b }(cacheBound)
		cacheBound = bound
		return ParseTree(context.Background(), fsys, dirs, Inputs{})
	}
	full := parse(cacheBound)
	for _, bound := range []int64{0, 100} {
		if d := cmp.Diff(render(full), render(parse(bound))); d != "" {
			t.Errorf("results differ with a cache bound of %d (-full +scanned):\n%s", bound, d)
		}
	}
	perFile := map[string]int{}
	for _, d := range full.Diagnostics {
		perFile[d.Range.File]++
	}
	for _, f := range []string{"live/broken.tf", "mods/zero/broken.tf", "mods/zero/inner/main.tf", "mods/used/broken.tf.json", "mods/orphan/main.tf", "cyc/b/main.tf"} {
		if perFile[f] == 0 {
			t.Errorf("no diagnostic for %s", f)
		}
	}
	// Each folder's load diagnostics once, whatever the number of callers:
	// ParseTreeEach's own result holds them, no root's does.
	load := ParseTreeEach(context.Background(), fsys, dirs, Inputs{}, func(int, parser.Parsed) {})
	defer func(b int64) { cacheBound = b }(cacheBound)
	cacheBound = 0
	scanned := ParseTreeEach(context.Background(), fsys, dirs, Inputs{}, func(int, parser.Parsed) {})
	for _, p := range []parser.Parsed{load, scanned} {
		seen := map[string]int{}
		for _, d := range p.Diagnostics {
			seen[d.Range.String()+" "+d.Summary]++
		}
		for k, n := range seen {
			if n != 1 {
				t.Errorf("%s reported %d times", k, n)
			}
		}
		files := map[string]bool{}
		for _, d := range p.Diagnostics {
			files[d.Range.File] = true
		}
		for _, f := range []string{"mods/zero/broken.tf", "mods/zero/inner/main.tf", "mods/orphan/main.tf"} {
			if !files[f] {
				t.Errorf("load diagnostics of %s lost", f)
			}
		}
	}
	if d := cmp.Diff(load.Diagnostics, scanned.Diagnostics); d != "" {
		t.Errorf("load diagnostics differ (-full +scanned):\n%s", d)
	}
	var resources []string
	for _, r := range full.Resources {
		resources = append(resources, r.Root+" "+r.Address)
	}
	want := []string{"cyc/a aws_sqs_queue.a", "cyc/a module.b.aws_sqs_queue.b", "live aws_s3_bucket.b", "live module.used.aws_sqs_queue.u", "mods/orphan aws_sqs_queue.o"}
	if d := cmp.Diff(want, resources); d != "" {
		t.Errorf("resources (-want +got):\n%s", d)
	}
}

// TestParseTreeScannedMatchesLoaded parses a generated tree, and the same
// tree named through explicit files (the pre-commit case), with and without
// room in the cache: the results must be the same.
func TestParseTreeScannedMatchesLoaded(t *testing.T) {
	all, _ := benchgen.GenerateFS(1, 1)
	in, err := parser.Discover(context.Background(), all, []string{"."})
	if err != nil {
		t.Fatal(err)
	}
	only := slices.Clone(in.Terraform)
	for i, d := range only {
		if i%3 == 0 && len(d.Files) > 0 {
			only[i].Only = map[string]bool{d.Files[0]: true}
		}
	}
	for name, dirs := range map[string][]parser.TerraformDir{"all": in.Terraform, "only": only} {
		t.Run(name, func(t *testing.T) {
			want := ParseTree(context.Background(), all, dirs, Inputs{})
			if len(want.Resources) < 100 {
				t.Fatalf("only %d resources", len(want.Resources))
			}
			defer func(b int64) { cacheBound = b }(cacheBound)
			for _, bound := range []int64{0, 50 << 10} {
				cacheBound = bound
				got := ParseTree(context.Background(), all, dirs, Inputs{})
				if d := cmp.Diff(render(want), render(got)); d != "" {
					t.Errorf("results differ with a cache bound of %d (-full +scanned):\n%s", bound, d)
				}
			}
		})
	}
}

// TestParseTreeCancelled cancels a scan before it starts: every folder still
// yields a result, and nothing panics.
func TestParseTreeCancelled(t *testing.T) {
	fsys, dirs := unreachedTree()
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	defer func(b int64) { cacheBound = b }(cacheBound)
	for _, bound := range []int64{cacheBound, 0} {
		cacheBound = bound
		p := ParseTree(ctx, fsys, dirs, Inputs{})
		if len(p.Resources) != 0 {
			t.Errorf("bound %d: %d resources after cancelling", bound, len(p.Resources))
		}
		stopped := false
		for _, d := range p.Diagnostics {
			stopped = stopped || strings.HasPrefix(d.Summary, "Parsing stopped")
		}
		if !stopped {
			t.Errorf("bound %d: no diagnostic says parsing stopped: %v", bound, p.Diagnostics)
		}
	}
}

// BenchmarkParseTreeLarge parses the Terraform of a 50× generated tree
// (10,500 files, several times the loader's cache bound) from memory, the
// size at which finding roots used to parse most folders twice.
func BenchmarkParseTreeLarge(b *testing.B) {
	all, _ := benchgen.GenerateFS(50, 1)
	in, err := parser.Discover(context.Background(), all, []string{"."})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		ParseTreeEach(context.Background(), all, in.Terraform, Inputs{}, func(int, parser.Parsed) {})
	}
}

// scanCalls is the exact method callCandidates falls back to, file by
// file (scanFile, after mayDeclareModule), applied to a whole folder: it
// must give readSource(ctx, fsys, dir, files).localCalls(). Files are read in the same order,
// checked and parsed the same way, and module blocks go through the same
// loadCall (a duplicate call name keeps the first), so the folders listed
// are the same. Diagnostics are dropped: a full load of the folder reports
// them.
func scanCalls(ctx context.Context, fsys fs.FS, dir string, files []string) (calls []string) {
	defer func() {
		// As in Loader.load: a bug in hcl or here costs this folder's calls.
		if recover() != nil {
			calls = nil
		}
	}()
	s := &source{dir: dir}
	for _, name := range fileOrder(files) {
		if ctx.Err() != nil {
			break
		}
		src, err := readBounded(fsys, name)
		if err != nil || !mayDeclareModule(name, src) {
			continue
		}
		s.scanFile(name, src)
	}
	return s.localCalls()
}
