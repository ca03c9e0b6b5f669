package parser

import (
	"errors"
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadLimited(t *testing.T) {
	fsys := fstest.MapFS{
		"empty.tf": {Data: nil},
		"small.tf": {Data: []byte("abc")},
		"big.tf":   {Data: []byte(strings.Repeat("x", 5000))},
	}
	for _, tc := range []struct {
		name  string
		limit int64
		want  string
		err   error
	}{
		{"empty.tf", 10, "", nil},
		{"small.tf", 3, "abc", nil},
		{"small.tf", 2, "", ErrTooLarge},
		{"big.tf", 5000, strings.Repeat("x", 5000), nil},
		{"big.tf", 4999, "", ErrTooLarge},
	} {
		got, err := ReadLimited(fsys, tc.name, tc.limit)
		if !errors.Is(err, tc.err) || string(got) != tc.want {
			t.Errorf("ReadLimited(%s, %d) = %d bytes, %v; want %d bytes, %v", tc.name, tc.limit, len(got), err, len(tc.want), tc.err)
		}
	}
	if _, err := ReadLimited(fsys, "missing.tf", 10); err == nil {
		t.Error("ReadLimited of a missing file: no error")
	}
}
