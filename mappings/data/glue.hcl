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

mapping "aws_glue_catalog" {
  cloudformation = ["AWS::Glue::Catalog"]
  service        = "Azure Databricks Unity Catalog or Microsoft Fabric"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  note           = "A Glue catalog (a top-level or federated catalog) becomes a Unity Catalog catalog in Azure Databricks (created with SQL or the databricks provider, not ARM) or a Fabric workspace holding lakehouses and warehouses. Federated catalogs map to Lakehouse Federation foreign catalogs or OneLake shortcuts."
}

mapping "aws_glue_catalog_table_optimizer" {
  cloudformation = ["AWS::Glue::TableOptimizer"]
  service        = "Azure Databricks predictive optimization or Fabric table maintenance"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/databricks/optimizations/predictive-optimization"
  note           = "Compaction, snapshot retention and orphan-file cleanup of Iceberg tables become Delta table maintenance: predictive optimization runs OPTIMIZE and VACUUM on Unity Catalog managed tables automatically, and Fabric lakehouse tables are maintained from the portal, a notebook or a scheduled pipeline."
}

mapping "aws_glue_classifier" {
  cloudformation = ["AWS::Glue::Classifier"]
  service        = "Microsoft Purview (scan rule sets)"
  status         = "none"
  link           = "https://learn.microsoft.com/purview/create-a-scan-rule-set"
  note           = "Custom classifiers that teach crawlers a file format have no resource of their own: Spark and Fabric infer CSV, JSON and XML schemas when reading, Grok patterns become parsing code in the job, and Purview scan rule sets can declare custom file types and delimiters for scans."
}

mapping "aws_glue_connection" {
  cloudformation = ["AWS::Glue::Connection"]
  service        = "Azure Data Factory linked services"
  status         = "partial"
  azurerm        = ["azurerm_data_factory_linked_custom_service"]
  arm            = ["Microsoft.DataFactory/factories/linkedservices"]
  requires       = ["azurerm_data_factory"]
  link           = "https://learn.microsoft.com/azure/data-factory/concepts-linked-services"
  note           = "A connection becomes a Data Factory linked service; azurerm has typed linked services for common stores (for example azurerm_data_factory_linked_service_sql_server, _postgresql, _mysql, _snowflake) and azurerm_data_factory_linked_custom_service for the rest. Passwords move to Key Vault (azurerm_data_factory_linked_service_key_vault); Spark code on Databricks or Fabric keeps its own connection settings."

  target "network" {
    when    = try(upper(self.connection_type), upper(self.ConnectionInput.ConnectionType), "") == "NETWORK"
    service = "Azure Data Factory managed virtual network"
    status  = "partial"
    azurerm = ["azurerm_data_factory_integration_runtime_azure", "azurerm_data_factory_managed_private_endpoint"]
    arm     = ["Microsoft.DataFactory/factories/integrationRuntimes", "Microsoft.DataFactory/factories/managedVirtualNetworks/managedPrivateEndpoints"]
    link    = "https://learn.microsoft.com/azure/data-factory/managed-virtual-network-private-endpoint"
    note    = "A NETWORK connection (VPC access for jobs) becomes an Azure integration runtime in the factory's managed virtual network with managed private endpoints to the data stores, or a self-hosted integration runtime for private networks and on-premises sources."
  }
}

mapping "aws_glue_data_catalog_encryption_settings" {
  cloudformation = ["AWS::Glue::DataCatalogEncryptionSettings"]
  service        = "Azure Databricks customer-managed keys"
  status         = "implicit"
  azurerm        = ["azurerm_databricks_workspace"]
  arm            = ["Microsoft.Databricks/workspaces"]
  link           = "https://learn.microsoft.com/azure/databricks/security/keys/customer-managed-keys"
  note           = "Catalog metadata is always encrypted at rest; a Key Vault key for it is set on the Databricks workspace (managed services customer-managed key, Premium tier), and Purview and Fabric encrypt their metadata with service-managed keys. Connection passwords belong in Key Vault instead of encrypted catalog entries."
}

mapping "aws_glue_data_quality_ruleset" {
  cloudformation = ["AWS::Glue::DataQualityRuleset"]
  service        = "Azure Databricks pipeline expectations or Microsoft Purview Data Quality"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/databricks/transform/validate"
  note           = "DQDL rules become expectations on Databricks declarative pipeline tables (warn, drop or fail on violation) or data quality rules in Microsoft Purview Unified Catalog; neither is an ARM resource, and the rules must be rewritten."
}

mapping "aws_glue_dev_endpoint" {
  cloudformation = ["AWS::Glue::DevEndpoint"]
  service        = "Azure Databricks or Microsoft Fabric notebooks"
  status         = "partial"
  azurerm        = ["azurerm_databricks_workspace"]
  arm            = ["Microsoft.Databricks/workspaces"]
  link           = "https://learn.microsoft.com/azure/databricks/notebooks/"
  note           = "Interactive Spark development happens in Databricks notebooks on an all-purpose or serverless cluster, or in Fabric notebooks; there is no endpoint to provision or SSH into."
}

