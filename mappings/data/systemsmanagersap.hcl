# AWS Systems Manager for SAP → Azure Center for SAP solutions (Virtual Instance for SAP solutions).

mapping "AWS::SystemsManagerSAP::Application" {
  service = "Azure Center for SAP solutions"
  status  = "partial"
  azurerm = ["azurerm_workloads_sap_discovery_virtual_instance"]
  arm     = ["Microsoft.Workloads/sapVirtualInstances"]
  link    = "https://learn.microsoft.com/azure/sap/center-sap-solutions/overview"
  note    = "Registering an existing SAP system becomes a Virtual Instance for SAP solutions created by registration (discovery) of the central services VM, which gives start and stop, health and quality checks for the system. Database credentials aren't stored with it; backups of SAP HANA use Azure Backup, and monitoring uses Azure Monitor for SAP solutions."
}
