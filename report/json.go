package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"sync"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// JSONVersion is the version of the JSON output format, written as the
// top-level "version" field.
//
// The JSON output is versioned and other tools rely on it. Fields are only
// ever added; a field is never renamed, removed or given a new meaning, and
// any such change bumps the version. The shape of version 1:
//
//	{
//	  "version": 1,
//	  "resources": [{"source", "file", "line", "column", "address", "type",
//	                 "mapping": {"id", "status", "azure_service", "azure_terraform": [], "azure_arm": [], "azure_location",
//	                             "translations": [{"name", "from", "to", "note"}]}}],
//	  "findings": [{"rule", "severity", "message", "file", "line", "column", "address", "link",
//	                "suppression": {"kind", "reason", "until"}}],
//	  "diagnostics": [{"severity", "message", "file", "line"}],
//	  (added: "repository" on resources, findings and diagnostics of a
//	  merged result, left out when empty)
//	  "summary": {"resources", "by_status": {…every status…}, "findings_by_severity": {…every severity…}, "suppressed"}
//	}
//
// A suppressed finding (an inline ignore: kind "inline" with its reason and
// until; a baseline: kind "baseline") is listed with its suppression, is
// not counted in findings_by_severity, and is counted in summary.suppressed,
// which is left out when zero, like suppression on a finding that has none.
//
// Arrays are always arrays (never null), every status and severity is present
// in the summary, mapping.id is "" for an unknown resource, and line and
// column are 1-based (0 when the position is unknown). Output is indented with
// two spaces, ends with a newline, does not escape <, > and &, and is the same
// bytes for the same result.
const JSONVersion = 1

type jsonReporter struct{ opts Options }

type jsonDocument struct {
	Version     int              `json:"version"`
	Resources   []jsonResource   `json:"resources"`
	Findings    []jsonFinding    `json:"findings"`
	Diagnostics []jsonDiagnostic `json:"diagnostics"`
	Summary     jsonSummary      `json:"summary"`
}

type jsonResource struct {
	Source  string `json:"source"`
	File    string `json:"file"`
	Line    int    `json:"line"`
	Column  int    `json:"column"`
	Address string `json:"address"`
	Type    string `json:"type"`
	// Terraform only: the root module folder, the module blocks that lead
	// to the resource (outermost first), and the count or for_each left
	// unresolved.
	// CloudFormation: the logical ID when the address is another name for
	// the resource (a CDK construct path, a nested stack's prefix).
	Name       string         `json:"name,omitempty"`
	Root       string         `json:"root,omitempty"`
	CalledFrom []jsonPosition `json:"called_from,omitempty"`
	Unexpanded string         `json:"unexpanded,omitempty"`
	// CloudFormation only: the resource's Condition and its value with the
	// scan's parameters ("true", "false": not deployed, "unknown").
	Condition *jsonCondition `json:"condition,omitempty"`
	// Repository is set in a merged result (a2z report merge).
	Repository string      `json:"repository,omitempty"`
	Mapping    jsonMapping `json:"mapping"`
}

type jsonMapping struct {
	ID             string            `json:"id"`
	Status         string            `json:"status"`
	AzureService   string            `json:"azure_service"`
	AzureTerraform []string          `json:"azure_terraform"`
	AzureARM       []string          `json:"azure_arm"`
	AzureLocation  string            `json:"azure_location"`
	Translations   []jsonTranslation `json:"translations"`
}

