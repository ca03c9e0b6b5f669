# Amazon OpenSearch Ingestion → Azure Data Explorer ingestion (Event Hubs or Event Grid data
# connections with mappings and update policies). There is no managed Data Prepper on Azure.

mapping "aws_osis_pipeline" {
  cloudformation = ["AWS::OSIS::Pipeline"]
  service        = "Azure Data Explorer ingestion"
  status         = "partial"
  azurerm        = ["azurerm_kusto_eventhub_data_connection"]
  arm            = ["Microsoft.Kusto/clusters/databases/dataConnections"]
  requires       = ["azurerm_kusto_database", "azurerm_eventhub"]
  link           = "https://learn.microsoft.com/azure/data-explorer/ingest-data-event-hub-overview"
  note           = "When the log analytics move to Azure Data Explorer, a pipeline becomes managed ingestion: sources send to an event hub (or land in Blob Storage, picked up by an Event Grid data connection), the data connection maps fields through an ingestion mapping, and processors become update policies written in KQL. The Data Prepper pipeline YAML is rewritten either way; to keep an OpenSearch-compatible sink, run Data Prepper or Logstash yourself on AKS or Container Apps."

  caveat "persistent-buffer" {
    when     = try(tostring(try(self.buffer_options[0].persistent_buffer_enabled, self.BufferOptions.PersistentBufferEnabled)) == "true", false)
    severity = "info"
    message  = "The persistent buffer's role is played by the event hub: size its retention so the Data Explorer cluster can catch up after an outage."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-features"
  }

  caveat "vpc" {
    when     = can(self.vpc_options) || can(self.VpcOptions)
    severity = "info"
    message  = "A VPC-only pipeline becomes private endpoints on the Event Hubs namespace (and on the Data Explorer cluster) with public network access disabled."
    link     = "https://learn.microsoft.com/azure/event-hubs/private-link-service"
  }
}

mapping "aws_osis_pipeline_endpoint" {
  service = "Azure Private Link"
  status  = "partial"
  azurerm = ["azurerm_private_endpoint"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/event-hubs/private-link-service"
  note    = "A pipeline endpoint in another VPC becomes a private endpoint for the ingestion entry point (the Event Hubs namespace) in the sender's virtual network."
}

mapping "aws_osis_resource_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/event-hubs/authorize-access-azure-active-directory"
  note    = "Cross-account permission to reach the pipeline becomes an Azure Event Hubs Data Sender role assignment for the sending identities, scoped to the event hub or namespace."
}
