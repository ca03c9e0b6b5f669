# AWS IoT TwinMaker → Azure Digital Twins. The instance is an ARM resource; models (component
# types) and twins (entities) live in its data plane.

mapping "AWS::IoTTwinMaker::Workspace" {
  service = "Azure Digital Twins"
  status  = "partial"
  azurerm = ["azurerm_digital_twins_instance"]
  arm     = ["Microsoft.DigitalTwins/digitalTwinsInstances"]
  link    = "https://learn.microsoft.com/azure/digital-twins/overview"
  note    = "A workspace becomes an Azure Digital Twins instance holding models and the twin graph. TwinMaker's S3 bucket and IAM role have no counterpart; give the instance a managed identity and role assignments for the endpoints it routes events to. Time-series data is not queried through the instance: history goes to Azure Data Explorer (data history connection)."
}

mapping "AWS::IoTTwinMaker::ComponentType" {
  service = "Azure Digital Twins models"
  status  = "partial"
  azurerm = ["azurerm_digital_twins_instance"]
  arm     = ["Microsoft.DigitalTwins/digitalTwinsInstances"]
  link    = "https://learn.microsoft.com/azure/digital-twins/concepts-models"
  note    = "A component type becomes a DTDL model (interfaces with properties, telemetry, relationships and components) uploaded through the instance's data-plane API, not azurerm. Data connectors (Lambda functions that fetch property values) have no counterpart: push updates into the twins instead."
}

mapping "AWS::IoTTwinMaker::Entity" {
  service = "Azure Digital Twins twins"
  status  = "partial"
  azurerm = ["azurerm_digital_twins_instance"]
  arm     = ["Microsoft.DigitalTwins/digitalTwinsInstances"]
  link    = "https://learn.microsoft.com/azure/digital-twins/concepts-twins-graph"
  note    = "An entity becomes a digital twin of a DTDL model in the instance's twin graph, with relationships for the entity hierarchy; twins are data-plane objects created through the API or a bulk import job."
}

mapping "AWS::IoTTwinMaker::Scene" {
  service = "Azure Digital Twins"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/digital-twins/overview"
  note    = "There is no managed 3D scene resource: render scenes in your own application that reads twin data through the Digital Twins API, or show the data in Azure Managed Grafana dashboards."
}

mapping "AWS::IoTTwinMaker::SyncJob" {
  service = "Azure Digital Twins"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/digital-twins/concepts-twins-graph"
  note    = "There is no job that syncs an asset hierarchy into twins: create and update twins from the asset source with a bulk import job or your own code (for example an Azure Function)."
}
