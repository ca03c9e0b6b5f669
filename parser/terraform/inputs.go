package terraform

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/hashicorp/hcl/v2"
	"github.com/hashicorp/hcl/v2/hclsyntax"
	hcljson "github.com/hashicorp/hcl/v2/json"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/internal/numlimit"
	"github.com/a2z/a2z/parser"
)

// Inputs are what evaluation takes from outside the configuration: variable
// values, from where Terraform takes them (TF_VAR_* environment variables,
// -var-file and -var), and what the caller reads. The tfvars files of the
// module's own folder (terraform.tfvars, *.auto.tfvars and their .json
// forms) are found by ParseModule itself.
type Inputs struct {
	// Env holds TF_VAR_<name> values (Name without the prefix).
	Env []Assignment
	// Files are --var-file contents, in command-line order.
	Files []VarFile
	// Vars are --var name=value pairs, in command-line order.
	Vars []Assignment
	// Reads, when set, is what the caller reads of each resource type: the
	// other attributes are not evaluated (nor their problems reported), and
	// Resource.Attrs, Unresolved and AttrRanges hold only what was.
	Reads Reads
}

// Assignment is one raw name=value from the environment or the command line.
type Assignment struct{ Name, Value string }

// VarFile is a variable definitions file given on the command line; Name is
// how diagnostics refer to it.
type VarFile struct {
	Name string
	Src  []byte
}

// inputValue is one value a variable may take, from the source that set it
// last: a tfvars expression, a raw string from the environment or the
// command line, or a value a calling module computed.
type inputValue struct {
	expr hcl.Expression
	raw  string
	// from names where a raw value came from ("TF_VAR_region", "--var region").
	from   string
	val    cty.Value
	hasVal bool
	rng    hcl.Range // the calling module's argument
}

// inputValues collects the value of every variable set from outside the
// module, in Terraform's precedence: TF_VAR_* environment variables, then
// terraform.tfvars, terraform.tfvars.json, the *.auto.tfvars(.json) files in
// lexical order, the --var-file files and the --var values (files before
// values: the command line's interleaving is not kept). Later sources win.
func (m *module) inputValues(fsys fs.FS, in Inputs) map[string]inputValue {
	dir := m.src.dir
	vals := map[string]inputValue{}
	for _, a := range in.Env {
		vals[a.Name] = inputValue{raw: a.Value, from: "TF_VAR_" + a.Name}
	}
	for _, name := range folderVarFiles(fsys, dir) {
		src, err := fs.ReadFile(fsys, name)
		if err != nil {
			m.diags = append(m.diags, parser.Errorf(lineOne(name), "Cannot read variable definitions file: %v", err))
			continue
		}
		m.varFile(name, src, true, vals)
	}
	for _, f := range in.Files {
		m.varFile(f.Name, f.Src, false, vals)
	}
	for _, a := range in.Vars {
		vals[a.Name] = inputValue{raw: a.Value, from: "--var " + a.Name}
	}
	return vals
}

// folderVarFiles lists the tfvars files Terraform loads automatically from a
// root module's folder, in the order it loads them.
func folderVarFiles(fsys fs.FS, dir string) []string {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil
	}
	var fixed, auto []string
	for _, e := range entries {
		n := e.Name()
		if e.IsDir() {
			continue
		}
		switch {
		case n == "terraform.tfvars" || n == "terraform.tfvars.json":
			fixed = append(fixed, n)
		case strings.HasSuffix(n, ".auto.tfvars") || strings.HasSuffix(n, ".auto.tfvars.json"):
			auto = append(auto, n)
		}
	}
	slices.Sort(fixed) // terraform.tfvars before terraform.tfvars.json
	slices.Sort(auto)
	out := make([]string, 0, len(fixed)+len(auto))
	for _, n := range append(fixed, auto...) {
		out = append(out, path.Join(dir, n))
	}
	return out
}

// varFile reads one variable definitions file into vals. A value for a
// variable the module does not declare is a warning for the folder's own
// files, as in Terraform; --var-file files serve every scanned root, so
// there it is normal and silent.
func (m *module) varFile(name string, src []byte, own bool, vals map[string]inputValue) {
	if line := parser.TooDeep(src, parser.MaxNesting); line > 0 {
		m.diags = append(m.diags, parser.Errorf(parser.Range{File: name, Start: parser.Pos{Line: line, Column: 1}},
			"Variable definitions nest more than %d levels deep; the file was not read", parser.MaxNesting))
		return
	}
	long, suspect := numlimit.Scan(src)
	if long > 0 {
		m.diags = append(m.diags, *longNumeral(name, long, "the file was not read"))
		return
	}
	var f *hcl.File
	var diags hcl.Diagnostics
	if strings.HasSuffix(name, ".json") {
		// Numbers out of range in JSON are caught once converted
		// (assignVariables): tfvars strings are not templates.
		f, diags = hcljson.Parse(src, name)
	} else {
		f, diags = hclsyntax.ParseConfig(src, name, hcl.InitialPos)
		if f == nil {
			m.addHCL(diags, name)
			return
		}
		if body, ok := f.Body.(*hclsyntax.Body); ok {
			if suspect {
				m.diags = append(m.diags, boundLiterals(body)...)
			}
			harden(body)
		}
	}
	m.addHCL(diags, name)
	if diags.HasErrors() || f == nil {
		return
	}
	attrs, diags := f.Body.JustAttributes()
	m.addHCL(diags, name)
	for _, a := range sortedAttrs(attrs) {
		if _, declared := m.varRanges[a.Name]; !declared {
			if own {
				m.diags = append(m.diags, diagAt(parser.SeverityWarning, "Value for undeclared variable",
					"The module declares no variable named \""+a.Name+"\"; this value is ignored.", a.NameRange))
			}
			continue
		}
		vals[a.Name] = inputValue{expr: a.Expr}
	}
}

// rawValue turns an environment or command-line string into a value the way
// Terraform does: taken literally for a primitive (or unconstrained) type,
// parsed as an HCL expression otherwise.
func (m *module) rawValue(v inputValue, ty cty.Type) (cty.Value, hcl.Diagnostics) {
	if ty.IsPrimitiveType() || ty == cty.DynamicPseudoType {
		return cty.StringVal(v.raw), nil
	}
	expr, diags := hclsyntax.ParseExpression([]byte(v.raw), v.from, hcl.InitialPos)
	if diags.HasErrors() {
		return cty.UnknownVal(ty), diags
	}
	harden(expr)
	return m.value(expr, m.constContext(expr))
}
