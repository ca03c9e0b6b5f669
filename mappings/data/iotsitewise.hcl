# AWS IoT SiteWise → Azure IoT Operations (edge data collection, Azure Device Registry assets),
# Azure Digital Twins (asset models and hierarchies) and Azure Managed Grafana (SiteWise Monitor).

mapping "AWS::IoTSiteWise::Gateway" {
  service = "Azure IoT Operations"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-operations/overview-iot-operations"
  note    = "A SiteWise Edge gateway becomes Azure IoT Operations running on an Azure Arc-enabled Kubernetes cluster on site: its OPC UA connector collects data from equipment and data flows send it to the cloud (Event Hubs, Fabric Real-Time Intelligence, Azure Data Explorer). It is deployed with the Azure CLI, Bicep or ARM, not azurerm."
}

mapping "AWS::IoTSiteWise::Asset" {
  service = "Azure Device Registry assets"
  status  = "partial"
  arm     = ["Microsoft.DeviceRegistry/assets"]
  link    = "https://learn.microsoft.com/rest/api/deviceregistry"
  note    = "An asset with measured properties becomes an Azure Device Registry asset whose datasets name the data points Azure IoT Operations reads; hierarchies, attributes and computed properties have no place there and go into Azure Digital Twins (twins and relationships) or the analytics store. azurerm has no resource for assets: use ARM, Bicep or azapi."
}

mapping "AWS::IoTSiteWise::AssetModel" {
  service = "Azure Digital Twins models"
  status  = "partial"
  azurerm = ["azurerm_digital_twins_instance"]
  arm     = ["Microsoft.DigitalTwins/digitalTwinsInstances"]
  link    = "https://learn.microsoft.com/azure/digital-twins/concepts-models"
  note    = "An asset model becomes a DTDL model uploaded to an Azure Digital Twins instance through its data-plane API (not azurerm). Transforms and metrics (formulas over properties and time windows) are not evaluated by Digital Twins: compute them in Stream Analytics, Azure Data Explorer or Fabric."
}

mapping "AWS::IoTSiteWise::Portal" {
  service = "Azure Managed Grafana"
  status  = "partial"
  azurerm = ["azurerm_dashboard_grafana"]
  arm     = ["Microsoft.Dashboard/grafana"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/overview"
  note    = "A SiteWise Monitor portal becomes a Managed Grafana workspace with Microsoft Entra sign-in, reading the time series from Azure Data Explorer or Azure Monitor; there is no no-code asset browser, so dashboards are built over the queries."
}

mapping "AWS::IoTSiteWise::Project" {
  service = "Azure Managed Grafana folders"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/managed-grafana/overview"
  note    = "A portal project becomes a folder of dashboards inside the Grafana workspace, with folder permissions; it is managed through the Grafana API, not as an Azure resource."
}

mapping "AWS::IoTSiteWise::Dashboard" {
  service = "Azure Managed Grafana dashboards"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/managed-grafana/overview"
  note    = "A SiteWise Monitor dashboard becomes a Grafana dashboard (JSON model) created through the Grafana API or the Grafana Terraform provider; its visualizations must be rebuilt as queries on the data store."
}

mapping "AWS::IoTSiteWise::AccessPolicy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/concept-role-based-access-control"
  note    = "Portal administrator and project viewer access become Grafana Admin, Editor or Viewer role assignments on the Managed Grafana workspace, narrowed per folder with Grafana permissions."
}

mapping "AWS::IoTSiteWise::ComputationModel" {
  service = "Fabric Real-Time Intelligence anomaly detection (or KQL in Azure Data Explorer)"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/real-time-intelligence/anomaly-detection-models"
  note    = "A computation model trains anomaly detection over asset properties and writes its results to a result property on a schedule. The counterpart is anomaly detection (preview) on the Eventhouse table that holds the telemetry, which picks a model for the data and can raise automated alerts, or scheduled KQL with series_decompose_anomalies in Azure Data Explorer. Results land in a table or event stream rather than on an asset property, and Fabric items are not azurerm resources (Terraform manages only the capacity, azurerm_fabric_capacity)."
}

mapping "AWS::IoTSiteWise::Dataset" {
  service = "Azure AI Search (knowledge for an agent)"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  arm     = ["Microsoft.Search/searchServices"]
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "A SiteWise dataset points the SiteWise generative AI assistant at a Kendra index of documents such as manuals and procedures. The documents become an Azure AI Search index used as a knowledge source by the agent that replaces the assistant: a Foundry agent or a Fabric Real-Time Intelligence operations agent that also queries the telemetry. Indexes are data-plane objects; Terraform creates the search service."
}
