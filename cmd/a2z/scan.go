package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/mattn/go-isatty"
	"github.com/spf13/cobra"

	"github.com/a2z/a2z/internal/baseline"
	"github.com/a2z/a2z/internal/scan"
	"github.com/a2z/a2z/internal/suppress"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/cloudformation"
	"github.com/a2z/a2z/parser/terraform"
	"github.com/a2z/a2z/report"
	"github.com/a2z/a2z/rules"
)

type scanFlags struct {
	formats  []string
	output   string
	failOn   string
	noColor  bool
	varFiles []string
	vars     []string
	params   []string
	paramFs  []string
	region   string
	suppress suppressFlags
	// configFile is --config; empty means .a2z.hcl in the scan root.
	configFile string
	quiet      bool
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

Terraform variables take their values as terraform plan would: default <
TF_VAR_NAME < the folder's terraform.tfvars, terraform.tfvars.json and
*.auto.tfvars(.json) < --var-file < --var.

File paths in the output are relative to the current folder (or, when a path
lies outside it, to the closest folder holding every path).

Exit codes:
  0  nothing at or above --fail-on
  1  findings (or file diagnostics) at or above --fail-on
  2  a2z could not do its job (bad flag, a path that does not exist)`,
		Example: `  a2z scan                               # the current folder
  a2z scan infra/ --format json -o a2z.json
  a2z scan main.tf template.yaml         # explicit files, as a pre-commit hook passes them
  a2z scan . --fail-on warning           # fail CI on warnings too
  a2z scan infra --var-file prod.tfvars --var region=eu-west-1`,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runScan(cmd, args, g, f, stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&f.formats, "format", []string{"text"}, "output `FORMAT`, or FORMAT=FILE to write it to a file; repeatable (one format may go to standard output or -o): "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` instead of standard output")
	fl.StringVar(&f.failOn, "fail-on", "error", "exit 1 when a finding or diagnostic is at or above this `severity`: "+strings.Join(failOnLevels, ", "))
	fl.BoolVar(&f.noColor, "no-color", false, "never colour the text output (also when NO_COLOR is set)")
	fl.StringArrayVar(&f.varFiles, "var-file", nil, "Terraform variable definitions `FILE` for every scanned module, as terraform -var-file (repeatable)")
	fl.StringArrayVar(&f.vars, "var", nil, "Terraform variable value `NAME=VALUE`, as terraform -var (repeatable; wins over --var-file)")
	fl.StringArrayVar(&f.params, "parameter", nil, "CloudFormation parameter value `KEY=VALUE` for every template (repeatable; wins over --parameters-file)")
	fl.StringArrayVar(&f.paramFs, "parameters-file", nil, "CloudFormation parameter values `FILE`: an AWS CLI list or a CodePipeline template configuration (repeatable)")
	fl.BoolVarP(&f.quiet, "quiet", "q", false, "no progress line on standard error (there is none when it is not a terminal either)")
	fl.StringVar(&f.configFile, "config", "", "read settings from `FILE` instead of .a2z.hcl in the scan root; flags win over the file")
	fl.StringVar(&f.region, "region", "", "the AWS `REGION` CloudFormation templates are deployed to (AWS::Region, Fn::GetAZs; default us-east-1)")
	fl.BoolVar(&f.suppress.noInline, "no-inline-ignores", false, "apply no a2z:ignore comment or Metadata ignore (they are still checked)")
	fl.StringArrayVar(&f.suppress.notIgnorable, "not-ignorable", nil, "a `RULE` ID (or ENTRY/*) that no inline ignore or baseline may suppress (repeatable)")
	fl.StringVar(&f.suppress.baseline, "baseline", "", "suppress the findings the baseline `FILE` records; report its entries that match nothing")
	fl.StringVar(&f.suppress.baselineWrite, "baseline-write", "", "record today's unsuppressed findings in the baseline `FILE`, then apply it")
	return cmd
}

// terraformInputs gathers variable values from outside the configuration:
// TF_VAR_* from env, --var-file contents and --var pairs. A file that cannot
// be read or a --var without "=" stops the scan: the user asked for them.
func terraformInputs(f scanFlags, env []string) (terraform.Inputs, error) {
	var in terraform.Inputs
	for _, kv := range env {
		if name, val, ok := strings.Cut(kv, "="); ok {
			if v, ok := strings.CutPrefix(name, "TF_VAR_"); ok && v != "" {
				in.Env = append(in.Env, terraform.Assignment{Name: v, Value: val})
			}
		}
	}
	for _, name := range f.varFiles {
		src, err := os.ReadFile(name)
		if err != nil {
			return in, fmt.Errorf("--var-file: %w", err)
		}
		in.Files = append(in.Files, terraform.VarFile{Name: filepath.ToSlash(name), Src: src})
	}
	for _, kv := range f.vars {
		name, val, ok := strings.Cut(kv, "=")
		if !ok || name == "" {
			return in, usageError("--var %q is not NAME=VALUE", kv)
		}
		in.Vars = append(in.Vars, terraform.Assignment{Name: name, Value: val})
	}
	return in, nil
}

