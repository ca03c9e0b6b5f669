package report

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/a2z/a2z/parser"
	"github.com/a2z/a2z/rules"
)

// ErrJSONVersion is returned (wrapped) by ReadJSON for a document whose
// version it cannot read.
var ErrJSONVersion = errors.New("unsupported a2z JSON version")

// ReadJSON turns a JSON document written by the json format (version 1) back
// into a result, so results can be combined and rendered again. Every field
// the document has is kept; what JSON v1 does not carry (attribute values,
// the mapping's note and link, a Terraform resource's name label) stays
// empty. Writing the result as JSON again gives the same document. Fields a
// later a2z adds to version 1 are ignored; any other version is an error
// wrapping ErrJSONVersion.
func ReadJSON(r io.Reader) (*rules.Result, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var head struct {
		Version *int `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, fmt.Errorf("not an a2z JSON result: %w", err)
	}
	if head.Version == nil {
		return nil, fmt.Errorf("not an a2z JSON result: no \"version\" field")
	}
	if *head.Version != JSONVersion {
		return nil, fmt.Errorf("%w %d (this a2z reads version %d)", ErrJSONVersion, *head.Version, JSONVersion)
	}
	var doc jsonDocument
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&doc); err != nil {
		return nil, fmt.Errorf("reading a2z JSON result: %w", err)
	}

	res := &rules.Result{}
	for _, jr := range doc.Resources {
		res.Resources = append(res.Resources, mappedFromJSON(jr))
	}
	for _, jf := range doc.Findings {
		f := rules.Finding{
			Rule:       jf.Rule,
			Severity:   parser.Severity(jf.Severity),
			Message:    jf.Message,
			Range:      at(jf.File, jf.Line, jf.Column),
			Root:       jf.Root,
			Address:    jf.Address,
			Link:       jf.Link,
			Repository: jf.Repository,
		}
		if sp := jf.Suppression; sp != nil {
			f.Suppressed = &rules.Suppression{Kind: sp.Kind, Reason: sp.Reason, Until: sp.Until}
		}
		res.Findings = append(res.Findings, f)
	}
	for _, jd := range doc.Diagnostics {
		res.Diagnostics = append(res.Diagnostics, parser.Diagnostic{
			Severity:   parser.Severity(jd.Severity),
			Summary:    jd.Message,
			Range:      at(jd.File, jd.Line, 0),
			Repository: jd.Repository,
		})
	}
	return res, nil
}

func at(file string, line, column int) parser.Range {
	return parser.Range{File: file, Start: parser.Pos{Line: line, Column: column}}
}

func mappedFromJSON(jr jsonResource) rules.Mapped {
	res := parser.Resource{
		Source:     parser.Source(jr.Source),
		Kind:       parser.KindResource,
		Type:       jr.Type,
		Name:       jr.Name,
		Address:    jr.Address,
		Range:      at(jr.File, jr.Line, jr.Column),
		Root:       jr.Root,
		Unexpanded: jr.Unexpanded,
		Repository: jr.Repository,
	}
	if res.Source == parser.SourceCloudFormation && res.Name == "" {
		res.Name = res.Address // "name" is written only when it differs
	}
	if res.Source == parser.SourceTerraform && isDataAddress(jr.Address, jr.Type) {
		res.Kind = parser.KindData
	}
	for _, p := range jr.CalledFrom {
		res.Calls = append(res.Calls, at(p.File, p.Line, p.Column))
	}
	if c := jr.Condition; c != nil {
		res.Condition, res.ConditionValue = c.Name, c.Value
	}
	m := rules.Mapped{
		Resource:  res,
		MappingID: jr.Mapping.ID,
		Status:    rules.Status(jr.Mapping.Status),
		Service:   jr.Mapping.AzureService,
		Azurerm:   jr.Mapping.AzureTerraform,
		ARM:       jr.Mapping.AzureARM,
		Location:  jr.Mapping.AzureLocation,
	}
	for _, t := range jr.Mapping.Translations {
		m.Translations = append(m.Translations, rules.Translation(t))
	}
	return m
}

// isDataAddress tells a data source's address (data.aws_ami.x, or
// module.m[0].data.aws_ami.x) from a managed resource's, including one in a
// module named "data" (module.data.aws_ami.x).
func isDataAddress(address, typ string) bool {
	i := strings.LastIndex(address, "data."+typ+".")
	if i < 0 {
		return false
	}
	before := address[:i]
	return before == "" || (strings.HasSuffix(before, ".") && !strings.HasSuffix(before, "module."))
}
