package cloudformation

import (
	"strings"

	"github.com/zclconf/go-cty/cty"
	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/parser"
)

// samTransform is the Transform that makes a template a SAM template.
const samTransform = "AWS::Serverless-2016-10-31"

// samPrefix starts the types the SAM transform expands.
const samPrefix = "AWS::Serverless::"

// Logical IDs of the APIs SAM creates for Api and HttpApi events that name
// no API of their own.
const (
	implicitRestAPI = "ServerlessRestApi"
	implicitHTTPAPI = "ServerlessHttpApi"
)

// applySAM applies what the SAM transform would do to a template whose
// Transform (a string or a list) includes AWS::Serverless-2016-10-31;
// other templates are returned unchanged.
//
//   - Globals: each section (Function, Api, HttpApi, SimpleTable,
//     StateMachine, …) is merged into the Properties of every
//     AWS::Serverless::<section> resource the way SAM merges it: a value
//     written on the resource replaces a global scalar (an intrinsic counts
//     as a scalar), mappings are merged key by key, and lists are joined,
//     global entries first. The IgnoreGlobals attribute ("*" or a list of
//     property names) opts a resource out. Properties that come only from
//     Globals have AttrRanges pointing at their Globals entry.
//   - Events: every entry of a function's (or state machine's) Events
//     becomes one more resource standing for what SAM generates for it, so
//     the knowledge base can map it: an AWS::Lambda::EventSourceMapping for
//     queues and streams, an AWS::Events::Rule for schedules and event
//     patterns, an AWS::Scheduler::Schedule, an AWS::SNS::Subscription, an
//     AWS::ApiGateway::Method or AWS::ApiGatewayV2::Route, and for S3 the
//     AWS::Lambda::Permission SAM adds (SAM also writes the notification
//     into the bucket, which is done here to the bucket's Attrs). Its
//     Address is <logical ID>.Events.<event name>, its Name the logical ID
//     SAM gives it (<logical ID><event name>), its Range the event entry
//     and its TypeRange the event's Type. Events of a type a2z does not map
//     get a warning and nothing else.
//   - The implicit APIs SAM creates for Api and HttpApi events without
//     RestApiId or ApiId are added once each, as ServerlessRestApi and
//     ServerlessHttpApi, with Globals applied, placed (Range and TypeRange)
//     at the Type of the first event that needs them.
func (st *state) applySAM(top []entry, rs []parser.Resource) []parser.Resource {
	if !st.hasSAMTransform(top) || st.ctx.Err() != nil {
		return rs
	}
	first := len(st.diags)
	defer st.dropRepeatedDiags(first)

	bodies := map[string]*yaml.Node{}
	if e, ok := lookup(top, "Resources"); ok {
		st.resourceBodies(st.deref(e.v), bodies, 0)
	}
	globals := st.readGlobals(top)

	index := map[string]int{}
	for i := range rs {
		if _, dup := index[rs[i].Name]; !dup {
			index[rs[i].Name] = i
		}
	}
	for i := range rs {
		r := &rs[i]
		if sec, ok := globals[strings.TrimPrefix(r.Type, samPrefix)]; ok && strings.HasPrefix(r.Type, samPrefix) {
			st.mergeGlobals(r, sec, bodies[r.Name])
		}
	}

	// Events first, for all owners: an S3 event writes into its bucket,
	// which may come before the function.
	type generated struct{ events, apis []parser.Resource }
	gen := make([]generated, len(rs))
	for i := range rs {
		if st.ctx.Err() != nil || st.exhausted {
			return rs
		}
		if r := rs[i]; r.Type == samPrefix+"Function" || r.Type == samPrefix+"StateMachine" {
			gen[i].events, gen[i].apis = st.samEvents(r, bodies[r.Name], rs, index)
		}
	}
	var out []parser.Resource
	made := map[string]bool{} // implicit APIs already added
	for i := range rs {
		out = append(out, rs[i])
		out = append(out, gen[i].events...)
		for _, api := range gen[i].apis {
			if made[api.Name] {
				continue
			}
			made[api.Name] = true
			if _, taken := index[api.Name]; taken {
				continue // the template declares it itself
			}
			if sec, ok := globals[strings.TrimPrefix(api.Type, samPrefix)]; ok {
				st.mergeGlobals(&api, sec, nil)
			}
			out = append(out, api)
		}
	}
	return out
}