// cloudFormationOptions gathers parameter values and the region: files
// first, then --parameter values, each later one winning.
func cloudFormationOptions(f scanFlags) (cloudformation.Options, error) {
	opts := cloudformation.Options{Region: f.region}
	if len(f.paramFs) > 0 || len(f.params) > 0 {
		opts.Parameters = map[string]string{}
	}
	for _, name := range f.paramFs {
		data, err := os.ReadFile(name)
		if err != nil {
			return opts, fmt.Errorf("--parameters-file: %w", err)
		}
		params, err := cloudformation.ParseParametersFile(data)
		if err != nil {
			return opts, fmt.Errorf("--parameters-file %s: %w", name, err)
		}
		for k, v := range params {
			opts.Parameters[k] = v
		}
	}
	for _, kv := range f.params {
		k, v, ok := strings.Cut(kv, "=")
		if !ok || k == "" {
			return opts, usageError("--parameter %q is not KEY=VALUE", kv)
		}
		opts.Parameters[k] = v
	}
	return opts, nil
}

func usageError(format string, args ...any) error {
	return &codeError{code: exitError, err: fmt.Errorf(format, args...)}
}

func runScan(cmd *cobra.Command, args []string, g *globalFlags, f scanFlags, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		args = []string{"."}
	}
	root, rel, err := scanRoot(args)
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	cfg, err := loadConfig(cmd, &f, g, root)
	if err != nil {
		return err
	}
	if !slices.Contains(failOnLevels, f.failOn) {
		return usageError("--fail-on %q is not one of %s", f.failOn, strings.Join(failOnLevels, ", "))
	}
	outputs, err := parseOutputs(f.formats, f.output)
	if err != nil {
		return err
	}

	kb, err := g.knowledgeBase()
	if err != nil {
		return err
	}
	inputs, err := terraformInputs(f, os.Environ())
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	cfn, err := cloudFormationOptions(f)
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	progress := newProgress(stderr, !f.quiet && isTerminal(stderr))
	// Files are read more than once (module calls, then parsing; then
	// inline suppressions): the cache saves the repeated system calls.
	fsys := parser.NewDirReadCache(root, readCacheBudget)
	res, err := scan.Run(cmd.Context(), fsys, rel, rules.New(kb),
		scan.Options{Terraform: inputs, CloudFormation: cfn, Exclude: cfg.Excluded, Progress: progress.update})
	progress.done()
	if err != nil {
		return &codeError{code: exitError, err: err}
	}
	applyRuleSettings(res, cfg)
	if err := f.suppress.apply(res, fsys, rel); err != nil {
		return err
	}

	var failOn parser.Severity // "none" stays the zero value: nothing fails
	if sev, ok := parser.ParseSeverity(f.failOn); ok {
		failOn = sev
	}
	err = writeReports(stdout, outputs, res, func(o output) report.Options {
		return report.Options{
			Color:   o.file == "" && !f.noColor && os.Getenv("NO_COLOR") == "" && isTerminal(stdout),
			Version: toolVersion(), FailOn: failOn, Rules: ruleInfo(kb),
			ScanDate: time.Now().UTC().Format(time.DateOnly), Sources: args, EffortWeights: effortWeights(cfg),
		}
	})
	if err != nil {
		return err
	}

	if failed(res, f.failOn) {
		return &codeError{code: exitFindings}
	}
	return nil
}

