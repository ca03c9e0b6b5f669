package rules

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortStableMatchesStdlib checks sortStable against slices.SortStableFunc
// on random slices with many equal keys, where stability shows.
func TestSortStableMatchesStdlib(t *testing.T) {
	type item struct{ key, order int }
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 200 {
		s := make([]item, n)
		for i := range s {
			s[i] = item{key: rng.IntN(1 + n/4), order: i}
		}
		want := slices.Clone(s)
		slices.SortStableFunc(want, func(a, b item) int { return cmp.Compare(a.key, b.key) })
		sortStable(s, func(a, b *item) int { return cmp.Compare(a.key, b.key) })
		if !slices.Equal(s, want) {
			t.Fatalf("n=%d: got %v, want %v", n, s, want)
		}
	}
}
