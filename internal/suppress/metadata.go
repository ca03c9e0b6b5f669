package suppress

import (
	"encoding/json"
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/parser"
)

// metadataKey is the key a2z reads under a Metadata section.
const metadataKey = "a2z"

// templateMetadata reads the a2z ignore lists of a CloudFormation template:
// each resource's Metadata.a2z.ignore, and the template's top-level
// Metadata.a2z.ignore (file-wide). JSON that YAML cannot read is decoded as
// JSON; its directives then have no line of their own (line is the
// resource's, filled in by the caller through LogicalID).
func templateMetadata(file string, src []byte) []Directive {
	var doc yaml.Node
	if err := yaml.Unmarshal(src, &doc); err != nil || len(doc.Content) == 0 {
		return jsonMetadata(file, src)
	}
	top := doc.Content[0]
	var out []Directive
	out = append(out, yamlIgnores(file, "", field(field(top, "Metadata"), metadataKey))...)
	res := field(top, "Resources")
	if res == nil || res.Kind != yaml.MappingNode {
		return out
	}
	for i := 0; i+1 < len(res.Content); i += 2 {
		k := res.Content[i]
		md := field(field(deref(res.Content[i+1]), "Metadata"), metadataKey)
		out = append(out, yamlIgnores(file, k.Value, md)...)
	}
	return out
}

func deref(n *yaml.Node) *yaml.Node {
	for n != nil && n.Kind == yaml.AliasNode {
		n = n.Alias
	}
	return n
}

// field is the value of key in mapping n, or nil.
func field(n *yaml.Node, key string) *yaml.Node {
	n = deref(n)
	if n == nil || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		if n.Content[i].Value == key {
			return deref(n.Content[i+1])
		}
	}
	return nil
}

// yamlIgnores reads an a2z Metadata mapping: {ignore: [{id, reason, until}]}.
func yamlIgnores(file, logicalID string, md *yaml.Node) []Directive {
	if md == nil {
		return nil
	}
	at := func(n *yaml.Node) parser.Range {
		p := parser.Pos{Line: n.Line, Column: n.Column}
		return parser.Range{File: file, Start: p, End: p}
	}
	bad := func(n *yaml.Node, problem string) []Directive {
		return []Directive{{LogicalID: logicalID, FileWide: logicalID == "", Range: at(n), problem: problem, fromMetadata: true}}
	}
	list := field(md, "ignore")
	if md.Kind != yaml.MappingNode || list == nil {
		return bad(md, "must be a mapping with an ignore list")
	}
	if list.Kind != yaml.SequenceNode {
		return bad(list, "ignore must be a list of {id, reason, until}")
	}
	var out []Directive
	for _, item := range list.Content {
		item = deref(item)
		if item.Kind != yaml.MappingNode {
			out = append(out, bad(item, "each ignore entry must be a mapping {id, reason, until}")...)
			continue
		}
		d := Directive{LogicalID: logicalID, FileWide: logicalID == "", Range: at(item), fromMetadata: true}
		for i := 0; i+1 < len(item.Content); i += 2 {
			k, v := item.Content[i].Value, deref(item.Content[i+1])
			if v.Kind != yaml.ScalarNode {
				d.problem = fmt.Sprintf("%s must be a string", k)
				break
			}
			switch k {
			case "id":
				d.Rules = splitIDs(v.Value)
			case "reason":
				d.Reason = strings.TrimSpace(v.Value)
			case "until":
				d.Until = v.Value
			default:
				d.problem = fmt.Sprintf("has an unknown field %q (expected id, reason, until)", k)
			}
		}
		if d.problem == "" {
			d.check()
		}
		out = append(out, d)
	}
	return out
}

func splitIDs(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' })
}

// jsonEntry is one ignore entry as JSON.
type jsonEntry struct {
	ID     any `json:"id"`
	Reason any `json:"reason"`
	Until  any `json:"until"`
}

type jsonMeta struct {
	A2Z *struct {
		Ignore json.RawMessage `json:"ignore"`
	} `json:"a2z"`
}

// jsonMetadata is templateMetadata for JSON that YAML does not read.
// Directives carry the file's first line, or LogicalID for the caller to
// place them on their resource.
func jsonMetadata(file string, src []byte) []Directive {
	var tpl struct {
		Metadata  jsonMeta `json:"Metadata"`
		Resources map[string]struct {
			Metadata jsonMeta `json:"Metadata"`
		} `json:"Resources"`
	}
	if json.Unmarshal(src, &tpl) != nil {
		return nil
	}
	first := parser.Range{File: file, Start: parser.Pos{Line: 1, Column: 1}, End: parser.Pos{Line: 1, Column: 1}}
	out := jsonIgnores(first, "", tpl.Metadata)
	for id, r := range tpl.Resources {
		out = append(out, jsonIgnores(parser.Range{File: file}, id, r.Metadata)...)
	}
	return out
}

func jsonIgnores(at parser.Range, logicalID string, m jsonMeta) []Directive {
	if m.A2Z == nil {
		return nil
	}
	var list []jsonEntry
	if err := json.Unmarshal(m.A2Z.Ignore, &list); err != nil {
		return []Directive{{LogicalID: logicalID, FileWide: logicalID == "", Range: at, fromMetadata: true, problem: "ignore must be a list of {id, reason, until}"}}
	}
	var out []Directive
	for _, e := range list {
		d := Directive{LogicalID: logicalID, FileWide: logicalID == "", Range: at, fromMetadata: true}
		id, ok1 := e.ID.(string)
		reason, ok2 := e.Reason.(string)
		until, ok3 := e.Until.(string)
		if (!ok1 && e.ID != nil) || (!ok2 && e.Reason != nil) || (!ok3 && e.Until != nil) {
			d.problem = "id, reason and until must be strings"
		} else {
			d.Rules, d.Reason, d.Until = splitIDs(id), strings.TrimSpace(reason), until
			d.check()
		}
		out = append(out, d)
	}
	return out
}
