package mappings

import (
	"bufio"
	"bytes"
	_ "embed"
	"strings"
	"sync"
)

// regionsTSV maps every AWS region to the Azure location a2z suggests: the
// nearest general-purpose region, preferring one with availability zones and
// the same country. Authored here from the reference region lists.
//
//go:embed regions.tsv
var regionsTSV []byte

// Location is the Azure location suggested for an AWS region. Name is empty
// when no public Azure location corresponds (China, GovCloud, isolated
// partitions); Note then says what to do instead.
type Location struct {
	Name string
	Note string
}

var regionTable = sync.OnceValue(func() map[string]Location {
	out := map[string]Location{}
	sc := bufio.NewScanner(bytes.NewReader(regionsTSV))
	sc.Scan() // header
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) == 3 {
			out[f[0]] = Location{Name: f[1], Note: f[2]}
		}
	}
	return out
})

// AzureLocation translates an AWS region code; ok is false for a region
// a2z does not know.
func AzureLocation(awsRegion string) (loc Location, ok bool) {
	loc, ok = regionTable()[awsRegion]
	return loc, ok
}
