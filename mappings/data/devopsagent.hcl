# AWS DevOps Agent → Azure SRE Agent, an AI operations agent that investigates incidents from Azure Monitor,
# PagerDuty or ServiceNow across the resource groups it is given access to. It is an ARM resource
# (Microsoft.App/agents) that azurerm doesn't manage yet: deploy it with azapi or an ARM/Bicep template.

mapping "AWS::DevOpsAgent::AgentSpace" {
  service = "Azure SRE Agent"
  status  = "partial"
  arm     = ["Microsoft.App/agents"]
  link    = "https://learn.microsoft.com/azure/sre-agent/incident-management"
  note    = "An agent space becomes an SRE Agent resource with a managed identity whose role assignments on the managed resource groups decide what it can investigate (reader) or change (privileged); its run mode sets whether actions need approval. Create it with azapi or an ARM template, as azurerm has no resource for it."
}

mapping "AWS::DevOpsAgent::Association" {
  service = "Azure SRE Agent"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/sre-agent/incident-management"
  note    = "Associating accounts and tools with the agent becomes the agent's configuration: the resource groups it manages (through role assignments of its identity) and its connectors to incident platforms, code repositories, chat and MCP servers."
}
