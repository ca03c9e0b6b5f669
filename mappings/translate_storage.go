package mappings

import (
	"fmt"
	"strings"
)

// A fixed answer of a lookup table: the Azure value (empty when there is no
// mechanical answer), a note, and ok.
type fixed struct {
	azure, note string
	ok          bool
}

// lookupFixed translates through a table keyed by the upper- or lower-cased
// AWS value; unknown names get a note naming the table's subject.
func lookupFixed(table map[string]fixed, key, what string) (string, string, bool) {
	if f, found := table[key]; found {
		return f.azure, f.note, f.ok
	}
	return "", fmt.Sprintf("%q is not %s a2z knows", key, what), false
}

// s3StorageClasses maps S3 storage classes to blob access tiers. Minimum
// storage durations: cool 30 days, cold 90 days, archive 180 days
// (https://learn.microsoft.com/azure/storage/blobs/access-tiers-overview).
var s3StorageClasses = map[string]fixed{
	"STANDARD":            {"Hot", "", true},
	"REDUCED_REDUNDANCY":  {"Hot", "Reduced Redundancy is a legacy class: redundancy is an account setting on Azure (LRS is the cheapest)", true},
	"STANDARD_IA":         {"Cool", "both have a 30-day minimum storage duration", true},
	"ONEZONE_IA":          {"Cool", "single-zone storage becomes the account's redundancy (LRS), not a per-object class; cool has a 30-day minimum", true},
	"GLACIER_IR":          {"Cold", "cold stays online with millisecond access, like Instant Retrieval; both have a 90-day minimum", true},
	"GLACIER":             {"Archive", "archive is offline: reading needs rehydration that takes hours; its minimum is 180 days, twice Flexible Retrieval's 90", true},
	"DEEP_ARCHIVE":        {"Archive", "archive is offline: reading needs rehydration that takes hours; both have a 180-day minimum", true},
	"INTELLIGENT_TIERING": {"", "no automatic tiering class: start blobs in Hot, enable last-access-time tracking and add lifecycle rules on days since last access (with auto-tier back to hot)", false},
	"EXPRESS_ONEZONE":     {"", "single-digit-millisecond storage becomes a premium block blob account (account kind BlockBlobStorage, Premium tier), which has no access tiers", false},
	"OUTPOSTS":            {"", "S3 on Outposts keeps objects on premises: blob access tiers don't apply; move the data to a storage account or keep it on an on-premises or edge solution", false},
	"SNOW":                {"", "Snow Family device storage is for offline transfer: use Azure Data Box to move the data into a storage account", false},
}

func s3StorageClass(class string) (string, string, bool) {
	return lookupFixed(s3StorageClasses, strings.ToUpper(strings.TrimSpace(class)), "an S3 storage class")
}

// ebsVolumeTypes maps EBS volume types to managed disk storage_account_type
// (https://learn.microsoft.com/azure/virtual-machines/disks-types).
var ebsVolumeTypes = map[string]fixed{
	"gp2":      {"Premium_LRS", "Premium SSD performance is set by the disk size tier, as gp2's is by volume size", true},
	"gp3":      {"PremiumV2_LRS", "Premium SSD v2 sets IOPS and throughput apart from size, like gp3, but can't be an OS disk: use Premium_LRS or StandardSSD_LRS for a boot volume", true},
	"io1":      {"PremiumV2_LRS", "provisioned IOPS: Premium SSD v2, or UltraSSD_LRS for the highest IOPS and lowest latency; neither can be an OS disk", true},
	"io2":      {"UltraSSD_LRS", "io2 Block Express: Ultra Disk for the highest IOPS and lowest latency; Premium SSD v2 (PremiumV2_LRS) costs less when its IOPS ceiling suffices; neither can be an OS disk", true},
	"st1":      {"Standard_LRS", "Standard HDD; check that its throughput per disk meets the workload's sequential throughput", true},
	"sc1":      {"Standard_LRS", "Standard HDD for cold data", true},
	"standard": {"Standard_LRS", "previous-generation magnetic volume: Standard HDD, or StandardSSD_LRS for steadier latency", true},
}

func ebsVolumeType(t string) (string, string, bool) {
	return lookupFixed(ebsVolumeTypes, strings.ToLower(strings.TrimSpace(t)), "an EBS volume type")
}

// ebsRootVolumeTypes maps the volume type of a root (boot) volume to an OS
// disk type: Premium SSD v2 and Ultra Disk can only be data disks.
var ebsRootVolumeTypes = map[string]fixed{
	"gp2":      {"Premium_LRS", "", true},
	"gp3":      {"Premium_LRS", "Premium SSD v2 can't be an OS disk, so a gp3 root volume becomes Premium SSD (or StandardSSD_LRS to save cost)", true},
	"io1":      {"Premium_LRS", "Premium SSD v2 and Ultra Disk can't be OS disks: use Premium SSD and put IOPS-heavy data on a data disk", true},
	"io2":      {"Premium_LRS", "Premium SSD v2 and Ultra Disk can't be OS disks: use Premium SSD and put IOPS-heavy data on a data disk", true},
	"standard": {"Standard_LRS", "previous-generation magnetic volume: Standard HDD, or StandardSSD_LRS for steadier latency", true},
	"st1":      {"", "st1 can't be a boot volume on AWS either: check the template", false},
	"sc1":      {"", "sc1 can't be a boot volume on AWS either: check the template", false},
}

func ebsRootVolumeType(t string) (string, string, bool) {
	return lookupFixed(ebsRootVolumeTypes, strings.ToLower(strings.TrimSpace(t)), "an EBS volume type")
}
