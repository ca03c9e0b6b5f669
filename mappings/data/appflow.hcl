# Amazon AppFlow → Azure Data Factory (copy pipelines with SaaS connectors) or Azure Logic Apps
# (event-driven flows with managed connectors).

mapping "aws_appflow_flow" {
  cloudformation = ["AWS::AppFlow::Flow"]
  service        = "Azure Data Factory"
  status         = "partial"
  azurerm        = ["azurerm_data_factory_pipeline"]
  arm            = ["Microsoft.DataFactory/factories/pipelines"]
  requires       = ["azurerm_data_factory"]
  link           = "https://learn.microsoft.com/azure/data-factory/copy-activity-overview"
  note           = "A flow becomes a pipeline with a copy activity between a source and a sink dataset (linked services for Salesforce, ServiceNow, SAP, Blob Storage, Data Lake Storage and many more). Field mappings become the copy activity's column mapping, and filters, masking or validation become a query on the source or a mapping data flow. Incremental pulls need a watermark column stored between runs."

  target "event-trigger" {
    when    = try(lower(self.trigger_config[0].trigger_type), lower(self.TriggerConfig.TriggerType), "") == "event"
    service = "Azure Logic Apps"
    status  = "partial"
    azurerm = ["azurerm_logic_app_workflow"]
    arm     = ["Microsoft.Logic/workflows"]
    link    = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
    note    = "An event-triggered flow fits a Logic Apps workflow better: a managed connector trigger (for example a Salesforce record created or changed) starts the workflow, whose actions write the record to the destination."
  }

  caveat "schedule" {
    when     = try(lower(self.trigger_config[0].trigger_type), lower(self.TriggerConfig.TriggerType), "") == "scheduled"
    severity = "info"
    message  = "The flow's schedule becomes a schedule or tumbling window trigger (azurerm_data_factory_trigger_schedule) attached to the pipeline."
    link     = "https://learn.microsoft.com/azure/data-factory/how-to-create-schedule-trigger"
  }
}

mapping "aws_appflow_connector_profile" {
  cloudformation = ["AWS::AppFlow::ConnectorProfile"]
  service        = "Azure Data Factory linked service"
  status         = "partial"
  azurerm        = ["azurerm_data_factory_linked_custom_service"]
  arm            = ["Microsoft.DataFactory/factories/linkedservices"]
  requires       = ["azurerm_data_factory"]
  link           = "https://learn.microsoft.com/azure/data-factory/concepts-linked-services"
  note           = "A connector profile becomes a linked service holding the SaaS endpoint and credentials: a dedicated azurerm type where one exists (Snowflake, SQL, storage), otherwise azurerm_data_factory_linked_custom_service with the connector's type. Keep secrets in Key Vault and reference them from the linked service; OAuth refresh tokens may have to be reissued. For Logic Apps the profile becomes an API connection (azurerm_api_connection)."
}

mapping "AWS::AppFlow::Connector" {
  service = "Azure Data Factory or Logic Apps custom connector"
  status  = "none"
  link    = "https://learn.microsoft.com/connectors/custom-connectors/"
  note    = "Data Factory has no connector SDK for Lambda-backed custom connectors: call the application through a REST or HTTP linked service, or wrap the connector logic in an Azure Function called from the pipeline. Logic Apps can use a custom connector defined from the application's OpenAPI description."
}
