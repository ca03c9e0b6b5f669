# Amazon S3 Tables (managed Apache Iceberg tables) → Azure Data Lake Storage with a lakehouse
# catalog (Azure Databricks Unity Catalog or Microsoft Fabric OneLake).

mapping "aws_s3tables_table_bucket" {
  cloudformation = ["AWS::S3Tables::TableBucket"]
  service        = "Azure Data Lake Storage"
  status         = "partial"
  azurerm        = ["azurerm_storage_account", "azurerm_storage_data_lake_gen2_filesystem"]
  arm            = ["Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/data-lake-storage-introduction"
  note           = "The storage side of a table bucket becomes a Data Lake Storage file system (a storage account with the hierarchical namespace) that holds the Iceberg or Delta data and metadata files; the catalog and table management come from the analytics platform that registers the tables."

  caveat "table-maintenance" {
    severity = "warning"
    message  = "Data Lake Storage stores files only: there is no built-in Iceberg REST catalog and no automatic compaction, snapshot expiry or unreferenced-file cleanup. Register the tables in Azure Databricks Unity Catalog or a Fabric lakehouse and schedule maintenance (OPTIMIZE, VACUUM, expire snapshots) there."
    link     = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  }
}

mapping "aws_s3tables_namespace" {
  cloudformation = ["AWS::S3Tables::Namespace"]
  service        = "Azure Databricks Unity Catalog or Microsoft Fabric lakehouse"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  note           = "A namespace becomes a schema in the lakehouse catalog (Unity Catalog schema or Fabric lakehouse schema), backed by a folder in the Data Lake Storage file system; it is created in the catalog, not as an Azure resource."
}

mapping "aws_s3tables_table" {
  cloudformation = ["AWS::S3Tables::Table"]
  service        = "Azure Databricks Unity Catalog or Microsoft Fabric lakehouse"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  note           = "Tables aren't Azure resources: create them with the analytics engine (CREATE TABLE in Azure Databricks, Fabric or Synapse Spark) over the Data Lake Storage file system. Databricks and Fabric default to Delta Lake; keep Iceberg where other engines read the table."
}

mapping "aws_s3tables_table_bucket_policy" {
  cloudformation = ["AWS::S3Tables::TableBucketPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/data-lake-storage-access-control-model"
  note           = "Storage access becomes Storage Blob Data roles on the account or file system (plus POSIX ACLs on folders); table- and schema-level permissions become catalog grants in Unity Catalog or Fabric, which azurerm does not manage."
}

mapping "aws_s3tables_table_policy" {
  cloudformation = ["AWS::S3Tables::TablePolicy"]
  service        = "Azure Databricks Unity Catalog or Microsoft Fabric lakehouse"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/data-lake-storage-access-control-model"
  note           = "A per-table policy becomes a catalog grant on the table (Unity Catalog GRANT or Fabric item and OneLake permissions); storage-level role assignments and ACLs can only restrict whole folders."
}

mapping "aws_s3tables_table_bucket_replication" {
  service = "Azure Storage geo-redundant replication"
  status  = "partial"
  azurerm = ["azurerm_storage_account"]
  arm     = ["Microsoft.Storage/storageAccounts"]
  link    = "https://learn.microsoft.com/azure/storage/common/storage-redundancy"
  note    = "Replicating a whole table bucket becomes geo-redundant storage (account_replication_type GRS, RA-GRS, GZRS or RA-GZRS) on the Data Lake Storage account: a copy in the paired region, readable with RA-GRS, but not in an account or region you choose. Object replication doesn't support accounts with a hierarchical namespace, so copies elsewhere need Delta deep clone or a scheduled copy job."
}

mapping "aws_s3tables_table_replication" {
  service = "Azure Databricks Unity Catalog or Microsoft Fabric lakehouse"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/databricks/delta/clone"
  note    = "There is no managed replication of one table: keep a read-only copy with a scheduled Delta deep clone (incremental after the first run) in Azure Databricks, or share the table with Delta Sharing instead of copying it."
}
