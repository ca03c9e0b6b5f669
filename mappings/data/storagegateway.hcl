# AWS Storage Gateway → Azure File Sync for SMB file gateways, direct NFS mounts of Azure Storage
# for NFS file shares; Tape and Volume gateways have no Azure equivalent.

mapping "aws_storagegateway_gateway" {
  service = "No Azure equivalent (Volume gateway)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/storage"
  note    = "Volume gateways (STORED, the default when gateway_type is unset, and CACHED) have no Azure equivalent: Azure has no on-premises appliance that presents iSCSI volumes backed by cloud storage: keep block storage on premises and protect it with Azure Backup or Azure Site Recovery, or move the workload to Azure VMs with managed disks (or Azure Elastic SAN for iSCSI inside Azure)."

  target "file-gateway" {
    when    = contains(["FILE_S3", "FILE_FSX_SMB"], try(upper(self.gateway_type), ""))
    service = "Azure File Sync"
    status  = "partial"
    azurerm = ["azurerm_storage_sync"]
    arm     = ["Microsoft.StorageSync/storageSyncServices"]
    link    = "https://learn.microsoft.com/azure/storage/file-sync/file-sync-introduction"
    note    = "A file gateway becomes a Storage Sync Service plus a Windows Server on premises running the Azure File Sync agent, registered with the service, that caches Azure file shares. Azure File Sync needs Windows Server (no Linux appliance) and serves SMB only; NFS clients mount Azure Storage directly instead."
  }

  target "tape-gateway" {
    when    = try(upper(self.gateway_type), "") == "VTL"
    service = "No Azure equivalent (Tape gateway)"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/architecture/aws-professional/storage"
    note    = "Azure has no virtual tape library. Point the backup software at Azure Blob Storage directly (most support it as a cloud target, with the cool, cold or archive tier for long retention) or use Azure Backup."
  }
}

mapping "aws_storagegateway_smb_file_share" {
  service  = "Azure File Sync"
  status   = "partial"
  azurerm  = ["azurerm_storage_sync_group", "azurerm_storage_sync_cloud_endpoint", "azurerm_storage_sync_server_endpoint"]
  arm      = ["Microsoft.StorageSync/storageSyncServices/syncGroups", "Microsoft.StorageSync/storageSyncServices/syncGroups/cloudEndpoints", "Microsoft.StorageSync/storageSyncServices/syncGroups/serverEndpoints"]
  requires = ["azurerm_storage_sync", "azurerm_storage_share"]
  link     = "https://learn.microsoft.com/azure/storage/file-sync/file-sync-introduction"
  note     = "An SMB share becomes a sync group: the Azure file share as cloud endpoint and a folder on the registered Windows Server as server endpoint, shared over SMB by Windows with its NTFS permissions. Files land in Azure Files, not as objects in Blob Storage, so applications that read the bucket through the S3 API need to use the file share instead."
}

mapping "aws_storagegateway_nfs_file_share" {
  service = "Azure Blob Storage NFS 3.0"
  status  = "partial"
  azurerm = ["azurerm_storage_account", "azurerm_storage_container"]
  arm     = ["Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-support"
  note    = "Azure File Sync doesn't serve NFS. Mount a blob container over NFS 3.0 (account with is_hns_enabled and nfsv3_enabled), which keeps the files readable as blobs, or an NFS Azure file share; either is reached from a virtual network (on premises through VPN or ExpressRoute) and there is no local cache."
  differs = "Microsoft's comparison names Azure File Sync and Data Box Gateway for the S3 File Gateway. File Sync serves SMB only, so an NFS share maps to NFS 3.0 access on Blob Storage, without a local cache."
}

mapping "aws_storagegateway_file_system_association" {
  service = "Azure File Sync"
  status  = "partial"
  azurerm = ["azurerm_storage_sync_server_endpoint"]
  arm     = ["Microsoft.StorageSync/storageSyncServices/syncGroups/serverEndpoints"]
  link    = "https://learn.microsoft.com/azure/storage/file-sync/file-sync-introduction"
  note    = "Caching an FSx for Windows file system on premises becomes a server endpoint that caches an Azure file share (the migrated FSx data) on a registered Windows Server, with cloud tiering to keep only hot files locally."
}

mapping "aws_storagegateway_cache" {
  service = "Azure File Sync cloud tiering"
  status  = "implicit"
  azurerm = ["azurerm_storage_sync_server_endpoint"]
  arm     = ["Microsoft.StorageSync/storageSyncServices/syncGroups/serverEndpoints"]
  link    = "https://learn.microsoft.com/azure/storage/file-sync/file-sync-cloud-tiering-overview"
  note    = "For file gateways, the local cache is the server endpoint's volume on the Windows Server: set cloud_tiering_enabled with volume_free_space_percent (and optionally tier_files_older_than_days). Cache disks of Volume and Tape gateways have no counterpart."
}

mapping "aws_storagegateway_upload_buffer" {
  service = "No Azure equivalent (Volume and Tape gateways)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/storage"
  note    = "Upload buffers belong to Volume and Tape gateways, which have no Azure equivalent; Azure File Sync uploads changes directly from the server volume."
}

mapping "aws_storagegateway_working_storage" {
  service = "No Azure equivalent (Volume gateway)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/storage"
  note    = "Working storage belongs to stored Volume gateways, which have no Azure equivalent."
}

mapping "aws_storagegateway_cached_iscsi_volume" {
  service = "No Azure equivalent (Volume gateway)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/storage"
  note    = "Azure has no gateway that presents cloud-backed iSCSI volumes on premises. Move the workload to Azure (managed disks, or Azure Elastic SAN for iSCSI block storage inside Azure), or keep the volume on premises and back it up with Azure Backup."
}

mapping "aws_storagegateway_stored_iscsi_volume" {
  service = "No Azure equivalent (Volume gateway)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/storage"
  note    = "Azure has no gateway that snapshots on-premises iSCSI volumes to cloud storage. Protect the on-premises volume with Azure Backup or replicate the server with Azure Site Recovery instead."
}

mapping "aws_storagegateway_tape_pool" {
  service = "No Azure equivalent (Tape gateway)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/access-tiers-overview"
  note    = "Azure has no virtual tapes or tape pools. Write backups to Blob Storage and keep long-term copies in the archive tier; a tape pool's retention lock becomes an immutability policy on the container."
}

data "aws_storagegateway_local_disk" {
  service = "Azure File Sync"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/file-sync/file-sync-introduction"
  note    = "There is no gateway appliance whose disks azurerm could look up: the Azure File Sync cache is a volume of the Windows Server, chosen by path in the server endpoint (server_local_path)."
}
