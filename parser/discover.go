package parser

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
)

// skipDirs are folders discovery never enters: VCS metadata, dependency
// caches and Terraform's working directory (whose module copies are read
// through the module loader, not by walking).
var skipDirs = map[string]bool{
	".git":         true,
	".hg":          true,
	".svn":         true,
	".terraform":   true,
	"node_modules": true,
}

// TerraformDir is one directory of Terraform files: a module.
type TerraformDir struct {
	Dir   string
	Files []string
	// Only, when non-nil, names the files whose resources are reported (the
	// files a pre-commit hook passed). The others are still read, because
	// variables and locals live across a module's files.
	Only map[string]bool
}

// Inputs is what discovery found, in a deterministic order.
type Inputs struct {
	Terraform []TerraformDir
	// Templates are candidate CloudFormation files, chosen by suffix; the
	// CloudFormation parser decides by content whether each is a template.
	Templates []string
	// Plans are Terraform plans in JSON (the output of terraform show -json),
	// recognised by content among the .json files; they are not templates.
	Plans       []string
	Diagnostics []Diagnostic
}

// ErrNotExist reports a path the user named that does not exist.
var ErrNotExist = errors.New("no such file or directory")

// IsTerraformFile reports whether name is a Terraform configuration file.
func IsTerraformFile(name string) bool {
	return strings.HasSuffix(name, ".tf") || strings.HasSuffix(name, ".tf.json")
}

// IsTemplateCandidate reports whether name may hold a CloudFormation template.
func IsTemplateCandidate(name string) bool {
	switch path.Ext(name) {
	case ".yaml", ".yml", ".json", ".template":
		return !strings.HasSuffix(name, ".tf.json")
	}
	return false
}

