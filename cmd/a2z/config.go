package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/a2z/a2z/internal/config"
	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// loadConfig reads the scan's config file: --config, else .a2z.hcl in the
// scan root. Settings the command line gives win; the rest are taken from
// the file into f and g. A broken file stops the scan (exit 2).
func loadConfig(cmd *cobra.Command, f *scanFlags, g *globalFlags, root string) (*config.Config, error) {
	name := f.configFile
	if name == "" {
		name = config.Find(root)
	}
	if name == "" {
		return nil, nil
	}
	c, err := config.Load(name)
	if err != nil {
		return nil, &codeError{code: exitError, err: fmt.Errorf("config %s:\n%w", name, err)}
	}
	fl := cmd.Flags()
	set := func(flag string) bool { return fl.Changed(flag) }
	if !set("format") && len(c.Formats) > 0 {
		f.formats = c.Formats
	}
	if !set("fail-on") && c.FailOn != "" {
		f.failOn = c.FailOn
	}
	if !set("var-file") {
		f.varFiles = append(c.VarFiles, f.varFiles...)
	}
	if !set("parameters-file") {
		f.paramFs = append(c.ParametersFiles, f.paramFs...)
	}
	if !set("region") && c.Region != "" {
		f.region = c.Region
	}
	if !set("mappings") {
		g.mappings = append(c.Mappings, g.mappings...)
	}
	if !set("baseline") && !set("baseline-write") && c.Baseline != "" {
		f.suppress.baseline = c.Baseline
	}
	if !set("no-inline-ignores") && c.NoInlineIgnores {
		f.suppress.noInline = true
	}
	f.suppress.notIgnorable = append(f.suppress.notIgnorable, notIgnorable(c)...)
	return c, nil
}

// applyRuleSettings applies the config's rule blocks to a result: disabled
// rules' findings are dropped, severities replaced.
func applyRuleSettings(res *rules.Result, c *config.Config) {
	if c == nil || len(c.Rules) == 0 {
		return
	}
	kept := res.Findings[:0]
	for _, f := range res.Findings {
		r, ok := c.RuleFor(f.Rule)
		if ok && r.Enabled != nil && !*r.Enabled {
			continue
		}
		if ok && r.Severity != "" {
			f.Severity = parser.Severity(r.Severity)
		}
		kept = append(kept, f)
	}
	res.Findings = kept
}

// notIgnorable lists the rules the config marks ignorable = false.
func notIgnorable(c *config.Config) []string {
	if c == nil {
		return nil
	}
	var out []string
	for id, r := range c.Rules {
		if r.Ignorable != nil && !*r.Ignorable {
			out = append(out, id)
		}
	}
	return out
}

// effortWeights are the config's effort settings for the HTML report.
func effortWeights(c *config.Config) map[rules.Status]float64 {
	if c == nil || len(c.Effort) == 0 {
		return nil
	}
	out := make(map[rules.Status]float64, len(c.Effort))
	for k, v := range c.Effort {
		out[rules.Status(k)] = v
	}
	return out
}