// hasSAMTransform reports whether the template's Transform names SAM.
func (st *state) hasSAMTransform(top []entry) bool {
	e, ok := lookup(top, "Transform")
	if !ok {
		return false
	}
	v := st.deref(e.v)
	switch v.Kind {
	case yaml.ScalarNode:
		return strings.TrimSpace(v.Value) == samTransform
	case yaml.SequenceNode:
		for _, c := range v.Content {
			if c = st.deref(c); c.Kind == yaml.ScalarNode && strings.TrimSpace(c.Value) == samTransform {
				return true
			}
		}
	}
	return false
}

// dropRepeatedDiags removes the diagnostics added since index first that
// repeat an earlier one: a broken Globals entry is read once per resource.
func (st *state) dropRepeatedDiags(first int) {
	type key struct {
		sev     parser.Severity
		summary string
		at      parser.Range
	}
	seen := map[key]bool{}
	for _, d := range st.diags[:first] {
		seen[key{d.Severity, d.Summary, d.Range}] = true
	}
	kept := st.diags[:first]
	for _, d := range st.diags[first:] {
		k := key{d.Severity, d.Summary, d.Range}
		if !seen[k] {
			seen[k] = true
			kept = append(kept, d)
		}
	}
	st.diags = kept
}

// resourceBodies indexes the resource mappings by logical ID, the first
// definition of an ID winning as in Parse, including the resource templates
// of Fn::ForEach loops.
func (st *state) resourceBodies(m *yaml.Node, out map[string]*yaml.Node, depth int) {
	if m.Kind != yaml.MappingNode || depth > maxForEachDepth {
		return
	}
	for _, e := range st.entries(m) {
		if !e.ok {
			continue
		}
		if strings.HasPrefix(e.name, forEachPrefix) {
			if v := st.deref(e.v); v.Kind == yaml.SequenceNode && len(v.Content) == 3 {
				st.resourceBodies(st.deref(v.Content[2]), out, depth+1)
			}
			continue
		}
		if _, dup := out[e.name]; !dup {
			out[e.name] = st.deref(e.v)
		}
	}
}

// fields lists the unique entries of a mapping, or nothing for anything
// else.
func (st *state) fields(n *yaml.Node, what string) []entry {
	if n = st.deref(n); n.Kind != yaml.MappingNode {
		return nil
	}
	return st.unique(st.entries(n), what)
}

// samSection is one section of Globals.
type samSection struct {
	props []entry
}

// readGlobals reads the Globals section: section name (Function, Api, …) →
// its properties.
func (st *state) readGlobals(top []entry) map[string]samSection {
	out := map[string]samSection{}
	e, ok := lookup(top, "Globals")
	if !ok {
		return out
	}
	g := st.deref(e.v)
	switch {
	case g.Kind == yaml.ScalarNode && g.ShortTag() == "!!null":
		return out
	case g.Kind != yaml.MappingNode:
		st.warn(st.src.rng(e.k), "Globals must be a mapping of sections (Function, Api, …); it is ignored")
		return out
	}
	for _, s := range st.unique(st.entries(g), "Globals section") {
		v := st.deref(s.v)
		switch {
		case v.Kind == yaml.MappingNode:
			out[s.name] = samSection{props: st.unique(st.entries(v), "Globals property")}
		case v.Kind == yaml.ScalarNode && v.ShortTag() == "!!null":
		default:
			st.warn(st.src.rng(s.k), "Globals section %s must be a mapping of properties; it is ignored", s.name)
		}
	}
	return out
}

