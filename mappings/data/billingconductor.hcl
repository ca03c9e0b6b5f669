# AWS Billing Conductor (pro forma billing for show-back and resale) → no Azure counterpart;
# Cost Management cost allocation and invoice sections cover part of the show-back use.

mapping "AWS::BillingConductor::BillingGroup" {
  service = "Microsoft Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/manage/mca-section-invoice"
  note    = "Azure computes no pro forma bill per group of accounts. Group subscriptions by invoice section or billing profile (Microsoft Customer Agreement), or by management group in cost analysis, and build rated show-back reports from Cost Management exports; partners reselling Azure price customers in Partner Center."
}

mapping "AWS::BillingConductor::PricingPlan" {
  service = "Microsoft Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-improved-exports"
  note    = "There are no custom pricing plans for internal rates: apply your rates to exported cost data (Cost Management exports to storage, then Fabric, Synapse or Power BI)."
}

mapping "AWS::BillingConductor::PricingRule" {
  service = "Microsoft Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-improved-exports"
  note    = "Markups, discounts and tiering rules have no Azure setting: implement them in the reporting built on Cost Management exports."
}

mapping "AWS::BillingConductor::CustomLineItem" {
  service = "Microsoft Cost Management cost allocation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/allocate-costs"
  note    = "Custom charges or credits cannot be added to Azure cost data. Cost allocation rules can redistribute shared costs between subscriptions, resource groups or tags for show-back; fixed fees and credits are added in your own reporting."
}