// Discover finds the input files under paths (slash paths relative to the
// root of fsys; "." is the root). A folder is walked; a file is taken as
// given, and a Terraform file brings its module directory along with an Only
// filter. Unreadable folders become diagnostics. A path that does not exist
// is an error wrapping ErrNotExist.
func Discover(ctx context.Context, fsys fs.FS, paths []string) (Inputs, error) {
	var in Inputs
	tfDirs := map[string]*TerraformDir{}
	templates := map[string]bool{}
	plans := map[string]bool{}
	assemblies := cloudAssemblies{}
	// listing answers folder listings: fsys, or while a folder is walked,
	// the listings read ahead of the walk (see readAhead).
	listing := fsys
	addCandidate := func(name string) {
		if isPlanFile(fsys, name) {
			plans[name] = true
		} else {
			templates[name] = true
		}
	}

	addTF := func(dir, file string, explicit bool) {
		d, ok := tfDirs[dir]
		if !ok {
			files, err := terraformFiles(listing, dir)
			if err != nil {
				in.Diagnostics = append(in.Diagnostics, Errorf(Range{File: dir}, "cannot read directory: %v", err))
				return
			}
			d = &TerraformDir{Dir: dir, Files: files}
			if explicit {
				d.Only = map[string]bool{}
			}
			tfDirs[dir] = d
		}
		switch {
		case explicit && d.Only != nil:
			d.Only[file] = true
		case !explicit:
			d.Only = nil // walked as a folder: every file counts
		}
	}

	for _, p := range paths {
		p = path.Clean(p)
		info, err := fs.Stat(fsys, p)
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return Inputs{}, fmt.Errorf("%s: %w", p, ErrNotExist)
			}
			return Inputs{}, fmt.Errorf("%s: %w", p, err)
		}
		if !info.IsDir() {
			switch {
			case IsTerraformFile(p):
				addTF(path.Dir(p), p, true)
			case IsTemplateCandidate(p):
				addCandidate(p)
			}
			continue
		}
		listing = readAhead(ctx, fsys, p)
		err = fs.WalkDir(listing, p, func(name string, d fs.DirEntry, err error) error {
			if err != nil {
				// An unreadable folder or file is the user's problem, not a
				// reason to stop: note it and carry on with the rest.
				in.Diagnostics = append(in.Diagnostics, Errorf(Range{File: name}, "cannot read: %v", BareError(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if cerr := ctx.Err(); cerr != nil {
				return cerr
			}
			if d.IsDir() {
				if name != p && skipDirs[d.Name()] {
					return fs.SkipDir
				}
				if name != p && strings.HasPrefix(d.Name(), "asset.") && assemblies.is(fsys, path.Dir(name)) {
					return fs.SkipDir // copies of the app's files, bundled for upload
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil // symlinks, devices, sockets: not followed
			}
			switch {
			case IsTerraformFile(name):
				addTF(path.Dir(name), name, false)
			case isAssemblyBookkeeping(d.Name()) && assemblies.is(fsys, path.Dir(name)):
				// manifest.json, tree.json, *.assets.json: no resources.
			case IsTemplateCandidate(name):
				addCandidate(name)
			}
			return nil
		})
		if err != nil {
			return Inputs{}, err
		}
	}

	for _, d := range tfDirs {
		in.Terraform = append(in.Terraform, *d)
	}
	slices.SortFunc(in.Terraform, func(a, b TerraformDir) int { return strings.Compare(a.Dir, b.Dir) })
	for t := range templates {
		in.Templates = append(in.Templates, t)
	}
	slices.Sort(in.Templates)
	for p := range plans {
		in.Plans = append(in.Plans, p)
	}
	slices.Sort(in.Plans)
	return in, nil
}

// A cloud assembly is the folder `cdk synth` writes (cdk.out by default):
// one *.template.json per stack (nested stacks as *.nested.template.json),
// which are ordinary templates, beside bookkeeping that holds no resources
// (manifest.json, tree.json, *.assets.json) and asset.* folders with copies
// of the app's files bundled for upload. The manifest lists the stacks'
// templates, but every template is in the folder itself, so walking it finds
// each exactly once; the manifest is not read for them.

// cloudAssemblies remembers which folders are cloud assemblies.
type cloudAssemblies map[string]bool

// is reports whether dir is a cloud assembly: it holds a manifest.json whose
// top-level keys include version and artifacts.
func (c cloudAssemblies) is(fsys fs.FS, dir string) bool {
	if v, ok := c[dir]; ok {
		return v
	}
	keys, _ := topLevelKeys(ReadHead(fsys, path.Join(dir, "manifest.json"), planSniffSize))
	v := keys["version"] && keys["artifacts"]
	c[dir] = v
	return v
}

// isAssemblyBookkeeping reports whether a file name is one of a cloud
// assembly's files that are not templates.
func isAssemblyBookkeeping(name string) bool {
	return name == "manifest.json" || name == "tree.json" || strings.HasSuffix(name, ".assets.json")
}

// planSniffSize is how much of a .json file discovery reads to tell a
// Terraform plan from a template.
const planSniffSize = 64 << 10

// isPlanFile reads the head of a .json file and sniffs it with LooksLikePlan.
// A file that cannot be read stays a template candidate, whose parser then
// reports the problem.
func isPlanFile(fsys fs.FS, name string) bool {
	if path.Ext(name) != ".json" {
		return false
	}
	return LooksLikePlan(ReadHead(fsys, name, planSniffSize))
}

// LooksLikePlan is a cheap check of the start of a file for a Terraform
// plan in JSON, the output of `terraform show -json PLANFILE`: a JSON object
// whose top-level keys include format_version and one of planned_values,
// resource_changes or prior_state. Only top-level keys count, so a template
// or a state file that mentions them deeper is not taken for a plan.
//
// head may be cut short (discovery reads the first 64 KiB). When it ends
// before those keys appear, a head that starts with format_version and
// terraform_version and has no state "values" key is taken for a plan, since
// terraform show writes those first and may write large variables before
// planned_values. Package tfplan's MaybePlan is the same check.
func LooksLikePlan(head []byte) bool {
	keys, complete := topLevelKeys(head)
	if !keys["format_version"] {
		return false
	}
	if keys["planned_values"] || keys["resource_changes"] || keys["prior_state"] {
		return true
	}
	return !complete && keys["terraform_version"] && !keys["values"]
}

// topLevelKeys scans a JSON object's top-level keys without decoding values.
// complete is false when data ends before the object does; scanning also
// stops, incomplete, at the first byte that is not valid JSON structure.
func topLevelKeys(data []byte) (keys map[string]bool, complete bool) {
	keys = map[string]bool{}
	i := 0
	if len(data) >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF {
		i = 3
	}
	space := func() {
		for i < len(data) && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r') {
			i++
		}
	}
	// skipString moves past a string starting at data[i] == '"' and returns
	// its raw contents; ok is false if data ends first.
	skipString := func() (raw []byte, ok bool) {
		start := i + 1
		for i++; i < len(data); i++ {
			switch data[i] {
			case '\\':
				i++
			case '"':
				raw = data[start:i]
				i++
				return raw, true
			}
		}
		return nil, false
	}
	space()
	if i >= len(data) || data[i] != '{' {
		return keys, false
	}
	i++
	for {
		space()
		if i >= len(data) {
			return keys, false
		}
		if data[i] == '}' {
			return keys, true
		}
		if data[i] == ',' {
			i++
			continue
		}
		if data[i] != '"' {
			return keys, false
		}
		raw, ok := skipString()
		if !ok {
			return keys, false
		}
		keys[string(raw)] = true
		space()
		if i >= len(data) || data[i] != ':' {
			return keys, false
		}
		i++
		space()
		// Skip the value: strings, and nested brackets by depth.
		depth := 0
		for i < len(data) {
			c := data[i]
			if c == '"' {
				if _, ok := skipString(); !ok {
					return keys, false
				}
				if depth == 0 {
					break
				}
				continue
			}
			if c == '{' || c == '[' {
				depth++
			} else if c == '}' || c == ']' {
				if depth == 0 {
					break // the end of the top-level object
				}
				depth--
				if depth == 0 {
					i++
					break
				}
			} else if depth == 0 && c == ',' {
				break
			}
			i++
		}
		if i >= len(data) {
			return keys, false
		}
	}
}

// terraformFiles lists the Terraform files of one directory, sorted.
func terraformFiles(fsys fs.FS, dir string) ([]string, error) {
	entries, err := fs.ReadDir(fsys, dir)
	if err != nil {
		return nil, BareError(err)
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && IsTerraformFile(e.Name()) {
			files = append(files, path.Join(dir, e.Name()))
		}
	}
	return files, nil
}

// BareError drops the path from a *fs.PathError, for diagnostics that carry
// the path in their range already.
func BareError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// Listing folders is system calls, and fs.WalkDir lists one folder at a
// time; on a monorepo that is a second or more before parsing starts.
// readAhead lists the folders under root on several goroutines first, and
// the walk then finds the listings in memory. A folder it could not list,
// or did not reach, is listed by the walk itself, which reports errors as
// before.

// Bounds of readAhead: how many listings run at once, and how many entries
// it keeps in all (beyond that the walk lists the rest itself).
const (
	readAheadWorkers    = 8
	readAheadMaxEntries = 500_000
)

// dirListings is fsys with the listings read ahead.
type dirListings struct {
	fs.FS
	mu      sync.Mutex
	entries map[string][]fs.DirEntry
}

func (d *dirListings) ReadDir(name string) ([]fs.DirEntry, error) {
	d.mu.Lock()
	e, ok := d.entries[name]
	d.mu.Unlock()
	if ok {
		return e, nil
	}
	return fs.ReadDir(d.FS, name)
}

func (d *dirListings) Stat(name string) (fs.FileInfo, error) { return fs.Stat(d.FS, name) }

// readAhead lists root and the folders below it that discovery would enter
// (not skipDirs, not asset.* copies), as far as its bounds allow.
func readAhead(ctx context.Context, fsys fs.FS, root string) fs.FS {
	d := &dirListings{FS: fsys, entries: map[string][]fs.DirEntry{}}
	var wg sync.WaitGroup
	slots := make(chan struct{}, readAheadWorkers)
	kept := 0
	var list func(dir string)
	list = func(dir string) {
		defer wg.Done()
		if ctx.Err() != nil {
			return
		}
		slots <- struct{}{}
		entries, err := fs.ReadDir(fsys, dir)
		<-slots
		if err != nil {
			return
		}
		d.mu.Lock()
		full := kept+len(entries) > readAheadMaxEntries
		if !full {
			d.entries[dir] = entries
			kept += len(entries)
		}
		d.mu.Unlock()
		if full {
			return
		}
		for _, e := range entries {
			if e.IsDir() && !skipDirs[e.Name()] && !strings.HasPrefix(e.Name(), "asset.") {
				wg.Add(1)
				go list(path.Join(dir, e.Name()))
			}
		}
	}
	wg.Add(1)
	go list(root)
	wg.Wait()
	return d
}
