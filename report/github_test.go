package report

import (
	"strings"
	"testing"

	"github.com/a2z/a2z/parser"
)

func TestGitHubEscaping(t *testing.T) {
	if got, want := githubData("100% done\r\nnext: a,b"), "100%25 done%0D%0Anext: a,b"; got != want {
		t.Errorf("githubData = %q, want %q", got, want)
	}
	if got, want := githubProperty("a,b: 5%\n"), "a%2Cb%3A 5%25%0A"; got != want {
		t.Errorf("githubProperty = %q, want %q", got, want)
	}
	if got, want := githubData("\x1b[31m"), `\x1b[31m`; got != want {
		t.Errorf("githubData = %q, want %q", got, want)
	}
}

// Every line is a workflow command a2z meant, or the summary: nothing from
// the input starts a command of its own.
func TestGitHubNoInjection(t *testing.T) {
	out := string(render(t, "github", Options{}, hostileResult()))
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 { // two findings, one diagnostic, the summary
		t.Fatalf("got %d lines, want 4:\n%s", len(lines), out)
	}
	for _, l := range lines[:3] {
		if !strings.HasPrefix(l, "::error ") && !strings.HasPrefix(l, "::warning ") && !strings.HasPrefix(l, "::notice ") {
			t.Errorf("line is not an annotation: %q", l)
		}
		if strings.ContainsAny(l, "\r\x1b\x00") {
			t.Errorf("raw control character in %q", l)
		}
	}
	if !strings.HasPrefix(lines[3], "a2z: ") {
		t.Errorf("last line is not the summary: %q", lines[3])
	}
	want := "::error file=dir%2C with%3A odd/%25 file.tf,line=2,col=3,endLine=2,title=a2z%3A r/one::aws_sqs_queue.q\"<&>: bad <tag"
	if !strings.HasPrefix(lines[1], want) {
		t.Errorf("annotation\n%s\ndoes not start with\n%s", lines[1], want)
	}
	if !strings.Contains(lines[1], "%0D%0A::error::injected %250A 100%25 done, key: value") {
		t.Errorf("message not escaped: %s", lines[1])
	}
	// A finding without a file (sorted first) is still annotated, without position.
	if lines[0] != "::notice title=a2z%3A r/two::x: no file" {
		t.Errorf("file-less finding: %q", lines[0])
	}
}

func TestGitHubSuppressedAndSeverities(t *testing.T) {
	out := string(render(t, "github", Options{}, suppressedResult()))
	if strings.Contains(out, "Suppressed dead-letter") {
		t.Errorf("suppressed finding annotated:\n%s", out)
	}
	for _, want := range []string{
		"::error file=infra/main.tf,line=40,col=1,endLine=40,title=a2z%3A aws-devicefarm-project/status::aws_devicefarm_project.mobile: No Azure equivalent for aws_devicefarm_project.\n",
		"::notice file=infra/main.tf,line=14,",
		"::warning file=stacks/app.yaml,line=20,col=9,endLine=20,title=a2z%3A Unresolvable !ImportValue::",
		"%0Ahttps://learn.microsoft.com/azure/service-bus-messaging/message-sessions\n",
		"; 6 findings (2 errors, 2 warnings, 2 info), 1 suppressed; 2 diagnostics\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// An exclusive end at the start of a line closes the line before.
func TestGitHubEndLine(t *testing.T) {
	var b strings.Builder
	rg := parser.Range{File: "a.tf", Start: parser.Pos{Line: 3, Column: 1}, End: parser.Pos{Line: 8, Column: 1}}
	writeCommand(&b, parser.SeverityWarning, rg, "t", "m")
	rg.End = parser.Pos{Line: 8, Column: 2}
	writeCommand(&b, parser.SeverityWarning, rg, "t", "m")
	rg = parser.Range{File: "a.tf"}
	writeCommand(&b, parser.SeverityInfo, rg, "t", "m")
	want := "::warning file=a.tf,line=3,col=1,endLine=7,title=t::m\n" +
		"::warning file=a.tf,line=3,col=1,endLine=8,title=t::m\n" +
		"::notice file=a.tf,title=t::m\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
}
