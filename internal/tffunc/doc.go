// Package tffunc holds the few Terraform built-in functions that go-cty's
// stdlib lacks or implements differently, shared by the Terraform evaluator
// (parser/terraform) and the knowledge base's condition language (mappings)
// so both agree on what length or startswith mean.
//
// It depends only on go-cty and must not import anything of this module.
package tffunc
