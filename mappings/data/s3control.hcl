# Amazon S3 Control (access grants, multi-Region access points, Storage Lens, S3 on Outposts) → Azure Storage account settings, Azure RBAC and Azure Monitor.

mapping "aws_s3control_access_grants_instance" {
  cloudformation = ["AWS::S3::AccessGrantsInstance"]
  service        = "Azure role-based access control"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access"
  note           = "Blob Storage authorises Entra ID users, groups and managed identities natively through data-plane roles, so no grants instance is needed; an Identity Center association becomes the Entra tenant itself."
}

mapping "aws_s3control_access_grants_location" {
  cloudformation = ["AWS::S3::AccessGrantsLocation"]
  service        = "Azure role-based access control"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access"
  note           = "A location becomes the scope of the role assignments (storage account or container); there is no IAM role for the service to assume, since access is checked against the caller's own Entra identity."
}

mapping "aws_s3control_access_grant" {
  cloudformation = ["AWS::S3::AccessGrant"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access"
  note           = "A grant becomes a role assignment to the Entra user, group or managed identity at container scope: READ → Storage Blob Data Reader, WRITE or READWRITE → Storage Blob Data Contributor. Applications that fetched temporary credentials from Access Grants use the caller's Entra token directly, or hand out a user delegation SAS."

  caveat "sub-prefix" {
    when     = try(anytrue([for c in try(self.access_grants_location_configuration, []) : can(c.s3_sub_prefix)]), false) || can(self.AccessGrantsLocationConfiguration.S3SubPrefix)
    severity = "info"
    message  = "A grant on a prefix inside the container needs a role-assignment condition on the blob path (the condition and condition_version arguments of azurerm_role_assignment)."
    link     = "https://learn.microsoft.com/azure/storage/blobs/storage-auth-abac"
  }
}

mapping "aws_s3control_access_grants_instance_resource_policy" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access"
  note    = "There is no resource policy to share grants with other accounts: give identities from other subscriptions of the tenant role assignments directly, and users from other tenants access as B2B guests."
}

mapping "aws_s3control_access_point_policy" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-auth-abac"
  note    = "Blob Storage has no access points, so there is no access point policy: express it as role assignments at container scope with blob-path conditions, or as SAS tokens for delegated access."
}

mapping "aws_s3control_directory_bucket_access_point_scope" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-auth-abac"
  note    = "Access points and their prefix and permission scopes don't exist in Blob Storage: restrict each application with role assignments on the container plus blob-path conditions."
}

mapping "aws_s3control_object_lambda_access_point_policy" {
  service = "Azure Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
  note    = "Without Object Lambda there is no policy to set: authorise callers on the function or API Management endpoint that transforms the blobs, and give its managed identity Storage Blob Data Reader on the container."
}

mapping "aws_s3control_multi_region_access_point" {
  cloudformation = ["AWS::S3::MultiRegionAccessPoint"]
  service        = "Azure Storage redundancy and Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage/common/storage-redundancy"
  note           = "Blob Storage has no multi-region endpoint that routes to the nearest copy. Combine geo-redundant storage (RA-GRS or RA-GZRS gives a read-only secondary endpoint and account failover) or object replication between accounts in different regions with Azure Front Door in front of the accounts for latency-based reads; writes still go to one primary account."
}

mapping "aws_s3control_multi_region_access_point_policy" {
  cloudformation = ["AWS::S3::MultiRegionAccessPointPolicy"]
  service        = "Azure role-based access control"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access"
  note           = "With no multi-region endpoint there is no policy for it: grant data roles on each storage account, and control anonymous or token access at the Front Door route if one fronts the accounts."
}

mapping "aws_s3control_multi_region_access_point_routes" {
  service = "Azure Storage redundancy and Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/common/storage-disaster-recovery-guidance"
  note    = "Active/passive routing between regions becomes customer-initiated account failover of a geo-redundant account, or origin priorities and weights in the Front Door origin group that fronts replicated accounts."
}

