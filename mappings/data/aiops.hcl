# Amazon CloudWatch investigations (AIOps) → Azure SRE Agent, an AI operations agent that investigates
# alerts and incidents across the resource groups it is given access to.

mapping "AWS::AIOps::InvestigationGroup" {
  service = "Azure SRE Agent"
  status  = "partial"
  arm     = ["Microsoft.App/agents"]
  link    = "https://learn.microsoft.com/azure/sre-agent/incident-management"
  note    = "An investigation group (the role, retention and encryption settings for AI-assisted investigations) becomes an SRE Agent resource whose managed identity gets reader roles on the resource groups to investigate, connected to Azure Monitor alerts as its incident source. azurerm has no resource for it: deploy it with azapi or an ARM template. Retention and customer-managed key settings have no direct counterpart."
}
