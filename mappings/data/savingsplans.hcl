# AWS Savings Plans → Azure savings plan for compute (and Azure reservations for fixed resources).
# Purchases are billing benefits bought in Cost Management + Billing, not deployable resources.

mapping "aws_savingsplans_savings_plan" {
  service = "Azure savings plan for compute"
  status  = "partial"
  arm     = ["Microsoft.BillingBenefits/savingsPlanOrderAliases"]
  link    = "https://learn.microsoft.com/azure/cost-management-billing/savings-plan/savings-plan-compute-overview"
  note    = "A Compute Savings Plan becomes an Azure savings plan for compute: a 1- or 3-year hourly spend commitment applied to VMs, App Service, Container Apps, Functions Premium and more, scoped to a subscription, resource group, management group or the billing account. azurerm can't buy it; purchase in the portal or through the Billing Benefits API. EC2 Instance Savings Plans fit Azure reservations better, and SageMaker plans have no counterpart."

  caveat "commitment" {
    severity = "warning"
    message  = "Creating this resource commits to spending: a savings plan can't be cancelled or refunded, so size the hourly commitment from Azure usage data (Cost Management recommendations) rather than copying the AWS figure."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/savings-plan/savings-plan-compute-overview"
  }
}

data "aws_savingsplans_savings_plan" {
  service = "Azure savings plan for compute"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/savings-plan/savings-plan-compute-overview"
  note    = "azurerm cannot look up savings plans: read them in Cost Management + Billing or through the Billing Benefits API."
}

data "aws_savingsplans_offerings" {
  service = "Azure savings plan for compute"
  status  = "none"
  link    = "https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices"
  note    = "azurerm has no offering catalogue: savings plan prices per meter come from the Azure Retail Prices API, and purchase recommendations from Cost Management."
}
