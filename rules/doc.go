// Package rules is the engine: it reads the neutral model from parser, looks
// every resource up in the knowledge base from mappings, chooses the Azure
// target, evaluates the caveat conditions against the resource's own
// attributes, and returns one sorted Result.
//
// It must not import report or cmd, nor the format parsers below parser: it
// sees resources only through the neutral model.
package rules
