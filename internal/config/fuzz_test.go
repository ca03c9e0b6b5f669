package config

import (
	"strings"
	"testing"
)

// FuzzParse feeds arbitrary sources to the config loader: no panic, and an
// error names the file. Run it with:
// go test -run '^$' -fuzz '^FuzzParse$' ./internal/config/
func FuzzParse(f *testing.F) {
	seeds := []string{
		"format = [\"text\", \"sarif=a2z.sarif\"]\nfail_on = \"warning\"\nexclude = [\"examples\", \"**/testdata\"]\n" +
			"var_files = [\"prod.tfvars\"]\nparameters_files = [\"params/prod.json\"]\nregion = \"eu-west-1\"\n" +
			"mappings = [\"a2z-mappings\"]\nbaseline = \".a2z-baseline.json\"\nno_inline_ignores = true\n" +
			"effort = { partial = 3, none = 8 }\nrule \"aws-sqs-queue/fifo-sessions\" {\n  severity = \"error\"\n  ignorable = false\n}\n" +
			"rule \"aws-s3-bucket/*\" {\n  enabled = false\n}\n",
		"fail_onn = \"error\"\n",
		"fail_on = \"sometimes\"\n",
		"format = \"text\"\n",
		"\n\nrule \"x/y\" {\n  severity = \"fatal\"\n}\n",
		"rule \"x\" {}\nrule \"x\" {}\n",
		"exclude = [\"[\"]\n",
		"region = \n",
		"effort = { sometimes = 1 }\n",
		"effort = { none = -1 }\n",
		"format = [for x in range(3) : x]\nregion = var.r\nrule {}\n\x00\xff",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		c, err := Parse("dir/.a2z.hcl", src)
		switch {
		case err != nil:
			if !strings.Contains(err.Error(), ".a2z.hcl") {
				t.Errorf("error does not name the file: %v", err)
			}
		case c == nil:
			t.Error("nil config without an error")
		default:
			for id := range c.Rules {
				_, _ = c.RuleFor(id)
			}
		}
	})
}
