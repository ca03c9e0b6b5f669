// Package tffunc holds the Terraform built-in functions that go-cty's stdlib
// lacks or implements differently (length, lookup, coalesce, the cidr and
// hash functions, yamlencode and the like), shared by the Terraform evaluator
// (parser/terraform) and the knowledge base's condition language (mappings)
// so both agree on what a function means. File functions live in
// parser/terraform, which knows the scan's file system.
//
// It depends on go-cty, yaml.v3 and x/text only and must not import
// anything of this module.
package tffunc
