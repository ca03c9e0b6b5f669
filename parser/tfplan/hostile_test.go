package tfplan_test

import (
	"context"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/a2z/a2z/parser/tfplan"
)

// Large or hostile plans are read in time roughly linear in their size.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	res := `{"address":"aws_sqs_queue.q","mode":"managed","type":"aws_sqs_queue","name":"q","values":`
	tests := map[string]string{
		"repeated keys": `{"format_version":"1.2","planned_values":{"root_module":{"resources":[` + res +
			`{` + strings.Repeat(`"k":1,`, 500000) + `"k":2}}]}}}`,
		"many keys": `{"format_version":"1.2","planned_values":{"root_module":{"resources":[` + res +
			`{` + strings.Repeat(`"k":1,`, 1) + manyKeys(300000) + `}}]}}}`,
		"deep values": `{"format_version":"1.2","planned_values":{"root_module":{"resources":[` + res +
			`{"x":` + strings.Repeat("[", 990) + strings.Repeat("]", 990) + `}}]}}}`,
		"many resources": `{"format_version":"1.2","planned_values":{"root_module":{"resources":[` +
			strings.TrimSuffix(strings.Repeat(res+`{}},`, 100000), ",") + `]}}}`,
		"deep modules": `{"format_version":"1.2","planned_values":{"root_module":` +
			strings.Repeat(`{"address":"module.a","child_modules":[`, 400) + strings.Repeat("]}", 400) + `}}`,
	}
	for name, src := range tests {
		start := time.Now()
		p := tfplan.Parse(context.Background(), fstest.MapFS{}, "plan.json", []byte(src))
		if d := time.Since(start); d > 10*time.Second {
			t.Errorf("%s: %v", name, d)
		}
		for _, d := range p.Diagnostics {
			if strings.Contains(d.Summary, "Internal error") {
				t.Errorf("%s: %s", name, d.Detail)
			}
		}
	}
}

func manyKeys(n int) string {
	var b strings.Builder
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"k`)
		b.WriteString(strings.Repeat("x", i%7))
		b.WriteString(string(rune('a' + i%26)))
		b.WriteString(`":1`)
	}
	return b.String()
}
