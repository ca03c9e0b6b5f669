# AWS Billing and Cost Management dashboards → Cost Management views pinned to Azure dashboards.

mapping "AWS::BCM::Dashboard" {
  service = "Microsoft Cost Management"
  status  = "partial"
  azurerm = ["azurerm_portal_dashboard", "azurerm_subscription_cost_management_view"]
  arm     = ["Microsoft.Portal/dashboards", "Microsoft.CostManagement/views"]
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/customize-cost-analysis-views"
  note    = "Each widget becomes a saved cost analysis view, and the dashboard a shared Azure portal dashboard with those views pinned; richer reports use the Cost Management Power BI connector."
}
