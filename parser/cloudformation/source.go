package cloudformation

import (
	"bytes"
	"sort"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/parser"
)

// source turns the line/column positions yaml.v3 reports into parser.Pos
// values with byte offsets, and estimates where nodes end. yaml.v3 counts
// columns in characters and treats CR, LF, CRLF, NEL, LS and PS as line
// breaks; the line table here follows the same rules so that both agree.
type source struct {
	file    string
	data    []byte
	lines   []int  // byte offset of the start of each line; lines[0] skips a BOM
	ascii   []bool // whether each line is pure ASCII (column → byte is then O(1))
	noBytes bool   // UTF-16 input: yaml.v3 transcodes it, so byte offsets are unknown

	runeIdx map[int][]int // byte offset of each character, built lazily for non-ASCII lines

	// origin maps nodes synthesised by tag normalisation to a node that still
	// describes their source text (a split !GetAtt "A.B" → the original scalar).
	origin map[*yaml.Node]*yaml.Node
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func newSource(file string, data []byte) *source {
	s := &source{file: file, data: data, runeIdx: map[int][]int{}, origin: map[*yaml.Node]*yaml.Node{}}
	start := 0
	switch {
	case bytes.HasPrefix(data, utf8BOM):
		start = len(utf8BOM)
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		s.noBytes = true
	}
	s.lines = append(s.lines, start)
	ascii := true
	newline := func(next int) {
		s.ascii = append(s.ascii, ascii)
		s.lines = append(s.lines, next)
		ascii = true
	}
	for i := start; i < len(data); i++ {
		switch c := data[i]; {
		case c == '\n':
			newline(i + 1)
		case c == '\r':
			if i+1 < len(data) && data[i+1] == '\n' {
				continue // the LF ends the line
			}
			newline(i + 1)
		case c < utf8.RuneSelf:
		case c == 0xC2 && i+1 < len(data) && data[i+1] == 0x85: // NEL
			newline(i + 2)
			i++
		case c == 0xE2 && i+2 < len(data) && data[i+1] == 0x80 && (data[i+2] == 0xA8 || data[i+2] == 0xA9): // LS, PS
			newline(i + 3)
			i += 2
		default:
			ascii = false
		}
	}
	s.ascii = append(s.ascii, ascii)
	return s
}

// lineEnd is the byte offset just past the last byte of line index li,
// including its line break.
func (s *source) lineEnd(li int) int {
	if li+1 < len(s.lines) {
		return s.lines[li+1]
	}
	return len(s.data)
}

// charOffsets returns the byte offset of every character of a non-ASCII line.
func (s *source) charOffsets(li int) []int {
	if idx, ok := s.runeIdx[li]; ok {
		return idx
	}
	start, end := s.lines[li], s.lineEnd(li)
	idx := make([]int, 0, end-start)
	for i := start; i < end; {
		idx = append(idx, i)
		_, w := utf8.DecodeRune(s.data[i:end])
		i += w
	}
	s.runeIdx[li] = idx
	return idx
}

// pos converts a 1-based line and column into a Pos with its byte offset.
// Positions outside the file keep Byte 0.
func (s *source) pos(line, col int) parser.Pos {
	p := parser.Pos{Line: line, Column: col}
	if s.noBytes || line < 1 || line > len(s.lines) || col < 1 {
		return p
	}
	li := line - 1
	start, end := s.lines[li], s.lineEnd(li)
	if s.ascii[li] {
		p.Byte = min(start+col-1, end)
		return p
	}
	idx := s.charOffsets(li)
	if col-1 < len(idx) {
		p.Byte = idx[col-1]
	} else {
		p.Byte = end
	}
	return p
}

// posAt converts a byte offset into a Pos.
func (s *source) posAt(off int) parser.Pos {
	off = max(0, min(off, len(s.data)))
	li := sort.Search(len(s.lines), func(i int) bool { return s.lines[i] > off }) - 1
	li = max(li, 0)
	start := s.lines[li]
	if off < start { // inside the BOM
		off = start
	}
	p := parser.Pos{Line: li + 1, Byte: off}
	if s.ascii[li] {
		p.Column = off - start + 1
		return p
	}
	idx := s.charOffsets(li)
	p.Column = sort.Search(len(idx), func(i int) bool { return idx[i] >= off }) + 1
	return p
}

// start is the position where n begins (for a tagged or anchored node, the
// first property).
func (s *source) start(n *yaml.Node) parser.Pos {
	return s.pos(n.Line, n.Column)
}

// rng is the range of n from its start to its estimated end.
func (s *source) rng(n *yaml.Node) parser.Range {
	st := s.start(n)
	return parser.Range{File: s.file, Start: st, End: s.endPos(st, s.end(n, 0))}
}

// span is the range from the start of a to the end of b (a mapping key and
// its value, for example).
func (s *source) span(a, b *yaml.Node) parser.Range {
	st := s.start(a)
	e := max(s.end(a, 0), s.end(b, 0))
	return parser.Range{File: s.file, Start: st, End: s.endPos(st, e)}
}

// rngLen is the range of the first size bytes at n's start (a tag, a key).
func (s *source) rngLen(n *yaml.Node, size int) parser.Range {
	st := s.start(n)
	return parser.Range{File: s.file, Start: st, End: s.endPos(st, st.Byte+size)}
}

// point is an empty range at n's start, for diagnostics that need no extent.
func (s *source) point(n *yaml.Node) parser.Range {
	st := s.start(n)
	return parser.Range{File: s.file, Start: st, End: st}
}

// endPos turns an end byte offset into a Pos, falling back to the start when
// the end is unknown or not after it.
func (s *source) endPos(start parser.Pos, end int) parser.Pos {
	if end < 0 || s.noBytes || start.Line == 0 || end < start.Byte {
		return start
	}
	return s.posAt(end)
}

// maxEndDepth bounds the descent in end; yaml.v3 already refuses documents
// nested deeper than 10000 levels, and the JSON reader does the same.
const maxEndDepth = 10100

// end estimates the byte offset just past node n in the source, or -1 when it
// cannot. Block collections end where their last descendant ends; flow
// collections at their closing bracket; scalars after their text. Aliases
// are not followed: an alias ends after its own *name.
func (s *source) end(n *yaml.Node, depth int) int {
	if s.noBytes || n == nil || depth > maxEndDepth {
		return -1
	}
	if o, ok := s.origin[n]; ok {
		n = o
	}
	start := s.pos(n.Line, n.Column).Byte
	if n.Line < 1 || start >= len(s.data) {
		return -1
	}
	switch n.Kind {
	case yaml.AliasNode:
		if s.data[start] == '*' {
			return min(start+1+len(n.Value), len(s.data))
		}
		return -1
	case yaml.ScalarNode:
		return s.scalarEnd(n, start)
	case yaml.MappingNode, yaml.SequenceNode:
		if n.Style&yaml.FlowStyle != 0 {
			p, _ := s.skipProps(start)
			if p < len(s.data) && (s.data[p] == '{' || s.data[p] == '[') {
				if e := s.matchBracket(p); e >= 0 {
					return e
				}
			}
		}
		e := -1
		for i := len(n.Content) - 1; i >= 0 && e < 0; i-- {
			e = s.end(n.Content[i], depth+1)
		}
		return e
	}
	return -1
}

// skipProps skips the tag and anchor in front of a node's content (and the
// blanks, line breaks and comments between them). It returns where the
// content starts and where the last property ended.
func (s *source) skipProps(p int) (content, propsEnd int) {
	d := s.data
	propsEnd = p
	for p < len(d) {
		switch c := d[p]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			p++
		case c == '#' && (p == 0 || isBlank(d[p-1])):
			for p < len(d) && d[p] != '\n' && d[p] != '\r' {
				p++
			}
		case c == '!' || c == '&':
			for p < len(d) && !isBlank(d[p]) && !isFlowIndicator(d[p]) {
				p++
			}
			propsEnd = p
		default:
			return p, propsEnd
		}
	}
	return p, propsEnd
}

