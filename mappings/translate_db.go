package mappings

import (
	"fmt"
	"regexp"
	"strings"
)

// reDBClass splits an RDS/Aurora instance class: db.r6g.2xlarge.
var reDBClass = regexp.MustCompile(`^db\.([a-z]+)(\d+)([a-z-]*)\.([a-z0-9]+)$`)

// flexibleServer describes the sizes one flexible server offers, as
// sku_name formats by tier, with the vCore counts of each series.
type flexibleServer struct {
	engine    string
	general   vmSeries // GP_Standard_…
	memory    vmSeries // MO_Standard_…
	burstNote string
}

// Sizes from the compute pages of each service:
// https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-compute
// https://learn.microsoft.com/azure/mysql/flexible-server/concepts-service-tiers-storage
// MySQL's General Purpose tier offers Ddsv4 and Dadsv5 (not Ddsv5 below 96
// vCores), and its Business Critical tier (sku prefix MO_) stops Edsv5 at 64.
var (
	postgresFlexible = flexibleServer{
		engine:    "PostgreSQL",
		general:   vmSeries{"GP_Standard_D%dds_v5", []int{2, 4, 8, 16, 32, 48, 64, 96}},
		memory:    vmSeries{"MO_Standard_E%dds_v5", []int{2, 4, 8, 16, 20, 32, 48, 64, 96}},
		burstNote: "Burstable tier: no zone-redundant high availability; meant for development and light workloads",
	}
	mysqlFlexible = flexibleServer{
		engine:    "MySQL",
		general:   vmSeries{"GP_Standard_D%dads_v5", []int{2, 4, 8, 16, 32, 48, 64}},
		memory:    vmSeries{"MO_Standard_E%dds_v5", []int{2, 4, 8, 16, 20, 32, 48, 64}},
		burstNote: "Burstable tier: no high availability or read replicas; meant for development and light workloads",
	}
)

// burstableByMemory maps db.t* sizes (by their memory) to B-series sizes
// both flexible servers offer.
var burstableByMemory = map[string]string{
	"micro":   "B_Standard_B1ms", // 1 GiB  -> 1 vCore, 2 GiB
	"small":   "B_Standard_B1ms", // 2 GiB  -> 1 vCore, 2 GiB
	"medium":  "B_Standard_B2s",  // 4 GiB  -> 2 vCores, 4 GiB
	"large":   "B_Standard_B2ms", // 8 GiB  -> 2 vCores, 8 GiB
	"xlarge":  "B_Standard_B4ms", // 16 GiB -> 4 vCores, 16 GiB
	"2xlarge": "B_Standard_B8ms", // 32 GiB -> 8 vCores, 32 GiB
}

const serverlessNote = "Aurora Serverless v2 scales in ACUs (about 2 GiB of memory each); a flexible server runs a fixed SKU: size it for the maximum ACUs, and scale compute by changing the SKU"

func rdsPostgresSKU(class string) (string, string, bool) {
	return flexibleSKU(postgresFlexible, class)
}

func rdsMySQLSKU(class string) (string, string, bool) {
	return flexibleSKU(mysqlFlexible, class)
}

