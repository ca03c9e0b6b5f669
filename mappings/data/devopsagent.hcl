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

mapping "AWS::DevOpsAgent::PrivateConnection" {
  service = "Azure SRE Agent network integration"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/sre-agent/network-integration"
  note    = "A private path from the agent to a host in your VPC becomes the SRE Agent's Azure VNet network mode (preview): the agent's outbound calls go through your virtual network, so it reaches private endpoints and internal hosts under your DNS and firewall rules. It is a setting of the agent rather than one resource per host; check how a target whose certificate comes from a private CA is trusted."
}

mapping "AWS::DevOpsAgent::Service" {
  service = "Azure SRE Agent connectors"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/sre-agent/connectors"
  note    = "Registering an external service (Dynatrace, GitLab, an MCP server) becomes a connector on the SRE Agent: remote MCP servers over HTTPS with an API key, bearer token or custom headers, plus built-in connectors for code repositories, Kusto and collaboration tools. Connectors are agent configuration set in the portal or the agent's API, not azurerm resources."

  caveat "azure-identity" {
    when     = can(self.ServiceDetails.AzureIdentity)
    severity = "info"
    message  = "This registration lets the AWS agent read Azure; the SRE Agent reaches Azure through its own managed identity and role assignments, so drop it and grant roles on the resource groups the agent manages."
    link     = "https://learn.microsoft.com/azure/sre-agent/connectors"
  }
}
