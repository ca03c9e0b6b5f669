package cloudformation

import (
	"fmt"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/parser"
)

// Templates synthesised by the AWS CDK (cdk synth writes them to cdk.out)
// name every resource's construct in its Metadata, as aws:cdk:path
// "MyStack/Orders/Queue/Resource". That path is what the user wrote in code;
// the logical ID beside it ("OrdersQueueC538DD4C") is derived from it with a
// hash. applyCDK reports the path as the address.
//
// The CDK also adds resources of its own: custom resources with the
// singleton Lambda functions behind them that serve the deployment on AWS
// (emptying a bucket before it is deleted, copying asset files into a
// bucket). They are not part of what the user built and need no Azure
// counterpart. (AWS::CDK::Metadata, its version analytics, is left to the
// knowledge base, which classifies it as bookkeeping.)

// cdkPathKey is the Metadata key holding a resource's construct path.
const cdkPathKey = "aws:cdk:path"

// cdkHelperTypes are the custom resource types the CDK adds on its own, with
// what each does on AWS. Custom::CDK… types not listed here are helpers too.
// Deliberately absent: Custom::AWSCDKOpenIdConnectProvider (it creates a
// real IAM OIDC provider), Custom::AWSCDK-EKS-* (real clusters and
// manifests), Custom::S3BucketNotifications and Custom::LogRetention (real
// settings), Custom::AWS (a call the user asked for).
var cdkHelperTypes = map[string]string{
	"Custom::CDKBucketDeployment":     "copies asset files into a bucket during deployment (upload them from the Azure pipeline instead)",
	"Custom::S3AutoDeleteObjects":     "empties a bucket before it is deleted",
	"Custom::ECRAutoDeleteImages":     "empties a repository before it is deleted",
	"Custom::AWSCDKCfnJson":           "resolves a JSON value during deployment",
	"Custom::CrossRegionExportWriter": "passes outputs to stacks in other regions",
	"Custom::CrossRegionExportReader": "reads outputs of stacks in other regions",
}

// cdkPlumbingSegment matches a construct ID that belongs to the CDK's own
// provider plumbing: singleton handlers named by a type ("Custom::S3Auto…
// Provider", "Custom::CDKBucketDeployment<uuid>"), singletons named by a
// purpose and a UUID without dashes ("BucketNotificationsHandler050a…",
// "LogRetentionaae0…", "AWS679f…"), and the parts of a custom resource
// provider framework (cr.Provider) that the CDK writes itself.
var cdkPlumbingSegment = regexp.MustCompile(`^(?:Custom::.+|[A-Za-z][A-Za-z0-9]*[0-9a-f]{32}|framework-(?:onEvent|isComplete|onTimeout)|waiter-state-machine)$`)

