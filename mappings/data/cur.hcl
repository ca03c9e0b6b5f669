# AWS Cost and Usage Reports → Cost Management exports.

mapping "AWS::CUR::ReportDefinition" {
  terraform = ["aws_cur_report_definition"]
  service   = "Microsoft Cost Management exports"
  status    = "partial"
  azurerm   = ["azurerm_subscription_cost_management_export", "azurerm_billing_account_cost_management_export"]
  arm       = ["Microsoft.CostManagement/exports"]
  link      = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-improved-exports"
  note      = "A report definition becomes a scheduled export of cost details (actual or amortized, or FOCUS format) to a storage account container, at the billing account or subscription scope. Column names differ from CUR, so queries and Athena tables over the report must be rebuilt (for example on Fabric, Synapse or Power BI)."
  differs   = "Microsoft's comparison names the cost details APIs. A report definition delivers cost and usage files to storage on a schedule, which on Azure is a Cost Management export."
}

data "aws_cur_report_definition" {
  service = "Microsoft Cost Management exports"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-improved-exports"
  note    = "azurerm has no data source that reads an existing cost export: reference the export resource managed in the same configuration, or pass its storage container and path as variables."
}