type jsonFinding struct {
	Rule     string `json:"rule"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	Column   int    `json:"column"`
	Root     string `json:"root,omitempty"`
	Address  string `json:"address"`
	Link     string `json:"link"`
	// Repository is set in a merged result (a2z report merge).
	Repository string `json:"repository,omitempty"`
	// Suppression is set when an inline ignore or a baseline suppresses
	// the finding.
	Suppression *jsonSuppression `json:"suppression,omitempty"`
}

type jsonSuppression struct {
	Kind   string `json:"kind"`
	Reason string `json:"reason,omitempty"`
	Until  string `json:"until,omitempty"`
}

type jsonDiagnostic struct {
	Severity string `json:"severity"`
	Message  string `json:"message"`
	File     string `json:"file"`
	Line     int    `json:"line"`
	// Repository is set in a merged result (a2z report merge).
	Repository string `json:"repository,omitempty"`
}

type jsonSummary struct {
	Resources          int            `json:"resources"`
	ByStatus           map[string]int `json:"by_status"`
	FindingsBySeverity map[string]int `json:"findings_by_severity"`
	Suppressed         int            `json:"suppressed,omitempty"`
}

// Report writes r as one JSON document. It is streamed, one element at a
// time, through a buffer: a scan of 100,000 resources writes well over
// 100 MB of JSON, which should not be held in memory twice. The bytes are
// those json.Encoder with two-space indentation gives for the whole document.
func (j jsonReporter) Report(w io.Writer, r *rules.Result) error {
	r = orEmpty(r)
	s := r.Summarize()
	suppressed := 0
	for _, f := range r.Findings {
		if f.Suppressed != nil { // listed, but not counted by severity
			s.FindingsBySeverity[f.Severity]--
			suppressed++
		}
	}
	summary := jsonSummary{
		Suppressed:         suppressed,
		Resources:          s.Resources,
		ByStatus:           make(map[string]int, len(s.ByStatus)),
		FindingsBySeverity: make(map[string]int, len(s.FindingsBySeverity)),
	}
	for k, v := range s.ByStatus {
		summary.ByStatus[string(k)] = v
	}
	for k, v := range s.FindingsBySeverity {
		summary.FindingsBySeverity[string(k)] = v
	}

	jw := newJSONStream(w)
	jw.raw("{\n  \"version\": ")
	jw.value(JSONVersion, "  ")
	jw.raw(",\n  \"resources\": ")
	jw.array(len(r.Resources), func(b []byte, i int, indent string) []byte {
		e := resourceJSON(&r.Resources[i])
		return appendResourceJSON(b, &e, indent)
	})
	jw.raw(",\n  \"findings\": ")
	jw.array(len(r.Findings), func(b []byte, i int, indent string) []byte {
		e := findingJSON(&r.Findings[i])
		return appendFindingJSON(b, &e, indent)
	})
	jw.raw(",\n  \"diagnostics\": ")
	jw.array(len(r.Diagnostics), func(b []byte, i int, indent string) []byte {
		e := diagnosticJSON(&r.Diagnostics[i])
		return appendDiagnosticJSON(b, &e, indent)
	})
	jw.raw(",\n  \"summary\": ")
	jw.value(summary, "  ")
	jw.raw("\n}\n")
	return jw.finish()
}

func resourceJSON(m *rules.Mapped) jsonResource {
	res := &m.Resource
	return jsonResource{
		Source:     string(res.Source),
		File:       res.Range.File,
		Line:       res.Range.Start.Line,
		Column:     res.Range.Start.Column,
		Address:    res.Address,
		Type:       res.Type,
		Name:       logicalID(res),
		Root:       res.Root,
		CalledFrom: positions(res.Calls),
		Unexpanded: res.Unexpanded,
		Condition:  condition(res),
		Repository: res.Repository,
		Mapping: jsonMapping{
			ID:             m.MappingID,
			Status:         string(m.Status),
			AzureService:   m.Service,
			AzureTerraform: nonNil(m.Azurerm),
			AzureARM:       nonNil(m.ARM),
			AzureLocation:  m.Location,
			Translations:   translationsJSON(m.Translations),
		},
	}
}

func findingJSON(f *rules.Finding) jsonFinding {
	out := jsonFinding{
		Rule:       f.Rule,
		Severity:   string(f.Severity),
		Message:    f.Message,
		File:       f.Range.File,
		Line:       f.Range.Start.Line,
		Column:     f.Range.Start.Column,
		Root:       f.Root,
		Address:    f.Address,
		Link:       f.Link,
		Repository: f.Repository,
	}
	if sp := f.Suppressed; sp != nil {
		out.Suppression = &jsonSuppression{Kind: sp.Kind, Reason: sp.Reason, Until: sp.Until}
	}
	return out
}

func diagnosticJSON(d *parser.Diagnostic) jsonDiagnostic {
	return jsonDiagnostic{
		Severity:   string(d.Severity),
		Message:    d.Message(),
		File:       d.Range.File,
		Line:       d.Range.Start.Line,
		Repository: d.Repository,
	}
}

// jsonStream writes a JSON document piece by piece through a buffer,
// keeping the first error.
type jsonStream struct {
	w   *bufio.Writer
	buf bytes.Buffer
	enc *json.Encoder
	err error
}

func newJSONStream(w io.Writer) *jsonStream {
	s := &jsonStream{w: bufio.NewWriterSize(w, 64<<10)}
	s.enc = json.NewEncoder(&s.buf)
	s.enc.SetEscapeHTML(false)
	return s
}

func (s *jsonStream) raw(text string) {
	if s.err == nil {
		_, s.err = s.w.WriteString(text)
	}
}

// value writes v as it would appear nested at the given indentation.
func (s *jsonStream) value(v any, prefix string) {
	if s.err != nil {
		return
	}
	s.buf.Reset()
	s.enc.SetIndent(prefix, "  ")
	if err := s.enc.Encode(v); err != nil {
		s.err = fmt.Errorf("encoding JSON report: %w", err)
		return
	}
	_, s.err = s.w.Write(bytes.TrimSuffix(s.buf.Bytes(), []byte("\n")))
}

// array writes a top-level field's array of n elements. Encoding is most
// of a large report's cost, so chunks of elements are encoded on every CPU,
// a bounded number ahead of the writer, and written in order.
func (s *jsonStream) array(n int, elem func(b []byte, i int, indent string) []byte) {
	if n == 0 {
		s.raw("[]")
		return
	}
	s.raw("[\n")
	chunks := (n + jsonChunk - 1) / jsonChunk
	workers := min(runtime.GOMAXPROCS(0), chunks)
	out := make([]chan *[]byte, chunks)
	for c := range out {
		out[c] = make(chan *[]byte, 1)
	}
	ahead := make(chan struct{}, 2*workers) // chunks encoded but not yet written
	stop := make(chan struct{})
	go func() {
		for c := range chunks {
			select {
			case ahead <- struct{}{}:
			case <-stop:
				return
			}
			go func() { out[c] <- encodeChunk(elem, c*jsonChunk, min(n, (c+1)*jsonChunk), n) }()
		}
	}()
	for c := range chunks {
		b := <-out[c]
		<-ahead
		if s.err != nil {
			// Encoders already started finish into their buffered
			// channels; the producer stops starting more.
			close(stop)
			break
		}
		_, s.err = s.w.Write(*b)
		chunkBuffers.Put(b)
	}
	s.raw("  ]")
}

// jsonChunk is how many array elements one goroutine encodes at a time.
const jsonChunk = 256

// chunkBuffers recycles chunk buffers: fresh ones, grown to a chunk's size
// for every chunk, cost more in page faults and clearing than encoding.
var chunkBuffers = sync.Pool{New: func() any { return new([]byte) }}

// encodeChunk encodes elements [from, to) of an array of n, each on its own
// line, indented and followed by a comma except the last of the array.
func encodeChunk(elem func(b []byte, i int, indent string) []byte, from, to, n int) *[]byte {
	buf := chunkBuffers.Get().(*[]byte)
	b := (*buf)[:0]
	for i := from; i < to; i++ {
		b = append(b, "    "...)
		b = elem(b, i, "    ")
		if i < n-1 {
			b = append(b, ',')
		}
		b = append(b, '\n')
	}
	*buf = b
	return buf
}

func (s *jsonStream) finish() error {
	if s.err == nil {
		s.err = s.w.Flush()
	}
	if s.err != nil {
		return fmt.Errorf("writing JSON report: %w", s.err)
	}
	return nil
}

func logicalID(r *parser.Resource) string {
	if r.Source == parser.SourceCloudFormation && r.Name != r.Address {
		return r.Name
	}
	return ""
}

type jsonCondition struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

func condition(r *parser.Resource) *jsonCondition {
	if r.Condition == "" {
		return nil
	}
	return &jsonCondition{Name: r.Condition, Value: r.ConditionValue}
}

type jsonPosition struct {
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
}

func positions(rs []parser.Range) []jsonPosition {
	var out []jsonPosition
	for _, r := range rs {
		out = append(out, jsonPosition{File: r.File, Line: r.Start.Line, Column: r.Start.Column})
	}
	return out
}

// nonNil returns s, or an empty slice for nil so it encodes as [].
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

type jsonTranslation struct {
	Name string `json:"name"`
	From string `json:"from"`
	To   string `json:"to"`
	Note string `json:"note"`
}

func translationsJSON(ts []rules.Translation) []jsonTranslation {
	out := make([]jsonTranslation, 0, len(ts))
	for _, t := range ts {
		out = append(out, jsonTranslation(t))
	}
	return out
}