// mergeGlobals merges a Globals section into r, whose resource mapping is
// body (nil for a resource SAM creates itself).
func (st *state) mergeGlobals(r *parser.Resource, sec samSection, body *yaml.Node) {
	if len(sec.props) == 0 || r.Attrs == cty.NilVal || !r.Attrs.IsKnown() || r.Attrs.IsNull() || !r.Attrs.Type().IsObjectType() {
		return // Properties: {Fn::If: …} cannot be merged into
	}
	var local []entry
	ignore := map[string]bool{}
	if body != nil {
		attrs := st.fields(body, "resource attribute")
		if pe, ok := lookup(attrs, "Properties"); ok {
			local = st.fields(pe.v, "property name")
		}
		if ie, ok := lookup(attrs, "IgnoreGlobals"); ok {
			switch v := st.deref(ie.v); v.Kind {
			case yaml.ScalarNode:
				if v.Value == "*" {
					return
				}
				ignore[v.Value] = true
			case yaml.SequenceNode:
				for _, c := range v.Content {
					if c = st.deref(c); c.Kind == yaml.ScalarNode {
						ignore[c.Value] = true
					}
				}
			}
		}
	}

	attrs := r.Attrs.AsValueMap()
	if attrs == nil {
		attrs = map[string]cty.Value{}
	}
	ranges := map[string]parser.Range{}
	for k, v := range r.AttrRanges {
		ranges[k] = v
	}
	unresolved := map[string]string{}
	for k, v := range r.Unresolved {
		unresolved[k] = v
	}
	changed := false
	for _, g := range sec.props {
		if ignore[g.name] {
			continue
		}
		var n *yaml.Node
		l, has := lookup(local, g.name)
		switch {
		case !has:
			n = g.v
			ranges[g.name] = st.src.span(g.k, g.v)
		case st.samKind(g.v) == st.samKind(l.v) && st.samKind(l.v) != samScalar:
			n = st.mergeNodes(g.v, l.v, 0)
		default:
			continue // the resource's own value wins
		}
		dropPath(unresolved, g.name)
		dropNested(ranges, g.name)
		changed = true
		if v, keep := st.valueAt(n, g.name, unresolved, ranges, ranges[g.name]); keep {
			attrs[g.name] = v
		} else {
			delete(attrs, g.name)
			delete(ranges, g.name)
		}
	}
	if !changed {
		return
	}
	r.Attrs = objectOrEmpty(attrs)
	r.AttrRanges = nilIfEmpty(ranges)
	r.Unresolved = nilIfEmpty(unresolved)
}

// valueAt reads a property value like st.value, recording the ranges of its
// nested values in ranges under their dotted paths. Values SAM writes
// itself have no place of their own: they get at, the place of what makes
// SAM write them.
func (st *state) valueAt(n *yaml.Node, name string, unresolved map[string]string, ranges map[string]parser.Range, at parser.Range) (cty.Value, bool) {
	nested := map[string]parser.Range{}
	saved := st.positions
	st.positions = nested
	defer func() { st.positions = saved }()
	v, keep := st.value(n, name, unresolved, 0)
	for k, r := range nested {
		if r.Start.Line < 1 {
			r = at
		}
		ranges[k] = r
	}
	return v, keep
}

// dropPath removes a property and everything under it from a map keyed by
// dotted paths.
func dropPath[V any](m map[string]V, name string) {
	delete(m, name)
	dropNested(m, name)
}

// dropNested removes what is under a property from a map keyed by dotted
// paths, keeping the property itself.
func dropNested[V any](m map[string]V, name string) {
	for k := range m {
		if strings.HasPrefix(k, name+".") {
			delete(m, k)
		}
	}
}

func objectOrEmpty(attrs map[string]cty.Value) cty.Value {
	if len(attrs) == 0 {
		return cty.EmptyObjectVal
	}
	return cty.ObjectVal(attrs)
}

func nilIfEmpty[V any](m map[string]V) map[string]V {
	if len(m) == 0 {
		return nil
	}
	return m
}

// SAM merges values by their shape; an intrinsic function counts as a
// scalar, since it resolves to one.
const (
	samScalar = iota
	samMap
	samList
)

func (st *state) samKind(n *yaml.Node) int {
	switch n = st.deref(n); n.Kind {
	case yaml.MappingNode:
		if es := st.entries(n); len(es) == 1 && es[0].ok && isIntrinsic(es[0].name) {
			return samScalar
		}
		return samMap
	case yaml.SequenceNode:
		return samList
	}
	return samScalar
}

