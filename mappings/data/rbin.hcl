# Amazon EC2 Recycle Bin (retention of deleted EBS snapshots and AMIs) → no Azure recycle bin for snapshots or
# images; protect them with resource locks, and rely on Azure Backup soft delete for backup data.

mapping "AWS::Rbin::Rule" {
  terraform = ["aws_rbin_rule"]
  service   = "Azure resource locks and Azure Backup soft delete"
  status    = "none"
  link      = "https://learn.microsoft.com/azure/backup/backup-azure-enhanced-soft-delete-tutorial"
  note      = "Deleted managed disk snapshots and images can't be recovered. Prevent deletion with CanNotDelete resource locks (azurerm_management_lock) on the resource groups that hold them, and keep recoverable copies in vaulted Azure Backup (for example Azure VM backup), whose soft delete retains deleted backup data for a configurable period; snapshot-tier backups aren't covered by it."
}
