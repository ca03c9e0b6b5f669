# Amazon FSx → Azure Files (SMB), Azure Managed Lustre, Azure NetApp Files.
# CloudFormation has one AWS::FSx::FileSystem type for all four file system kinds, so it gets its
# own entry with one target per FileSystemType.

mapping "aws_fsx_windows_file_system" {
  service  = "Azure Files (SMB)"
  status   = "partial"
  azurerm  = ["azurerm_storage_share"]
  arm      = ["Microsoft.Storage/storageAccounts/fileServices/shares"]
  requires = ["azurerm_storage_account"]
  link     = "https://learn.microsoft.com/azure/storage/files/storage-files-introduction"
  note     = "A Windows file server becomes SMB shares in a storage account (premium FileStorage for low latency), joined to Active Directory for identity-based access with NTFS ACLs; Azure NetApp Files SMB volumes are the option when you need higher performance, per-user quotas or a closer match to a Windows file server."

  caveat "active-directory" {
    when     = can(self.active_directory_id) || try(length(self.self_managed_active_directory), 0) > 0
    severity = "warning"
    message  = "Domain-joined access must be rebuilt: enable identity-based authentication on the storage account (on-premises AD DS, Microsoft Entra Domain Services or Microsoft Entra Kerberos), assign share-level roles, and reapply NTFS permissions; the storage account is joined to the domain instead of a file server."
    link     = "https://learn.microsoft.com/azure/storage/files/storage-files-active-directory-overview"
  }

  caveat "multi-az" {
    when     = try(upper(self.deployment_type), "") == "MULTI_AZ_1"
    severity = "info"
    message  = "Multi-AZ deployment becomes zone-redundant storage (ZRS) on the storage account, where the region offers it; there is no preferred/standby file server to fail over."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-redundancy"
  }

  caveat "automatic-backups" {
    when     = try(tonumber(self.automatic_backup_retention_days) > 0, !can(self.automatic_backup_retention_days))
    severity = "warning"
    message  = "FSx takes daily automatic backups (this fires because retention is above 0, or absent and so 7 days by default), but an Azure file share has no backup until you add one: protect it with Azure Backup (azurerm_backup_protected_file_share and a file share policy) with matching retention."
    link     = "https://learn.microsoft.com/azure/backup/azure-file-share-backup-overview"
  }

  caveat "dns-aliases" {
    when     = try(length(self.aliases), 0) > 0
    severity = "info"
    message  = "Azure file shares are reached by the storage account's own name, with no alternate DNS names: keep existing UNC paths with a DFS Namespaces server that points the old names at the new shares."
    link     = "https://learn.microsoft.com/azure/storage/files/files-manage-namespaces"
  }
}

mapping "aws_fsx_lustre_file_system" {
  service  = "Azure Managed Lustre"
  status   = "partial"
  azurerm  = ["azurerm_managed_lustre_file_system"]
  arm      = ["Microsoft.StorageCache/amlFilesystems"]
  requires = ["azurerm_subnet"]
  link     = "https://learn.microsoft.com/azure/azure-managed-lustre/amlfs-overview"
  note     = "A managed Lustre file system in a dedicated subnet; the SKU sets throughput per TiB and the capacity steps, so map storage_capacity and the per-unit throughput to the nearest SKU. A maintenance window is required."

  caveat "s3-data-repository" {
    when     = can(self.import_path) || can(self.export_path)
    severity = "warning"
    message  = "S3 import/export paths become Blob Storage integration (the hsm_setting block: a container to import from and export to, plus a logging container); data in S3 must be copied to Blob Storage first."
    link     = "https://learn.microsoft.com/azure/azure-managed-lustre/blob-integration"
  }

  caveat "scratch" {
    when     = startswith(try(upper(self.deployment_type), ""), "SCRATCH")
    severity = "info"
    message  = "Azure Managed Lustre has no scratch deployment type; every SKU is a persistent file system, so size and cost it as such, or delete it after the job."
    link     = "https://learn.microsoft.com/azure/azure-managed-lustre/amlfs-overview"
  }

  caveat "automatic-backups" {
    when     = try(tonumber(self.automatic_backup_retention_days) > 0, false)
    severity = "warning"
    message  = "Azure Managed Lustre takes no backups of the file system: keep the durable copy in the linked Blob container (export changed files with export jobs) and rely on Blob Storage protection such as soft delete and versioning."
    link     = "https://learn.microsoft.com/azure/azure-managed-lustre/blob-integration"
  }
}

