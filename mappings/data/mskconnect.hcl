# Amazon MSK Connect → self-managed Kafka Connect (on AKS or Container Apps) against the Event Hubs
# Kafka endpoint, or a native Azure integration where one covers the connector's job. Azure has no
# managed Kafka Connect service.

mapping "aws_mskconnect_connector" {
  cloudformation = ["AWS::KafkaConnect::Connector"]
  service        = "Self-managed Kafka Connect with Azure Event Hubs"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-hubs/event-hubs-kafka-connect-tutorial"
  note           = "Azure has no managed Kafka Connect: run Connect workers yourself (a container image on AKS or Azure Container Apps) pointed at the Event Hubs namespace's Kafka endpoint, and scale them in place of MCU autoscaling. Where a native service does the connector's job, prefer it: Event Hubs Capture for archiving to storage, Azure Data Explorer data connections, Stream Analytics outputs, or Data Factory copies from databases."

  target "s3-sink" {
    when    = try(length(regex("(?i)s3sinkconnector", jsonencode(try(self.connector_configuration, self.ConnectorConfiguration)))) > 0, false)
    service = "Event Hubs Capture"
    status  = "partial"
    azurerm = ["azurerm_eventhub"]
    arm     = ["Microsoft.EventHub/namespaces/eventhubs"]
    link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
    note    = "An S3 sink connector becomes Capture on each event hub (capture_description on azurerm_eventhub), which writes the stream to Blob Storage or Data Lake Storage in Avro files by time and size window. Other output formats or partitioning schemes need Stream Analytics or a self-managed connector."
  }
}

mapping "aws_mskconnect_custom_plugin" {
  cloudformation = ["AWS::KafkaConnect::CustomPlugin"]
  service        = "Self-managed Kafka Connect"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-hubs/event-hubs-kafka-connect-tutorial"
  note           = "A plugin has no Azure resource: add its JAR or ZIP to the plugin path of your Connect worker image and push that image to Azure Container Registry."
}

mapping "aws_mskconnect_worker_configuration" {
  cloudformation = ["AWS::KafkaConnect::WorkerConfiguration"]
  service        = "Self-managed Kafka Connect"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-hubs/event-hubs-kafka-connect-tutorial"
  note           = "Worker properties go into the configuration of your own Connect workers (a ConfigMap on AKS, or environment variables), with the Event Hubs namespace on port 9093 as bootstrap server and SASL_SSL authentication."
}

data "aws_mskconnect_connector" {
  service = "Self-managed Kafka Connect"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-kafka-connect-tutorial"
  note    = "Connectors live in your own Connect cluster; read them from its REST API rather than a Terraform data source."
}

data "aws_mskconnect_custom_plugin" {
  service = "Self-managed Kafka Connect"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-kafka-connect-tutorial"
  note    = "Plugins are files in the Connect worker image; reference the image tag in Azure Container Registry instead."
}

data "aws_mskconnect_worker_configuration" {
  service = "Self-managed Kafka Connect"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-kafka-connect-tutorial"
  note    = "Worker configuration is kept with the deployment of your Connect workers (for example in source control), not in an Azure resource."
}
