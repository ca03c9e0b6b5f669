# AWS Launch Wizard → no guided deployment service: Azure Center for SAP solutions for SAP, and
# Marketplace offers or reference templates for other workloads.

mapping "AWS::LaunchWizard::Deployment" {
  service = "Azure Resource Manager templates"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/templates/overview"
  note    = "A Launch Wizard deployment (a guided, sized install of SQL Server, Active Directory, SAP and similar workloads) has no Azure resource: deploy the same workload from a Marketplace offer or a reference Bicep or Terraform template, then manage the resulting VMs, disks and networks as ordinary resources."

  target "sap" {
    when    = startswith(try(lower(self.WorkloadName), ""), "sap")
    service = "Azure Center for SAP solutions"
    status  = "partial"
    azurerm = ["azurerm_workloads_sap_three_tier_virtual_instance", "azurerm_workloads_sap_single_node_virtual_instance"]
    arm     = ["Microsoft.Workloads/sapVirtualInstances"]
    link    = "https://learn.microsoft.com/azure/sap/center-sap-solutions/overview"
    note    = "An SAP deployment becomes a Virtual Instance for SAP solutions, which deploys the infrastructure for a single-server or distributed (three-tier) system and can install the SAP software; the deployment pattern's sizing and high availability map to its configuration."
  }
}
