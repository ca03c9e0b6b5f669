package terraform

import (
	"context"
	"fmt"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/internal/benchgen"
	"github.com/a2z/a2z/parser"
)

// refRoots is the brute-force reference for root detection: every folder
// loaded in full, then treeRoots.
func refRoots(fsys fs.FS, dirs []parser.TerraformDir) []int {
	calls := make([][]string, len(dirs))
	for i, d := range dirs {
		files := d.Files
		if files == nil {
			files = configFiles(fsys, d.Dir)
		}
		calls[i] = fullCalls(fsys, d.Dir, files)
	}
	return treeRoots(dirs, calls)
}

// refParseTreeEach is ParseTreeEach as it was before roots were decided
// during evaluation, with every folder loaded in full to find the roots: the
// reference the deferred detection must match.
func refParseTreeEach(ctx context.Context, fsys fs.FS, dirs []parser.TerraformDir, in Inputs, each func(root int, p parser.Parsed)) parser.Parsed {
	l := NewLoader(fsys)
	for _, d := range dirs {
		l.filesFor(d.Dir, d.Files)
	}
	calls := make([][]string, len(dirs))
	var mu sync.Mutex
	loadDiags := map[string][]parser.Diagnostic{}
	for i, d := range dirs {
		src := l.load(ctx, d.Dir, l.filesFor(d.Dir, d.Files))
		calls[i] = src.localCalls()
		loadDiags[src.dir] = src.diags
	}
	only := onlyFiles(dirs)
	for _, root := range treeRoots(dirs, calls) {
		dir := dirs[root]
		p, used := l.evalRoot(ctx, l.load(ctx, dir.Dir, dir.Files), in)
		mu.Lock()
		for _, src := range used {
			if _, done := loadDiags[src.dir]; !done {
				loadDiags[src.dir] = src.diags
			}
		}
		mu.Unlock()
		if dir.Only != nil {
			p = filterOnly(p, only)
		}
		each(root, p)
	}
	var diags []parser.Diagnostic
	for _, dir := range slices.Sorted(maps.Keys(loadDiags)) {
		diags = append(diags, loadDiags[dir]...)
	}
	return parser.Parsed{Diagnostics: filterOnly(parser.Parsed{Diagnostics: sortDiags(diags)}, only).Diagnostics}
}

// treeOutput is everything ParseTreeEach reports, per root index.
type treeOutput struct {
	Roots []int
	Each  map[int][]string
	Calls map[int]int // each calls per root
	Load  []string
}

func collectTree(parse func(each func(int, parser.Parsed)) parser.Parsed) treeOutput {
	out := treeOutput{Each: map[int][]string{}, Calls: map[int]int{}}
	var mu sync.Mutex
	load := parse(func(root int, p parser.Parsed) {
		r := render(p)
		for _, m := range p.Modules {
			r = append(r, fmt.Sprintf("call %s %s %s", m.Name, m.Source, m.Range))
		}
		mu.Lock()
		out.Each[root] = r
		out.Calls[root]++
		mu.Unlock()
	})
	out.Roots = slices.Sorted(maps.Keys(out.Each))
	out.Load = render(load)
	return out
}

// checkTree compares ParseTreeEach with the reference on one tree, with the
// cache as large as it is by default, empty, and small; and checks that the
// candidates of every folder cover its exact calls.
func checkTree(t *testing.T, fsys fs.FS, dirs []parser.TerraformDir) {
	t.Helper()
	ctx := context.Background()
	want := collectTree(func(each func(int, parser.Parsed)) parser.Parsed {
		return refParseTreeEach(ctx, fsys, dirs, Inputs{}, each)
	})
	if d := cmp.Diff(refRoots(fsys, dirs), want.Roots); d != "" {
		t.Fatalf("reference roots (-treeRoots +reference):\n%s", d)
	}
	defer func(b int64) { cacheBound = b }(cacheBound)
	for _, bound := range []int64{cacheBound, 0, 300, 4 << 10} {
		cacheBound = bound
		got := collectTree(func(each func(int, parser.Parsed)) parser.Parsed {
			return ParseTreeEach(ctx, fsys, dirs, Inputs{}, each)
		})
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("cache bound %d: ParseTreeEach differs from the reference (-want +got):\n%s", bound, d)
		}
	}
	cacheBound = 2 << 20
	checkCandidates(t, fsys, dirs)
}

