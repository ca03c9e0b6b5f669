package mappings

import (
	"bufio"
	"bytes"
	"embed"
	"strings"
	"sync"
)

// The reference lists of every AWS and azurerm type, embedded so coverage
// can be measured and names checked without the network (see
// reference/README.md for where they come from).
//
//go:embed reference/*.tsv reference/*.txt
var referenceFS embed.FS

// RefType is one type of a reference list with its group: the Terraform
// provider's docs subcategory, or for CloudFormation the service namespace
// ("AWS::S3").
type RefType struct {
	Type  string
	Group string
}

// Reference holds the embedded type lists.
type Reference struct {
	AWSResources   []RefType
	AWSDataSources []RefType
	CloudFormation []RefType
	Azurerm        map[string]bool
	AzurermData    map[string]bool
}

// LoadReference returns the embedded reference lists, parsed once.
var LoadReference = sync.OnceValue(func() *Reference {
	r := &Reference{
		AWSResources:   readRef("terraform-aws-resources.tsv"),
		AWSDataSources: readRef("terraform-aws-datasources.tsv"),
		CloudFormation: readRef("cloudformation-resource-types.txt"),
		Azurerm:        map[string]bool{},
		AzurermData:    map[string]bool{},
	}
	for _, t := range readRef("terraform-azurerm-resources.tsv") {
		r.Azurerm[t.Type] = true
	}
	for _, t := range readRef("terraform-azurerm-datasources.tsv") {
		r.AzurermData[t.Type] = true
	}
	for i, t := range r.CloudFormation {
		r.CloudFormation[i].Group = cfnNamespace(t.Type)
	}
	return r
})

// cfnNamespace is the service part of a CloudFormation type: AWS::S3::Bucket → AWS::S3.
func cfnNamespace(t string) string {
	if i := strings.LastIndex(t, "::"); i > 0 {
		return t[:i]
	}
	return t
}

// readRows returns the tab-separated fields of an embedded list's rows,
// without the header. The files are part of the binary, so a missing one is
// a build mistake and panics.
func readRows(name string) [][]string {
	data, err := referenceFS.ReadFile("reference/" + name)
	if err != nil {
		panic("mappings: embedded reference list missing: " + name)
	}
	var out [][]string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Scan() // header
	for sc.Scan() {
		out = append(out, strings.Split(sc.Text(), "\t"))
	}
	return out
}

// readRef parses one embedded list: the type and an optional group.
func readRef(name string) []RefType {
	var out []RefType
	for _, f := range readRows(name) {
		typ, group := strings.TrimSpace(f[0]), ""
		if len(f) > 1 {
			group = strings.TrimSpace(f[1])
		}
		if typ != "" {
			out = append(out, RefType{Type: typ, Group: group})
		}
	}
	return out
}
