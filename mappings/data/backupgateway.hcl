# AWS Backup gateway (backing up on-premises VMware and Hyper-V VMs) → Microsoft Azure Backup Server (MABS),
# installed on premises and registered with a Recovery Services vault.

mapping "AWS::BackupGateway::Hypervisor" {
  service = "Microsoft Azure Backup Server"
  status  = "partial"
  azurerm = ["azurerm_recovery_services_vault"]
  arm     = ["Microsoft.RecoveryServices/vaults"]
  link    = "https://learn.microsoft.com/azure/backup/backup-azure-backup-server-vmware"
  note    = "A registered hypervisor becomes a vCenter or ESXi server (or Hyper-V host) added to Microsoft Azure Backup Server, which runs on premises, keeps short-term copies on local disk and sends longer-term copies to a Recovery Services vault. The server and its protection groups are configured on MABS, not in azurerm; only the vault is an Azure resource."
}