// checkCandidates checks that callCandidates lists every folder a full
// load's localCalls lists, for every folder.
func checkCandidates(t *testing.T, fsys fs.FS, dirs []parser.TerraformDir) {
	t.Helper()
	for _, d := range dirs {
		files := d.Files
		if files == nil {
			files = configFiles(fsys, d.Dir)
		}
		cands := callCandidates(context.Background(), fsys, d.Dir, files)
		for _, c := range fullCalls(fsys, d.Dir, files) {
			if !slices.Contains(cands, c) {
				t.Errorf("%s: calls %s, not among the candidates %q", d.Dir, c, cands)
			}
		}
	}
}

// mapTree builds a tree from file bodies; its folders are those holding
// Terraform files, in sorted order, each with its files.
func mapTree(files map[string]string) (fstest.MapFS, []parser.TerraformDir) {
	fsys := fstest.MapFS{}
	byDir := map[string][]string{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
		byDir[path.Dir(name)] = append(byDir[path.Dir(name)], name)
	}
	var dirs []parser.TerraformDir
	for _, d := range slices.Sorted(maps.Keys(byDir)) {
		dirs = append(dirs, parser.TerraformDir{Dir: d, Files: slices.Sorted(slices.Values(byDir[d]))})
	}
	return fsys, dirs
}

func queue(name string) string {
	return fmt.Sprintf("resource \"aws_sqs_queue\" \"q\" {\n  name = %q\n}\n", name)
}

func call(name, source string) string {
	return fmt.Sprintf("module %q {\n  source = %q\n}\n", name, source)
}

