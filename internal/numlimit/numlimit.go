// Package numlimit bounds the numbers a scan evaluates. cty numbers are
// arbitrary-precision: 1e100000000 is eleven bytes of source, parses at
// once, and then takes hours and gigabytes to turn into its hundred million
// decimal digits, which any template, format() or jsonencode() does.
// Parsing a numeral is also quadratic in its digits. So numbers whose
// magnitude is beyond ±2^MaxExp (or, but for zero, below 2^-MaxExp), and
// numerals of more than MaxDigits digits, are left unknown wherever a scan
// creates numbers: literals, arithmetic, conversions from strings and the
// functions that return numbers. Real configurations stay far inside: the
// providers' numbers are 64-bit.
package numlimit

import (
	"errors"
	"fmt"
	"math/big"

	"github.com/zclconf/go-cty/cty"
)

const (
	// MaxExp bounds the binary exponent of a number: 2^4096 is about
	// 10^1233, which formats in about a microsecond.
	MaxExp = 4096
	// MaxDigits bounds the digits of a numeral a2z parses.
	MaxDigits = 10_000
)

// ErrOutOfRange is the error of an operation or function whose operand or
// result is out of range (see tffunc.Guard).
var ErrOutOfRange = errors.New(Message)

// Message says why a number was left unknown, for diagnostics and errors.
var Message = fmt.Sprintf("a number beyond ±2^%d (about 10^1233) or written with more than %d digits; a2z leaves it unknown", MaxExp, MaxDigits)

// InRange reports whether f is zero, infinite or of a magnitude between
// 2^-MaxExp and 2^MaxExp.
func InRange(f *big.Float) bool {
	if f == nil || f.IsInf() || f.Sign() == 0 {
		return true
	}
	e := f.MantExp(nil)
	return e >= -MaxExp && e <= MaxExp
}

// ValueInRange reports whether every known number in v is in range. It
// walks the whole value: call it where the value was just built element by
// element (a conversion, a decoded document), which costs as much.
func ValueInRange(v cty.Value) bool {
	return !anyLeaf(v, hasNumbers, func(l cty.Value) bool {
		return l.Type() == cty.Number && !InRange(l.AsBigFloat())
	})
}

// HasLongNumeral reports whether a string in v (at any depth) holds a run
// of more than MaxDigits digits: converting it to a number would take
// minutes.
func HasLongNumeral(v cty.Value) bool {
	return anyLeaf(v, nil, func(l cty.Value) bool {
		if l.Type() != cty.String {
			return false
		}
		long, _ := Scan(l.AsString())
		return long > 0
	})
}

// LongNumeralString reports whether v is a known string with a run of more
// than MaxDigits digits.
func LongNumeralString(v cty.Value) bool {
	v, _ = v.Unmark()
	if v.Type() != cty.String || !v.IsKnown() || v.IsNull() {
		return false
	}
	long, _ := Scan(v.AsString())
	return long > 0
}

// SuspectStrings reports whether a string in v holds a numeral out of
// bounds (SuspectText).
func SuspectStrings(v cty.Value) bool {
	return anyLeaf(v, nil, func(l cty.Value) bool { return l.Type() == cty.String && SuspectText(l.AsString()) })
}

// anyLeaf reports whether pred holds for a known, non-null primitive value
// in v, at any depth; when within is set, only the structures of a type it
// accepts are entered.
func anyLeaf(v cty.Value, within func(cty.Type) bool, pred func(cty.Value) bool) bool {
	v, _ = v.UnmarkDeep()
	if !v.IsKnown() || v.IsNull() {
		return false
	}
	ty := v.Type()
	switch {
	case ty.IsPrimitiveType():
		return pred(v)
	case ty.IsCollectionType() || ty.IsTupleType() || ty.IsObjectType():
		if within != nil && !within(ty) {
			return false
		}
		for it := v.ElementIterator(); it.Next(); {
			if _, e := it.Element(); anyLeaf(e, within, pred) {
				return true
			}
		}
	}
	return false
}

