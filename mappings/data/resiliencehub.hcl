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

mapping "AWS::ResilienceHubV2::System" {
  service = "Azure Infrastructure Resiliency Manager (preview)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/resiliency/goals-recommendations-support-matrix"
  note    = "A system is the container for an application's services and user journeys; on Azure it is the service group that holds the application's resources (or the groups of its services), with no separate object."
}

mapping "AWS::ResilienceHubV2::Service" {
  service = "Azure Infrastructure Resiliency Manager (preview)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/resiliency/goals-recommendations-support-matrix"
  note    = "A service, the unit that is assessed, becomes a service group of its Azure resources with a resiliency goal assigned. Discovery by tags or stacks becomes service group membership; the fault-injection tests Resilience Hub runs become Azure Chaos Studio experiments, and its alarms become Azure Monitor alerts."
}

mapping "AWS::ResilienceHubV2::ServiceFunction" {
  service = "Azure Infrastructure Resiliency Manager (preview)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/resiliency/goals-recommendations-support-matrix"
  note    = "Azure doesn't model the logical functions of a service or their criticality. Record primary and supplemental functions in the application's resiliency design, and reflect criticality in which resources the goals and Chaos Studio experiments cover."
}

mapping "AWS::ResilienceHubV2::UserJourney" {
  service = "Azure Infrastructure Resiliency Manager (preview)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/well-architected/reliability/identify-flows"
  note    = "Azure has no resource for a user journey. Identify and document critical user flows as the Well-Architected reliability guidance describes, and monitor each flow with Application Insights availability tests or alerts on its requests."
}

mapping "aws_resiliencehubv2_policy" {
  cloudformation = ["AWS::ResilienceHubV2::Policy"]
  service        = "Azure Infrastructure Resiliency Manager (preview)"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/resiliency/goals-recommendations-support-matrix"
  note           = "A resilience policy (availability target, RTO and RPO per disruption scope, disaster recovery approach, backup frequency) becomes a resiliency goal assigned to the application's service group. The assessment checks chiefly zone resiliency: multi-region targets, the recovery approach and backup frequency remain design targets, checked through Azure Backup policies and recovery drills (for example Azure Chaos Studio experiments)."
}
