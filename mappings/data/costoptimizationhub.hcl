# AWS Cost Optimization Hub → Azure Advisor cost recommendations (always on, no enrollment).

mapping "aws_costoptimizationhub_enrollment_status" {
  service = "Azure Advisor"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/advisor/advisor-cost-recommendations"
  note    = "Nothing to enroll: Azure Advisor produces cost recommendations (rightsizing, idle resources, reservations and savings plans) for every subscription by default; Cost Management shows them across subscriptions of a billing scope."
}

mapping "aws_costoptimizationhub_preferences" {
  service = "Azure Advisor"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/advisor/advisor-cost-recommendations"
  note    = "Savings estimation mode and member-account discount visibility have no Advisor setting: Advisor estimates savings from your own negotiated prices where available. Advisor's own configuration (for example the CPU threshold for VM rightsizing) is set per subscription in the portal or API, and recommendations are dismissed with azurerm_advisor_suppression."
}
