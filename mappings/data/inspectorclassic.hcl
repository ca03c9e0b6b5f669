# Amazon Inspector Classic → vulnerability assessment of Microsoft Defender for Servers.

mapping "AWS::Inspector::AssessmentTemplate" {
  terraform = ["aws_inspector_assessment_template"]
  service   = "Microsoft Defender for Servers"
  status    = "partial"
  azurerm   = ["azurerm_security_center_subscription_pricing"]
  arm       = ["Microsoft.Security/pricings"]
  link      = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-overview"
  note      = "Assessment runs with rules packages become continuous vulnerability assessment by Defender for Servers (resource_type = \"VirtualMachines\"): no runs, durations or rules packages to choose, and findings appear as Defender for Cloud recommendations."
}

mapping "AWS::Inspector::AssessmentTarget" {
  terraform = ["aws_inspector_assessment_target"]
  service   = "Microsoft Defender for Servers"
  status    = "implicit"
  link      = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-overview"
  note      = "The plan covers every machine in the subscription where it is enabled (or selected resources with resource-level enablement), so there is no target to define."
}

mapping "AWS::Inspector::ResourceGroup" {
  terraform = ["aws_inspector_resource_group"]
  service   = "Microsoft Defender for Servers"
  status    = "implicit"
  link      = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-overview"
  note      = "Tag-based selection of instances has no counterpart: scope coverage by subscription, or enable or exclude individual machines at resource level."
}

data "aws_inspector_rules_packages" {
  service = "Microsoft Defender for Servers"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-overview"
  note    = "There are no rules packages to look up: Defender for Servers assesses vulnerabilities and configuration continuously with a fixed, Microsoft-managed set of checks. Drop the lookup and any references to package ARNs."
}