// handTrees are hand-written trees for the cases root detection must get
// right.
func handTrees() map[string]map[string]string {
	return map[string]map[string]string{
		"nested": {
			"live/main.tf":             call("a", "./modules/a") + queue("live"),
			"live/modules/a/main.tf":   call("b", "./b") + queue("a"),
			"live/modules/a/b/main.tf": call("c", "../../../../shared/c") + queue("b"),
			"shared/c/main.tf":         queue("c"),
		},
		"shared": {
			"r1/main.tf":         call("s", "../shared") + queue("r1"),
			"r2/main.tf":         call("s", "../shared") + call("t", "../shared") + queue("r2"),
			"r3/main.tf":         "module \"s\" {\n  source = \"../shared\"\n  count  = 2\n}\n",
			"shared/main.tf":     call("inner", "./inner") + queue("shared"),
			"shared/inner/x.tf":  queue("inner"),
			"shared/outputs.tf":  "output \"o\" {\n  value = module.inner\n}\n",
			"shared/inner/v.tf":  "variable \"v\" {\n  default = 1\n}\n",
			"unused/main.tf":     queue("unused"),
			"unused/versions.tf": "terraform {\n  required_providers {\n    aws = { source = \"hashicorp/aws\" }\n  }\n}\n",
		},
		"count zero": {
			"live/main.tf":       "module \"z\" {\n  source = \"../zero\"\n  count  = 0\n}\nmodule \"e\" {\n  source   = \"../each\"\n  for_each = {}\n}\n",
			"zero/main.tf":       call("inner", "./inner") + queue("zero"),
			"zero/inner/main.tf": call("deeper", "../../deeper") + queue("inner"),
			"deeper/main.tf":     queue("deeper"),
			"each/main.tf":       call("d", "../deeper") + queue("each"),
		},
		"cycles": {
			"a/main.tf": call("b", "../b") + queue("a"),
			"b/main.tf": call("a", "../a") + queue("b"),
			"c/main.tf": call("self", ".") + call("self2", "./") + queue("c"),
			"d/main.tf": call("e", "../e") + queue("d"),
			"e/main.tf": call("f", "../f") + queue("e"),
			"f/main.tf": call("d", "../d") + queue("f"),
			"g/main.tf": call("d", "../d") + queue("g"),
			"h/main.tf": call("i", "../i") + queue("h"),
			"i/main.tf": call("j", "../j") + call("h", "../h") + queue("i"),
			"j/main.tf": queue("j"),
		},
		"leaving and non-local": {
			"r/main.tf": call("up", "../../../outside") + call("reg", "terraform-aws-modules/vpc/aws") +
				call("git", "git::https://example.com/m.git") + call("abs", "/abs/m") + call("dot", "..") + queue("r"),
			"r/sub/main.tf":                queue("sub"),
			"main.tf":                      queue("top"),
			"x/main.tf":                    call("m", "../r/sub") + "module \"t\" {\n  source = \"./${var.x}\"\n}\n",
			"terraform-aws-modules/v/m.tf": queue("v"),
		},
		"escapes": {
			"r/a.tf":         "module \"esc\" {\n  source = \"\\u002e/esc\"\n}\n",
			"r/b.tf":         "module \"tmpl\" {\n  source = \"./${\"tm\"}pl\"\n}\n",
			"r/c.tf":         "module \"inter\" {\n  source = \"${\".\"}/inter\"\n}\n",
			"r/d.tf":         "module \"dir\" {\n  source = \"%{if true}./dir%{endif}\"\n}\n",
			"r/e.tf.json":    `{"module": {"j": {"source": "\u002e/json"}}}`,
			"r/f.tf":         "module \"cond\" {\n  source = \"true\" /* c */ ? \"./cond\" : \"./no\"\n}\n",
			"r/g.tf":         "module \"cmt\" {\n  source /* c */ = \"./cmt\"\n}\n",
			"r/h.tf":         "module \"dollar\" {\n  source = \"./$${x}\"\n}\n",
			"r/i.tf":         "module \"paren\" {\n  source = (\n    \"./paren\"\n  )\n}\n",
			"r/j.tf":         "module \"heredoc\" {\n  source = <<EOT\n./heredoc\nEOT\n}\n",
			"r/k.tf":         "module \"one\" { source = \"./one\" }\nmodule \"crlf\" {\r\n  source = \"./crlf\"\r\n}\r\n",
			"r/l.tf":         "module \"q\" {\n  source = \"./quote\\\"\"\n}\n",
			"r/esc/m.tf":     queue("esc"),
			"r/tmpl/m.tf":    queue("tmpl"),
			"r/inter/m.tf":   queue("inter"),
			"r/dir/m.tf":     queue("dir"),
			"r/json/m.tf":    queue("json"),
			"r/cond/m.tf":    queue("cond"),
			"r/no/m.tf":      queue("no"),
			"r/cmt/m.tf":     queue("cmt"),
			"r/${x}/m.tf":    queue("dollar"),
			"r/$${x}/m.tf":   queue("dollar2"),
			"r/paren/m.tf":   queue("paren"),
			"r/heredoc/m.tf": queue("heredoc"),
			"r/one/m.tf":     queue("one"),
			"r/crlf/m.tf":    queue("crlf"),
			"r/quote\"/m.tf": queue("quote"),
		},
		"syntax errors": {
			"r/main.tf":       call("a", "../a") + "resource \"aws_sqs_queue\" {\n",
			"a/main.tf":       "module \"b\" {\n  source = \"../b\"\n}\nresource \"aws_x\" {\n  = =\n}\n",
			"b/main.tf":       "module \"open\" {\n  source = \"../c\"\n",
			"c/main.tf":       queue("c"),
			"d/main.tf.json":  `{"module": {"j": {"source": "../c"}}`,
			"e/main.tf":       "\x00module \"bin\" { source = \"../c\" }\n",
			"f/main.tf":       "module \"deep\" {\n  source = \"../c\"\n  x = " + strings.Repeat("[", parser.MaxNesting+1) + strings.Repeat("]", parser.MaxNesting+1) + "\n}\n",
			"g/main.tf":       "module \"weird\" \"two\" {\n  source = \"../c\"\n}\n",
			"h/main.tf":       "module \"attr\" {\n  source = \"../i\"\n  source = \"../j\"\n}\n",
			"i/main.tf":       queue("i"),
			"j/main.tf":       queue("j"),
			"k/main.tf":       "module \"dup\" {\n  source = \"../i\"\n}\nmodule \"dup\" {\n  source = \"../l\"\n}\n",
			"l/main.tf":       queue("l"),
			"m/main.tf":       "module \"latin\" {\n  source = \"../\xe9\"\n}\n",
			"\xe9/main.tf":    queue("latin"),
			"n/main.tf":       "module \"bad\" {\n  source = \"../o\n}\n",
			"o/main.tf":       queue("o"),
			"p/main.tf":       "module/*c*/\"tight\"{source=\"../q\"}\n",
			"q/main.tf":       queue("q"),
			"s/override.tf":   call("m", "../t"),
			"s/main.tf":       call("m", "../u"),
			"t/main.tf":       queue("t"),
			"u/main.tf":       queue("u"),
			"v/main.tf":       "module \"dupe\" {\n  source = \"../w\"\n}\n",
			"v/z.tf":          "module \"dupe\" {\n  source = \"../y\"\n}\n",
			"w/main.tf":       queue("w"),
			"y/main.tf":       queue("y"),
			"empty/main.tf":   "",
			"comment/main.tf": "# module \"x\" { source = \"../c\" }\n// module \"x\" { source = \"../y\" }\n",
		},
	}
}

