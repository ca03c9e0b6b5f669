package cloudformation

import (
	"strings"

	"gopkg.in/yaml.v3"
)

// shortTags maps each short-form tag (without the "!") to the key of its long
// form. Besides the standard intrinsics it covers the AWS::LanguageExtensions
// functions and the functions of the Rules section, which cfn-lint accepts
// as tags too.
var shortTags = map[string]string{
	"Ref":              "Ref",
	"Condition":        "Condition",
	"Base64":           "Fn::Base64",
	"Cidr":             "Fn::Cidr",
	"FindInMap":        "Fn::FindInMap",
	"GetAtt":           "Fn::GetAtt",
	"GetAZs":           "Fn::GetAZs",
	"ImportValue":      "Fn::ImportValue",
	"Join":             "Fn::Join",
	"Select":           "Fn::Select",
	"Split":            "Fn::Split",
	"Sub":              "Fn::Sub",
	"Transform":        "Fn::Transform",
	"If":               "Fn::If",
	"Equals":           "Fn::Equals",
	"And":              "Fn::And",
	"Or":               "Fn::Or",
	"Not":              "Fn::Not",
	"GetStackOutput":   "Fn::GetStackOutput",
	"Length":           "Fn::Length",
	"ToJsonString":     "Fn::ToJsonString",
	"Contains":         "Fn::Contains",
	"EachMemberEquals": "Fn::EachMemberEquals",
	"EachMemberIn":     "Fn::EachMemberIn",
	"RefAll":           "Fn::RefAll",
	"ValueOf":          "Fn::ValueOf",
	"ValueOfAll":       "Fn::ValueOfAll",
}

// normalize rewrites every short-form intrinsic in the tree to its long form
// in place, so the rest of the parser only knows one spelling:
//
//	!Ref X          → {Ref: X}
//	!GetAtt A.B.C   → {Fn::GetAtt: [A, B.C]}
//	!Sub [s, {...}] → {Fn::Sub: [s, {...}]}
//
// The tagged node itself becomes the wrapping mapping, so aliases that point
// at it see the long form too. Aliases are not followed: every node is in
// the tree exactly once. Unknown local tags are reported and dropped, keeping
// the value as if it had not been tagged.
func (st *state) normalize(n *yaml.Node, depth int) {
	if n == nil || depth > maxEndDepth {
		return
	}
	for _, c := range n.Content {
		st.normalize(c, depth+1)
	}
	if n.Kind == yaml.AliasNode || n.Kind == yaml.DocumentNode {
		return
	}
	tag := n.Tag
	if tag == "" || strings.HasPrefix(tag, "!!") {
		return // untagged, or a standard YAML tag (!!str, !!merge, …)
	}
	key, known := "", false
	if strings.HasPrefix(tag, "!") {
		key, known = shortTags[tag[1:]]
	}
	if !known {
		st.warn(st.src.rngLen(n, len(tag)), "unknown YAML tag %s; the value is read as if it were not tagged", tag)
		untag(n)
		return
	}

	inner := *n
	inner.Anchor = "" // the anchor stays on the wrapper, which aliases point to
	untag(&inner)
	val := &inner
	if key == "Fn::GetAtt" && inner.Kind == yaml.ScalarNode {
		val = st.splitGetAtt(&inner)
	}
	*n = yaml.Node{
		Kind:   yaml.MappingNode,
		Tag:    "!!map",
		Anchor: n.Anchor,
		Line:   n.Line,
		Column: n.Column,
		Content: []*yaml.Node{
			{Kind: yaml.ScalarNode, Tag: "!!str", Value: key, Line: n.Line, Column: n.Column},
			val,
		},
	}
}

// untag drops a node's tag and resolves it the way yaml.v3 resolves an
// untagged node: quoted scalars are strings, plain ones may be numbers,
// booleans or null.
func untag(n *yaml.Node) {
	n.Tag = ""
	n.Style &^= yaml.TaggedStyle
	n.Tag = n.ShortTag()
}

// splitGetAtt turns the scalar of !GetAtt "A.B.C" into the sequence [A, B.C]:
// the logical ID never contains a dot, the attribute name may.
func (st *state) splitGetAtt(n *yaml.Node) *yaml.Node {
	parts := strings.SplitN(n.Value, ".", 2)
	seq := &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq", Line: n.Line, Column: n.Column}
	for _, p := range parts {
		seq.Content = append(seq.Content, &yaml.Node{
			Kind: yaml.ScalarNode, Tag: "!!str", Value: p, Line: n.Line, Column: n.Column,
		})
	}
	st.src.origin[seq] = n // the sequence's text is the original scalar's
	return seq
}
