package mappings

import (
	"embed"
	"fmt"
	"io/fs"
	"path"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/a2z/a2z/internal/tffunc"
)

// builtinData is the knowledge base shipped in the binary, with the index
// that says which file holds each type (see lazy.go).
//
//go:embed data/*.hcl data/index.tsv
var builtinData embed.FS

// builtinDir is where the embedded files live in the repository; load errors
// name files with it so a developer can find them.
const builtinDir = "mappings/data/"

// KB is a loaded, validated knowledge base. It is read-only after loading and
// safe for concurrent use.
type KB struct {
	all        []*Mapping // sorted by ID
	byID       map[string]*Mapping
	resources  map[string]*Mapping // aws_* and awscc_* resource types
	dataSource map[string]*Mapping // aws_* data source types
	cfn        map[string]*Mapping // AWS::* types
	// memos caches expression results by the attribute values they read
	// (see memo.go); hcl.Expression → *exprMemo.
	memos sync.Map
	// reads caches what each mapping reads of self (see reads.go);
	// *Mapping → *reads.
	reads sync.Map
	// lazy is set for the built-in knowledge base, whose files are read
	// when a type they hold is first looked up; nil once everything is read.
	lazy *lazyFiles
}

var builtinOnce = sync.OnceValues(func() (*KB, error) {
	sub, err := fs.Sub(builtinData, "data")
	if err != nil {
		return nil, fmt.Errorf("builtin knowledge base: %w", err)
	}
	return newLazy(sub)
})

// loadBuiltin reads and validates every built-in file at once.
func loadBuiltin() (*KB, error) {
	sub, err := fs.Sub(builtinData, "data")
	if err != nil {
		return nil, fmt.Errorf("builtin knowledge base: %w", err)
	}
	kb, err := load(sub, builtinDir)
	if err != nil {
		return nil, fmt.Errorf("builtin knowledge base: %w", err)
	}
	if len(kb.all) == 0 {
		return nil, fmt.Errorf("builtin knowledge base: no entries")
	}
	return kb, nil
}

// Builtin returns the knowledge base embedded in the binary. Its data files
// are parsed on first use of a type they hold (parsing all of them would be
// most of a small scan's time); the files are validated as a whole by the
// package's tests. Later calls return the same KB.
func Builtin() (*KB, error) {
	return builtinOnce()
}

// Load reads every *.hcl file in fsys (recursively, in sorted order) as one
// knowledge base. Any problem in any file makes it fail with a *LoadError
// listing every diagnostic with its file and line.
func Load(fsys fs.FS) (*KB, error) {
	return load(fsys, "")
}

func load(fsys fs.FS, prefix string) (*KB, error) {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && path.Ext(p) == ".hcl" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading knowledge base: %w", err)
	}
	slices.Sort(files)

	type parsed struct {
		src   []byte
		file  *hcl.File
		diags hcl.Diagnostics
	}
	out := make([]parsed, len(files))
	for i, f := range files {
		src, err := fs.ReadFile(fsys, f)
		if err != nil {
			return nil, fmt.Errorf("reading knowledge base: %w", err)
		}
		out[i].src = src
	}
	// Parsing dominates start-up time: spread it over the CPUs.
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for i := range next {
				out[i].file, out[i].diags = hclsyntax.ParseConfig(out[i].src, prefix+files[i], hcl.InitialPos)
				guardFile(out[i].file)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()

	l := newLoader()
	for _, p := range out {
		l.file(p.src, p.file, p.diags)
	}
	kb := l.finish()
	if l.diags.HasErrors() {
		return nil, &LoadError{Diagnostics: sortDiagnostics(l.diags)}
	}
	return kb, nil
}

// LoadError is a broken knowledge base: every problem found, each with the
// file, line and column it is at.
type LoadError struct {
	Diagnostics hcl.Diagnostics
}

func (e *LoadError) Error() string {
	var b strings.Builder
	n := 0
	for _, d := range e.Diagnostics {
		if d.Severity == hcl.DiagError {
			n++
		}
	}
	fmt.Fprintf(&b, "knowledge base has %d error(s)", n)
	for _, d := range e.Diagnostics {
		b.WriteString("\n  ")
		if d.Subject != nil {
			b.WriteString(d.Subject.String())
			b.WriteString(": ")
		}
		b.WriteString(d.Summary)
		if d.Detail != "" {
			b.WriteString("; ")
			b.WriteString(d.Detail)
		}
	}
	return b.String()
}

// Resource returns the entry for a Terraform resource type: an aws_* type or
// an awscc_* type derived from an entry's CloudFormation types. Nil if none.
func (kb *KB) Resource(tfType string) *Mapping {
	if kb == nil {
		return nil
	}
	if kb.lazy != nil {
		return kb.lazy.lookup("resource:" + tfType)
	}
	return kb.resources[tfType]
}

// Data returns the entry for a Terraform aws_* data source type, or nil.
func (kb *KB) Data(tfType string) *Mapping {
	if kb == nil {
		return nil
	}
	if kb.lazy != nil {
		return kb.lazy.lookup("data:" + tfType)
	}
	return kb.dataSource[tfType]
}

// CloudFormation returns the entry for a CloudFormation type (AWS::SQS::Queue),
// or nil.
func (kb *KB) CloudFormation(cfnType string) *Mapping {
	if kb == nil {
		return nil
	}
	if kb.lazy != nil {
		return kb.lazy.lookup("cfn:" + cfnType)
	}
	return kb.cfn[cfnType]
}

// Mapping returns the entry with the given ID ("aws-sqs-queue"), or nil.
func (kb *KB) Mapping(id string) *Mapping {
	if kb == nil {
		return nil
	}
	if kb.lazy != nil {
		return kb.lazy.lookup("id:" + id)
	}
	return kb.byID[id]
}

// All returns every entry sorted by ID. The slice is a copy; the entries are
// shared and must not be modified.
func (kb *KB) All() []*Mapping {
	if kb == nil {
		return nil
	}
	return slices.Clone(kb.full().all)
}

// Rule looks up a caveat by its rule ID ("aws-sqs-queue/fifo-sessions") and
// returns it with its entry; both are nil when there is no such rule.
func (kb *KB) Rule(id string) (*Mapping, *Caveat) {
	i := strings.LastIndex(id, "/")
	if kb == nil || i < 0 {
		return nil, nil
	}
	m := kb.Mapping(id[:i])
	c := m.Caveat(id)
	if c == nil {
		return nil, nil
	}
	return m, c
}

// sortDiagnostics orders diagnostics by file and position (those without a
// position first), keeping the order of diagnostics at the same place.
func sortDiagnostics(diags hcl.Diagnostics) hcl.Diagnostics {
	key := func(d *hcl.Diagnostic) (string, int) {
		if d.Subject == nil {
			return "", -1
		}
		return d.Subject.Filename, d.Subject.Start.Byte
	}
	slices.SortStableFunc(diags, func(a, b *hcl.Diagnostic) int {
		af, ab := key(a)
		bf, bb := key(b)
		if c := strings.Compare(af, bf); c != 0 {
			return c
		}
		return ab - bb
	})
	return diags
}

// guardFile guards the arithmetic and comparison operators of a parsed data
// file (tffunc.GuardOperators): the values its expressions read come from
// scanned files, and a string of a million digits compared with a number
// would take minutes to convert.
func guardFile(f *hcl.File) {
	if f == nil {
		return
	}
	if body, ok := f.Body.(*hclsyntax.Body); ok {
		tffunc.GuardOperators(body)
	}
}
