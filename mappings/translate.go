package mappings

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// A translator turns one AWS value into its Azure counterpart. ok is false
// when there is no mechanical answer; note then says how to choose.
type translator func(aws string) (azure, note string, ok bool)

// translators is the explicit table translate blocks name.
var translators = map[string]translator{
	"ec2-vm-size":           ec2VMSize,
	"lambda-runtime":        lambdaRuntime,
	"s3-storage-class":      s3StorageClass,
	"ebs-volume-type":       ebsVolumeType,
	"ebs-root-volume-type":  ebsRootVolumeType,
	"rds-postgresql-sku":    rdsPostgresSKU,
	"rds-mysql-sku":         rdsMySQLSKU,
	"rds-sql-sku":           rdsSQLSKU,
	"elasticache-node-type": elastiCacheNodeType,
}

// tableExamples are typical AWS values per table, shown by `a2z explain` with
// what the table makes of them (TestTableExamples keeps the list complete).
var tableExamples = map[string][]string{
	"ec2-vm-size":           {"t3.micro", "m6i.xlarge", "c7g.2xlarge", "r5.4xlarge"},
	"lambda-runtime":        {"python3.12", "nodejs20.x", "java21", "provided.al2023"},
	"s3-storage-class":      {"STANDARD_IA", "GLACIER_IR", "DEEP_ARCHIVE"},
	"ebs-volume-type":       {"gp3", "io2", "st1"},
	"ebs-root-volume-type":  {"gp3", "io1"},
	"rds-postgresql-sku":    {"db.t4g.medium", "db.m6i.xlarge", "db.r6g.2xlarge"},
	"rds-mysql-sku":         {"db.t3.small", "db.m5.large", "db.r5.xlarge"},
	"rds-sql-sku":           {"db.m5.xlarge", "db.r6i.2xlarge"},
	"elasticache-node-type": {"cache.t3.micro", "cache.m6g.large", "cache.r7g.xlarge"},
}

// TableExample is one AWS value and what a table makes of it.
type TableExample struct {
	AWS, Azure, Note string
	OK               bool
}

// TableExamples runs a table on its typical values.
func TableExamples(table string) []TableExample {
	var out []TableExample
	for _, v := range tableExamples[table] {
		azure, note, ok := TranslateValue(table, v)
		out = append(out, TableExample{AWS: v, Azure: azure, Note: note, OK: ok})
	}
	return out
}

