# AWS Resilience Hub → the goals and recommendations of Azure's Infrastructure Resiliency Manager (preview), which
# assesses groups of resources against resiliency goals (chiefly zone resiliency) and recommends fixes. Not managed
# by azurerm; validate recovery with Azure Chaos Studio experiments.

mapping "aws_resiliencehub_resiliency_policy" {
  cloudformation = ["AWS::ResilienceHub::ResiliencyPolicy"]
  service        = "Azure Infrastructure Resiliency Manager (preview)"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/resiliency/goals-recommendations-support-matrix"
  note           = "A resiliency policy becomes a resiliency goal assigned to the group of resources that form the application. Check which disruption types the goals cover: the assessment focuses on zone resiliency, so numeric RTO and RPO targets per disruption type (region, infrastructure, application) remain a design review."
}

mapping "AWS::ResilienceHub::App" {
  service = "Azure Infrastructure Resiliency Manager (preview)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/resiliency/goals-recommendations-support-matrix"
  note    = "An application becomes a service group of its Azure resources with a resiliency goal assigned, whose assessment lists the resources that miss it and recommends fixes. Resource discovery from CloudFormation stacks, Terraform state or EKS clusters becomes service group membership; fault-injection tests become Azure Chaos Studio experiments."
}
