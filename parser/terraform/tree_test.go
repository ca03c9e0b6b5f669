package terraform

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

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
