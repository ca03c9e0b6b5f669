# Amazon Redshift Data API statements → no azurerm resource; run SQL from a deployment step.

mapping "aws_redshiftdata_statement" {
  service = "Azure Synapse Analytics / Azure SQL"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/overview-architecture"
  note    = "azurerm can't run SQL against a database: execute the statement from the pipeline (sqlcmd or a SQL deployment task), a deployment script, or a database project after the warehouse is created."
}
