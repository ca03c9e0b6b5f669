// Package report renders a rules.Result in the output formats a2z offers: one
// file per format (text.go, json.go) behind the small Reporter interface, and
// New to pick one by name.
//
// Reporters only render. The engine sorts the result once (rules.Result.Sort)
// before any reporter sees it, so reporters never sort, filter or count
// differently from one another; they write to the io.Writer they are given and
// do no other I/O. Decisions about the environment (is stdout a terminal, was
// --no-color given) belong to the caller and arrive in Options.
//
// Dependencies: this package reads rules and the neutral parser model only. It
// must not import cmd, the parser subpackages (terraform, cloudformation,
// planjson), or mappings.
package report
