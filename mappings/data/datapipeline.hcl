# AWS Data Pipeline → Azure Data Factory.

mapping "aws_datapipeline_pipeline" {
  cloudformation = ["AWS::DataPipeline::Pipeline"]
  service        = "Azure Data Factory"
  status         = "partial"
  azurerm        = ["azurerm_data_factory_pipeline"]
  arm            = ["Microsoft.DataFactory/factories/pipelines"]
  requires       = ["azurerm_data_factory"]
  link           = "https://learn.microsoft.com/azure/data-factory/introduction"
  note           = "A pipeline becomes a Data Factory pipeline, rebuilt rather than converted: data nodes become datasets over linked services, copy activities become Copy activities, schedules become schedule triggers (azurerm_data_factory_trigger_schedule), and preconditions become activity dependencies or validation activities. Data Pipeline launched its own EC2 or EMR resources to run work; Data Factory runs copies on its integration runtime and hands other work to compute you choose (Azure Batch custom activities, Databricks, HDInsight, or stored procedures). AWS Data Pipeline is in maintenance mode, so migration is the expected path."

  caveat "shell-and-emr-activities" {
    when     = can(regex("ShellCommandActivity|EmrActivity|HiveActivity|PigActivity|HadoopActivity", jsonencode(try(self.PipelineObjects, []))))
    severity = "warning"
    message  = "Shell command and EMR-based activities need a compute target on Azure: run scripts as Azure Batch custom activities (or Azure Functions), and Hive, Pig or Hadoop work on Databricks or HDInsight activities; the code must be ported."
    link     = "https://learn.microsoft.com/azure/data-factory/transform-data"
  }
}

mapping "aws_datapipeline_pipeline_definition" {
  service = "Azure Data Factory"
  status  = "implicit"
  azurerm = ["azurerm_data_factory_pipeline"]
  arm     = ["Microsoft.DataFactory/factories/pipelines"]
  link    = "https://learn.microsoft.com/azure/data-factory/concepts-pipelines-activities"
  note    = "The pipeline objects become the content of the Data Factory pipeline (activities_json and parameters of azurerm_data_factory_pipeline) plus its datasets, linked services and triggers; parameter objects and values become pipeline parameters. The definition is rewritten, not converted."
}

data "aws_datapipeline_pipeline" {
  service = "Azure Data Factory"
  status  = "partial"
  azurerm = ["azurerm_data_factory"]
  link    = "https://learn.microsoft.com/azure/data-factory/introduction"
  note    = "azurerm has no pipeline data source: look up the data factory that holds the pipeline and reference the pipeline by name."
}

data "aws_datapipeline_pipeline_definition" {
  service = "Azure Data Factory"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/data-factory/concepts-pipelines-activities"
  note    = "A pipeline's activities cannot be read with an azurerm data source: keep the pipeline JSON in source control (Data Factory Git integration) and reference it from there."
}
