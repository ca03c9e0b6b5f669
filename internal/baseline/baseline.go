// Package baseline records the findings of a scan in a file and later marks
// the findings that file already records as suppressed, so that only new
// findings count.
//
// A baseline identifies a finding by file, Terraform root, resource address
// and rule ID, never by line, so edits elsewhere in a file do not break it;
// a resource with the same rule reported more than once (for example a
// module called twice from one file is not: its addresses differ) is one
// entry with a count. The file is JSON with a version field, one entry per
// line, sorted, so it is the same bytes for the same findings and reads well
// in a review:
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {"file": "infra/queues.tf", "root": "infra", "address": "aws_sqs_queue.jobs", "rule": "aws-sqs-queue/fifo-sessions", "count": 1}
//	  ]
//	}
package baseline

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// Version is the version of the baseline file format.
const Version = 1

// KindBaseline is the Suppression.Kind of a finding a baseline covers.
const KindBaseline = "baseline"

// Baseline is the set of findings a baseline file records.
type Baseline struct {
	Version  int     `json:"version"`
	Findings []Entry `json:"findings"`
}

// Entry is one recorded finding (or Count identical ones).
type Entry struct {
	File    string `json:"file"`
	Root    string `json:"root,omitempty"`
	Address string `json:"address"`
	Rule    string `json:"rule"`
	Count   int    `json:"count"`

	// line is where the entry is written in the file it was read from.
	line int
}

type key struct{ file, root, address, rule string }

func (e *Entry) key() key { return key{e.File, e.Root, e.Address, e.Rule} }

// FromResult records the findings of res that are not suppressed and that
// ignorable allows to be ignored (nil allows every rule).
func FromResult(res *rules.Result, ignorable func(rule string) bool) *Baseline {
	counts := map[key]int{}
	for _, f := range res.Findings {
		if f.Suppressed != nil || (ignorable != nil && !ignorable(f.Rule)) {
			continue
		}
		counts[key{f.Range.File, f.Root, f.Address, f.Rule}]++
	}
	b := &Baseline{Version: Version, Findings: make([]Entry, 0, len(counts))}
	for k, n := range counts {
		b.Findings = append(b.Findings, Entry{File: k.file, Root: k.root, Address: k.address, Rule: k.rule, Count: n})
	}
	slices.SortFunc(b.Findings, func(a, b Entry) int {
		return cmp.Or(cmp.Compare(a.File, b.File), cmp.Compare(a.Root, b.Root), cmp.Compare(a.Address, b.Address), cmp.Compare(a.Rule, b.Rule))
	})
	return b
}

// Marshal renders b deterministically: one entry per line, in order.
func (b *Baseline) Marshal() []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "{\n  \"version\": %d,\n  \"findings\": [", b.Version)
	for i, e := range b.Findings {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n    {")
		fields := [][2]string{{"file", e.File}, {"root", e.Root}, {"address", e.Address}, {"rule", e.Rule}}
		for _, f := range fields {
			if f[1] == "" && f[0] == "root" {
				continue
			}
			fmt.Fprintf(&buf, "%s: %s, ", quote(f[0]), quote(f[1]))
		}
		fmt.Fprintf(&buf, "\"count\": %d}", e.Count)
	}
	if len(b.Findings) > 0 {
		buf.WriteString("\n  ")
	}
	buf.WriteString("]\n}\n")
	return buf.Bytes()
}

// quote renders s as a JSON string, leaving <, > and & as they are.
func quote(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // a string always encodes
	return strings.TrimSuffix(buf.String(), "\n")
}

// Write writes b to the file name, creating its folder.
func Write(name string, b *Baseline) error {
	data := b.Marshal()
	if dir := filepath.Dir(name); dir != "." {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return err
		}
	}
	return os.WriteFile(name, data, 0o644)
}

// Read reads a baseline file.
func Read(name string) (*Baseline, error) {
	data, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	b, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", name, err)
	}
	return b, nil
}

// Parse reads a baseline from data, remembering the line of each entry.
// Unknown fields are ignored, so a later version can add some; an unknown
// version is an error.
func Parse(data []byte) (*Baseline, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	b := &Baseline{}
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	seen := false
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return nil, syntaxError(data, dec, err)
		}
		name, _ := t.(string)
		switch name {
		case "version":
			if err := dec.Decode(&b.Version); err != nil {
				return nil, syntaxError(data, dec, err)
			}
			seen = true
		case "findings":
			if err := readEntries(data, dec, b); err != nil {
				return nil, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, syntaxError(data, dec, err)
			}
		}
	}
	if err := expectDelim(dec, '}'); err != nil {
		return nil, syntaxError(data, dec, err)
	}
	if !seen {
		return nil, errors.New(`no "version" field: not an a2z baseline`)
	}
	if b.Version != Version {
		return nil, fmt.Errorf("version %d is not supported (this a2z reads version %d)", b.Version, Version)
	}
	return b, nil
}

