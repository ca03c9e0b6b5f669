package cloudformation

import (
	"encoding/base64"
	"math/big"
	"net/netip"
	"strconv"
	"strings"

	"github.com/zclconf/go-cty/cty"
	ctyjson "github.com/zclconf/go-cty/cty/json"
	"gopkg.in/yaml.v3"
)

// Intrinsic functions are evaluated where CloudFormation would know the
// answer before deployment: parameters (defaults or --parameter values),
// pseudo parameters that do not depend on the account, mappings and
// conditions. What only exists after deployment (Ref or Fn::GetAtt to a
// resource, Fn::ImportValue, the account ID) stays unknown, with the text
// of the intrinsic kept for messages.

// defaultRegion is the region AWS::Region has when none is given.
const defaultRegion = "us-east-1"

// evalIntrinsic evaluates a one-key mapping {fn: arg}. keep is false when
// the value is AWS::NoValue (directly or through Fn::If): the property or
// list element is removed.
func (st *state) evalIntrinsic(fn string, arg *yaml.Node, depth int) (v cty.Value, keep bool) {
	if depth > maxValueDepth {
		return cty.DynamicVal, true
	}
	arg = st.deref(arg)
	switch fn {
	case "Ref":
		if arg.Kind != yaml.ScalarNode {
			return cty.DynamicVal, true
		}
		return st.ref(arg.Value)
	case "Fn::If":
		args := st.args(arg, 3)
		if args == nil {
			return cty.DynamicVal, true
		}
		name := st.deref(args[0])
		if name.Kind != yaml.ScalarNode {
			return cty.DynamicVal, true
		}
		c := st.condition(name.Value, 0)
		if !c.IsKnown() {
			return cty.DynamicVal, true
		}
		branch := args[2]
		if c.True() {
			branch = args[1]
		}
		return st.eval(branch, depth+1)
	case "Fn::Sub":
		return st.sub(arg, depth), true
	case "Fn::Join":
		args := st.args(arg, 2)
		if args == nil {
			return cty.DynamicVal, true
		}
		delim, _ := st.eval(args[0], depth+1)
		list, _ := st.eval(args[1], depth+1)
		return join(delim, list), true
	case "Fn::Select":
		args := st.args(arg, 2)
		if args == nil {
			return cty.DynamicVal, true
		}
		idx, _ := st.eval(args[0], depth+1)
		list, _ := st.eval(args[1], depth+1)
		return selectElem(idx, list), true
	case "Fn::Split":
		args := st.args(arg, 2)
		if args == nil {
			return cty.DynamicVal, true
		}
		delim, _ := st.eval(args[0], depth+1)
		s, _ := st.eval(args[1], depth+1)
		return split(delim, s), true
	case "Fn::FindInMap":
		return st.findInMap(arg, depth), true
	case "Fn::GetAZs":
		region, _ := st.eval(arg, depth+1)
		return getAZs(region, st.region()), true
	case "Fn::Base64":
		s, _ := st.eval(arg, depth+1)
		if str, ok := knownString(s); ok {
			return cty.StringVal(base64.StdEncoding.EncodeToString([]byte(str))), true
		}
		return cty.UnknownVal(cty.String), true
	case "Fn::Cidr":
		args := st.args(arg, 3)
		if args == nil {
			return cty.DynamicVal, true
		}
		block, _ := st.eval(args[0], depth+1)
		count, _ := st.eval(args[1], depth+1)
		bits, _ := st.eval(args[2], depth+1)
		return cidr(block, count, bits), true
	case "Fn::Length":
		list, _ := st.eval(arg, depth+1)
		if list.IsKnown() && !list.IsNull() && list.CanIterateElements() {
			return cty.NumberIntVal(int64(list.LengthInt())), true
		}
		return cty.UnknownVal(cty.Number), true
	case "Fn::ToJsonString":
		v, _ := st.eval(arg, depth+1)
		if !v.IsWhollyKnown() || v.IsNull() {
			return cty.UnknownVal(cty.String), true
		}
		b, err := ctyjson.Marshal(v, v.Type())
		if err != nil {
			return cty.UnknownVal(cty.String), true
		}
		return cty.StringVal(string(b)), true
	}
	// Fn::GetAtt, Fn::ImportValue, Fn::GetStackOutput, Fn::Transform,
	// Fn::Equals & co. outside Conditions: known only at deployment.
	return cty.DynamicVal, true
}

