package terraform

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// TestProject scans a multi-module project (testdata/project: two roots
// calling shared vpc, eks and bucket modules with count, for_each, dynamic
// blocks, tfvars and a provider alias) and compares every instance with the
// list terraform plan would give (expected.tsv, derived by hand; see
// expected-notes.md): address, type, block line and region, exactly.
func TestProject(t *testing.T) {
	const dir = "testdata/project"
	dirs := []parser.TerraformDir{}
	for _, d := range []string{"live/dev", "live/prod", "modules/bucket", "modules/eks", "modules/vpc"} {
		files, err := filepath.Glob(filepath.Join(dir, d, "*.tf"))
		if err != nil || len(files) == 0 {
			t.Fatalf("%s: no files (%v)", d, err)
		}
		for i, f := range files {
			files[i] = filepath.ToSlash(strings.TrimPrefix(f, dir+string(filepath.Separator)))
		}
		dirs = append(dirs, parser.TerraformDir{Dir: d, Files: files})
	}
	p := ParseTree(context.Background(), os.DirFS(dir), dirs, Inputs{})
	for _, d := range p.Diagnostics {
		t.Errorf("unexpected diagnostic %s: %s", d.Range, d.Message())
	}

	var got []string
	for _, r := range p.Resources {
		if r.Root == "" {
			t.Errorf("%s has no root", r.Address)
		}
		got = append(got, fmt.Sprintf("%s\t%s\t%s\t%s:%d\t%s", r.Root, r.Address, r.Type, r.Range.File, r.Range.Start.Line, r.Region))
	}
	// Values where they are static: computed with cidrsubnet from a tfvars
	// map, passed through module inputs, optional() defaults and dynamic
	// blocks.
	values := map[string]string{
		`live/prod module.vpc.aws_subnet.private["b"] cidr_block`:                "10.0.1.0/24",
		`live/prod module.vpc.aws_subnet.public["a"] cidr_block`:                 "10.0.100.0/24",
		`live/prod module.vpc.aws_subnet.private["c"] availability_zone`:         "eu-west-1c",
		`live/prod module.eks[0].aws_eks_node_group.this["spot"] capacity_type`:  "SPOT",
		`live/prod module.eks[0].aws_eks_node_group.this["spot"] taint.0.effect`: "NO_SCHEDULE",
	}
	for _, r := range p.Resources {
		for key, want := range values {
			f := strings.Fields(key)
			if f[0] != r.Root || f[1] != r.Address {
				continue
			}
			v := r.Attrs
			for _, step := range strings.Split(f[2], ".") {
				if v.Type().IsTupleType() || v.Type().IsListType() {
					v = v.Index(cty.NumberIntVal(int64(step[0] - '0')))
				} else {
					v = v.GetAttr(step)
				}
			}
			if !v.RawEquals(cty.StringVal(want)) {
				t.Errorf("%s = %#v, want %q", key, v, want)
			}
			delete(values, key)
		}
	}
	for key := range values {
		t.Errorf("no resource for %s", key)
	}

	want := readExpected(t, filepath.Join(dir, "expected.tsv"))
	slices.Sort(got)
	slices.Sort(want)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("instances differ from expected.tsv (-want +got):\n%s", diff)
	}
}

func readExpected(t *testing.T, name string) []string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []string
	s := bufio.NewScanner(f)
	for s.Scan() {
		if l := s.Text(); l != "" && !strings.HasPrefix(l, "#") {
			out = append(out, l)
		}
	}
	if len(out) < 50 {
		t.Fatalf("%s: only %d expectations", name, len(out))
	}
	return out
}

