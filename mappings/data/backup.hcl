# AWS Backup → Azure Backup: Recovery Services vaults (VMs, SQL Server and SAP HANA in VMs, Azure
# Files) and Backup vaults (managed disks, blobs, AKS, PostgreSQL and MySQL flexible servers).
# The workload type decides the vault and the policy resource.

mapping "aws_backup_vault" {
  cloudformation = ["AWS::Backup::BackupVault"]
  service        = "Azure Backup (Recovery Services vault or Backup vault)"
  status         = "partial"
  azurerm        = ["azurerm_recovery_services_vault", "azurerm_data_protection_backup_vault"]
  arm            = ["Microsoft.RecoveryServices/vaults", "Microsoft.DataProtection/backupVaults"]
  link           = "https://learn.microsoft.com/azure/backup/backup-vault-overview"
  note           = "One AWS vault may become two: a Recovery Services vault for VMs, SQL Server/SAP HANA in VMs and Azure Files, and a Backup vault for managed disks, blobs, AKS and PostgreSQL/MySQL flexible servers. Vaults are regional; choose the storage redundancy (LRS, ZRS, GRS) when creating them, since it can't be changed once items are protected."

  caveat "customer-managed-key" {
    when     = can(self.kms_key_arn) || can(self.EncryptionKeyArn)
    severity = "info"
    message  = "Encryption with your own key uses a Key Vault key and a vault managed identity: the encryption block of azurerm_recovery_services_vault, or azurerm_data_protection_backup_vault_customer_managed_key."
    link     = "https://learn.microsoft.com/azure/backup/encryption-at-rest-with-cmk"
  }

  caveat "vault-lock" {
    when     = can(self.LockConfiguration)
    severity = "info"
    message  = "Vault Lock becomes an immutable vault (immutability = \"Locked\" is irreversible, like compliance mode; \"Unlocked\" resembles governance mode). Minimum and maximum retention limits have no equivalent; enforce them in the backup policies."
    link     = "https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept"
  }

  caveat "notifications" {
    when     = can(self.Notifications)
    severity = "info"
    message  = "Vault notifications to SNS become Azure Monitor alerts for Azure Backup (built-in job failure alerts routed with alert processing rules and action groups)."
    link     = "https://learn.microsoft.com/azure/backup/backup-azure-monitoring-built-in-monitor"
  }
}

mapping "aws_backup_vault_lock_configuration" {
  service = "Azure Backup immutable vaults"
  status  = "partial"
  azurerm = ["azurerm_recovery_services_vault", "azurerm_data_protection_backup_vault"]
  arm     = ["Microsoft.RecoveryServices/vaults", "Microsoft.DataProtection/backupVaults"]
  link    = "https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept"
  note    = "Vault Lock becomes the vault's immutability setting: \"Locked\" (irreversible, like compliance mode after the changeable_for_days grace period) or \"Unlocked\" (like governance mode). Minimum and maximum retention days have no equivalent and move into the backup policies."
}

mapping "aws_backup_plan" {
  cloudformation = ["AWS::Backup::BackupPlan"]
  service        = "Azure Backup policies"
  status         = "partial"
  azurerm        = ["azurerm_backup_policy_vm", "azurerm_backup_policy_file_share", "azurerm_data_protection_backup_policy_disk", "azurerm_data_protection_backup_policy_blob_storage"]
  arm            = ["Microsoft.RecoveryServices/vaults/backupPolicies", "Microsoft.DataProtection/backupVaults/backupPolicies"]
  link           = "https://learn.microsoft.com/azure/backup/backup-overview"
  note           = "An AWS plan spans resource types; an Azure Backup policy is specific to one workload type and one vault, so a plan becomes one policy per workload it protects (VM, file share, disk, blob, database, AKS). Each rule's schedule and lifecycle become the policy's backup schedule and daily/weekly/monthly/yearly retention."

  caveat "copy-actions" {
    when     = try(anytrue([for r in try(self.rule, []) : try(length(r.copy_action), 0) > 0]), false) || try(anytrue([for r in try(self.BackupPlan.BackupPlanRule, []) : can(r.CopyActions)]), false)
    severity = "warning"
    message  = "Copies to another vault, region or account have no general equivalent: Azure Backup offers cross-region restore (GRS vaults, restoring in the paired region) and, for some workloads, vault-tier copies; copies to an arbitrary region or another subscription need a separate backup configuration there."
    link     = "https://learn.microsoft.com/azure/backup/backup-create-rs-vault"
  }

  caveat "continuous-backup" {
    when     = try(anytrue([for r in try(self.rule, []) : tostring(try(r.enable_continuous_backup, false)) == "true"]), false) || try(anytrue([for r in try(self.BackupPlan.BackupPlanRule, []) : tostring(try(r.EnableContinuousBackup, false)) == "true"]), false)
    severity = "info"
    message  = "Continuous backup (point-in-time restore) is a property of each Azure target rather than of the backup plan: operational backup for blobs, built-in point-in-time restore for Azure SQL and PostgreSQL/MySQL flexible servers, continuous backup for Cosmos DB."
    link     = "https://learn.microsoft.com/azure/backup/blob-backup-overview"
  }

  caveat "cold-storage" {
    when     = try(anytrue([for r in try(self.rule, []) : can(r.lifecycle[0].cold_storage_after)]), false) || try(anytrue([for r in try(self.BackupPlan.BackupPlanRule, []) : can(r.Lifecycle.MoveToColdStorageAfterDays)]), false)
    severity = "info"
    message  = "Moving recovery points to cold storage becomes the vault-archive tier, which is available only for some workloads (such as Azure VMs and SQL Server in Azure VMs) and for long-term (monthly/yearly) retention points."
    link     = "https://learn.microsoft.com/azure/backup/archive-tier-support"
  }
}

mapping "aws_backup_selection" {
  cloudformation = ["AWS::Backup::BackupSelection"]
  service        = "Azure Backup protected items"
  status         = "partial"
  azurerm        = ["azurerm_backup_protected_vm", "azurerm_backup_protected_file_share", "azurerm_data_protection_backup_instance_disk", "azurerm_data_protection_backup_instance_blob_storage"]
  arm            = ["Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems", "Microsoft.DataProtection/backupVaults/backupInstances"]
  link           = "https://learn.microsoft.com/azure/backup/backup-overview"
  note           = "Each selected resource becomes a protected item (Recovery Services vault) or backup instance (Backup vault) that links the resource to a policy. The IAM role becomes the vault's managed identity with the roles the workload requires (for example Disk Backup Reader on disks)."

  caveat "tag-selection" {
    when     = try(length(self.selection_tag), 0) > 0 || try(length(self.condition), 0) > 0 || try(contains(self.resources, "*"), false) || can(self.BackupSelection.ListOfTags) || can(self.BackupSelection.Conditions) || try(contains(self.BackupSelection.Resources, "*"), false)
    severity = "warning"
    message  = "Azure Backup has no tag- or wildcard-based selection: protect resources one by one, or assign the built-in Azure Policy definitions that configure backup for VMs with a given tag (deployIfNotExists) so new resources are enrolled automatically."
    link     = "https://learn.microsoft.com/azure/backup/backup-azure-auto-enable-backup"
  }
}
