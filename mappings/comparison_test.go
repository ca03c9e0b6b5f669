package mappings

import (
	"bufio"
	"encoding/csv"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Microsoft's AWS-to-Azure comparison (a copy of the shared table), which
// AWS service's reference types it speaks for, and names a2z may use for a
// service the table names differently.
var (
	comparisonFile = filepath.Join("testdata", "reference", "aws-azure-services.csv")
	scopeFile      = filepath.Join("testdata", "comparison-scope.tsv")
	aliasFile      = filepath.Join("testdata", "comparison-aliases.tsv")
)

// TestServicesAgreeWithComparison checks the knowledge base at service level
// against Microsoft's comparison: for every AWS service of the table that has
// resource types, the entries of its principal types (comparison-scope.tsv)
// name an Azure service the table pairs with it, or say in `differs` why not.
// Sub-resources (policies, attachments, endpoints) are out of scope: their
// Azure home is often RBAC or Private Link whatever the service.
func TestServicesAgreeWithComparison(t *testing.T) {
	kb := builtin(t)
	pairs := readComparison(t)
	aliases := readTSV(t, aliasFile, 3)
	ref := LoadReference()
	var refTypes []string
	for _, r := range ref.AWSResources {
		refTypes = append(refTypes, r.Type)
	}
	for _, r := range ref.CloudFormation {
		refTypes = append(refTypes, r.Type)
	}

	// Which table rows speak for each entry; an entry covered by several rows
	// may name any Azure service paired with one of them.
	accepted := map[*Mapping][]string{}
	rows := map[string]bool{}
	for _, f := range readTSV(t, scopeFile, 2) {
		service, sel := f[0], f[1]
		if rows[service] {
			t.Errorf("%s: %q has two rows", scopeFile, service)
		}
		rows[service] = true
		if _, ok := pairs[service]; !ok {
			t.Errorf("%s: %q is not an AWS service of %s", scopeFile, service, comparisonFile)
			continue
		}
		if sel == "-" {
			if len(f) < 3 || strings.TrimSpace(f[2]) == "" {
				t.Errorf("%s: %q has no types and no reason why", scopeFile, service)
			}
			continue
		}
		for _, glob := range strings.Fields(sel) {
			n := 0
			for _, typ := range refTypes {
				if ok, _ := path.Match(glob, typ); !ok {
					continue
				}
				n++
				m := kb.Resource(typ)
				if m == nil {
					m = kb.CloudFormation(typ)
				}
				if m == nil {
					t.Errorf("%s: %s (%s) is not classified", scopeFile, typ, service)
					continue
				}
				accepted[m] = append(accepted[m], pairs[service]...)
			}
			if n == 0 {
				t.Errorf("%s: %q (%s) matches no reference type", scopeFile, glob, service)
			}
		}
	}
	for service := range pairs {
		if !rows[service] {
			t.Errorf("%s: no row for %q; list its principal types, or \"-\" and why it has none", scopeFile, service)
		}
	}

	for _, m := range kb.All() {
		names, inScope := accepted[m]
		if !inScope {
			if m.Differs != "" {
				t.Errorf("%s: %s says how it differs from the comparison, but no row of %s covers it", m.DeclRange, m.ID, scopeFile)
			}
			continue
		}
		agrees := servicesAgree(m.Default, names, aliases)
		switch {
		case !agrees && m.Differs == "":
			slices.Sort(names)
			t.Errorf("%s: %s names %q, which Microsoft's comparison does not pair with it (it pairs %s); use one of those or say why in `differs`",
				m.DeclRange, m.ID, m.Default.Service, strings.Join(slices.Compact(names), " | "))
		case agrees && m.Differs != "":
			t.Errorf("%s: %s agrees with the comparison; remove its stale `differs`", m.DeclRange, m.ID)
		}
	}
}

// servicesAgree reports whether t's service is one of names (the table's
// Azure services). The table's "None" agrees with a target of status none.
func servicesAgree(t Target, names []string, aliases [][]string) bool {
	mine := serviceCandidates(t.Service)
	for _, a := range aliases {
		if containsAny(mine, serviceCandidates(a[0])) {
			mine = append(mine, serviceCandidates(a[1])...)
		}
	}
	for _, n := range names {
		if n == "None" {
			if t.Status == StatusNone {
				return true
			}
			continue
		}
		if containsAny(mine, serviceCandidates(n)) {
			return true
		}
	}
	return false
}

// containsAny reports whether a candidate of one list holds a candidate of
// the other as whole words, either way round.
func containsAny(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if hasWords(x, y) || hasWords(y, x) {
				return true
			}
		}
	}
	return false
}

func hasWords(s, sub string) bool {
	return sub != "" && strings.Contains(" "+s+" ", " "+sub+" ")
}

var (
	reParens   = regexp.MustCompile(`\(([^)]*)\)`)
	reNonWord  = regexp.MustCompile(`[^a-z0-9]+`)
	reJoin     = regexp.MustCompile(`,| or | and `)
	brandWords = strings.NewReplacer(" in microsoft foundry", "", " in foundry tools", "", "microsoft ", "", "azure ", "", "amazon ", "")
)

