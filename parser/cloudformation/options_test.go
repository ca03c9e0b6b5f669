package cloudformation_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/a2z/a2z/parser/cloudformation"
)

func TestParseParametersFile(t *testing.T) {
	want := map[string]string{"Env": "prod", "Size": "3", "Zones": "a,b"}
	for name, src := range map[string]string{
		"AWS CLI list": `[{"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "Size", "ParameterValue": 3},
  {"ParameterKey": "Zones", "ParameterValue": "a,b"}]`,
		"CodePipeline template configuration": `{"Parameters": {"Env": "prod", "Size": 3, "Zones": ["a", "b"]}, "Tags": {"x": "y"}}`,
	} {
		got, err := cloudformation.ParseParametersFile([]byte(src))
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	for _, bad := range []string{`{"Tags": {}}`, `[{"ParameterValue": "x"}]`, `not json`} {
		if _, err := cloudformation.ParseParametersFile([]byte(bad)); err == nil {
			t.Errorf("%q: no error", bad)
		}
	}
}
