package main

import (
	"io"

	"github.com/spf13/cobra"
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
	root.AddCommand(newScanCmd(stdout, stderr), newMappingsCmd(stdout), newExplainCmd(stdout), newCoverageCmd(stdout), newVersionCmd(stdout))
	return root
}
