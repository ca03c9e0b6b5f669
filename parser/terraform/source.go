package terraform

import (
	"bytes"
	"container/list"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/parser"
)

// Loader reads module folders and shares them between every root and every
// module instance that uses them: a module called five times, or by three
// roots, is parsed once while it stays in the cache. The cache is bounded:
// parsed syntax trees take about 25 times the bytes of their source, so a
// monorepo's would not fit in memory at once. Past a bound on the bytes of
// source, the least recently used folders are dropped and parsed again if
// needed. It is safe for concurrent use.
type Loader struct {
	fsys fs.FS
	// maxCached bounds the source bytes of the folders kept parsed.
	maxCached int64

	mu   sync.Mutex
	dirs map[string]*loadOnce
	// files remembers the files a folder was first read with, so that a
	// folder parsed again reads the same ones.
	files map[string][]string
	lru   list.List // of *loadOnce, least recently used first
	held  int64

	// spent counts what every root evaluated with this loader expanded
	// (maxTreeModules, maxTreeResources).
	spent struct {
		modules, resources atomic.Int64
		reported           atomic.Bool
	}
}

// cacheBound is the bound NewLoader sets: 2 MiB of source, about 50 MiB
// of syntax trees, a few hundred module folders. Each root's folders are
// held while it is evaluated whatever the bound; the cache is for modules
// that several roots call. 4 MiB was slower on a 100,000-resource tree
// (a larger heap costs more in page faults than the re-parsing it saves).
// Tests lower it to exercise dropping and parsing again.
var cacheBound int64 = 2 << 20

type loadOnce struct {
	dir  string
	once sync.Once
	src  *source
	size int64
	elem *list.Element // in Loader.lru once loaded; nil when dropped
}

// NewLoader returns a loader over fsys, the scan root.
func NewLoader(fsys fs.FS) *Loader {
	return &Loader{fsys: fsys, maxCached: cacheBound, dirs: map[string]*loadOnce{}, files: map[string][]string{}}
}

// load returns the parsed folder dir. files lists the files to read (slash
// paths in fsys); nil means every *.tf and *.tf.json file of dir. The first
// call for a folder decides; later ones share its result (or parse the same
// files again, when the folder was dropped from the cache).
func (l *Loader) load(ctx context.Context, dir string, files []string) *source {
	l.mu.Lock()
	e := l.dirs[dir]
	if e == nil {
		e = &loadOnce{dir: dir}
		l.dirs[dir] = e
		if first, ok := l.files[dir]; ok {
			files = first
		} else {
			l.files[dir] = files
		}
	} else if e.elem != nil {
		l.lru.MoveToBack(e.elem)
	}
	l.mu.Unlock()
	e.once.Do(func() {
		defer func() {
			// A bug in hcl or here costs this folder, not the scan.
			if p := recover(); p != nil {
				e.src = &source{dir: dir, src: map[string][]byte{}, localDefs: map[string]*hcl.Attribute{}}
				e.src.diags = []parser.Diagnostic{{Severity: parser.SeverityError, Summary: internalErrorSummary,
					Detail: fmt.Sprint(p), Range: lineOne(dir)}}
			}
			l.hold(e)
		}()
		if files == nil {
			files = configFiles(l.fsys, dir)
		}
		e.src = readSource(ctx, l.fsys, dir, files)
	})
	return e.src
}