func readEntries(data []byte, dec *json.Decoder, b *Baseline) error {
	if err := expectDelim(dec, '['); err != nil {
		return syntaxError(data, dec, err)
	}
	for dec.More() {
		start := int(dec.InputOffset())
		for start < len(data) && strings.IndexByte(" \t\r\n,", data[start]) >= 0 {
			start++
		}
		var e Entry
		if err := dec.Decode(&e); err != nil {
			return syntaxError(data, dec, err)
		}
		e.line = lineAt(data, start)
		if e.File == "" || e.Address == "" || e.Rule == "" {
			return fmt.Errorf("line %d: an entry needs file, address and rule", e.line)
		}
		if e.Count < 1 {
			e.Count = 1
		}
		b.Findings = append(b.Findings, e)
	}
	if err := expectDelim(dec, ']'); err != nil {
		return syntaxError(data, dec, err)
	}
	return nil
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	t, err := dec.Token()
	if err != nil {
		return err
	}
	if d, ok := t.(json.Delim); !ok || d != want {
		return fmt.Errorf("expected %q, found %v", string(want), t)
	}
	return nil
}

func syntaxError(data []byte, dec *json.Decoder, err error) error {
	if errors.Is(err, io.EOF) {
		err = io.ErrUnexpectedEOF
	}
	return fmt.Errorf("line %d: %w", lineAt(data, int(dec.InputOffset())), err)
}

func lineAt(data []byte, off int) int {
	return 1 + bytes.Count(data[:min(off, len(data))], []byte("\n"))
}

// Options govern how a baseline applies.
type Options struct {
	// Name is the baseline file, as diagnostics name it.
	Name string
	// Paths are the scanned paths (slash paths relative to the scan root,
	// as findings name files): entries for files outside them are neither
	// matched nor reported. Empty means everything was scanned.
	Paths []string
	// Ignorable says whether a rule may be suppressed; nil allows all.
	Ignorable func(rule string) bool
}

// Apply marks the findings of res that b records as suppressed (Kind
// "baseline"), up to each entry's count, leaving findings already suppressed
// alone, and adds an info diagnostic for each entry (of a scanned file) that
// no longer matches as many findings as it records, so the file can be
// pruned. The result is sorted again.
func (b *Baseline) Apply(res *rules.Result, opts Options) {
	total := map[key]int{}
	for _, e := range b.Findings {
		total[e.key()] += e.Count
	}
	left := maps.Clone(total)
	blocked := map[key]bool{}
	for i := range res.Findings {
		f := &res.Findings[i]
		k := key{f.Range.File, f.Root, f.Address, f.Rule}
		if f.Suppressed != nil || left[k] == 0 {
			continue
		}
		if opts.Ignorable != nil && !opts.Ignorable(f.Rule) {
			blocked[k] = true
			continue
		}
		left[k]--
		f.Suppressed = &rules.Suppression{Kind: KindBaseline}
	}
	for _, e := range b.Findings {
		k := e.key()
		n := left[k]
		if n == 0 || !within(opts.Paths, e.File) {
			continue
		}
		left[k] = 0 // a key written twice is reported once
		at := parser.Range{File: opts.Name, Start: parser.Pos{Line: e.line, Column: 1}, End: parser.Pos{Line: e.line, Column: 1}}
		what := fmt.Sprintf("%s %s in %s", e.Rule, e.Address, e.File)
		if e.Root != "" {
			what += fmt.Sprintf(" (root %s)", e.Root)
		}
		var msg string
		switch {
		case blocked[k]:
			msg = fmt.Sprintf("baseline entry %s names a rule that may not be ignored (not-ignorable): its findings stay; remove the entry", what)
		case n == total[k]:
			msg = fmt.Sprintf("baseline entry %s matches no finding any more: remove it, or rewrite the baseline with --baseline-write", what)
		default:
			msg = fmt.Sprintf("baseline entry %s records %d findings but only %d match now: lower its count, or rewrite the baseline with --baseline-write", what, total[k], total[k]-n)
		}
		res.Diagnostics = append(res.Diagnostics, parser.Diagnostic{Severity: parser.SeverityInfo, Summary: msg, Range: at})
	}
	res.Sort()
}

// within reports whether file lies under one of paths (all when empty).
func within(paths []string, file string) bool {
	if len(paths) == 0 {
		return true
	}
	for _, p := range paths {
		p = path.Clean(p)
		if p == "." || file == p || strings.HasPrefix(file, p+"/") {
			return true
		}
	}
	return false
}
