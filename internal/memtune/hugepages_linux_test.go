//go:build linux

package memtune

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestDisabledByGODEBUG(t *testing.T) {
	for godebug, want := range map[string]bool{
		"":                             false,
		"disablethp=1":                 true,
		"gctrace=1, disablethp=1":      true,
		"disablethp=0":                 false,
		"disablethp=1,disablethp=0":    false,
		"madvdontneed=1,disablethp=01": false,
		"xdisablethp=1":                false,
	} {
		if got := disabledByGODEBUG(godebug); got != want {
			t.Errorf("disabledByGODEBUG(%q) = %v, want %v", godebug, got, want)
		}
	}
}

func TestHugePageMode(t *testing.T) {
	b, err := os.ReadFile("/sys/kernel/mm/transparent_hugepage/enabled")
	if err != nil {
		t.Skipf("no transparent huge pages here: %v", err)
	}
	mode := HugePageMode()
	if mode == "" || !strings.Contains(string(b), "["+mode+"]") {
		t.Errorf("HugePageMode() = %q; the kernel says %q", mode, b)
	}
}

func TestMemTotal(t *testing.T) {
	total, ok := memTotal()
	if !ok || total < 64<<20 {
		t.Fatalf("memTotal() = %d, %v", total, ok)
	}
}

// TestHugePagesAdvisesABlock checks, where the kernel hands out huge pages
// on request, that hugePages leaves a mapping of about the block's size
// advised for them (VmFlags hg in /proc/self/smaps).
func TestHugePagesAdvisesABlock(t *testing.T) {
	const size = 128 << 20
	if !hugePagesOnRequest() {
		t.Skip("the kernel's transparent huge pages are not in madvise mode here; hugePages does nothing")
	}
	if !canMap(size) {
		t.Skip("this machine cannot be sure to map 128 MiB; hugePages does nothing")
	}
	before := advisedBytes(t)
	hugePages(size)
	if grew := advisedBytes(t) - before; grew < size-2*hugePageSize {
		t.Errorf("mappings advised for huge pages grew by %d bytes, want at least %d", grew, size-2*hugePageSize)
	}
}

// advisedBytes sums the sizes of this process's mappings with the hg flag.
func advisedBytes(t *testing.T) int64 {
	t.Helper()
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skipf("no /proc/self/smaps: %v", err)
	}
	defer f.Close()
	var total, size int64
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if rest, ok := strings.CutPrefix(line, "Size:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Fatalf("smaps: %q", line)
			}
			size = kb << 10
		}
		if rest, ok := strings.CutPrefix(line, "VmFlags:"); ok && strings.Contains(" "+rest+" ", " hg ") {
			total += size
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return total
}

func TestHugeRange(t *testing.T) {
	for _, c := range []struct{ start, end, wantStart, wantEnd uintptr }{
		{0, 4 << 20, 0, 4 << 20},
		{1, 4 << 20, 2 << 20, 4 << 20},
		{2 << 20, 6<<20 - 1, 2 << 20, 4 << 20},
		{1, 2<<20 + 5, 2 << 20, 2 << 20}, // no whole huge page: empty
	} {
		if s, e := hugeRange(c.start, c.end); s != c.wantStart || e != c.wantEnd {
			t.Errorf("hugeRange(%#x, %#x) = %#x, %#x; want %#x, %#x", c.start, c.end, s, e, c.wantStart, c.wantEnd)
		}
	}
}
