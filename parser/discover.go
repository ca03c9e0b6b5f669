package parser

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
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
	Templates   []string
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

	addTF := func(dir, file string, explicit bool) {
		d, ok := tfDirs[dir]
		if !ok {
			files, err := terraformFiles(fsys, dir)
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
				templates[p] = true
			}
			continue
		}
		err = fs.WalkDir(fsys, p, func(name string, d fs.DirEntry, err error) error {
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
				return nil
			}
			if !d.Type().IsRegular() {
				return nil // symlinks, devices, sockets: not followed
			}
			switch {
			case IsTerraformFile(name):
				addTF(path.Dir(name), name, false)
			case IsTemplateCandidate(name):
				templates[name] = true
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
	return in, nil
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
