package terraform

import (
	"context"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/google/go-cmp/cmp"
	"github.com/zclconf/go-cty/cty"

	"github.com/a2z/a2z/parser"
)

const readsFixture = `
resource "aws_s3_bucket" "a" {
  bucket = "logs"
  tags   = { team = "x" }
}

resource "aws_sqs_queue" "q" {
  name          = "${aws_s3_bucket.a.bucket}-q"
  fifo_queue    = true
  delay_seconds = 5
}

resource "aws_s3_bucket" "counted" {
  count         = 2
  bucket        = "c${count.index}"
  force_destroy = true
}

resource "aws_sns_topic" "t" {
  name         = aws_s3_bucket.counted[1].bucket
  display_name = "d"
}

resource "aws_s3_bucket" "whole" {
  bucket        = "w"
  force_destroy = true
}

locals {
  w = aws_s3_bucket.whole
}

resource "aws_s3_bucket" "out" {
  bucket        = "o"
  force_destroy = true
}

# Only a calling module reads outputs: the root's are not evaluated.
output "o" {
  value = aws_s3_bucket.out
}

resource "aws_s3_bucket" "splat" {
  count         = 2
  bucket        = "s"
  force_destroy = true
}

resource "aws_sns_topic" "u" {
  name = join(",", aws_s3_bucket.splat[*].bucket)
}

resource "aws_s3_bucket" "keyed" {
  for_each      = toset(["k"])
  bucket        = "b-${each.key}"
  force_destroy = true
}

resource "aws_sns_topic" "v" {
  name = aws_s3_bucket.keyed["k"].bucket
}

data "aws_iam_policy_document" "p" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "pol" {
  name   = "n"
  policy = data.aws_iam_policy_document.p.json
}

resource "aws_instance" "web" {
  ami           = "ami-1"
  instance_type = var.missing
  ebs_block_device {
    device_name = "/dev/sdb"
  }
  dynamic "network_interface" {
    for_each = [1]
    content {
      device_index = network_interface.value
    }
  }
}
`

// TestReadsEvaluatesWhatIsRead checks that with Inputs.Reads a resource
// holds what the caller reads of its type plus what other expressions read
// of it, with the values a full evaluation gives.
func TestReadsEvaluatesWhatIsRead(t *testing.T) {
	fsys := fstest.MapFS{"main.tf": {Data: []byte(readsFixture)}}
	dirs := []parser.TerraformDir{{Dir: ".", Files: []string{"main.tf"}}}
	reads := map[string][]string{
		"aws_sqs_queue":  {"fifo_queue"},
		"aws_sns_topic":  {"name"},
		"aws_iam_policy": {"policy"},
		"aws_instance":   {"ebs_block_device", "instance_type"},
	}
	in := Inputs{Reads: func(kind parser.Kind, typ string) ([]string, bool) {
		if kind == parser.KindData {
			return nil, false
		}
		return reads[typ], false
	}}
	full := ParseTree(context.Background(), fsys, dirs, Inputs{})
	part := ParseTree(context.Background(), fsys, dirs, in)
	if len(full.Resources) != len(part.Resources) {
		t.Fatalf("%d resources with Reads, %d without", len(part.Resources), len(full.Resources))
	}

	want := map[string][]string{
		"aws_s3_bucket.a":                {"bucket"}, // read by aws_sqs_queue.q's name
		"aws_sqs_queue.q":                {"fifo_queue"},
		"aws_s3_bucket.counted[0]":       {"bucket"},
		"aws_s3_bucket.counted[1]":       {"bucket"},
		"aws_sns_topic.t":                {"name"},
		"aws_s3_bucket.whole":            {"bucket", "force_destroy"}, // a local reads it whole
		"aws_s3_bucket.out":              nil,                         // read by a root output only
		"aws_s3_bucket.splat[0]":         {"bucket", "force_destroy"}, // a splat reads it whole
		"aws_s3_bucket.splat[1]":         {"bucket", "force_destroy"},
		"aws_sns_topic.u":                {"name"},
		`aws_s3_bucket.keyed["k"]`:       {"bucket"},
		"aws_sns_topic.v":                {"name"},
		"data.aws_iam_policy_document.p": {"json", "minified_json"},
		"aws_iam_policy.pol":             {"policy"},
		"aws_instance.web":               {"ebs_block_device", "instance_type"},
	}
	for i, r := range part.Resources {
		f := full.Resources[i]
		if r.Address != f.Address {
			t.Fatalf("resource %d: %s with Reads, %s without", i, r.Address, f.Address)
		}
		var keys []string
		for k, v := range r.Attrs.AsValueMap() {
			keys = append(keys, k)
			if fv := f.Attrs.GetAttr(k); !v.RawEquals(fv) {
				t.Errorf("%s.%s = %#v with Reads, %#v without", r.Address, k, v, fv)
			}
		}
		slices.Sort(keys)
		if diff := cmp.Diff(want[r.Address], keys); diff != "" {
			t.Errorf("%s evaluated (-want +got):\n%s", r.Address, diff)
		}
		for k := range r.AttrRanges {
			if !slices.Contains(keys, k) {
				t.Errorf("%s has a range for %s, which was not evaluated", r.Address, k)
			}
		}
		for k := range r.Unresolved {
			if !slices.Contains(keys, k) {
				t.Errorf("%s has unresolved %s, which was not evaluated", r.Address, k)
			}
		}
	}

	byAddr := map[string]parser.Resource{}
	for _, r := range part.Resources {
		byAddr[r.Address] = r
	}
	for addr, v := range map[string]string{"aws_sns_topic.t": "c1", "aws_sns_topic.u": "s,s", "aws_sns_topic.v": "b-k"} {
		if got := byAddr[addr].Attrs.GetAttr("name"); !got.RawEquals(cty.StringVal(v)) {
			t.Errorf("%s name = %#v, want %q", addr, got, v)
		}
	}
	if pol := byAddr["aws_iam_policy.pol"].Attrs.GetAttr("policy"); !pol.IsKnown() {
		t.Errorf("aws_iam_policy.pol policy is unknown: the policy document was not rendered")
	}
	if u := byAddr["aws_instance.web"].Unresolved["instance_type"]; u != "var.missing" {
		t.Errorf("aws_instance.web unresolved instance_type = %q, want var.missing", u)
	}
}
