# AWS Billing and Cost Management Pricing Calculator → the Azure pricing calculator, a web tool with no
# Azure resources.

mapping "AWS::BcmPricingCalculator::BillScenario" {
  service = "Azure pricing calculator"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/pricing-calculator"
  note    = "A bill scenario, which models the cost of planned usage changes against the account's current bill, has no Azure resource: build the estimate in the Azure pricing calculator (signed in, to apply your agreement's prices) and save or export it, or model changes from Cost Management data."
}
