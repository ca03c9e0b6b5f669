# AWS IoT Analytics → IoT Hub message routing, Azure Stream Analytics and Azure Data Explorer
# (or Real-Time Intelligence in Microsoft Fabric).

mapping "AWS::IoTAnalytics::Channel" {
  service = "Azure IoT Hub message routing"
  status  = "partial"
  azurerm = ["azurerm_iothub_route"]
  arm     = ["Microsoft.Devices/IotHubs"]
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-messages-d2c"
  note    = "A channel becomes an IoT Hub route (or the built-in Event Hubs-compatible endpoint) feeding the processing stage; keeping a raw copy of every message is a second route to a storage endpoint."
}

mapping "AWS::IoTAnalytics::Pipeline" {
  service = "Azure Stream Analytics"
  status  = "partial"
  azurerm = ["azurerm_stream_analytics_job"]
  arm     = ["Microsoft.StreamAnalytics/streamingjobs"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  note    = "Pipeline activities become a Stream Analytics query: filter and select become WHERE and SELECT, math becomes expressions, device registry and shadow enrichment becomes a reference data join, and Lambda activities become JavaScript UDFs or an Azure Functions output. Ingesting straight into Azure Data Explorer with update policies is the alternative for simple transforms."
}

mapping "AWS::IoTAnalytics::Datastore" {
  service  = "Azure Data Explorer"
  status   = "partial"
  azurerm  = ["azurerm_kusto_database"]
  arm      = ["Microsoft.Kusto/clusters/databases"]
  requires = ["azurerm_kusto_cluster"]
  link     = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note     = "A data store becomes an Azure Data Explorer database (or a Fabric Eventhouse) with retention set by its retention policy; customer-managed S3 storage becomes a Data Lake Storage output of the Stream Analytics job."
}

mapping "AWS::IoTAnalytics::Dataset" {
  service = "Azure Data Explorer"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  note    = "SQL datasets become KQL queries, stored functions or materialized views over the database, run on demand or on a schedule (for example from Data Factory or Logic Apps) to export results. Container datasets (notebooks run on a schedule) become Azure Machine Learning or Databricks jobs."
}