// mergeNodes builds the node SAM's merge of global value g and local value l
// yields. The result shares the original nodes, so values, positions and
// intrinsics read as they would in place.
func (st *state) mergeNodes(g, l *yaml.Node, depth int) *yaml.Node {
	kg, kl := st.samKind(g), st.samKind(l)
	if kg != kl || kl == samScalar || depth > maxMergeDepth || !st.visit(l) {
		return l
	}
	gd, ld := st.deref(g), st.deref(l)
	out := &yaml.Node{Kind: ld.Kind, Tag: ld.Tag, Style: ld.Style, Line: ld.Line, Column: ld.Column}
	st.src.origin[out] = ld // its place in the file is the resource's value
	if kl == samList {
		out.Content = append(append(out.Content, gd.Content...), ld.Content...)
		return out
	}
	ges, les := st.unique(st.entries(gd), "key"), st.unique(st.entries(ld), "key")
	for _, ge := range ges {
		if le, ok := lookup(les, ge.name); ok {
			out.Content = append(out.Content, le.k, st.mergeNodes(ge.v, le.v, depth+1))
		} else {
			out.Content = append(out.Content, ge.k, ge.v)
		}
	}
	for _, le := range les {
		if _, ok := lookup(ges, le.name); !ok {
			out.Content = append(out.Content, le.k, le.v)
		}
	}
	return out
}

// samEventTypes builds, for each event type a2z maps, the resource SAM
// generates for it; the result is that resource's CloudFormation type.
var samEventTypes = map[string]func(ev *samEvent) string{
	"SQS":              func(ev *samEvent) string { return ev.pull("Queue") },
	"Kinesis":          func(ev *samEvent) string { return ev.pull("Stream") },
	"DynamoDB":         func(ev *samEvent) string { return ev.pull("Stream") },
	"MSK":              func(ev *samEvent) string { return ev.pull("Stream") },
	"MQ":               func(ev *samEvent) string { return ev.pull("Broker") },
	"DocumentDB":       func(ev *samEvent) string { return ev.pull("Cluster") },
	"SelfManagedKafka": func(ev *samEvent) string { return ev.pull("") },
	"Schedule":         (*samEvent).rule,
	"CloudWatchEvent":  (*samEvent).rule,
	"EventBridgeRule":  (*samEvent).rule,
	"ScheduleV2":       (*samEvent).schedule,
	"SNS":              (*samEvent).sns,
	"S3":               (*samEvent).s3,
	"Api":              (*samEvent).restMethod,
	"HttpApi":          (*samEvent).httpRoute,
	"CloudWatchLogs":   (*samEvent).logs,
	"IoTRule":          (*samEvent).iotRule,
}

// stateMachineEvents are the event types a state machine takes.
var stateMachineEvents = map[string]bool{
	"Schedule": true, "ScheduleV2": true, "CloudWatchEvent": true, "EventBridgeRule": true, "Api": true,
}

// samEvent is one entry of Events on its way to becoming a resource.
type samEvent struct {
	st       *state
	owner    string // logical ID of the function or state machine
	machine  bool   // the owner is a state machine
	kind     string // the event Type
	at       parser.Range
	props    []entry
	attrs    []samAttr
	implicit string // the implicit API the event needs, if any
}

// samAttr is one property of a generated resource: its value as a node
// (the event's own, or built here) and where it comes from.
type samAttr struct {
	name string
	v    *yaml.Node
	at   parser.Range
}

