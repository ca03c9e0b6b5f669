package numlimit

import (
	"math/big"
	"strings"
	"testing"

	"github.com/zclconf/go-cty/cty"
)

func TestInRange(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "1": true, "-1e1200": true, "1e-1200": true, "1e300": true,
		"1e1300": false, "-1e1300": false, "1e-1300": false, "1e100000000": false,
	} {
		f, _, err := big.ParseFloat(s, 10, 512, big.ToNearestEven)
		if err != nil {
			t.Fatal(err)
		}
		if got := InRange(f); got != want {
			t.Errorf("InRange(%s) = %v, want %v", s, got, want)
		}
	}
	if !InRange(new(big.Float).SetInf(false)) {
		t.Error("infinity is out of range")
	}
}

func TestValueInRange(t *testing.T) {
	huge := cty.MustParseNumberVal("1e5000")
	for _, c := range []struct {
		v    cty.Value
		want bool
	}{
		{cty.NumberIntVal(3), true},
		{huge, false},
		{cty.StringVal("1e5000"), true}, // a string is not a number
		{cty.ListVal([]cty.Value{cty.NumberIntVal(1), huge}), false},
		{cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("x"), "b": cty.TupleVal([]cty.Value{huge})}), false},
		{cty.ObjectVal(map[string]cty.Value{"a": cty.StringVal("x")}), true},
		{cty.UnknownVal(cty.Number), true},
		{huge.Mark("sensitive"), false},
	} {
		if got := ValueInRange(c.v); got != c.want {
			t.Errorf("ValueInRange(%#v) = %v, want %v", c.v, got, c.want)
		}
	}
}

func TestParse(t *testing.T) {
	v, ok, err := Parse("12.5")
	if err != nil || !ok || !v.RawEquals(cty.MustParseNumberVal("12.5")) {
		t.Errorf("Parse(12.5) = %#v, %v, %v", v, ok, err)
	}
	for _, s := range []string{"1e100000000", "-1e-5000", strings.Repeat("9", MaxDigits+1)} {
		if v, ok, err := Parse(s); ok || err != nil || v.IsKnown() {
			t.Errorf("Parse(%.20s…) = %#v, %v, %v; want unknown, not ok", s, v, ok, err)
		}
	}
	if _, _, err := Parse("1.2.3"); err == nil {
		t.Error("Parse(1.2.3) did not fail")
	}
}

func TestScan(t *testing.T) {
	long := strings.Repeat("1", MaxDigits+1)
	for _, c := range []struct {
		src     string
		long    int
		suspect bool
	}{
		{"a = 1\nb = 2.5e10\n", 0, false},
		{"a = 1\nb = 2.5e1000\n", 0, true},
		{"a = 1.E-1234", 0, true},
		{"ami = \"ami-0e12345678\"", 0, true}, // coarse: SuspectText decides
		{"name = \"e12345\"", 0, false},       // no digit before the e
		{"a = " + strings.Repeat("2", 1001), 0, true},
		{"a = 1\n\nb = " + long + "\n", 3, true},
	} {
		l, s := Scan(c.src)
		if l != c.long || s != c.suspect {
			t.Errorf("Scan(%.40q) = %d, %v; want %d, %v", c.src, l, s, c.long, c.suspect)
		}
		if lb, sb := Scan([]byte(c.src)); lb != l || sb != s {
			t.Errorf("Scan of bytes and of a string differ on %.40q", c.src)
		}
	}
}

func TestSuspectText(t *testing.T) {
	for s, want := range map[string]bool{
		"${1e100000000}x":                true,
		"v 1e5000":                       true,
		"1E-5000":                        true,
		"ami-1e12345678":                 false, // inside a word
		"i-0abc1e99999":                  false,
		"${1e1000}":                      false, // in range
		"0e99999":                        false, // zero
		"plain text":                     false,
		strings.Repeat("8", MaxDigits+1): true,
	} {
		if got := SuspectText(s); got != want {
			t.Errorf("SuspectText(%.30q) = %v, want %v", s, got, want)
		}
	}
}

// BenchmarkScan measures Scan on configuration text: it runs on every file
// a scan parses.
func BenchmarkScan(b *testing.B) {
	src := []byte(strings.Repeat("resource \"aws_instance\" \"web\" {\n  ami = \"ami-0123456789abcdef0\"\n  count = 3\n  tags = { Name = \"web-${count.index}\", Port = 8080 }\n}\n", 5000))
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Scan(src)
	}
}

// FuzzNumerals checks, on any text, that Scan never misses what
// SuspectText finds (SuspectText looks closer only where Scan points), that
// Scan reads strings and bytes alike, and that Parse never returns a known
// number out of range.
func FuzzNumerals(f *testing.F) {
	for _, s := range []string{"1e5000", "x = 1.5E-1234\n", "ami-1e12345678", "${1e100000000}x", "0e99999", strings.Repeat("9", 1200), "1e+", ".e5"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		long, suspect := Scan(s)
		if lb, sb := Scan([]byte(s)); lb != long || sb != suspect {
			t.Fatalf("Scan of %q: string %d %v, bytes %d %v", s, long, suspect, lb, sb)
		}
		if SuspectText(s) && !suspect {
			t.Fatalf("SuspectText(%q) but Scan does not suspect it", s)
		}
		if v, ok, err := Parse(s); err == nil && ok && !ValueInRange(v) {
			t.Fatalf("Parse(%q) = %#v, out of range", s, v)
		}
	})
}
