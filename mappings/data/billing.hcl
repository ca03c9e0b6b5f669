# AWS Billing views → Cost Management saved views.

mapping "aws_billing_view" {
  cloudformation = ["AWS::Billing::BillingView"]
  service        = "Microsoft Cost Management"
  status         = "partial"
  azurerm        = ["azurerm_subscription_cost_management_view", "azurerm_resource_group_cost_management_view"]
  arm            = ["Microsoft.CostManagement/views"]
  link           = "https://learn.microsoft.com/azure/cost-management-billing/costs/customize-cost-analysis-views"
  note           = "A custom billing view becomes a saved cost analysis view with filters (tags, resource groups, services) at a subscription or resource group scope. Viewers need Cost Management Reader on that scope, since a view doesn't grant access across subscriptions by itself."
}

data "aws_billing_views" {
  service = "Microsoft Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/customize-cost-analysis-views"
  note    = "azurerm has no data source that lists cost views; keep view IDs as outputs of the resources that create them."
}