// samEvents turns the Events of a function or state machine into the
// resources SAM generates for them, and lists the implicit APIs they need.
// S3 events also write their notification into the bucket's Attrs in rs.
func (st *state) samEvents(owner parser.Resource, body *yaml.Node, rs []parser.Resource, index map[string]int) (events, apis []parser.Resource) {
	if body == nil {
		return nil, nil
	}
	pe, ok := lookup(st.fields(body, "resource attribute"), "Properties")
	if !ok {
		return nil, nil
	}
	ee, ok := lookup(st.fields(pe.v, "property name"), "Events")
	if !ok {
		return nil, nil
	}
	switch evs := st.deref(ee.v); {
	case evs.Kind == yaml.ScalarNode && evs.ShortTag() == "!!null":
		return nil, nil
	case evs.Kind != yaml.MappingNode || st.samKind(evs) != samMap:
		st.warn(st.src.rng(ee.k), "the Events of %q must be a mapping of event names to events; they are not mapped", owner.Name)
		return nil, nil
	}
	machine := owner.Type == samPrefix+"StateMachine"
	for _, e := range st.unique(st.entries(st.deref(ee.v)), "event name") {
		if st.ctx.Err() != nil || st.exhausted {
			break
		}
		eb := st.deref(e.v)
		if eb.Kind != yaml.MappingNode {
			st.warn(st.src.rng(e.k), "event %q of %q must be a mapping with a Type; it is not mapped", e.name, owner.Name)
			continue
		}
		fs := st.unique(st.entries(eb), "event attribute")
		te, ok := lookup(fs, "Type")
		kind, lit := "", false
		if ok {
			kind, lit = st.literal(te.v)
		}
		if !lit || kind == "" {
			st.warn(st.src.rng(e.k), "event %q of %q has no Type a2z can read; it is not mapped", e.name, owner.Name)
			continue
		}
		build := samEventTypes[kind]
		if build == nil || machine && !stateMachineEvents[kind] {
			st.warn(st.src.rng(te.v), "a2z does not know SAM event type %q (event %q of %q); it is not mapped", kind, e.name, owner.Name)
			continue
		}
		ev := &samEvent{st: st, owner: owner.Name, machine: machine, kind: kind, at: st.src.span(e.k, e.v)}
		if p, ok := lookup(fs, "Properties"); ok {
			switch pv := st.deref(p.v); {
			case pv.Kind == yaml.MappingNode && st.samKind(pv) == samMap:
				ev.props = st.unique(st.entries(pv), "event property")
			case pv.Kind == yaml.ScalarNode && pv.ShortTag() == "!!null":
			default:
				st.warn(st.src.rng(p.k), "the Properties of event %q of %q must be a mapping; they are not read", e.name, owner.Name)
			}
		}
		r := parser.Resource{
			Source:    parser.SourceCloudFormation,
			Kind:      parser.KindResource,
			Type:      build(ev),
			Name:      owner.Name + e.name,
			Address:   owner.Name + ".Events." + e.name,
			Range:     ev.at,
			TypeRange: st.src.rng(te.v),
		}
		st.setAttrs(&r, ev.attrs)
		events = append(events, r)
		if ev.implicit != "" {
			apis = append(apis, parser.Resource{
				Source:    parser.SourceCloudFormation,
				Kind:      parser.KindResource,
				Type:      map[string]string{implicitRestAPI: samPrefix + "Api", implicitHTTPAPI: samPrefix + "HttpApi"}[ev.implicit],
				Name:      ev.implicit,
				Address:   ev.implicit,
				Range:     r.TypeRange,
				TypeRange: r.TypeRange,
				Attrs:     cty.EmptyObjectVal,
			})
		}
		if kind == "S3" {
			st.notifyBucket(ev, rs, index)
		}
	}
	return events, apis
}

// setAttrs fills Attrs, AttrRanges and Unresolved of a generated resource.
func (st *state) setAttrs(r *parser.Resource, attrs []samAttr) {
	vals := map[string]cty.Value{}
	ranges := map[string]parser.Range{}
	unresolved := map[string]string{}
	for _, a := range attrs {
		// A later value replaces an earlier one.
		dropPath(unresolved, a.name)
		dropNested(ranges, a.name)
		if v, keep := st.valueAt(a.v, a.name, unresolved, ranges, a.at); keep {
			vals[a.name] = v
			ranges[a.name] = a.at
		} else {
			delete(vals, a.name)
			delete(ranges, a.name)
		}
	}
	r.Attrs = objectOrEmpty(vals)
	r.AttrRanges = nilIfEmpty(ranges)
	r.Unresolved = nilIfEmpty(unresolved)
}

