package mappings

import (
	"bufio"
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
// holds each type and entry ID, and a file is parsed when one of them is
// first looked up. The index is generated from a full, validated load by
// TestBuiltinIndex (go test ./mappings -run TestBuiltinIndex -update), which
// fails when it is stale; the full load is also what the package's tests
// check every rule against, so a lazily read file is not checked again.

// indexFile is the index's name inside the data folder.
const indexFile = "index.tsv"

// lazyFiles is the state of a lazily read knowledge base.
type lazyFiles struct {
	fsys fs.FS
	// index maps "resource:aws_x", "data:aws_x", "cfn:AWS::X::Y" and
	// "id:aws-x" to the data file that holds the entry.
	index map[string]string
	// keys lists each file's index keys.
	keys map[string][]string

	// reads has one Once per file (made with the index, read-only after):
	// files are read once, and different files at the same time.
	reads map[string]*sync.Once
	mu    sync.RWMutex
	found map[string]*Mapping // the index's keys, as read so far

	// whole is every file read at once, for listings and overlays.
	whole func() *KB
}

// newLazy returns a knowledge base over fsys that reads files on demand.
func newLazy(fsys fs.FS) (*KB, error) {
	data, err := fs.ReadFile(fsys, indexFile)
	if err != nil {
		return nil, fmt.Errorf("builtin knowledge base: %w", err)
	}
	index, err := parseIndex(data)
	if err != nil {
		return nil, fmt.Errorf("builtin knowledge base: %s: %w", indexFile, err)
	}
	keys := map[string][]string{}
	reads := map[string]*sync.Once{}
	for key, file := range index {
		keys[file] = append(keys[file], key)
		if reads[file] == nil {
			reads[file] = &sync.Once{}
		}
	}
	kb := &KB{}
	kb.lazy = &lazyFiles{
		fsys:  fsys,
		index: index,
		keys:  keys,
		reads: reads,
		found: map[string]*Mapping{},
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

// parseIndex reads "key<TAB>file" lines.
func parseIndex(data []byte) (map[string]string, error) {
	index := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key, file, ok := strings.Cut(line, "\t")
		if !ok || key == "" || file == "" {
			return nil, fmt.Errorf("line %d: want key<TAB>file", n)
		}
		index[key] = file
	}
	return index, sc.Err()
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
	file, ok := l.index[key]
	if !ok {
		return nil
	}
	l.reads[file].Do(func() { l.read(file) })
	l.mu.RLock()
	defer l.mu.RUnlock()
	return l.found[key]
}

// read parses one data file and records the entries the index gives it.
func (l *lazyFiles) read(file string) {
	src, err := fs.ReadFile(l.fsys, file)
	if err != nil {
		return
	}
	f, diags := hclsyntax.ParseConfig(src, builtinDir+file, hcl.InitialPos)
	ld := newLoader()
	ld.trusted = true
	ld.file(src, f, diags)
	part := ld.finish()
	if ld.diags.HasErrors() {
		return // see whole: the tests keep this from happening
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	for _, key := range l.keys[file] {
		if m := part.lookupKey(key); m != nil {
			l.found[key] = m
		}
	}
}

// lookupKey resolves an index key in an eagerly read knowledge base.
func (kb *KB) lookupKey(key string) *Mapping {
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
			lines = append(lines, kind+":"+name+"\t"+file)
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
	b.WriteString("# Which data file holds each type and entry ID. Generated: go test ./mappings -run TestBuiltinIndex -update\n")
	for _, line := range lines {
		b.WriteString(line)
		b.WriteByte('\n')
	}
	return b.Bytes(), nil
}