// flexibleSKU proposes a flexible server sku_name for an RDS instance class:
// burstable classes by memory, general-purpose and memory-optimized classes
// by vCPU at the same memory per vCPU.
func flexibleSKU(fs flexibleServer, class string) (string, string, bool) {
	c := strings.ToLower(strings.TrimSpace(class))
	if c == "db.serverless" {
		return "", serverlessNote, false
	}
	m := reDBClass.FindStringSubmatch(c)
	if m == nil {
		return "", fmt.Sprintf("%q is not an RDS instance class a2z can read", class), false
	}
	family, attrs, size := m[1], m[3], m[4]
	var notes []string
	if strings.Contains(attrs, "g") {
		notes = append(notes, "Graviton class: flexible servers run on x64, nothing to rebuild")
	}
	if family == "t" {
		sku, ok := burstableByMemory[size]
		if !ok {
			return "", fmt.Sprintf("%s is not a burstable size a2z knows", class), false
		}
		notes = append(notes, fs.burstNote)
		return sku, strings.Join(notes, "; "), true
	}
	var series vmSeries
	switch family {
	case "m":
		series = fs.general
	case "c":
		series = fs.general
		notes = append(notes, "compute-optimized class: General Purpose sizes have 4 GiB per vCore, twice the memory")
	case "r", "z":
		series = fs.memory
	case "x":
		return "", fmt.Sprintf("%s has more memory per vCPU than Memory Optimized sizes (8 GiB per vCore): choose the %s Memory Optimized size by memory, not vCPU", class, fs.engine), false
	default:
		return "", fmt.Sprintf("no size rule for the %s class: choose a %s flexible server tier by vCPU and memory", class, fs.engine), false
	}
	vcpu, ok := vcpus(size)
	if !ok {
		return "", fmt.Sprintf("size %q has no vCPU count a2z knows", size), false
	}
	n, fits := fit(series.sizes, vcpu)
	if n != vcpu {
		if fits {
			notes = append(notes, fmt.Sprintf("%d vCPU rounded up to %d vCores", vcpu, n))
		} else {
			notes = append(notes, fmt.Sprintf("%d vCPU is more than the tier offers; %d vCores is its largest", vcpu, n))
		}
	}
	return fmt.Sprintf(series.format, n), strings.Join(notes, "; "), true
}

// sqlVCores are the vCore counts of Azure SQL Database standard-series
// (Gen5) General Purpose and Business Critical single databases.
var sqlVCores = []int{2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 24, 32, 40, 80, 128}

const sqlTierNote = "General Purpose; use BC_Gen5 (Business Critical) when the instance is Multi-AZ or needs a readable secondary, and Azure SQL Managed Instance when it needs instance-level features"

// rdsSQLSKU proposes an Azure SQL Database vCore sku_name (GP_Gen5_n) for an
// RDS for SQL Server instance class, by vCPU.
func rdsSQLSKU(class string) (string, string, bool) {
	c := strings.ToLower(strings.TrimSpace(class))
	m := reDBClass.FindStringSubmatch(c)
	if m == nil {
		return "", fmt.Sprintf("%q is not an RDS instance class a2z can read", class), false
	}
	family, size := m[1], m[4]
	notes := []string{sqlTierNote}
	var vcpu int
	switch family {
	case "t":
		vcpu = 2
		switch size {
		case "xlarge":
			vcpu = 4
		case "2xlarge":
			vcpu = 8
		}
		notes = append(notes, "burstable class: the serverless tier (GP_S_Gen5) suits intermittent load")
	case "m":
		v, ok := vcpus(size)
		if !ok {
			return "", fmt.Sprintf("size %q has no vCPU count a2z knows", size), false
		}
		vcpu = v
	case "r", "x", "z":
		v, ok := vcpus(size)
		if !ok {
			return "", fmt.Sprintf("size %q has no vCPU count a2z knows", size), false
		}
		vcpu = v
		notes = append(notes, "memory-optimized class: standard-series (Gen5) has about 5 GB of memory per vCore, so check memory use before matching vCPUs")
	default:
		return "", fmt.Sprintf("no size rule for the %s class: choose Azure SQL vCores by CPU and memory", class), false
	}
	n, fits := fit(sqlVCores, vcpu)
	if n != vcpu {
		if fits {
			notes = append(notes, fmt.Sprintf("%d vCPU rounded up to %d vCores", vcpu, n))
		} else {
			notes = append(notes, fmt.Sprintf("%d vCPU is more than a single database offers; %d vCores is the largest", vcpu, n))
		}
	}
	return fmt.Sprintf("GP_Gen5_%d", n), strings.Join(notes, "; "), true
}

