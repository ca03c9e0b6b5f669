package mappings

import (
	"testing"
)

// Every AWS region is translated, every suggested location is a physical
// Azure region, and a region without a location says why.
func TestRegionTable(t *testing.T) {
	aws := readRef("aws-regions.tsv")
	if len(aws) < 40 {
		t.Fatalf("only %d AWS regions in the reference list", len(aws))
	}
	physical := map[string]bool{}
	for _, line := range readRows("azure-regions.tsv") {
		if len(line) > 4 && line[4] == "Physical" {
			physical[line[0]] = true
		}
	}
	for _, r := range aws {
		loc, ok := AzureLocation(r.Type)
		switch {
		case !ok:
			t.Errorf("%s: no Azure location entry", r.Type)
		case loc.Name == "" && loc.Note == "":
			t.Errorf("%s: no location and no note saying why", r.Type)
		case loc.Name != "" && !physical[loc.Name]:
			t.Errorf("%s: %s is not a physical Azure region", r.Type, loc.Name)
		}
	}
	if len(regionTable()) != len(aws) {
		t.Errorf("region table has %d rows, the reference %d: remove regions AWS no longer lists", len(regionTable()), len(aws))
	}
	for region, want := range map[string]string{"us-east-1": "eastus", "eu-west-1": "northeurope", "ap-northeast-1": "japaneast", "eu-central-1": "germanywestcentral"} {
		if loc, _ := AzureLocation(region); loc.Name != want {
			t.Errorf("%s -> %q, want %q", region, loc.Name, want)
		}
	}
	if _, ok := AzureLocation("mars-north-1"); ok {
		t.Error("an unknown region was translated")
	}
}
