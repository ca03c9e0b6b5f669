package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/a2z/a2z/mappings"
	"github.com/a2z/a2z/report"
	"github.com/a2z/a2z/rules"
)

// newReportCmd is `a2z report`: commands that work on scan results rather
// than on infrastructure code.
func newReportCmd(g *globalFlags, stdout io.Writer) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "report",
		Short: "Work with saved scan results (a2z scan --format json)",
		Args:  cobra.NoArgs,
		RunE:  func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	cmd.AddCommand(newMergeCmd(g, stdout))
	return cmd
}

func newMergeCmd(g *globalFlags, stdout io.Writer) *cobra.Command {
	var names, formats []string
	var outFile string
	cmd := &cobra.Command{
		Use:   "merge FILE...",
		Short: "Combine the JSON results of several repositories into one report",
		Long: `Merge reads JSON results (a2z scan --format json), typically one per
repository scanned in its own CI job, and writes them as one report in any
format. Every resource, finding and diagnostic keeps its repository, so the
same file path or address in two repositories stays apart.

A file's repository is its --name (given once per file, in order), else the
"repository" values the file already carries (a merged result can be merged
again), else the file's base name without extension: orders-service.json
is "orders-service". The same repository in two files is an error unless
both files say the same about it.

Without --format the format comes from the -o file's extension when it names
one (portfolio.json, portfolio.md, portfolio.csv), else it is text.

What JSON does not carry (each mapping's note, link and required types, and
the rules' descriptions for SARIF) comes from the knowledge base, with
--mappings as for the scans; a mapping the knowledge base no longer has keeps
what the JSON says.`,
		Example: `  a2z report merge orders-service.json billing.json -o portfolio.md
  a2z report merge a.json b.json --name orders --name billing --format json
  a2z report merge results/*.json --format csv=portfolio.csv --format markdown`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if len(names) > 0 && len(names) != len(args) {
				return usageError("--name is given %d times for %d files; give one per file, in order", len(names), len(args))
			}
			if !cmd.Flags().Changed("format") {
				formats = []string{formatFor(outFile)}
			}
			outputs, err := parseOutputs(formats, outFile)
			if err != nil {
				return err
			}
			inputs := make([]mergeInput, len(args))
			for i, file := range args {
				data, err := os.ReadFile(file)
				if err != nil {
					return &codeError{code: exitError, err: err}
				}
				res, err := report.ReadJSON(bytes.NewReader(data))
				if err != nil {
					return &codeError{code: exitError, err: fmt.Errorf("%s: %w", file, err)}
				}
				inputs[i] = mergeInput{file: file, result: res}
				if len(names) > 0 {
					inputs[i].name = names[i]
				}
			}
			merged, err := mergeResults(inputs)
			if err != nil {
				return err
			}
			kb, err := g.knowledgeBase()
			if err != nil {
				return err
			}
			restoreTargets(merged, kb)
			return writeReports(stdout, outputs, merged, func(output) report.Options {
				return report.Options{Version: toolVersion(), ScanDate: time.Now().UTC().Format(time.DateOnly), Sources: args, Rules: ruleInfo(kb)}
			})
		},
	}
	fl := cmd.Flags()
	fl.StringArrayVar(&names, "name", nil, "repository `NAME` of each file, in order (default: the file's \"repository\" values, else its base name)")
	fl.StringArrayVar(&formats, "format", nil, "output `FORMAT`, or FORMAT=FILE to write it to a file; repeatable (one format may go to standard output or -o): "+strings.Join(report.Formats(), ", "))
	fl.StringVarP(&outFile, "output", "o", "", "write the report to `FILE` instead of standard output")
	return cmd
}

// formatFor picks the format an output file's extension names, or text.
func formatFor(file string) string {
	ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(file)), ".")
	switch ext {
	case "md":
		ext = "markdown"
	case "txt":
		ext = "text"
	case "htm":
		ext = "html"
	}
	if ext != "" && slices.Contains(report.Formats(), ext) {
		return ext
	}
	return "text"
}

// restoreTargets fills in, from the knowledge base, what JSON does not
// carry of each resource's target: its note, link and required types. The
// mapping ID names the entry and, after a slash, a conditional target
// ("aws-db-instance/postgres"); when that target no longer has the status,
// service and types the result names (the knowledge base changed since the
// scan), the resource keeps what it has.
func restoreTargets(res *rules.Result, kb *mappings.KB) {
	for i := range res.Resources {
		m := &res.Resources[i]
		id, name, _ := strings.Cut(m.MappingID, "/")
		entry := kb.Mapping(id)
		if entry == nil {
			continue
		}
		t := &entry.Default
		if name != "" {
			t = entry.Target(name)
		}
		if t != nil && t.Status == string(m.Status) && t.Service == m.Service && slices.Equal(t.Azurerm, m.Azurerm) && slices.Equal(t.ARM, m.ARM) {
			m.Note, m.Link, m.Requires = t.Note, t.Link, t.Requires
		}
	}
}

// mergeInput is one result to merge, with the name --name gave it ("" for
// none).
type mergeInput struct {
	file   string
	name   string
	result *rules.Result
}

// mergeResults combines the inputs into one sorted result in which every
// resource, finding and diagnostic names its repository.
func mergeResults(inputs []mergeInput) (*rules.Result, error) {
	merged := &rules.Result{}
	from := map[string]string{}         // repository -> the file it came from
	parts := map[string]*rules.Result{} // repository -> what that file says about it
	for _, in := range inputs {
		base := strings.TrimSuffix(filepath.Base(in.file), filepath.Ext(in.file))
		repoOf := func(have string) string {
			switch {
			case in.name != "":
				return in.name
			case have != "":
				return have
			}
			return base
		}
		byRepo := map[string]*rules.Result{}
		var order []string
		part := func(repo string) *rules.Result {
			p, ok := byRepo[repo]
			if !ok {
				p = &rules.Result{}
				byRepo[repo] = p
				order = append(order, repo)
			}
			return p
		}
		for _, m := range in.result.Resources {
			m.Resource.Repository = repoOf(m.Resource.Repository)
			p := part(m.Resource.Repository)
			p.Resources = append(p.Resources, m)
		}
		for _, f := range in.result.Findings {
			f.Repository = repoOf(f.Repository)
			p := part(f.Repository)
			p.Findings = append(p.Findings, f)
		}
		for _, d := range in.result.Diagnostics {
			d.Repository = repoOf(d.Repository)
			p := part(d.Repository)
			p.Diagnostics = append(p.Diagnostics, d)
		}
		if len(order) == 0 {
			// An empty result still claims its repository.
			order = append(order, repoOf(""))
			byRepo[order[0]] = &rules.Result{}
		}
		for _, repo := range order {
			p := byRepo[repo]
			p.Sort()
			if prev, seen := parts[repo]; seen {
				if !reflect.DeepEqual(prev, p) {
					return nil, usageError("repository %q is in both %s and %s with different results; name them apart with --name", repo, from[repo], in.file)
				}
				continue // the same result twice: keep it once
			}
			parts[repo], from[repo] = p, in.file
			merged.Resources = append(merged.Resources, p.Resources...)
			merged.Findings = append(merged.Findings, p.Findings...)
			merged.Diagnostics = append(merged.Diagnostics, p.Diagnostics...)
		}
	}
	merged.Sort()
	return merged, nil
}
