package tfplan

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/a2z/a2z/parser"
)

// maxDepth bounds the nesting of the JSON read. Real plans nest a few dozen
// levels; the limit keeps hostile input from exhausting the stack.
const maxDepth = 1000

type kind uint8

const (
	kindNull kind = iota
	kindBool
	kindNumber
	kindString
	kindArray
	kindObject
)

// node is one JSON value with the byte span it was read from.
type node struct {
	kind       kind
	start, end int    // byte offsets of the value; end is exclusive
	text       string // string value, or a number's literal text
	truth      bool
	elems      []*node        // array elements
	members    []member       // object members in file order, keys unique
	idx        map[string]int // key → members index, built lazily for big objects
}

type member struct {
	key      string
	keyStart int
	val      *node
}

// get returns the value of key in an object, or nil.
func (n *node) get(key string) *node {
	if m := n.member(key); m != nil {
		return m.val
	}
	return nil
}

// smallObject is the size up to which objects are searched linearly.
const smallObject = 16

// member returns the member for key, or nil.
func (n *node) member(key string) *member {
	if n == nil || n.kind != kindObject {
		return nil
	}
	if len(n.members) <= smallObject {
		for i := range n.members {
			if n.members[i].key == key {
				return &n.members[i]
			}
		}
		return nil
	}
	if n.idx == nil {
		n.idx = make(map[string]int, len(n.members))
		for i, m := range n.members {
			n.idx[m.key] = i
		}
	}
	if i, ok := n.idx[key]; ok {
		return &n.members[i]
	}
	return nil
}

// str returns a string value, or "" for anything else.
func (n *node) str() string {
	if n == nil || n.kind != kindString {
		return ""
	}
	return n.text
}

func (n *node) isTrue() bool { return n != nil && n.kind == kindBool && n.truth }

// index returns the i-th element of an array, or nil.
func (n *node) index(i int) *node {
	if n == nil || n.kind != kindArray || i < 0 || i >= len(n.elems) {
		return nil
	}
	return n.elems[i]
}

// syntaxError is a JSON syntax error at a byte offset.
type syntaxError struct {
	off int
	msg string
}

func (e *syntaxError) Error() string { return e.msg }

// decoder is a small JSON reader that keeps byte offsets, which
// encoding/json does not expose for values.
type decoder struct {
	data []byte
	pos  int
}

// decodeJSON reads one JSON document. Invalid UTF-8 in strings is replaced
// by U+FFFD, as encoding/json does.
func decodeJSON(data []byte) (*node, error) {
	d := &decoder{data: data}
	if bytes.HasPrefix(data, utf8BOM) {
		d.pos = len(utf8BOM)
	}
	d.space()
	n, err := d.value(0)
	if err != nil {
		return nil, err
	}
	d.space()
	if d.pos < len(d.data) {
		return nil, d.errorf("unexpected %s after the top-level value", d.describe())
	}
	return n, nil
}

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

func (d *decoder) errorf(format string, args ...any) error {
	return &syntaxError{off: d.pos, msg: fmt.Sprintf(format, args...)}
}

func (d *decoder) describe() string {
	if d.pos >= len(d.data) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(d.data[d.pos:])
	if r == utf8.RuneError {
		return fmt.Sprintf("byte 0x%02x", d.data[d.pos])
	}
	return strconv.QuoteRune(r)
}

func (d *decoder) space() {
	for d.pos < len(d.data) {
		switch d.data[d.pos] {
		case ' ', '\t', '\n', '\r':
			d.pos++
		default:
			return
		}
	}
}

