package report

import (
	"context"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// chromiumPath finds a Chromium (or Chrome) binary. Without one the browser
// test is skipped locally and fails in CI (CI set), where .ci/run installs
// the Debian package.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("CI") != "" {
		t.Fatal("no chromium binary on PATH and CI is set: install the Debian package chromium (.ci/run does)")
	}
	t.Skip("no chromium binary on PATH: install chromium (apt-get install chromium) to run the browser test")
	return ""
}

// examplesResult scans the bundled examples as `a2z scan examples/` does.
func examplesResult(t *testing.T) *rules.Result {
	t.Helper()
	kb, err := mappings.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	r, err := scan.Run(context.Background(), os.DirFS(filepath.Join("..", "examples")), []string{"."}, rules.New(kb), scan.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Resources) == 0 {
		t.Fatal("the examples have no resources")
	}
	return r
}

// artefactDir is where the screenshot goes: $A2Z_ARTEFACTS (CI keeps it) or
// a temporary folder.
func artefactDir(t *testing.T) string {
	t.Helper()
	dir := os.Getenv("A2Z_ARTEFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestHTMLInBrowser opens the report of the bundled examples in headless
// Chromium and checks what a reader sees against the scan result.
func TestHTMLInBrowser(t *testing.T) {
	exe := chromiumPath(t)
	r := examplesResult(t)
	sum := r.Summarize()

	page := filepath.Join(t.TempDir(), "report.html")
	out := render(t, "html", Options{ScanDate: "2026-01-01", Sources: []string{"examples"}}, r)
	if err := os.WriteFile(page, out, 0o644); err != nil {
		t.Fatal(err)
	}
	pageURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(page)}).String()

	opts := append(slices.Clone(chromedp.DefaultExecAllocatorOptions[:]),
		chromedp.ExecPath(exe), chromedp.NoSandbox, chromedp.WindowSize(1280, 900))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTimeout()

	var mu sync.Mutex
	var requests []string
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			mu.Lock()
			requests = append(requests, e.Request.URL)
			mu.Unlock()
		}
	}); err != nil {
		t.Fatalf("starting chromium: %v", err)
	}
	do := func(steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, steps...); err != nil {
			t.Fatal(err)
		}
	}
	text := func(sel string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(sel)))
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	count := func(expr string) int {
		t.Helper()
		n, err := chromedp.Run(ctx, chromedp.Evaluate[int](expr))
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	perStatus := func(expr string) map[string]int {
		t.Helper()
		m, err := chromedp.Run(ctx, chromedp.Evaluate[map[string]int](expr))
		if err != nil {
			t.Fatal(err)
		}
		return m
	}
	visible := func() []string {
		t.Helper()
		addrs, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('#resource-table tbody tr')).filter(r => !r.hidden).map(r => r.cells[1].textContent)`))
		if err != nil {
			t.Fatal(err)
		}
		return addrs
	}

	// setField sets a form control as a user would, change event included.
	setField := func(id, value string) chromedp.Action[chromedp.Void] {
		return chromedp.Evaluate[chromedp.Void](`(() => { const e = document.getElementById(` + strconv.Quote(id) + `); e.value = ` +
			strconv.Quote(value) + `; e.dispatchEvent(new Event("change")); })()`)
	}

	do(chromedp.Navigate(pageURL), chromedp.WaitVisible(chromedp.ID("search")))

	// Summary figures, table and charts against the result.
	resources, blockers := text(`[data-figure="resources"]`), text(`[data-figure="blockers"]`)
	rows := count(`document.querySelectorAll('#resource-table tbody tr').length`)
	awsBars := count(`Array.from(document.querySelectorAll('#chart-aws g.bar'), g => +g.dataset.count).reduce((a, b) => a + b, 0)`)
	if want := strconv.Itoa(sum.Resources); resources != want || rows != sum.Resources || awsBars != sum.Resources {
		t.Errorf("resources figure %q, table rows %d, AWS service chart total %d; want %s", resources, rows, awsBars, want)
	}
	errs := 0
	for _, f := range r.Findings {
		if f.Suppressed == nil && f.Severity == parser.SeverityError {
			errs++
		}
	}
	if blockers != strconv.Itoa(errs) {
		t.Errorf("blockers figure %q, want %d", blockers, errs)
	}
	statusCounts := perStatus(`Object.fromEntries(Array.from(document.querySelectorAll('[data-status-count]'), e => [e.dataset.statusCount, +e.textContent]))`)
	mix := perStatus(`Array.from(document.querySelectorAll('#chart-mix rect')).reduce((m, r) => (m[r.dataset.status] = (m[r.dataset.status] || 0) + +r.dataset.count, m), {})`)
	for _, st := range rules.Statuses {
		if statusCounts[string(st)] != sum.ByStatus[st] {
			t.Errorf("status %s shows %d, want %d", st, statusCounts[string(st)], sum.ByStatus[st])
		}
		if mix[string(st)] != sum.ByStatus[st] {
			t.Errorf("status mix chart: %s totals %d, want %d", st, mix[string(st)], sum.ByStatus[st])
		}
	}

	// Search for the address of one resource: its row stays, most go, and
	// the counter follows.
	target := r.Resources[len(r.Resources)/2].Resource.Address
	do(chromedp.SendKeys(chromedp.ID("search"), target))
	got := visible()
	if !slices.ContainsFunc(got, func(a string) bool { return strings.HasPrefix(a, target) }) || len(got) >= sum.Resources {
		t.Errorf("search %q shows %d of %d rows: %v", target, len(got), sum.Resources, got)
	}
	if shown, want := text("#shown"), strconv.Itoa(len(got))+" of "+strconv.Itoa(sum.Resources)+" resources shown"; shown != want {
		t.Errorf("row counter says %q, want %q", shown, want)
	}

	// Clear the search and filter on the commonest status short of all:
	// exactly its resources show.
	status := rules.StatusDirect
	for _, st := range rules.Statuses {
		if sum.ByStatus[st] > sum.ByStatus[status] && sum.ByStatus[st] < sum.Resources {
			status = st
		}
	}
	do(setField("search", ""), setField("status-filter", string(status)))
	if got := visible(); len(got) != sum.ByStatus[status] {
		t.Errorf("status filter %s shows %d rows, want %d", status, len(got), sum.ByStatus[status])
	}

	// Clear the filter and sort by address.
	do(setField("status-filter", ""),
		chromedp.Click(chromedp.CSS(`#resource-table thead th:nth-child(2) button`)))
	got = visible()
	if len(got) != sum.Resources || !slices.IsSortedFunc(got, func(a, b string) int { return strings.Compare(strings.ToLower(a), strings.ToLower(b)) }) {
		t.Errorf("after sorting by address: %d rows, sorted %v", len(got), got)
	}

	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100 gives a PNG
	if err != nil {
		t.Fatal(err)
	}
	shotPath := filepath.Join(artefactDir(t), "html-report.png")
	if err := os.WriteFile(shotPath, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", shotPath)

	mu.Lock()
	defer mu.Unlock()
	if len(requests) == 0 {
		t.Error("saw no request at all: the network listener is not working")
	}
	for _, u := range requests {
		if u != pageURL {
			t.Errorf("the page requested %s", u)
		}
	}
}
