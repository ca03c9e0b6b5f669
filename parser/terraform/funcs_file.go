package terraform

import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/internal/tffunc"
)

// maxFileSize caps what a file function reads; a bigger file gives an
// unknown value, so a stray binary cannot blow up memory.
const maxFileSize = 16 << 20

// maxFilesetEntries caps the directory entries fileset walks.
const maxFilesetEntries = 100_000

// fileFunctions returns Terraform's file functions, reading from fsys only.
// moduleDir is the slash path inside fsys that relative paths start from
// (Terraform's working directory: the root module's). "${path.module}/x"
// works both with path.module relative to moduleDir, as in Terraform, and
// with path.module holding the module's path inside fsys. Paths leaving
// fsys, absolute paths, missing and oversized files give unknown values,
// never errors. The returned templatestring replaces the one
// in functions() so that templates can use the file functions too.
func fileFunctions(fsys fs.FS, moduleDir string) map[string]function.Function {
	r := fileReader{fsys: fsys, dir: path.Clean(moduleDir)}
	out := map[string]function.Function{
		"file": r.contentFunc(func(b []byte, p string) (cty.Value, error) {
			if !utf8.Valid(b) {
				return cty.NilVal, fmt.Errorf("contents of %s are not valid UTF-8; use the filebase64 function to obtain the Base64 encoded contents or the other file functions (e.g. filemd5, filesha256) to obtain file hashing results instead", p)
			}
			return cty.StringVal(string(b)), nil
		}),
		"filebase64": r.contentFunc(func(b []byte, _ string) (cty.Value, error) {
			return cty.StringVal(base64.StdEncoding.EncodeToString(b)), nil
		}),
		"filemd5":          r.hashFunc(md5.New, false),
		"filesha1":         r.hashFunc(sha1.New, false),
		"filesha256":       r.hashFunc(sha256.New, false),
		"filesha512":       r.hashFunc(sha512.New, false),
		"filebase64sha256": r.hashFunc(sha256.New, true),
		"filebase64sha512": r.hashFunc(sha512.New, true),
		"fileexists":       r.existsFunc(),
		"fileset":          r.filesetFunc(),
	}
	// Templates see every function but may not start another template, as
	// in Terraform.
	templateFuncs := sync.OnceValue(func() map[string]function.Function {
		all := functions()
		for name, f := range out {
			all[name] = f
		}
		all["templatefile"] = recursiveTemplateFunc("templatefile")
		all["templatestring"] = recursiveTemplateFunc("templatestring")
		return all
	})
	out["templatefile"] = r.templateFileFunc(templateFuncs)
	out["templatestring"] = templateStringFunc(templateFuncs)
	return out
}

type fileReader struct {
	fsys fs.FS
	dir  string
}

// resolve maps a Terraform path to a path inside fsys; false when the path
// is absolute or leaves fsys. A relative path is joined to the directory,
// as Terraform does; when that names nothing but the path already starts
// with the directory (a path.module holding the path inside fsys), the path
// is taken as it is.
func (r fileReader) resolve(p string) (string, bool) {
	if p == "" || strings.HasPrefix(p, "/") || strings.Contains(p, "\\") || (len(p) > 1 && p[1] == ':') {
		return "", false
	}
	clean := path.Clean(p)
	joined := path.Join(r.dir, clean)
	if r.dir != "." && (clean == r.dir || strings.HasPrefix(clean, r.dir+"/")) {
		if _, err := fs.Stat(r.fsys, joined); err != nil {
			return clean, true
		}
	}
	return joined, fs.ValidPath(joined)
}

// read returns the bytes of the file at Terraform path p, or false when
// a2z cannot or may not read it statically: outside the scan, missing
// (often a build output such as a Lambda zip), not a file, or too big. The
// caller then returns an unknown value instead of failing.
func (r fileReader) read(p string) ([]byte, bool) {
	name, ok := r.resolve(p)
	if !ok {
		return nil, false
	}
	f, err := r.fsys.Open(name)
	if err != nil {
		return nil, false
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() || fi.Size() > maxFileSize {
		return nil, false
	}
	b, err := io.ReadAll(io.LimitReader(f, maxFileSize+1))
	return b, err == nil && len(b) <= maxFileSize
}

// contentFunc builds a function of one path that turns the file's bytes
// into a string value.
func (r fileReader) contentFunc(conv func(b []byte, p string) (cty.Value, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p := args[0].AsString()
			b, ok := r.read(p)
			if !ok {
				return cty.UnknownVal(cty.String), nil
			}
			return conv(b, p)
		},
	})
}

