// Package hclrange converts HCL positions to the neutral model's, for the
// readers of HCL (Terraform configuration, and plans that point back into it).
package hclrange

import (
	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"

	"github.com/a2z/a2z/parser"
)

// Convert turns an hcl.Range into a parser.Range.
func Convert(r hcl.Range) parser.Range {
	return parser.Range{
		File:  r.Filename,
		Start: parser.Pos{Line: r.Start.Line, Column: r.Start.Column, Byte: r.Start.Byte},
		End:   parser.Pos{Line: r.End.Line, Column: r.End.Column, Byte: r.End.Byte},
	}
}

// Block is the whole extent of a block. Native syntax knows it exactly. A
// JSON block has no header of its own, so the best range runs from its
// innermost label (or its type key) to the closing brace of its object.
func Block(b *hcl.Block) hcl.Range {
	if sb, ok := b.Body.(*hclsyntax.Body); ok {
		return hcl.RangeBetween(b.TypeRange, sb.SrcRange)
	}
	start := b.TypeRange
	if n := len(b.LabelRanges); n > 0 {
		start = b.LabelRanges[n-1]
	}
	end := b.Body.MissingItemRange()
	if start.Filename == "" || end.Filename != start.Filename || end.End.Byte < start.Start.Byte {
		return b.DefRange
	}
	return hcl.RangeBetween(start, end)
}
