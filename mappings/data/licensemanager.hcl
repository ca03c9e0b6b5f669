# AWS License Manager → Azure Hybrid Benefit settings on VMs and SQL; no managed license tracking service.

mapping "aws_licensemanager_license_configuration" {
  service = "Azure Hybrid Benefit"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/scope-level/overview-azure-hybrid-benefit-scope"
  note    = "Azure has no license-counting rule set with hard limits. Bring-your-own Windows Server and SQL Server licenses are declared with Azure Hybrid Benefit on each VM (license_type) or SQL resource, and SQL Server licenses can be managed centrally at subscription or billing scope in Cost Management; other products need a third-party software asset management tool."
}

mapping "aws_licensemanager_association" {
  service = "Azure Hybrid Benefit"
  status  = "implicit"
  azurerm = ["azurerm_windows_virtual_machine", "azurerm_mssql_virtual_machine"]
  arm     = ["Microsoft.Compute/virtualMachines", "Microsoft.SqlVirtualMachine/sqlVirtualMachines"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/windows/hybrid-use-benefit-licensing"
  note    = "Attaching a license to an AMI or instance becomes a setting on the VM: license_type = \"Windows_Server\" on azurerm_windows_virtual_machine, and sql_license_type = \"AHUB\" on azurerm_mssql_virtual_machine for SQL Server. Nothing counts or limits the licenses used."
}

mapping "aws_licensemanager_grant" {
  cloudformation = ["AWS::LicenseManager::Grant"]
  service        = "Azure Marketplace"
  status         = "none"
  link           = "https://learn.microsoft.com/marketplace/azure-marketplace-overview"
  note           = "Distributing vendor entitlements to other accounts has no counterpart. Marketplace purchases are tied to a billing account and usable in its subscriptions; other software entitlements are managed by the vendor."
}

mapping "aws_licensemanager_grant_accepter" {
  service = "Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/marketplace/azure-marketplace-overview"
  note    = "There is no license grant to accept; see the grant entry."
}

mapping "AWS::LicenseManager::License" {
  service = "Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/marketplace/azure-marketplace-overview"
  note    = "Seller-issued licenses with entitlements have no counterpart; software vendors that sell through Azure Marketplace use the marketplace's own plans and metering."
}

data "aws_licensemanager_received_license" {
  terraform = ["aws_licensemanager_received_license", "aws_licensemanager_received_licenses", "aws_licensemanager_grants"]
  service   = "Azure Marketplace"
  status    = "none"
  link      = "https://learn.microsoft.com/marketplace/azure-marketplace-overview"
  note      = "There are no received licenses or grants to read; azurerm has no data source for software entitlements."
}
