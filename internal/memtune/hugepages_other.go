//go:build !linux

package memtune

// hugePages only does something on Linux (hugepages_linux.go).
func hugePages(int64) {}

// HugePageMode is Linux's transparent huge page mode: "" elsewhere.
func HugePageMode() string { return "" }