// notifyBucket does to the bucket of an S3 event what SAM does: it adds the
// function to the bucket's NotificationConfiguration, when the bucket is
// declared in the template and has no notification configuration yet.
func (st *state) notifyBucket(ev *samEvent, rs []parser.Resource, index map[string]int) {
	bp, ok := ev.prop("Bucket")
	if !ok {
		return
	}
	refs := st.fields(bp.v, "key")
	if len(refs) != 1 || refs[0].name != "Ref" {
		return
	}
	name, ok := st.literal(refs[0].v)
	i, found := index[name]
	if !ok || !found || rs[i].Type != "AWS::S3::Bucket" {
		return
	}
	b := &rs[i]
	if b.Attrs == cty.NilVal || !b.Attrs.IsKnown() || b.Attrs.IsNull() || !b.Attrs.Type().IsObjectType() || b.Attrs.Type().HasAttribute("NotificationConfiguration") {
		return
	}
	var events []*yaml.Node
	if ep, ok := ev.prop("Events"); ok {
		if v := st.deref(ep.v); v.Kind == yaml.SequenceNode {
			events = v.Content
		} else {
			events = []*yaml.Node{ep.v}
		}
	}
	if len(events) == 0 {
		return
	}
	configs := synthSeq()
	for _, e := range events {
		c := ev.object([]string{"Filter"}, synthStr("Event"), e, synthStr("Function"), ev.targetArn())
		configs.Content = append(configs.Content, c)
	}
	unresolved := map[string]string{}
	for k, v := range b.Unresolved {
		unresolved[k] = v
	}
	ranges := map[string]parser.Range{"NotificationConfiguration": ev.at}
	for k, r := range b.AttrRanges {
		ranges[k] = r
	}
	v, _ := st.valueAt(synthMap(synthStr("LambdaConfigurations"), configs), "NotificationConfiguration", unresolved, ranges, ev.at)
	attrs := b.Attrs.AsValueMap()
	if attrs == nil {
		attrs = map[string]cty.Value{}
	}
	attrs["NotificationConfiguration"] = v
	b.Attrs, b.AttrRanges, b.Unresolved = cty.ObjectVal(attrs), ranges, nilIfEmpty(unresolved)
}

// literal returns the text of a scalar that is written out (not null).
func (st *state) literal(n *yaml.Node) (string, bool) {
	n = st.deref(n)
	if n.Kind != yaml.ScalarNode || n.ShortTag() == "!!null" {
		return "", false
	}
	return n.Value, true
}

// Nodes built here stand for values SAM writes itself.
func synthStr(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}

func synthMap(kv ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map", Content: kv}
}

func synthSeq(items ...*yaml.Node) *yaml.Node {
	return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Content: items}
}

func synthRef(name string) *yaml.Node {
	return synthMap(synthStr("Ref"), synthStr(name))
}

func (ev *samEvent) prop(name string) (entry, bool) { return lookup(ev.props, name) }

// rename carries an event property over under another name.
func (ev *samEvent) rename(from, to string) bool {
	p, ok := ev.prop(from)
	if ok {
		ev.attrs = append(ev.attrs, samAttr{to, p.v, ev.st.src.span(p.k, p.v)})
	}
	return ok
}

// copy carries event properties over under their own names.
func (ev *samEvent) copy(names ...string) {
	for _, n := range names {
		ev.rename(n, n)
	}
}

// set adds a property SAM writes itself; its range is the event's.
func (ev *samEvent) set(name string, v *yaml.Node) {
	ev.attrs = append(ev.attrs, samAttr{name, v, ev.at})
}

// object builds a mapping of the pairs given followed by the listed event
// properties that are present.
func (ev *samEvent) object(names []string, pairs ...*yaml.Node) *yaml.Node {
	m := synthMap(pairs...)
	for _, n := range names {
		if p, ok := ev.prop(n); ok {
			m.Content = append(m.Content, p.k, p.v)
		}
	}
	return m
}

// targetArn is the ARN of the function or state machine the event invokes.
func (ev *samEvent) targetArn() *yaml.Node {
	if ev.machine {
		return synthRef(ev.owner) // a state machine's Ref is its ARN
	}
	return synthMap(synthStr("Fn::GetAtt"), synthSeq(synthStr(ev.owner), synthStr("Arn")))
}

// upper writes a literal event property in upper case (HTTP methods);
// other values are carried as they are.
func (ev *samEvent) upper(from, to string) {
	p, ok := ev.prop(from)
	if !ok {
		return
	}
	v := p.v
	if s, lit := ev.st.literal(p.v); lit {
		v = synthStr(strings.ToUpper(s))
	}
	ev.attrs = append(ev.attrs, samAttr{to, v, ev.st.src.span(p.k, p.v)})
}

// authorizer sets AuthorizationType from Auth.Authorizer when it names IAM
// or no authorization; named authorizers are left out (their kind is
// declared on the API).
func (ev *samEvent) authorizer() {
	p, ok := ev.prop("Auth")
	if !ok {
		return
	}
	auth := ev.st.fields(p.v, "key")
	if a, ok := lookup(auth, "Authorizer"); ok {
		if s, lit := ev.st.literal(a.v); lit && (s == "AWS_IAM" || s == "NONE") {
			ev.attrs = append(ev.attrs, samAttr{"AuthorizationType", synthStr(s), ev.st.src.span(a.k, a.v)})
		}
	}
	if k, ok := lookup(auth, "ApiKeyRequired"); ok && !ev.machine {
		ev.attrs = append(ev.attrs, samAttr{"ApiKeyRequired", k.v, ev.st.src.span(k.k, k.v)})
	}
}