mapping "aws_glue_ml_transform" {
  cloudformation = ["AWS::Glue::MLTransform"]
  service        = "Azure Databricks"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/databricks/machine-learning/"
  note           = "FindMatches (ML record matching and deduplication) has no managed counterpart: implement entity resolution in Spark on Azure Databricks or Fabric with an open-source matching library or a model trained in Azure Machine Learning, and relabel training data."
}

mapping "aws_glue_partition" {
  cloudformation = ["AWS::Glue::Partition"]
  service        = "Delta Lake (Fabric lakehouse or Azure Databricks)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/databricks/tables/partitions"
  note           = "Delta tables track their partitions in the transaction log, so partitions are never registered one by one; for external non-Delta tables, partitions are discovered by the engine (for example MSCK REPAIR TABLE) instead of declared."
}

mapping "aws_glue_partition_index" {
  service = "Delta Lake (Fabric lakehouse or Azure Databricks)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/databricks/delta/data-skipping"
  note    = "Partition pruning and file statistics in the Delta log (data skipping, Z-ordering or liquid clustering) replace partition indexes; there is nothing to create."
}

mapping "aws_glue_resource_policy" {
  service = "Azure Databricks Unity Catalog privileges"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/manage-privileges/"
  note    = "Catalog access is granted per securable (GRANT on catalogs, schemas and tables to Entra users, groups and service principals) in Unity Catalog, or with Fabric item permissions and OneLake security; there is no catalog-wide policy document, and cross-account access becomes Delta Sharing or cross-tenant sharing."
}

mapping "aws_glue_security_configuration" {
  cloudformation = ["AWS::Glue::SecurityConfiguration"]
  service        = "Azure Storage and Data Factory encryption"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/data-factory/enable-customer-managed-key"
  note           = "Encryption of job output, logs and bookmarks is a property of where data lands: storage accounts and Log Analytics always encrypt at rest, with customer-managed Key Vault keys set on the storage account (azurerm_storage_account_customer_managed_key), the factory (azurerm_data_factory_customer_managed_key) or the Databricks workspace."
}

mapping "aws_glue_trigger" {
  cloudformation = ["AWS::Glue::Trigger"]
  service        = "Azure Data Factory triggers"
  status         = "partial"
  azurerm        = ["azurerm_data_factory_trigger_schedule"]
  arm            = ["Microsoft.DataFactory/factories/triggers"]
  requires       = ["azurerm_data_factory_pipeline"]
  link           = "https://learn.microsoft.com/azure/data-factory/concepts-pipeline-execution-triggers"
  note           = "Triggers start pipelines, not jobs: wrap each Glue job in a pipeline activity. Scheduled triggers become schedule triggers (cron becomes a recurrence with hours and minutes); Glue cron expressions are UTC, while schedule triggers take a time zone."

  target "conditional" {
    when    = try(upper(self.type), upper(self.Type), "") == "CONDITIONAL"
    service = "Azure Data Factory pipeline dependencies"
    status  = "implicit"
    azurerm = ["azurerm_data_factory_pipeline"]
    arm     = ["Microsoft.DataFactory/factories/pipelines"]
    link    = "https://learn.microsoft.com/azure/data-factory/tutorial-pipeline-failure-error-handling"
    note    = "A conditional trigger (run when other jobs succeed or fail) becomes activity dependency conditions (Succeeded, Failed, Completed) inside one pipeline, or an Execute Pipeline activity; there is no separate trigger resource."
  }

  target "event" {
    when    = try(upper(self.type), upper(self.Type), "") == "EVENT"
    service = "Azure Data Factory event triggers"
    status  = "partial"
    azurerm = ["azurerm_data_factory_trigger_blob_event", "azurerm_data_factory_trigger_custom_event"]
    arm     = ["Microsoft.DataFactory/factories/triggers"]
    link    = "https://learn.microsoft.com/azure/data-factory/how-to-create-event-trigger"
    note    = "An EventBridge-driven trigger becomes a storage event trigger (blob created or deleted) or a custom event trigger on an Event Grid topic; event batching (batch size and window) has no equivalent."
  }

  target "on-demand" {
    when    = try(upper(self.type), upper(self.Type), "") == "ON_DEMAND"
    service = "Azure Data Factory"
    status  = "implicit"
    azurerm = ["azurerm_data_factory_pipeline"]
    arm     = ["Microsoft.DataFactory/factories/pipelines"]
    link    = "https://learn.microsoft.com/azure/data-factory/concepts-pipeline-execution-triggers"
    note    = "An on-demand trigger needs no resource: pipelines are run manually, from the REST API or SDK, or from another pipeline."
  }
}

