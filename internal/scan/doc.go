// Package scan runs the whole pipeline once: discover the inputs, parse them
// in parallel with the format parsers, and map the result with the rules
// engine. The CLI, the end-to-end tests and the benchmarks share it, so the
// flow lives in one place. It knows nothing of flags, output or exit codes.
package scan