// reCacheNode splits an ElastiCache node type: cache.r6g.xlarge.
var reCacheNode = regexp.MustCompile(`^cache\.([a-z]+)(\d+)([a-z-]*)\.([a-z0-9]+)$`)

// redisSKU is one Azure Managed Redis Balanced SKU and its memory in GB.
type redisSKU struct {
	name string
	gb   float64
}

// balancedSKUs are the Balanced tier sizes of Azure Managed Redis
// (https://learn.microsoft.com/azure/redis/overview), ascending; sizes
// above 350 GB were in preview when a2z checked.
var balancedSKUs = []redisSKU{
	{"Balanced_B0", 0.5}, {"Balanced_B1", 1}, {"Balanced_B3", 3}, {"Balanced_B5", 6},
	{"Balanced_B10", 12}, {"Balanced_B20", 24}, {"Balanced_B50", 60}, {"Balanced_B100", 120},
	{"Balanced_B150", 180}, {"Balanced_B250", 240}, {"Balanced_B350", 360}, {"Balanced_B500", 480},
	{"Balanced_B700", 720}, {"Balanced_B1000", 960},
}

// Memory in GiB of the burstable node sizes, and per vCPU of the m (about
// 3.2 GiB) and r (about 6.5 GiB) families.
var (
	cacheBurstGiB = map[string]float64{"micro": 0.555, "small": 1.55, "medium": 3.22}
	cachePerVCPU  = map[string]float64{"m": 3.2, "r": 6.5}
)

const cacheShardNote = "sized for one node: a cluster-mode group needs the memory of all its shards; replicas come with high availability, not as extra nodes"

// elastiCacheNodeType proposes an Azure Managed Redis SKU (the target of
// elasticache.hcl) for a node type: the smallest Balanced size with at
// least the node's memory.
func elastiCacheNodeType(nodeType string) (string, string, bool) {
	nt := strings.ToLower(strings.TrimSpace(nodeType))
	m := reCacheNode.FindStringSubmatch(nt)
	if m == nil {
		return "", fmt.Sprintf("%q is not an ElastiCache node type a2z can read", nodeType), false
	}
	family, attrs, size := m[1], m[3], m[4]
	var gib float64
	switch family {
	case "t":
		g, ok := cacheBurstGiB[size]
		if !ok {
			return "", fmt.Sprintf("%s is not a burstable node size a2z knows", nodeType), false
		}
		gib = g
	case "m", "r":
		if strings.Contains(attrs, "d") {
			return "", "data-tiering node (memory plus SSD): choose a Flash Optimized SKU (FlashOptimized_A…) by total data size", false
		}
		v, ok := vcpus(size)
		if !ok {
			return "", fmt.Sprintf("size %q has no vCPU count a2z knows", size), false
		}
		gib = cachePerVCPU[family] * float64(v)
	case "c":
		return "", "network- or compute-optimized node: choose a Compute Optimized SKU (ComputeOptimized_X…) by memory", false
	default:
		return "", fmt.Sprintf("no size rule for the %s node family: choose an Azure Managed Redis SKU by memory and throughput", nodeType), false
	}
	gb := gib * 1.073741824
	sku, fits := balancedSKUs[len(balancedSKUs)-1], false
	for _, s := range balancedSKUs {
		if s.gb >= gb {
			sku, fits = s, true
			break
		}
	}
	notes := []string{cacheShardNote}
	if !fits {
		notes = append(notes, "more memory than the largest Balanced size: split the data or use a Flash Optimized SKU")
	}
	if sku.gb > 350 {
		notes = append(notes, "sizes above 350 GB were in preview when a2z checked")
	}
	if family == "r" {
		notes = append(notes, "a Memory Optimized SKU (MemoryOptimized_M…) of the same memory costs less if throughput allows")
	}
	return sku.name, strings.Join(notes, "; "), true
}