// cdkHelper reports whether a resource of type typ at construct path path
// (empty if unknown) is the CDK's own helper, and what it does.
func cdkHelper(typ, path string) (what string, ok bool) {
	if w, ok := cdkHelperTypes[typ]; ok {
		return w, true
	}
	if strings.HasPrefix(typ, "Custom::CDK") {
		return "serves the CDK's deployment", true
	}
	if path == "" {
		return "", false
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	// The first segment is the stack, named by the user.
	for _, s := range segs[1:] {
		if cdkPlumbingSegment.MatchString(s) {
			return "runs CDK helpers", true
		}
	}
	return "", false
}

// readableCDKPath turns a construct path into an address: the L1 resource
// an L2 construct wraps is its child "Resource" (or "Default"), which adds
// nothing for a reader, so trailing such segments go.
func readableCDKPath(path string) string {
	p := strings.Trim(path, "/")
	for {
		trimmed := strings.TrimSuffix(strings.TrimSuffix(p, "/Resource"), "/Default")
		if trimmed == p || trimmed == "" {
			return p
		}
		p = trimmed
	}
}

// cdkMeta is what the CDK writes in a resource's Metadata that a2z uses:
// the construct path, and for a nested stack the file of its template.
type cdkMeta struct {
	path string
	// asset is aws:asset:path when aws:asset:property is TemplateURL: the
	// nested stack's template, written beside the parent in cdk.out, that
	// the CDK uploads and points TemplateURL at when it deploys.
	asset string
}

// cdkMetadata reads the CDK metadata of each resource in the Resources
// section, by logical ID. The first definition of a repeated logical ID
// wins, as it does when the resources are read.
func (st *state) cdkMetadata(top []entry) map[string]cdkMeta {
	e, ok := lookup(top, "Resources")
	if !ok {
		return nil
	}
	rv := st.deref(e.v)
	if rv.Kind != yaml.MappingNode {
		return nil
	}
	out := map[string]cdkMeta{}
	seen := map[string]bool{}
	for _, r := range st.entries(rv) {
		if !r.ok || seen[r.name] {
			continue
		}
		seen[r.name] = true
		body := st.deref(r.v)
		if body.Kind != yaml.MappingNode {
			continue
		}
		me, ok := lookup(st.entries(body), "Metadata")
		if !ok {
			continue
		}
		md := st.deref(me.v)
		if md.Kind != yaml.MappingNode {
			continue
		}
		mes := st.entries(md)
		var m cdkMeta
		if p, ok := st.metaString(mes, cdkPathKey); ok && strings.Trim(p, "/ ") != "" {
			m.path = p
		}
		if prop, _ := st.metaString(mes, "aws:asset:property"); prop == "TemplateURL" {
			m.asset, _ = st.metaString(mes, "aws:asset:path")
		}
		if m != (cdkMeta{}) {
			out[r.name] = m
		}
	}
	return out
}

// metaString is the string value of key in a Metadata mapping.
func (st *state) metaString(es []entry, key string) (string, bool) {
	e, ok := lookup(es, key)
	if !ok {
		return "", false
	}
	v := st.deref(e.v)
	if v.Kind != yaml.ScalarNode || v.ShortTag() != "!!str" {
		return "", false
	}
	return v.Value, true
}

// applyCDK gives the resources of a CDK-synthesised template their construct
// paths as addresses (the logical ID stays in Name) and leaves out the
// helper custom resources the CDK adds on its own, with their provider
// functions and roles; one info diagnostic lists them, so that nothing
// disappears unseen. AWS::CDK::Metadata stays: the knowledge base already
// reports it as bookkeeping with nothing to migrate, and every other entry of
// Resources is reported too. A template without CDK metadata is returned
// unchanged.
//
// TODO: when parser.Resource can mark a resource as quiet, keep the helpers
// with that mark instead of the diagnostic.
func (st *state) applyCDK(rs []parser.Resource) []parser.Resource {
	cdkMade := false
	for _, m := range st.cdk {
		cdkMade = cdkMade || m.path != ""
	}
	if !cdkMade {
		return rs
	}

	// Resources of nested stacks read from other files keep their own
	// names and addresses: the paths here are this template's.
	pathOf := func(r *parser.Resource) string {
		if r.Source != parser.SourceCloudFormation || r.Range.File != st.src.file {
			return ""
		}
		return st.cdk[r.Name].path
	}
	out := make([]parser.Resource, 0, len(rs))
	var helpers []parser.Resource
	var notes []string
	for _, r := range rs {
		path := pathOf(&r)
		if path == "" {
			out = append(out, r)
			continue
		}
		if what, ok := cdkHelper(r.Type, path); ok {
			helpers = append(helpers, r)
			notes = append(notes, fmt.Sprintf("%s (%s, %s)", readableCDKPath(path), r.Type, what))
			continue
		}
		out = append(out, r)
	}
	cdkAddresses(out, pathOf)

	if len(helpers) > 0 {
		summary := fmt.Sprintf("%d resources the AWS CDK adds on its own are left out: they serve the deployment on AWS and need no Azure counterpart", len(helpers))
		if len(helpers) == 1 {
			summary = "1 resource the AWS CDK adds on its own is left out: it serves the deployment on AWS and needs no Azure counterpart"
		}
		st.add(parser.Diagnostic{
			Severity: parser.SeverityInfo,
			Summary:  summary,
			Detail:   strings.Join(notes, "; "),
			Range:    helpers[0].Range,
		})
	}
	return out
}

// cdkAddresses sets the address of each resource with a construct path.
// Addresses must stay unique within the template: when two paths read the
// same once shortened, the full path is used, and when even that is taken,
// the address the resource had.
func cdkAddresses(rs []parser.Resource, pathOf func(*parser.Resource) string) {
	short := map[string]int{}
	used := map[string]bool{}
	for i := range rs {
		if p := pathOf(&rs[i]); p != "" {
			short[readableCDKPath(p)]++
		} else {
			used[rs[i].Address] = true
		}
	}
	for i := range rs {
		p := pathOf(&rs[i])
		if p == "" {
			continue
		}
		candidates := []string{readableCDKPath(p), strings.Trim(p, "/"), rs[i].Address}
		if short[candidates[0]] > 1 {
			candidates = candidates[1:]
		}
		for _, c := range candidates {
			if !used[c] {
				rs[i].Address = c
				break
			}
		}
		used[rs[i].Address] = true
	}
}
