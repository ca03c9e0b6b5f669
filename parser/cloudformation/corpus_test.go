package cloudformation_test

import (
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/parser/cloudformation"
)

// corpusDir holds cfn-lint's test templates: good/ must read cleanly; bad/,
// quickstart/ and public/ must at least read without panics and with every
// diagnostic placed.
const corpusDir = "../../../shared/corpus/cloudformation/cfn-lint"

// corpusFiles lists the template-like files under corpusDir/sub, as slash
// paths relative to corpusDir.
func corpusFiles(t testing.TB, sub string) []string {
	t.Helper()
	root := filepath.Join(corpusDir, sub)
	if _, err := os.Stat(root); err != nil {
		t.Skipf("corpus %s not present (%v); it lives outside the repository, in ../shared/corpus", root, err)
	}
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		switch path.Ext(p) {
		case ".yaml", ".yml", ".json", ".template":
			rel, err := filepath.Rel(corpusDir, p)
			files = append(files, filepath.ToSlash(rel))
			return err
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// independentCount reads a template with plain decoders, not the parser under
// test: whether it is a template, and how many resources its Resources
// section declares (a Fn::ForEach loop counts the templates inside it).
// A type counts as CloudFormation's when it starts with AWS::, Custom:: or
// Alexa::, or has the three or four parts of a registry type or module.
func independentCount(t *testing.T, name string, data []byte) (isTemplate bool, count int) {
	t.Helper()
	var top map[string]any
	var err error
	if strings.HasSuffix(name, ".json") {
		err = json.Unmarshal(data, &top)
	} else {
		var doc struct {
			Version   any            `yaml:"AWSTemplateFormatVersion"`
			Resources map[string]any `yaml:"Resources"`
		}
		err = yaml.Unmarshal(data, &doc)
		top = map[string]any{"Resources": doc.Resources}
		if doc.Version != nil {
			top["AWSTemplateFormatVersion"] = doc.Version
		}
	}
	if err != nil {
		t.Fatalf("%s: independent decode: %v", name, err)
	}
	resources, _ := top["Resources"].(map[string]any)
	_, isTemplate = top["AWSTemplateFormatVersion"]
	for _, v := range resources {
		body, _ := v.(map[string]any)
		typ, _ := body["Type"].(string)
		for _, p := range []string{"AWS::", "Custom::", "Alexa::"} {
			isTemplate = isTemplate || strings.HasPrefix(typ, p)
		}
		if parts := strings.Split(typ, "::"); len(parts) == 3 || len(parts) == 4 {
			isTemplate = isTemplate || !slices.Contains(parts, "")
		}
	}
	return isTemplate, countEntries(resources)
}

func countEntries(m map[string]any) int {
	n := 0
	for k, v := range m {
		if strings.HasPrefix(k, "Fn::ForEach::") {
			if loop, ok := v.([]any); ok && len(loop) == 3 {
				inner, _ := loop[2].(map[string]any)
				n += countEntries(inner)
			}
			continue
		}
		n++
	}
	return n
}

// checkPlaces asserts what must hold for any input: every diagnostic is in
// the file at a line, every range lies inside the file, and each TypeRange
// covers the type as written.
func checkPlaces(t *testing.T, name string, data []byte, p parser.Parsed) {
	t.Helper()
	for _, d := range p.Diagnostics {
		if d.Range.File != name || d.Range.Start.Line < 1 || d.Range.Start.Column < 1 {
			t.Errorf("%s: diagnostic without a place: %+v", name, d)
		}
	}
	inFile := func(r parser.Range) bool {
		return r.File == name && r.Start.Line >= 1 && r.Start.Byte <= r.End.Byte && r.End.Byte <= len(data) &&
			(r.Start.Line < r.End.Line || r.Start.Line == r.End.Line && r.Start.Column <= r.End.Column)
	}
	for _, r := range p.Resources {
		if !inFile(r.Range) || !inFile(r.TypeRange) {
			t.Errorf("%s: %s: bad ranges %+v / %+v", name, r.Name, r.Range, r.TypeRange)
			continue
		}
		if isSAMGenerated(r) { // typed by SAM, placed at the event they come from
			for attr, ar := range r.AttrRanges {
				if !inFile(ar) {
					t.Errorf("%s: %s.%s: bad range %+v", name, r.Name, attr, ar)
				}
			}
			continue
		}
		// The text is the type itself unless it is written with escapes,
		// folded over lines, reached through an alias or not UTF-8 (yaml.v3
		// reads invalid bytes as U+FFFD).
		got := string(data[r.TypeRange.Start.Byte:r.TypeRange.End.Byte])
		if strings.HasPrefix(got, "*") || strings.ContainsAny(got, "\\\n\r") || strings.Contains(got, "''") || !utf8.ValidString(got) {
			continue
		}
		unquoted := got
		if len(got) >= 2 && (got[0] == '"' || got[0] == '\'') && got[len(got)-1] == got[0] {
			unquoted = got[1 : len(got)-1]
		}
		if got != r.Type && unquoted != r.Type {
			t.Errorf("%s: %s: TypeRange covers %q, want %q", name, r.Name, got, r.Type)
		}
		if !strings.Contains(string(data[r.Range.Start.Byte:r.Range.End.Byte]), got) {
			t.Errorf("%s: %s: Range %v..%v does not contain its type", name, r.Name, r.Range.Start, r.Range.End)
		}
		for attr, ar := range r.AttrRanges {
			if !inFile(ar) {
				t.Errorf("%s: %s.%s: bad range %+v", name, r.Name, attr, ar)
			}
		}
	}
}

func TestCorpusGood(t *testing.T) {
	files := corpusFiles(t, "good")
	templates, resources := 0, 0
	for _, name := range files {
		data, err := os.ReadFile(filepath.Join(corpusDir, filepath.FromSlash(name)))
		if err != nil {
			t.Fatal(err)
		}
		p, ok := cloudformation.Parse(context.Background(), name, data, cloudformation.Options{})
		wantTemplate, wantCount := independentCount(t, name, data)
		if ok != wantTemplate {
			t.Errorf("%s: isTemplate = %v, independent reading says %v", name, ok, wantTemplate)
		}
		if !ok {
			continue
		}
		templates++
		resources += len(p.Resources)
		for _, d := range p.Diagnostics {
			if d.Severity == parser.SeverityError {
				t.Errorf("%s: %s: %s", name, d.Range, d.Message())
			}
		}
		// SAM templates also yield what the transform generates (sam.go).
		if n := len(p.Resources) - samGenerated(p); n != wantCount {
			t.Errorf("%s: %d resources, the Resources section has %d", name, n, wantCount)
		}
		checkPlaces(t, name, data, p)
	}
	t.Logf("good: %d files, %d templates, %d resources", len(files), templates, resources)
}

func TestCorpusOthers(t *testing.T) {
	for _, sub := range []string{"bad", "quickstart", "public"} {
		t.Run(sub, func(t *testing.T) {
			files := corpusFiles(t, sub)
			templates, resources, diags := 0, 0, 0
			for _, name := range files {
				data, err := os.ReadFile(filepath.Join(corpusDir, filepath.FromSlash(name)))
				if err != nil {
					t.Fatal(err)
				}
				p, ok := cloudformation.Parse(context.Background(), name, data, cloudformation.Options{})
				if ok {
					templates++
				} else if len(p.Diagnostics) > 0 || len(p.Resources) > 0 {
					t.Errorf("%s: not a template, yet %d resources and diagnostics %v", name, len(p.Resources), p.Diagnostics)
				}
				resources += len(p.Resources)
				diags += len(p.Diagnostics)
				checkPlaces(t, name, data, p)
			}
			t.Logf("%s: %d files, %d templates, %d resources, %d diagnostics", sub, len(files), templates, resources, diags)
		})
	}
}
