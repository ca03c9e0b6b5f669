# AWS Elemental MediaStore (discontinued by AWS) → Azure Blob Storage as a media origin behind Azure
# Front Door.

mapping "AWS::MediaStore::Container" {
  terraform = ["aws_media_store_container"]
  service   = "Azure Blob Storage"
  status    = "partial"
  azurerm   = ["azurerm_storage_account", "azurerm_storage_container"]
  arm       = ["Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"]
  link      = "https://learn.microsoft.com/azure/frontdoor/integrate-storage-account"
  note      = "A media origin container becomes a Blob Storage container served through Azure Front Door. Container, CORS and lifecycle policies become role assignments or SAS, the storage account's CORS rules and a lifecycle management policy; metric policies become Azure Monitor storage metrics. Blob Storage has no write-then-read-immediately optimisation for live segments, so test live-origin latency."
}

mapping "aws_media_store_container_policy" {
  service = "Azure Blob Storage access control"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/storage/blobs/authorize-access-azure-active-directory"
  note    = "A container policy becomes role assignments (Storage Blob Data Reader or Contributor) on the storage account or container, or shared access signatures for the origin behind Front Door; there is no policy document attached to the container."
}
