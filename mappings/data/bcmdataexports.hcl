# AWS Data Exports (billing and cost data exports) → Microsoft Cost Management exports.

mapping "AWS::BCMDataExports::Export" {
  terraform = ["aws_bcmdataexports_export"]
  service   = "Microsoft Cost Management exports"
  status    = "partial"
  azurerm   = ["azurerm_subscription_cost_management_export", "azurerm_billing_account_cost_management_export"]
  arm       = ["Microsoft.CostManagement/exports"]
  link      = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-improved-exports"
  note      = "An export becomes a scheduled Cost Management export to a storage account container (daily or monthly, CSV or Parquet), choosing a dataset such as actual or amortized cost details or FOCUS cost and usage. The SQL column selection of the export query has no counterpart: exports carry the dataset's column set, so select and filter columns downstream."
}
