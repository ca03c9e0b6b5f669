package mappings

import (
	"bytes"
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
)

// Parsing the 300 built-in data files took most of a small scan's time (a
// pre-commit run names a few files, whose resources need a few entries). So
// the built-in knowledge base is read lazily: data/index.tsv says which file
// and entry hold each type and entry ID, and the entry's block is parsed
// when one of them is first looked up (the whole file when the entry shares
// caveats with others of its file, or the block alone does not answer). The index is generated from a full, validated load by
// TestBuiltinIndex (go test ./mappings -run TestBuiltinIndex -update), which
// fails when it is stale; the full load is also what the package's tests
// check every rule against, so a lazily read file is not checked again.

// indexFile is the index's name inside the data folder.
const indexFile = "index.tsv"

// lazyFiles is the state of a lazily read knowledge base.
type lazyFiles struct {
	fsys fs.FS
	// index maps "resource:aws_x", "data:aws_x", "cfn:AWS::X::Y" and
	// "id:aws-x" to the data file and the ID of the entry.
	index map[string]indexEntry
	files map[string]*lazyFile // one per data file; the map is read-only

	// whole is every file read at once, for listings and overlays.
	whole func() *KB
}

// newLazy returns a knowledge base over fsys that reads entries on demand.
func newLazy(fsys fs.FS) (*KB, error) {
	data, err := fs.ReadFile(fsys, indexFile)
	if err != nil {
		return nil, fmt.Errorf("builtin knowledge base: %w", err)
	}
	index, err := parseIndex(data)
	if err != nil {
		return nil, fmt.Errorf("builtin knowledge base: %s: %w", indexFile, err)
	}
	files := map[string]*lazyFile{}
	for _, e := range index {
		if files[e.file] == nil {
			files[e.file] = &lazyFile{}
		}
	}
	kb := &KB{}
	kb.lazy = &lazyFiles{
		fsys:  fsys,
		index: index,
		files: files,
		whole: sync.OnceValue(func() *KB {
			full, err := loadBuiltin()
			if err != nil {
				// The tests load every file; a failure here is a broken
				// build, and an empty listing says so less harmfully than
				// a crash.
				return &KB{}
			}
			return full
		}),
	}
	return kb, nil
}

// indexEntry is where an index key's entry is.
type indexEntry struct{ file, id string }

// parseIndex reads "key<TAB>file<TAB>id" lines. Keys, files and IDs are
// slices of one string: the index is read at every start.
func parseIndex(data []byte) (map[string]indexEntry, error) {
	text := string(data)
	index := make(map[string]indexEntry, strings.Count(text, "\n"))
	for n := 1; text != ""; n++ {
		var line string
		line, text, _ = strings.Cut(text, "\n")
		if line == "" || line[0] == '#' {
			continue
		}
		key, rest, ok1 := strings.Cut(line, "\t")
		file, id, ok2 := strings.Cut(rest, "\t")
		if !ok1 || !ok2 || key == "" || file == "" || id == "" || strings.Contains(id, "\t") {
			return nil, fmt.Errorf("line %d: want key<TAB>file<TAB>id", n)
		}
		index[key] = indexEntry{file: file, id: id}
	}
	return index, nil
}

// full returns kb with every entry read: kb itself unless it is lazy.
func (kb *KB) full() *KB {
	if kb == nil || kb.lazy == nil {
		return kb
	}
	return kb.lazy.whole()
}

// lookup returns the entry for an index key, reading its file first if
// needed; nil when no entry has the key.
func (l *lazyFiles) lookup(key string) *Mapping {
	e, ok := l.index[key]
	if !ok {
		return nil
	}
	lf := l.files[e.file]
	lf.split.Do(func() { lf.chunks, lf.src = l.chunks(e.file) })
	if c := lf.chunks[e.id]; c != nil {
		c.once.Do(func() { c.part = l.readEntry(e.file, lf.src, c) })
		if m := c.part.lookupKey(key); m != nil {
			return m
		}
	}
	// Not answered by its own block (an entry that includes the file's
	// shared caveats, or a type it covers by derivation): read the whole
	// file. A key always takes the same way, so it always gets the same
	// entry.
	lf.whole.Do(func() { lf.part = l.read(e.file) })
	return lf.part.lookupKey(key)
}

// lazyFile is one data file as read so far: its top-level blocks by entry
// ID, each parsed on first use, or the whole file at once.
type lazyFile struct {
	split  sync.Once
	src    []byte
	chunks map[string]*chunk
	whole  sync.Once
	part   *KB // the whole file, once read
}

