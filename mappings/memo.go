package mappings

import (
	"strconv"
	"strings"
	"sync"

	"github.com/hashicorp/hcl/v2"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

// Evaluating the knowledge base's expressions through hcl and cty is the
// costliest step of mapping (function type checks, diagnostics built for
// every missing attribute a try() skips). But an expression reads only a few
// attributes of self, and across an estate most resources of a type agree on
// them (absent, or one of a few values). So each expression's results are
// memoised, keyed by the source and the encoded values of the attributes it
// reads. The key holds the values themselves, not a hash of them, so a hit is
// always the result evaluation would give.

// Bounds that keep the memo small whatever the input: keys longer than
// maxMemoKey (a policy document, a long list of rules) are evaluated without
// caching, and an expression stops caching after maxMemoEntries results.
const (
	maxMemoKey     = 512
	maxMemoEntries = 4096
)

// exprMemo caches one expression's results.
type exprMemo struct {
	once sync.Once
	// refs are the attributes of self the expression reads; cacheable is
	// false when it reads self some other way (whole, or by a computed key).
	refs      []string
	cacheable bool

	mu      sync.RWMutex
	results map[string]memoResult
}

type memoResult struct {
	v     cty.Value
	diags hcl.Diagnostics
}

// analyse finds the attributes expr reads.
func (m *exprMemo) analyse(expr hcl.Expression) {
	m.refs, m.cacheable = selfRefs(expr)
	if m.cacheable {
		m.results = map[string]memoResult{}
	}
}

// memo returns expr's cache, created on first use.
func (kb *KB) memo(expr hcl.Expression) *exprMemo {
	if m, ok := kb.memos.Load(expr); ok {
		return m.(*exprMemo)
	}
	m, _ := kb.memos.LoadOrStore(expr, &exprMemo{})
	return m.(*exprMemo)
}

// Subject is one resource as the knowledge base's expressions see it. It
// evaluates them with the memo above. A Subject is used by one goroutine.
type Subject struct {
	kb     *KB
	self   cty.Value
	source parser.Source
	ctx    *hcl.EvalContext // made on first evaluation (see context)
	// whole is false when self is not a wholly usable object (unknown,
	// marked), so nothing is cached.
	whole bool
}

// Subject returns the evaluation subject for a resource's attributes.
func (kb *KB) Subject(self cty.Value, source parser.Source) *Subject {
	if self == cty.NilVal || (self.IsKnown() && self.IsNull()) {
		self = cty.EmptyObjectVal // as in EvalContext
	}
	s := &Subject{kb: kb, self: self, source: source}
	s.whole = s.self.IsKnown() && !s.self.IsNull() && s.self.Type().IsObjectType() && !s.self.IsMarked()
	return s
}

// Context is the subject's evaluation context, for callers that evaluate
// expressions outside the knowledge base.
func (s *Subject) Context() *hcl.EvalContext { return s.context() }

// context makes the evaluation context when first needed: a memo hit needs
// none.
func (s *Subject) context() *hcl.EvalContext {
	if s.ctx == nil {
		s.ctx = EvalContext(s.self, s.source)
	}
	return s.ctx
}

// Truth evaluates a condition (see Eval).
func (s *Subject) Truth(expr hcl.Expression) Truth {
	if expr == nil {
		return True
	}
	v, diags := s.Value(expr)
	if diags.HasErrors() {
		return Unknown
	}
	t, _ := truth(v, expr.Range())
	return t
}

// Select is Mapping.Select for this subject.
func (s *Subject) Select(m *Mapping) (chosen *Target, maybe []*Target) {
	return m.selectBy(s.Truth)
}

// Value evaluates expr, from the memo when the same attribute values were
// seen before. A panicking expression is an error diagnostic, as in Eval.
func (s *Subject) Value(expr hcl.Expression) (cty.Value, hcl.Diagnostics) {
	if s.kb == nil || !s.whole {
		return evalSafe(expr, s.context())
	}
	m := s.kb.memo(expr)
	m.once.Do(func() { m.analyse(expr) })
	if !m.cacheable {
		return evalSafe(expr, s.context())
	}
	key, ok := s.key(m.refs)
	if !ok {
		return evalSafe(expr, s.context())
	}
	m.mu.RLock()
	r, hit := m.results[key]
	n := len(m.results)
	m.mu.RUnlock()
	if hit {
		return r.v, r.diags
	}
	v, diags := evalSafe(expr, s.context())
	if n < maxMemoEntries {
		m.mu.Lock()
		m.results[key] = memoResult{v: v, diags: diags}
		m.mu.Unlock()
	}
	return v, diags
}

// evalSafe evaluates expr, turning a panic into an error diagnostic.
func evalSafe(expr hcl.Expression, ctx *hcl.EvalContext) (v cty.Value, diags hcl.Diagnostics) {
	defer func() {
		if r := recover(); r != nil {
			v = cty.DynamicVal
			diags = append(diags, panicDiagnostic(expr, r))
		}
	}()
	return expr.Value(ctx)
}

// Key encodes the source and the values of the named attributes, for
// callers that memoise what they derive from them. ok is false when self is
// not a known object or a value cannot be encoded within the key bound.
func (s *Subject) Key(names []string) (key string, ok bool) {
	if !s.whole {
		return "", false
	}
	return s.key(names)
}

// key encodes the source and the named attributes' values. An absent
// attribute ("-") differs from a null one: can(self.x) tells them apart.
// Each part is self-delimiting, so a zero byte between them is enough.
func (s *Subject) key(names []string) (string, bool) {
	var b strings.Builder
	b.WriteString(string(s.source))
	for _, name := range names {
		b.WriteByte(0)
		if !s.self.Type().HasAttribute(name) {
			b.WriteByte('-')
		} else if !encodeValue(&b, s.self.GetAttr(name)) {
			return "", false
		}
		if b.Len() > maxMemoKey {
			return "", false
		}
	}
	return b.String(), true
}

// encodeValue writes a deterministic encoding of v that tells apart any two
// values an expression could tell apart: types as well as contents. It gives
// up (false) on marked and capsule values and when the encoding grows past
// maxMemoKey.
func encodeValue(b *strings.Builder, v cty.Value) bool {
	if b.Len() > maxMemoKey || v.IsMarked() {
		return false
	}
	ty := v.Type()
	if !v.IsKnown() || v.IsNull() {
		if v.IsKnown() {
			b.WriteString("n(")
		} else {
			b.WriteString("u(")
		}
		b.WriteString(ty.GoString())
		b.WriteByte(')')
		return b.Len() <= maxMemoKey
	}
	switch {
	case ty == cty.String:
		str := v.AsString()
		b.WriteByte('s')
		b.WriteString(strconv.Itoa(len(str)))
		b.WriteByte(':')
		b.WriteString(str)
	case ty == cty.Number:
		b.WriteByte('#')
		// 'p' is exact and far cheaper than the shortest decimal.
		b.WriteString(v.AsBigFloat().Text('p', 0))
		b.WriteByte(';')
	case ty == cty.Bool:
		if v.True() {
			b.WriteString("T")
		} else {
			b.WriteString("F")
		}
	case ty.IsListType(), ty.IsSetType(), ty.IsTupleType(), ty.IsMapType(), ty.IsObjectType():
		// A kind letter and the elements, which carry their own types; an
		// empty collection writes its type, so [] of different types differ.
		switch {
		case ty.IsListType():
			b.WriteByte('L')
		case ty.IsSetType():
			b.WriteByte('S')
		case ty.IsTupleType():
			b.WriteByte('P')
		case ty.IsMapType():
			b.WriteByte('M')
		default:
			b.WriteByte('O')
		}
		if v.LengthInt() == 0 {
			b.WriteString(ty.GoString())
		}
		b.WriteByte('{')
		for it := v.ElementIterator(); it.Next(); {
			k, e := it.Element()
			if ty.IsMapType() || ty.IsObjectType() {
				if !encodeValue(b, k) {
					return false
				}
			}
			if !encodeValue(b, e) {
				return false
			}
		}
		b.WriteByte('}')
	default:
		return false // capsules and anything new: evaluate every time
	}
	return b.Len() <= maxMemoKey
}
