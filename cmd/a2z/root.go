package main

import (
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/a2z/a2z/mappings"
)

func newRootCmd(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "a2z",
		Short: "Map AWS infrastructure-as-code to Azure",
		Long: `a2z reads AWS infrastructure-as-code (Terraform .tf and .tf.json files,
CloudFormation and SAM templates in YAML or JSON) and tells you what every
resource becomes on Azure: the azurerm Terraform type, the ARM type, the Azure
service, how close the match is, and the caveats that apply to the settings
each resource actually has.

It works offline: no cloud account, no network, no terraform init.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	g := &globalFlags{}
	root.PersistentFlags().StringArrayVar(&g.mappings, "mappings", nil,
		"lay the knowledge-base files (*.hcl) in `DIR` over the built-in ones; repeatable, later folders win")
	root.AddCommand(newScanCmd(g, stdout, stderr), newMappingsCmd(g, stdout), newExplainCmd(g, stdout), newCoverageCmd(g, stdout), newVersionCmd(stdout))
	root.AddCommand(newReportCmd(g, stdout))
	return root
}

// globalFlags are the flags every command shares.
type globalFlags struct {
	mappings []string
}

// knowledgeBase is the built-in knowledge base with the user's folders laid
// over it. A broken knowledge base means a2z cannot do its job: exit 2.
func (g *globalFlags) knowledgeBase() (*mappings.KB, error) {
	kb, err := mappings.Builtin()
	if err != nil {
		return nil, &codeError{code: exitError, err: fmt.Errorf("knowledge base: %w", err)}
	}
	for _, dir := range g.mappings {
		if kb, err = mappings.LoadOverlay(kb, dir); err != nil {
			return nil, &codeError{code: exitError, err: err}
		}
	}
	return kb, nil
}
