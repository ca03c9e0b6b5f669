package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/a2z/a2z/internal/memtune"
)

// Exit codes: the contract CI pipelines rely on.
const (
	exitOK       = 0 // nothing at or above the failure threshold
	exitFindings = 1 // findings (or diagnostics) at or above the threshold
	exitError    = 2 // the tool could not do its job
)

// exitError carries an exit code out of a cobra command.
type codeError struct {
	code int
	err  error
}

func (e *codeError) Error() string {
	if e.err == nil {
		return ""
	}
	return e.err.Error()
}

func main() {
	memtune.Apply()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// run executes the CLI with args and returns the exit code.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := newRootCmd(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var ce *codeError
	if errors.As(err, &ce) {
		if ce.err != nil {
			fmt.Fprintf(stderr, "a2z: %v\n", ce.err)
		}
		return ce.code
	}
	// Cobra's own errors: unknown command or flag, wrong argument count.
	fmt.Fprintf(stderr, "a2z: %v\nRun 'a2z --help' for usage.\n", err)
	return exitError
}