mapping "aws_glue_user_defined_function" {
  service = "Azure Databricks Unity Catalog functions or Spark UDFs"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/databricks/udf/"
  note    = "Catalog-registered Hive UDFs become SQL or Python functions in Unity Catalog (CREATE FUNCTION) or session UDFs in Spark code; Java UDF JARs must be uploaded to a volume or workspace and re-registered."
}

mapping "aws_glue_workflow" {
  cloudformation = ["AWS::Glue::Workflow"]
  service        = "Azure Data Factory pipelines"
  status         = "partial"
  azurerm        = ["azurerm_data_factory_pipeline"]
  arm            = ["Microsoft.DataFactory/factories/pipelines"]
  link           = "https://learn.microsoft.com/azure/data-factory/concepts-pipelines-activities"
  note           = "A workflow's graph of triggers, crawlers and jobs becomes a pipeline of activities with dependency conditions (or Databricks multi-task jobs); workflow run properties become pipeline parameters and variables."
}

mapping "AWS::Glue::CustomEntityType" {
  service = "Microsoft Purview (custom classifications)"
  status  = "partial"
  link    = "https://learn.microsoft.com/purview/create-a-custom-classification-and-classification-rule"
  note    = "A custom entity type for sensitive-data detection becomes a custom classification with a regular-expression classification rule in Purview, applied by scans; it is configured in the Purview portal or API, not ARM."
}

mapping "AWS::Glue::Integration" {
  service = "Microsoft Fabric mirroring"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/mirroring/overview"
  note    = "Zero-ETL replication into the lakehouse becomes a Fabric mirrored database, which replicates supported sources (Azure SQL, Cosmos DB, PostgreSQL, Snowflake and others) continuously into OneLake as Delta tables; it is a Fabric item, not an ARM resource, and the supported sources differ."
}

mapping "AWS::Glue::IntegrationResourceProperty" {
  service = "Microsoft Fabric mirroring"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/mirroring/overview"
  note    = "Source and target settings of a zero-ETL integration are part of the mirrored database definition and its connection in Fabric."
}

mapping "AWS::Glue::SchemaVersion" {
  service = "Azure Event Hubs Schema Registry"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note    = "Schema versions are registered in a schema group through the data-plane SDK or REST API (or by the serializer on first use), not as ARM resources."
}

data "aws_glue_catalog" {
  service = "Azure Databricks Unity Catalog or Microsoft Fabric"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  note    = "Catalogs are looked up with the databricks provider (Unity Catalog) or the Fabric API; azurerm has no catalog data source."
}

data "aws_glue_catalog_table" {
  service = "Azure Databricks Unity Catalog or Microsoft Fabric"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/data-engineering/lakehouse-overview"
  note    = "Table schemas are read from the engine (the databricks provider's table data sources, or INFORMATION_SCHEMA in Fabric), not from ARM."
}

data "aws_glue_connection" {
  service = "Azure Data Factory linked services"
  status  = "partial"
  azurerm = ["azurerm_data_factory"]
  link    = "https://learn.microsoft.com/azure/data-factory/concepts-linked-services"
  note    = "azurerm can look up the factory but has no linked-service data source: reference linked services by name within the factory, and read secrets from Key Vault (azurerm_key_vault_secret)."
}

data "aws_glue_data_catalog_encryption_settings" {
  service = "Azure Databricks customer-managed keys"
  status  = "implicit"
  azurerm = ["azurerm_databricks_workspace"]
  link    = "https://learn.microsoft.com/azure/databricks/security/keys/customer-managed-keys"
  note    = "Encryption settings are attributes of the Databricks workspace (its customer-managed key settings)."
}

data "aws_glue_registry" {
  service = "Azure Event Hubs Schema Registry"
  status  = "partial"
  azurerm = ["azurerm_eventhub_namespace"]
  link    = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note    = "There is no schema group data source: look up the Event Hubs namespace and address the schema group by name."
}

data "aws_glue_script" {
  service = "Azure Data Factory data flows"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-factory/concepts-data-flow-overview"
  note    = "Nothing generates ETL code from a DAG at plan time: build the transformation as a Data Factory or Fabric data flow, or write the Spark code directly."
}

mapping "AWS::Glue::IdentityCenterConfiguration" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  note    = "Azure Databricks, Fabric and Purview authenticate users with Microsoft Entra ID natively, so user identities reach the catalog without a separate identity-propagation setting; grant catalog permissions to Entra users and groups."
}

mapping "AWS::Glue::SchemaVersionMetadata" {
  service = "Azure Event Hubs Schema Registry"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note    = "Schema versions in a schema group carry no custom key-value metadata: keep such annotations in the schema document itself (for example Avro doc or custom attributes) or in source control."
}

mapping "AWS::Glue::UsageProfile" {
  service = "Azure Databricks compute policies"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/databricks/admin/clusters/policies"
  note    = "Default and allowed values for worker type, worker count and timeouts become Azure Databricks compute policies assigned to users or groups (managed with the databricks provider, not azurerm). Data Factory pipelines have no per-user limits; enforce VM sizes there with Azure Policy."
}
