//go:build unix

// Command bench is a2z's benchmark harness. It generates trees of Terraform
// roots, CloudFormation and SAM templates at several sizes, runs
// `a2z scan --format json` on each as a child process and reports wall time,
// CPU time, peak memory and throughput next to the parse floor: the time
// hcl/v2 and yaml.v3 alone take to read and parse the same files.
//
// It also measures the pre-commit case on each tree: a2z run from the tree
// root as the hook in .pre-commit-hooks.yaml runs it (entry `a2z scan`, the
// changed files appended), here with --format json and three changed files:
// a Terraform root's main.tf, a CloudFormation and a SAM template.
//
//	go run ./internal/bench -sizes 1,10 -out bench-out
//
// It runs on Unix systems: CPU time and peak memory come from getrusage.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/internal/benchgen"
	"github.com/a2z/a2z/internal/memtune"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == floorCommand {
		if err := floorChild(os.Args[2:], os.Stdout); err != nil {
			fmt.Fprintln(os.Stderr, "bench floor:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

type config struct {
	sizes []int
	out   string
	seed  uint64
	runs  int
	keep  bool
}

// row is one size's measurements.
type row struct {
	size      int
	dir       string
	tree      benchgen.Tree
	resources int // as the scan reported them
	wall, cpu time.Duration
	peakKiB   int64
	floor1    time.Duration // parse floor, one goroutine
	floorN    time.Duration // parse floor, GOMAXPROCS goroutines
	floorCPU  time.Duration // CPU time of the floorN run

	// The pre-commit case: a scan naming tree.PreCommit.
	pcResources   int
	pcWall, pcCPU time.Duration
	pcPeakKiB     int64
}

func run(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet("bench", flag.ContinueOnError)
	sizes := fl.String("sizes", "1,10", "comma-separated tree `SIZES` (multiples of the 1× tree)")
	cfg := config{}
	fl.StringVar(&cfg.out, "out", "", "write results.md and each scan's JSON report into `DIR` (default: a temporary folder)")
	fl.Uint64Var(&cfg.seed, "seed", 1, "generator `SEED`")
	fl.IntVar(&cfg.runs, "runs", 1, "scan and parse each tree `N` times and keep the fastest")
	fl.BoolVar(&cfg.keep, "keep", false, "keep the generated trees (under -out)")
	if err := fl.Parse(args); err != nil {
		return err
	}
	for s := range strings.SplitSeq(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			return fmt.Errorf("bad size %q", s)
		}
		cfg.sizes = append(cfg.sizes, n)
	}
	if cfg.runs < 1 {
		cfg.runs = 1
	}

	work, err := os.MkdirTemp("", "a2z-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if cfg.out == "" {
		cfg.out = work
	} else if err := os.MkdirAll(cfg.out, 0o755); err != nil {
		return err
	}

	// The parse floor runs in a child process too, this program started
	// again (floorChild).
	self, err := os.Executable()
	if err != nil {
		return err
	}
	bin := filepath.Join(work, "a2z")
	build := exec.Command("go", "build", "-o", bin, "github.com/a2z/a2z/cmd/a2z")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("building a2z: %w", err)
	}

	// The fixed cost of a scan (process start, loading the knowledge base):
	// the same command on an empty folder.
	var startup startupCost
	empty := filepath.Join(work, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		return err
	}
	for i := range cfg.runs {
		wall, cpu, peak, err := preCommitOnce(bin, empty, []string{"."}, filepath.Join(work, "empty.json"))
		if err != nil {
			return err
		}
		if i == 0 || wall < startup.wall {
			startup.wall, startup.cpu = wall, cpu
		}
		startup.peakKiB = max(startup.peakKiB, peak)
	}

	var rows []row
	for _, size := range cfg.sizes {
		dir := filepath.Join(work, fmt.Sprintf("tree-%dx", size))
		if cfg.keep {
			dir = filepath.Join(cfg.out, fmt.Sprintf("tree-%dx", size))
			_ = os.RemoveAll(dir)
		}
		fmt.Fprintf(os.Stderr, "bench: size %d×: generating\n", size)
		t, err := benchgen.Generate(dir, size, cfg.seed)
		if err != nil {
			return err
		}
		r := row{size: size, tree: t, dir: dir}
		fmt.Fprintf(os.Stderr, "bench: size %d×: scanning\n", size)
		report := filepath.Join(cfg.out, fmt.Sprintf("scan-%dx.json", size))
		for i := range cfg.runs {
			wall, cpu, peak, err := scanOnce(bin, dir, report)
			if err != nil {
				return err
			}
			if i == 0 || wall < r.wall {
				r.wall, r.cpu = wall, cpu
			}
			r.peakKiB = max(r.peakKiB, peak)
		}
		fmt.Fprintf(os.Stderr, "bench: size %d×: pre-commit scan of %s\n", size, strings.Join(t.PreCommit[:], " "))
		pcReport := filepath.Join(cfg.out, fmt.Sprintf("precommit-%dx.json", size))
		for i := range cfg.runs {
			wall, cpu, peak, err := preCommitOnce(bin, dir, t.PreCommit[:], pcReport)
			if err != nil {
				return err
			}
			if i == 0 || wall < r.pcWall {
				r.pcWall, r.pcCPU = wall, cpu
			}
			r.pcPeakKiB = max(r.pcPeakKiB, peak)
		}
		fmt.Fprintf(os.Stderr, "bench: size %d×: parse floor\n", size)
		for i := range cfg.runs {
			d1, _, err := floorOnce(self, dir, 1)
			if err != nil {
				return err
			}
			dn, cn, err := floorOnce(self, dir, runtime.GOMAXPROCS(0))
			if err != nil {
				return err
			}
			if i == 0 || d1 < r.floor1 {
				r.floor1 = d1
			}
			if i == 0 || dn < r.floorN {
				r.floorN, r.floorCPU = dn, cn
			}
		}
		rows = append(rows, r)
	}

	// Everything that grows this process's memory comes after the child
	// processes: Linux reports a child's peak RSS as at least this
	// process's peak at the time of the fork.
	for i := range rows {
		r := &rows[i]
		size, t, dir := r.size, r.tree, r.dir
		report := filepath.Join(cfg.out, fmt.Sprintf("scan-%dx.json", size))
		pcReport := filepath.Join(cfg.out, fmt.Sprintf("precommit-%dx.json", size))
		var err error
		if r.resources, err = reportedResources(report); err != nil {
			return err
		}
		if r.resources != t.Resources {
			fmt.Fprintf(os.Stderr, "bench: size %d×: scan reported %d resources, generator counted %d\n", size, r.resources, t.Resources)
		}
		if r.pcResources, err = reportedResources(pcReport); err != nil {
			return err
		}
		if r.pcResources != t.PreCommitResources {
			fmt.Fprintf(os.Stderr, "bench: size %d×: pre-commit scan reported %d resources, generator counted %d\n", size, r.pcResources, t.PreCommitResources)
		}
		if !cfg.keep {
			_ = os.RemoveAll(dir)
		}
	}

	table := markdown(rows, startup)
	if _, err := io.WriteString(stdout, table); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(cfg.out, "results.md"), []byte(table), 0o644)
}