// pull: queues and streams become an event source mapping whose
// EventSourceArn is the event's source property; the other properties keep
// their names, except the few SAM nests or keeps for itself.
func (ev *samEvent) pull(source string) string {
	nested := map[string]bool{
		"KafkaBootstrapServers": true, "ConsumerGroupId": true, // nested below
		"SecretsManagerKmsKeyId": true, "DynamicPolicyName": true, // for SAM's policies only
		"FunctionName": true,
	}
	docdb := []string{"DatabaseName", "CollectionName", "FullDocument"}
	if ev.kind == "DocumentDB" {
		for _, n := range docdb {
			nested[n] = true
		}
	}
	ev.set("FunctionName", synthRef(ev.owner))
	for _, p := range ev.props {
		switch {
		case p.name == source:
			ev.attrs = append(ev.attrs, samAttr{"EventSourceArn", p.v, ev.st.src.span(p.k, p.v)})
		case !nested[p.name]:
			ev.attrs = append(ev.attrs, samAttr{p.name, p.v, ev.st.src.span(p.k, p.v)})
		}
	}
	if p, ok := ev.prop("KafkaBootstrapServers"); ok {
		ev.attrs = append(ev.attrs, samAttr{"SelfManagedEventSource",
			synthMap(synthStr("Endpoints"), synthMap(p.k, p.v)), ev.st.src.span(p.k, p.v)})
	}
	if p, ok := ev.prop("ConsumerGroupId"); ok {
		name := map[string]string{"MSK": "AmazonManagedKafkaEventSourceConfig", "SelfManagedKafka": "SelfManagedKafkaEventSourceConfig"}[ev.kind]
		if name != "" {
			ev.attrs = append(ev.attrs, samAttr{name, synthMap(p.k, p.v), ev.st.src.span(p.k, p.v)})
		}
	}
	if ev.kind == "DocumentDB" {
		if cfg := ev.object(docdb); len(cfg.Content) > 0 {
			ev.set("DocumentDBEventSourceConfig", cfg)
		}
	}
	return "AWS::Lambda::EventSourceMapping"
}

// rule: Schedule, CloudWatchEvent and EventBridgeRule become an EventBridge
// rule with the function (or state machine) as its one target.
func (ev *samEvent) rule() string {
	if ev.kind == "Schedule" {
		ev.rename("Schedule", "ScheduleExpression")
		ev.copy("Name", "Description")
	} else {
		ev.rename("Pattern", "EventPattern")
		ev.copy("EventBusName")
		ev.rename("RuleName", "Name")
	}
	ev.state()
	target := ev.object([]string{"Input", "InputPath", "InputTransformer", "RetryPolicy", "DeadLetterConfig"},
		synthStr("Arn"), ev.targetArn())
	if t, ok := ev.prop("Target"); ok {
		if id, ok := lookup(ev.st.fields(t.v, "key"), "Id"); ok {
			target.Content = append(target.Content, id.k, id.v)
		}
	}
	ev.set("Targets", synthSeq(target))
	return "AWS::Events::Rule"
}

// state carries State, or turns Enabled into it.
func (ev *samEvent) state() {
	if ev.rename("State", "State") {
		return
	}
	p, ok := ev.prop("Enabled")
	if !ok {
		return
	}
	v := p.v
	if d := ev.st.deref(p.v); d.Kind == yaml.ScalarNode && d.ShortTag() == "!!bool" {
		v = synthStr("DISABLED")
		if scalarValue(d).RawEquals(cty.True) {
			v = synthStr("ENABLED")
		}
	}
	ev.attrs = append(ev.attrs, samAttr{"State", v, ev.st.src.span(p.k, p.v)})
}

// schedule: ScheduleV2 becomes an EventBridge Scheduler schedule.
func (ev *samEvent) schedule() string {
	ev.copy("ScheduleExpression", "ScheduleExpressionTimezone", "FlexibleTimeWindow", "State", "Name",
		"GroupName", "StartDate", "EndDate", "Description", "KmsKeyArn")
	ev.set("Target", ev.object([]string{"RoleArn", "Input", "RetryPolicy", "DeadLetterConfig"}, synthStr("Arn"), ev.targetArn()))
	return "AWS::Scheduler::Schedule"
}

