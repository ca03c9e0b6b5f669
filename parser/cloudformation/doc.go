// Package cloudformation reads CloudFormation (and SAM) templates, YAML or
// JSON, into the neutral model of package parser: one parser.Resource per
// entry of Resources, with positions, and parser.Diagnostics for everything
// wrong with the file.
//
// It owns:
//   - recognising templates among arbitrary YAML and JSON (MaybeTemplate on
//     raw bytes, Parse on the parsed document);
//   - parsing with positions: yaml.v3 nodes for both formats, with an
//     encoding/json fallback for the valid JSON that yaml.v3 rejects;
//   - normalising short-form tags (!Ref, !GetAtt, !Sub, …) to their long
//     form, so nothing else ever sees a tag;
//   - converting Properties to cty values: literals as values, Refs to
//     parameters with a Default as that default, AWS::NoValue as absence,
//     and every other intrinsic as unknown, with its text kept for messages.
//
// Evaluating the other intrinsics (Fn::Sub, Fn::If with Conditions,
// Fn::FindInMap, …), expanding Fn::ForEach, SAM Globals and nested stacks
// are not done yet.
//
// Like all of parser, this package knows nothing of Azure: it must not import
// rules, mappings, report or cmd.
package cloudformation