// hold adds a freshly parsed folder to the cache and drops the least
// recently used others while the cache is over its bound. Callers still
// holding a dropped source keep using it.
func (l *Loader) hold(e *loadOnce) {
	for _, b := range e.src.src {
		e.size += int64(len(b))
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.dirs[e.dir] != e {
		return // released while it was parsed
	}
	e.elem = l.lru.PushBack(e)
	l.held += e.size
	for l.held > l.maxCached && l.lru.Len() > 1 {
		old := l.lru.Front().Value.(*loadOnce)
		l.drop(old)
	}
}

// filesFor returns the files dir is read with: those of the first call
// (or load) that named the folder, which files becomes when it is the first.
func (l *Loader) filesFor(dir string, files []string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	if first, ok := l.files[dir]; ok {
		return first
	}
	l.files[dir] = files
	return files
}

// release drops dir from the cache: the caller knows it will not be needed
// again (a root folder, once evaluated).
func (l *Loader) release(dir string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if e := l.dirs[dir]; e != nil && e.elem != nil {
		l.drop(e)
	}
}

// drop removes a loaded entry. Must hold l.mu.
func (l *Loader) drop(e *loadOnce) {
	l.lru.Remove(e.elem)
	e.elem = nil
	l.held -= e.size
	delete(l.dirs, e.dir)
}

// configFiles lists the Terraform files of a folder, or nil when it cannot be
// read.
func configFiles(fsys fs.FS, dir string) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() && (strings.HasSuffix(n, ".tf") || strings.HasSuffix(n, ".tf.json")) {
			out = append(out, path.Join(dir, n))
		}
	}
	return out
}

// source is what one module folder declares, before any evaluation.
type source struct {
	diagSink
	dir   string
	found bool // the folder holds at least one readable file
	src   map[string][]byte
	// loops holds the files whose for expressions count their iterations
	// in the run's evaluation context (loops.go): native files that have
	// any, and every JSON file, whose templates are parsed when evaluated
	// (jsoneval.go).
	loops map[string]bool

	varBlocks  []*hcl.Block
	localDefs  map[string]*hcl.Attribute
	provBlocks []*hcl.Block
	resources  []*resourceDecl
	calls      []*callDecl
	outputs    []*hcl.Block

	// plans are made on first use: with the outputs, and without.
	plans [2]struct {
		once sync.Once
		p    *plan
	}
}

// resourceDecl is one resource or data block with the override blocks
// Terraform merges into it.
type resourceDecl struct {
	kind      parser.Kind
	typ, name string
	addr      string // aws_x.y or data.aws_x.y, within the module
	block     *hcl.Block
	overrides []*hcl.Block
}

// callDecl is one module block.
type callDecl struct {
	name   string
	source string // literal source, "" when it is not a literal string
	block  *hcl.Block
}

func readSource(ctx context.Context, fsys fs.FS, dir string, files []string) *source {
	s := &source{dir: dir, src: map[string][]byte{}, localDefs: map[string]*hcl.Attribute{}}
	var rbs []resourceBlock
	for _, name := range fileOrder(files) {
		if err := ctx.Err(); err != nil {
			s.diags = append(s.diags, parser.Errorf(lineOne(name), "Parsing stopped before this file: %v", err))
			break
		}
		rbs = append(rbs, s.loadFile(fsys, name)...)
	}
	s.declareResources(rbs)
	return s
}

// fileOrder is the order a folder's files are read in: sorted, each once.
// Declaration order, and so which of two duplicates is reported, follows it.
func fileOrder(files []string) []string {
	names := slices.Clone(files)
	slices.Sort(names)
	return slices.Compact(names)
}

// scanFile parses one file that may declare a module block, as loadFile
// does, and adds its module calls to s.
func (s *source) scanFile(name string, src []byte) {
	d, suspect := checkText(name, src)
	if d != nil {
		return
	}
	content, _ := parseFile(name, src, suspect, &s.diagSink)
	if content == nil {
		return
	}
	for _, b := range content.Blocks {
		if b.Type == "module" {
			s.loadCall(b)
		}
	}
}

// callCandidates lists folders that readSource(ctx, fsys, dir,
// files).localCalls() may list: all of them, and maybe others (in any
// order, maybe more than once). It parses as few files as it can: a native
// file whose every source argument is a plain string literal is not parsed,
// its literals are read from the bytes (see literalSources); the other
// files that may declare a module block are parsed as scanCalls does.
func callCandidates(ctx context.Context, fsys fs.FS, dir string, files []string) (calls []string) {
	s := &source{dir: dir}
	defer func() {
		// As in Loader.load: a bug in hcl costs this folder's calls, and
		// the full load, which parses the same file, would fail the same way.
		if recover() != nil {
			calls = nil
		}
	}()
	for _, name := range fileOrder(files) {
		if ctx.Err() != nil {
			break
		}
		src, err := readBounded(fsys, name)
		if err != nil || !mayDeclareModule(name, src) {
			continue
		}
		if !isJSONFile(name) {
			if lits, ok := literalSources(src); ok {
				for _, lit := range lits {
					if d, ok := localDir(dir, lit); ok {
						calls = append(calls, d)
					}
				}
				continue
			}
		}
		s.scanFile(name, src)
	}
	return append(calls, s.localCalls()...)
}

