package cloudformation

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

// sameTree reports the first difference between two node trees read from the
// same JSON text, positions included; "" when they agree.
func sameTree(a, b *yaml.Node, path string) string {
	if a.Kind != b.Kind || a.Line != b.Line || a.Column != b.Column || len(a.Content) != len(b.Content) {
		return fmt.Sprintf("%s: kind %v/%v at %d:%d/%d:%d with %d/%d children",
			path, a.Kind, b.Kind, a.Line, a.Column, b.Line, b.Column, len(a.Content), len(b.Content))
	}
	if a.Kind == yaml.ScalarNode {
		// yaml.v3 reads 1e400 as a string and JSON as a number; the text agrees.
		if a.Value != b.Value || (a.Tag == "!!str") != (b.Tag == "!!str") && a.Tag != "!!float" && b.Tag != "!!float" {
			return fmt.Sprintf("%s: %s %q / %s %q", path, a.Tag, a.Value, b.Tag, b.Value)
		}
	}
	for i := range a.Content {
		if d := sameTree(a.Content[i], b.Content[i], fmt.Sprintf("%s/%d", path, i)); d != "" {
			return d
		}
	}
	return ""
}

// bigJSON is a large template written with tabs, unicode escapes, raw
// non-ASCII text and numbers of every form.
func bigJSON(resources int) string {
	var b strings.Builder
	b.WriteString("{\n\t\"AWSTemplateFormatVersion\": \"2010-09-09\",\n\t\"Description\": \"caf\\u00e9 \\u4e2d \\\"q\\\" \\t tab — naïve\",\n\t\"Resources\": {\n")
	for i := range resources {
		if i > 0 {
			b.WriteString(",\n")
		}
		fmt.Fprintf(&b, "\t\t\"Queue%d\": {\n\t\t\t\"Type\": \"AWS::SQS::Queue\",\n\t\t\t\"Properties\": {\"QueueName\": {\"Fn::Sub\": \"${AWS::StackName}-é%d\"},"+
			" \"DelaySeconds\": %d, \"Ratio\": -0.5e-3, \"Fifo\": true, \"Dlq\": null, \"Tags\": [{\"Key\": \"k\", \"Value\": \"\\u00fcber\"}]}\n\t\t}", i, i, i%900)
	}
	b.WriteString("\n\t}\n}\n")
	return b.String()
}

// TestJSONThroughYAML checks the premise that lets JSON templates go through
// yaml.v3: where both readers accept a file, they build the same tree with
// the same positions. It covers the JSON files of the corpus when present.
func TestJSONThroughYAML(t *testing.T) {
	inputs := map[string][]byte{
		"big.json":      []byte(bigJSON(3000)),
		"minified.json": []byte(`{"Resources":{"A":{"Type":"AWS::S3::Bucket","Properties":{"N":"\u00e9","L":[1,2.5,-3e2,true,null,{}]}}}}`),
		"crlf.json":     []byte("{\r\n  \"Resources\": {\r\n    \"A\": {\"Type\": \"AWS::S3::Bucket\"}\r\n  }\r\n}\r\n"),
		"bom.json":      []byte("\ufeff{\"Resources\": {\"A\": {\"Type\": \"AWS::S3::Bucket\"}}}"),
	}
	corpus := "../../../shared/corpus/cloudformation/cfn-lint"
	_ = filepath.WalkDir(corpus, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".json") {
			if data, err := os.ReadFile(p); err == nil {
				inputs[p] = data
			}
		}
		return nil
	})
	compared := 0
	for name, data := range inputs {
		src := newSource(name, data)
		var doc yaml.Node
		if err := yaml.Unmarshal(data, &doc); err != nil {
			continue // the fallback's own job; covered by TestRanges
		}
		fromJSON, err := readJSON(src)
		if err != nil {
			continue // not valid JSON (trailing commas and the like)
		}
		compared++
		if d := sameTree(doc.Content[0], fromJSON, ""); d != "" {
			t.Errorf("%s: yaml.v3 and encoding/json disagree at %s", name, d)
		}
	}
	if compared < 4 {
		t.Errorf("compared only %d inputs", compared)
	}
}