func (d *decoder) value(depth int) (*node, error) {
	if depth > maxDepth {
		return nil, d.errorf("JSON nested more than %d levels deep", maxDepth)
	}
	if d.pos >= len(d.data) {
		return nil, d.errorf("unexpected end of file, expecting a value")
	}
	start := d.pos
	switch c := d.data[d.pos]; {
	case c == '{':
		return d.object(depth)
	case c == '[':
		return d.array(depth)
	case c == '"':
		s, err := d.string()
		if err != nil {
			return nil, err
		}
		return &node{kind: kindString, start: start, end: d.pos, text: s}, nil
	case c == '-' || (c >= '0' && c <= '9'):
		return d.number()
	case c == 't':
		return d.literal("true", &node{kind: kindBool, truth: true})
	case c == 'f':
		return d.literal("false", &node{kind: kindBool})
	case c == 'n':
		return d.literal("null", &node{kind: kindNull})
	}
	return nil, d.errorf("unexpected %s, expecting a value", d.describe())
}

func (d *decoder) literal(word string, n *node) (*node, error) {
	if !bytes.HasPrefix(d.data[d.pos:], []byte(word)) {
		return nil, d.errorf("unexpected %s, expecting a value", d.describe())
	}
	n.start = d.pos
	d.pos += len(word)
	n.end = d.pos
	return n, nil
}

func (d *decoder) object(depth int) (*node, error) {
	n := &node{kind: kindObject, start: d.pos}
	d.pos++ // {
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == '}' {
		d.pos++
		n.end = d.pos
		return n, nil
	}
	for {
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != '"' {
			return nil, d.errorf("unexpected %s, expecting a quoted object key", d.describe())
		}
		keyStart := d.pos
		key, err := d.string()
		if err != nil {
			return nil, err
		}
		d.space()
		if d.pos >= len(d.data) || d.data[d.pos] != ':' {
			return nil, d.errorf("unexpected %s, expecting ':' after an object key", d.describe())
		}
		d.pos++
		d.space()
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		// A repeated key keeps its first place and its last value, as
		// encoding/json keeps the last value.
		if m := n.member(key); m != nil {
			m.val = v
		} else {
			n.members = append(n.members, member{key: key, keyStart: keyStart, val: v})
			if n.idx != nil {
				n.idx[key] = len(n.members) - 1
			}
		}
		d.space()
		if d.pos < len(d.data) {
			switch d.data[d.pos] {
			case ',':
				d.pos++
				continue
			case '}':
				d.pos++
				n.end = d.pos
				return n, nil
			}
		}
		return nil, d.errorf("unexpected %s, expecting ',' or '}'", d.describe())
	}
}

func (d *decoder) array(depth int) (*node, error) {
	n := &node{kind: kindArray, start: d.pos}
	d.pos++ // [
	d.space()
	if d.pos < len(d.data) && d.data[d.pos] == ']' {
		d.pos++
		n.end = d.pos
		return n, nil
	}
	for {
		d.space()
		v, err := d.value(depth + 1)
		if err != nil {
			return nil, err
		}
		n.elems = append(n.elems, v)
		d.space()
		if d.pos < len(d.data) {
			switch d.data[d.pos] {
			case ',':
				d.pos++
				continue
			case ']':
				d.pos++
				n.end = d.pos
				return n, nil
			}
		}
		return nil, d.errorf("unexpected %s, expecting ',' or ']'", d.describe())
	}
}

func (d *decoder) number() (*node, error) {
	start := d.pos
	p := d.pos
	digits := func() int {
		s := p
		for p < len(d.data) && d.data[p] >= '0' && d.data[p] <= '9' {
			p++
		}
		return p - s
	}
	if d.data[p] == '-' {
		p++
	}
	switch {
	case p < len(d.data) && d.data[p] == '0':
		p++
	case digits() == 0:
		d.pos = p
		return nil, d.errorf("invalid number: unexpected %s", d.describe())
	}
	if p < len(d.data) && d.data[p] == '.' {
		p++
		if digits() == 0 {
			d.pos = p
			return nil, d.errorf("invalid number: expecting a digit after '.'")
		}
	}
	if p < len(d.data) && (d.data[p] == 'e' || d.data[p] == 'E') {
		p++
		if p < len(d.data) && (d.data[p] == '+' || d.data[p] == '-') {
			p++
		}
		if digits() == 0 {
			d.pos = p
			return nil, d.errorf("invalid number: expecting a digit in the exponent")
		}
	}
	d.pos = p
	return &node{kind: kindNumber, start: start, end: p, text: string(d.data[start:p])}, nil
}

