package cloudformation_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/parser/cloudformation"
)

// FuzzParse checks that no input makes Parse panic (Parse turns a panic into
// an "internal error" diagnostic, which counts as a failure here), that
// everything it returns is placed inside the file, and that it is
// deterministic. Run it with: go test -fuzz FuzzParse ./parser/cloudformation/
func FuzzParse(f *testing.F) {
	seeds := []string{
		yamlTemplate, jsonTemplate, jsonFallbackTemplate, jsonTabsTemplate,
		"Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      L: &l [a, *l]\n      M: &m {<<: *m}\n",
		"Resources:\n  A:\n    Type: AWS::S3::Bucket\n    Properties:\n      V: !GetAtt A.B.C\n      W: !Sub |\n        x\n",
		"AWSTemplateFormatVersion: 2010-09-09\nResources:\n  A: {Type: AWS::S3::Bucket, Properties: !If [c, {}, !Ref AWS::NoValue]}\n---\nx",
		"Resources:\n  Fn::ForEach::L:\n    - X\n    - [a]\n    - R${X}: {Type: AWS::SNS::Topic}\n",
		`{"Resources": {"A": {"Type": "AWS::S3::Bucket", "Properties": {"N": "\ud83d\ude00\/"}}}}`,
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	for _, sub := range []string{"good", "bad"} {
		root := filepath.Join(corpusDir, sub)
		_ = filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if data, err := os.ReadFile(p); err == nil {
					f.Add(data)
				}
			}
			return nil
		})
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		p, ok := cloudformation.Parse(context.Background(), "f.yaml", data, cloudformation.Options{})
		if !ok && (len(p.Resources) > 0 || len(p.Diagnostics) > 0) {
			t.Fatalf("not a template, yet %d resources and %v", len(p.Resources), p.Diagnostics)
		}
		for _, d := range p.Diagnostics {
			if strings.Contains(d.Summary, "internal error") {
				t.Fatalf("panic: %s", d.Summary)
			}
		}
		checkPlaces(t, "f.yaml", data, p)
		again, _ := cloudformation.Parse(context.Background(), "f.yaml", data, cloudformation.Options{})
		if diff := cmp.Diff(p, again, ctyEqual); diff != "" {
			t.Fatalf("not deterministic:\n%s", diff)
		}
	})
}
