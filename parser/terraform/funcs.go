package terraform

import (
	"maps"
	"sync"

	"github.com/hashicorp/hcl/v2/ext/tryfunc"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/function/stdlib"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/internal/tffunc"
)

// functions is Terraform's built-in function library (Terraform 1.10) under
// its Terraform names, minus the file functions, which need the scan's file
// system: see fileFunctions. Functions whose result depends on the clock,
// randomness, the machine or secrets (timestamp, plantimestamp, uuid, bcrypt,
// abspath, pathexpand, rsadecrypt) return unknown values of their type. Each
// call returns a table of its own: the bounded functions charge a budget per
// table, and callers add to it.
func functions() map[string]function.Function {
	funcs := maps.Clone(fixedFunctions())
	// Functions whose result can dwarf their arguments (setproduct,
	// format, join, replace, jsonencode...) and the to* conversions, which
	// cty makes quadratic on long tuples, are bounded, with one budget for
	// the whole table: see tffunc.BoundedFuncs.
	for name, f := range tffunc.BoundedFuncs(new(tffunc.Budget)) {
		funcs[name] = guardNumbers(name, f)
	}
	// templatestring renders with this same table; fileFunctions replaces it
	// with one that also sees the file functions.
	funcs["templatestring"] = guardNumbers("templatestring", templateStringFunc(func() map[string]function.Function { return funcs }))
	return funcs
}

// fixedFunctions is the part of the table that is the same for every run,
// guarded, built once: building it took 50 µs per Terraform root.
var fixedFunctions = sync.OnceValue(func() map[string]function.Function {
	funcs := map[string]function.Function{
		// numeric
		"abs":      stdlib.AbsoluteFunc,
		"ceil":     stdlib.CeilFunc,
		"floor":    stdlib.FloorFunc,
		"log":      stdlib.LogFunc,
		"max":      stdlib.MaxFunc,
		"min":      stdlib.MinFunc,
		"parseint": stdlib.ParseIntFunc,
		"pow":      stdlib.PowFunc,
		"signum":   stdlib.SignumFunc,
		"sum":      tffunc.Sum,

		// string
		"chomp":       stdlib.ChompFunc,
		"endswith":    tffunc.EndsWith,
		"lower":       stdlib.LowerFunc,
		"regex":       stdlib.RegexFunc,
		"startswith":  tffunc.StartsWith,
		"strcontains": tffunc.StrContains,
		"substr":      stdlib.SubstrFunc,
		"title":       stdlib.TitleFunc,
		"trim":        stdlib.TrimFunc,
		"trimprefix":  stdlib.TrimPrefixFunc,
		"trimspace":   stdlib.TrimSpaceFunc,
		"trimsuffix":  stdlib.TrimSuffixFunc,
		"upper":       stdlib.UpperFunc,

		// collection
		"alltrue":      tffunc.AllTrue,
		"anytrue":      tffunc.AnyTrue,
		"coalesce":     tffunc.Coalesce,
		"coalescelist": stdlib.CoalesceListFunc,
		"compact":      stdlib.CompactFunc,
		"contains":     stdlib.ContainsFunc,
		"element":      stdlib.ElementFunc,
		"index":        tffunc.Index,
		"keys":         stdlib.KeysFunc,
		"length":       tffunc.Length,
		"lookup":       tffunc.Lookup,
		"merge":        stdlib.MergeFunc,
		"one":          tffunc.One,
		"range":        stdlib.RangeFunc,
		"reverse":      stdlib.ReverseListFunc,
		"slice":        stdlib.SliceFunc,
		"sort":         stdlib.SortFunc,
		"transpose":    tffunc.Transpose,
		"values":       stdlib.ValuesFunc,
		"zipmap":       stdlib.ZipmapFunc,

		// encoding
		"base64decode":     tffunc.Base64Decode,
		"base64encode":     tffunc.Base64Encode,
		"base64gzip":       tffunc.Base64Gzip,
		"csvdecode":        stdlib.CSVDecodeFunc,
		"jsondecode":       stdlib.JSONDecodeFunc,
		"textdecodebase64": tffunc.TextDecodeBase64,
		"textencodebase64": tffunc.TextEncodeBase64,
		"urlencode":        tffunc.URLEncode,
		"yamldecode":       tffunc.YAMLDecode,

		// filesystem paths (no file access)
		"abspath":    tffunc.AbsPath,
		"basename":   tffunc.Basename,
		"dirname":    tffunc.Dirname,
		"pathexpand": tffunc.PathExpand,

		// date and time
		"formatdate":    stdlib.FormatDateFunc,
		"plantimestamp": tffunc.PlanTimestamp,
		"timeadd":       stdlib.TimeAddFunc,
		"timecmp":       tffunc.TimeCmp,
		"timestamp":     tffunc.Timestamp,

		// hash and crypto
		"base64sha256": tffunc.Base64Sha256,
		"base64sha512": tffunc.Base64Sha512,
		"bcrypt":       tffunc.Bcrypt,
		"md5":          tffunc.Md5,
		"rsadecrypt":   tffunc.RSADecrypt,
		"sha1":         tffunc.Sha1,
		"sha256":       tffunc.Sha256,
		"sha512":       tffunc.Sha512,
		"uuid":         tffunc.UUID,
		"uuidv5":       tffunc.UUIDv5,

		// IP network
		"cidrhost":    tffunc.CidrHost,
		"cidrnetmask": tffunc.CidrNetmask,
		"cidrsubnet":  tffunc.CidrSubnet,

		// type conversion
		"can":             tryfunc.CanFunc,
		"ephemeralasnull": tffunc.EphemeralAsNull,
		"issensitive":     tffunc.IsSensitive,
		"nonsensitive":    tffunc.Nonsensitive,
		"sensitive":       tffunc.Sensitive,
		"tobool":          stdlib.MakeToFunc(cty.Bool),
		"tonumber":        stdlib.MakeToFunc(cty.Number),
		"try":             tryfunc.TryFunc,
	}
	for name, f := range funcs {
		funcs[name] = guardNumbers(name, f)
	}
	return funcs
})

// guardNumbers makes a function that takes or makes numbers fail on numbers
// out of a2z's range (see numlimit); format and formatlist also read
// numbers out of strings. Templates are checked where they are parsed.
func guardNumbers(name string, f function.Function) function.Function {
	switch {
	case name == "format" || name == "formatlist":
		return tffunc.GuardText(name, f)
	case makesNumbers[name] || takesNumbers(f):
		return tffunc.Guard(name, f)
	}
	return f
}

// makesNumbers names the functions that may return numbers read from
// strings (the others that return numbers take numbers: takesNumbers).
var makesNumbers = map[string]bool{"tonumber": true, "parseint": true, "jsondecode": true, "yamldecode": true}

// takesNumbers reports whether one of f's parameters is of a type that
// holds numbers.
func takesNumbers(f function.Function) bool {
	ps := f.Params()
	if vp := f.VarParam(); vp != nil {
		ps = append(ps, *vp)
	}
	for _, p := range ps {
		if numlimit.HasNumbers(p.Type) {
			return true
		}
	}
	return false
}
