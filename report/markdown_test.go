package report

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// hugeResult has n resources in files of 50, each with an error and a warning.
func hugeResult(n int) *rules.Result {
	r := &rules.Result{}
	for i := 0; i < n; i++ {
		file := fmt.Sprintf("stacks/s%04d/main.tf", i/50)
		name := fmt.Sprintf("q%d", i)
		r.Resources = append(r.Resources, rules.Mapped{
			Resource:  tfResource(file, 1+10*(i%50), "aws_sqs_queue", name),
			MappingID: "aws-sqs-queue",
			Status:    rules.StatusDirect,
			Service:   "Azure Service Bus",
			Azurerm:   []string{"azurerm_servicebus_queue"},
		})
		for _, sev := range []parser.Severity{parser.SeverityError, parser.SeverityWarning} {
			r.Findings = append(r.Findings, rules.Finding{
				Rule: "aws-sqs-queue/" + string(sev), Severity: sev, Range: rng(file, 2+10*(i%50), 3),
				Address: "aws_sqs_queue." + name,
				Message: "A message long enough to make the comment grow quickly when there are thousands of them.",
			})
		}
	}
	r.Sort()
	return r
}

var (
	mdBlockerRE  = regexp.MustCompile("(?m)^- :x: ")
	mdResourceRE = regexp.MustCompile("(?m)^- [*][*]`")
	mdFindingRE  = regexp.MustCompile("(?m)^  - :(x|warning):")
	mdNoteRE     = regexp.MustCompile(`(?m)^> \*\*Truncated\*\* .*$`)
)

// A result too large for one comment is cut below GitHub's limit, the details
// are closed, and what is left out is counted exactly.
func TestMarkdownLimit(t *testing.T) {
	for _, n := range []int{300, 5000} {
		out := string(render(t, "markdown", Options{}, hugeResult(n)))
		if len(out) > markdownLimit {
			t.Fatalf("n=%d: %d bytes, over the limit", n, len(out))
		}
		if strings.Count(out, "<details>") != strings.Count(out, "</details>") {
			t.Errorf("n=%d: unbalanced <details>", n)
		}
		note := mdNoteRE.FindString(out)
		if note == "" {
			t.Fatalf("n=%d: no truncation note:\n%s", n, out[len(out)-500:])
		}
		leftBlockers := leftCount(note, "blocker")
		leftResources := leftCount(note, "resource")
		leftFindings := leftCount(note, "finding")
		shownBlockers := len(mdBlockerRE.FindAllString(out, -1))
		shownResources := len(mdResourceRE.FindAllString(out, -1))
		shownFindings := len(mdFindingRE.FindAllString(out, -1))
		if shownBlockers+leftBlockers != n {
			t.Errorf("n=%d: %d blockers shown + %d left != %d", n, shownBlockers, leftBlockers, n)
		}
		if shownResources+leftResources != n {
			t.Errorf("n=%d: %d resources shown + %d left != %d", n, shownResources, leftResources, n)
		}
		if shownFindings+leftFindings != 2*n {
			t.Errorf("n=%d: %d findings shown + %d left != %d", n, shownFindings, leftFindings, 2*n)
		}
		if !strings.Contains(out, fmt.Sprintf("%d AWS resources. %d findings", n, 2*n)) {
			t.Errorf("n=%d: summary does not count everything", n)
		}
	}
	// A result that fits is not cut.
	out := string(render(t, "markdown", Options{}, hugeResult(50)))
	if strings.Contains(out, "Truncated") || len(mdResourceRE.FindAllString(out, -1)) != 50 {
		t.Errorf("50 resources: truncated or incomplete")
	}
}

// leftCount reads "12 resources" from the truncation note (0 if absent).
func leftCount(note, noun string) int {
	m := regexp.MustCompile(`(\d+) ` + noun + `s?\b`).FindStringSubmatch(note)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

func TestMarkdownEscaping(t *testing.T) {
	out := string(render(t, "markdown", Options{}, hostileResult()))
	for _, bad := range []string{"<tag", "<b>Bus", "\x1b", "\x00", "\r", "*b*", "[l](http"} {
		if strings.Contains(out, bad) {
			t.Errorf("output contains %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{
		"&lt;tag attr=\"x\"&gt; &amp; 'q' \\]\\]&gt; \\\\x1b\\[31mred\\\\x00 \ufffd ::error::injected %0A 100% done, key: value \\| \\*b\\* \\`c\\` \\[l\\](http://x) @user",
		"<summary><code>dir, with: odd/% file.tf</code>: 1 resource, 1 finding (1 error), 1 diagnostic</summary>",
		"Service &lt;b&gt;Bus&lt;/b&gt;",
		"(`r/one`)", // the link has < and >: not linked
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	for in, want := range map[string]string{"a`b": "`` a`b ``", "plain": "`plain`", "``x": "``` ``x ```", "": ""} {
		if got := mdCode(in); got != want {
			t.Errorf("mdCode(%q) = %q, want %q", in, got, want)
		}
	}
	if got := mdText(strings.Repeat("x", markdownMaxText+10)); len(got) != markdownMaxText+len("…") {
		t.Errorf("long text not cut: %d bytes", len(got))
	}
}

func TestMarkdownSuppressedAndBlockers(t *testing.T) {
	out := string(render(t, "markdown", Options{}, suppressedResult()))
	if strings.Contains(out, "Suppressed dead-letter") {
		t.Errorf("suppressed finding listed")
	}
	if !strings.Contains(out, "6 findings, 2 diagnostics. 1 finding suppressed (not listed or counted).") {
		t.Errorf("suppressed finding not counted in the summary:\n%s", out)
	}
	blockers := out[strings.Index(out, "### Blockers"):strings.Index(out, "### Resources by file")]
	if n := len(mdBlockerRE.FindAllString(blockers, -1)); n != 2 {
		t.Errorf("%d blockers, want the 2 unsuppressed errors:\n%s", n, blockers)
	}
	if strings.Index(out, "### Blockers") > strings.Index(out, "<details>") {
		t.Errorf("blockers do not come first")
	}
}
