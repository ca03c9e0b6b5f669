package mappings

import (
	"cmp"
	"fmt"
	"maps"
	"os"
	"slices"

	"github.com/hashicorp/hcl/v2"
)

// LoadOverlay reads a user's data folder (a platform team's preferred
// targets) and lays it over base; see Overlay. Paths in load errors are
// given relative to dir's parent so users can find the file.
func LoadOverlay(base *KB, dir string) (*KB, error) {
	info, err := os.Stat(dir)
	if err != nil {
		return nil, fmt.Errorf("mappings folder: %w", err)
	}
	if !info.IsDir() {
		return nil, fmt.Errorf("mappings folder %s is not a folder", dir)
	}
	user, err := load(os.DirFS(dir), dir+"/")
	if err != nil {
		return nil, err
	}
	return base.Overlay(user)
}

// Overlay returns a knowledge base in which user's entries win: an entry with
// the ID of a base entry replaces it, and every type a user entry claims is
// taken from the base entry that claimed it (which keeps its other types).
// User entries must name azurerm types that exist, as the built-in data must.
func (kb *KB) Overlay(user *KB) (*KB, error) {
	if err := user.checkAzurerm(); err != nil {
		return nil, err
	}
	kb, user = kb.full(), user.full()
	out := &KB{
		byID:       maps.Clone(kb.byID),
		resources:  maps.Clone(kb.resources),
		dataSource: maps.Clone(kb.dataSource),
		cfn:        maps.Clone(kb.cfn),
	}
	drop := func(index map[string]*Mapping, m *Mapping) {
		for t, e := range index {
			if e == m {
				delete(index, t)
			}
		}
	}
	for _, m := range user.all {
		if old := out.byID[m.ID]; old != nil {
			drop(out.resources, old)
			drop(out.dataSource, old)
			drop(out.cfn, old)
		}
		out.byID[m.ID] = m
	}
	maps.Copy(out.resources, user.resources)
	maps.Copy(out.dataSource, user.dataSource)
	maps.Copy(out.cfn, user.cfn)
	for _, m := range out.byID {
		out.all = append(out.all, m)
	}
	slices.SortFunc(out.all, func(a, b *Mapping) int { return cmp.Compare(a.ID, b.ID) })
	return out, nil
}

// checkAzurerm reports azurerm types that the reference lists do not know.
func (kb *KB) checkAzurerm() error {
	ref := LoadReference()
	var diags hcl.Diagnostics
	for _, m := range kb.all {
		known := ref.Azurerm
		if m.Data {
			known = ref.AzurermData
		}
		targets := append([]Target{m.Default}, m.Targets...)
		for _, t := range targets {
			for _, a := range slices.Concat(t.Azurerm, t.Requires) {
				if !known[a] {
					diags = append(diags, &hcl.Diagnostic{
						Severity: hcl.DiagError,
						Summary:  "Unknown azurerm type",
						Detail:   fmt.Sprintf("%s is not a type of the azurerm provider a2z knows.", a),
						Subject:  t.DeclRange.Ptr(),
					})
				}
			}
		}
	}
	if diags.HasErrors() {
		return &LoadError{Diagnostics: sortDiagnostics(diags)}
	}
	return nil
}
