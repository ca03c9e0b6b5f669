# Amazon Athena → Azure Synapse serverless SQL pool or the SQL analytics endpoint of a Microsoft
# Fabric lakehouse (Azure Databricks SQL is the other pair Microsoft lists).

mapping "aws_athena_workgroup" {
  cloudformation = ["AWS::Athena::WorkGroup"]
  service        = "Azure Synapse serverless SQL pool or Fabric lakehouse SQL analytics endpoint"
  status         = "partial"
  azurerm        = ["azurerm_synapse_workspace"]
  arm            = ["Microsoft.Synapse/workspaces"]
  link           = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  note           = "Pay-per-query SQL over files in the lake becomes the serverless SQL pool built into every Synapse workspace (billed per TB processed, queried with OPENROWSET or external tables), or the SQL analytics endpoint of a Fabric lakehouse (billed through the Fabric capacity, not managed by azurerm). A workgroup has no direct counterpart: separate teams with workspaces, databases and permissions; there is no results bucket, since results stream back to the client (use CETAS to write them to storage)."

  caveat "per-query-scan-limit" {
    when     = can(self.configuration[0].bytes_scanned_cutoff_per_query) || can(self.WorkGroupConfiguration.BytesScannedCutoffPerQuery)
    severity = "info"
    message  = "The per-query scan cutoff has no equivalent: serverless SQL cost control sets daily, weekly and monthly limits on data processed for the whole workspace, and a running query is not stopped when it crosses the limit."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/sql/data-processed"
  }

  caveat "spark-engine" {
    when     = can(regex("(?i)spark", try(self.configuration[0].engine_version[0].selected_engine_version, self.WorkGroupConfiguration.EngineVersion.SelectedEngineVersion, "")))
    severity = "warning"
    message  = "This is an Athena for Apache Spark workgroup: it maps to a Synapse Spark pool (azurerm_synapse_spark_pool), Fabric notebooks or Azure Databricks, not to serverless SQL; notebooks need porting from the Athena session APIs."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/spark/apache-spark-overview"
  }
}

mapping "aws_athena_database" {
  service = "Azure Synapse serverless SQL pool or Fabric lakehouse"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  note    = "A serverless SQL database (CREATE DATABASE in T-SQL, holding external tables, views and credentials over the lake files) or a lakehouse schema; neither is an ARM resource, so create it with a SQL deployment script. Tables defined in the Glue catalog must be recreated there."
}

mapping "aws_athena_data_catalog" {
  cloudformation = ["AWS::Athena::DataCatalog"]
  service        = "Azure Synapse serverless SQL pool or Fabric lakehouse"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/onelake/onelake-shortcuts"
  note           = "Registering another catalog becomes external data sources in serverless SQL or OneLake shortcuts in a lakehouse, both defined in the data plane rather than ARM."

  caveat "federated-connector" {
    when     = contains(["LAMBDA", "FEDERATED"], try(upper(self.type), upper(self.Type), ""))
    severity = "warning"
    message  = "Federated query through Lambda connectors has no counterpart: bring those sources into the lake with Fabric mirroring or Data Factory pipelines, or query them in their own engine."
    link     = "https://learn.microsoft.com/fabric/mirroring/overview"
  }

  caveat "hive-metastore" {
    when     = try(upper(self.type), upper(self.Type), "") == "HIVE"
    severity = "info"
    message  = "An external Hive metastore can serve Azure Databricks or Synapse Spark pools, but serverless SQL and Fabric SQL endpoints don't read it: define the tables in the SQL engine."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  }
}

mapping "aws_athena_named_query" {
  cloudformation = ["AWS::Athena::NamedQuery"]
  service        = "Azure Synapse Studio or Fabric SQL queries"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  note           = "Saved queries become SQL scripts saved in the Synapse or Fabric workspace (kept in Git through workspace source control) or views in the database; there is no ARM resource."
}

mapping "aws_athena_prepared_statement" {
  cloudformation = ["AWS::Athena::PreparedStatement"]
  service        = "Azure Synapse serverless SQL pool"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  note           = "No stored prepared statement resource: send parameterized queries from the client driver (ODBC, JDBC, ADO.NET parameters) or wrap the query in a view or stored procedure."
}

mapping "aws_athena_capacity_reservation" {
  cloudformation = ["AWS::Athena::CapacityReservation"]
  service        = "Microsoft Fabric capacity"
  status         = "partial"
  azurerm        = ["azurerm_fabric_capacity"]
  arm            = ["Microsoft.Fabric/capacities"]
  link           = "https://learn.microsoft.com/fabric/enterprise/licenses"
  note           = "Synapse serverless SQL can't reserve compute (it always bills per TB processed). Dedicated query capacity is a Fabric capacity (F SKU) shared by every Fabric workload in the workspaces assigned to it, so size it for all of them, not only SQL queries."
}

data "aws_athena_named_query" {
  service = "Azure Synapse Studio or Fabric SQL queries"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  note    = "Saved SQL scripts are not exposed as azurerm data sources: keep the query text in source control and reference it from there."
}
