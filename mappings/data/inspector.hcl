# Amazon Inspector (v2) → vulnerability assessment in Microsoft Defender for Servers, Defender for Containers and DevOps security.

mapping "aws_inspector2_enabler" {
  service = "Microsoft Defender for Servers"
  status  = "partial"
  azurerm = ["azurerm_security_center_subscription_pricing"]
  arm     = ["Microsoft.Security/pricings"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-overview"
  note    = "Scanning EC2 instances becomes Defender for Servers (resource_type = \"VirtualMachines\") in each subscription: Microsoft Defender Vulnerability Management reports software vulnerabilities, and Plan 2 adds agentless disk scanning. Plans are enabled per subscription, not per account and region."

  caveat "container-images" {
    when     = try(contains(self.resource_types, "ECR"), false)
    severity = "info"
    message  = "Container image scanning is not part of Defender for Servers: enable Defender for Containers (resource_type = \"Containers\") or Defender CSPM to scan images in Azure Container Registry."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction"
  }

  caveat "lambda-scanning" {
    when     = try(contains(self.resource_types, "LAMBDA"), false) || try(contains(self.resource_types, "LAMBDA_CODE"), false)
    severity = "warning"
    message  = "Lambda function scanning has no like-for-like Defender plan: check what Defender CSPM serverless protection covers for Azure Functions, and scan function dependencies and code in the build pipeline."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/recommendations-reference-serverless-protection"
  }
}

mapping "aws_inspector2_filter" {
  cloudformation = ["AWS::InspectorV2::Filter"]
  service        = "Microsoft Defender for Cloud"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/disable-vulnerability-findings"
  note           = "A suppression filter becomes a rule that disables or exempts matching vulnerability findings so they stop counting against secure score; it is configured in Defender for Cloud rather than with azurerm. Filters that only narrow a view become queries in the cloud security explorer or Azure Resource Graph."
}

mapping "aws_inspector2_delegated_admin_account" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "The delegated administrator becomes Security Admin (or Security Reader) for the security team at the management group that holds the subscriptions."
}

mapping "aws_inspector2_member_association" {
  service = "Microsoft Defender for Cloud"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "No member association: each subscription enables the plan itself (or through Azure Policy), and central visibility comes from role assignments at a management group."
}

mapping "aws_inspector2_organization_configuration" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/policy-reference"
  note    = "Auto-enabling scans for new accounts becomes a management-group assignment of the built-in DeployIfNotExists policies that enable Defender for Servers (and Defender for Containers) on every subscription."
}

mapping "AWS::InspectorV2::CodeSecurityIntegration" {
  service = "Defender for Cloud DevOps security"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-devops-introduction"
  note    = "Connecting a GitHub or GitLab source becomes a DevOps environment connector in Defender for Cloud (GitHub, Azure DevOps or GitLab), created in the portal or through ARM rather than azurerm."
}

mapping "AWS::InspectorV2::CodeSecurityScanConfiguration" {
  service = "Defender for Cloud DevOps security"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-devops-introduction"
  note    = "Scan settings for code repositories become the code, dependency and infrastructure-as-code scanners run in the pipeline (Microsoft Security DevOps, or GitHub Advanced Security) whose results surface in Defender for Cloud; there is no central scan schedule to configure."
}

mapping "AWS::InspectorV2::CisScanConfiguration" {
  service = "Microsoft Defender for Servers"
  status  = "partial"
  azurerm = ["azurerm_security_center_subscription_pricing"]
  arm     = ["Microsoft.Security/pricings"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-servers-overview"
  note    = "Scheduled CIS benchmark scans of instances become the security baselines assessment of Defender Vulnerability Management, part of Defender for Servers Plan 2, which checks machines continuously against CIS benchmarks; Azure Policy machine configuration baselines are the alternative. There is no scan schedule or target tag list to configure."
}
