# AWS DataSync → Azure Storage Mover (managed file migration into Azure Storage), with AzCopy or
# Azure Data Factory for sources Storage Mover can't read. Microsoft also pairs DataSync with
# Azure File Sync for ongoing hybrid sync (see storagegateway.hcl).

mapping "aws_datasync_agent" {
  cloudformation = ["AWS::DataSync::Agent"]
  service        = "Azure Storage Mover"
  status         = "partial"
  azurerm        = ["azurerm_storage_mover_agent"]
  arm            = ["Microsoft.StorageMover/storageMovers/agents"]
  requires       = ["azurerm_storage_mover"]
  link           = "https://learn.microsoft.com/azure/storage-mover/agent-deploy"
  note           = "The agent becomes a Storage Mover agent: a VM image you run close to the source and register through Azure Arc (azurerm_storage_mover_agent takes the Arc machine ID). The storage mover resource (azurerm_storage_mover) groups agents, endpoints and projects."
}

mapping "aws_datasync_location_nfs" {
  cloudformation = ["AWS::DataSync::LocationNFS"]
  service        = "Azure Storage Mover"
  status         = "direct"
  azurerm        = ["azurerm_storage_mover_source_endpoint"]
  arm            = ["Microsoft.StorageMover/storageMovers/endpoints"]
  requires       = ["azurerm_storage_mover"]
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "An NFS source becomes a Storage Mover NFS source endpoint (host, export, NFS version). It can be copied to a blob container or to an NFS Azure file share."
}

mapping "aws_datasync_location_smb" {
  cloudformation = ["AWS::DataSync::LocationSMB"]
  service        = "Azure Storage Mover"
  status         = "partial"
  arm            = ["Microsoft.StorageMover/storageMovers/endpoints"]
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "An SMB source becomes a Storage Mover SMB endpoint, with its credentials kept in Azure Key Vault. azurerm_storage_mover_source_endpoint only models NFS sources, so create SMB endpoints with the azapi provider, the CLI or PowerShell."
}

mapping "aws_datasync_location_s3" {
  cloudformation = ["AWS::DataSync::LocationS3"]
  service        = "Azure Storage Mover"
  status         = "partial"
  azurerm        = ["azurerm_storage_mover_target_endpoint"]
  arm            = ["Microsoft.StorageMover/storageMovers/endpoints"]
  requires       = ["azurerm_storage_container"]
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "An S3 bucket used as a destination becomes a Storage Mover target endpoint on a blob container. Used as a source (copying out of S3), it becomes a Storage Mover multicloud connector endpoint (Azure Arc multicloud connector for AWS, not in azurerm) or an AzCopy copy from S3."
}

mapping "aws_datasync_location_azure_blob" {
  cloudformation = ["AWS::DataSync::LocationAzureBlob"]
  service        = "Azure Storage Mover"
  status         = "direct"
  azurerm        = ["azurerm_storage_mover_target_endpoint"]
  arm            = ["Microsoft.StorageMover/storageMovers/endpoints"]
  requires       = ["azurerm_storage_container"]
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "The Azure Blob container DataSync wrote to becomes a Storage Mover target endpoint on the same container; Storage Mover authorizes with Azure RBAC for managed identities instead of a SAS token."
}

mapping "aws_datasync_location_efs" {
  cloudformation = ["AWS::DataSync::LocationEFS"]
  service        = "Azure Storage Mover"
  status         = "partial"
  arm            = ["Microsoft.StorageMover/storageMovers/endpoints"]
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "EFS becomes Azure Files over NFS: read the EFS file system as an NFS source endpoint (the agent needs network access to the mount target) and write to an NFS Azure file share endpoint. azurerm only models NFS source endpoints and blob container targets, so create the file share target with azapi, the CLI or PowerShell."
}

mapping "aws_datasync_location_fsx_windows_file_system" {
  cloudformation = ["AWS::DataSync::LocationFSxWindows"]
  service        = "Azure Storage Mover"
  status         = "partial"
  arm            = ["Microsoft.StorageMover/storageMovers/endpoints"]
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "FSx for Windows becomes Azure Files over SMB: read the share through an SMB source endpoint and write to an SMB Azure file share endpoint (neither modeled by azurerm; use azapi, the CLI or PowerShell)."
}

