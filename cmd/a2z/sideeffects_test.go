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
// format) under strace and proves it opens no network socket, starts no
// other program (the only execve is a2z's own) and writes nothing outside
// the folder its reports go to.
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
	out := filepath.Join(work, "reports")
	cmd := exec.Command(strace, "-f", "-qq", "-o", trace,
		"-e", "trace=socket,connect,sendto,execve,execveat,fork,vfork,open,openat,creat,rename,renameat,renameat2,mkdir,mkdirat,unlink,unlinkat,truncate",
		bin, "scan", examples, "--format", "json="+filepath.Join(out, "a2z.json"),
		"--format", "sarif="+filepath.Join(out, "sub", "a2z.sarif"), "--format", "html", "-o", filepath.Join(out, "a2z.html"))
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
	calls := regexp.MustCompile(`(?m)^\d+\s+(\w+)\((.*)$`).FindAllStringSubmatch(string(data), -1)
	execs, writes := 0, 0
	quoted := regexp.MustCompile(`"((?:[^"\\]|\\.)*)"`)
	for _, c := range calls {
		switch name, args := c[1], c[2]; name {
		case "execve", "execveat":
			execs++
		case "socket", "connect", "sendto", "fork", "vfork":
			t.Errorf("the scan made a %s call:\n%s", name, data)
		case "open", "openat", "creat", "rename", "renameat", "renameat2", "mkdir", "mkdirat", "unlink", "unlinkat", "truncate":
			if (name == "open" || name == "openat") && !regexp.MustCompile(`O_WRONLY|O_RDWR|O_CREAT|O_TRUNC`).MatchString(args) {
				continue // reading
			}
			writes++
			for _, m := range quoted.FindAllStringSubmatch(args, -1) {
				if p := m[1]; p != out && !strings.HasPrefix(p, out+string(filepath.Separator)) {
					t.Errorf("the scan wrote outside its report folder %s: %s(%s", out, name, args)
				}
			}
		}
	}
	if writes < 3 {
		t.Errorf("the trace shows %d writes, want at least the three reports:\n%s", writes, data)
	}
	for _, f := range []string{"a2z.json", "sub/a2z.sarif", "a2z.html"} {
		if info, err := os.Stat(filepath.Join(out, f)); err != nil || info.Size() == 0 {
			t.Errorf("report %s not written: %v", f, err)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(out, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left: %v", left)
	}
	if execs != 1 {
		t.Errorf("%d execve calls, want only a2z's own:\n%s", execs, data)
	}
	if len(calls) == 0 {
		t.Fatalf("the trace recorded nothing; the test would prove nothing:\n%s", data)
	}
}