mapping "aws_fsx_ontap_file_system" {
  service        = "Azure NetApp Files"
  status         = "partial"
  azurerm        = ["azurerm_netapp_account", "azurerm_netapp_pool"]
  arm            = ["Microsoft.NetApp/netAppAccounts", "Microsoft.NetApp/netAppAccounts/capacityPools"]
  requires       = ["azurerm_subnet"]
  link           = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  note           = "An ONTAP file system becomes a NetApp account with a capacity pool (the service level sets throughput per TiB); volumes become azurerm_netapp_volume in a subnet delegated to Microsoft.NetApp/volumes. Storage virtual machines have no counterpart: SMB joins Active Directory through the account's AD connection."
  shared_caveats = ["automatic-backups"]

  caveat "ontap-features" {
    severity = "info"
    message  = "Azure NetApp Files is a managed service, not an ONTAP cluster you administer: there is no ONTAP CLI/REST access, SVM-level configuration or arbitrary SnapMirror relationships. Workloads that need full ONTAP management can run NetApp Cloud Volumes ONTAP (a Marketplace offer on Azure VMs) instead."
    link     = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  }

  caveat "multi-az" {
    when     = startswith(try(upper(self.deployment_type), ""), "MULTI_AZ")
    severity = "warning"
    message  = "Azure NetApp Files volumes are zonal: a Multi-AZ HA pair becomes a volume placed in one availability zone plus cross-zone replication to another zone, which is asynchronous and needs a manual failover."
    link     = "https://learn.microsoft.com/azure/azure-netapp-files/cross-zone-replication-introduction"
  }
}

mapping "aws_fsx_openzfs_file_system" {
  service        = "Azure NetApp Files"
  status         = "partial"
  azurerm        = ["azurerm_netapp_pool", "azurerm_netapp_volume"]
  arm            = ["Microsoft.NetApp/netAppAccounts/capacityPools", "Microsoft.NetApp/netAppAccounts/capacityPools/volumes"]
  requires       = ["azurerm_netapp_account", "azurerm_subnet"]
  link           = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  note           = "Azure has no managed ZFS: an OpenZFS file system (NFS) becomes an Azure NetApp Files capacity pool and NFS volume (the root volume), or an NFS share in Azure Files for simpler, lower-cost workloads. Child volumes become further volumes."
  shared_caveats = ["automatic-backups"]

  caveat "zfs-features" {
    when     = try(upper(self.root_volume_configuration[0].data_compression_type), "NONE") != "NONE" || try(length(self.root_volume_configuration[0].user_and_group_quotas), 0) > 0
    severity = "info"
    message  = "ZFS-specific settings (data compression, record size, per-user quotas on the root volume) have no direct equivalent: Azure NetApp Files doesn't compress volumes, and quotas are set as volume quota rules (azurerm_netapp_volume_quota_rule)."
    link     = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  }

  caveat "multi-az" {
    when     = startswith(try(upper(self.deployment_type), ""), "MULTI_AZ")
    severity = "warning"
    message  = "Azure NetApp Files volumes are zonal: Multi-AZ becomes a zonal volume plus asynchronous cross-zone replication with a manual failover."
    link     = "https://learn.microsoft.com/azure/azure-netapp-files/cross-zone-replication-introduction"
  }
}

mapping "aws_fsx_openzfs_snapshot" {
  cloudformation = ["AWS::FSx::Snapshot"]
  service        = "Azure NetApp Files snapshots"
  status         = "direct"
  azurerm        = ["azurerm_netapp_snapshot"]
  arm            = ["Microsoft.NetApp/netAppAccounts/capacityPools/volumes/snapshots"]
  link           = "https://learn.microsoft.com/azure/azure-netapp-files/snapshots-introduction"
  note           = "A volume snapshot becomes an Azure NetApp Files snapshot of the matching volume; scheduled snapshots are a snapshot policy (azurerm_netapp_snapshot_policy). If the volume moved to Azure Files NFS instead, use share snapshots, which azurerm doesn't manage as a resource."
}