// writeReports renders every report before any is in place, so a failure
// never leaves half a report. A report for a regular file is streamed into
// a temporary file beside it and renamed over it once every report has
// rendered: a 100,000-resource JSON report is over 100 MB, too much to
// hold in memory. Reports for stdout or for other targets (a named pipe,
// /dev/stdout) are rendered in memory and written last.
func writeReports(stdout io.Writer, outputs []output, res *rules.Result, opts func(output) report.Options) error {
	type rendered struct {
		o    output
		tmp  string // the temporary file to rename, or
		data []byte // the rendered report
	}
	var done []rendered
	defer func() {
		for _, r := range done {
			if r.tmp != "" {
				_ = os.Remove(r.tmp) // gone already when renamed
			}
		}
	}()
	for _, o := range outputs {
		rep, err := report.New(o.format, opts(o))
		if err != nil {
			return usageError("%v", err)
		}
		if o.file != "" {
			if err := os.MkdirAll(filepath.Dir(o.file), 0o755); err != nil {
				return &codeError{code: exitError, err: err}
			}
		}
		if o.file != "" && regularOrAbsent(o.file) {
			tmp, err := renderToTemp(rep, res, o.file)
			if err != nil {
				return &codeError{code: exitError, err: fmt.Errorf("rendering %s report: %w", o.format, err)}
			}
			done = append(done, rendered{o: o, tmp: tmp})
			continue
		}
		var buf bytes.Buffer
		if err := rep.Report(&buf, res); err != nil {
			return &codeError{code: exitError, err: fmt.Errorf("rendering %s report: %w", o.format, err)}
		}
		done = append(done, rendered{o: o, data: buf.Bytes()})
	}
	for i, r := range done {
		if r.tmp != "" {
			if err := os.Rename(r.tmp, r.o.file); err != nil {
				return &codeError{code: exitError, err: err}
			}
			done[i].tmp = ""
			continue
		}
		if err := emit(stdout, r.o.file, r.data); err != nil {
			return &codeError{code: exitError, err: err}
		}
	}
	return nil
}

// regularOrAbsent reports whether file is a regular file or does not exist
// yet: one a temporary file can be renamed over.
func regularOrAbsent(file string) bool {
	info, err := os.Lstat(file)
	return errors.Is(err, fs.ErrNotExist) || (err == nil && info.Mode().IsRegular())
}

// renderToTemp writes a report into a new temporary file in file's folder
// and returns its name; on failure the file is removed.
func renderToTemp(rep report.Reporter, res *rules.Result, file string) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(file), "."+filepath.Base(file)+".*.tmp")
	if err != nil {
		return "", err
	}
	w := bufio.NewWriterSize(f, 256<<10)
	err = rep.Report(w, res)
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		err = f.Chmod(0o644) // CreateTemp makes 0600; reports are shared files
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		_ = os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}

// output is one report to write: a format and its file ("" for stdout).
type output struct{ format, file string }

// parseOutputs reads the --format values: FORMAT or FORMAT=FILE. At most one
// format goes without a file of its own: to -o if given, else to stdout.
func parseOutputs(formats []string, o string) ([]output, error) {
	var outs []output
	plain := 0
	for _, v := range formats {
		format, file, hasFile := strings.Cut(v, "=")
		if !slices.Contains(report.Formats(), format) {
			return nil, usageError("--format %q is not one of %s", format, strings.Join(report.Formats(), ", "))
		}
		if hasFile && file == "" {
			return nil, usageError("--format %q names no file after =", v)
		}
		if !hasFile {
			plain++
			file = o
		}
		outs = append(outs, output{format: format, file: file})
	}
	if plain > 1 {
		return nil, usageError("only one --format can go to %s; give the others a file (--format sarif=a2z.sarif)", map[bool]string{true: "-o", false: "standard output"}[o != ""])
	}
	if plain == 0 && o != "" {
		return nil, usageError("-o needs a --format without =FILE to write")
	}
	return outs, nil
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

// suppressFlags are the flags of inline suppressions and baselines.
type suppressFlags struct {
	noInline      bool
	notIgnorable  []string
	baseline      string
	baselineWrite string
}

// apply marks the suppressed findings of res: inline ignores first, then the
// baseline, which --baseline-write records from what is left before it
// applies.
func (s suppressFlags) apply(res *rules.Result, fsys fs.FS, rel []string) error {
	opts := suppress.Options{NoInline: s.noInline, NotIgnorable: s.notIgnorable}
	if err := opts.Validate(); err != nil {
		return usageError("%v", err)
	}
	if s.baseline != "" && s.baselineWrite != "" && s.baseline != s.baselineWrite {
		return usageError("--baseline and --baseline-write name different files; give one")
	}
	suppress.Apply(fsys, res, opts)
	name := s.baseline
	var b *baseline.Baseline
	if s.baselineWrite != "" {
		name = s.baselineWrite
		b = baseline.FromResult(res, opts.Ignorable)
		if err := baseline.Write(name, b); err != nil {
			return &codeError{code: exitError, err: fmt.Errorf("--baseline-write: %w", err)}
		}
	} else if name != "" {
		var err error
		if b, err = baseline.Read(name); err != nil {
			return &codeError{code: exitError, err: fmt.Errorf("--baseline: %w", err)}
		}
	}
	if b != nil {
		b.Apply(res, baseline.Options{Name: filepath.ToSlash(name), Paths: rel, Ignorable: opts.Ignorable})
	}
	return nil
}
