package mappings

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// reLambdaRuntime splits a Lambda runtime identifier into its language and
// version: nodejs20.x, python3.12, java8.al2, dotnet8, dotnetcore3.1,
// ruby3.3, go1.x, provided.al2023.
var reLambdaRuntime = regexp.MustCompile(`^(nodejs|python|java|dotnetcore|dotnet|ruby|go|provided)([0-9.]*)(\.x|\.al2|\.al2023)?$`)

// functionsStack is one Functions language stack in the form Flex
// Consumption names it (runtime_name), with the versions the Functions
// "supported languages" page lists as generally available and as preview.
type functionsStack struct {
	name    string
	ga      []string // ascending
	preview []string
	ends    map[string]string // version -> announced end-of-support date, still ahead
	ended   map[string]string // version -> the date its support ended
}

// The supported versions per stack, from
// https://learn.microsoft.com/azure/azure-functions/supported-languages, as
// of the knowledge base's last review (November 2026): versions whose
// support has ended by then are listed in ended, not ga, so the output does
// not depend on the day a2z runs.
var functionsStacks = map[string]functionsStack{
	"nodejs": {
		name: "node", ga: []string{"22"}, preview: []string{"24"},
		ends:  map[string]string{"22": "30 April 2027"},
		ended: map[string]string{"20": "30 April 2026"},
	},
	"python": {name: "python", ga: []string{"3.10", "3.11", "3.12", "3.13"}},
	"java":   {name: "java", ga: []string{"8", "11", "17", "21", "25"}},
	"dotnet": {
		name: "dotnet-isolated", ga: []string{"10.0"},
		ended: map[string]string{"8.0": "10 November 2026", "9.0": "10 November 2026"},
	},
}

// lambdaRuntime proposes the Flex Consumption runtime (runtime_name and
// runtime_version, written "python 3.12") for a Lambda runtime identifier.
func lambdaRuntime(runtime string) (string, string, bool) {
	rt := strings.ToLower(strings.TrimSpace(runtime))
	m := reLambdaRuntime.FindStringSubmatch(rt)
	if m == nil {
		return "", fmt.Sprintf("%q is not a Lambda runtime a2z can read", runtime), false
	}
	lang, version := m[1], m[2]
	switch lang {
	case "ruby", "go", "provided":
		return "", "no Functions language stack: run it as a custom handler (Flex Consumption runtime_name \"custom\", a small HTTP server the host calls) or port the code to .NET, Java, Node.js, Python or PowerShell", false
	case "dotnetcore":
		lang = "dotnet"
	}
	if lang == "dotnet" && !strings.Contains(version, ".") && version != "" {
		version += ".0"
	}
	st := functionsStacks[lang]
	if version == "" {
		return "", fmt.Sprintf("%q names no version: choose a supported %s version", runtime, st.name), false
	}
	var notes []string
	newest := st.ga[len(st.ga)-1]
	switch {
	case slices.Contains(st.ga, version):
	case st.ended[version] != "":
		next := nearestGA(st.ga, version)
		notes = append(notes, fmt.Sprintf("Functions support for %s %s ended %s: %s is the nearest supported version", st.name, version, st.ended[version], next))
		version = next
	case slices.Contains(st.preview, version):
		notes = append(notes, fmt.Sprintf("%s %s was in preview on Functions when a2z checked; %s %s is generally available", st.name, version, st.name, newest))
	case versionLess(version, st.ga[0]):
		notes = append(notes, fmt.Sprintf("Functions no longer supports %s %s: %s is the nearest supported version", st.name, version, st.ga[0]))
		version = st.ga[0]
	default:
		notes = append(notes, fmt.Sprintf("Functions did not list %s %s when a2z checked: %s is the newest supported version", st.name, version, newest))
		version = newest
	}
	if end, ok := st.ends[version]; ok {
		notes = append(notes, fmt.Sprintf("Functions support for %s %s ends %s; plan the upgrade", st.name, version, end))
	}
	return st.name + " " + version, strings.Join(notes, "; "), true
}

// nearestGA returns the oldest supported version newer than v, or the
// newest one.
func nearestGA(ga []string, v string) string {
	for _, g := range ga {
		if versionLess(v, g) {
			return g
		}
	}
	return ga[len(ga)-1]
}

// versionLess compares dotted numeric versions (3.9 < 3.10).
func versionLess(a, b string) bool {
	as, bs := strings.Split(a, "."), strings.Split(b, ".")
	for i := 0; i < len(as) && i < len(bs); i++ {
		x, _ := strconv.Atoi(as[i])
		y, _ := strconv.Atoi(bs[i])
		if x != y {
			return x < y
		}
	}
	return len(as) < len(bs)
}
