package mappings

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// pendingFile lists the reference types not classified yet, one per line
// ("resource aws_x", "data aws_x", "cloudformation AWS::X::Y"). It may only
// shrink: the test fails for a reference type that is neither classified nor
// pending, and for a pending type that has since been classified.
var pendingFile = filepath.Join("testdata", "unclassified.txt")

func TestEveryReferenceTypeClassified(t *testing.T) {
	kb := builtin(t)
	pending := map[string]bool{}
	if f, err := os.Open(pendingFile); err == nil {
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			if line := strings.TrimSpace(sc.Text()); line != "" && !strings.HasPrefix(line, "#") {
				pending[line] = true
			}
		}
		_ = f.Close()
	}
	var missing, stale []string
	check := func(kind string, types []RefType, lookup func(string) *Mapping) {
		for _, r := range types {
			key := kind + " " + r.Type
			switch classified := lookup(r.Type) != nil; {
			case !classified && !pending[key]:
				missing = append(missing, key)
			case classified && pending[key]:
				stale = append(stale, key)
			}
			delete(pending, key)
		}
	}
	ref := LoadReference()
	check("resource", ref.AWSResources, kb.Resource)
	check("data", ref.AWSDataSources, kb.Data)
	check("cloudformation", ref.CloudFormation, kb.CloudFormation)
	if len(missing) > 0 {
		t.Errorf("%d reference types are not classified (add entries to mappings/data):\n  %s", len(missing), strings.Join(missing, "\n  "))
	}
	if len(stale) > 0 {
		t.Errorf("%d types in %s are classified now; remove them from the list:\n  %s", len(stale), pendingFile, strings.Join(stale, "\n  "))
	}
	if len(pending) > 0 {
		left := make([]string, 0, len(pending))
		for k := range pending {
			left = append(left, k)
		}
		slices.Sort(left)
		t.Errorf("%s names types that are not in the reference lists:\n  %s", pendingFile, strings.Join(left, "\n  "))
	}
}
