# Amazon GuardDuty → Microsoft Defender for Cloud (and Microsoft Sentinel for detections).

mapping "aws_guardduty_malware_protection_plan" {
  cloudformation = ["AWS::GuardDuty::MalwareProtectionPlan"]
  service        = "Microsoft Defender for Storage (malware scanning)"
  status         = "partial"
  azurerm        = ["azurerm_security_center_storage_defender"]
  arm            = ["Microsoft.Security/defenderForStorageSettings"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/introduction-malware-scanning"
  note           = "Scanning new S3 objects becomes on-upload malware scanning of Defender for Storage on the migrated storage account (malware_scanning_on_upload_enabled, with an optional monthly GB cap). Results are written as blob index tags on the scanned blob and can be sent to an Event Grid topic (scan_results_event_grid_topic_id) to quarantine or delete files automatically. No IAM role is needed: Defender uses its own service identity."

  caveat "object-prefixes" {
    when     = try(anytrue([for r in try(self.protected_resource, []) : try(anytrue([for b in r.s3_bucket : length(b.object_prefixes) > 0]), false)]), false) || try(length(self.ProtectedResource.S3Bucket.ObjectPrefixes), 0) > 0
    severity = "info"
    message  = "Scanning is configured per storage account rather than per S3 prefix, and scanned data is billed: unless the scan filters available to you can exclude the paths, keep data that must not be scanned in a separate storage account."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/introduction-malware-scanning"
  }
}

mapping "aws_guardduty_detector" {
  cloudformation = ["AWS::GuardDuty::Detector"]
  service        = "Microsoft Defender for Cloud"
  status         = "partial"
  azurerm        = ["azurerm_security_center_subscription_pricing"]
  arm            = ["Microsoft.Security/pricings"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction"
  note           = "There is no single detector: threat detection is switched on per subscription by enabling the Defender plans that cover the migrated workloads (tier = \"Standard\" with resource_type VirtualMachines for Defender for Servers, StorageAccounts, Containers, Arm, KeyVaults and so on), one azurerm_security_center_subscription_pricing per plan. Alerts appear in Defender for Cloud and can flow to Microsoft Sentinel."
  differs        = "Microsoft's comparison names Microsoft Sentinel, a SIEM. GuardDuty's managed threat detection for accounts, workloads and data is closest to the threat protection plans of Microsoft Defender for Cloud, whose alerts can then flow into Sentinel."

  caveat "per-plan-billing" {
    severity = "info"
    message  = "GuardDuty bills one service with optional protections; Defender for Cloud bills each plan separately per protected resource, so enable only the plans for resource types you actually run."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security"
  }

  caveat "publishing-frequency" {
    when     = can(self.finding_publishing_frequency) || can(self.FindingPublishingFrequency)
    severity = "info"
    message  = "The finding publishing frequency has no setting: Defender alerts are raised as they are detected; export them with continuous export (azurerm_security_center_automation)."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/continuous-export"
  }
}

mapping "aws_guardduty_detector_feature" {
  service = "Microsoft Defender for Cloud"
  status  = "partial"
  azurerm = ["azurerm_security_center_subscription_pricing"]
  arm     = ["Microsoft.Security/pricings"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction"
  note    = "Each GuardDuty protection becomes a Defender plan or a plan extension (the extension blocks of azurerm_security_center_subscription_pricing): S3 protection → Defender for Storage, EKS and runtime monitoring → Defender for Containers or Defender for Servers, RDS login monitoring → Defender for open-source relational databases. Lambda network-log monitoring has no counterpart."
}

mapping "aws_guardduty_member_detector_feature" {
  service = "Microsoft Defender for Cloud"
  status  = "partial"
  azurerm = ["azurerm_security_center_subscription_pricing"]
  arm     = ["Microsoft.Security/pricings"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction"
  note    = "Plans are set per subscription: enable the matching Defender plan in the member's subscription (a provider configured for that subscription), or enforce it for many subscriptions with Azure Policy at management-group scope."
}

mapping "aws_guardduty_filter" {
  cloudformation = ["AWS::GuardDuty::Filter"]
  service        = "Microsoft Defender for Cloud alert suppression rules"
  status         = "partial"
  arm            = ["Microsoft.Security/alertsSuppressionRules"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/alerts-suppression-rules"
  note           = "An ARCHIVE filter becomes an alert suppression rule (alert type plus entity conditions, with an optional expiry), deployed through ARM at subscription scope: azurerm has no resource for it. A NOOP filter is only a saved view: rebuild it as a filter or query in Defender for Cloud or Microsoft Sentinel."
}

mapping "aws_guardduty_ipset" {
  cloudformation = ["AWS::GuardDuty::IPSet"]
  service        = "Microsoft Defender for Cloud alert suppression rules"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/alerts-suppression-rules"
  note           = "Defender for Cloud has no trusted-IP list: suppress alerts raised for known addresses with suppression rules on the IP entity, or handle trusted sources in Microsoft Sentinel analytics rules."
}

mapping "AWS::GuardDuty::TrustedEntitySet" {
  service = "Microsoft Defender for Cloud alert suppression rules"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/alerts-suppression-rules"
  note    = "Defender for Cloud has no list of trusted IPs or domains: suppress alerts for those entities with suppression rules, or exclude them in Microsoft Sentinel analytics rules."
}

mapping "aws_guardduty_threatintelset" {
  cloudformation = ["AWS::GuardDuty::ThreatIntelSet"]
  service        = "Microsoft Sentinel threat intelligence"
  status         = "partial"
  azurerm        = ["azurerm_sentinel_threat_intelligence_indicator"]
  arm            = ["Microsoft.SecurityInsights/threatIntelligence/indicators"]
  link           = "https://learn.microsoft.com/azure/sentinel/understand-threat-intelligence"
  note           = "Defender for Cloud takes no custom threat lists: load the indicators into Microsoft Sentinel (one indicator per IP or domain, or a TAXII/upload connector for whole feeds) and match them with the built-in threat-intelligence analytics rules."
}

mapping "AWS::GuardDuty::ThreatEntitySet" {
  service = "Microsoft Sentinel threat intelligence"
  status  = "partial"
  azurerm = ["azurerm_sentinel_threat_intelligence_indicator"]
  arm     = ["Microsoft.SecurityInsights/threatIntelligence/indicators"]
  link    = "https://learn.microsoft.com/azure/sentinel/understand-threat-intelligence"
  note    = "Known-malicious IPs and domains become Microsoft Sentinel threat-intelligence indicators, matched by the threat-intelligence analytics rules; Defender for Cloud itself takes no custom lists."
}

mapping "aws_guardduty_publishing_destination" {
  cloudformation = ["AWS::GuardDuty::PublishingDestination"]
  service        = "Microsoft Defender for Cloud continuous export"
  status         = "partial"
  azurerm        = ["azurerm_security_center_automation"]
  arm            = ["Microsoft.Security/automations"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/continuous-export"
  note           = "Exporting findings becomes continuous export of security alerts to a Log Analytics workspace or an Event Hub (azurerm_security_center_automation with a source of type Alerts). There is no direct export to a storage bucket: add a Log Analytics data export rule or an Event Hubs capture to archive alerts in Blob Storage."
}

mapping "aws_guardduty_member" {
  cloudformation = ["AWS::GuardDuty::Member"]
  service        = "Microsoft Defender for Cloud"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/connect-azure-subscription"
  note           = "There are no member accounts to invite: every subscription in the tenant is visible to Defender for Cloud, and security teams see them all through Security Reader or Security Admin roles at management-group scope. Enable the plans in each subscription, or enforce them with Azure Policy."
}

mapping "aws_guardduty_invite_accepter" {
  cloudformation = ["AWS::GuardDuty::Master"]
  service        = "Microsoft Defender for Cloud"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/connect-azure-subscription"
  note           = "No invitation is needed: subscriptions in the same tenant are managed together through management groups and role assignments."
}

mapping "aws_guardduty_organization_admin_account" {
  service = "Microsoft Defender for Cloud"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/permissions"
  note    = "A delegated administrator becomes a role assignment of Security Admin (or Security Reader) to the security team's group at the root or a parent management group."
}

mapping "aws_guardduty_organization_configuration" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction"
  note    = "Auto-enabling GuardDuty for new accounts becomes Azure Policy assignments at management-group scope with the built-in deployIfNotExists policies that configure the Defender plans on every subscription below it."
}

mapping "aws_guardduty_organization_configuration_feature" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_management_group_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-cloud-introduction"
  note    = "Auto-enabling a protection for new accounts becomes a management-group assignment of the built-in policy that enables the matching Defender plan (Storage, Containers, Servers and so on) on every subscription."
}

data "aws_guardduty_detector" {
  service = "Microsoft Defender for Cloud"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/enable-enhanced-security"
  note    = "There is no detector to look up and azurerm has no data source for Defender plans: reference the azurerm_security_center_subscription_pricing resources you declare."
}

data "aws_guardduty_finding_ids" {
  service = "Microsoft Defender for Cloud"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/managing-and-responding-alerts"
  note    = "azurerm cannot read security alerts: query them at run time from Azure Resource Graph (securityresources table), the REST API, or the workspace they are exported to."
}