mapping "AWS::FSx::FileSystem" {
  service = "Azure Files, Azure Managed Lustre or Azure NetApp Files"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/storage"
  note    = "FileSystemType decides the target: WINDOWS → Azure Files SMB shares, LUSTRE → Azure Managed Lustre, ONTAP → Azure NetApp Files, OPENZFS → Azure NetApp Files NFS volumes."

  target "windows" {
    when     = try(upper(self.FileSystemType), "") == "WINDOWS"
    service  = "Azure Files (SMB)"
    status   = "partial"
    azurerm  = ["azurerm_storage_share"]
    arm      = ["Microsoft.Storage/storageAccounts/fileServices/shares"]
    requires = ["azurerm_storage_account"]
    link     = "https://learn.microsoft.com/azure/storage/files/storage-files-introduction"
    note     = "SMB shares in a storage account joined to Active Directory (WindowsConfiguration.ActiveDirectoryId or SelfManagedActiveDirectoryConfiguration); Azure NetApp Files SMB volumes for higher performance."
  }

  target "lustre" {
    when    = try(upper(self.FileSystemType), "") == "LUSTRE"
    service = "Azure Managed Lustre"
    status  = "partial"
    azurerm = ["azurerm_managed_lustre_file_system"]
    arm     = ["Microsoft.StorageCache/amlFilesystems"]
    link    = "https://learn.microsoft.com/azure/azure-managed-lustre/amlfs-overview"
    note    = "A managed Lustre file system; S3 import/export (LustreConfiguration.ImportPath/ExportPath) becomes Blob Storage integration, and scratch deployment types have no counterpart."
  }

  target "ontap" {
    when    = try(upper(self.FileSystemType), "") == "ONTAP"
    service = "Azure NetApp Files"
    status  = "partial"
    azurerm = ["azurerm_netapp_account", "azurerm_netapp_pool"]
    arm     = ["Microsoft.NetApp/netAppAccounts", "Microsoft.NetApp/netAppAccounts/capacityPools"]
    link    = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
    note    = "A NetApp account and capacity pool; volumes become azurerm_netapp_volume. Full ONTAP administration needs Cloud Volumes ONTAP instead."
  }

  target "openzfs" {
    when    = try(upper(self.FileSystemType), "") == "OPENZFS"
    service = "Azure NetApp Files"
    status  = "partial"
    azurerm = ["azurerm_netapp_pool", "azurerm_netapp_volume"]
    arm     = ["Microsoft.NetApp/netAppAccounts/capacityPools", "Microsoft.NetApp/netAppAccounts/capacityPools/volumes"]
    link    = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
    note    = "No managed ZFS on Azure: an NFS volume in Azure NetApp Files (or an Azure Files NFS share for simpler workloads)."
  }

  caveat "multi-az" {
    when     = startswith(try(upper(self.OntapConfiguration.DeploymentType), upper(self.OpenZFSConfiguration.DeploymentType), ""), "MULTI_AZ")
    severity = "warning"
    message  = "Azure NetApp Files volumes are zonal: Multi-AZ becomes a zonal volume plus asynchronous cross-zone replication with a manual failover."
    link     = "https://learn.microsoft.com/azure/azure-netapp-files/cross-zone-replication-introduction"
  }

  caveat "lustre-s3" {
    when     = can(self.LustreConfiguration.ImportPath) || can(self.LustreConfiguration.ExportPath)
    severity = "warning"
    message  = "S3 import/export paths become Blob Storage integration on the Managed Lustre file system; copy the S3 data to Blob Storage first."
    link     = "https://learn.microsoft.com/azure/azure-managed-lustre/blob-integration"
  }

  caveat "active-directory" {
    when     = can(self.WindowsConfiguration.ActiveDirectoryId) || can(self.WindowsConfiguration.SelfManagedActiveDirectoryConfiguration)
    severity = "warning"
    message  = "Domain-joined access must be rebuilt: enable identity-based authentication on the storage account, assign share-level roles and reapply NTFS permissions."
    link     = "https://learn.microsoft.com/azure/storage/files/storage-files-active-directory-overview"
  }

  caveat "windows-automatic-backups" {
    when     = try(upper(self.FileSystemType), "") == "WINDOWS" && try(tonumber(self.WindowsConfiguration.AutomaticBackupRetentionDays) > 0, !can(self.WindowsConfiguration.AutomaticBackupRetentionDays))
    severity = "warning"
    message  = "FSx for Windows takes daily automatic backups (retention above 0, or absent and so on by default), but an Azure file share has no backup until you add one: protect it with Azure Backup and a file share policy with matching retention."
    link     = "https://learn.microsoft.com/azure/backup/azure-file-share-backup-overview"
  }
}

