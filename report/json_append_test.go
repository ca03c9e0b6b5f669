package report

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestJSONAppendMatchesEncoder checks the hand-written element encoders
// against json.Encoder (SetEscapeHTML(false), indented as report elements
// are) on elements with every optional field set or not, and strings with
// what JSON must escape: quotes, backslashes, control characters, invalid
// UTF-8, U+2028 and U+2029, and the <, > and & this report leaves alone.
func TestJSONAppendMatchesEncoder(t *testing.T) {
	tricky := []string{"", "plain", `q"uote`, `back\slash`, "tab\tnl\ncr\rbs\bff\f", "\x00\x01\x1f\x7f",
		"<a href='x'>&amp;</a>", "caf\u00e9 \u2028 \u2029 \U0001F600", "bad \xff\xfe utf8 \xe2\x82", "é\xc3"}
	rng := rand.New(rand.NewPCG(7, 8))
	str := func() string {
		if rng.IntN(3) == 0 {
			return tricky[rng.IntN(len(tricky))]
		}
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteByte(byte(rng.IntN(256)))
		}
		return b.String()
	}
	maybe := func(s string) string {
		if rng.IntN(2) == 0 {
			return ""
		}
		return s
	}
	encode := func(v any) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		enc.SetIndent("    ", "  ")
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	for i := range 2000 {
		r := jsonResource{Source: str(), File: str(), Line: rng.IntN(1000), Column: rng.IntN(100), Address: str(), Type: str(),
			Name: maybe(str()), Root: maybe(str()), Unexpanded: maybe(str()), Repository: maybe(str()),
			Mapping: jsonMapping{ID: str(), Status: str(), AzureService: str(), AzureLocation: str()}}
		for range rng.IntN(3) {
			r.CalledFrom = append(r.CalledFrom, jsonPosition{File: str(), Line: rng.IntN(50), Column: rng.IntN(9)})
		}
		if i%3 == 0 {
			r.CalledFrom = []jsonPosition{} // empty, not nil: still left out
		}
		if rng.IntN(2) == 0 {
			r.Condition = &jsonCondition{Name: str(), Value: str()}
		}
		switch i % 3 {
		case 0:
			r.Mapping.AzureTerraform, r.Mapping.AzureARM, r.Mapping.Translations = nil, nil, nil
		case 1:
			r.Mapping.AzureTerraform, r.Mapping.AzureARM, r.Mapping.Translations = []string{}, []string{}, []jsonTranslation{}
		default:
			for range 1 + rng.IntN(3) {
				r.Mapping.AzureTerraform = append(r.Mapping.AzureTerraform, str())
				r.Mapping.AzureARM = append(r.Mapping.AzureARM, str())
				r.Mapping.Translations = append(r.Mapping.Translations, jsonTranslation{Name: str(), From: str(), To: str(), Note: str()})
			}
		}
		if got, want := string(appendResourceJSON(nil, &r, "    ")), encode(r); got != want {
			t.Fatalf("resource %d:\n%s\nwant\n%s", i, got, want)
		}

		f := jsonFinding{Rule: str(), Severity: str(), Message: str(), File: str(), Line: rng.IntN(99), Column: rng.IntN(9),
			Root: maybe(str()), Address: str(), Link: str(), Repository: maybe(str())}
		if rng.IntN(2) == 0 {
			f.Suppression = &jsonSuppression{Kind: str(), Reason: maybe(str()), Until: maybe(str())}
		}
		if got, want := string(appendFindingJSON(nil, &f, "    ")), encode(f); got != want {
			t.Fatalf("finding %d:\n%s\nwant\n%s", i, got, want)
		}

		d := jsonDiagnostic{Severity: str(), Message: str(), File: str(), Line: rng.IntN(99), Repository: maybe(str())}
		if got, want := string(appendDiagnosticJSON(nil, &d, "    ")), encode(d); got != want {
			t.Fatalf("diagnostic %d:\n%s\nwant\n%s", i, got, want)
		}
	}
}
