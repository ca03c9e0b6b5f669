# Amazon Macie → sensitive data discovery in Microsoft Defender for Cloud (Defender CSPM) and Microsoft Purview.

mapping "aws_macie2_account" {
  cloudformation = ["AWS::Macie::Session"]
  service        = "Defender CSPM sensitive data discovery"
  status         = "partial"
  azurerm        = ["azurerm_security_center_subscription_pricing"]
  arm            = ["Microsoft.Security/pricings"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/concept-data-security-posture"
  note           = "Turning Macie on becomes the Defender CSPM plan (resource_type = \"CloudPosture\") with the SensitiveDataDiscovery extension in each subscription: it samples storage accounts and databases for sensitive information types and shows the results in the data security views. For a governed catalog with scheduled scans and custom classifications, add Microsoft Purview Data Map (azurerm_purview_account)."
  differs        = "Microsoft's comparison names Microsoft Purview, a data governance catalog. Turning Macie on scans storage for sensitive data, which on Azure is the sensitive data discovery of the Defender CSPM plan; Purview is the next step for a governed catalog."
}

mapping "aws_macie2_classification_job" {
  service = "Microsoft Purview Data Map"
  status  = "partial"
  azurerm = ["azurerm_purview_account"]
  arm     = ["Microsoft.Purview/accounts"]
  link    = "https://learn.microsoft.com/purview/create-a-custom-classification-and-classification-rule"
  note    = "A scheduled or one-time classification job becomes a Purview scan of the storage account with a scan rule set. Scans, data sources and scan rule sets live in the Purview data plane (portal, REST API or PowerShell); azurerm only creates the account. Defender CSPM discovery needs no job: it samples continuously."
}

mapping "aws_macie2_custom_data_identifier" {
  cloudformation = ["AWS::Macie::CustomDataIdentifier"]
  service        = "Microsoft Purview classifications"
  status         = "partial"
  link           = "https://learn.microsoft.com/purview/create-a-custom-classification-and-classification-rule"
  note           = "A custom data identifier becomes a custom classification with a classification rule (regular-expression data pattern, optional column-name pattern, minimum match percentage) in the Purview Data Map, or a custom sensitive information type in Microsoft Purview for Defender CSPM discovery. Neither is an azurerm resource."
}

mapping "aws_macie2_findings_filter" {
  cloudformation = ["AWS::Macie::FindingsFilter"]
  service        = "Microsoft Defender for Cloud"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/concept-data-security-posture"
  note           = "Sensitive data discovery produces resource insights, not findings to archive: filter them in the data security dashboard or the cloud security explorer, and dismiss unwanted Defender for Storage alerts with alert suppression rules."
}

mapping "aws_macie2_classification_export_configuration" {
  service = "Microsoft Defender for Cloud"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/concept-data-security-posture"
  note    = "Discovery results are kept by the service (Defender for Cloud, or the Purview Data Map) rather than written to a bucket you configure, so there is no results location or encryption key to set."
}

mapping "aws_macie2_member" {
  service = "Microsoft Defender for Cloud"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "No member accounts: enable the plan in every subscription (or by Azure Policy at a management group) and grant the central team Security Reader at the management group."
}

mapping "aws_macie2_invitation_accepter" {
  service = "Microsoft Defender for Cloud"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "No invitation to accept: cross-subscription visibility comes from role assignments."
}

mapping "aws_macie2_organization_admin_account" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "The delegated administrator becomes Security Admin (to change plans) or Security Reader for the security team at the management group that holds the subscriptions."
}

mapping "aws_macie2_organization_configuration" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/policy-reference"
  note    = "Auto-enabling for new accounts becomes an assignment at the management group of the built-in DeployIfNotExists policy that configures the Defender CSPM plan, so every new subscription gets it."
}

mapping "AWS::Macie::AllowList" {
  service = "Microsoft Purview"
  status  = "none"
  link    = "https://learn.microsoft.com/purview/create-a-custom-classification-and-classification-rule"
  note    = "There is no allow list that suppresses sensitive-data matches: narrow the classification rules (patterns and thresholds) in Purview, or dismiss the resulting findings, to stop expected text from being reported."
}
