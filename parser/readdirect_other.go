//go:build !linux

package parser

import "io/fs"

// readDirect is only faster than os.Open on Linux (readdirect_linux.go).
func readDirect(root, name string, limit int64) ([]byte, fs.FileInfo, bool) {
	return nil, nil, false
}