// chunk is one top-level entry block of a data file: from its first line to
// the next top-level block.
type chunk struct {
	once       sync.Once
	start, end int // byte offsets
	line       int // of start
	part       *KB // the entry, once read
}

// chunks finds the entry blocks of a data file by their first lines
// (mapping "…" { or data "…" { at the start of a line, as the files are
// formatted). Files whose entries share caveats are parsed whole.
func (l *lazyFiles) chunks(file string) (map[string]*chunk, []byte) {
	src, err := fs.ReadFile(l.fsys, file)
	if err != nil || bytes.Contains(src, []byte("shared_caveats")) {
		return nil, src
	}
	out := map[string]*chunk{}
	var last *chunk
	line := 1
	for at := 0; at < len(src); {
		nl := bytes.IndexByte(src[at:], '\n')
		end := len(src)
		if nl >= 0 {
			end = at + nl + 1
		}
		text := src[at:end]
		kind, rest, _ := bytes.Cut(text, []byte(" "))
		if len(text) > 0 && text[0] != ' ' && text[0] != '\t' && text[0] != '#' && text[0] != '}' && text[0] != '\n' {
			// Another top-level block ends the previous entry.
			if last != nil {
				last.end = at
				last = nil
			}
			if k := string(kind); k == "mapping" || k == "data" {
				if label, ok := quoted(rest); ok {
					last = &chunk{start: at, line: line}
					out[mappingID(label, k == "data")] = last
				}
			}
		}
		at = end
		line++
	}
	if last != nil {
		last.end = len(src)
	}
	return out, src
}

// quoted returns the label of `"label" {`.
func quoted(rest []byte) (string, bool) {
	if len(rest) < 2 || rest[0] != '"' {
		return "", false
	}
	label, _, ok := bytes.Cut(rest[1:], []byte(`"`))
	return string(label), ok
}

// readEntry parses one entry block, with positions and source text as in
// the whole file; nil when it does not load alone.
func (l *lazyFiles) readEntry(file string, src []byte, c *chunk) *KB {
	f, diags := hclsyntax.ParseConfig(src[c.start:c.end], builtinDir+file, hcl.Pos{Line: c.line, Column: 1, Byte: c.start})
	guardFile(f)
	return loadTrusted(src, f, diags)
}

// read parses one whole data file; nil when it cannot be read.
func (l *lazyFiles) read(file string) *KB {
	src, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return nil
	}
	f, diags := hclsyntax.ParseConfig(src, builtinDir+file, hcl.InitialPos)
	guardFile(f)
	return loadTrusted(src, f, diags)
}

// loadTrusted reads built-in entries without checking them again (see
// whole: the tests check every one); nil on an error.
func loadTrusted(src []byte, f *hcl.File, diags hcl.Diagnostics) *KB {
	ld := newLoader()
	ld.trusted = true
	ld.file(src, f, diags)
	part := ld.finish()
	if ld.diags.HasErrors() {
		return nil
	}
	return part
}

// lookupKey resolves an index key in an eagerly read knowledge base.
func (kb *KB) lookupKey(key string) *Mapping {
	if kb == nil {
		return nil // a part that did not load
	}
	kind, name, _ := strings.Cut(key, ":")
	switch kind {
	case "resource":
		return kb.resources[name]
	case "data":
		return kb.dataSource[name]
	case "cfn":
		return kb.cfn[name]
	case "id":
		return kb.byID[name]
	}
	return nil
}

// indexOf builds the index of an eagerly read knowledge base whose entries
// were read from files under prefix.
func (kb *KB) indexOf(prefix string) ([]byte, error) {
	var lines []string
	add := func(kind string, table map[string]*Mapping) error {
		for name, m := range table {
			file, ok := strings.CutPrefix(m.DeclRange.Filename, prefix)
			if !ok {
				return fmt.Errorf("entry %s is in %s, outside %s", m.ID, m.DeclRange.Filename, prefix)
			}
			lines = append(lines, kind+":"+name+"\t"+file+"\t"+m.ID)
		}
		return nil
	}
	for _, t := range []struct {
		kind  string
		table map[string]*Mapping
	}{{"resource", kb.resources}, {"data", kb.dataSource}, {"cfn", kb.cfn}, {"id", kb.byID}} {
		if err := add(t.kind, t.table); err != nil {
			return nil, err
		}
	}
	slices.Sort(lines)
	var b bytes.Buffer
	b.WriteString("# Which data file and entry hold each type and entry ID. Generated: go test ./mappings -run TestBuiltinIndex -update\n")
	for _, line := range lines {
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}