mapping "aws_fsx_backup" {
  service = "Azure Backup (Azure Files) or Azure NetApp Files backup"
  status  = "partial"
  azurerm = ["azurerm_backup_protected_file_share", "azurerm_netapp_backup_vault", "azurerm_netapp_backup_policy"]
  arm     = ["Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems", "Microsoft.NetApp/netAppAccounts/backupVaults", "Microsoft.NetApp/netAppAccounts/backupPolicies"]
  link    = "https://learn.microsoft.com/azure/azure-netapp-files/backup-introduction"
  note    = "The file system kind decides the target: Windows file systems moved to Azure Files are backed up by Azure Backup (a Recovery Services vault protecting the share), ONTAP and OpenZFS volumes moved to Azure NetApp Files use its backup vault and backup policies. Backups are taken on a schedule or on demand per volume or share, not as a standalone resource, and Azure Managed Lustre has no backup (keep data in the linked Blob container)."
}

mapping "aws_fsx_data_repository_association" {
  cloudformation = ["AWS::FSx::DataRepositoryAssociation"]
  service        = "Azure Managed Lustre Blob Storage integration"
  status         = "partial"
  azurerm        = ["azurerm_managed_lustre_file_system"]
  arm            = ["Microsoft.StorageCache/amlFilesystems"]
  link           = "https://learn.microsoft.com/azure/azure-managed-lustre/blob-integration"
  note           = "A link between a Lustre path and S3 becomes the file system's Blob Storage integration (hsm_setting on azurerm_managed_lustre_file_system: container, logging container, import prefix), chosen when the file system is created. Export back to Blob Storage runs as export jobs rather than the association's automatic export policy."

  caveat "one-container" {
    severity = "warning"
    message  = "An Azure Managed Lustre file system links to a single Blob container set at creation; several associations on different paths need one container with prefixes, or several file systems."
    link     = "https://learn.microsoft.com/azure/azure-managed-lustre/blob-integration"
  }
}

mapping "aws_fsx_file_cache" {
  service = "Azure Managed Lustre"
  status  = "partial"
  azurerm = ["azurerm_managed_lustre_file_system"]
  arm     = ["Microsoft.StorageCache/amlFilesystems"]
  link    = "https://learn.microsoft.com/azure/azure-managed-lustre/amlfs-overview"
  note    = "Amazon File Cache (a Lustre cache in front of S3 or NFS) becomes an Azure Managed Lustre file system with Blob Storage integration, which imports from and exports to one Blob container. Caching an on-premises NFS export has no managed counterpart in azurerm."
}

mapping "aws_fsx_ontap_storage_virtual_machine" {
  cloudformation = ["AWS::FSx::StorageVirtualMachine"]
  service        = "Azure NetApp Files"
  status         = "implicit"
  azurerm        = ["azurerm_netapp_account"]
  arm            = ["Microsoft.NetApp/netAppAccounts"]
  link           = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  note           = "Azure NetApp Files has no storage virtual machines: the Active Directory join for SMB lives in the NetApp account's active_directory block, and endpoints are per volume (mount targets in the delegated subnet)."
}

