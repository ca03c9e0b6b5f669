package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/a2z/a2z/mappings"
)

// coverage --missing names the unclassified types under their group, and
// the totals count them as not classified.
func TestCoverageTextMissing(t *testing.T) {
	groups := []mappings.CoverageGroup{
		{Kind: mappings.CoverageTerraform, Group: "SQS (Simple Queue)", Total: 3,
			ByStatus: map[string]int{"direct": 2}, Missing: []string{"aws_sqs_new_thing"}},
		{Kind: mappings.CoverageCloudFormation, Group: "AWS::SQS", Total: 1, ByStatus: map[string]int{"direct": 1}},
	}
	var w bytes.Buffer
	writeCoverageText(&w, groups, true)
	out := w.String()
	for _, want := range []string{
		"Terraform resources: 2 of 3 classified (66.7%)",
		"  SQS (Simple Queue)",
		"      missing: aws_sqs_new_thing\n",
		"Total: 3 of 4 reference types classified (75.0%)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("coverage text lacks %q:\n%s", want, out)
		}
	}
	w.Reset()
	writeCoverageText(&w, groups, false)
	if strings.Contains(w.String(), "missing:") {
		t.Errorf("without --missing the text lists missing types:\n%s", w.String())
	}
}
