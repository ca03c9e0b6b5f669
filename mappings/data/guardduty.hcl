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
