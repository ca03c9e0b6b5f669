# AWS Glue → Azure Data Factory / Fabric / Azure Databricks for ETL, Microsoft Purview and
# lakehouse catalogs for the Data Catalog, Event Hubs Schema Registry for the schema registry.

mapping "aws_glue_registry" {
  cloudformation = ["AWS::Glue::Registry"]
  service        = "Azure Event Hubs Schema Registry"
  status         = "partial"
  azurerm        = ["azurerm_eventhub_namespace_schema_group"]
  arm            = ["Microsoft.EventHub/namespaces/schemagroups"]
  requires       = ["azurerm_eventhub_namespace"]
  link           = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note           = "A Glue registry becomes a schema group in an Event Hubs namespace (Standard tier or higher). The registry can serve any producer, not only Event Hubs; clients switch from the AWS Glue Schema Registry serializers to the Azure Schema Registry serializers."
}

mapping "aws_glue_schema" {
  cloudformation = ["AWS::Glue::Schema"]
  service        = "Azure Event Hubs Schema Registry"
  status         = "partial"
  azurerm        = ["azurerm_eventhub_namespace_schema_group"]
  arm            = ["Microsoft.EventHub/namespaces/schemagroups"]
  link           = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note           = "Format and compatibility are set on the schema group (schema_type, schema_compatibility), not per schema; the schema definitions and their versions are registered through the data-plane SDK or REST API (or by the serializer on first use), not as ARM resources."

  caveat "compatibility-mode" {
    when     = contains(["FULL", "FULL_ALL", "BACKWARD_ALL", "FORWARD_ALL", "DISABLED"], try(upper(self.compatibility), upper(self.Compatibility), ""))
    severity = "warning"
    message  = "This compatibility mode has no match: schema groups enforce None, Backward or Forward compatibility against earlier versions. Pick the closest mode (or a separate group) and check transitive and full compatibility in your CI instead."
    link     = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  }

  caveat "data-format" {
    when     = contains(["JSON", "PROTOBUF"], try(upper(self.data_format), upper(self.DataFormat), ""))
    severity = "info"
    message  = "Avro is the format every Azure Schema Registry serializer supports; for JSON Schema or Protobuf, check that the namespace and the client libraries for your language support it before migrating."
    link     = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  }
}

mapping "aws_glue_catalog_database" {
  cloudformation = ["AWS::Glue::Database"]
  service        = "Microsoft Fabric lakehouse, Azure Databricks Unity Catalog or Microsoft Purview"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "The Glue Data Catalog plays two roles that split on Azure: the metastore that query engines read (a Fabric lakehouse or warehouse schema, or a Unity Catalog catalog and schema in Azure Databricks, created with Spark SQL or the databricks provider, not ARM), and governance and discovery (Microsoft Purview, azurerm_purview_account). Athena and Spark jobs that resolve tables by Glue database name must be pointed at the new catalog."
}

mapping "aws_glue_catalog_table" {
  cloudformation = ["AWS::Glue::Table"]
  service        = "Microsoft Fabric lakehouse or Azure Databricks Unity Catalog"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/data-engineering/lakehouse-overview"
  note           = "Tables are defined in the query engine, not in ARM: Delta tables in a Fabric lakehouse are registered automatically, and files kept in Azure Data Lake Storage or S3 can be exposed through OneLake shortcuts or Unity Catalog external tables. Hive-style partition projection and Glue-specific table parameters need rework."

  caveat "non-delta-format" {
    when     = can(regex("(?i)(csv|json|parquet|orc|avro|text)", try(self.storage_descriptor[0].input_format, self.TableInput.StorageDescriptor.InputFormat, "")))
    severity = "info"
    message  = "The table reads raw files (CSV, JSON, Parquet, ORC, Avro): Fabric and Databricks work best with Delta tables; either convert the data to Delta or keep it as files queried through a shortcut or external table."
    link     = "https://learn.microsoft.com/fabric/onelake/onelake-shortcuts"
  }

  caveat "iceberg" {
    when     = can(self.open_table_format_input) || try(upper(self.parameters.table_type), upper(self.TableInput.Parameters.table_type), "") == "ICEBERG" || can(self.OpenTableFormatInput)
    severity = "info"
    message  = "Apache Iceberg tables: OneLake can expose Iceberg tables to Fabric as Delta through metadata virtualization (a preview feature at the time of writing) and Azure Databricks can convert or read them; check write support in the engine you choose."
    link     = "https://learn.microsoft.com/fabric/onelake/onelake-iceberg-tables"
  }
}

