package scan

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/a2z/a2z/parser"
)

// Hostile inputs: each must be handled in bounded time and memory, with a
// diagnostic naming the file at fault, while the rest of the tree is still
// scanned. The module that calls itself is covered in parser/terraform.

// goodFiles are the healthy neighbours every hostile tree holds; their
// resources must survive whatever is next to them.
var goodFiles = map[string]string{
	"good/main.tf":    "resource \"aws_sqs_queue\" \"q\" {}\n",
	"good/stack.yaml": "Resources:\n  T:\n    Type: AWS::SNS::Topic\n",
}

var goodResources = []string{"good/main.tf:aws_sqs_queue.q", "good/stack.yaml:T"}

// writeTree writes files (slash paths) under a new temporary folder.
func writeTree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range goodFiles {
		p := filepath.Join(root, filepath.FromSlash(name))
		_ = os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// scanHostile parses fsys within limit and checks that no panic was
// recovered, that the good files' resources were found, and that each of
// badFiles has a diagnostic. It returns the result for further checks.
func scanHostile(t *testing.T, fsys fs.FS, limit time.Duration, badFiles ...string) parser.Parsed {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	start := time.Now()
	p, err := Parse(ctx, fsys, []string{"."}, Options{})
	if err != nil {
		t.Fatalf("Parse: %v (after %v)", err, time.Since(start))
	}
	if d := time.Since(start); d > limit {
		t.Errorf("took %v, over %v", d, limit)
	}
	for _, d := range p.Diagnostics {
		if strings.Contains(d.Summary, "internal error") {
			t.Errorf("recovered panic: %s at %s\n%s", d.Summary, d.Range, d.Detail)
		}
		if d.Range.File == "" {
			t.Errorf("diagnostic without a file: %+v", d)
		}
	}
	got := map[string]bool{}
	for _, r := range p.Resources {
		got[r.Range.File+":"+r.Address] = true
	}
	for _, want := range goodResources {
		if !got[want] {
			t.Errorf("resource %s lost; found %v; diagnostics %v", want, addresses(p), p.Diagnostics)
		}
	}
	for _, bad := range badFiles {
		if !hasDiagnostic(p, bad) {
			t.Errorf("no diagnostic names %s; diagnostics %v", bad, p.Diagnostics)
		}
	}
	return p
}

func hasDiagnostic(p parser.Parsed, file string) bool {
	for _, d := range p.Diagnostics {
		if d.Range.File == file {
			return true
		}
	}
	return false
}

// heapGrowth runs f and returns how much the live heap grew, roughly.
func heapGrowth(f func()) uint64 {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	f()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}

func TestHostileYAMLAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n")
	b.WriteString("      a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n")
	for i := 1; i < 10; i++ {
		fmt.Fprintf(&b, "      a%d: &a%d [", i, i)
		for j := range 9 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	root := writeTree(t, map[string]string{"bomb.yaml": b.String()})
	scanHostile(t, os.DirFS(root), 20*time.Second, "bomb.yaml")
}

// scanBounded is scanHostile within 30 s, failing t too when the scan
// allocates more than 2 GiB.
func scanBounded(t *testing.T, root string, badFiles ...string) parser.Parsed {
	t.Helper()
	var p parser.Parsed
	if grew := heapGrowth(func() { p = scanHostile(t, os.DirFS(root), 30*time.Second, badFiles...) }); grew > 2<<30 {
		t.Errorf("scan allocated %d MiB", grew>>20)
	}
	return p
}

// wantDiagnostic fails t unless one of p's diagnostics is the one ok
// accepts (what names it in the message).
func wantDiagnostic(t *testing.T, p parser.Parsed, what string, ok func(parser.Diagnostic) bool) {
	t.Helper()
	for _, d := range p.Diagnostics {
		if ok(d) {
			return
		}
	}
	t.Errorf("no diagnostic for %s; diagnostics %v", what, p.Diagnostics)
}

// resourcesIn counts p's resources declared in file.
func resourcesIn(p parser.Parsed, file string) int {
	n := 0
	for _, r := range p.Resources {
		if r.Range.File == file {
			n++
		}
	}
	return n
}

// fanOut writes levels small files of which each but the last uses the next
// three times (write gives file i's text, calling file i+1), the last
// holding one resource: 3^(levels-1) expansions, millions at fifteen.
func fanOut(levels int, name func(i int) string, write func(i int, next string) string, leaf string) map[string]string {
	files := map[string]string{}
	for i := range levels - 1 {
		files[name(i)] = write(i, name(i+1))
	}
	files[name(levels-1)] = leaf
	return files
}

// Module calls multiply: fifteen modules that each call the next three times
// are 4.8 million module instances. The root stops at its bound with one
// error, keeps what it evaluated, and the rest of the tree is scanned.
func TestHostileModuleFanOut(t *testing.T) {
	files := fanOut(15, func(i int) string { return fmt.Sprintf("fan/m%02d/main.tf", i) },
		func(i int, next string) string {
			src := strings.TrimSuffix(strings.TrimPrefix(next, "fan/"), "/main.tf")
			var b strings.Builder
			for _, n := range []string{"a", "b", "c"} {
				fmt.Fprintf(&b, "module %q {\n  source = \"../%s\"\n}\n", n, src)
			}
			return b.String()
		}, "resource \"aws_sqs_queue\" \"q\" {}\n")
	root := writeTree(t, files)
	p := scanBounded(t, root)
	wantDiagnostic(t, p, "the bound", func(d parser.Diagnostic) bool {
		return d.Summary == "Root module too large" && strings.Contains(d.Detail, "more than 10000 module instances") && strings.HasPrefix(d.Range.File, "fan/")
	})
	queues := resourcesIn(p, "fan/m14/main.tf")
	// Up to the bound, instances are evaluated and kept.
	if queues < 1000 || queues > 10_000 {
		t.Errorf("%d queues from the fan-out, want the ones up to the bound", queues)
	}
}

// Resources within the count bound each, but over the root's bound together:
// eleven resources of 10,000 instances. The eleventh is not expanded, with
// an error naming it.
func TestHostileManyResourceInstances(t *testing.T) {
	var b strings.Builder
	for i := range 11 {
		fmt.Fprintf(&b, "resource \"aws_sqs_queue\" \"q%02d\" {\n  count = 10000\n}\n", i)
	}
	root := writeTree(t, map[string]string{"many/main.tf": b.String()})
	p := scanHostile(t, os.DirFS(root), 60*time.Second, "many/main.tf")
	wantDiagnostic(t, p, "the bound at many/main.tf:31", func(d parser.Diagnostic) bool {
		return d.Summary == "Root module too large" && strings.Contains(d.Detail, "aws_sqs_queue.q10 and whatever") && d.Range.Start.Line == 31
	})
	n := resourcesIn(p, "many/main.tf")
	if n != 100_000 {
		t.Errorf("%d instances, want the 100,000 up to the bound", n)
	}
}

// Nested dynamic blocks multiply: three levels over a thousand elements
// are a billion blocks. Past the root's bound, generated blocks are unknown,
// with one warning.
func TestHostileNestedDynamicBlocks(t *testing.T) {
	src := `locals {
  l = [for i in range(1000) : i]
}
resource "aws_security_group" "s" {
  dynamic "ingress" {
    for_each = local.l
    content {
      dynamic "a" {
        for_each = local.l
        content {
          dynamic "b" {
            for_each = local.l
            content {
              x = 1
            }
          }
        }
      }
    }
  }
}
`
	root := writeTree(t, map[string]string{"dyn/main.tf": src})
	p := scanBounded(t, root, "dyn/main.tf")
	wantDiagnostic(t, p, "the bound", func(d parser.Diagnostic) bool {
		return d.Summary == "Too many dynamic blocks" && d.Range.File == "dyn/main.tf"
	})
	if !slices.Contains(addresses(p), "dyn/main.tf:aws_security_group.s") {
		t.Errorf("the security group is lost: %v", addresses(p))
	}
}

// Nested Fn::ForEach loops multiply the same way: five levels over thirty
// items are 24 million resources. The template stops at its bound.
func TestHostileNestedForEach(t *testing.T) {
	var b strings.Builder
	b.WriteString("AWSTemplateFormatVersion: \"2010-09-09\"\nTransform: AWS::LanguageExtensions\nParameters:\n  L:\n    Type: CommaDelimitedList\n    Default: \"")
	for i := range 30 {
		if i > 0 {
			b.WriteString(",")
		}
		fmt.Fprintf(&b, "i%d", i)
	}
	b.WriteString("\"\nResources:\n")
	indent := "  "
	for _, v := range []string{"A", "B", "C", "D", "E"} {
		fmt.Fprintf(&b, "%sFn::ForEach::%s:\n%s  - %s\n%s  - !Ref L\n%s  - ", indent, v, indent, v, indent, indent)
		indent += "    "
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "%sQ${A}${B}${C}${D}${E}:\n%s  Type: AWS::SQS::Queue\n", indent, indent)
	root := writeTree(t, map[string]string{"loops.yaml": b.String()})
	p := scanBounded(t, root, "loops.yaml")
	wantDiagnostic(t, p, "the bound", func(d parser.Diagnostic) bool {
		return strings.Contains(d.Summary, "loops already ran 10000 iterations")
	})
	n := resourcesIn(p, "loops.yaml")
	if n < 1000 || n > 10_000 {
		t.Errorf("%d queues from the loops, want those up to the bound", n)
	}
}

// The same with nested stacks: sixteen templates that each nest the next
// three times. Each template stops after reading 1,000 files through nested
// stacks, with one error.
func TestHostileNestedStackFanOut(t *testing.T) {
	files := fanOut(16, func(i int) string { return fmt.Sprintf("nest/t%02d.yaml", i) },
		func(i int, next string) string {
			var b strings.Builder
			b.WriteString("Resources:\n")
			for _, n := range []string{"A", "B", "C"} {
				fmt.Fprintf(&b, "  %s:\n    Type: AWS::CloudFormation::Stack\n    Properties: {TemplateURL: %s}\n", n, strings.TrimPrefix(next, "nest/"))
			}
			return b.String()
		}, "Resources:\n  Q:\n    Type: AWS::SQS::Queue\n")
	root := writeTree(t, files)
	p := scanBounded(t, root)
	wantDiagnostic(t, p, "the bound", func(d parser.Diagnostic) bool {
		return strings.Contains(d.Summary, "nest/t00.yaml already reads 1000 other files through nested stacks") && strings.HasPrefix(d.Range.File, "nest/")
	})
	if len(p.Resources) > 20_000 {
		t.Errorf("%d resources from the fan-out, over the bound", len(p.Resources))
	}
}

func TestHostileDeepHCL(t *testing.T) {
	const depth = 100_000
	src := "locals {\n  x = " + strings.Repeat("[", depth) + strings.Repeat("]", depth) + "\n}\n" +
		"resource \"aws_s3_bucket\" \"b\" { tags = { a = local.x } }\n"
	root := writeTree(t, map[string]string{"deep/main.tf": src})
	scanHostile(t, os.DirFS(root), 30*time.Second, "deep/main.tf")
}

func TestHostileHugeFile(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 200 MB file")
	}
	root := writeTree(t, nil)
	line := "# " + strings.Repeat("padding ", 12) + "\n"
	for _, name := range []string{"huge/main.tf", "huge/template.json"} {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		f, err := os.Create(p)
		if err != nil {
			t.Fatal(err)
		}
		if strings.HasSuffix(name, ".json") {
			_, err = f.WriteString(`{"Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": {"Tags": [` + "\n")
			line = `{"Key": "k", "Value": "` + strings.Repeat("v", 80) + `"},` + "\n"
		}
		chunk := []byte(strings.Repeat(line, (1<<20)/len(line)))
		for written := 0; err == nil && written < 200<<20; written += len(chunk) {
			_, err = f.Write(chunk)
		}
		if err == nil && strings.HasSuffix(name, ".json") {
			_, err = f.WriteString(`{"Key": "k", "Value": "v"}]}}}}` + "\n")
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
		if fi, err := os.Stat(p); err != nil || fi.Size() < 200<<20 {
			t.Fatalf("%s: not written whole: %v", name, err)
		}
	}
	var p parser.Parsed
	grew := heapGrowth(func() { p = scanHostile(t, os.DirFS(root), time.Minute, "huge/main.tf", "huge/template.json") })
	// Two 200 MB files: reading either whole would allocate over 200 MB.
	if grew > 150<<20 {
		t.Errorf("scan allocated %d MiB in all for two 200 MB files it should refuse", grew>>20)
	}
	for _, d := range p.Diagnostics {
		if strings.HasPrefix(d.Range.File, "huge/") && !strings.Contains(d.Summary+d.Detail, "MiB") {
			t.Errorf("diagnostic does not say the file is too large: %+v", d)
		}
	}
}

func TestHostileBinaryAndInvalidUTF8(t *testing.T) {
	bin := make([]byte, 4096)
	for i := range bin {
		bin[i] = byte(i * 7)
	}
	root := writeTree(t, map[string]string{
		"bin/main.tf":    string(bin),
		"latin1/main.tf": "resource \"aws_s3_bucket\" \"b\" { bucket = \"caf\xe9\" }\n",
		"latin1.yaml":    "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: caf\xe9\n",
	})
	scanHostile(t, os.DirFS(root), 10*time.Second, "bin/main.tf", "latin1/main.tf", "latin1.yaml")
}

func TestHostileSymlinkLoop(t *testing.T) {
	root := writeTree(t, map[string]string{"loop/main.tf": "resource \"aws_sns_topic\" \"t\" {}\n"})
	if err := os.Symlink("..", filepath.Join(root, "loop", "up")); err != nil {
		t.Skipf("cannot make a symlink: %v", err)
	}
	if err := os.Symlink("self", filepath.Join(root, "loop", "self")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("self.tf", filepath.Join(root, "loop", "self.tf")); err != nil {
		t.Fatal(err)
	}
	p := scanHostile(t, os.DirFS(root), 10*time.Second)
	n := 0
	for _, r := range p.Resources {
		if r.Address == "aws_sns_topic.t" {
			n++
		}
	}
	if n != 1 {
		t.Errorf("loop/main.tf's topic found %d times, want once", n)
	}
}

// deniedFS refuses to open the names in deny, as a chmod 000 file or folder
// does for a user other than root.
type deniedFS struct {
	fs.FS
	deny map[string]bool
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if d.deny[name] {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.FS.Open(name)
}

func TestHostileUnreadable(t *testing.T) {
	files := map[string]string{
		"locked/main.tf":    "resource \"aws_sns_topic\" \"t\" {}\n",
		"lockeddir/main.tf": "resource \"aws_sns_topic\" \"u\" {}\n",
		"locked.yaml":       "Resources:\n  L:\n    Type: AWS::SNS::Topic\n",
	}
	t.Run("denied", func(t *testing.T) {
		root := writeTree(t, files)
		fsys := deniedFS{os.DirFS(root), map[string]bool{"locked/main.tf": true, "lockeddir": true, "locked.yaml": true}}
		scanHostile(t, fsys, 10*time.Second, "locked/main.tf", "lockeddir", "locked.yaml")
	})
	t.Run("chmod", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("running as root: chmod 000 does not stop root reading (the denied case covers it)")
		}
		root := writeTree(t, files)
		for _, name := range []string{"locked/main.tf", "lockeddir", "locked.yaml"} {
			p := filepath.Join(root, filepath.FromSlash(name))
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { _ = os.Chmod(p, 0o755) })
		}
		scanHostile(t, os.DirFS(root), 10*time.Second, "locked/main.tf", "lockeddir", "locked.yaml")
	})
}

