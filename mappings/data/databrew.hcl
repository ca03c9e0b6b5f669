# AWS Glue DataBrew → Azure Data Factory mapping data flows (visual, code-free data preparation).

mapping "AWS::DataBrew::Dataset" {
  service  = "Azure Data Factory"
  status   = "partial"
  azurerm  = ["azurerm_data_factory_dataset_delimited_text", "azurerm_data_factory_dataset_parquet", "azurerm_data_factory_dataset_json"]
  arm      = ["Microsoft.DataFactory/factories/datasets"]
  requires = ["azurerm_data_factory"]
  link     = "https://learn.microsoft.com/azure/data-factory/concepts-datasets-linked-services"
  note     = "A DataBrew dataset becomes a Data Factory dataset of the matching format (delimited text, Parquet, JSON, or a database table) over a linked service to the store; S3 paths become Blob Storage or Data Lake Storage locations."
}

mapping "AWS::DataBrew::Recipe" {
  service  = "Azure Data Factory mapping data flows"
  status   = "partial"
  azurerm  = ["azurerm_data_factory_data_flow"]
  arm      = ["Microsoft.DataFactory/factories/dataflows"]
  requires = ["azurerm_data_factory"]
  link     = "https://learn.microsoft.com/azure/data-factory/concepts-data-flow-overview"
  note     = "Recipe steps are rebuilt as transformations of a mapping data flow (or a Power Query activity); there is no import of DataBrew recipes, and some of the 250 built-in DataBrew transforms need expressions or derived columns."
}

mapping "AWS::DataBrew::Job" {
  service  = "Azure Data Factory"
  status   = "partial"
  azurerm  = ["azurerm_data_factory_pipeline"]
  arm      = ["Microsoft.DataFactory/factories/pipelines"]
  requires = ["azurerm_data_factory"]
  link     = "https://learn.microsoft.com/azure/data-factory/control-flow-execute-data-flow-activity"
  note     = "A recipe job becomes a pipeline that runs the data flow (Execute Data Flow activity) on Spark compute sized by core count instead of DataBrew nodes; outputs become the data flow's sinks."

  caveat "profile-job" {
    when     = try(upper(self.Type), "") == "PROFILE"
    severity = "warning"
    message  = "Profile jobs (column statistics and data quality reports) have no Data Factory counterpart: use Microsoft Purview data quality and profiling, or compute statistics in a data flow or Spark notebook."
    link     = "https://learn.microsoft.com/azure/data-factory/concepts-data-flow-overview"
  }
}

mapping "AWS::DataBrew::Schedule" {
  service  = "Azure Data Factory"
  status   = "direct"
  azurerm  = ["azurerm_data_factory_trigger_schedule"]
  arm      = ["Microsoft.DataFactory/factories/triggers"]
  requires = ["azurerm_data_factory"]
  link     = "https://learn.microsoft.com/azure/data-factory/how-to-create-schedule-trigger"
  note     = "A schedule trigger starts the pipeline that replaced the job; the cron expression becomes a frequency, interval and schedule (hours, minutes, week days) in a chosen time zone."
}

mapping "AWS::DataBrew::Project" {
  service = "Azure Data Factory mapping data flows"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-factory/concepts-data-flow-debug-mode"
  note    = "A project is DataBrew's interactive session over a dataset sample; Data Factory has no resource for it: authors build the data flow in the studio with debug mode, which previews transformed sample data on a temporary Spark cluster."
}

mapping "AWS::DataBrew::Ruleset" {
  service = "Azure Data Factory mapping data flows"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/data-factory/data-flow-assert"
  note    = "Data quality rules become assert transformations inside the data flow (expectations that fail or flag rows), or Microsoft Purview data quality rules for catalog-wide checks; there is no standalone rule set resource."
}