func (r fileReader) hashFunc(h func() hash.Hash, b64 bool) function.Function {
	return r.contentFunc(func(b []byte, _ string) (cty.Value, error) {
		if b64 {
			return cty.StringVal(tffunc.HashBase64(h, b)), nil
		}
		return cty.StringVal(tffunc.HashHex(h, b)), nil
	})
}

func (r fileReader) existsFunc() function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "path", Type: cty.String}},
		Type:   function.StaticReturnType(cty.Bool),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			name, ok := r.resolve(args[0].AsString())
			if !ok {
				return cty.UnknownVal(cty.Bool), nil
			}
			fi, err := fs.Stat(r.fsys, name)
			switch {
			case errors.Is(err, fs.ErrNotExist):
				return cty.False, nil
			case fi == nil:
				// Unreadable for another reason: unknown, not an error.
				return cty.UnknownVal(cty.Bool), nil
			case !fi.Mode().IsRegular():
				return cty.UnknownVal(cty.Bool), fmt.Errorf("%s is not a regular file, but %q", args[0].AsString(), fi.Mode().Type().String())
			}
			return cty.True, nil
		},
	})
}

// filesetFunc is Terraform's fileset: the regular files under path whose
// path relative to it matches pattern, as slash paths.
func (r fileReader) filesetFunc() function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "pattern", Type: cty.String},
		},
		Type: function.StaticReturnType(cty.Set(cty.String)),
		Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
			base, ok := r.resolve(args[0].AsString())
			if !ok {
				return cty.UnknownVal(retType), nil
			}
			re, err := globRegexp(args[1].AsString())
			if err != nil {
				return cty.UnknownVal(retType), function.NewArgError(1, err)
			}
			var found []cty.Value
			seen, missing, failed := 0, false, false
			_ = fs.WalkDir(r.fsys, base, func(name string, d fs.DirEntry, err error) error {
				if err != nil {
					missing = name == base && errors.Is(err, fs.ErrNotExist)
					failed = !missing
					return fs.SkipAll
				}
				if seen++; seen > maxFilesetEntries {
					failed = true
					return fs.SkipAll
				}
				if !d.Type().IsRegular() {
					return nil
				}
				rel := strings.TrimPrefix(name, base+"/")
				if base == "." {
					rel = name
				}
				if re.MatchString(rel) {
					found = append(found, cty.StringVal(rel))
				}
				return nil
			})
			if failed {
				return cty.UnknownVal(retType), nil
			}
			if len(found) == 0 {
				return cty.SetValEmpty(cty.String), nil
			}
			return cty.SetVal(found), nil
		},
	})
}

