package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreCommitHooks runs the repository's hooks with the real pre-commit
// tool on a throwaway git repository, as a user's pre-commit run would: the
// golang hook (pre-commit builds a2z) and the system hook (a2z on PATH). A
// staged Terraform file is evaluated with its folder but only it is
// reported, and a blocker fails the commit.
func TestPreCommitHooks(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a2z through pre-commit; skipped with -short")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("pre-commit is not installed; .ci/run installs the Debian package")
		}
		t.Skip("pre-commit is not installed (Debian package pre-commit; CI installs it)")
	}
	repoRoot, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	if err := exec.Command("git", "-C", repoRoot, "rev-parse", "--git-dir").Run(); err != nil {
		t.Skipf("%s is not a git checkout, which pre-commit try-repo needs", repoRoot)
	}

	work := t.TempDir()
	run := func(dir string, env []string, name string, args ...string) (string, error) {
		cmd := exec.Command(name, args...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), env...)
		out, err := cmd.CombinedOutput()
		return string(out), err
	}
	must := func(out string, err error) string {
		t.Helper()
		if err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return out
	}
	must(run(work, nil, "git", "init", "-q"))
	files := map[string]string{
		// The variable is declared in another file of the folder.
		"main.tf":      "resource \"aws_sqs_queue\" \"jobs\" {\n  fifo_queue = var.fifo\n}\n",
		"variables.tf": "variable \"fifo\" {\n  default = true\n}\n",
		"other.tf":     "resource \"aws_sns_topic\" \"not_staged\" {}\n",
		"blocker.tf":   "resource \"aws_ram_resource_share\" \"share\" {\n  name = \"s\"\n}\n",
	}
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(work, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	must(run(work, nil, "git", "add", "main.tf", "blocker.tf"))
	// pre-commit keeps its environments here; a fresh one per test run.
	env := []string{"PRE_COMMIT_HOME=" + filepath.Join(work, ".pre-commit-home"), "GIT_AUTHOR_NAME=t", "GIT_AUTHOR_EMAIL=t@example.com"}

	out := must(run(work, env, "pre-commit", "try-repo", repoRoot, "a2z", "--verbose", "--files", "main.tf"))
	for _, want := range []string{"Passed", "aws_sqs_queue.jobs", "[aws-sqs-queue/fifo-sessions]"} {
		if !strings.Contains(out, want) {
			t.Errorf("golang hook output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "not_staged") || strings.Contains(out, "may apply") {
		t.Errorf("the hook reported another file, or did not resolve the folder's variable:\n%s", out)
	}

	// The system hook uses the a2z on PATH, here one built from this checkout.
	bin := filepath.Join(work, "bin")
	must(run(repoRoot, nil, "go", "build", "-o", filepath.Join(bin, "a2z"), "./cmd/a2z"))
	path := "PATH=" + bin + string(os.PathListSeparator) + os.Getenv("PATH")
	out, err = run(work, append(env, path), "pre-commit", "try-repo", repoRoot, "a2z-system", "--verbose", "--files", "main.tf", "blocker.tf")
	if err == nil {
		t.Errorf("a blocker (no Azure equivalent) did not fail the hook:\n%s", out)
	}
	for _, want := range []string{"Failed", "aws_ram_resource_share.share", "no Azure equivalent"} {
		if !strings.Contains(out, want) {
			t.Errorf("system hook output lacks %q:\n%s", want, out)
		}
	}
}
