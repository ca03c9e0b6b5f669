# Amazon EFS → Azure Files (NFS) or Azure NetApp Files.

mapping "aws_efs_file_system" {
  cloudformation = ["AWS::EFS::FileSystem"]
  service        = "Azure Files"
  status         = "partial"
  azurerm        = ["azurerm_storage_share"]
  arm            = ["Microsoft.Storage/storageAccounts/fileServices/shares"]
  requires       = ["azurerm_storage_account"]
  link           = "https://learn.microsoft.com/azure/storage/files/files-nfs-protocol"
  note           = "An NFS 4.1 share (enabled_protocol = \"NFS\") on a premium FileStorage account, reached through a private endpoint or service endpoint. Throughput scales with provisioned size; Azure NetApp Files is the option for higher performance or NFSv3."

  caveat "bursting-elastic" {
    when     = try(lower(self.throughput_mode), lower(self.ThroughputMode), "bursting") == "elastic"
    severity = "info"
    message  = "Elastic throughput has no direct match: premium shares provision IOPS and throughput with size (or independently in the provisioned v2 model); size the share for peak throughput."
    link     = "https://learn.microsoft.com/azure/storage/files/understanding-billing"
  }

  caveat "provisioned-throughput" {
    when     = try(lower(self.throughput_mode), lower(self.ThroughputMode), "") == "provisioned"
    severity = "info"
    message  = "Provisioned throughput maps to a premium share's provisioned size (or provisioned v2 throughput) or an Azure NetApp Files service level; compare the provisioned MiB/s with the share's limits before choosing."
    link     = "https://learn.microsoft.com/azure/storage/files/understanding-billing"
  }

  caveat "max-io" {
    when     = try(lower(self.performance_mode), lower(self.PerformanceMode), "") == "maxio"
    severity = "info"
    message  = "Max I/O mode signals a highly parallel workload: check the premium share's IOPS and throughput limits for it, and consider Azure NetApp Files (or Azure Managed Lustre for HPC) if they fall short."
    link     = "https://learn.microsoft.com/azure/storage/files/storage-files-scale-targets"
  }

  caveat "lifecycle-tiering" {
    when     = try(length(self.lifecycle_policy), length(self.LifecyclePolicies), 0) > 0
    severity = "warning"
    message  = "Azure Files doesn't move cold files to a cheaper tier (and NFS shares exist only on premium SSD storage): drop the IA/Archive savings, or use Azure NetApp Files cool access, which moves cold blocks to cheaper storage."
    link     = "https://learn.microsoft.com/azure/azure-netapp-files/manage-cool-access"
  }

  caveat "regional-redundancy" {
    when     = !can(self.availability_zone_name) && !can(self.AvailabilityZoneName)
    severity = "info"
    message  = "No availability zone is set, so EFS keeps the data across several zones (Regional): create the premium storage account with zone-redundant storage (account_replication_type = \"ZRS\") where the region offers it; locally redundant storage keeps all copies in one datacenter."
    link     = "https://learn.microsoft.com/azure/storage/files/files-redundancy"
  }

  caveat "customer-managed-key" {
    when     = can(self.kms_key_id) || can(self.KmsKeyId)
    severity = "info"
    message  = "Azure Storage always encrypts at rest; a customer KMS key becomes a Key Vault key set on the whole storage account (customer_managed_key block with a managed identity), shared by every share in it."
    link     = "https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview"
  }
}

mapping "aws_efs_mount_target" {
  cloudformation = ["AWS::EFS::MountTarget"]
  service        = "Azure Private Link"
  status         = "implicit"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/storage/files/storage-files-networking-endpoints"
  note           = "Mount targets become one private endpoint for the storage account's file service (subnets span zones, so one is usually enough)."
}