// hasNumbers reports whether values of ty hold numbers. A known value
// has no part of dynamic type but unknowns and nulls.
func hasNumbers(ty cty.Type) bool {
	switch {
	case ty == cty.Number:
		return true
	case ty.IsPrimitiveType():
		return false
	case ty.IsCollectionType():
		return hasNumbers(ty.ElementType())
	case ty.IsTupleType():
		for _, e := range ty.TupleElementTypes() {
			if hasNumbers(e) {
				return true
			}
		}
	case ty.IsObjectType():
		for _, e := range ty.AttributeTypes() {
			if hasNumbers(e) {
				return true
			}
		}
	case ty.IsCapsuleType():
		return false
	}
	return false
}

// HasNumbers reports whether type ty names numbers (any is not counted), so
// that a conversion to ty may have made some from strings.
func HasNumbers(ty cty.Type) bool { return hasNumbers(ty) }

// Parse is cty.ParseNumberVal for untrusted text: ok is false, without
// parsing, for a numeral of more than MaxDigits digits, and for a number out
// of range.
func Parse(s string) (v cty.Value, ok bool, err error) {
	if digits(s) > MaxDigits {
		return cty.UnknownVal(cty.Number), false, nil
	}
	v, err = cty.ParseNumberVal(s)
	if err != nil {
		return v, true, err
	}
	if !InRange(v.AsBigFloat()) {
		return cty.UnknownVal(cty.Number), false, nil
	}
	return v, true, nil
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			n++
		}
	}
	return n
}

// Scan reads a source for numerals that may be out of bounds: long is the
// line (from 1) of the first run of more than MaxDigits digits, or 0, and
// suspect is whether some numeral may be out of range (an exponent of four
// or more digits, or a run of more than a thousand digits). Digits in
// strings and comments count too: Scan only says where to look closer.
func Scan[T string | []byte](src T) (long int, suspect bool) {
	line := 1
	for i := 0; i < len(src); {
		c := src[i]
		if c < '0' || c > '9' {
			if c == '\n' {
				line++
			}
			i++
			continue
		}
		j := i + 1
		for j < len(src) && src[j] >= '0' && src[j] <= '9' {
			j++
		}
		switch run := j - i; {
		case run > MaxDigits:
			if long == 0 {
				long = line
			}
			suspect = true
		case run > 1000, run >= 4 && exponentAt(src, i):
			suspect = true
		}
		i = j
	}
	return long, suspect
}

// exponentAt reports whether the digits at src[i:] are an exponent: after
// e or E (and a sign) that follow a digit or a point.
func exponentAt[T string | []byte](src T, i int) bool {
	k := i - 1
	if k >= 0 && (src[k] == '+' || src[k] == '-') {
		k--
	}
	if k < 1 || src[k] != 'e' && src[k] != 'E' {
		return false
	}
	p := src[k-1]
	return p >= '0' && p <= '9' || p == '.'
}

// SuspectText reports whether text holds a numeral that is out of bounds:
// a run of digits, optionally with a fraction and an exponent, that starts
// a word. It is for text that is not yet parsed (a template, a JSON
// string): ami-1e12345678 is not a numeral there, but in "v 1e5000" the
// last word is treated as one.
func SuspectText(text string) bool {
	if _, suspect := Scan(text); !suspect {
		return false
	}
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c < '0' || c > '9' || i > 0 && wordByte(text[i-1]) {
			continue
		}
		j := i
		for j < len(text) && (text[j] >= '0' && text[j] <= '9' || text[j] == '.') {
			j++
		}
		if j < len(text) && (text[j] == 'e' || text[j] == 'E') {
			k := j + 1
			if k < len(text) && (text[k] == '+' || text[k] == '-') {
				k++
			}
			e := k
			for e < len(text) && text[e] >= '0' && text[e] <= '9' {
				e++
			}
			if e > k {
				j = e
			}
		}
		if _, ok, err := Parse(text[i:j]); err == nil && !ok {
			return true
		}
		i = j
	}
	return false
}

func wordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.'
}
