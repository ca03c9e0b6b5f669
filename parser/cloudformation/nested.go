package cloudformation

import (
	"path"
	"slices"
	"strings"

	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// maxNesting bounds nested stacks within nested stacks.
const maxNesting = 16

// nested follows the nested stacks of a template whose template is a local
// file (AWS::CloudFormation::Stack TemplateURL, AWS::Serverless::Application
// Location): the child is parsed with the parameters the parent passes, and
// its resources are added with addresses "<StackLogicalID>/<LogicalID>" and
// the parent's stack resource as their calling line. A CDK nested stack's
// location is known only once deployed; its Metadata names the local file.
// Remote templates and locations not known statically are named in a
// diagnostic. Files read are listed in nestedFiles so the caller does not
// report them a second time on their own.
func (st *state) nested(rs []parser.Resource) []parser.Resource {
	out := rs
	for _, r := range rs {
		var prop string
		switch r.Type {
		case "AWS::CloudFormation::Stack":
			prop = "TemplateURL"
		case "AWS::Serverless::Application":
			prop = "Location"
		default:
			continue
		}
		if r.ConditionValue == "false" {
			continue
		}
		loc, _ := r.Attr(prop)
		url, ok := knownString(loc)
		asset := st.cdk[r.Name].asset
		if !ok && asset != "" {
			// cdk synth: the template is a file beside this one until the
			// deployment uploads it.
			url, ok = asset, true
		}
		if !ok {
			st.unreadLocation(r, prop, loc)
			continue
		}
		name, local := localTemplate(st.src.file, url)
		if !local {
			st.diags = append(st.diags, parser.Diagnostic{Severity: parser.SeverityInfo, Range: r.Range,
				Summary: "nested stack " + r.Name + " reads its template from " + url + "; a2z reads only local templates, so its resources are not in this scan"})
			continue
		}
		if st.opts.ReadFile == nil {
			continue
		}
		if len(st.opts.chain) >= maxNesting || slices.Contains(st.opts.chain, name) || name == st.src.file {
			st.errorf(r.Range, "nested stack %s includes %s, which is already being read (a cycle) or nests too deeply; it is not expanded again", r.Name, name)
			continue
		}
		if !st.takeRead(r.Range, "nested stack "+r.Name) {
			continue
		}
		data, err := st.opts.ReadFile(name)
		if err != nil {
			hint := ""
			if st.opts.Region == "" && strings.Contains(name, defaultRegion) {
				// The path may come from ${AWS::Region}, which is an assumption here.
				hint = " (AWS::Region is taken to be " + defaultRegion + " unless a region is given)"
			}
			st.errorf(r.Range, "nested stack %s: cannot read %s: %v%s", r.Name, name, parser.BareError(err), hint)
			continue
		}
		child := st.opts
		child.Parameters = stackParameters(r)
		child.chain = append(append([]string{}, st.opts.chain...), st.src.file)
		p, ok := Parse(st.ctx, name, data, child)
		if !ok {
			st.errorf(r.Range, "nested stack %s: %s is not a CloudFormation template", r.Name, name)
			continue
		}
		st.nestedFiles = append(st.nestedFiles, name)
		st.nestedFiles = append(st.nestedFiles, p.Nested...)
		for _, c := range p.Resources {
			if asset == "" || c.Address == c.Name {
				// A CDK construct path (the address of a resource of a
				// synthesised template) already starts at the app's root.
				c.Address = r.Address + "/" + c.Address
			}
			c.Calls = append([]parser.Range{r.Range}, c.Calls...)
			c.ModulePath = append([]string{r.Name}, c.ModulePath...)
			out = append(out, c)
		}
		st.diags = append(st.diags, p.Diagnostics...)
	}
	return out
}

// takeRead counts a file about to be read for what (a nested stack, an
// include) at r, against the template's bound. Over it, the first refusal
// is an error, and the file is not read.
func (st *state) takeRead(r parser.Range, what string) bool {
	sp := st.opts.spent
	if sp.reads < maxTemplateReads {
		sp.reads++
		return true
	}
	if !sp.readsReported {
		sp.readsReported = true
		st.errorf(r, "%s is not expanded: %s already reads %d other files through nested stacks and AWS::Include, a2z's limit; those past it are not in this scan", what, st.topFile(), maxTemplateReads)
	}
	return false
}

// topFile is the template the scan started from: the outermost of a chain
// of nested stacks and includes.
func (st *state) topFile() string {
	if len(st.opts.chain) > 0 {
		return st.opts.chain[0]
	}
	return st.src.file
}

// unreadLocation explains why a nested stack whose template location is
// not a known string is not followed, so that its resources are not lost
// without a word.
func (st *state) unreadLocation(r parser.Resource, prop string, loc cty.Value) {
	var summary string
	switch {
	case loc != cty.NilVal && loc.IsKnown() && !loc.IsNull() && loc.Type().IsObjectType():
		// A serverless repository application ({ApplicationId, …}).
		summary = "nested application " + r.Name + " comes from the Serverless Application Repository; its resources are not in this scan"
	case loc == cty.NilVal || loc.IsNull():
		summary = "nested stack " + r.Name + " names no template (" + prop + "), so it has no resources in this scan"
	default:
		text := r.Unresolved[prop]
		if text == "" {
			text = "a value that is not a string"
		}
		summary = "nested stack " + r.Name + " reads its template from " + text + ", which is not known before deployment, so its resources are not in this scan"
	}
	st.diags = append(st.diags, parser.Diagnostic{Severity: parser.SeverityInfo, Range: r.Range, Summary: summary})
}

// localTemplate resolves a TemplateURL or Location that names a local file
// (relative to the parent template, as `aws cloudformation package` and
// SAM read it) to a slash path in the scan; false for URLs and paths that
// leave the scan.
func localTemplate(parent, url string) (string, bool) {
	u := strings.TrimPrefix(url, "file://")
	if u == "" || strings.Contains(u, "://") || strings.HasPrefix(u, "/") {
		return "", false
	}
	name := path.Clean(path.Join(path.Dir(parent), u))
	if name == ".." || strings.HasPrefix(name, "../") {
		return "", false
	}
	return name, true
}

// stackParameters are the values a nested stack resource passes, as text.
func stackParameters(r parser.Resource) map[string]string {
	params, ok := r.Attr("Parameters")
	if !ok || !params.IsKnown() || params.IsNull() || !params.Type().IsObjectType() {
		return nil
	}
	out := map[string]string{}
	for k, v := range params.AsValueMap() {
		if s, ok := knownString(v); ok {
			out[k] = s
			continue
		}
		if v.IsWhollyKnown() && !v.IsNull() && v.CanIterateElements() {
			// A list passed to a CommaDelimitedList parameter.
			var parts []string
			for it := v.ElementIterator(); it.Next(); {
				_, e := it.Element()
				if s, ok := knownString(e); ok {
					parts = append(parts, s)
				}
			}
			out[k] = strings.Join(parts, ",")
		}
	}
	return out
}
