package cloudformation

import (
	"slices"

	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/parser"
)

// include reads an AWS::Include transform in the Resources section whose
// Location is a local file: the snippet is a mapping of resources, read with
// its own positions but the template's parameters, mappings and conditions.
// It reports false when the transform is not such an include.
func (st *state) include(e entry, seen map[string]*yaml.Node, out *[]parser.Resource, depth int) bool {
	body := st.deref(e.v)
	if body.Kind != yaml.MappingNode || st.opts.ReadFile == nil {
		return false
	}
	fields := st.entries(body)
	name, ok := lookup(fields, "Name")
	if !ok || st.deref(name.v).Value != "AWS::Include" {
		return false
	}
	params, ok := lookup(fields, "Parameters")
	if !ok {
		return false
	}
	loc, ok := lookup(st.entries(st.deref(params.v)), "Location")
	if !ok {
		return false
	}
	v, _ := st.eval(loc.v, depth)
	url, known := knownString(v)
	if !known {
		return false
	}
	file, local := localTemplate(st.src.file, url)
	if !local {
		return false
	}
	if depth >= maxForEachDepth || slices.Contains(st.opts.chain, file) || file == st.src.file {
		st.errorf(st.src.rng(e.k), "AWS::Include of %s is already being read (a cycle) or nests too deeply", file)
		return true
	}
	if !st.takeRead(st.src.rng(e.k), "AWS::Include of "+file) {
		return true
	}
	data, err := st.opts.ReadFile(file)
	if err != nil {
		st.errorf(st.src.rng(e.k), "AWS::Include: cannot read %s: %v", file, parser.BareError(err))
		return true
	}
	sub := &state{
		ctx: st.ctx, opts: st.opts, src: newSource(file, data),
		budget: 4*len(data) + 100_000, active: map[*yaml.Node]bool{}, reported: map[*yaml.Node]bool{},
		params: st.params, mappings: st.mappings, conditions: st.conditions,
		condValues: st.condValues, condActive: st.condActive, loopVars: st.loopVars, loopKeys: st.loopKeys,
	}
	sub.opts.chain = append(append([]string{}, st.opts.chain...), st.src.file)
	root, ok := sub.load()
	if ok && root != nil {
		sub.normalize(root, 0)
		if root.Kind == yaml.MappingNode {
			sub.resources(root, seen, out, depth+1)
		} else {
			sub.errorf(sub.fileStart(), "an AWS::Include snippet in Resources must be a mapping of resources")
		}
	}
	st.diags = append(st.diags, sub.diags...)
	st.nestedFiles = append(st.nestedFiles, file)
	return true
}