// scanOnce runs the a2z binary on dir as a child process and returns its wall
// time, CPU time (user + system) and peak resident set size in KiB.
func scanOnce(bin, dir, report string) (wall, cpu time.Duration, peakKiB int64, err error) {
	cmd := exec.Command(bin, "scan", ".", "--format", "json", "-o", report, "--quiet", "--fail-on", "none")
	cmd.Dir = dir
	var stderr strings.Builder
	cmd.Stderr = &stderr
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start)
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 {
		err = nil // findings at or above --fail-on: the scan did its job
	}
	if err != nil {
		return 0, 0, 0, fmt.Errorf("a2z scan: %w: %s", err, stderr.String())
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return wall, 0, 0, nil
	}
	cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return wall, cpu, ru.Maxrss, nil // Linux reports Maxrss in KiB
}

// preCommitOnce runs the a2z binary as the pre-commit hook does: from the
// repository root (dir), `a2z scan` followed by the hook's args (here
// --format json) and the changed files, relative to the root, with the
// default --fail-on and its output captured, not a terminal. The JSON report
// on standard output is saved to report.
func preCommitOnce(bin, dir string, files []string, report string) (wall, cpu time.Duration, peakKiB int64, err error) {
	cmd := exec.Command(bin, append([]string{"scan", "--format", "json"}, files...)...)
	cmd.Dir = dir
	var stdout bytes.Buffer
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err = cmd.Run()
	wall = time.Since(start)
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 {
		err = nil // findings at or above --fail-on: the hook fails the commit, as it should
	}
	if err != nil {
		return 0, 0, 0, fmt.Errorf("a2z scan %s: %w: %s", strings.Join(files, " "), err, stderr.String())
	}
	if err := os.WriteFile(report, stdout.Bytes(), 0o644); err != nil {
		return 0, 0, 0, err
	}
	ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
	if !ok {
		return wall, 0, 0, nil
	}
	cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return wall, cpu, ru.Maxrss, nil // Linux reports Maxrss in KiB
}