// serviceCandidates splits a service name into the names it may be known
// by: the name without brand words, each parenthesised part, and each
// alternative of "A or B", "A and B", "A, B".
func serviceCandidates(s string) []string {
	s = strings.ToLower(s)
	parts := []string{reParens.ReplaceAllString(s, " ")}
	for _, m := range reParens.FindAllStringSubmatch(s, -1) {
		parts = append(parts, m[1])
	}
	var out []string
	for _, p := range parts {
		for _, alt := range append([]string{p}, reJoin.Split(p, -1)...) {
			alt = singular(strings.TrimSpace(reNonWord.ReplaceAllString(brandWords.Replace(" "+alt), " ")))
			if alt != "" && !slices.Contains(out, alt) {
				out = append(out, alt)
			}
		}
	}
	return out
}

// singular drops the plural "s" of each word ("Network security groups").
func singular(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			words[i] = strings.TrimSuffix(w, "s")
		}
	}
	return strings.Join(words, " ")
}

// readComparison reads the table: AWS service → the Azure services paired
// with it.
func readComparison(t *testing.T) map[string][]string {
	t.Helper()
	f, err := os.Open(comparisonFile)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil || len(recs) < 100 {
		t.Fatalf("%s: %d rows, %v", comparisonFile, len(recs), err)
	}
	pairs := map[string][]string{}
	for _, r := range recs[1:] {
		if len(r) == 3 && !slices.Contains(pairs[r[1]], r[2]) {
			pairs[r[1]] = append(pairs[r[1]], r[2])
		}
	}
	return pairs
}

// readTSV reads tab-separated rows of at least min fields, skipping blank
// lines and # comments.
func readTSV(t *testing.T, name string, min int) [][]string {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	s := bufio.NewScanner(f)
	for line := 1; s.Scan(); line++ {
		l := s.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		fields := strings.Split(l, "\t")
		if len(fields) < min {
			t.Errorf("%s:%d: want at least %d tab-separated fields, got %d", name, line, min, len(fields))
			continue
		}
		rows = append(rows, fields)
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestServiceCandidates(t *testing.T) {
	tests := []struct {
		a, b  string
		agree bool
	}{
		{"Azure route table (user-defined routes)", "User Defined Routes", true},
		{"Azure Bot Service with conversational language understanding", "Conversational language understanding in Microsoft Foundry", true},
		{"Exchange Online (Microsoft 365)", "Microsoft 365", true},
		{"Azure Service Bus", "Azure Service Bus queues", true},
		{"Azure Synapse serverless SQL pool or Fabric lakehouse SQL analytics endpoint", "Fabric lakehouse SQL analytics endpoint", true},
		{"Azure Storage Mover", "Azure File Sync", false},
		{"Azure Event Grid", "Azure Event Hubs", false},
		{"Azure Monitor", "Azure Monitor resource logs (Log Analytics workspace)", true},
		{"Azure Functions", "Azure Logic Apps", false},
		{"Azure network security group", "Network security groups", true},
	}
	for _, tt := range tests {
		got := containsAny(serviceCandidates(tt.a), serviceCandidates(tt.b))
		if got != tt.agree {
			t.Errorf("%q vs %q: agree = %v, want %v (candidates %q / %q)", tt.a, tt.b, got, tt.agree, serviceCandidates(tt.a), serviceCandidates(tt.b))
		}
	}
}

// TestTranslationsAgreeWithComparison checks the storage translations
// against the comparison's rows for S3 storage classes and EBS volume types:
// the value a2z proposes is one of the Azure options the table names.
func TestTranslationsAgreeWithComparison(t *testing.T) {
	pairs := readComparison(t)
	// The comparison's wording for an Azure value a table may produce.
	azureNames := map[string]string{
		"Hot": "Hot tier", "Cool": "Cool tier", "Cold": "Cold tier", "Archive": "Archive tier",
		"Standard_LRS": "Standard HDD", "StandardSSD_LRS": "Standard SSD", "Premium_LRS": "Premium SSD",
		"PremiumV2_LRS": "Premium SSD v2", "UltraSSD_LRS": "Ultra Disk Storage",
	}
	rows := []struct{ row, table, aws string }{
		{"S3 Standard-Infrequent Access", "s3-storage-class", "STANDARD_IA"},
		{"S3 Glacier Instant Retrieval", "s3-storage-class", "GLACIER_IR"},
		{"S3 Glacier Flexible Retrieval", "s3-storage-class", "GLACIER"},
		{"S3 Glacier Deep Archive", "s3-storage-class", "DEEP_ARCHIVE"},
		{"EBS gp2", "ebs-volume-type", "gp2"},
		{"EBS gp3", "ebs-volume-type", "gp3"},
		{"EBS io2", "ebs-volume-type", "io2"},
		{"Amazon EBS provisioned IOPS volumes", "ebs-volume-type", "io1"},
		{"Amazon EBS provisioned IOPS volumes", "ebs-volume-type", "io2"},
	}
	for _, r := range rows {
		want, ok := pairs[r.row]
		if !ok {
			t.Errorf("%s has no row %q", comparisonFile, r.row)
			continue
		}
		got, note, ok := TranslateValue(r.table, r.aws)
		if !ok {
			t.Errorf("%s(%s) has no answer (%s)", r.table, r.aws, note)
			continue
		}
		if !slices.Contains(want, azureNames[got]) {
			t.Errorf("%s(%s) = %s (%s); Microsoft's comparison pairs %q with %s", r.table, r.aws, got, azureNames[got], r.row, strings.Join(want, " | "))
		}
	}
}
