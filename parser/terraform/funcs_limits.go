package terraform

import (
	"errors"
	"fmt"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/a2z/a2z/internal/tffunc"
	"github.com/a2z/a2z/parser"
)

// limitSummary is the summary of the diagnostic for a function call whose
// result would be over one of tffunc's limits.
const limitSummary = "Function result too large"

// warnLimits adds a warning for each error in diags that one of a2z's
// bounds caused (tffunc's limits, numbers out of range, loops, template
// text), at the call or expression, once per place (an expression is
// evaluated once per instance). Other evaluation errors stay unreported:
// they are usually values only Terraform's plan knows.
func (s *diagSink) warnLimits(diags hcl.Diagnostics) {
	for _, d := range diags {
		if w, ok := limitWarning(d); ok {
			s.warnOnce(w)
		}
	}
}

// limitWarning is the warning for an evaluation error one of a2z's bounds
// caused; ok is false for any other error.
func limitWarning(d *hcl.Diagnostic) (w parser.Diagnostic, ok bool) {
	summary, detail := limitSummary, ""
	if le := limitError(d); le != nil {
		detail = le.Error() + ". The value is left unknown."
	} else if nd, ok := numberError(d, callError(d)); ok {
		summary, detail = numberSummary, nd
	} else if d.Summary == loopSummary || d.Summary == templateSummary || d.Summary == numberSummary {
		summary, detail = d.Summary, d.Detail
	} else if errors.Is(callError(d), errIterations) {
		summary, detail = loopSummary, fmt.Sprintf("The template this call renders would iterate more than %d times; a2z leaves it unknown.", maxIterations)
	} else {
		return w, false
	}
	r := d.Subject
	if d.Context != nil {
		// The whole call, not just its first argument.
		r = d.Context
	}
	if r == nil {
		return w, false
	}
	return diagAt(parser.SeverityWarning, summary, detail, *r), true
}

// limitError finds the *tffunc.LimitError behind a failed call, looking
// inside templatefile and templatestring, whose errors are the template's
// own diagnostics. For a template, the call reported is the outer one: the
// one in the scanned file.
func limitError(d *hcl.Diagnostic) *tffunc.LimitError {
	extra, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d)
	if !ok {
		return nil
	}
	err := extra.FunctionCallError()
	var le *tffunc.LimitError
	if errors.As(err, &le) {
		return le
	}
	var inner hcl.Diagnostics
	if errors.As(err, &inner) {
		for _, id := range inner {
			if le := limitError(id); le != nil {
				return le
			}
		}
	}
	return nil
}

// callError is the error of the failed function call behind d, if any.
func callError(d *hcl.Diagnostic) error {
	if extra, ok := hcl.DiagnosticExtra[hclsyntax.FunctionCallDiagExtra](d); ok {
		return extra.FunctionCallError()
	}
	return nil
}