mapping "aws_fsx_ontap_volume" {
  cloudformation = ["AWS::FSx::Volume"]
  service        = "Azure NetApp Files volumes"
  status         = "partial"
  azurerm        = ["azurerm_netapp_volume"]
  arm            = ["Microsoft.NetApp/netAppAccounts/capacityPools/volumes"]
  requires       = ["azurerm_netapp_pool", "azurerm_subnet"]
  link           = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-understand-storage-hierarchy"
  note           = "An ONTAP (or, in CloudFormation, OpenZFS) volume becomes an Azure NetApp Files volume in a capacity pool, with protocols (NFSv3, NFSv4.1, SMB, dual) and export policy rules on the volume. Storage efficiency and capacity-pool tiering are ONTAP settings; Azure NetApp Files offers cool access on the volume instead."
}

mapping "aws_fsx_openzfs_volume" {
  service  = "Azure NetApp Files volumes"
  status   = "partial"
  azurerm  = ["azurerm_netapp_volume"]
  arm      = ["Microsoft.NetApp/netAppAccounts/capacityPools/volumes"]
  requires = ["azurerm_netapp_pool", "azurerm_subnet"]
  link     = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-understand-storage-hierarchy"
  note     = "A child OpenZFS volume becomes its own Azure NetApp Files NFS volume; volumes are not nested, so clients mount each one separately. Quotas become the volume size and quota rules; ZFS compression and record size have no counterpart."
}

mapping "aws_fsx_s3_access_point_attachment" {
  cloudformation = ["AWS::FSx::S3AccessPointAttachment"]
  service        = "Azure NetApp Files object REST API"
  status         = "partial"
  azurerm        = ["azurerm_netapp_volume_bucket"]
  arm            = ["Microsoft.NetApp/netAppAccounts/capacityPools/volumes/buckets"]
  link           = "https://learn.microsoft.com/azure/azure-netapp-files/object-rest-api-introduction"
  note           = "S3-compatible access to volume data becomes a bucket on an Azure NetApp Files volume (object REST API), mapped to a path and a file system user. Authorization is by bucket credentials and the volume's file permissions, not S3 access point policies."
}

data "aws_fsx_ontap_file_system" {
  service = "Azure NetApp Files"
  status  = "partial"
  azurerm = ["azurerm_netapp_account", "azurerm_netapp_pool"]
  link    = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-understand-storage-hierarchy"
  note    = "Look up the NetApp account and capacity pool; mount addresses come from each volume (azurerm_netapp_volume)."
}

data "aws_fsx_ontap_storage_virtual_machine" {
  service = "Azure NetApp Files"
  status  = "implicit"
  azurerm = ["azurerm_netapp_account"]
  link    = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  note    = "There are no storage virtual machines; the Active Directory settings are on the NetApp account."
}

data "aws_fsx_ontap_storage_virtual_machines" {
  service = "Azure NetApp Files"
  status  = "implicit"
  azurerm = ["azurerm_netapp_account"]
  link    = "https://learn.microsoft.com/azure/azure-netapp-files/azure-netapp-files-introduction"
  note    = "There are no storage virtual machines to list; look up the NetApp account by name."
}

data "aws_fsx_openzfs_snapshot" {
  service = "Azure NetApp Files snapshots"
  status  = "direct"
  azurerm = ["azurerm_netapp_snapshot"]
  link    = "https://learn.microsoft.com/azure/azure-netapp-files/snapshots-introduction"
  note    = "Looks up a volume snapshot by name, account, pool and volume; there is no filter for the most recent snapshot."
}

data "aws_fsx_windows_file_system" {
  service = "Azure Files (SMB)"
  status  = "partial"
  azurerm = ["azurerm_storage_share"]
  link    = "https://learn.microsoft.com/azure/storage/files/storage-files-introduction"
  note    = "Looks up the SMB share in its storage account; the DNS name clients mount is the account's file endpoint (azurerm_storage_account), and AD settings are on the account."
}

# Caveats shared by several entries above (shared_caveats).

caveat "automatic-backups" {
  when     = try(tonumber(self.automatic_backup_retention_days) > 0, false)
  severity = "info"
  message  = "Daily automatic backups become an Azure NetApp Files backup policy (azurerm_netapp_backup_policy, which keeps a number of daily, weekly and monthly backups rather than a number of days) and a backup vault assigned to each volume."
  link     = "https://learn.microsoft.com/azure/azure-netapp-files/backup-introduction"
}
