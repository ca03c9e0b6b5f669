package cloudformation

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"gopkg.in/yaml.v3"
)

// JSON templates are first read by yaml.v3, which accepts almost all JSON.
// It rejects a few valid JSON texts that real templates do contain: the
// escape \/ (common in regular expressions), surrogate pairs (\ud83d\ude00)
// and keys longer than 1024 characters. For those, readJSON builds the same
// node tree with encoding/json's tokenizer, so nothing downstream differs.

// maxJSONDepth matches the nesting limit of yaml.v3 and encoding/json.
const maxJSONDepth = 10000

// looksLikeJSON reports whether the document starts like a JSON object or array.
func looksLikeJSON(data []byte) bool {
	data = bytes.TrimLeft(bytes.TrimPrefix(data, utf8BOM), " \t\r\n")
	return len(data) > 0 && (data[0] == '{' || data[0] == '[')
}

// jsonError is a JSON syntax error at a byte offset of the source.
type jsonError struct {
	off int
	msg string
}

func (e *jsonError) Error() string { return e.msg }

// readJSON parses s.data as JSON into a yaml.Node tree with positions:
// strings are double-quoted scalars, objects and arrays flow collections.
func readJSON(s *source) (*yaml.Node, error) {
	base := s.lines[0] // skip a BOM, which encoding/json rejects
	dec := json.NewDecoder(bytes.NewReader(s.data[base:]))
	dec.UseNumber()

	// Token already checks the grammar (keys are strings, colons and commas
	// in place), so a stack of open collections is all the state needed.
	var stack []*yaml.Node
	var root *yaml.Node
	for {
		// The decoder's offset is the end of the previous token; the next one
		// starts after blanks and the separators Token swallows.
		at := base + int(dec.InputOffset())
		for at < len(s.data) && (isBlank(s.data[at]) || s.data[at] == ',' || s.data[at] == ':') {
			at++
		}
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			if root == nil || len(stack) > 0 {
				return nil, &jsonError{off: len(s.data), msg: "unexpected end of JSON input"}
			}
			return root, nil
		}
		if err != nil {
			var se *json.SyntaxError
			if errors.As(err, &se) {
				return nil, &jsonError{off: base + int(se.Offset) - 1, msg: se.Error()}
			}
			return nil, &jsonError{off: at, msg: err.Error()}
		}
		if root != nil && len(stack) == 0 {
			return nil, &jsonError{off: at, msg: "invalid JSON: more data after the top-level value"}
		}
		p := s.posAt(at)
		n := &yaml.Node{Line: p.Line, Column: p.Column}
		switch t := tok.(type) {
		case json.Delim:
			switch t {
			case '{', '[':
				if len(stack) >= maxJSONDepth {
					return nil, &jsonError{off: at, msg: fmt.Sprintf("exceeded max depth of %d", maxJSONDepth)}
				}
				n.Kind, n.Tag, n.Style = yaml.MappingNode, "!!map", yaml.FlowStyle
				if t == '[' {
					n.Kind, n.Tag = yaml.SequenceNode, "!!seq"
				}
			case '}', ']':
				stack = stack[:len(stack)-1]
				continue
			}
		case string:
			n.Kind, n.Tag, n.Style, n.Value = yaml.ScalarNode, "!!str", yaml.DoubleQuotedStyle, t
		case json.Number:
			n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!int", string(t)
			if strings.ContainsAny(n.Value, ".eE") {
				n.Tag = "!!float"
			}
		case bool:
			n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!bool", fmt.Sprint(t)
		case nil:
			n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!null", "null"
		}
		if len(stack) == 0 {
			root = n
		} else {
			top := stack[len(stack)-1]
			top.Content = append(top.Content, n)
		}
		if n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode {
			stack = append(stack, n)
		}
	}
}
