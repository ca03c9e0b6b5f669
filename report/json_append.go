package report

import (
	"strconv"
	"unicode/utf8"
)

// Encoding the report's elements through encoding/json costs reflection and
// then a second pass to indent; on a large scan that was most of the
// report's time. The element types are few and fixed, so they are appended
// here directly, byte for byte as json.Encoder with SetEscapeHTML(false) and
// two-space indentation writes them (TestJSONAppendMatchesEncoder holds the
// two together, tricky strings included).

// jsonObject appends one object's fields at a given indentation.
type jsonObject struct {
	b      []byte
	indent string // of the object itself; fields are two spaces deeper
	n      int
}

func openObject(b []byte, indent string) *jsonObject {
	return &jsonObject{b: append(b, '{'), indent: indent}
}

func (o *jsonObject) key(k string) {
	if o.n > 0 {
		o.b = append(o.b, ',')
	}
	o.n++
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.indent...)
	o.b = append(o.b, "  \""...)
	o.b = append(o.b, k...)
	o.b = append(o.b, "\": "...)
}

func (o *jsonObject) str(k, v string) {
	o.key(k)
	o.b = appendJSONString(o.b, v)
}

// strOmit is str for an omitempty field.
func (o *jsonObject) strOmit(k, v string) {
	if v != "" {
		o.str(k, v)
	}
}

func (o *jsonObject) int(k string, v int) {
	o.key(k)
	o.b = strconv.AppendInt(o.b, int64(v), 10)
}

func (o *jsonObject) strs(k string, vs []string) {
	o.key(k)
	if vs == nil {
		o.b = append(o.b, "null"...)
		return
	}
	if len(vs) == 0 {
		o.b = append(o.b, "[]"...)
		return
	}
	o.b = append(o.b, '[')
	for i, v := range vs {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = append(o.b, '\n')
		o.b = append(o.b, o.indent...)
		o.b = append(o.b, "    "...)
		o.b = appendJSONString(o.b, v)
	}
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.indent...)
	o.b = append(o.b, "  ]"...)
}

// objects writes an array of n objects, each appended by elem at the
// indentation of the array's elements.
func (o *jsonObject) objects(k string, n int, isNil bool, elem func(b []byte, i int, indent string) []byte) {
	o.key(k)
	switch {
	case isNil:
		o.b = append(o.b, "null"...)
		return
	case n == 0:
		o.b = append(o.b, "[]"...)
		return
	}
	inner := o.indent + "    "
	o.b = append(o.b, '[')
	for i := range n {
		if i > 0 {
			o.b = append(o.b, ',')
		}
		o.b = append(o.b, '\n')
		o.b = append(o.b, inner...)
		o.b = elem(o.b, i, inner)
	}
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.indent...)
	o.b = append(o.b, "  ]"...)
}

// object writes a nested object appended by fields.
func (o *jsonObject) object(k string, fields func(*jsonObject)) {
	o.key(k)
	inner := openObject(o.b, o.indent+"  ")
	fields(inner)
	o.b = inner.close()
}

func (o *jsonObject) close() []byte {
	if o.n == 0 {
		return append(o.b, '}')
	}
	o.b = append(o.b, '\n')
	o.b = append(o.b, o.indent...)
	return append(o.b, '}')
}

func appendResourceJSON(b []byte, r *jsonResource, indent string) []byte {
	o := openObject(b, indent)
	o.str("source", r.Source)
	o.str("file", r.File)
	o.int("line", r.Line)
	o.int("column", r.Column)
	o.str("address", r.Address)
	o.str("type", r.Type)
	o.strOmit("name", r.Name)
	o.strOmit("root", r.Root)
	if len(r.CalledFrom) > 0 {
		o.objects("called_from", len(r.CalledFrom), false, func(b []byte, i int, indent string) []byte {
			p := openObject(b, indent)
			p.str("file", r.CalledFrom[i].File)
			p.int("line", r.CalledFrom[i].Line)
			p.int("column", r.CalledFrom[i].Column)
			return p.close()
		})
	}
	o.strOmit("unexpanded", r.Unexpanded)
	if c := r.Condition; c != nil {
		o.object("condition", func(p *jsonObject) {
			p.str("name", c.Name)
			p.str("value", c.Value)
		})
	}
	o.strOmit("repository", r.Repository)
	m := &r.Mapping
	o.object("mapping", func(p *jsonObject) {
		p.str("id", m.ID)
		p.str("status", m.Status)
		p.str("azure_service", m.AzureService)
		p.strs("azure_terraform", m.AzureTerraform)
		p.strs("azure_arm", m.AzureARM)
		p.str("azure_location", m.AzureLocation)
		p.objects("translations", len(m.Translations), m.Translations == nil, func(b []byte, i int, indent string) []byte {
			t := &m.Translations[i]
			q := openObject(b, indent)
			q.str("name", t.Name)
			q.str("from", t.From)
			q.str("to", t.To)
			q.str("note", t.Note)
			return q.close()
		})
	})
	return o.close()
}

func appendFindingJSON(b []byte, f *jsonFinding, indent string) []byte {
	o := openObject(b, indent)
	o.str("rule", f.Rule)
	o.str("severity", f.Severity)
	o.str("message", f.Message)
	o.str("file", f.File)
	o.int("line", f.Line)
	o.int("column", f.Column)
	o.strOmit("root", f.Root)
	o.str("address", f.Address)
	o.str("link", f.Link)
	o.strOmit("repository", f.Repository)
	if s := f.Suppression; s != nil {
		o.object("suppression", func(p *jsonObject) {
			p.str("kind", s.Kind)
			p.strOmit("reason", s.Reason)
			p.strOmit("until", s.Until)
		})
	}
	return o.close()
}

func appendDiagnosticJSON(b []byte, d *jsonDiagnostic, indent string) []byte {
	o := openObject(b, indent)
	o.str("severity", d.Severity)
	o.str("message", d.Message)
	o.str("file", d.File)
	o.int("line", d.Line)
	o.strOmit("repository", d.Repository)
	return o.close()
}

// appendJSONString appends s quoted as encoding/json does without HTML
// escaping: \" \\ \b \f \n \r \t, other control characters as \u00XX,
// invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
