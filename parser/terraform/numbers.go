package terraform

import (
	"fmt"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/parser"
)

// Numbers out of range (see numlimit) are left unknown where they enter an
// evaluation, with a warning at the place that wrote them: literals here,
// arithmetic and functions by tffunc's guards, variables once converted.
const numberSummary = "Number out of range"

func numberDiag(r hcl.Range) parser.Diagnostic {
	return diagAt(parser.SeverityWarning, numberSummary, "This is "+numlimit.Message+".", r)
}

// longNumeral is the diagnostic for a source holding a numeral of more
// than numlimit.MaxDigits digits at line.
func longNumeral(name string, line int, consequence string) *parser.Diagnostic {
	p := parser.Pos{Line: line, Column: 1}
	return &parser.Diagnostic{
		Severity: parser.SeverityError,
		Summary:  "Number too long",
		Detail: fmt.Sprintf("A run of more than %d digits starts on this line; a2z does not parse numbers that long, and %s.",
			numlimit.MaxDigits, consequence),
		Range: parser.Range{File: name, Start: p, End: p},
	}
}

// boundLiterals makes unknown the number literals under n that are out of
// range, and returns a warning for each.
func boundLiterals(n hclsyntax.Node) []parser.Diagnostic {
	var out []parser.Diagnostic
	_ = hclsyntax.VisitAll(n, func(n hclsyntax.Node) hcl.Diagnostics {
		lit, ok := n.(*hclsyntax.LiteralValueExpr)
		if !ok || lit.Val.Type() != cty.Number || numlimit.ValueInRange(lit.Val) {
			return nil
		}
		lit.Val = cty.UnknownVal(cty.Number)
		out = append(out, numberDiag(lit.SrcRange))
		return nil
	})
	return out
}

// warnOnce adds d unless the same warning is there already: an expression
// is evaluated once per instance.
func (s *diagSink) warnOnce(d parser.Diagnostic) {
	k := warnKey{d.Summary, d.Range}
	if s.warned[k] {
		return
	}
	if s.warned == nil {
		s.warned = map[warnKey]bool{}
	}
	s.warned[k] = true
	s.diags = append(s.diags, d)
}

type warnKey struct {
	summary string
	at      parser.Range
}

// numberError recognises an evaluation error that numlimit caused: a
// function call or an operation. It returns the warning's detail.
func numberError(d *hcl.Diagnostic, callErr error) (string, bool) {
	if callErr != nil {
		return "An argument or the result of this call is " + numlimit.Message + ".", strings.Contains(callErr.Error(), numlimit.Message)
	}
	if d.Summary == "Operation failed" && strings.Contains(d.Detail, numlimit.Message) {
		return "An operand or the result of this operation is " + numlimit.Message + ".", true
	}
	return "", false
}

// checkedKey is the key of an index expression (coll[key]): hcl converts a
// string key to a number for a list or tuple, and a string of a million
// digits would take minutes to convert, so such a key fails here first.
type checkedKey struct {
	*hclsyntax.ParenthesesExpr
}

func (k checkedKey) Value(ctx *hcl.EvalContext) (cty.Value, hcl.Diagnostics) {
	v, diags := k.Expression.Value(ctx)
	if numlimit.LongNumeralString(v) {
		return exceeded(diags, k.Range(), numberSummary, "This key is "+numlimit.Message+".")
	}
	return v, diags
}
