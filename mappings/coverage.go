package mappings

import (
	"cmp"
	"slices"
)

// Coverage kinds: the three reference lists coverage is measured against.
const (
	CoverageTerraform      = "terraform"
	CoverageTerraformData  = "terraform-data"
	CoverageCloudFormation = "cloudformation"
)

// CoverageGroup counts how the types of one group of a reference list (a
// Terraform docs subcategory, a CloudFormation namespace) are classified.
type CoverageGroup struct {
	Kind  string
	Group string
	Total int
	// ByStatus counts classified types by the status of their default target.
	ByStatus map[string]int
	// Missing lists the types no entry classifies, sorted.
	Missing []string
}

// Classified is the number of types with an entry.
func (g CoverageGroup) Classified() int { return g.Total - len(g.Missing) }

// Coverage measures kb against the embedded reference lists. Groups come in
// kind order (Terraform resources, data sources, CloudFormation), then by name.
func (kb *KB) Coverage() []CoverageGroup {
	ref := LoadReference()
	var out []CoverageGroup
	measure := func(kind string, types []RefType, lookup func(string) *Mapping) {
		groups := map[string]*CoverageGroup{}
		var order []string
		for _, t := range types {
			g, ok := groups[t.Group]
			if !ok {
				g = &CoverageGroup{Kind: kind, Group: t.Group, ByStatus: map[string]int{}}
				groups[t.Group] = g
				order = append(order, t.Group)
			}
			g.Total++
			if m := lookup(t.Type); m != nil {
				g.ByStatus[m.Default.Status]++
			} else {
				g.Missing = append(g.Missing, t.Type)
			}
		}
		slices.Sort(order)
		for _, name := range order {
			g := groups[name]
			slices.Sort(g.Missing)
			out = append(out, *g)
		}
	}
	measure(CoverageTerraform, ref.AWSResources, kb.Resource)
	measure(CoverageTerraformData, ref.AWSDataSources, kb.Data)
	measure(CoverageCloudFormation, ref.CloudFormation, kb.CloudFormation)
	slices.SortStableFunc(out, func(a, b CoverageGroup) int {
		return cmp.Compare(kindRank(a.Kind), kindRank(b.Kind))
	})
	return out
}

func kindRank(k string) int {
	switch k {
	case CoverageTerraform:
		return 0
	case CoverageTerraformData:
		return 1
	}
	return 2
}
