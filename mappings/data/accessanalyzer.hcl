# IAM Access Analyzer → Microsoft Defender for Cloud (CIEM in Defender CSPM) and Entra ID access reviews; external-access analysis has no equivalent.

mapping "aws_accessanalyzer_analyzer" {
  cloudformation = ["AWS::AccessAnalyzer::Analyzer"]
  service        = "Microsoft Defender for Cloud"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/permissions-management"
  note           = "Azure has no analyzer that proves which resources are reachable from outside the tenant by reasoning over policies. The nearest checks are Defender for Cloud recommendations and Azure Policy audits for public network access, anonymous blob access, shared access keys and guest role assignments; review cross-tenant access (Azure Lighthouse, guests, multitenant apps) separately. Internal-access analyzers have no counterpart either: review role assignments on critical resources with access reviews."
  differs        = "Microsoft's comparison names Entra access reviews, which review who holds access. An analyzer finds resources shared outside the account and unused permissions, which is closest to the permissions findings of Defender for Cloud."

  target "unused-access" {
    when    = endswith(try(upper(self.type), upper(self.Type), ""), "UNUSED_ACCESS")
    service = "Microsoft Defender for Cloud permissions management"
    status  = "partial"
    azurerm = ["azurerm_security_center_subscription_pricing"]
    arm     = ["Microsoft.Security/pricings"]
    link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions-management"
    note    = "Unused roles, permissions and identities are reported by the CIEM recommendations of the Defender CSPM plan (resource_type \"CloudPosture\" on azurerm_security_center_subscription_pricing, with permissions management turned on). For users and groups, Microsoft Entra access reviews (Entra ID Governance licence) remove access that is no longer used."
  }

  caveat "archive-rules" {
    when     = try(length(self.ArchiveRules), 0) > 0
    severity = "info"
    message  = "Archive rules have no counterpart: findings that are accepted become exemptions on the Defender for Cloud recommendation or Azure Policy assignment."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure"
  }
}

mapping "aws_accessanalyzer_archive_rule" {
  service = "Azure Policy exemptions"
  status  = "partial"
  azurerm = ["azurerm_resource_policy_exemption", "azurerm_subscription_policy_exemption"]
  arm     = ["Microsoft.Authorization/policyExemptions"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/exemption-structure"
  note    = "Suppressing accepted findings becomes an exemption (waiver or mitigated) for the resources or scope on the assignment behind the Defender for Cloud recommendation. Exemptions name resources or scopes, not filters over finding attributes."
}