// string reads a quoted string at d.pos and returns its value.
func (d *decoder) string() (string, error) {
	d.pos++ // opening quote
	start := d.pos
	// Fast path: no escapes, valid UTF-8.
	for p := start; p < len(d.data); p++ {
		c := d.data[p]
		if c == '"' {
			if utf8.Valid(d.data[start:p]) {
				d.pos = p + 1
				return string(d.data[start:p]), nil
			}
			break
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	var b []byte
	for {
		if d.pos >= len(d.data) {
			return "", d.errorf("unexpected end of file in a string")
		}
		c := d.data[d.pos]
		switch {
		case c == '"':
			d.pos++
			return string(b), nil
		case c < 0x20:
			return "", d.errorf("control character 0x%02x in a string", c)
		case c == '\\':
			if d.pos+1 >= len(d.data) {
				return "", d.errorf("unexpected end of file in a string")
			}
			e := d.data[d.pos+1]
			d.pos += 2
			switch e {
			case '"', '\\', '/':
				b = append(b, e)
			case 'b':
				b = append(b, '\b')
			case 'f':
				b = append(b, '\f')
			case 'n':
				b = append(b, '\n')
			case 'r':
				b = append(b, '\r')
			case 't':
				b = append(b, '\t')
			case 'u':
				r, ok := d.hex4()
				if !ok {
					return "", d.errorf("invalid \\u escape in a string")
				}
				if utf16.IsSurrogate(r) {
					// A pair makes one character; a lone half is U+FFFD.
					save := d.pos
					if d.pos+1 < len(d.data) && d.data[d.pos] == '\\' && d.data[d.pos+1] == 'u' {
						d.pos += 2
						if r2, ok := d.hex4(); ok {
							if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
								b = utf8.AppendRune(b, dec)
								continue
							}
						}
					}
					d.pos = save
					r = utf8.RuneError
				}
				b = utf8.AppendRune(b, r)
			default:
				d.pos -= 2
				return "", d.errorf("invalid escape \\%c in a string", e)
			}
		case c < utf8.RuneSelf:
			b = append(b, c)
			d.pos++
		default:
			r, size := utf8.DecodeRune(d.data[d.pos:])
			b = utf8.AppendRune(b, r) // invalid bytes become U+FFFD
			d.pos += size
		}
	}
}

func (d *decoder) hex4() (rune, bool) {
	if d.pos+4 > len(d.data) {
		return 0, false
	}
	v, err := strconv.ParseUint(string(d.data[d.pos:d.pos+4]), 16, 32)
	if err != nil {
		return 0, false
	}
	d.pos += 4
	return rune(v), true
}

// lines converts byte offsets of one file to parser positions. Columns count
// characters, like the other parsers.
type lines struct {
	file   string
	data   []byte
	starts []int // byte offset of the start of each line
}

func newLines(file string, data []byte) *lines {
	l := &lines{file: file, data: data, starts: []int{0}}
	for i, c := range data {
		if c == '\n' {
			l.starts = append(l.starts, i+1)
		}
	}
	return l
}

func (l *lines) pos(off int) parser.Pos {
	off = max(0, min(off, len(l.data)))
	i := sort.Search(len(l.starts), func(i int) bool { return l.starts[i] > off }) - 1
	from := l.starts[i]
	if i == 0 && bytes.HasPrefix(l.data, utf8BOM) && off >= len(utf8BOM) {
		from = len(utf8BOM)
	}
	col := utf8.RuneCount(l.data[from:off]) + 1
	return parser.Pos{Line: i + 1, Column: col, Byte: off}
}

func (l *lines) rng(start, end int) parser.Range {
	return parser.Range{File: l.file, Start: l.pos(start), End: l.pos(end)}
}

func (l *lines) lineOne() parser.Range {
	p := parser.Pos{Line: 1, Column: 1}
	return parser.Range{File: l.file, Start: p, End: p}
}