mapping "aws_glue_crawler" {
  cloudformation = ["AWS::Glue::Crawler"]
  service        = "Microsoft Purview (data map scans)"
  status         = "partial"
  azurerm        = ["azurerm_purview_account"]
  arm            = ["Microsoft.Purview/accounts"]
  link           = "https://learn.microsoft.com/purview/concept-scans-and-ingestion"
  note           = "Schema discovery and classification become Purview data map scans of the storage or database sources; scans, scan rule sets and triggers are configured in the Purview data plane (portal or REST), not in ARM. Unlike a crawler, a scan does not create queryable tables: lakehouse Delta tables are discovered by Fabric itself, other files need tables defined in the engine."
}

mapping "aws_glue_job" {
  cloudformation = ["AWS::Glue::Job"]
  service        = "Azure Data Factory with Azure Databricks, or Microsoft Fabric Data Engineering"
  status         = "partial"
  azurerm        = ["azurerm_data_factory", "azurerm_data_factory_pipeline", "azurerm_databricks_workspace"]
  arm            = ["Microsoft.DataFactory/factories", "Microsoft.DataFactory/factories/pipelines", "Microsoft.Databricks/workspaces"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "Microsoft's comparison maps Glue to Azure Data Factory or Data Factory in Fabric: visual ETL becomes data flows or copy activities, and Spark scripts run as Azure Databricks jobs (databricks provider) or Fabric notebooks and Spark job definitions, scheduled by a pipeline. Worker type and count become cluster or Spark pool sizing."

  caveat "glue-libraries" {
    when     = contains(["glueetl", "gluestreaming", ""], try(lower(self.command[0].name), lower(self.Command.Name), ""))
    severity = "warning"
    message  = "Glue Spark scripts usually depend on Glue-only APIs (awsglue, GlueContext, DynamicFrame, job bookmarks, Glue connections): rewrite them to plain PySpark or Spark SQL, and replace job bookmarks with Delta change data feed, Auto Loader or watermark columns."
    link     = "https://learn.microsoft.com/azure/databricks/ingestion/cloud-object-storage/auto-loader/"
  }

  caveat "streaming" {
    when     = try(lower(self.command[0].name), lower(self.Command.Name), "") == "gluestreaming"
    severity = "info"
    message  = "A streaming job becomes a Spark Structured Streaming job on Azure Databricks or Fabric, or an Azure Stream Analytics job for SQL-style stream processing; Kinesis sources usually move to Event Hubs."
    link     = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  }

  caveat "python-shell" {
    when     = try(lower(self.command[0].name), lower(self.Command.Name), "") == "pythonshell"
    severity = "info"
    message  = "A Python shell job needs no Spark: run it as a Fabric Python notebook, an Azure Databricks job on a single-node cluster, or a container (Azure Container Apps job) started by the pipeline."
    link     = "https://learn.microsoft.com/azure/container-apps/jobs"
  }

  caveat "ray" {
    when     = try(lower(self.command[0].name), lower(self.Command.Name), "") == "glueray"
    severity = "warning"
    message  = "Glue for Ray has no managed counterpart in Data Factory or Fabric: run Ray on Azure Databricks (Ray on Spark clusters) or on AKS with KubeRay."
    link     = "https://learn.microsoft.com/azure/databricks/machine-learning/ray/"
  }
}