// literalSources returns the values of every argument named source in a
// native syntax file, read from its bytes without parsing, with ok; or
// false when some argument named source may not be a plain string literal
// whose value is its bytes, and the file must be parsed to know it.
//
// It errs on the side of false and of listing too much: each appearance of
// the word that may begin an argument counts, also in comments, strings
// and heredocs, and as an argument of any block. An argument name is an
// identifier, spelled out (no escapes), followed on its line by = (spaces,
// tabs or inline comments between), and a quoted string with no escape,
// template sequence, newline or non-ASCII byte has its bytes for value.
// After the closing quote only the end of the line (or of a one-line
// block, or a comment) may follow; anything else (an operator, a
// conditional) could change the value.
func literalSources(src []byte) (lits []string, ok bool) {
	const word = "source"
	skip := func(at int) int {
		for at < len(src) && (src[at] == ' ' || src[at] == '\t') {
			at++
		}
		return at
	}
	for at := 0; ; {
		i := bytes.Index(src[at:], []byte(word))
		if i < 0 {
			return lits, true
		}
		at += i
		end := at + len(word)
		if at > 0 && isIdentByte(src[at-1]) || end < len(src) && isIdentByte(src[end]) {
			at = end // part of a longer identifier
			continue
		}
		j := skip(end)
		if j < len(src) && (src[j] == '/' || src[j] == '\r') {
			return nil, false // maybe a comment before =
		}
		if j >= len(src) || src[j] != '=' || j+1 < len(src) && (src[j+1] == '=' || src[j+1] == '>') {
			at = end // not an argument: a reference, a block, ==
			continue
		}
		j = skip(j + 1)
		if j >= len(src) || src[j] != '"' {
			return nil, false
		}
		k := bytes.IndexByte(src[j+1:], '"')
		if k < 0 {
			return nil, false
		}
		lit := src[j+1 : j+1+k]
		for _, b := range lit {
			if b == '\\' || b == '\n' || b == '\r' || b >= utf8.RuneSelf {
				return nil, false
			}
		}
		if bytes.Contains(lit, []byte("${")) || bytes.Contains(lit, []byte("%{")) {
			return nil, false
		}
		j = skip(j + 2 + k)
		switch {
		case j >= len(src), src[j] == '\n', src[j] == '}', src[j] == '#':
		case src[j] == '\r' && j+1 < len(src) && src[j+1] == '\n':
		case src[j] == '/' && j+1 < len(src) && src[j+1] == '/':
		default:
			return nil, false
		}
		lits = append(lits, string(lit))
		at = j
	}
}

// mayDeclareModule reports whether a file's bytes may declare a module
// block; when it is false they certainly do not.
//
// In native syntax the block type is the identifier module, spelled out, and
// hclsyntax only starts a body item at an identifier that follows a newline
// (or the start of the file). So the word counts unless it is part of a
// longer identifier, or a traversal step: module.x, path.module. A JSON
// key may spell it with \u escapes, so in JSON any mention counts.
func mayDeclareModule(name string, src []byte) bool {
	if isJSONFile(name) {
		return bytes.Contains(src, []byte("module")) || bytes.Contains(src, []byte(`\u`))
	}
	const word = "module"
	for at := 0; ; at += len(word) {
		i := bytes.Index(src[at:], []byte(word))
		if i < 0 {
			return false
		}
		at += i
		before, after := byte('\n'), byte('\n')
		if at > 0 {
			before = src[at-1]
		}
		if end := at + len(word); end < len(src) {
			after = src[end]
		}
		if before != '.' && !isIdentByte(before) && after != '.' && !isIdentByte(after) {
			return true
		}
	}
}