mapping "aws_datasync_location_fsx_lustre_file_system" {
  cloudformation = ["AWS::DataSync::LocationFSxLustre"]
  service        = "Azure Managed Lustre"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10"
  note           = "Storage Mover has no Lustre endpoint. Copy the data to Blob Storage with AzCopy from a client that mounts the file system, then import it into Azure Managed Lustre through its blob integration."
}

mapping "aws_datasync_location_fsx_ontap_file_system" {
  cloudformation = ["AWS::DataSync::LocationFSxONTAP"]
  service        = "Azure NetApp Files"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "There is no ONTAP endpoint type: migrate the SVM's NFS or SMB shares as ordinary NFS or SMB source endpoints, or copy them into Azure NetApp Files with standard file-copy tools."
}

mapping "aws_datasync_location_fsx_openzfs_file_system" {
  cloudformation = ["AWS::DataSync::LocationFSxOpenZFS"]
  service        = "Azure Storage Mover"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage-mover/endpoint-manage"
  note           = "There is no OpenZFS endpoint type: treat the file system's NFS export as an NFS source endpoint."
}

mapping "aws_datasync_location_hdfs" {
  cloudformation = ["AWS::DataSync::LocationHDFS"]
  service        = "Azure Data Factory"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/data-factory/connector-hdfs"
  note           = "Storage Mover doesn't read HDFS. Copy to Azure Data Lake Storage Gen2 with a Data Factory copy activity using the HDFS connector (through a self-hosted integration runtime), or with DistCp from the Hadoop cluster."
}

mapping "aws_datasync_location_object_storage" {
  cloudformation = ["AWS::DataSync::LocationObjectStorage"]
  service        = "Azure Data Factory"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/data-factory/connector-amazon-s3-compatible-storage"
  note           = "Storage Mover has no endpoint for generic S3-compatible object stores. Use a Data Factory copy activity with the Amazon S3 Compatible Storage connector to land the objects in Blob Storage."
}

mapping "aws_datasync_task" {
  cloudformation = ["AWS::DataSync::Task"]
  service        = "Azure Storage Mover"
  status         = "partial"
  azurerm        = ["azurerm_storage_mover_job_definition"]
  arm            = ["Microsoft.StorageMover/storageMovers/projects/jobDefinitions"]
  requires       = ["azurerm_storage_mover_project"]
  link           = "https://learn.microsoft.com/azure/storage-mover/service-overview"
  note           = "A task becomes a job definition inside a Storage Mover project: source and target endpoints with optional sub-paths, an agent and a copy mode (Additive or Mirror). Each start is a job run. azurerm (Storage Mover API 2023-03-01) has no arguments for filters, integrity validation or schedules; newer ARM API versions add a schedule and data-integrity validation, settable through azapi."
  differs        = "Microsoft's comparison names Azure File Sync, which keeps Windows file servers in sync with Azure Files. A DataSync task copies data between storage systems, which is what Azure Storage Mover does."

  caveat "schedule" {
    when     = can(self.schedule[0].schedule_expression) || can(self.Schedule.ScheduleExpression)
    severity = "warning"
    message  = "azurerm_storage_mover_job_definition has no schedule: set the job definition's schedule (cron expression) through azapi with a recent Microsoft.StorageMover API version, or start job runs from your own automation (Start-AzStorageMoverJobDefinition)."
    link     = "https://learn.microsoft.com/azure/templates/microsoft.storagemover/storagemovers/projects/jobdefinitions"
  }

  caveat "remove-deleted" {
    when     = try(upper(self.options[0].preserve_deleted_files), upper(self.Options.PreserveDeletedFiles), "") == "REMOVE"
    severity = "info"
    message  = "Removing files deleted at the source corresponds to copy_mode = \"Mirror\"; the default PRESERVE behaviour corresponds to \"Additive\"."
    link     = "https://learn.microsoft.com/azure/storage-mover/service-overview"
  }
}
