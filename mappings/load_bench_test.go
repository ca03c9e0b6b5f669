package mappings

import (
	"io/fs"
	"testing"
)

// BenchmarkLoadBuiltinData measures what every a2z run pays before it reads
// a file: parsing and checking the embedded knowledge base.
func BenchmarkLoadBuiltinData(b *testing.B) {
	sub, err := fs.Sub(builtinData, "data")
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := load(sub, builtinDir); err != nil {
			b.Fatal(err)
		}
	}
}