// A module's plan (instance.go) is made once per folder and shared by every
// instance in every root: what each instance sees must still be its own
// (count, inputs), and what making the plan found (a cycle of locals) is
// reported by every root that uses the module, also under Reads, where the
// root's outputs are left out of the plan but a called module's are not.
func TestPlanSharedByInstances(t *testing.T) {
	fsys := fstest.MapFS{
		"modules/q/main.tf": {Data: []byte(`variable "name" { type = string }
locals {
  a = local.b
  b = local.a
}
resource "aws_sqs_queue" "q" {
  count      = 2
  name       = "${var.name}-${count.index}"
  fifo_queue = aws_sqs_queue.dlq.fifo_queue
}
resource "aws_sqs_queue" "dlq" {
  fifo_queue = true
}
output "dlq" { value = aws_sqs_queue.dlq }
`)},
		"live/a/main.tf": {Data: []byte(`module "one" {
  source = "../../modules/q"
  name   = "a1"
}
module "two" {
  source = "../../modules/q"
  name   = "a2"
}
output "dlq" { value = module.one.dlq }
`)},
		"live/b/main.tf": {Data: []byte(`module "one" {
  source = "../../modules/q"
  name   = "b1"
}
`)},
	}
	dirs := []parser.TerraformDir{
		{Dir: "live/a", Files: []string{"live/a/main.tf"}},
		{Dir: "live/b", Files: []string{"live/b/main.tf"}},
		{Dir: "modules/q", Files: []string{"modules/q/main.tf"}},
	}
	for _, reads := range []Reads{nil, func(parser.Kind, string) ([]string, bool) { return []string{"name"}, false }} {
		names := map[string]string{}
		cycles := map[string]int{}
		var mu sync.Mutex // each runs on several goroutines
		ParseTreeEach(context.Background(), fsys, dirs, Inputs{Reads: reads}, func(root int, p parser.Parsed) {
			mu.Lock()
			defer mu.Unlock()
			for _, r := range p.Resources {
				if v, ok := r.Attr("name"); ok && v.IsKnown() && !v.IsNull() {
					names[r.Root+" "+r.Address] = v.AsString()
				}
				if r.Name == "dlq" {
					// The module reads fifo_queue of the dlq itself, so
					// the dlq evaluates it even when the caller reads
					// only name.
					if v, ok := r.Attr("fifo_queue"); !ok || !v.RawEquals(cty.True) {
						t.Errorf("reads %v: %s fifo_queue = %#v", reads != nil, r.Address, v)
					}
				}
			}
			for _, d := range p.Diagnostics {
				if strings.Contains(d.Summary, "cycle") {
					cycles[dirs[root].Dir]++
				}
			}
		})
		want := map[string]string{
			"live/a module.one.aws_sqs_queue.q[0]": "a1-0",
			"live/a module.one.aws_sqs_queue.q[1]": "a1-1",
			"live/a module.two.aws_sqs_queue.q[0]": "a2-0",
			"live/a module.two.aws_sqs_queue.q[1]": "a2-1",
			"live/b module.one.aws_sqs_queue.q[0]": "b1-0",
			"live/b module.one.aws_sqs_queue.q[1]": "b1-1",
		}
		if diff := cmp.Diff(want, names); diff != "" {
			t.Errorf("reads %v: names (-want +got):\n%s", reads != nil, diff)
		}
		if cycles["live/a"] == 0 || cycles["live/b"] == 0 {
			t.Errorf("reads %v: cycle reported by roots %v, want both", reads != nil, cycles)
		}
	}
}

// Many roots calling one module that fans out (each module calls the next
// three times): each root stops at the bound of a root, and together they
// stop at the bound of a scan (lowered here), with one error.
func TestTreeBound(t *testing.T) {
	defer func(m, r int64) { maxTreeModules, maxTreeResources = m, r }(maxTreeModules, maxTreeResources)
	maxTreeModules = 50_000
	fsys := fstest.MapFS{}
	const levels = 12
	for i := range levels - 1 {
		var b strings.Builder
		for _, n := range []string{"a", "b", "c"} {
			fmt.Fprintf(&b, "module %q {\n  source = \"../m%02d\"\n}\n", n, i+1)
		}
		fsys[fmt.Sprintf("fan/m%02d/main.tf", i)] = &fstest.MapFile{Data: []byte(b.String())}
	}
	fsys[fmt.Sprintf("fan/m%02d/main.tf", levels-1)] = &fstest.MapFile{Data: []byte("resource \"aws_sqs_queue\" \"q\" {}\n")}
	var dirs []parser.TerraformDir
	for i := range 8 {
		dir := fmt.Sprintf("roots/r%02d", i)
		fsys[dir+"/main.tf"] = &fstest.MapFile{Data: []byte("module \"fan\" {\n  source = \"../../fan/m00\"\n}\n")}
		dirs = append(dirs, parser.TerraformDir{Dir: dir, Files: []string{dir + "/main.tf"}})
	}
	p := ParseTree(context.Background(), fsys, dirs, Inputs{})
	perRoot, scanWide := 0, 0
	for _, d := range p.Diagnostics {
		switch d.Summary {
		case "Root module too large":
			perRoot++
		case "Configuration too large":
			scanWide++
		}
	}
	// 8 roots of 10,000 module instances each would be 80,000: the first
	// roots stop at their own bound, the scan at 50,000.
	if perRoot == 0 || scanWide != 1 {
		t.Errorf("%d root bound and %d scan bound diagnostics, want some and 1", perRoot, scanWide)
	}
	if n := len(p.Resources); n == 0 || n > 50_000 {
		t.Errorf("%d resources", n)
	}
}
