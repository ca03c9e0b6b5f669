# Amazon Managed Service for Apache Flink (Kinesis Analytics v2) → Azure Stream Analytics
# (rewrite), or Apache Flink run yourself on AKS: Azure offers no managed Flink.

mapping "aws_kinesisanalyticsv2_application" {
  cloudformation = ["AWS::KinesisAnalyticsV2::Application"]
  service        = "Azure Stream Analytics"
  status         = "partial"
  azurerm        = ["azurerm_stream_analytics_job"]
  arm            = ["Microsoft.StreamAnalytics/streamingjobs"]
  link           = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  note           = "Azure has no managed Apache Flink. A streaming application becomes a Stream Analytics job (SQL-like query with Event Hubs inputs and Event Hubs, storage, database or function outputs) when its logic fits, or keeps Flink by running it on AKS with the Flink Kubernetes operator. Kinesis sources and sinks become Event Hubs, which also accepts Kafka clients."

  caveat "flink-rewrite" {
    when     = !startswith(try(upper(self.runtime_environment), upper(self.RuntimeEnvironment), ""), "SQL")
    severity = "warning"
    message  = "A Flink application (Java, Scala or Python) cannot run on Stream Analytics: rewrite it as a Stream Analytics query with JavaScript or C# user-defined functions, or operate Flink yourself on AKS (checkpoints to Blob Storage, Event Hubs through its Kafka endpoint)."
    link     = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-window-functions"
  }
}

mapping "aws_kinesisanalyticsv2_application_snapshot" {
  service = "Azure Stream Analytics"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-concepts-checkpoint-replay"
  note    = "Stream Analytics keeps its own internal checkpoints and offers no user-managed snapshots: restart a job from a chosen output start time instead. With self-managed Flink on AKS, snapshots become Flink savepoints written to Blob Storage."
}

mapping "AWS::KinesisAnalyticsV2::ApplicationOutput" {
  service = "Azure Stream Analytics"
  status  = "partial"
  azurerm = ["azurerm_stream_analytics_output_eventhub", "azurerm_stream_analytics_output_blob", "azurerm_stream_analytics_output_function"]
  arm     = ["Microsoft.StreamAnalytics/streamingjobs/outputs"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-define-outputs"
  note    = "An output of a SQL application becomes an output of the Stream Analytics job: a Kinesis stream becomes an Event Hubs output, a Firehose stream a Blob Storage or Data Lake output, a Lambda function an Azure Functions output. Flink applications declare sinks in code and keep them there."
}

mapping "AWS::KinesisAnalyticsV2::ApplicationReferenceDataSource" {
  service = "Azure Stream Analytics"
  status  = "partial"
  azurerm = ["azurerm_stream_analytics_reference_input_blob"]
  arm     = ["Microsoft.StreamAnalytics/streamingjobs/inputs"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-use-reference-data"
  note    = "An S3 reference data object becomes a Blob Storage reference input of the Stream Analytics job, joined in the query; a path pattern with date and time lets the job pick up refreshed copies, and Azure SQL Database can serve as the reference source instead."
}

mapping "AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption" {
  service = "Azure Monitor diagnostic settings"
  status  = "direct"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-job-diagnostic-logs"
  note    = "Sending application logs to a CloudWatch log stream becomes a diagnostic setting on the Stream Analytics job that sends its execution and authoring logs to a Log Analytics workspace."
}
