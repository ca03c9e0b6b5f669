package rules_test

import "github.com/zclconf/go-cty/cty"

func attrsFifo(v string) cty.Value {
	switch v {
	case "true":
		return cty.ObjectVal(map[string]cty.Value{"fifo_queue": cty.True})
	case "false":
		return cty.ObjectVal(map[string]cty.Value{"fifo_queue": cty.False})
	}
	return cty.ObjectVal(map[string]cty.Value{"fifo_queue": cty.UnknownVal(cty.Bool)})
}