// sns: a subscription of the function to the topic, or of a queue SAM
// creates between them when SqsSubscription is set.
func (ev *samEvent) sns() string {
	ev.rename("Topic", "TopicArn")
	ev.copy("FilterPolicy", "FilterPolicyScope", "Region", "RedrivePolicy")
	protocol, endpoint := "lambda", ev.targetArn()
	if p, ok := ev.prop("SqsSubscription"); ok {
		d := ev.st.deref(p.v)
		if d.Kind != yaml.ScalarNode || d.ShortTag() != "!!bool" || !scalarValue(d).RawEquals(cty.False) {
			protocol, endpoint = "sqs", nil
			if q, ok := lookup(ev.st.fields(d, "key"), "QueueArn"); ok {
				endpoint = q.v
			}
		}
	}
	ev.set("Protocol", synthStr(protocol))
	if endpoint != nil {
		ev.set("Endpoint", endpoint)
	}
	return "AWS::SNS::Subscription"
}

// s3: the permission SAM adds for the bucket to invoke the function (the
// notification itself goes into the bucket: see notifyBucket).
func (ev *samEvent) s3() string {
	ev.set("Action", synthStr("lambda:InvokeFunction"))
	ev.set("FunctionName", synthRef(ev.owner))
	ev.set("Principal", synthStr("s3.amazonaws.com"))
	ev.set("SourceAccount", synthRef("AWS::AccountId"))
	return "AWS::Lambda::Permission"
}

// restMethod: an Api event is a method of the REST API it names, or of the
// implicit ServerlessRestApi, integrated with the function through a
// Lambda proxy integration.
func (ev *samEvent) restMethod() string {
	if !ev.rename("RestApiId", "RestApiId") {
		ev.implicit = implicitRestAPI
		ev.set("RestApiId", synthRef(implicitRestAPI))
	}
	ev.upper("Method", "HttpMethod")
	ev.authorizer()
	if !ev.machine {
		ev.set("Integration", synthMap(synthStr("Type"), synthStr("AWS_PROXY"), synthStr("IntegrationHttpMethod"), synthStr("POST")))
	}
	return "AWS::ApiGateway::Method"
}

// httpRoute: an HttpApi event is a route of the HTTP API it names, or of
// the implicit ServerlessHttpApi. Without Path and Method it is the
// $default route; without Method it matches any method.
func (ev *samEvent) httpRoute() string {
	if !ev.rename("ApiId", "ApiId") {
		ev.implicit = implicitHTTPAPI
		ev.set("ApiId", synthRef(implicitHTTPAPI))
	}
	path, hasPath := ev.prop("Path")
	method, hasMethod := ev.prop("Method")
	switch {
	case !hasPath && !hasMethod:
		ev.set("RouteKey", synthStr("$default"))
	case hasPath:
		m, mlit := "ANY", true
		if hasMethod {
			m, mlit = ev.st.literal(method.v)
		}
		p, plit := ev.st.literal(path.v)
		switch {
		case mlit && plit:
			ev.attrs = append(ev.attrs, samAttr{"RouteKey", synthStr(strings.ToUpper(m) + " " + p), ev.st.src.span(path.k, path.v)})
		case !plit:
			ev.rename("Path", "RouteKey") // unknown: keeps the intrinsic's text
		default:
			ev.rename("Method", "RouteKey")
		}
	}
	ev.authorizer()
	return "AWS::ApiGatewayV2::Route"
}

// logs: a subscription filter on the log group delivering to the function.
func (ev *samEvent) logs() string {
	ev.copy("LogGroupName", "FilterPattern")
	ev.set("DestinationArn", ev.targetArn())
	return "AWS::Logs::SubscriptionFilter"
}

// iotRule: a topic rule whose one action invokes the function.
func (ev *samEvent) iotRule() string {
	action := synthMap(synthStr("Lambda"), synthMap(synthStr("FunctionArn"), ev.targetArn()))
	ev.set("TopicRulePayload", ev.object([]string{"Sql", "AwsIotSqlVersion"}, synthStr("Actions"), synthSeq(action)))
	return "AWS::IoT::TopicRule"
}