mapping "aws_efs_access_point" {
  cloudformation = ["AWS::EFS::AccessPoint"]
  service        = "Azure Files"
  status         = "partial"
  azurerm        = ["azurerm_storage_share"]
  arm            = ["Microsoft.Storage/storageAccounts/fileServices/shares"]
  link           = "https://learn.microsoft.com/azure/storage/files/files-nfs-protocol"
  note           = "Access points have no equivalent: use separate shares or directories with POSIX permissions set by the client, and root squash on the share."

  caveat "posix-user" {
    when     = can(self.posix_user[0].uid) || can(self.PosixUser.Uid)
    severity = "warning"
    message  = "Azure Files NFS can't force every client onto one POSIX user and group: it trusts the UID and GID the client sends. The nearest setting is the share's root squash (RootSquash, or AllSquash to map every user to the anonymous ID), so set file ownership and modes yourself and limit which networks can mount the share."
    link     = "https://learn.microsoft.com/azure/storage/files/nfs-root-squash"
  }

  caveat "root-directory" {
    when     = can(self.root_directory[0].path) || can(self.RootDirectory.Path)
    severity = "info"
    message  = "There is no server-side root directory per client: give each application its own share, or have clients work in their own directory of a shared one, and create that directory with its owner and permissions yourself (creation_info has no counterpart)."
    link     = "https://learn.microsoft.com/azure/storage/files/files-nfs-protocol"
  }
}

mapping "aws_efs_backup_policy" {
  service  = "Azure Backup"
  status   = "partial"
  azurerm  = ["azurerm_backup_protected_file_share", "azurerm_backup_policy_file_share"]
  arm      = ["Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems", "Microsoft.RecoveryServices/vaults/backupPolicies"]
  requires = ["azurerm_recovery_services_vault", "azurerm_backup_container_storage_account"]
  link     = "https://learn.microsoft.com/azure/backup/azure-file-share-backup-overview"
  note     = "Turning on automatic backups becomes protecting the file share with a file share backup policy in a Recovery Services vault (daily or more frequent share snapshots with retention)."

  caveat "nfs-support" {
    severity = "warning"
    message  = "Azure Backup support for NFS shares arrived later and with fewer options than for SMB shares: check the Azure Files backup support matrix for your region and redundancy; where it is not available, schedule share snapshots yourself or use Azure NetApp Files backups."
    link     = "https://learn.microsoft.com/azure/backup/azure-file-share-support-matrix"
  }
}

mapping "aws_efs_file_system_policy" {
  service = "Azure Storage network security"
  status  = "partial"
  azurerm = ["azurerm_storage_account_network_rules"]
  arm     = ["Microsoft.Storage/storageAccounts"]
  link    = "https://learn.microsoft.com/azure/storage/files/files-nfs-protocol"
  note    = "NFS shares on Azure Files do not authorize individual client identities, so an IAM resource policy has no counterpart: restrict which networks reach the share (private endpoint, storage firewall rules) and use the share's root squash setting in place of root-access conditions."
}

mapping "aws_efs_replication_configuration" {
  service = "Azure NetApp Files cross-region replication"
  status  = "partial"
  azurerm = ["azurerm_netapp_volume"]
  arm     = ["Microsoft.NetApp/netAppAccounts/capacityPools/volumes"]
  link    = "https://learn.microsoft.com/azure/azure-netapp-files/cross-region-replication-introduction"
  note    = "Premium (NFS) Azure file shares offer only locally or zone-redundant storage, with no replica in another region. When a cross-region copy is required, host the data on Azure NetApp Files and replicate a volume to a destination volume in another region (data_protection_replication block)."
}

data "aws_efs_file_system" {
  service = "Azure Files (NFS)"
  status  = "partial"
  azurerm = ["azurerm_storage_share"]
  link    = "https://learn.microsoft.com/azure/storage/files/files-nfs-protocol"
  note    = "Looks up the file share by name and storage account (quota, metadata); mount targets become private endpoints of the storage account."
}

data "aws_efs_access_point" {
  service = "Azure Files (NFS)"
  status  = "partial"
  azurerm = ["azurerm_storage_share"]
  link    = "https://learn.microsoft.com/azure/storage/files/files-nfs-protocol"
  note    = "Access points have no equivalent; look up the share that replaced the access point. The enforced POSIX user and root directory are not exposed and are handled by the clients."
}

data "aws_efs_access_points" {
  service = "Azure Files (NFS)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/files/files-nfs-protocol"
  note    = "There are no access points to list and azurerm has no data source that lists shares: reference the shares by name."
}

data "aws_efs_mount_target" {
  service = "Azure Private Link"
  status  = "partial"
  azurerm = ["azurerm_private_endpoint_connection"]
  link    = "https://learn.microsoft.com/azure/storage/files/storage-files-networking-endpoints"
  note    = "Looks up the private endpoint of the storage account's file service (its private IP address); the mount address is the storage account's file endpoint name, resolved through the privatelink DNS zone."
}
