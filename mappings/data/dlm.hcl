# Amazon Data Lifecycle Manager → Azure Disk Backup (scheduled incremental snapshots of managed disks) or
# Azure VM backup policies for whole-machine images.

mapping "aws_dlm_lifecycle_policy" {
  cloudformation = ["AWS::DLM::LifecyclePolicy"]
  service        = "Azure Disk Backup"
  status         = "partial"
  azurerm        = ["azurerm_data_protection_backup_policy_disk", "azurerm_data_protection_backup_instance_disk"]
  arm            = ["Microsoft.DataProtection/backupVaults/backupPolicies", "Microsoft.DataProtection/backupVaults/backupInstances"]
  requires       = ["azurerm_data_protection_backup_vault"]
  link           = "https://learn.microsoft.com/azure/backup/disk-backup-overview"
  note           = "An EBS snapshot policy becomes a Disk Backup policy in a Backup vault: the schedule and retention of incremental snapshots, kept in a resource group you choose. Disks join it as backup instances, and the vault's identity needs snapshot rights on that resource group."

  target "image" {
    when    = try(upper(self.policy_details[0].policy_type), upper(self.PolicyDetails.PolicyType), "") == "IMAGE_MANAGEMENT"
    service = "Azure Backup for Azure VMs"
    status  = "partial"
    azurerm = ["azurerm_backup_policy_vm"]
    arm     = ["Microsoft.RecoveryServices/vaults/backupPolicies"]
    link    = "https://learn.microsoft.com/azure/backup/backup-azure-vms-introduction"
    note    = "AMI lifecycle policies become a VM backup policy in a Recovery Services vault (schedule and retention), with each VM protected by azurerm_backup_protected_vm; restore points replace AMIs. For reusable golden images, use Azure Compute Gallery image versions instead."
  }

  caveat "cross-region-copy" {
    when     = can(self.policy_details[0].schedule[0].cross_region_copy_rule) || can(self.PolicyDetails.Schedules[0].CrossRegionCopyRules)
    severity = "warning"
    message  = "Azure Disk Backup keeps snapshots in the disk's region (operational tier only): copies to another region need Azure VM backup in a geo-redundant vault with cross-region restore, or a scripted incremental snapshot copy."
    link     = "https://learn.microsoft.com/azure/backup/disk-backup-support-matrix"
  }

  caveat "tag-targeting" {
    when     = can(self.policy_details[0].target_tags) || can(self.PolicyDetails.TargetTags)
    severity = "info"
    message  = "Backup policies don't select disks by tag: each disk becomes a backup instance of the policy (azurerm_data_protection_backup_instance_disk), or Azure Policy can enable backup for tagged disks automatically."
    link     = "https://learn.microsoft.com/azure/backup/disk-backup-overview"
  }
}
