package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestScanHasNoSideEffects runs a real scan of the bundled examples (with
// a module call, a plan-free Terraform tree, templates and every output
// format) under strace and proves it opens no network socket and starts no
// other program: the only execve is a2z's own.
func TestScanHasNoSideEffects(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a2z and traces it; skipped with -short")
	}
	strace, err := exec.LookPath("strace")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("strace is not installed; .ci/run installs the Debian package")
		}
		t.Skip("strace is not installed (Debian package strace; CI installs it)")
	}
	work := t.TempDir()
	bin := filepath.Join(work, "a2z")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	examples, err := filepath.Abs(filepath.Join("..", "..", "examples"))
	if err != nil {
		t.Fatal(err)
	}
	trace := filepath.Join(work, "trace")
	cmd := exec.Command(strace, "-f", "-qq", "-o", trace,
		"-e", "trace=socket,connect,sendto,execve,execveat,fork,vfork",
		bin, "scan", examples, "--format", "json="+filepath.Join(work, "a2z.json"),
		"--format", "sarif="+filepath.Join(work, "a2z.sarif"), "--format", "text")
	if out, err := cmd.CombinedOutput(); err != nil {
		// strace may be refused by the kernel (ptrace restrictions).
		if strings.Contains(string(out), "ptrace") || strings.Contains(string(out), "Operation not permitted") {
			t.Skipf("strace cannot trace here: %s", out)
		}
		t.Fatalf("a2z under strace: %v\n%s", err, out)
	}
	data, err := os.ReadFile(trace)
	if err != nil {
		t.Fatal(err)
	}
	calls := regexp.MustCompile(`(?m)^\d+\s+(\w+)\(`).FindAllStringSubmatch(string(data), -1)
	execs := 0
	for _, c := range calls {
		switch c[1] {
		case "execve", "execveat":
			execs++
		case "socket", "connect", "sendto", "fork", "vfork":
			t.Errorf("the scan made a %s call:\n%s", c[1], data)
		}
	}
	if execs != 1 {
		t.Errorf("%d execve calls, want only a2z's own:\n%s", execs, data)
	}
	if len(calls) == 0 {
		t.Fatalf("the trace recorded nothing; the test would prove nothing:\n%s", data)
	}
}
