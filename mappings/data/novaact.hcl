# Amazon Nova Act (browser automation agents) → the Browser Automation tool of Microsoft Foundry
# Agent Service, backed by Playwright Workspaces.

mapping "AWS::NovaAct::WorkflowDefinition" {
  service  = "Microsoft Foundry Agent Service Browser Automation tool"
  status   = "partial"
  requires = ["azurerm_cognitive_account_project"]
  link     = "https://learn.microsoft.com/azure/foundry/agents/how-to/tools/browser-automation"
  note     = "A browser workflow becomes a Foundry agent using the Browser Automation tool (preview), which runs browser sessions in a Playwright workspace connected to the project. Agents and tools are defined with the Foundry SDK or portal, not azurerm; the Nova Act SDK steps become agent instructions or Playwright code, and run logs go to your own storage."
}