// isIdentByte reports whether b is an ASCII byte hclsyntax scans as part of
// an identifier (or of a number, before one).
func isIdentByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b == '_' || b == '-'
}

// isJSONFile reports whether a file is read as JSON rather than native
// syntax.
func isJSONFile(name string) bool {
	return strings.HasSuffix(name, ".tf.json")
}

type resourceBlock struct {
	kind  parser.Kind
	block *hcl.Block
	// override is set for blocks of override files, which Terraform merges
	// into the block of the same address instead of declaring a new one.
	override bool
}

// loadFile reads and parses one file and sorts its top-level blocks into the
// source. Evaluation waits until every file is loaded, because a local in
// one file may use a variable declared in another.
func (s *source) loadFile(fsys fs.FS, name string) []resourceBlock {
	src, err := readBounded(fsys, name)
	if err != nil {
		s.diags = append(s.diags, parser.Diagnostic{
			Severity: parser.SeverityError,
			Summary:  "Cannot read file",
			Detail:   err.Error(),
			Range:    lineOne(name),
		})
		return nil
	}
	d, suspect := checkText(name, src)
	if d != nil {
		s.diags = append(s.diags, *d)
		return nil
	}
	s.src[name] = src
	s.found = true
	content, loops := parseFile(name, src, suspect, &s.diagSink)
	if loops || isJSONFile(name) {
		if s.loops == nil {
			s.loops = map[string]bool{}
		}
		s.loops[name] = true
	}
	if content == nil {
		return nil
	}
	var rbs []resourceBlock
	for _, b := range content.Blocks {
		switch b.Type {
		case "resource", "data":
			if len(b.Labels) != 2 || !isAWSType(b.Labels[0]) {
				continue
			}
			kind := parser.KindResource
			if b.Type == "data" {
				kind = parser.KindData
			}
			rbs = append(rbs, resourceBlock{kind: kind, block: b, override: isOverrideFile(name)})
		case "provider":
			s.provBlocks = append(s.provBlocks, b)
		case "variable":
			s.varBlocks = append(s.varBlocks, b)
		case "locals":
			s.loadLocals(b)
		case "module":
			s.loadCall(b)
		case "output":
			if len(b.Labels) == 1 {
				s.outputs = append(s.outputs, b)
			}
		}
	}
	return rbs
}

// checkText is the diagnostic for a file that was read but is not parsed
// (binary, nested too deeply for the parsers, or with a numeral too long to
// parse), or nil; suspect is whether the file may write a number out of
// range (numlimit.Scan).
func checkText(name string, src []byte) (d *parser.Diagnostic, suspect bool) {
	// The HCL scanners would report every bad byte separately; one clear
	// diagnostic is more useful for a binary or wrongly encoded file.
	if !utf8.Valid(src) || bytes.IndexByte(src, 0) >= 0 {
		return &parser.Diagnostic{
			Severity: parser.SeverityError,
			Summary:  "File is not UTF-8 text",
			Detail:   "Terraform files must be UTF-8 encoded text; this file looks binary or uses another encoding.",
			Range:    lineOne(name),
		}, false
	}
	if line := parser.TooDeep(src, parser.MaxNesting); line > 0 {
		p := parser.Pos{Line: line, Column: 1}
		return &parser.Diagnostic{
			Severity: parser.SeverityError,
			Summary:  "Nested too deeply",
			Detail:   fmt.Sprintf("Brackets nest more than %d levels deep here; the file was not read.", parser.MaxNesting),
			Range:    parser.Range{File: name, Start: p, End: p},
		}, false
	}
	long, suspect := numlimit.Scan(src)
	if long > 0 {
		return longNumeral(name, long, "the file was not read"), false
	}
	return nil, suspect
}

