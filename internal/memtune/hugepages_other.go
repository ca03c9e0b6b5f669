//go:build !linux

package memtune

// hugePages only does something on Linux (hugepages_linux.go).
func hugePages(int64) {}