func TestHostileMillionForEach(t *testing.T) {
	src := "resource \"aws_sqs_queue\" \"q\" {\n  for_each = toset([for i in range(1000000) : tostring(i)])\n  name = each.key\n}\n"
	root := writeTree(t, map[string]string{"million/main.tf": src})
	var p parser.Parsed
	// range stops at 1024 elements (cty's limit, as in Terraform), so the
	// for_each is unknown and the resource is reported once, without a
	// diagnostic; the point here is that it ends quickly.
	grew := heapGrowth(func() { p = scanHostile(t, os.DirFS(root), 20*time.Second) })
	if grew > 1<<30 {
		t.Errorf("scan allocated %d MiB", grew>>20)
	}
	n := 0
	for _, r := range p.Resources {
		if r.Range.File == "million/main.tf" {
			n++
		}
	}
	if n > 10_000 {
		t.Errorf("%d instances of a million-element for_each, over the bound", n)
	}
}

func TestHostileSetProductForEach(t *testing.T) {
	src := "resource \"aws_sqs_queue\" \"q\" {\n" +
		"  for_each = toset([for p in setproduct(range(1000), range(1000)) : \"${p[0]}-${p[1]}\"])\n" +
		"  name = each.key\n}\n" +
		"resource \"aws_sns_topic\" \"t\" {\n  name = \"fine\"\n}\n"
	root := writeTree(t, map[string]string{"product/main.tf": src})
	var p parser.Parsed
	// setproduct stops at 100,000 elements, so the million-element product
	// is an error at the call: the for_each is unknown, the resource is
	// reported once, and the file's other resource is untouched.
	grew := heapGrowth(func() { p = scanHostile(t, os.DirFS(root), 20*time.Second, "product/main.tf") })
	if grew > 1<<30 {
		t.Errorf("scan allocated %d MiB", grew>>20)
	}
	found := false
	for _, d := range p.Diagnostics {
		if d.Range.File == "product/main.tf" && d.Range.Start.Line == 2 &&
			strings.Contains(d.Detail, "setproduct: result would have up to 1000000 elements; a2z stops at 100000") {
			found = true
		}
	}
	if !found {
		t.Errorf("no diagnostic for setproduct at product/main.tf:2; diagnostics %v", p.Diagnostics)
	}
	var queues, topics int
	for _, r := range p.Resources {
		switch r.Range.File + ":" + r.Address {
		case "product/main.tf:aws_sqs_queue.q":
			queues++
		case "product/main.tf:aws_sns_topic.t":
			topics++
		}
	}
	if queues != 1 || topics != 1 {
		t.Errorf("product/main.tf: %d queues and %d topics, want one of each; found %v", queues, topics, addresses(p))
	}
}

func TestHostileManyConditions(t *testing.T) {
	const n = 10_000
	var b strings.Builder
	b.WriteString("Parameters:\n  Env:\n    Type: String\n    Default: prod\nConditions:\n")
	b.WriteString("  C0: !Equals [!Ref Env, prod]\n")
	for i := 1; i < n; i++ {
		fmt.Fprintf(&b, "  C%d: !And [!Condition C%d, !Equals [!Ref Env, prod], !Condition C%d]\n", i, i-1, i/2)
	}
	fmt.Fprintf(&b, "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Condition: C%d\n", n-1)
	root := writeTree(t, map[string]string{"conds.yaml": b.String()})
	p := scanHostile(t, os.DirFS(root), 10*time.Second)
	if !strings.Contains(strings.Join(addresses(p), " "), "conds.yaml:B") && !hasDiagnostic(p, "conds.yaml") {
		t.Errorf("conds.yaml: neither its bucket nor a diagnostic; got %v", addresses(p))
	}
}
