package suppress

import (
	"fmt"
	"strings"
	"time"

	"github.com/a2z/a2z/parser"
)

// Markers that start a suppression comment, after the comment sign.
const (
	markerResource = "a2z:ignore"
	markerFile     = "a2z:ignore-file"
)

// dateLayout is the form of an expiry date.
const dateLayout = "2006-01-02"

// Directive is one suppression as written in a file.
type Directive struct {
	// Rules are the rule IDs or <entry>/* patterns it names.
	Rules []string
	// Reason is the justification (required).
	Reason string
	// Until is the expiry date, YYYY-MM-DD, or empty.
	Until string
	// FileWide is set for a2z:ignore-file and top-level template Metadata.
	FileWide bool
	// LogicalID is set for a resource's Metadata entry: the resource it
	// belongs to. Comments are placed by Range instead.
	LogicalID string
	// Range is where the directive is written.
	Range parser.Range

	until time.Time
	// fromMetadata is set for template Metadata entries.
	fromMetadata bool
	// problem is set when the directive is malformed; it then suppresses
	// nothing and problem is reported.
	problem string
}

// parseComment reads the text of a comment (without its comment sign).
// ok is false when the comment is not a suppression at all.
func parseComment(text string, at parser.Range) (d Directive, ok bool) {
	text = strings.TrimSpace(text)
	var rest string
	switch {
	case hasWord(text, markerFile):
		d.FileWide = true
		rest = text[len(markerFile):]
	case hasWord(text, markerResource):
		rest = text[len(markerResource):]
	default:
		return d, false
	}
	d.Range = at
	ids, reason, hasReason := strings.Cut(rest, "--")
	var untils []string
	for _, f := range strings.FieldsFunc(ids, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		if v, ok := strings.CutPrefix(f, "until="); ok {
			untils = append(untils, v)
			continue
		}
		d.Rules = append(d.Rules, f)
	}
	if hasReason {
		words := strings.Fields(reason)
		for len(words) > 0 {
			v, ok := strings.CutPrefix(words[len(words)-1], "until=")
			if !ok {
				break
			}
			untils = append(untils, v)
			words = words[:len(words)-1]
		}
		d.Reason = strings.Join(words, " ")
	}
	if len(untils) > 1 {
		d.problem = "gives until= more than once"
		return d, true
	}
	if len(untils) == 1 {
		d.Until = untils[0]
	}
	d.check()
	return d, true
}

// hasWord reports whether s starts with w followed by a space or nothing.
func hasWord(s, w string) bool {
	rest, ok := strings.CutPrefix(s, w)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}

// check validates the rules, reason and date, setting problem.
func (d *Directive) check() {
	if len(d.Rules) == 0 {
		d.problem = "names no rule ID"
		return
	}
	for _, r := range d.Rules {
		if err := CheckPattern(r); err != nil {
			d.problem = err.Error()
			return
		}
	}
	if d.Until != "" {
		t, err := time.Parse(dateLayout, d.Until)
		if err != nil {
			d.problem = fmt.Sprintf("until=%s is not a date (YYYY-MM-DD)", d.Until)
			return
		}
		d.until = t
	}
	if strings.TrimSpace(d.Reason) == "" {
		d.problem = `has no reason (write one after " -- ")`
		if d.fromMetadata {
			d.problem = "has no reason (give one in reason)"
		}
	}
}

// CheckPattern validates a rule ID or an <entry>/* pattern.
func CheckPattern(p string) error {
	if p == "" || strings.ContainsAny(p, " \t,") {
		return fmt.Errorf("%q is not a rule ID", p)
	}
	i := strings.IndexByte(p, '*')
	if i >= 0 && (i != len(p)-1 || !strings.HasSuffix(p, "/*") || len(p) < 3) {
		return fmt.Errorf("%q is not a rule ID or <entry>/* pattern (the only wildcard is a whole entry, such as aws-sqs-queue/*)", p)
	}
	return nil
}

// matchRule reports whether rule ID is named by pattern p.
func matchRule(p, rule string) bool {
	if prefix, ok := strings.CutSuffix(p, "*"); ok {
		return strings.HasPrefix(rule, prefix)
	}
	return p == rule
}

// label is how a diagnostic names the directive.
func (d *Directive) label() string {
	switch {
	case d.fromMetadata && d.LogicalID != "":
		return "the a2z ignore entry in the Metadata of " + d.LogicalID
	case d.fromMetadata:
		return "the a2z ignore entry in the template Metadata"
	case d.FileWide:
		return markerFile
	}
	return markerResource
}
