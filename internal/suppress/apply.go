package suppress

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// KindInline is the Suppression.Kind of a finding an inline ignore covers.
const KindInline = "inline"

// maxFileSize bounds what is read of a file to look for suppressions, like
// the scan's own limit on templates.
const maxFileSize = 64 << 20

// Options govern inline suppressions.
type Options struct {
	// NoInline disables every inline suppression (--no-inline-ignores).
	// They are still read, and malformed ones reported, but none applies.
	NoInline bool
	// NotIgnorable lists rule IDs (or <entry>/* patterns) no suppression
	// may silence: an inline ignore naming one is reported and does not
	// apply, and baselines neither record nor match them.
	NotIgnorable []string
	// Today returns the current date, for expiries; nil is time.Now. The
	// date is taken in UTC.
	Today func() time.Time
}

// Validate checks the NotIgnorable patterns.
func (o Options) Validate() error {
	for _, p := range o.NotIgnorable {
		if err := CheckPattern(p); err != nil {
			return fmt.Errorf("--not-ignorable: %w", err)
		}
	}
	return nil
}

// Ignorable reports whether a suppression may silence rule.
func (o Options) Ignorable(rule string) bool {
	return !slices.ContainsFunc(o.NotIgnorable, func(p string) bool { return matchRule(p, rule) })
}

func (o Options) today() time.Time {
	now := time.Now()
	if o.Today != nil {
		now = o.Today()
	}
	y, m, d := now.UTC().Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// Apply reads the suppressions written in the files res names (resources
// and findings, read from fsys by their Range.File), marks the findings they
// cover as suppressed, and adds a warning diagnostic for each suppression
// that is malformed, expired, misplaced, names a rule that may not be
// ignored, or matches no finding. The result is sorted again when there was
// any suppression.
func Apply(fsys fs.FS, res *rules.Result, opts Options) {
	templates := map[string]bool{}
	var files []string
	for _, m := range res.Resources {
		files = append(files, m.Resource.Range.File)
		if m.Resource.Source == parser.SourceCloudFormation {
			templates[m.Resource.Range.File] = true
		}
	}
	for _, f := range res.Findings {
		files = append(files, f.Range.File)
	}
	slices.Sort(files)
	files = slices.Compact(files)
	// Reading is most of the cost on a large tree (one open per file), and
	// files are independent: read them on every CPU, keep file order.
	per := make([][]Directive, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				name := files[i]
				if name == "" {
					continue
				}
				src, err := readFile(fsys, name)
				if err != nil {
					continue // the scan reports unreadable files itself
				}
				per[i] = Read(name, src, templates[name])
			}
		})
	}
	wg.Wait()
	ApplyDirectives(res, slices.Concat(per...), opts)
}

// Read returns the suppressions written in one file: comments in Terraform
// (.tf) files; comments and Metadata in a CloudFormation template (template
// set), Metadata only when it is JSON.
func Read(name string, src []byte, template bool) []Directive {
	switch {
	case !bytes.Contains(src, []byte("a2z")):
		return nil // the common case, without lexing or parsing
	case strings.HasSuffix(name, ".tf"):
		return hclComments(name, src)
	case !template:
		return nil
	case bytes.HasPrefix(bytes.TrimLeft(src, " \t\r\n\ufeff"), []byte("{")):
		return templateMetadata(name, src)
	}
	return append(yamlComments(name, src), templateMetadata(name, src)...)
}

func readFile(fsys fs.FS, name string) ([]byte, error) {
	data, err := parser.ReadLimited(fsys, name, maxFileSize)
	if errors.Is(err, parser.ErrTooLarge) {
		return nil, fmt.Errorf("%s: larger than %d MiB", name, maxFileSize>>20)
	}
	return data, err
}

// target identifies one resource, as its findings do.
type target struct{ file, root, address string }

type fileLine struct {
	file string
	line int
}

