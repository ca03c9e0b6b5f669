package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/txtar"
	"gopkg.in/yaml.v3"
)

// TestReadmeExamples keeps the README's copy-paste examples true: each is
// byte for byte a file a testscript runs a2z on.
func TestReadmeExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		section string // the README heading the example is under
		block   int    // which fenced block of the section, from 0
		script  string // testdata/script/<script>.txtar
		file    string // the archive member it must equal
	}{
		{"## Configuration", 0, "config", "repo/.a2z.hcl"},
		{"## Suppressions", 0, "suppress", "main.tf"},
		{"## Suppressions", 1, "suppress", "template.json"},
	}
	for _, tt := range tests {
		block, ok := fencedBlock(string(readme), tt.section, tt.block)
		if !ok {
			t.Errorf("README has no block %d under %q", tt.block, tt.section)
			continue
		}
		ar, err := txtar.ParseFile(filepath.Join("testdata", "script", tt.script+".txtar"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, f := range ar.Files {
			if f.Name == tt.file {
				found = true
				if string(f.Data) != block {
					t.Errorf("README %s example %d differs from %s in %s.txtar:\n--- README\n%s--- script\n%s", tt.section, tt.block, tt.file, tt.script, block, f.Data)
				}
			}
		}
		if !found {
			t.Errorf("%s.txtar has no file %s", tt.script, tt.file)
		}
	}
}

// fencedBlock returns the n-th fenced code block after heading, before the
// next heading of the same level.
func fencedBlock(doc, heading string, n int) (string, bool) {
	i := strings.Index(doc, "\n"+heading+"\n")
	if i < 0 {
		return "", false
	}
	rest := doc[i+len(heading)+2:]
	if j := strings.Index(rest, "\n"+strings.SplitN(heading, " ", 2)[0]+" "); j >= 0 {
		rest = rest[:j]
	}
	for k := 0; ; k++ {
		start := strings.Index(rest, "```")
		if start < 0 {
			return "", false
		}
		body := rest[start:]
		nl := strings.IndexByte(body, '\n')
		if nl < 0 {
			return "", false
		}
		end := strings.Index(body[nl+1:], "```")
		if end < 0 {
			return "", false
		}
		if k == n {
			return body[nl+1 : nl+1+end], true
		}
		rest = body[nl+1+end+3:]
	}
}

// TestCIExamples keeps the README's CI examples working: the GitHub
// workflow uses only inputs action.yml declares, and the action and the
// GitLab job call a2z with flags and formats a2z accepts.
func TestCIExamples(t *testing.T) {
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	actionSrc, err := os.ReadFile(filepath.Join("..", "..", "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	var action struct {
		Inputs map[string]struct {
			Default string `yaml:"default"`
		} `yaml:"inputs"`
		Runs struct {
			Using string `yaml:"using"`
			Steps []struct {
				Run  string            `yaml:"run"`
				Uses string            `yaml:"uses"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(actionSrc, &action); err != nil {
		t.Fatalf("action.yml: %v", err)
	}

	gh, ok := fencedBlock(string(readme), "### GitHub Actions", 0)
	if !ok {
		t.Fatal("README has no GitHub Actions example")
	}
	var workflow struct {
		Jobs map[string]struct {
			Steps []struct {
				Uses string            `yaml:"uses"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal([]byte(gh), &workflow); err != nil {
		t.Fatalf("README workflow: %v", err)
	}
	var commands [][]string
	usesAction := false
	for _, job := range workflow.Jobs {
		for _, step := range job.Steps {
			if !strings.HasPrefix(step.Uses, "<this repository>") {
				continue
			}
			usesAction = true
			for k := range step.With {
				if _, ok := action.Inputs[k]; !ok {
					t.Errorf("the README workflow sets input %q, which action.yml does not declare", k)
				}
			}
			// What the action runs with these inputs.
			args := []string{"scan", step.With["paths"], "--format", "sarif=a2z.sarif", "--format", "text"}
			commands = append(commands, append(args, strings.Fields(step.With["args"])...))
		}
	}
	if !usesAction {
		t.Error("the README workflow does not use the action")
	}
	scanSteps := 0
	for _, step := range action.Runs.Steps {
		if strings.Contains(step.Run, "a2z\" scan") {
			scanSteps++
			if !strings.Contains(step.Run, "--format sarif=a2z.sarif") {
				t.Errorf("the action's scan step writes no a2z.sarif: %s", step.Run)
			}
		}
		if strings.HasPrefix(step.Uses, "github/codeql-action/upload-sarif") && (step.With["sarif_file"] != "a2z.sarif" || step.With["category"] == "") {
			t.Errorf("the upload step does not upload a2z.sarif under a category: %v", step.With)
		}
	}
	if scanSteps != 1 || action.Runs.Using != "composite" {
		t.Errorf("action.yml: %d scan steps, runs.using %q", scanSteps, action.Runs.Using)
	}

	gl, ok := fencedBlock(string(readme), "### GitLab CI", 0)
	if !ok {
		t.Fatal("README has no GitLab example")
	}
	var job map[string]struct {
		Script []string `yaml:"script"`
	}
	if err := yaml.Unmarshal([]byte(gl), &job); err != nil {
		t.Fatalf("README GitLab job: %v", err)
	}
	for _, j := range job {
		for _, line := range j.Script {
			if f := strings.Fields(line); len(f) > 1 && f[0] == "a2z" {
				commands = append(commands, f[1:])
			}
		}
	}
	if len(commands) < 2 {
		t.Fatalf("found %d a2z commands in the CI examples", len(commands))
	}
	// Every command parses: known flags, known formats.
	for _, args := range commands {
		root := newRootCmd(&strings.Builder{}, &strings.Builder{})
		cmd, rest, err := root.Find(args)
		if err != nil || cmd.Name() != "scan" {
			t.Errorf("%v: not a scan command (%v)", args, err)
			continue
		}
		if err := cmd.ParseFlags(rest); err != nil {
			t.Errorf("%v: %v", args, err)
			continue
		}
		formats, _ := cmd.Flags().GetStringArray("format")
		if _, err := parseOutputs(formats, ""); err != nil {
			t.Errorf("%v: %v", args, err)
		}
	}
}
