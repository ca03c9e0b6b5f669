package rules

import "github.com/a2z/a2z/mappings"

// NewUnmemoised is New without the outcome memo, to check the memo against.
func NewUnmemoised(kb *mappings.KB) *Engine { return &Engine{kb: kb, noMemo: true} }