// eval evaluates a node that may be a plain value or an intrinsic, with
// nothing recorded as unresolved (the caller records the outer intrinsic).
func (st *state) eval(n *yaml.Node, depth int) (cty.Value, bool) {
	return st.value(n, "", map[string]string{}, depth+1)
}

// args returns the n arguments of a list-form intrinsic, or nil.
func (st *state) args(arg *yaml.Node, n int) []*yaml.Node {
	if arg.Kind != yaml.SequenceNode || len(arg.Content) < n {
		return nil
	}
	return arg.Content
}

// ref resolves Ref: a pseudo parameter, or a parameter's value. A Ref to a
// resource is unknown.
func (st *state) ref(name string) (cty.Value, bool) {
	if v, ok := st.loopVars[name]; ok {
		return cty.StringVal(v), true
	}
	switch name {
	case "AWS::NoValue":
		return cty.NilVal, false
	case "AWS::Region":
		return cty.StringVal(st.region()), true
	case "AWS::Partition":
		return cty.StringVal(partition(st.region())), true
	case "AWS::URLSuffix":
		if strings.HasPrefix(st.region(), "cn-") {
			return cty.StringVal("amazonaws.com.cn"), true
		}
		return cty.StringVal("amazonaws.com"), true
	case "AWS::AccountId", "AWS::StackName", "AWS::StackId", "AWS::NotificationARNs":
		return cty.DynamicVal, true
	}
	if v, ok := st.paramValue(name); ok {
		return v, true
	}
	return cty.DynamicVal, true
}

func (st *state) region() string {
	if st.opts.Region != "" {
		return st.opts.Region
	}
	return defaultRegion
}

func partition(region string) string {
	switch {
	case strings.HasPrefix(region, "cn-"):
		return "aws-cn"
	case strings.HasPrefix(region, "us-gov-"):
		return "aws-us-gov"
	}
	return "aws"
}

// paramValue is a parameter's value: the --parameter override, else its
// Default, typed by the declaration.
func (st *state) paramValue(name string) (cty.Value, bool) {
	if s, ok := st.opts.Parameters[name]; ok {
		if _, declared := st.params[name]; declared {
			return st.paramFromString(name, s), true
		}
	}
	return st.paramDefault(name)
}

// paramFromString types a parameter value given as text.
func (st *state) paramFromString(name, s string) cty.Value {
	typ := ""
	if body, ok := st.params[name]; ok {
		if te, ok := lookup(st.entries(body), "Type"); ok {
			if t := st.deref(te.v); t.Kind == yaml.ScalarNode {
				typ = strings.TrimSpace(t.Value)
			}
		}
	}
	numeric := typ == "Number" || typ == "List<Number>"
	if typ == "CommaDelimitedList" || strings.HasPrefix(typ, "List<") {
		parts := strings.Split(s, ",")
		vals := make([]cty.Value, len(parts))
		for i, p := range parts {
			vals[i] = paramLeaf(strings.TrimSpace(p), numeric)
		}
		return cty.TupleVal(vals)
	}
	return paramLeaf(s, numeric)
}

// sub evaluates Fn::Sub in both forms: "text ${Name} ${Res.Attr} ${!Lit}" and
// [text, {Name: value}].
func (st *state) sub(arg *yaml.Node, depth int) cty.Value {
	var tmpl string
	vars := map[string]cty.Value{}
	switch arg.Kind {
	case yaml.ScalarNode:
		tmpl = arg.Value
	case yaml.SequenceNode:
		if len(arg.Content) != 2 {
			return cty.UnknownVal(cty.String)
		}
		t := st.deref(arg.Content[0])
		m := st.deref(arg.Content[1])
		if t.Kind != yaml.ScalarNode || m.Kind != yaml.MappingNode {
			return cty.UnknownVal(cty.String)
		}
		tmpl = t.Value
		for _, e := range st.entries(m) {
			v, _ := st.eval(e.v, depth+1)
			vars[e.name] = v
		}
	default:
		return cty.UnknownVal(cty.String)
	}
	if hasDynamicRef(tmpl) {
		return cty.UnknownVal(cty.String)
	}
	var b strings.Builder
	for {
		i := strings.Index(tmpl, "${")
		if i < 0 {
			b.WriteString(tmpl)
			break
		}
		b.WriteString(tmpl[:i])
		j := strings.IndexByte(tmpl[i:], '}')
		if j < 0 {
			b.WriteString(tmpl[i:])
			break
		}
		name := tmpl[i+2 : i+j]
		tmpl = tmpl[i+j+1:]
		if strings.HasPrefix(name, "!") {
			// ${!Literal} writes ${Literal}.
			b.WriteString("${" + name[1:] + "}")
			continue
		}
		v, ok := vars[name]
		if !ok {
			if strings.Contains(name, ".") {
				return cty.UnknownVal(cty.String) // ${Resource.Attribute}
			}
			v, _ = st.ref(name)
		}
		s, known := knownString(v)
		if !known {
			return cty.UnknownVal(cty.String)
		}
		b.WriteString(s)
	}
	return cty.StringVal(b.String())
}

