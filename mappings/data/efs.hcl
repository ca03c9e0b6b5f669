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
}