// ApplyDirectives applies directives read from files to res (see Apply).
func ApplyDirectives(res *rules.Result, directives []Directive, opts Options) {
	if len(directives) == 0 {
		// The common case: nothing to mark and no warning to add, so res
		// stays as sorted as it was. Indexing a monorepo's resources and
		// findings for nothing took half a second after the scan.
		return
	}
	today := opts.today()
	byLine := make(map[fileLine][]target, len(res.Resources))
	byFile := map[string][]target{}
	names := map[[2]string][]target{} // by file and CloudFormation logical ID
	starts := make(map[target]parser.Range, len(res.Resources))
	for _, m := range res.Resources {
		r := &m.Resource
		t := target{r.Range.File, r.Root, r.Address}
		if _, dup := starts[t]; dup {
			continue
		}
		starts[t] = r.Range
		byLine[fileLine{r.Range.File, r.Range.Start.Line}] = append(byLine[fileLine{r.Range.File, r.Range.Start.Line}], t)
		byFile[r.Range.File] = append(byFile[r.Range.File], t)
		if r.Source == parser.SourceCloudFormation {
			names[[2]string{r.Range.File, r.Name}] = append(names[[2]string{r.Range.File, r.Name}], t)
		}
	}
	findings := make(map[target][]int, len(res.Resources))
	for i, f := range res.Findings {
		t := target{f.Range.File, f.Root, f.Address}
		findings[t] = append(findings[t], i)
	}

	// Resource-level directives first, so a finding both they and a
	// file-wide one cover carries the more specific reason.
	ds := slices.Clone(directives)
	slices.SortStableFunc(ds, func(a, b Directive) int {
		return cmp.Or(cmpBool(a.FileWide, b.FileWide), cmp.Compare(a.Range.File, b.Range.File),
			cmp.Compare(a.Range.Start.Line, b.Range.Start.Line), cmp.Compare(a.Range.Start.Column, b.Range.Start.Column),
			cmp.Compare(a.LogicalID, b.LogicalID))
	})
	warn := func(d *Directive, format string, args ...any) {
		res.Diagnostics = append(res.Diagnostics, parser.Warningf(d.Range, "%s %s", d.label(), fmt.Sprintf(format, args...)))
	}
	for i := range ds {
		d := &ds[i]
		var targets []target
		switch {
		case d.FileWide:
			targets = byFile[d.Range.File]
		case d.LogicalID != "":
			targets = names[[2]string{d.Range.File, d.LogicalID}]
			if d.Range.Start.Line == 0 && len(targets) > 0 {
				// Read from JSON without positions: place it on its resource.
				d.Range = starts[targets[0]]
				d.Range.End = d.Range.Start
			}
		default:
			targets = byLine[fileLine{d.Range.File, d.Range.Start.Line}]
			if len(targets) == 0 {
				targets = byLine[fileLine{d.Range.File, d.Range.Start.Line + 1}]
			}
		}
		if d.problem != "" {
			warn(d, "%s: it suppresses nothing", d.problem)
			continue
		}
		if opts.NoInline {
			continue
		}
		if !d.until.IsZero() && today.After(d.until) {
			warn(d, "expired on %s: it no longer suppresses anything (fix the findings, or renew it with a later until=)", d.Until)
			continue
		}
		if len(targets) == 0 {
			switch {
			case d.LogicalID != "":
				warn(d, "belongs to no resource of this scan: it suppresses nothing")
			case !d.FileWide:
				warn(d, "is neither on a resource's first line nor on the line above one: it suppresses nothing")
			}
			continue
		}
		for _, p := range d.Rules {
			matched, blocked := 0, 0
			for _, t := range targets {
				for _, fi := range findings[t] {
					f := &res.Findings[fi]
					if !matchRule(p, f.Rule) {
						continue
					}
					if !opts.Ignorable(f.Rule) {
						blocked++
						continue
					}
					matched++
					if f.Suppressed == nil {
						f.Suppressed = &rules.Suppression{Kind: KindInline, Reason: d.Reason, Until: d.Until, Range: d.Range}
					}
				}
			}
			switch {
			case matched == 0 && blocked > 0:
				warn(d, "names %s, but the rule may not be ignored (not-ignorable): its findings stay", p)
			case matched == 0 && d.FileWide:
				warn(d, "%s matches no finding in this file", p)
			case matched == 0:
				warn(d, "%s matches no finding of %s", p, describe(targets))
			}
		}
	}
	res.Sort()
}

func describe(ts []target) string {
	s := ts[0].address
	if len(ts) > 1 {
		s += fmt.Sprintf(" (or the %d other resources on that line)", len(ts)-1)
	}
	return s
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}
