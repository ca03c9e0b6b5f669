package tffunc

import (
	"bytes"
	"compress/gzip"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"golang.org/x/text/encoding/ianaindex"
)

// stringFunc builds a function of one string returning a string.
func stringFunc(f func(string) (string, error)) function.Function {
	return function.New(&function.Spec{
		Params: []function.Parameter{{Name: "str", Type: cty.String}},
		Type:   function.StaticReturnType(cty.String),
		Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
			s, err := f(args[0].AsString())
			if err != nil {
				return cty.UnknownVal(cty.String), function.NewArgError(0, err)
			}
			return cty.StringVal(s), nil
		},
	})
}

// HashHex is the hex digest of b; the file hash functions in
// parser/terraform reuse it.
func HashHex(h func() hash.Hash, b []byte) string {
	d := h()
	d.Write(b)
	return hex.EncodeToString(d.Sum(nil))
}

// HashBase64 is the base64 digest of b, for base64sha256 and friends.
func HashBase64(h func() hash.Hash, b []byte) string {
	d := h()
	d.Write(b)
	return base64.StdEncoding.EncodeToString(d.Sum(nil))
}

func hexHash(h func() hash.Hash) function.Function {
	return stringFunc(func(s string) (string, error) { return HashHex(h, []byte(s)), nil })
}

func base64Hash(h func() hash.Hash) function.Function {
	return stringFunc(func(s string) (string, error) { return HashBase64(h, []byte(s)), nil })
}

// Hash functions, over the UTF-8 bytes of the string as in Terraform.
var (
	Md5          = hexHash(md5.New)
	Sha1         = hexHash(sha1.New)
	Sha256       = hexHash(sha256.New)
	Sha512       = hexHash(sha512.New)
	Base64Sha256 = base64Hash(sha256.New)
	Base64Sha512 = base64Hash(sha512.New)
)

// Base64Encode and Base64Decode are Terraform's: the decoded bytes must be
// UTF-8.
var (
	Base64Encode = stringFunc(func(s string) (string, error) {
		return base64.StdEncoding.EncodeToString([]byte(s)), nil
	})
	Base64Decode = stringFunc(func(s string) (string, error) {
		b, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return "", fmt.Errorf("failed to decode base64 data: %w", err)
		}
		if !utf8.Valid(b) {
			return "", errors.New("the result of decoding the provided string is not valid UTF-8")
		}
		return string(b), nil
	})
)

// Base64Gzip is Terraform's base64gzip: gzip at the default level (Go's
// writer, as Terraform uses, so the bytes match), then base64.
var Base64Gzip = stringFunc(func(s string) (string, error) {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	if _, err := w.Write([]byte(s)); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
})

// URLEncode is Terraform's urlencode: query escaping, spaces as "+".
var URLEncode = stringFunc(func(s string) (string, error) { return url.QueryEscape(s), nil })

// Basename and Dirname use the host's path rules, as Terraform does.
var (
	Basename = stringFunc(func(s string) (string, error) { return filepath.Base(s), nil })
	Dirname  = stringFunc(func(s string) (string, error) { return filepath.Dir(s), nil })
)

func ianaEncoding(name string) (interface {
	Encode(string) (string, error)
	Decode(string) (string, error)
}, error) {
	enc, err := ianaindex.IANA.Encoding(name)
	if err != nil || enc == nil {
		return nil, fmt.Errorf("%q is not a supported IANA encoding name or alias in this Terraform version", name)
	}
	return textCodec{enc.NewEncoder().String, enc.NewDecoder().String}, nil
}

type textCodec struct {
	enc, dec func(string) (string, error)
}

func (c textCodec) Encode(s string) (string, error) { return c.enc(s) }
func (c textCodec) Decode(s string) (string, error) { return c.dec(s) }

// TextEncodeBase64 is Terraform's textencodebase64.
var TextEncodeBase64 = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "string", Type: cty.String},
		{Name: "encoding", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		codec, err := ianaEncoding(args[1].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(1, err)
		}
		out, err := codec.Encode(args[0].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "the given string contains characters that cannot be represented in %s", args[1].AsString())
		}
		return cty.StringVal(base64.StdEncoding.EncodeToString([]byte(out))), nil
	},
})

// TextDecodeBase64 is Terraform's textdecodebase64.
var TextDecodeBase64 = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "source", Type: cty.String},
		{Name: "encoding", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		codec, err := ianaEncoding(args[1].AsString())
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(1, err)
		}
		raw, err := base64.StdEncoding.DecodeString(args[0].AsString())
		if err != nil {
			var ce base64.CorruptInputError
			if errors.As(err, &ce) {
				return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "the given value is has an invalid base64 symbol at offset %d", int(ce))
			}
			return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "invalid source string: %w", err)
		}
		out, err := codec.Decode(string(raw))
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgErrorf(0, "the given string contains symbols that are not defined for %s", args[1].AsString())
		}
		return cty.StringVal(out), nil
	},
})

var uuidNamespaces = map[string]string{
	"dns":  "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
	"url":  "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
	"oid":  "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
	"x500": "6ba7b814-9dad-11d1-80b4-00c04fd430c8",
}

// parseUUID accepts the spellings Terraform's UUID parser does: plain,
// "urn:uuid:" prefixed, braced, or without hyphens.
func parseUUID(s string) ([]byte, error) {
	t := s
	switch {
	case len(t) == 45 && strings.EqualFold(t[:9], "urn:uuid:"):
		t = t[9:]
	case len(t) == 38 && t[0] == '{' && t[37] == '}':
		t = t[1:37]
	}
	if len(t) == 36 {
		if t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-' {
			return nil, fmt.Errorf("uuidv5() doesn't support namespace %s (invalid UUID format)", s)
		}
		t = strings.ReplaceAll(t, "-", "")
	}
	b, err := hex.DecodeString(t)
	if err != nil || len(b) != 16 {
		return nil, fmt.Errorf("uuidv5() doesn't support namespace %s (invalid UUID format)", s)
	}
	return b, nil
}

// UUIDv5 is Terraform's uuidv5: a name-based (SHA-1) UUID, deterministic.
var UUIDv5 = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "namespace", Type: cty.String},
		{Name: "name", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		ns := args[0].AsString()
		if std, ok := uuidNamespaces[ns]; ok {
			ns = std
		}
		nsBytes, err := parseUUID(ns)
		if err != nil {
			return cty.UnknownVal(cty.String), function.NewArgError(0, err)
		}
		h := sha1.New()
		h.Write(nsBytes)
		h.Write([]byte(args[1].AsString()))
		u := h.Sum(nil)[:16]
		u[6] = (u[6] & 0x0f) | 0x50
		u[8] = (u[8] & 0x3f) | 0x80
		x := hex.EncodeToString(u)
		return cty.StringVal(x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:]), nil
	},
})

// TimeCmp is Terraform's timecmp over RFC 3339 timestamps.
var TimeCmp = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "timestamp_a", Type: cty.String},
		{Name: "timestamp_b", Type: cty.String},
	},
	Type: function.StaticReturnType(cty.Number),
	Impl: func(args []cty.Value, _ cty.Type) (cty.Value, error) {
		var ts [2]time.Time
		for i := range ts {
			t, err := time.Parse(time.RFC3339Nano, args[i].AsString())
			if err != nil {
				return cty.UnknownVal(cty.Number), function.NewArgErrorf(i, "not a valid RFC3339 timestamp: %s", args[i].AsString())
			}
			ts[i] = t
		}
		return cty.NumberIntVal(int64(ts[0].Compare(ts[1]))), nil
	},
})
