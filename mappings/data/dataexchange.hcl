# AWS Data Exchange → Azure Data Share for sharing with known partners; selling data needs a Microsoft Marketplace offer. Neither is a data marketplace with entitlements like Data Exchange.

mapping "aws_dataexchange_data_set" {
  service  = "Azure Data Share"
  status   = "partial"
  azurerm  = ["azurerm_data_share"]
  arm      = ["Microsoft.DataShare/accounts/shares"]
  requires = ["azurerm_data_share_account"]
  link     = "https://learn.microsoft.com/azure/data-share/overview"
  note     = "A data set becomes a share in a Data Share account that you invite named recipients to (by email or Entra tenant). Data Share has no public catalogue, subscription pricing or licensing: to sell data, publish a Microsoft Marketplace offer and grant access on purchase."

  caveat "non-storage-assets" {
    when     = contains(["API_GATEWAY_API", "REDSHIFT_DATA_SHARE", "LAKE_FORMATION_DATA_PERMISSION"], try(upper(self.asset_type), ""))
    severity = "warning"
    message  = "Data Share shares storage files, SQL and Synapse tables and Azure Data Explorer databases; it cannot share an API or Lake Formation permissions. Offer APIs through API Management products and subscriptions, and grant table access through the catalogue that replaces Lake Formation."
    link     = "https://learn.microsoft.com/azure/data-share/supported-data-stores"
  }
}

mapping "aws_dataexchange_revision" {
  service = "Azure Data Share"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-share/terminology"
  note    = "Data Share has no published, immutable revisions: recipients receive a snapshot of the shared data, full or incremental, on accepting and then on the share's hourly or daily snapshot schedule. Version the data yourself (for example one folder per release) if consumers need fixed revisions."
}

mapping "aws_dataexchange_revision_assets" {
  service  = "Azure Data Share"
  status   = "partial"
  azurerm  = ["azurerm_data_share_dataset_blob_storage", "azurerm_data_share_dataset_data_lake_gen2"]
  arm      = ["Microsoft.DataShare/accounts/shares/dataSets"]
  requires = ["azurerm_data_share"]
  link     = "https://learn.microsoft.com/azure/data-share/supported-data-stores"
  note     = "Assets imported into a revision become data sets of the share that point at a Blob Storage or Data Lake Storage Gen2 container, folder or file; the data stays in your storage account and is copied to the recipient at each snapshot."

  caveat "signed-url-import" {
    when     = try(anytrue([for a in self.asset : can(a.import_assets_from_signed_url[0])]), false)
    severity = "info"
    message  = "Uploads through a signed URL have no counterpart: upload the files to the shared storage container (for example with a SAS token) before the next snapshot."
    link     = "https://learn.microsoft.com/azure/data-share/overview"
  }

  caveat "s3-data-access" {
    when     = try(anytrue([for a in self.asset : can(a.create_s3_data_access_from_s3_bucket[0])]), false)
    severity = "warning"
    message  = "S3 data access lets subscribers read the provider's bucket in place; Data Share copies Blob Storage and Data Lake data into the recipient's own storage at each snapshot (in-place sharing exists only for Azure Data Explorer), so recipients pay for and must refresh their copy."
    link     = "https://learn.microsoft.com/azure/data-share/supported-data-stores"
  }
}

mapping "aws_dataexchange_event_action" {
  service = "Azure Data Share"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-share/terminology"
  note    = "Auto-exporting each new revision to a bucket is what a Data Share subscription does on the recipient's side: the recipient accepts the share, maps it to their own storage account and enables the snapshot schedule. azurerm cannot create the received share, so this is configured in the portal, CLI or REST API by the recipient."
}