// TestDeferredRootsHandWritten compares ParseTreeEach with the reference on
// the hand-written trees, also with explicit files.
func TestDeferredRootsHandWritten(t *testing.T) {
	for name, files := range handTrees() {
		t.Run(name, func(t *testing.T) {
			fsys, dirs := mapTree(files)
			checkTree(t, fsys, dirs)
			only := slices.Clone(dirs)
			for i, d := range only {
				if i%2 == 0 {
					only[i].Only = map[string]bool{d.Files[0]: true}
				}
			}
			checkTree(t, fsys, only)
			// Folders listed with all their files (nil), as for a module
			// folder found by discovery.
			all := slices.Clone(dirs)
			for i := range all {
				if i%3 == 1 {
					all[i].Files = nil
				}
			}
			checkTree(t, fsys, all)
		})
	}
	t.Run("unreached", func(t *testing.T) {
		fsys, dirs := unreachedTree()
		checkTree(t, fsys, dirs)
	})
}

// TestDeferredRootsGenerated compares ParseTreeEach with the reference on
// generated trees, whole and in the pre-commit case, and on the
// repository's own Terraform.
func TestDeferredRootsGenerated(t *testing.T) {
	for seed := range uint64(3) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			fsys, _ := benchgen.GenerateFS(1, seed)
			in, err := parser.Discover(context.Background(), fsys, []string{"."})
			if err != nil {
				t.Fatal(err)
			}
			checkTree(t, fsys, in.Terraform)
			only := slices.Clone(in.Terraform)
			for i, d := range only {
				if i%3 == 0 && len(d.Files) > 0 {
					only[i].Only = map[string]bool{d.Files[0]: true}
				}
			}
			checkTree(t, fsys, only)
		})
	}
	for name, dir := range map[string]string{"project": "testdata/project", "examples": "../../examples/terraform"} {
		t.Run(name, func(t *testing.T) {
			fsys := os.DirFS(dir)
			in, err := parser.Discover(context.Background(), fsys, []string{"."})
			if err != nil {
				t.Fatal(err)
			}
			checkTree(t, fsys, in.Terraform)
		})
	}
}

// sourceForms are ways to write a module's source: those the byte scan
// reads and those it must leave to the parser.
var sourceForms = []func(dir string) string{
	func(d string) string { return fmt.Sprintf("source = %q", d) },
	func(d string) string { return fmt.Sprintf("source=%q", d) },
	func(d string) string { return fmt.Sprintf("source\t =  %q # c", d) },
	func(d string) string { return fmt.Sprintf("source = %q // c", d) },
	func(d string) string { return fmt.Sprintf("source /**/ = %q", d) },
	func(d string) string { return fmt.Sprintf("source = /**/ %q", d) },
	func(d string) string { return fmt.Sprintf("source = \"\\u002e%s\"", d[1:]) },
	func(d string) string { return fmt.Sprintf("source = \"${\"%s\"}%s\"", d[:1], d[1:]) },
	func(d string) string { return fmt.Sprintf("source = \"%%{if true}%s%%{endif}\"", d) },
	func(d string) string { return fmt.Sprintf("source = true ? %q : \"./nowhere\"", d) },
	func(d string) string { return fmt.Sprintf("source = \"true\" ? %q : \"./nowhere\"", d) },
	func(d string) string { return fmt.Sprintf("source = (%q)", d) },
	func(d string) string { return fmt.Sprintf("source = [%q][0]", d) },
	func(d string) string { return fmt.Sprintf("source = {a = %q}.a", d) },
	func(d string) string { return fmt.Sprintf("source = \"${var.x}\"\n  src2 = %q", d) },
}

// randomTree is a tree of n folders with random module calls between them
// (cycles and self-calls included), written in random forms, some under
// count = 0, some in JSON, some broken.
func randomTree(rng *rand.Rand, n int) map[string]string {
	files := map[string]string{}
	name := func(i int) string { return fmt.Sprintf("f%d", i) }
	for i := range n {
		var b strings.Builder
		var js []string
		for k := range rng.IntN(4) {
			to := rng.IntN(n)
			src := "../" + name(to)
			if to == i && rng.IntN(2) == 0 {
				src = "./"
			}
			if rng.IntN(10) == 0 {
				js = append(js, fmt.Sprintf("%q: {\"source\": \"\\u002e%s\"}", fmt.Sprintf("j%d", k), src[1:]))
				continue
			}
			count := ""
			if rng.IntN(4) == 0 {
				count = "\n  count = 0"
			}
			form := sourceForms[rng.IntN(len(sourceForms))]
			fmt.Fprintf(&b, "module \"m%d\" {\n  %s%s\n}\n", k, form(src), count)
		}
		b.WriteString(queue(name(i)))
		if rng.IntN(8) == 0 {
			b.WriteString("resource \"aws_sqs_queue\" {\n")
		}
		files[name(i)+"/main.tf"] = b.String()
		if len(js) > 0 {
			files[name(i)+"/more.tf.json"] = "{\"module\": {" + strings.Join(js, ", ") + "}}"
		}
	}
	return files
}

