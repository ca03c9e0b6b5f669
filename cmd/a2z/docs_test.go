package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestDocsMappingsCurrent keeps docs/mappings.md in step with the data it is
// generated from. Refresh with UPDATE_GOLDEN=1 go test ./cmd/a2z.
func TestDocsMappingsCurrent(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run(context.Background(), []string{"mappings", "--format", "markdown"}, &out, &errOut); code != 0 {
		t.Fatalf("a2z mappings exited %d: %s", code, errOut.String())
	}
	doc := filepath.Join("..", "..", "docs", "mappings.md")
	if os.Getenv("UPDATE_GOLDEN") != "" {
		if err := os.WriteFile(doc, out.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(doc)
	if err != nil {
		t.Fatalf("%v (generate it with UPDATE_GOLDEN=1 go test ./cmd/a2z)", err)
	}
	if !bytes.Equal(want, out.Bytes()) {
		t.Errorf("docs/mappings.md is out of date with mappings/data: regenerate it with UPDATE_GOLDEN=1 go test ./cmd/a2z -run TestDocsMappingsCurrent")
	}
}
