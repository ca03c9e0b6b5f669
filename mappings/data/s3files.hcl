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

mapping "aws_s3files_file_system_policy" {
  cloudformation = ["AWS::S3Files::FileSystemPolicy"]
  service        = "Azure Storage network rules"
  status         = "partial"
  azurerm        = ["azurerm_storage_account_network_rules"]
  arm            = ["Microsoft.Storage/storageAccounts"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-support"
  note           = "NFS 3.0 on Blob Storage authorizes by network only, so an identity-based file system policy can't be carried over: restrict which virtual networks and private endpoints reach the account, and separate clients that need different access into different accounts."
}

mapping "aws_s3files_synchronization_configuration" {
  service = "Azure Blob Storage (NFS 3.0)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-support"
  note    = "NFS 3.0 on Blob Storage serves the blobs themselves, so there is nothing to import into or expire from a file cache. If the cache behaviour is needed for performance, Azure Managed Lustre with blob integration imports from and exports to a container."
}

data "aws_s3files_file_system" {
  service = "Azure Blob Storage (NFS 3.0)"
  status  = "partial"
  azurerm = ["azurerm_storage_account", "azurerm_storage_container"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-support"
  note    = "Looks up the storage account and container; the mount path is <account>.blob.core.windows.net:/<account>/<container>."
}

data "aws_s3files_file_systems" {
  service = "Azure Blob Storage (NFS 3.0)"
  status  = "partial"
  azurerm = ["azurerm_storage_containers"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-support"
  note    = "Lists the containers of one storage account; there is no lookup across accounts."
}

data "aws_s3files_mount_target" {
  service = "Azure Private Link"
  status  = "partial"
  azurerm = ["azurerm_private_endpoint_connection"]
  link    = "https://learn.microsoft.com/azure/storage/common/storage-private-endpoints"
  note    = "Looks up the blob private endpoint's connection and private IP address; clients mount by the account's host name, which resolves to that address through the private DNS zone."
}

data "aws_s3files_access_point" {
  service = "Azure Blob Storage (NFS 3.0)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/network-file-system-protocol-known-issues"
  note    = "There are no access points to look up: each application uses its own container or account."
}
