package tffunc

import (
	"errors"
	"fmt"
	"math/big"
	"net/netip"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/gocty"
)

// prefix is a parsed network: its first address as an integer, its prefix
// length and its address width (32 or 128).
type prefix struct {
	base *big.Int
	bits int
	size int
}

// parsePrefix reads a CIDR the way Terraform does: the host part is masked
// off, and IPv4 octets may carry leading zeros (read as decimal), which
// Go's parser rejects since Go 1.17.
func parsePrefix(s string) (prefix, error) {
	p, err := netip.ParsePrefix(stripIPv4Zeros(s))
	if err != nil {
		return prefix{}, fmt.Errorf("invalid CIDR expression: %s", strings.TrimPrefix(err.Error(), "netip.ParsePrefix: "))
	}
	p = p.Masked()
	addr := p.Addr()
	base := new(big.Int).SetBytes(addr.AsSlice())
	return prefix{base: base, bits: p.Bits(), size: addr.BitLen()}, nil
}

func stripIPv4Zeros(s string) string {
	addr, rest, ok := strings.Cut(s, "/")
	if !ok || strings.Contains(addr, ":") {
		return s
	}
	parts := strings.Split(addr, ".")
	for i, p := range parts {
		t := strings.TrimLeft(p, "0")
		if t == "" && p != "" {
			t = "0"
		}
		parts[i] = t
	}
	return strings.Join(parts, ".") + "/" + rest
}

func (p prefix) addr(n *big.Int) string {
	b := make([]byte, p.size/8)
	n.FillBytes(b)
	a, _ := netip.AddrFromSlice(b)
	return a.String()
}

func (p prefix) cidr(n *big.Int, bits int) string {
	return fmt.Sprintf("%s/%d", p.addr(n), bits)
}

// blockSize is 2^(size-bits), the number of addresses in a /bits network.
func (p prefix) blockSize(bits int) *big.Int {
	return new(big.Int).Lsh(big.NewInt(1), uint(p.size-bits))
}

func bigIntArg(v cty.Value, name string) (*big.Int, error) {
	bf := v.AsBigFloat()
	if !bf.IsInt() {
		return nil, fmt.Errorf("%s must be a whole number", name)
	}
	n, _ := bf.Int(nil)
	return n, nil
}

// CidrHost is Terraform's cidrhost: the address numbered hostnum inside
// prefix; a negative hostnum counts back from the last address.
var CidrHost = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "prefix", Type: cty.String},
		{Name: "hostnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(0, err)
		}
		num, err := bigIntArg(args[1], "hostnum")
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(1, err)
		}
		size := p.blockSize(p.bits)
		host := new(big.Int).Set(num)
		if host.Sign() < 0 {
			host.Add(host, size)
		}
		if host.Sign() < 0 || host.Cmp(size) >= 0 {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(1, "prefix of %d bits cannot accommodate a host numbered %s", p.bits, num)
		}
		return cty.StringVal(p.addr(host.Add(host, p.base))), nil
	},
})

// CidrNetmask is Terraform's cidrnetmask, defined for IPv4 only.
var CidrNetmask = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(0, err)
		}
		if p.size != 32 {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "IPv6 addresses cannot have a netmask: %s", args[0].AsString())
		}
		mask := new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 32), p.blockSize(p.bits))
		return cty.StringVal(p.addr(mask)), nil
	},
})

// CidrSubnet is Terraform's cidrsubnet.
var CidrSubnet = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "prefix", Type: cty.String},
		{Name: "newbits", Type: cty.Number},
		{Name: "netnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(0, err)
		}
		var newbits int
		if err := gocty.FromCtyValue(args[1], &newbits); err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(1, err)
		}
		num, err := bigIntArg(args[2], "netnum")
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(2, err)
		}
		if newbits < 0 {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(1, "must extend prefix by at least zero bits")
		}
		bits := p.bits + newbits
		if bits > p.size {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(1, "insufficient address space to extend prefix of %d by %d", p.bits, newbits)
		}
		if num.Sign() < 0 || num.BitLen() > newbits {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(2, "prefix extension of %d does not accommodate a subnet numbered %s", newbits, num)
		}
		n := new(big.Int).Mul(num, p.blockSize(bits))
		return cty.StringVal(p.cidr(n.Add(n, p.base), bits)), nil
	},
})

// CidrSubnets is Terraform's cidrsubnets: consecutive subnets, each aligned
// to its own size, allocated from the start of prefix.
var CidrSubnets = function.New(&function.Spec{
	Params:   []function.Parameter{{Name: "prefix", Type: cty.String}},
	VarParam: &function.Parameter{Name: "newbits", Type: cty.Number},
	Type:     function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.List(cty.String)), function.NewArgError(0, err)
		}
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		end := new(big.Int).Add(p.base, p.blockSize(p.bits))
		next := new(big.Int).Set(p.base)
		out := make([]cty.Value, 0, len(args)-1)
		for i, a := range args[1:] {
			var newbits int
			if err := gocty.FromCtyValue(a, &newbits); err != nil {
				return cty.UnknownVal(cty.List(cty.String)), function.NewArgError(i+1, err)
			}
			if newbits < 1 {
				return cty.UnknownVal(cty.List(cty.String)), function.NewArgErrorf(i+1, "must extend prefix by at least one bit")
			}
			bits := p.bits + newbits
			if bits > p.size {
				kind := "IPv4"
				if p.size == 128 {
					kind = "IPv6"
				}
				return cty.UnknownVal(cty.List(cty.String)), function.NewArgErrorf(i+1, "would extend prefix to %d bits, which is too long for an %s address", bits, kind)
			}
			block := p.blockSize(bits)
			// Round up to the next multiple of this subnet's size.
			start := new(big.Int).Add(next, new(big.Int).Sub(block, big.NewInt(1)))
			start.Div(start, block).Mul(start, block)
			next = new(big.Int).Add(start, block)
			if next.Cmp(end) > 0 {
				return cty.UnknownVal(cty.List(cty.String)), function.NewArgErrorf(i+1, "not enough remaining address space for a subnet with a prefix of %d bits after %s", bits, out[len(out)-1].AsString())
			}
			out = append(out, cty.StringVal(p.cidr(start, bits)))
		}
		return cty.ListVal(out), nil
	},
})

var errNotFound = errors.New("item not found")
