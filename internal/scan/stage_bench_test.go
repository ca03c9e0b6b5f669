package scan

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/a2z/a2z/parser"
)

// stageTree writes a repository-like tree under dir, shaped like a
// units× tree of internal/bench (30 Terraform roots of 7 files in 4 folders,
// 12 CloudFormation and 6 SAM templates per unit) with the files around them
// that discovery must look at or skip: READMEs, application sources,
// package.json files (JSON: read to tell plans from templates), a .git and a
// node_modules folder. It returns the infrastructure files written.
func stageTree(b *testing.B, dir string, units int) int {
	b.Helper()
	iac := 0
	write := func(rel, body string) {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	tf := func(rel, body string) { write(rel, body); iac++ }
	for i := range 30 * units {
		root := fmt.Sprintf("tf/team%02d/stack%04d", i%17, i)
		tf(root+"/versions.tf", "terraform {\n  required_version = \">= 1.5\"\n}\n")
		tf(root+"/variables.tf", "variable \"env\" {\n  default = \"dev\"\n}\n")
		tf(root+"/main.tf", "module \"queues\" {\n  source = \"./modules/queue\"\n}\n\nresource \"aws_sqs_queue\" \"jobs\" {\n  name = var.env\n}\n")
		tf(root+"/outputs.tf", "output \"id\" {\n  value = aws_sqs_queue.jobs.id\n}\n")
		tf(root+"/modules/queue/main.tf", "resource \"aws_sqs_queue\" \"dlq\" {}\n")
		tf(root+"/modules/bucket/main.tf", "resource \"aws_s3_bucket\" \"this\" {}\n")
		tf(root+"/modules/bucket/policy/main.tf", "resource \"aws_s3_bucket_policy\" \"this\" {}\n")
		write(root+"/README.md", "# stack\n")
	}
	for i := range 12 * units {
		tf(fmt.Sprintf("cfn/app%02d/stack%04d.yaml", i%11, i),
			"AWSTemplateFormatVersion: \"2010-09-09\"\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n")
	}
	for i := range 6 * units {
		svc := fmt.Sprintf("sam/svc%04d", i)
		tf(svc+"/template.yaml", "Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n")
		// package.json is a template candidate by suffix (its content decides).
		tf(svc+"/package.json", "{\n  \"name\": \"svc\",\n  \"version\": \"1.0.0\"\n}\n")
		write(svc+"/src/index.js", "exports.handler = async () => ({});\n")
		write(svc+"/node_modules/dep/package.json", "{\"name\": \"dep\"}\n")
		write(svc+"/node_modules/dep/index.js", "module.exports = {};\n")
	}
	write(".git/HEAD", "ref: refs/heads/main\n")
	for i := range 50 * units {
		write(fmt.Sprintf(".git/objects/%02x/%038x", i%256, i), "blob")
	}
	return iac
}

// stageFilesFound counts the files discovery hands to the parsers.
func stageFilesFound(in parser.Inputs) int {
	n := len(in.Templates) + len(in.Plans)
	for _, d := range in.Terraform {
		n += len(d.Files)
	}
	return n
}

// BenchmarkDiscover measures discovery alone (walking, skipping, telling
// Terraform folders, templates and plans apart) on a 10× tree on disk: the
// whole tree, and three files named as a pre-commit hook names them.
func BenchmarkDiscover(b *testing.B) {
	dir := b.TempDir()
	iac := stageTree(b, dir, 10)
	fsys := os.DirFS(dir)
	ctx := context.Background()
	bench := func(paths []string, want int) func(*testing.B) {
		return func(b *testing.B) {
			b.ReportAllocs()
			var in parser.Inputs
			for b.Loop() {
				var err error
				if in, err = parser.Discover(ctx, fsys, paths); err != nil {
					b.Fatal(err)
				}
			}
			if len(in.Diagnostics) > 0 {
				b.Fatalf("diagnostics: %v", in.Diagnostics[0])
			}
			if got := stageFilesFound(in); got != want {
				b.Fatalf("discovered %d files, want %d", got, want)
			}
			b.ReportMetric(float64(want), "files/op")
		}
	}
	b.Run("tree", bench([]string{"."}, iac))
	// The Terraform file brings its folder's 4 files along.
	b.Run("precommit", bench([]string{"tf/team00/stack0000/main.tf", "cfn/app00/stack0000.yaml", "sam/svc0000/template.yaml"}, 6))
}
