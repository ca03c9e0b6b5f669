# Amazon S3 Glacier (vaults) → the archive access tier of Azure Blob Storage.

mapping "aws_glacier_vault" {
  service  = "Azure Blob Storage (archive tier)"
  status   = "partial"
  azurerm  = ["azurerm_storage_container"]
  arm      = ["Microsoft.Storage/storageAccounts/blobServices/containers"]
  requires = ["azurerm_storage_account"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/access-tiers-overview"
  note     = "A vault becomes a blob container whose blobs are set to the Archive tier (on upload, or by a lifecycle management rule). Archives become blobs with readable names instead of archive IDs, and inventory jobs become blob listing or blob inventory reports."

  caveat "retrieval" {
    severity = "info"
    message  = "Archived blobs must be rehydrated to an online tier before reading: standard priority can take up to 15 hours, high priority is faster for small blobs, and early deletion within 180 days is charged."
    link     = "https://learn.microsoft.com/azure/storage/blobs/archive-rehydrate-overview"
  }

  caveat "notifications" {
    when     = can(self.notification[0]) || can(self.Notification)
    severity = "info"
    message  = "Job-completion notifications to SNS become Event Grid subscriptions on the storage account (for example BlobTierChanged when a rehydration finishes)."
    link     = "https://learn.microsoft.com/azure/storage/blobs/archive-rehydrate-handle-event"
  }
}

mapping "aws_glacier_vault_lock" {
  service  = "Azure Blob Storage immutability"
  status   = "partial"
  azurerm  = ["azurerm_storage_container_immutability_policy"]
  arm      = ["Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"]
  requires = ["azurerm_storage_container"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-time-based-retention-policy-overview"
  note     = "A vault lock policy that forbids deleting archives for a period becomes a time-based retention policy on the container; legal holds cover indefinite retention. Other conditions of the IAM-style lock policy (principals, actions) become RBAC and are not part of the immutability policy."

  caveat "complete-lock" {
    when     = try(tostring(self.complete_lock) == "true", false)
    severity = "warning"
    message  = "A completed vault lock is permanent: set locked = true on the immutability policy to match, which can't be undone (the retention period can then only be extended)."
    link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-policy-configure-container-scope"
  }
}
