# Amazon Timestream scheduled queries → Azure Data Explorer materialized views (or update policies).

mapping "aws_timestreamquery_scheduled_query" {
  service  = "Azure Data Explorer materialized views"
  status   = "partial"
  azurerm  = ["azurerm_kusto_script"]
  arm      = ["Microsoft.Kusto/clusters/databases/scripts"]
  requires = ["azurerm_kusto_database"]
  link     = "https://learn.microsoft.com/azure/data-explorer/kusto/management/materialized-views/materialized-view-create"
  note     = "A scheduled aggregation into a derived table becomes a materialized view (.create materialized-view, run by azurerm_kusto_script) that Data Explorer keeps up to date as data arrives, with no schedule to manage. Queries a materialized view cannot express need an update policy or an external scheduler such as Data Factory running .set-or-append; run notifications through SNS have no equivalent."
}
