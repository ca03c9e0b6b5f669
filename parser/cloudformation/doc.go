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
//   - converting Properties to cty values, evaluating intrinsics where
//     CloudFormation would know them before deployment (intrinsics.go:
//     parameters and --parameter values, pseudo parameters, Fn::Sub, Join,
//     Select, Split, FindInMap, If with the Conditions section, GetAZs,
//     Base64, Cidr, Length, ToJsonString); the rest, and strings holding a
//     dynamic reference ({{resolve:…}}), stay unknown, with their text kept
//     for messages, and AWS::NoValue removes what it stands for;
//   - resource Conditions (deployed, not deployed, undecided) and
//     Fn::ForEach loops;
//   - what the SAM transform does (sam.go: Globals, events as the resources
//     SAM generates, the implicit API), local nested stacks (nested.go,
//     including the CDK's, found through their asset metadata) and CDK
//     construct paths (cdk.go).
//
// Like all of parser, this package knows nothing of Azure: it must not import
// rules, mappings, report or cmd.
package cloudformation