mapping "aws_s3control_storage_lens_configuration" {
  cloudformation = ["AWS::S3::StorageLens"]
  service        = "Azure Monitor Storage insights and blob inventory"
  status         = "partial"
  azurerm        = ["azurerm_storage_blob_inventory_policy"]
  arm            = ["Microsoft.Storage/storageAccounts/inventoryPolicies"]
  link           = "https://learn.microsoft.com/azure/storage/common/storage-insights-overview"
  note           = "Cross-account capacity, transaction and availability dashboards come from Storage insights in Azure Monitor, which needs no resource. Object- and prefix-level detail (counts, sizes, tiers) comes from a blob inventory policy on each account that writes CSV or Parquet reports to a container, analysed with Synapse, Fabric or Databricks. Storage Lens recommendations and organization-wide aggregation have no single equivalent."
}

mapping "aws_s3control_bucket" {
  service = "Azure Stack Hub storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure-stack/user/azure-stack-storage-overview"
  note    = "S3 on Outposts buckets have no azurerm counterpart. On-premises object storage with Azure APIs comes from Azure Stack Hub blob storage, managed through the Hub's own Resource Manager endpoint (azurestack provider); if local residency is not required, use a storage account in the nearest Azure region."
}

mapping "aws_s3control_bucket_lifecycle_configuration" {
  service = "Azure Stack Hub storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure-stack/user/azure-stack-storage-overview"
  note    = "Lifecycle rules of an Outposts bucket follow the bucket: on a regular storage account they become azurerm_storage_management_policy rules; check Azure Stack Hub's storage differences before relying on lifecycle features there."
}

mapping "aws_s3control_bucket_policy" {
  service = "Azure Stack Hub storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure-stack/user/azure-stack-storage-overview"
  note    = "Bucket policies of an Outposts bucket have no counterpart: on a regular storage account, grant data roles with azurerm_role_assignment; on Azure Stack Hub, use its own role assignments and SAS tokens."
}

data "aws_s3_access_point" {
  service = "Azure Blob Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-auth-abac"
  note    = "Blob Storage has no access points to look up: reference the storage account and container (azurerm_storage_account, azurerm_storage_container) instead."
}

data "aws_s3control_access_points" {
  service = "Azure Blob Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-auth-abac"
  note    = "There are no access points to list; list role assignments on the account or container with azurerm_role_assignments if you need to see who has access."
}

data "aws_s3control_multi_region_access_point" {
  service = "Azure Storage redundancy and Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/common/storage-redundancy"
  note    = "There is no multi-region endpoint to look up: use the primary (or read-access secondary) endpoint of the storage account, or the host name of the Front Door endpoint that fronts the accounts."
}

data "aws_s3control_multi_region_access_points" {
  service = "Azure Storage redundancy and Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/common/storage-redundancy"
  note    = "There are no multi-region access points to list."
}

data "aws_s3_account_public_access_block" {
  service = "Azure Storage account settings"
  status  = "partial"
  azurerm = ["azurerm_storage_account"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent"
  note    = "There is no account-wide block to read: each storage account reports allow_nested_items_to_be_public (anonymous blob access) and public_network_access_enabled; subscription-wide enforcement is an Azure Policy assignment."
}

mapping "AWS::S3::StorageLensGroup" {
  service = "Azure Storage blob inventory"
  status  = "partial"
  azurerm = ["azurerm_storage_blob_inventory_policy"]
  arm     = ["Microsoft.Storage/storageAccounts/inventoryPolicies"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/blob-inventory"
  note    = "A group that filters objects (prefix, suffix, tags, age, size) for usage metrics becomes a blob inventory rule with prefix and blob type filters on each account, whose reports are then filtered and aggregated in Synapse, Fabric or Databricks. Suffix, age and size filters move into that query."
}
