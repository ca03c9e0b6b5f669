package main

import (
	"strings"
	"testing"
	"time"
)

func TestProgress(t *testing.T) {
	var b strings.Builder
	clock := time.Unix(0, 0)
	p := newProgress(&b, true)
	p.now = func() time.Time { return clock }
	p.update(1, 10, 3)
	p.update(2, 10, 5) // within 100 ms: not drawn
	clock = clock.Add(200 * time.Millisecond)
	p.update(3, 10, 7)
	p.update(10, 10, 9) // the last one is always drawn
	p.done()
	want := "\r\x1b[Ka2z: 1/10 files parsed, 3 resources found" +
		"\r\x1b[Ka2z: 3/10 files parsed, 7 resources found" +
		"\r\x1b[Ka2z: 10/10 files parsed, 9 resources found" +
		"\r\x1b[K"
	if b.String() != want {
		t.Errorf("progress wrote %q, want %q", b.String(), want)
	}

	// Off (not a terminal, or --quiet): nothing at all.
	b.Reset()
	off := newProgress(&b, false)
	off.update(1, 1, 1)
	off.done()
	if b.Len() != 0 {
		t.Errorf("progress off wrote %q", b.String())
	}
}
