// Package terraform reads the Terraform configuration of one module directory
// (native .tf and JSON .tf.json syntax) into the neutral parser model.
//
// It owns: parsing with hcl/v2, the static evaluation of variable defaults,
// locals and resource arguments with go-cty (whatever cannot be known without
// a plan stays unknown and keeps its source text), provider region and alias
// resolution, module call listing, and turning every problem in the user's
// files into a parser.Diagnostic with a position.
//
// Like its parent it knows nothing of Azure: it must not import rules,
// mappings, report or cmd.
package terraform
