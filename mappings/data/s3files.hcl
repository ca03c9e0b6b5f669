# Amazon S3 Files (file system access to an S3 bucket) → NFS 3.0 on Azure Blob Storage.

mapping "aws_s3files_file_system" {
  cloudformation = ["AWS::S3Files::FileSystem"]
  service        = "Azure Blob Storage (NFS 3.0)"
  status         = "partial"
  azurerm        = ["azurerm_storage_account", "azurerm_storage_container"]
  arm            = ["Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-support"
  note           = "File access to object data becomes NFS 3.0 on Blob Storage: a storage account created with is_hns_enabled and nfsv3_enabled, whose containers Linux clients mount while applications keep using the blob APIs on the same data. There is no separate caching file system; Azure Managed Lustre with blob integration is the option for high-performance workloads."

  caveat "nfs-limits" {
    severity = "warning"
    message  = "NFS 3.0 on Blob Storage doesn't support file locking (mount with nolock), authorizes requests by network only (no Entra ID or ACL checks), and must be enabled when the account is created."
    link     = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-known-issues"
  }
}

mapping "aws_s3files_mount_target" {
  cloudformation = ["AWS::S3Files::MountTarget"]
  service        = "Azure Private Link"
  status         = "partial"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  requires       = ["azurerm_storage_account"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-support"
  note           = "NFS clients reach the account through a private endpoint for its blob service (or a service endpoint on the client subnet with a network rule). Azure subnets span zones, so one endpoint per virtual network replaces one mount target per availability zone."
}

mapping "aws_s3files_access_point" {
  cloudformation = ["AWS::S3Files::AccessPoint"]
  service        = "Azure Blob Storage (NFS 3.0)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-known-issues"
  note           = "NFS 3.0 on Blob Storage can't enforce a POSIX identity or root directory per application: give each application its own container (or account) and restrict which networks can reach it."
}