// parseFile parses one file, as JSON or native syntax by its name, and
// returns its top-level content, or nil; hcl's diagnostics go to d. In a
// suspect native file, number literals out of range are made unknown; in
// one with for expressions (loops), they are made to count their
// iterations.
func parseFile(name string, src []byte, suspect bool, d *diagSink) (content *hcl.BodyContent, loops bool) {
	var file *hcl.File
	var diags hcl.Diagnostics
	if isJSONFile(name) {
		file, diags = hcljson.Parse(src, name)
	} else {
		file, diags = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
	}
	d.addHCL(diags, name)
	if file == nil || file.Body == nil {
		return nil, false
	}
	if body, ok := file.Body.(*hclsyntax.Body); ok {
		if suspect {
			d.diags = append(d.diags, boundLiterals(body)...)
		}
		loops = harden(body)
	}
	// Partial bodies of files with syntax errors are still read: hclsyntax
	// recovers at block boundaries, and what it recovers is real configuration.
	content, _, diags = file.Body.PartialContent(rootSchema())
	d.addHCL(diags, name)
	return content, loops
}

// declareResources checks resource addresses and attaches override blocks
// to their base block. Declaration order decides which of two duplicates is
// reported, as in Terraform: files in lexical order, blocks in source order;
// override files come after every primary file.
func (s *source) declareResources(rbs []resourceBlock) {
	slices.SortStableFunc(rbs, func(a, b resourceBlock) int {
		if a.override != b.override {
			if a.override {
				return 1
			}
			return -1
		}
		ra, rb := a.block.DefRange, b.block.DefRange
		if c := strings.Compare(ra.Filename, rb.Filename); c != 0 {
			return c
		}
		return ra.Start.Byte - rb.Start.Byte
	})
	byAddr := map[string]*resourceDecl{}
	for _, rb := range rbs {
		b := rb.block
		typ, name := b.Labels[0], b.Labels[1]
		addr := typ + "." + name
		if rb.kind == parser.KindData {
			addr = "data." + addr
		}
		if rb.override {
			d, ok := byAddr[addr]
			if !ok {
				s.diags = append(s.diags, diagAt(parser.SeverityError, "Missing base resource for override",
					fmt.Sprintf("There is no %s block to override: an override file can only change a block declared in the module's other files.", addr),
					b.DefRange))
				continue
			}
			d.overrides = append(d.overrides, b)
			continue
		}
		if prev, ok := byAddr[addr]; ok {
			word := "resource"
			if rb.kind == parser.KindData {
				word = "data"
			}
			s.diags = append(s.diags, diagAt(parser.SeverityError,
				fmt.Sprintf("Duplicate %s %q configuration", word, typ),
				fmt.Sprintf("A %s %s named %q was already declared at %s. Resource names must be unique per type in each module.", typ, word, name, convRange(prev.block.DefRange)),
				b.DefRange))
			continue
		}
		d := &resourceDecl{kind: rb.kind, typ: typ, name: name, addr: addr, block: b}
		byAddr[addr] = d
		s.resources = append(s.resources, d)
	}
}

// isOverrideFile reports whether Terraform treats a file as an override file:
// override.tf, override.tf.json, or a name ending in _override.tf(.json).
func isOverrideFile(name string) bool {
	base := path.Base(name)
	base = strings.TrimSuffix(strings.TrimSuffix(base, ".json"), ".tf")
	return base == "override" || strings.HasSuffix(base, "_override")
}

func isAWSType(t string) bool {
	return strings.HasPrefix(t, "aws_") || strings.HasPrefix(t, "awscc_")
}

func (s *source) loadLocals(b *hcl.Block) {
	attrs, diags := b.Body.JustAttributes()
	s.addHCL(diags, b.DefRange.Filename)
	for _, a := range sortedAttrs(attrs) {
		if prev, ok := s.localDefs[a.Name]; ok {
			s.diags = append(s.diags, diagAt(parser.SeverityError, "Duplicate local value definition",
				fmt.Sprintf("A local value named %q was already defined at %s. Local value names must be unique within a module.", a.Name, convRange(prev.Range)),
				a.NameRange))
			continue
		}
		s.localDefs[a.Name] = a
	}
}