// TranslationTables lists the tables translate blocks may name, sorted.
func TranslationTables() []string {
	names := make([]string, 0, len(translators))
	for n := range translators {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// TranslateValue runs one table on a value; ok is false for an unknown table.
func TranslateValue(table, aws string) (azure, note string, ok bool) {
	t, found := translators[table]
	if !found {
		return "", "", false
	}
	return t(aws)
}

// reInstanceType splits an EC2 instance type: class, generation, attribute
// letters (g Graviton, a AMD, i Intel, d local NVMe, n network, …), size.
var reInstanceType = regexp.MustCompile(`^([a-z]+)(\d+)([a-z-]*)\.([a-z0-9-]+)$`)

// vmSeries is an Azure VM series sized by vCPU count, at one memory per vCPU.
type vmSeries struct {
	format string // Standard_D%ds_v5
	sizes  []int  // vCPU counts the series offers, ascending
}

// The series a2z proposes per EC2 class and CPU architecture, chosen by the
// same memory per vCPU: m 4 GiB (D), c 2 GiB (F on x64, Dpls on Arm64),
// r 8 GiB (E).
var (
	seriesX64 = map[string]vmSeries{
		"m": {"Standard_D%ds_v5", []int{2, 4, 8, 16, 32, 48, 64, 96}},
		"c": {"Standard_F%ds_v2", []int{2, 4, 8, 16, 32, 48, 64, 72}},
		"r": {"Standard_E%ds_v5", []int{2, 4, 8, 16, 20, 32, 48, 64, 96}},
	}
	seriesAMD = map[string]vmSeries{
		"m": {"Standard_D%das_v5", []int{2, 4, 8, 16, 32, 48, 64, 96}},
		"c": {"Standard_F%ds_v2", []int{2, 4, 8, 16, 32, 48, 64, 72}},
		"r": {"Standard_E%das_v5", []int{2, 4, 8, 16, 20, 32, 48, 64, 96}},
	}
	seriesArm = map[string]vmSeries{
		"m": {"Standard_D%dps_v6", []int{2, 4, 8, 16, 32, 48, 64, 96}},
		"c": {"Standard_D%dpls_v6", []int{2, 4, 8, 16, 32, 48, 64, 96}},
		"r": {"Standard_E%dps_v6", []int{2, 4, 8, 16, 32, 48, 64, 96}},
	}
)

// Notes for classes without a mechanical answer.
var classNotes = map[string]string{
	"i":   "storage optimized: choose an Lsv3 or Lasv3 size with the local NVMe capacity you need",
	"im":  "storage optimized: choose an Lsv3 or Lasv3 size with the local NVMe capacity you need",
	"is":  "storage optimized: choose an Lsv3 or Lasv3 size with the local NVMe capacity you need",
	"d":   "dense storage: choose an Lsv3 size, or managed disks on a general-purpose size",
	"x":   "memory optimized with very large memory: choose an M-series (Mv2, Msv3) size",
	"u":   "memory optimized with very large memory: choose an M-series (Mv2, Msv3) size",
	"z":   "high frequency: choose an FX-series or Esv5 size",
	"g":   "GPU: choose an NC, ND or NV series size by GPU model and count",
	"p":   "GPU: choose an NC or ND series size by GPU model and count",
	"inf": "AWS Inferentia has no Azure equivalent: run inference on NC/ND GPU sizes",
	"trn": "AWS Trainium has no Azure equivalent: train on ND GPU sizes",
	"hpc": "HPC: choose an HB or HX series size",
	"mac": "Azure has no macOS virtual machines: use a hosted macOS build service",
	"f":   "FPGA: Azure's FPGA sizes (NP series) are retired; redesign the accelerated part",
	"vt":  "video transcoding: choose an NV or NC series size",
	"dl":  "deep learning: choose an ND series size",
}

// ec2VMSize proposes an Azure VM size for an EC2 instance type: the same
// vCPU count (rounded up to a size the series has) at the same memory per
// vCPU and CPU architecture.
func ec2VMSize(instanceType string) (string, string, bool) {
	it := strings.ToLower(strings.TrimSpace(instanceType))
	m := reInstanceType.FindStringSubmatch(it)
	if m == nil {
		return "", fmt.Sprintf("%q is not an EC2 instance type a2z can read", instanceType), false
	}
	class, gen, attrs, size := m[1], m[2], m[3], m[4]
	if class == "t" {
		return burstableSize(gen, attrs, size)
	}
	if strings.HasPrefix(size, "metal") {
		return "", "bare metal: Azure offers dedicated hosts (azurerm_dedicated_host) rather than bare-metal sizes", false
	}
	series, ok := seriesX64[class]
	arch := "x64"
	switch {
	case strings.Contains(attrs, "g"):
		series, arch = seriesArm[class], "Arm64"
	case strings.Contains(attrs, "a"):
		series = seriesAMD[class]
	}
	if !ok {
		if note, known := classNotes[class]; known {
			return "", note, false
		}
		return "", fmt.Sprintf("no size rule for the %s family: choose by vCPU, memory and architecture", class+gen+attrs), false
	}
	vcpu, ok := vcpus(size)
	if !ok {
		return "", fmt.Sprintf("size %q has no vCPU count a2z knows", size), false
	}
	n, fits := fit(series.sizes, vcpu)
	name := fmt.Sprintf(series.format, n)
	var notes []string
	if n != vcpu {
		if fits {
			notes = append(notes, fmt.Sprintf("%d vCPU rounded up to %d", vcpu, n))
		} else {
			notes = append(notes, fmt.Sprintf("%d vCPU is more than the series offers; %d is its largest", vcpu, n))
		}
	}
	if arch == "Arm64" {
		notes = append(notes, "Arm64 (Cobalt): images and binaries must be built for Arm64")
	}
	if strings.Contains(attrs, "d") {
		notes = append(notes, "local NVMe storage: pick the d variant of the series (a local temp disk)")
	}
	return name, strings.Join(notes, "; "), true
}

// burstableSize maps t2/t3/t3a/t4g to the B v2 series by vCPU and memory.
func burstableSize(gen, attrs, size string) (string, string, bool) {
	// Memory in GiB of t2/t3/t4g sizes; t2's nano to small have 1 vCPU, which
	// the B v2 series does not offer (2 is its smallest).
	mem := map[string]float64{"nano": 0.5, "micro": 1, "small": 2, "medium": 4, "large": 8, "xlarge": 16, "2xlarge": 32}
	gib, ok := mem[size]
	if !ok {
		return "", fmt.Sprintf("t%s%s.%s is not a burstable size a2z knows", gen, attrs, size), false
	}
	vcpu := 2
	switch size {
	case "xlarge":
		vcpu = 4
	case "2xlarge":
		vcpu = 8
	}
	arm := strings.Contains(attrs, "g")
	p := ""
	if arm {
		p = "p"
	}
	// Each vCPU count has a low-memory (l) and a standard size; 2 vCPU also
	// has a 1 GiB size on x64 (t).
	var name string
	switch {
	case vcpu == 2 && gib <= 1 && !arm:
		name = "Standard_B2ts_v2"
	case gib <= float64(vcpu)*2:
		name = fmt.Sprintf("Standard_B%d%sls_v2", vcpu, p)
	default:
		name = fmt.Sprintf("Standard_B%d%ss_v2", vcpu, p)
	}
	note := "burstable: B-series credits work like T-instance CPU credits; unlimited mode has no equivalent"
	if arm {
		note += "; Arm64 (Cobalt): images and binaries must be built for Arm64"
	}
	return name, note, true
}

// vcpus reads the vCPU count of a non-burstable EC2 size name.
func vcpus(size string) (int, bool) {
	switch size {
	case "medium":
		return 1, true
	case "large":
		return 2, true
	case "xlarge":
		return 4, true
	}
	if n, ok := strings.CutSuffix(size, "xlarge"); ok {
		if k, err := strconv.Atoi(n); err == nil && k > 0 {
			return 4 * k, true
		}
	}
	return 0, false
}

// fit returns the smallest size of at least n vCPU, or the largest size
// when none is big enough (fits false).
func fit(sizes []int, n int) (int, bool) {
	for _, s := range sizes {
		if s >= n {
			return s, true
		}
	}
	return sizes[len(sizes)-1], false
}
