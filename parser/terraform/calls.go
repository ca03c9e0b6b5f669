package terraform

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// callMeta are the arguments of a module block that are not inputs.
var callMeta = map[string]bool{
	"source": true, "version": true, "count": true, "for_each": true, "providers": true, "depends_on": true,
}

// evalCall expands one module call and evaluates each instance of the
// called module with its inputs; the instances' outputs become what
// module.<name> refers to.
func (m *module) evalCall(c *callDecl) {
	m.current = c.block.DefRange.Filename
	site := convRange(blockRange(c.block))
	if m.addr == "" {
		m.run.calls = append(m.run.calls, parser.ModuleCall{Name: c.name, Source: c.source, Range: site})
	}
	attrs, diags := c.block.Body.JustAttributes()
	m.addHCL(diags, c.block.DefRange.Filename)

	dir, ok := m.callDir(c)
	if !ok {
		m.modVals[c.name] = cty.DynamicVal
		return
	}
	switch {
	case len(m.dirs) >= maxModuleDepth:
		m.diags = append(m.diags, diagAt(parser.SeverityError, "Module nesting too deep",
			fmt.Sprintf("Module %q is %d calls deep; a2z stops following module calls at %d.", c.name, len(m.dirs), maxModuleDepth), c.block.DefRange))
		m.modVals[c.name] = cty.DynamicVal
		return
	case slices.Contains(m.dirs, dir):
		m.diags = append(m.diags, diagAt(parser.SeverityError, "Module calls itself",
			fmt.Sprintf("Module %q calls %s, which is already in its own call chain (%s); its resources are not expanded again.", c.name, dir, strings.Join(m.dirs, " → ")), c.block.DefRange))
		m.modVals[c.name] = cty.DynamicVal
		return
	}
	src := m.run.loader.load(m.run.ctx, dir, nil)
	if !src.found {
		m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Module not read",
			fmt.Sprintf("Module %q: the folder %s holds no readable Terraform files, so its resources are not in this scan.", c.name, dir), c.block.DefRange))
		m.modVals[c.name] = cty.DynamicVal
		return
	}

	insts, sh, unresolved := m.expand(attrs["count"], attrs["for_each"])
	vals := make([]cty.Value, 0, len(insts))
	for _, inst := range insts {
		if m.run.overLimit(m, c.block.DefRange, m.addr+"module."+c.name+inst.suffix) {
			m.modVals[c.name] = cty.DynamicVal
			return
		}
		m.run.modules++
		m.run.loader.spent.modules.Add(1)
		child := newModule(m.run, src, m)
		child.addr = m.addr + "module." + c.name + inst.suffix + "."
		child.path = append(append([]string{}, m.path...), c.name+inst.suffix)
		child.callSites = append(append([]parser.Range{}, m.callSites...), site)
		child.providers = m.childProviders(attrs["providers"])

		m.iter = inst.iter
		inputs := map[string]inputValue{}
		for _, a := range sortedAttrs(attrs) {
			if callMeta[a.Name] {
				continue
			}
			v, _ := m.eval(a.Expr)
			inputs[a.Name] = inputValue{val: v, hasVal: true, rng: a.Expr.Range()}
		}
		m.iter = nil
		if unresolved != "" {
			m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Module instances unknown",
				fmt.Sprintf("How many instances of module %q there are depends on %s, which a2z cannot resolve statically; its resources are reported once.", c.name, unresolved), c.block.DefRange))
		}
		child.evaluate(func() map[string]inputValue { return inputs })
		vals = append(vals, objectOf(child.outputs))
	}
	m.modVals[c.name] = collect(sh, insts, vals)
}

// callDir finds the folder a module call reads: a local path, or the folder
// `terraform init` installed a registry or git module in. When there is none
// it says why and returns false.
func (m *module) callDir(c *callDecl) (string, bool) {
	if isLocalSource(c.source) {
		dir, ok := localDir(m.src.dir, c.source)
		if !ok {
			m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Module not read",
				fmt.Sprintf("Module %q (source %q) lies outside the scanned folder; scan a folder that contains it to include its resources.", c.name, c.source), c.block.DefRange))
		}
		return dir, ok
	}
	key := strings.Join(append(stripKeys(m.path), c.name), ".")
	if dir, ok := m.run.modulesJSON[key]; ok {
		return dir, true
	}
	src := fmt.Sprintf("source %q", c.source)
	if c.source == "" {
		src = "source not a literal string"
	}
	m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Module not read",
		fmt.Sprintf("The resources of module %q (%s) are not in this scan: a2z follows registry and git modules through .terraform/modules/modules.json, so run `terraform init` in %s first (a2z itself never downloads anything).", c.name, src, m.run.rootDir),
		c.block.DefRange))
	return "", false
}

// stripKeys drops instance keys from module path names: modules.json keys
// name calls, not instances.
func stripKeys(p []string) []string {
	out := make([]string, len(p))
	for i, n := range p {
		if j := strings.IndexByte(n, '['); j >= 0 {
			n = n[:j]
		}
		out[i] = n
	}
	return out
}

// childProviders is the provider configurations a called module sees: those
// its providers argument passes, or else the caller's default (unaliased)
// configurations, which Terraform passes implicitly.
func (m *module) childProviders(a *hcl.Attribute) map[string]*providerConfig {
	out := map[string]*providerConfig{}
	if a == nil {
		for k, cfg := range m.providers {
			if !strings.Contains(k, ".") {
				out[k] = cfg
			}
		}
		return out
	}
	pairs, diags := hcl.ExprMap(a.Expr)
	if diags.HasErrors() {
		return out
	}
	for _, p := range pairs {
		child, ok1 := traversalName(p.Key)
		parent, ok2 := traversalName(p.Value)
		if !ok1 || !ok2 {
			continue
		}
		if cfg, ok := m.providers[parent]; ok {
			out[child] = cfg
		} else {
			out[child] = &providerConfig{}
		}
	}
	return out
}

// traversalName reads "aws" or "aws.west" written as a reference.
func traversalName(expr hcl.Expression) (string, bool) {
	t, diags := hcl.AbsTraversalForExpr(expr)
	if diags.HasErrors() || len(t) == 0 {
		return "", false
	}
	name := t.RootName()
	if len(t) == 2 {
		if at, ok := t[1].(hcl.TraverseAttr); ok {
			name += "." + at.Name
		}
	}
	return name, true
}

// parseModulesJSON reads the manifest's key → folder pairs; folders are
// relative to the root module and become slash paths in the scan root.
func parseModulesJSON(src []byte, rootDir string) map[string]string {
	var manifest struct {
		Modules []struct {
			Key string `json:"Key"`
			Dir string `json:"Dir"`
		} `json:"Modules"`
	}
	if json.Unmarshal(src, &manifest) != nil {
		return nil
	}
	out := map[string]string{}
	for _, e := range manifest.Modules {
		if e.Key == "" || e.Dir == "" || path.IsAbs(e.Dir) {
			continue
		}
		dir := pathJoin(rootDir, e.Dir)
		if dir == ".." || strings.HasPrefix(dir, "../") {
			continue
		}
		out[e.Key] = dir
	}
	return out
}

// pathJoin joins slash paths and cleans the result.
func pathJoin(elem ...string) string {
	return path.Clean(path.Join(elem...))
}