func (s *source) loadCall(b *hcl.Block) {
	if len(b.Labels) != 1 {
		return
	}
	c := &callDecl{name: b.Labels[0], block: b}
	content, _, diags := b.Body.PartialContent(attrSchema("source"))
	s.addHCL(diags, b.DefRange.Filename)
	if a, ok := content.Attributes["source"]; ok {
		// Terraform requires a literal source, so no evaluation context.
		if v, ok := literalString(a.Expr); ok {
			c.source = v
		}
	}
	for _, prev := range s.calls {
		if prev.name == c.name {
			s.diags = append(s.diags, diagAt(parser.SeverityError, "Duplicate module call",
				fmt.Sprintf("A module call named %q was already defined at %s. Module calls must have unique names within a module.", c.name, convRange(blockRange(prev.block))),
				b.DefRange))
			return
		}
	}
	s.calls = append(s.calls, c)
}

// localCalls lists the folders this source calls by a local path, cleaned
// and relative to the scan root; paths that leave the root are left out.
func (s *source) localCalls() []string {
	var out []string
	for _, c := range s.calls {
		if dir, ok := localDir(s.dir, c.source); ok {
			out = append(out, dir)
		}
	}
	return out
}

// localDir resolves a local module source against the calling folder.
func localDir(from, src string) (string, bool) {
	if !isLocalSource(src) {
		return "", false
	}
	dir := path.Clean(path.Join(from, src))
	if dir == ".." || strings.HasPrefix(dir, "../") {
		return "", false
	}
	return dir, true
}

// isLocalSource reports whether a module source is a local path, which
// Terraform recognises by its ./ or ../ prefix.
func isLocalSource(src string) bool {
	return strings.HasPrefix(src, "./") || strings.HasPrefix(src, "../") || src == "." || src == ".."
}

// literalString is the value of an expression that must be a literal string.
func literalString(expr hcl.Expression) (string, bool) {
	v, diags := expr.Value(nil)
	if diags.HasErrors() || v == cty.NilVal || !v.IsKnown() || v.IsNull() || v.Type() != cty.String {
		return "", false
	}
	return v.AsString(), true
}

// exprText is an expression's source exactly as written.
func (s *source) exprText(r hcl.Range) string {
	src := s.src[r.Filename]
	if r.Start.Byte < 0 || r.End.Byte > len(src) || r.Start.Byte > r.End.Byte {
		return ""
	}
	return string(src[r.Start.Byte:r.End.Byte])
}

// diagSink collects diagnostics.
type diagSink struct {
	diags []parser.Diagnostic
	// warned holds the warnings warnOnce added.
	warned map[warnKey]bool
}

// addHCL converts hcl diagnostics; file is used when one carries no range.
func (d *diagSink) addHCL(diags hcl.Diagnostics, file string) {
	for _, h := range diags {
		if h == nil {
			continue
		}
		sev := parser.SeverityError
		if h.Severity == hcl.DiagWarning {
			sev = parser.SeverityWarning
		}
		r := lineOne(file)
		switch {
		case h.Subject != nil && h.Subject.Filename != "":
			r = convRange(*h.Subject)
		case h.Context != nil && h.Context.Filename != "":
			r = convRange(*h.Context)
		}
		d.diags = append(d.diags, parser.Diagnostic{Severity: sev, Summary: h.Summary, Detail: h.Detail, Range: r})
	}
}

// maxSourceSize bounds a Terraform file read; a bigger one is reported, not
// loaded (real configuration files are far smaller).
const maxSourceSize = 64 << 20

// readBounded reads a Terraform file, refusing one over maxSourceSize without
// reading it whole.
func readBounded(fsys fs.FS, name string) ([]byte, error) {
	src, err := parser.ReadLimited(fsys, name, maxSourceSize)
	if errors.Is(err, parser.ErrTooLarge) {
		size := "over the"
		if fi, err := fs.Stat(fsys, name); err == nil {
			size = fmt.Sprintf("%d MiB, over the", fi.Size()>>20)
		}
		return nil, fmt.Errorf("the file is %s %d MiB a2z reads; it was skipped", size, maxSourceSize>>20)
	}
	return src, err
}
