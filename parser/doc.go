// Package parser owns the neutral model every input format is turned into
// (Resource, Range, Diagnostic) and the discovery of input files.
//
// The format packages below it (terraform, cloudformation) produce this model;
// the rules engine consumes it. This package and its children know nothing of
// Azure and must not import rules, mappings, report or cmd.
package parser
