package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/report"
	"github.com/a2z/a2z/rules"
)

type scanFlags struct {
	format  string
	output  string
	failOn  string
	noColor bool
}

var failOnLevels = []string{"none", "info", "warning", "error"}

func newScanCmd(g *globalFlags, stdout, stderr io.Writer) *cobra.Command {
	var f scanFlags
	cmd := &cobra.Command{
		Use:   "scan [PATH...]",
		Short: "Scan Terraform and CloudFormation files and map every AWS resource to Azure",
		Long: `Scan walks the given folders (default: the current folder) and files, reads
every Terraform file (*.tf, *.tf.json) and every CloudFormation or SAM
template (YAML or JSON, recognised by content whatever the file name), and
reports for each AWS resource its Azure target and the caveats that apply.

Folders named .git, .terraform and node_modules are skipped. A Terraform file
named on its own is read with the rest of its folder (variables and locals
live across a module's files), but only its own resources are reported: this
is what a pre-commit hook needs.

File paths in the output are relative to the current folder (or, when a path
lies outside it, to the closest folder holding every path).

Exit codes:
  0  nothing at or above --fail-on
  1  findings (or file diagnostics) at or above --fail-on
  2  a2z could not do its job (bad flag, a path that does not exist)`,
		Example: `  a2z scan                               # the current folder
  a2z scan infra/ --format json -o a2z.json
  a2z scan main.tf template.yaml         # explicit files, as a pre-commit hook passes them
  a2z scan . --fail-on warning           # fail CI on warnings too`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd, args, g, f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	fl.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding or diagnostic is at or above this `severity`: "+strings.Join(failOnLevels, ", "))
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output (also when NO_COLOR is set)")
	return cmd
}

func usageError(format string, args ...any) error {
	return &codeError{code: exitError, err: fmt.Errorf(format, args...)}
}

func runScan(cmd *cobra.Command, args []string, g *globalFlags, f scanFlags, stdout, _ io.Writer) error {
	if !slices.Contains(failOnLevels, f.failOn) {
		return usageError("--fail-on %q is not one of %s", f.failOn, strings.Join(failOnLevels, ", "))
	}
	if !slices.Contains(report.Formats(), f.format) {
		return usageError("--format %q is not one of %s", f.format, strings.Join(report.Formats(), ", "))
	}
	if len(args) == 0 {
		args = []string{"."}
	}
	root, rel, err := scanRoot(args)
	if err != nil {
		return &codeError{code: exitError, err: err}
	}

	kb, err := g.knowledgeBase()
	if err != nil {
		return err
	}
	res, err := scan.Run(cmd.Context(), os.DirFS(root), rel, rules.New(kb))
	if err != nil {
		return &codeError{code: exitError, err: err}
	}

	toFile := f.output != ""
	color := !toFile && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout)
	rep, err := report.New(f.format, report.Options{Color: color, Version: toolVersion()})
	if err != nil {
		return usageError("%v", err)
	}
	// Render fully before writing, so a failure never leaves half a report.
	var buf bytes.Buffer
	if err := rep.Report(&buf, res); err != nil {
		return &codeError{code: exitError, err: fmt.Errorf("rendering %s report: %w", f.format, err)}
	}
	if toFile {
		if err := os.WriteFile(f.output, buf.Bytes(), 0o644); err != nil {
			return &codeError{code: exitError, err: err}
		}
	} else if _, err := stdout.Write(buf.Bytes()); err != nil {
		return &codeError{code: exitError, err: err}
	}

	if failed(res, f.failOn) {
		return &codeError{code: exitFindings}
	}
	return nil
}

// failed applies the --fail-on threshold. Error and warning diagnostics (a
// file that could not be read) count like findings of that severity: a
// broken file must not pass a CI check unnoticed.
func failed(res *rules.Result, failOn string) bool {
	threshold, ok := parser.ParseSeverity(failOn)
	if !ok {
		return false // "none"
	}
	if res.MaxSeverity().Rank() >= threshold.Rank() {
		return true
	}
	for _, d := range res.Diagnostics {
		if d.Severity.Rank() >= threshold.Rank() {
			return true
		}
	}
	return false
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// scanRoot chooses the folder output paths are relative to: the current
// folder when every path lies inside it, else the deepest folder that holds
// them all. It returns the paths relative to that root with forward slashes.
func scanRoot(args []string) (string, []string, error) {
	cwd, err := os.Getwd()
	if err != nil {
		return "", nil, err
	}
	abs := make([]string, len(args))
	for i, a := range args {
		p, err := filepath.Abs(a)
		if err != nil {
			return "", nil, err
		}
		if _, err := os.Stat(p); err != nil {
			if errors.Is(err, os.ErrNotExist) {
				return "", nil, fmt.Errorf("%s: no such file or directory", a)
			}
			return "", nil, fmt.Errorf("%s: %w", a, errors.Unwrap(err))
		}
		abs[i] = p
	}
	root := cwd
	if !slices.ContainsFunc(abs, func(p string) bool { return !within(cwd, p) }) {
		return relativize(root, abs)
	}
	root = abs[0]
	if info, err := os.Stat(root); err == nil && !info.IsDir() {
		root = filepath.Dir(root)
	}
	for _, p := range abs[1:] {
		for !within(root, p) && filepath.Dir(root) != root {
			root = filepath.Dir(root)
		}
	}
	return relativize(root, abs)
}

func relativize(root string, abs []string) (string, []string, error) {
	rel := make([]string, len(abs))
	for i, p := range abs {
		r, err := filepath.Rel(root, p)
		if err != nil {
			return "", nil, err
		}
		rel[i] = filepath.ToSlash(r)
	}
	return root, rel, nil
}

func within(root, p string) bool {
	r, err := filepath.Rel(root, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}