// globRegexp translates a fileset pattern (*, **, ?, [class], {a,b}) into
// an anchored regular expression over slash paths.
func globRegexp(pattern string) (*regexp.Regexp, error) {
	pattern = path.Clean("/" + pattern)[1:]
	var b strings.Builder
	b.WriteString("^")
	depth := 0
	for i := 0; i < len(pattern); i++ {
		c := pattern[i]
		switch c {
		case '*':
			if i+1 < len(pattern) && pattern[i+1] == '*' {
				i++
				if i+1 < len(pattern) && pattern[i+1] == '/' {
					i++
					b.WriteString("(?:.*/)?")
				} else {
					b.WriteString(".*")
				}
			} else {
				b.WriteString("[^/]*")
			}
		case '?':
			b.WriteString("[^/]")
		case '[':
			end := strings.IndexByte(pattern[i+1:], ']')
			if end < 0 {
				return nil, errors.New("failed to glob pattern: syntax error in pattern")
			}
			class := pattern[i+1 : i+1+end]
			if strings.HasPrefix(class, "!") {
				class = "^" + class[1:]
			}
			b.WriteString("[" + strings.ReplaceAll(class, `\`, `\\`) + "]")
			i += end + 1
		case '{':
			depth++
			b.WriteString("(?:")
		case '}':
			if depth == 0 {
				return nil, errors.New("failed to glob pattern: syntax error in pattern")
			}
			depth--
			b.WriteString(")")
		case ',':
			if depth > 0 {
				b.WriteString("|")
			} else {
				b.WriteString(",")
			}
		case '\\':
			if i+1 < len(pattern) {
				i++
				b.WriteString(regexp.QuoteMeta(pattern[i : i+1]))
			}
		default:
			b.WriteString(regexp.QuoteMeta(string(c)))
		}
	}
	if depth != 0 {
		return nil, errors.New("failed to glob pattern: syntax error in pattern")
	}
	b.WriteString("$")
	return regexp.Compile(b.String())
}

// templateFileFunc is Terraform's templatefile, reading through r.
func (r fileReader) templateFileFunc(funcs func() map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "path", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			p := args[0].AsString()
			b, ok := r.read(p)
			if !ok {
				return cty.DynamicVal, nil
			}
			return renderTemplate("templatefile", b, p, args[1], funcs())
		},
	})
}

// templateStringFunc is Terraform's templatestring (1.9+). Terraform also
// demands that the template argument be a reference, not a literal; that is
// a check on the source, which the evaluator may or may not make.
func templateStringFunc(funcs func() map[string]function.Function) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{
			{Name: "template", Type: cty.String},
			{Name: "vars", Type: cty.DynamicPseudoType},
		},
		Type: function.StaticReturnType(cty.DynamicPseudoType),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			f := funcs()
			if _, ok := f["templatestring"]; ok {
				// The table is functions() itself: copy it without the
				// template functions to forbid recursion.
				f = copyWithout(f, "templatestring", "templatefile")
			}
			return renderTemplate("templatestring", []byte(args[0].AsString()), "<templatestring argument>", args[1], f)
		},
	})
}

func copyWithout(m map[string]function.Function, names ...string) map[string]function.Function {
	out := make(map[string]function.Function, len(m))
	for k, v := range m {
		out[k] = v
	}
	for _, n := range names {
		out[n] = recursiveTemplateFunc(n)
	}
	return out
}

// recursiveTemplateFunc stands in for a template function inside a
// template, where Terraform forbids it.
func recursiveTemplateFunc(name string) function.Function {
	return function.New(&function.Spec{
		VarParam: &function.Parameter{Name: "args", Type: cty.DynamicPseudoType, AllowNull: true, AllowUnknown: true, AllowDynamicType: true},
		Type: func([]cty.Value) (cty.Type, error) {
			return cty.NilType, fmt.Errorf("cannot recursively call %s from inside another template function", name)
		},
		Impl: func([]cty.Value, cty.Type) (cty.Value, error) {
			return cty.NilVal, fmt.Errorf("cannot recursively call %s from inside another template function", name)
		},
	})
}

// renderTemplate evaluates src as a Terraform template with vars (a map or
// object) as its only variables. A single interpolation keeps its type, as
// in Terraform. A string over tffunc's limit is an error naming fnName, so
// that it feeds nothing further (hcl has already built it).
func renderTemplate(fnName string, src []byte, name string, vars cty.Value, funcs map[string]function.Function) (cty.Value, error) {
	ty := vars.Type()
	if !ty.IsMapType() && !ty.IsObjectType() {
		return cty.DynamicVal, function.NewArgErrorf(1, "invalid vars value: must be a map")
	}
	if vars.IsNull() {
		return cty.DynamicVal, function.NewArgErrorf(1, "invalid vars value: must not be null")
	}
	// A template's numbers are bounded like a file's (see numlimit): a
	// numeral too long to parse fails the call before parsing, and one out
	// of range after.
	long, suspect := numlimit.Scan(src)
	if long > 0 {
		return cty.DynamicVal, fmt.Errorf("%s: %w", fnName, numlimit.ErrOutOfRange)
	}
	expr, diags := hclsyntax.ParseTemplate(src, name, hcl.Pos{Line: 1, Column: 1})
	if diags.HasErrors() {
		return cty.DynamicVal, diags
	}
	if suspect && len(boundLiterals(expr)) > 0 {
		return cty.DynamicVal, fmt.Errorf("%s: %w", fnName, numlimit.ErrOutOfRange)
	}
	loops := harden(expr)
	if !vars.IsKnown() {
		return cty.DynamicVal, nil
	}
	ctxVars := map[string]cty.Value{}
	for it := vars.ElementIterator(); it.Next(); {
		k, v := it.Element()
		if !hclsyntax.ValidIdentifier(k.AsString()) {
			return cty.DynamicVal, function.NewArgErrorf(1, "invalid template variable name %q: must start with a letter, followed by zero or more letters, digits, and underscores", k.AsString())
		}
		ctxVars[k.AsString()] = v
	}
	for _, tr := range expr.Variables() {
		if _, ok := ctxVars[tr.RootName()]; !ok {
			return cty.DynamicVal, function.NewArgErrorf(1, "vars map does not contain key %q, referenced at %s", tr.RootName(), tr.SourceRange())
		}
	}
	if loops {
		ctxVars[budgetVar] = newIterations()
	}
	val, diags := expr.Value(&hcl.EvalContext{Variables: ctxVars, Functions: funcs})
	if diags.HasErrors() {
		for _, d := range diags {
			if d.Summary == loopSummary {
				return cty.DynamicVal, fmt.Errorf("%s: %w", fnName, errIterations)
			}
		}
		return cty.DynamicVal, diags
	}
	if err := tffunc.CheckTemplateResult(fnName, val); err != nil {
		return cty.DynamicVal, err
	}
	return val, nil
}
