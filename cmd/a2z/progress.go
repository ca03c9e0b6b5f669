package main

import (
	"fmt"
	"io"
	"time"
)

// progress draws one line on a terminal's standard error while a scan
// runs: files parsed and resources found. It draws nothing when off (not a
// terminal, or --quiet), and at most ten times a second.
type progress struct {
	w    io.Writer
	on   bool
	last time.Time
	// drawn is set once a line was written, so done knows to clear it.
	drawn bool
	now   func() time.Time
}

func newProgress(w io.Writer, on bool) *progress {
	return &progress{w: w, on: on, now: time.Now}
}

// update is scan.Options.Progress.
func (p *progress) update(files, total, resources int) {
	if !p.on {
		return
	}
	t := p.now()
	if p.drawn && t.Sub(p.last) < 100*time.Millisecond && files < total {
		return
	}
	p.last, p.drawn = t, true
	fmt.Fprintf(p.w, "\r\x1b[Ka2z: %d/%d files parsed, %d resources found", files, total, resources)
}

// done clears the line so the report starts on a clean line.
func (p *progress) done() {
	if p.on && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
	}
}
