# Amazon SimpleDB → Azure Table Storage (or Azure Cosmos DB for Table).

mapping "AWS::SDB::Domain" {
  service  = "Azure Table Storage"
  status   = "partial"
  azurerm  = ["azurerm_storage_table"]
  arm      = ["Microsoft.Storage/storageAccounts/tableServices/tables"]
  requires = ["azurerm_storage_account"]
  link     = "https://learn.microsoft.com/azure/storage/tables/table-storage-overview"
  note     = "A domain becomes a table: items become entities keyed by PartitionKey and RowKey, and attributes become properties. SimpleDB indexes every attribute, while Table Storage indexes only the keys, so Select queries on other attributes become scans or need Cosmos DB for Table (which indexes all properties). Multi-valued attributes must be encoded in one property."
}