// findInMap looks a value up in the Mappings section; the optional fourth
// argument ({DefaultValue: x}, AWS::LanguageExtensions) is used when the
// keys are not found.
func (st *state) findInMap(arg *yaml.Node, depth int) cty.Value {
	args := st.args(arg, 3)
	if args == nil {
		return cty.DynamicVal
	}
	var keys [3]string
	for i := range 3 {
		v, _ := st.eval(args[i], depth+1)
		s, ok := knownString(v)
		if !ok {
			return cty.DynamicVal
		}
		keys[i] = s
	}
	if st.mappings != nil {
		if top, ok := lookup(st.entries(st.mappings), keys[0]); ok {
			if second, ok := lookup(st.entries(st.deref(top.v)), keys[1]); ok {
				if leaf, ok := lookup(st.entries(st.deref(second.v)), keys[2]); ok {
					v, _ := st.eval(leaf.v, depth+1)
					return v
				}
			}
		}
	}
	if len(args) == 4 {
		if d := st.deref(args[3]); d.Kind == yaml.MappingNode {
			if e, ok := lookup(st.entries(d), "DefaultValue"); ok {
				v, _ := st.eval(e.v, depth+1)
				return v
			}
		}
	}
	return cty.DynamicVal
}

// condition evaluates a named condition of the Conditions section: True,
// False, or unknown when it depends on something not known statically (or
// refers to itself).
func (st *state) condition(name string, depth int) cty.Value {
	if v, ok := st.condValues[name]; ok {
		return v
	}
	body, ok := st.conditions[name]
	if !ok || depth > maxConditionDepth || st.condActive[name] {
		return cty.UnknownVal(cty.Bool)
	}
	st.condActive[name] = true
	v := st.condExpr(body, depth+1)
	delete(st.condActive, name)
	st.condValues[name] = v
	return v
}

// maxConditionDepth bounds conditions that refer to conditions.
const maxConditionDepth = 64

// condExpr evaluates a condition function: Fn::Equals, Fn::And, Fn::Or,
// Fn::Not, Condition.
func (st *state) condExpr(n *yaml.Node, depth int) cty.Value {
	n = st.deref(n)
	if n.Kind != yaml.MappingNode || depth > maxConditionDepth {
		return cty.UnknownVal(cty.Bool)
	}
	es := st.entries(n)
	if len(es) != 1 {
		return cty.UnknownVal(cty.Bool)
	}
	arg := st.deref(es[0].v)
	switch es[0].name {
	case "Condition":
		if arg.Kind == yaml.ScalarNode {
			return st.condition(arg.Value, depth)
		}
	case "Fn::Equals":
		if arg.Kind == yaml.SequenceNode && len(arg.Content) == 2 {
			a, _ := st.eval(arg.Content[0], depth)
			b, _ := st.eval(arg.Content[1], depth)
			as, ok1 := knownString(a)
			bs, ok2 := knownString(b)
			if ok1 && ok2 {
				return cty.BoolVal(as == bs)
			}
		}
	case "Fn::Not":
		if arg.Kind == yaml.SequenceNode && len(arg.Content) == 1 {
			v := st.condExpr(arg.Content[0], depth+1)
			if v.IsKnown() {
				return v.Not()
			}
		}
	case "Fn::And", "Fn::Or":
		if arg.Kind != yaml.SequenceNode {
			break
		}
		and := es[0].name == "Fn::And"
		unknown := false
		for _, c := range arg.Content {
			v := st.condExpr(c, depth+1)
			switch {
			case !v.IsKnown():
				unknown = true
			case v.True() != and:
				// A false in And, a true in Or decides.
				return cty.BoolVal(!and)
			}
		}
		if !unknown {
			return cty.BoolVal(and)
		}
	}
	return cty.UnknownVal(cty.Bool)
}