func isBlank(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isFlowIndicator(c byte) bool { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}' }

func (s *source) scalarEnd(n *yaml.Node, start int) int {
	d := s.data
	p, propsEnd := s.skipProps(start)
	if p >= len(d) {
		return propsEnd
	}
	switch {
	case n.Style&yaml.DoubleQuotedStyle != 0 && d[p] == '"':
		for i := p + 1; i < len(d); i++ {
			switch d[i] {
			case '\\':
				i++
			case '"':
				return i + 1
			}
		}
		return len(d)
	case n.Style&yaml.SingleQuotedStyle != 0 && d[p] == '\'':
		for i := p + 1; i < len(d); i++ {
			if d[i] == '\'' {
				if i+1 < len(d) && d[i+1] == '\'' {
					i++
					continue
				}
				return i + 1
			}
		}
		return len(d)
	case n.Style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0 && (d[p] == '|' || d[p] == '>'):
		return s.blockScalarEnd(p)
	}
	if n.Value == "" {
		return propsEnd
	}
	if bytes.HasPrefix(d[p:], []byte(n.Value)) {
		return p + len(n.Value)
	}
	// A plain scalar folded over several lines: follow its words through the
	// source, looking only a little way ahead for each.
	cur := p
	for _, w := range bytes.Fields([]byte(n.Value)) {
		window := d[cur:min(len(d), cur+len(w)+1024)]
		i := bytes.Index(window, w)
		if i < 0 {
			break
		}
		cur += i + len(w)
	}
	return cur
}

// blockScalarEnd finds the end of a literal or folded block scalar whose
// indicator is at p: its content lines are the blank lines and the lines
// indented more than the line holding the indicator.
func (s *source) blockScalarEnd(p int) int {
	d := s.data
	li := s.posAt(p).Line - 1
	header := p
	for header < len(d) && !isBlank(d[header]) {
		header++
	}
	end := header
	base := s.indent(li)
	for l := li + 1; l < len(s.lines); l++ {
		ls, le := s.lines[l], s.lineEnd(l)
		text := bytes.TrimRight(d[ls:le], " \t\r\n")
		if len(bytes.TrimLeft(text, " \t")) == 0 {
			continue
		}
		if s.indent(l) <= base {
			break
		}
		end = ls + len(text)
	}
	return end
}

func (s *source) indent(li int) int {
	i := s.lines[li]
	for i < len(s.data) && s.data[i] == ' ' {
		i++
	}
	return i - s.lines[li]
}

// matchBracket returns the offset just past the bracket closing the flow
// collection opened at p, or -1. Quoted scalars are skipped; a quote only
// opens one where a scalar can start, since plain scalars may contain quotes.
func (s *source) matchBracket(p int) int {
	d := s.data
	depth := 0
	for i := p; i < len(d); i++ {
		switch c := d[i]; c {
		case '[', '{':
			depth++
		case ']', '}':
			depth--
			if depth == 0 {
				return i + 1
			}
		case '"', '\'':
			if i > p && !isBlank(d[i-1]) && !isFlowIndicator(d[i-1]) && d[i-1] != ':' {
				continue
			}
			for i++; i < len(d); i++ {
				if c == '"' && d[i] == '\\' {
					i++
					continue
				}
				if d[i] == c {
					if c == '\'' && i+1 < len(d) && d[i+1] == '\'' {
						i++
						continue
					}
					break
				}
			}
		case '#':
			if isBlank(d[i-1]) {
				for i < len(d) && d[i] != '\n' && d[i] != '\r' {
					i++
				}
			}
		}
	}
	return -1
}