func reportedResources(report string) (int, error) {
	b, err := os.ReadFile(report)
	if err != nil {
		return 0, err
	}
	var out struct {
		Summary struct {
			Resources int `json:"resources"`
		} `json:"summary"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		return 0, fmt.Errorf("%s: %w", report, err)
	}
	return out.Summary.Resources, nil
}

func listFiles(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// floorCommand, as the first argument, makes this program measure the parse
// floor of one tree (floorChild) instead of running the benchmark.
const floorCommand = "floor"

// floorResult is what floorChild prints.
type floorResult struct {
	WallNS int64 `json:"wall_ns"`
	CPUNS  int64 `json:"cpu_ns"`
}

// floorOnce measures the parse floor of dir with workers goroutines in a
// child process and returns its wall and CPU time. A process of its own
// starts from an empty heap and gets a2z's memory settings (memtune), as
// the scan it is compared with does; measured in this process, with Go's
// defaults, the floor collected every few megabytes and took up to twice
// as long on two cores, which flattered the scan's ratio.
func floorOnce(self, dir string, workers int) (wall, cpu time.Duration, err error) {
	cmd := exec.Command(self, floorCommand, "-workers", strconv.Itoa(workers), dir)
	var stdout bytes.Buffer
	var stderr strings.Builder
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		return 0, 0, fmt.Errorf("parse floor of %s: %w: %s", dir, err, stderr.String())
	}
	var r floorResult
	if err := json.Unmarshal(stdout.Bytes(), &r); err != nil {
		return 0, 0, fmt.Errorf("parse floor of %s: %w", dir, err)
	}
	return time.Duration(r.WallNS), time.Duration(r.CPUNS), nil
}

// floorChild is the child process of floorOnce: it lists the files of the
// tree, then times reading and parsing them (wall, and user + system CPU of
// the process over the same span) and prints a floorResult.
func floorChild(args []string, stdout io.Writer) error {
	fl := flag.NewFlagSet(floorCommand, flag.ContinueOnError)
	workers := fl.Int("workers", runtime.GOMAXPROCS(0), "parse with `N` goroutines")
	if err := fl.Parse(args); err != nil {
		return err
	}
	if fl.NArg() != 1 || *workers < 1 {
		return errors.New("usage: bench floor [-workers N] DIR")
	}
	memtune.Apply()
	files, err := listFiles(fl.Arg(0))
	if err != nil {
		return err
	}
	cpu0, err := processCPU()
	if err != nil {
		return err
	}
	wall, err := parseFloor(files, *workers)
	if err != nil {
		return err
	}
	cpu1, err := processCPU()
	if err != nil {
		return err
	}
	return json.NewEncoder(stdout).Encode(floorResult{WallNS: int64(wall), CPUNS: int64(cpu1 - cpu0)})
}

// processCPU is the user + system time this process has used so far.
func processCPU() (time.Duration, error) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, err
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), nil
}

// parseFloor reads and parses every file with workers goroutines: .tf with
// hclsyntax, .tf.json with hcl's JSON parser, templates with yaml.v3.
func parseFloor(files []string, workers int) (time.Duration, error) {
	start := time.Now()
	next := make(chan string)
	errs := make(chan error, workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for f := range next {
				if err := parseOne(f); err != nil {
					errs <- err
					return
				}
			}
		})
	}
	var err error
feed:
	for _, f := range files {
		select {
		case next <- f:
		case err = <-errs:
			break feed
		}
	}
	close(next)
	go func() { wg.Wait(); close(errs) }()
	for e := range errs {
		if err == nil {
			err = e
		}
	}
	return time.Since(start), err
}

func parseOne(name string) error {
	src, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	var diags hcl.Diagnostics
	switch {
	case strings.HasSuffix(name, ".tf.json"):
		_, diags = hcljson.Parse(src, name)
	case strings.HasSuffix(name, ".tf"):
		_, diags = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	default:
		var n yaml.Node
		if err := yaml.Unmarshal(src, &n); err != nil {
			return fmt.Errorf("%s: %w", name, err)
		}
	}
	if diags.HasErrors() {
		return diags
	}
	return nil
}

// thpMode is the kernel's transparent huge page mode, which decides whether
// a2z's heap gets huge pages (memtune): the figures depend on it.
func thpMode() string {
	switch mode := memtune.HugePageMode(); mode {
	case "":
		return "unknown (not Linux, or none)"
	case "madvise":
		return "madvise (a2z advises its heap where it can)"
	default:
		return mode
	}
}

func seconds(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

// startupCost is a scan of an empty folder.
type startupCost struct {
	wall, cpu time.Duration
	peakKiB   int64
}

func markdown(rows []row, startup startupCost) string {
	var b strings.Builder
	n := runtime.GOMAXPROCS(0)
	fmt.Fprintf(&b, "| size | files | resources | wall | CPU | peak MiB | files/s | resources/s | floor wall (1 / %d goroutines) | floor CPU (%d) | wall ÷ floor wall (%d) | CPU ÷ floor CPU |\n",
		n, n, n)
	b.WriteString("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %d× | %d | %d | %s | %s | %.0f | %.0f | %.0f | %s / %s | %s | %.2f | %.2f |\n",
			r.size, r.tree.Files, r.resources, seconds(r.wall), seconds(r.cpu), float64(r.peakKiB)/1024,
			float64(r.tree.Files)/r.wall.Seconds(), float64(r.resources)/r.wall.Seconds(),
			seconds(r.floor1), seconds(r.floorN), seconds(r.floorCPU),
			r.wall.Seconds()/r.floorN.Seconds(), r.cpu.Seconds()/r.floorCPU.Seconds())
	}
	fmt.Fprintf(&b, "\nThe floor reads and parses the same files with hcl/v2 and yaml.v3 alone, in a process of its own with a2z's memory settings (GOGC=%d, soft limit %d MiB, huge pages for the heap where Linux gives them on request: internal/memtune).\n",
		memtune.Percent, memtune.MemoryLimit>>20)
	fmt.Fprintf(&b, "Transparent huge pages on this machine: %s.\n", thpMode())
	if len(rows) > 1 {
		lo := rows[0]
		b.WriteString("\n")
		for _, hi := range rows[1:] {
			fmt.Fprintf(&b, "Scaling %d× → %d× (input ×%.1f): wall ×%.2f, CPU ×%.2f, peak memory ×%.2f.\n",
				lo.size, hi.size, float64(hi.tree.Files)/float64(lo.tree.Files),
				hi.wall.Seconds()/lo.wall.Seconds(), hi.cpu.Seconds()/lo.cpu.Seconds(),
				float64(hi.peakKiB)/float64(lo.peakKiB))
		}
	}
	if len(rows) > 0 {
		fmt.Fprintf(&b, "\nPre-commit case: `a2z scan --format json %s`, run from the tree root as the hook runs it (target: well under 1 s).\n\n",
			strings.Join(rows[0].tree.PreCommit[:], " "))
		b.WriteString("| size | files in tree | files named | resources | wall | CPU | peak MiB | wall ÷ full scan |\n")
		b.WriteString("|---:|---:|---:|---:|---:|---:|---:|---:|\n")
		for _, r := range rows {
			fmt.Fprintf(&b, "| %d× | %d | %d | %d | %s | %s | %.0f | %.3f |\n",
				r.size, r.tree.Files, len(r.tree.PreCommit), r.pcResources, seconds(r.pcWall), seconds(r.pcCPU),
				float64(r.pcPeakKiB)/1024, r.pcWall.Seconds()/r.wall.Seconds())
		}
		fmt.Fprintf(&b, "\nThe same command on an empty folder (start-up and loading the knowledge base): wall %s, CPU %s, peak %.0f MiB.\n",
			seconds(startup.wall), seconds(startup.cpu), float64(startup.peakKiB)/1024)
	}
	return b.String()
}