// knownString reads a known string, number or bool as CloudFormation
// compares and concatenates them: as text.
func knownString(v cty.Value) (string, bool) {
	if v == cty.NilVal || !v.IsKnown() || v.IsNull() {
		return "", false
	}
	switch v.Type() {
	case cty.String:
		return v.AsString(), true
	case cty.Number:
		return v.AsBigFloat().Text('f', -1), true
	case cty.Bool:
		if v.True() {
			return "true", true
		}
		return "false", true
	}
	return "", false
}

func join(delim, list cty.Value) cty.Value {
	d, ok := knownString(delim)
	if !ok || !list.IsKnown() || list.IsNull() || !list.CanIterateElements() {
		return cty.UnknownVal(cty.String)
	}
	var parts []string
	for it := list.ElementIterator(); it.Next(); {
		_, e := it.Element()
		s, ok := knownString(e)
		if !ok {
			return cty.UnknownVal(cty.String)
		}
		parts = append(parts, s)
	}
	return cty.StringVal(strings.Join(parts, d))
}

func selectElem(idx, list cty.Value) cty.Value {
	s, ok := knownString(idx)
	if !ok || !list.IsKnown() || list.IsNull() || !list.CanIterateElements() {
		return cty.DynamicVal
	}
	i, err := strconv.Atoi(s)
	if err != nil || i < 0 || i >= list.LengthInt() {
		return cty.DynamicVal
	}
	n := 0
	for it := list.ElementIterator(); it.Next(); n++ {
		if _, e := it.Element(); n == i {
			return e
		}
	}
	return cty.DynamicVal
}

func split(delim, s cty.Value) cty.Value {
	d, ok1 := knownString(delim)
	str, ok2 := knownString(s)
	if !ok1 || !ok2 || d == "" {
		return cty.DynamicVal
	}
	parts := strings.Split(str, d)
	vals := make([]cty.Value, len(parts))
	for i, p := range parts {
		vals[i] = cty.StringVal(p)
	}
	return cty.TupleVal(vals)
}

// getAZs lists a region's availability zones by name. Which zones an
// account sees is account-specific; every region has at least three, and
// the first three letters are what templates select from.
func getAZs(region cty.Value, deflt string) cty.Value {
	r, ok := knownString(region)
	if !ok {
		return cty.DynamicVal
	}
	if r == "" {
		r = deflt
	}
	return cty.TupleVal([]cty.Value{cty.StringVal(r + "a"), cty.StringVal(r + "b"), cty.StringVal(r + "c")})
}

// cidr is Fn::Cidr: count blocks of cidrBits host bits carved in order from
// the start of ipBlock.
func cidr(block, count, bits cty.Value) cty.Value {
	bs, ok1 := knownString(block)
	cs, ok2 := knownString(count)
	hs, ok3 := knownString(bits)
	if !ok1 || !ok2 || !ok3 {
		return cty.DynamicVal
	}
	prefix, err := netip.ParsePrefix(bs)
	n, err2 := strconv.Atoi(cs)
	host, err3 := strconv.Atoi(hs)
	if err != nil || err2 != nil || err3 != nil || n < 1 || n > 256 {
		return cty.DynamicVal
	}
	prefix = prefix.Masked()
	total := prefix.Addr().BitLen()
	newLen := total - host
	if host < 1 || newLen < prefix.Bits() || newLen-prefix.Bits() > 30 || 1<<(newLen-prefix.Bits()) < n {
		return cty.DynamicVal
	}
	base := new(big.Int).SetBytes(prefix.Addr().AsSlice())
	step := new(big.Int).Lsh(big.NewInt(1), uint(host))
	vals := make([]cty.Value, n)
	for i := range n {
		addr := new(big.Int).Add(base, new(big.Int).Mul(step, big.NewInt(int64(i))))
		b := addr.FillBytes(make([]byte, total/8))
		a, _ := netip.AddrFromSlice(b)
		vals[i] = cty.StringVal(netip.PrefixFrom(a, newLen).String())
	}
	return cty.TupleVal(vals)
}
