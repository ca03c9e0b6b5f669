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

mapping "aws_backup_framework" {
  cloudformation = ["AWS::Backup::Framework"]
  service        = "Azure Policy for Azure Backup"
  status         = "partial"
  azurerm        = ["azurerm_subscription_policy_assignment", "azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/backup/backup-center-govern-environment"
  note           = "An Audit Manager framework of backup controls becomes Azure Policy assignments of the built-in Backup definitions (for example, VMs must have backup enabled, vaults must use immutability or soft delete), with compliance read in Business Continuity Center or Azure Policy. Controls with no built-in definition need custom policies."
}

mapping "aws_backup_global_settings" {
  service = "Azure Backup"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/backup/backup-overview"
  note    = "The organization-wide cross-account backup switch has no counterpart: Azure Backup protects resources in the vault's own subscription, so plan one vault per subscription and region (with cross-subscription restore where the workload supports it)."
}

mapping "aws_backup_region_settings" {
  service = "Azure Backup"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/backup/backup-support-matrix"
  note    = "Azure Backup has no per-region opt-in of resource types: a workload is covered once it is protected in a vault of the matching kind (Recovery Services vault or Backup vault) in its region."
}

mapping "aws_backup_logically_air_gapped_vault" {
  cloudformation = ["AWS::Backup::LogicallyAirGappedBackupVault"]
  service        = "Azure Backup vault with immutability and soft delete"
  status         = "partial"
  azurerm        = ["azurerm_data_protection_backup_vault", "azurerm_recovery_services_vault"]
  arm            = ["Microsoft.DataProtection/backupVaults", "Microsoft.RecoveryServices/vaults"]
  link           = "https://learn.microsoft.com/azure/backup/backup-azure-immutable-vault-concept"
  note           = "Build the air gap from vault settings: locked immutability, always-on soft delete and a Resource Guard (multi-user authorization) held in another subscription or tenant. Sharing the vault with other accounts through AWS RAM has no equivalent; restores happen from the vault's own subscription."
}

mapping "aws_backup_report_plan" {
  cloudformation = ["AWS::Backup::ReportPlan"]
  service        = "Azure Backup reports"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting", "azurerm_log_analytics_workspace"]
  arm            = ["Microsoft.Insights/diagnosticSettings", "Microsoft.OperationalInsights/workspaces"]
  link           = "https://learn.microsoft.com/azure/backup/configure-reports"
  note           = "Backup reports are built from vault diagnostic settings sent to a Log Analytics workspace and viewed in the Backup Reports workbook; there is no scheduled CSV/JSON delivery to a storage bucket, so export from the workspace (for example with a Logic App) if files are required."
}

mapping "aws_backup_restore_testing_plan" {
  cloudformation = ["AWS::Backup::RestoreTestingPlan"]
  service        = "Azure Backup"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/backup/backup-azure-arm-restore-vms"
  note           = "Azure Backup has no scheduled restore testing: automate test restores of recent recovery points (Azure Automation runbook or Logic App calling the restore API), validate them and delete the restored resources."
}

mapping "aws_backup_restore_testing_selection" {
  cloudformation = ["AWS::Backup::RestoreTestingSelection"]
  service        = "Azure Backup"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/backup/backup-azure-arm-restore-vms"
  note           = "No equivalent of restore testing selections: list the protected items to test in the automation that performs the test restores."
}

mapping "aws_backup_vault_notifications" {
  service = "Azure Monitor alerts for Azure Backup"
  status  = "partial"
  azurerm = ["azurerm_monitor_action_group"]
  arm     = ["Microsoft.Insights/actionGroups"]
  link    = "https://learn.microsoft.com/azure/backup/backup-azure-monitoring-built-in-monitor"
  note    = "Vault events sent to SNS become Azure Monitor built-in alerts for Azure Backup (job failures, security events) routed to an action group by an alert processing rule; successful-job notifications need Log Analytics log alerts on the vault's diagnostic data."
}

mapping "aws_backup_vault_policy" {
  service = "Azure role-based access control and Resource Guard"
  status  = "partial"
  azurerm = ["azurerm_role_assignment", "azurerm_data_protection_resource_guard"]
  arm     = ["Microsoft.Authorization/roleAssignments", "Microsoft.DataProtection/resourceGuards"]
  link    = "https://learn.microsoft.com/azure/backup/multi-user-authorization-concept"
  note    = "A vault access policy becomes Azure RBAC role assignments (Backup Contributor, Backup Operator, Backup Reader) scoped to the vault; Deny statements protecting recovery points become a Resource Guard (multi-user authorization) plus immutability and soft delete."
}

data "aws_backup_plan" {
  service = "Azure Backup policies"
  status  = "partial"
  azurerm = ["azurerm_backup_policy_vm", "azurerm_backup_policy_file_share"]
  link    = "https://learn.microsoft.com/azure/backup/backup-overview"
  note    = "Looks up a Recovery Services vault policy by name; an AWS plan usually became several workload-specific policies, and Backup vault (Data Protection) policies have no data source."
}

data "aws_backup_vault" {
  service = "Azure Backup vaults"
  status  = "partial"
  azurerm = ["azurerm_recovery_services_vault", "azurerm_data_protection_backup_vault"]
  link    = "https://learn.microsoft.com/azure/backup/backup-vault-overview"
  note    = "Looks up the Recovery Services vault or Backup vault that replaced the AWS vault (ID, identity, redundancy)."
}

data "aws_backup_selection" {
  service = "Azure Backup protected items"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/backup/backup-overview"
  note    = "azurerm has no data source for protected items or backup instances: reference the azurerm_backup_protected_* or azurerm_data_protection_backup_instance_* resources directly."
}

data "aws_backup_framework" {
  service = "Azure Policy for Azure Backup"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/backup/backup-center-govern-environment"
  note    = "No data source reads a set of backup policy assignments: reference the policy assignment resources or IDs directly."
}

data "aws_backup_report_plan" {
  service = "Azure Backup reports"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/backup/configure-reports"
  note    = "Backup reports are workbooks over a Log Analytics workspace, not a readable object: look up the workspace (azurerm_log_analytics_workspace data source) instead."
}

mapping "AWS::Backup::TieringConfiguration" {
  service = "Azure Backup archive tier"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/backup/archive-tier-support"
  note    = "Moving S3 backup data to a cheaper tier after a number of days has no counterpart for blob backups in a Backup vault. Azure Backup's archive tier applies only to recovery points of Azure VMs and SQL Server or SAP HANA in VMs, set in their backup policy; for blobs, control cost with retention."
}
