# AWS Compute Optimizer → Azure Advisor cost and performance recommendations (right-sizing, shutdown of idle
# resources), which are on for every subscription.

mapping "aws_computeoptimizer_enrollment_status" {
  service = "Azure Advisor"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/advisor/advisor-overview"
  note    = "There is nothing to enroll: Azure Advisor analyzes every subscription by default and shows right-sizing recommendations for VMs, scale sets and other resources in its cost and performance categories."
}

mapping "aws_computeoptimizer_recommendation_preferences" {
  service = "Azure Advisor"
  status  = "partial"
  arm     = ["Microsoft.Advisor/configurations"]
  link    = "https://learn.microsoft.com/azure/advisor/advisor-cost-recommendations"
  note    = "Recommendation preferences become the subscription's Advisor configuration, whose low-CPU threshold tunes VM and scale set right-sizing; resource groups can only be excluded from recommendations. azurerm doesn't manage it: set it in the portal, with Set-AzAdvisorConfiguration or through the Advisor configurations API. Savings estimation modes and external metrics ingestion have no counterpart."
}

mapping "AWS::ComputeOptimizer::AutomationRule" {
  service = "Azure Advisor"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/advisor/advisor-overview"
  note    = "Advisor recommends but never applies changes on a schedule. To automate, query recommendations (Azure Resource Graph advisorresources table or the Advisor API) from an Automation runbook or Logic App and apply the changes you approve."
}