// TestDeferredRootsRandom compares ParseTreeEach with the reference on
// random call graphs.
func TestDeferredRootsRandom(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for i := range 60 {
		files := randomTree(rng, 2+rng.IntN(10))
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			fsys, dirs := mapTree(files)
			checkTree(t, fsys, dirs)
		})
	}
}

// TestLiteralSourcesSuperset mutates module blocks at random around their
// source argument and checks that whenever literalSources reads a file
// from its bytes, every source a full load finds is among what it read.
func TestLiteralSourcesSuperset(t *testing.T) {
	tokens := []string{
		"source", "source", "source", "sources", "x.source", " ", "\t", "\n", "\r\n", "\r", "=", "==", "=>",
		`"./a"`, `"../b"`, `"."`, `".."`, `"`, `"./${"c"}"`, `"\u002e/d"`, `"./$${e}"`, `"%{if true}./f%{endif}"`,
		"{", "}", "(", ")", "[", "]", "#c\n", "//c\n", "/*c*/", "/*\n*/", "<<EOT\n./g\nEOT\n", "?", ":", "true",
		`"true"`, ",", "é", "\\", "1", "-", "+", "module", `"m"`, "!",
	}
	rng := rand.New(rand.NewPCG(5, 6))
	read, parsed := 0, 0
	for range 50000 {
		var b strings.Builder
		b.WriteString("module \"m\" {\n  ")
		for range 1 + rng.IntN(8) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		if rng.IntN(2) == 0 {
			b.WriteString("\n}\n")
		}
		for range rng.IntN(4) {
			b.WriteString(tokens[rng.IntN(len(tokens))])
		}
		src := b.String()
		fsys := fstest.MapFS{"a/b/x.tf": {Data: []byte(src)}}
		s := readSource(context.Background(), fsys, "a/b", []string{"a/b/x.tf"})
		lits, ok := literalSources([]byte(src))
		if !ok {
			parsed++
			continue
		}
		read++
		for _, c := range s.calls {
			if isLocalSource(c.source) && !slices.Contains(lits, c.source) {
				t.Errorf("%q: source %q not among %q", src, c.source, lits)
			}
		}
		cands := callCandidates(context.Background(), fsys, "a/b", []string{"a/b/x.tf"})
		for _, c := range s.localCalls() {
			if !slices.Contains(cands, c) {
				t.Errorf("%q: call %s not among candidates %q", src, c, cands)
			}
		}
	}
	if read < 1000 || parsed < 1000 {
		t.Errorf("only %d files read from their bytes, %d parsed", read, parsed)
	}
}

// TestLiteralSources checks what literalSources reads, and where it gives
// up, on the usual forms.
func TestLiteralSources(t *testing.T) {
	cases := []struct {
		src  string
		want []string
		ok   bool
	}{
		{"module \"a\" {\n  source = \"./a\"\n}\n", []string{"./a"}, true},
		{"module \"a\" { source = \"./a\" }\nmodule \"b\" {\r\n  source=\"../b\" # c\r\n}\n", []string{"./a", "../b"}, true},
		{"locals {\n  s = each.value.source\n  t = var.source == \"x\"\n  source_hash = 1\n}\n", nil, true},
		{"module \"a\" {\n  source = \"./${var.x}\"\n}\n", nil, false},
		{"module \"a\" {\n  source = \"\\u002e/a\"\n}\n", nil, false},
		{"module \"a\" {\n  source /* c */ = \"./a\"\n}\n", nil, false},
		{"module \"a\" {\n  source = \"./a\" == \"b\" ? \"./c\" : \"./d\"\n}\n", nil, false},
		{"module \"a\" {\n  source = <<EOT\n./a\nEOT\n}\n", nil, false},
		{"module \"a\" {\n  source = \"./\xc3\xa9\"\n}\n", nil, false},
		{"module \"a\" {\n  source = \"./a\n}\n", nil, false},
	}
	for _, c := range cases {
		got, ok := literalSources([]byte(c.src))
		if ok != c.ok || !slices.Equal(got, c.want) {
			t.Errorf("%q: got %q, %v; want %q, %v", c.src, got, ok, c.want, c.ok)
		}
	}
}
