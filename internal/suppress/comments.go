package suppress

import (
	"strings"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/a2z/a2z/parser"
)

// hclComments reads the suppression comments of an HCL file (# and //
// line comments; block comments are not read). The lexer keeps strings and
// heredocs apart from comments, and works on files that do not parse.
func hclComments(file string, src []byte) []Directive {
	toks, _ := hclsyntax.LexConfig(src, file, hcl.InitialPos)
	var out []Directive
	for _, t := range toks {
		if t.Type != hclsyntax.TokenComment {
			continue
		}
		text := string(t.Bytes)
		switch {
		case strings.HasPrefix(text, "#"):
			text = text[1:]
		case strings.HasPrefix(text, "//"):
			text = text[2:]
		default:
			continue
		}
		at := parser.Range{File: file,
			Start: parser.Pos{Line: t.Range.Start.Line, Column: t.Range.Start.Column, Byte: t.Range.Start.Byte},
			End:   parser.Pos{Line: t.Range.Start.Line, Column: t.Range.Start.Column, Byte: t.Range.Start.Byte}}
		if d, ok := parseComment(text, at); ok {
			out = append(out, d)
		}
	}
	return out
}

// yamlComments reads the suppression comments of a YAML file: a # at the
// start of a line or after a space, outside quotes and block scalars.
func yamlComments(file string, src []byte) []Directive {
	var out []Directive
	block := -1 // indentation of the line that opened a block scalar, or -1
	for i, line := range strings.Split(string(src), "\n") {
		line = strings.TrimSuffix(line, "\r")
		indent := len(line) - len(strings.TrimLeft(line, " "))
		if block >= 0 {
			if strings.TrimSpace(line) == "" || indent > block {
				continue // block scalar content
			}
			block = -1
		}
		col, text := yamlComment(line)
		if col >= 0 {
			pos := parser.Pos{Line: i + 1, Column: utf8.RuneCountInString(line[:col]) + 1}
			at := parser.Range{File: file, Start: pos, End: pos}
			if d, ok := parseComment(text, at); ok {
				out = append(out, d)
			}
			line = line[:col]
		}
		if opensBlockScalar(line) {
			block = indent
		}
	}
	return out
}

// yamlComment finds the comment on one line: its byte index and its text
// after the #, or -1.
func yamlComment(line string) (int, string) {
	var quote byte
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case quote == '\'' && c == '\'':
			quote = 0
		case quote == '"' && c == '\\':
			i++
		case quote == '"' && c == '"':
			quote = 0
		case quote != 0:
		case (c == '\'' || c == '"') && (i == 0 || strings.ContainsRune(" \t:-[{,", rune(line[i-1]))):
			quote = c
		case c == '#' && (i == 0 || line[i-1] == ' ' || line[i-1] == '\t'):
			return i, line[i+1:]
		}
	}
	return -1, ""
}

// opensBlockScalar reports whether a line (comment removed) ends with a
// block scalar indicator: | or > with optional chomping and indentation.
func opensBlockScalar(line string) bool {
	s := strings.TrimRight(line, " \t")
	i := strings.LastIndexAny(s, "|>")
	if i < 0 || strings.Trim(s[i+1:], "+-0123456789") != "" {
		return false
	}
	before := strings.TrimRight(s[:i], " \t")
	if f := strings.Fields(before); len(f) > 0 && strings.HasPrefix(f[len(f)-1], "!") {
		before = strings.TrimRight(strings.TrimSuffix(before, f[len(f)-1]), " \t") // a tag: !Sub |
	}
	return before == "" || strings.HasSuffix(before, ":") || strings.HasSuffix(before, "-")
}
