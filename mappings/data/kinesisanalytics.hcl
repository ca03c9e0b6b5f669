# Amazon Kinesis Data Analytics (SQL applications, v1) → Azure Stream Analytics.

mapping "aws_kinesis_analytics_application" {
  cloudformation = ["AWS::KinesisAnalytics::Application"]
  service        = "Azure Stream Analytics"
  status         = "partial"
  azurerm        = ["azurerm_stream_analytics_job"]
  arm            = ["Microsoft.StreamAnalytics/streamingjobs"]
  link           = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  note           = "A SQL application becomes a Stream Analytics job: the Kinesis input becomes an Event Hubs input, in-application streams become steps of one query (WITH clauses), reference data in S3 becomes a Blob Storage reference input, and outputs become Event Hubs, Functions or database outputs."

  caveat "sql-rewrite" {
    severity = "warning"
    message  = "The application SQL must be rewritten in the Stream Analytics query language: pumps and in-application streams become WITH steps, and windowed aggregations use tumbling, hopping, sliding or session windows with TIMESTAMP BY for event time."
    link     = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-window-functions"
  }
}

mapping "AWS::KinesisAnalytics::ApplicationOutput" {
  service = "Azure Stream Analytics outputs"
  status  = "direct"
  azurerm = ["azurerm_stream_analytics_output_eventhub", "azurerm_stream_analytics_output_function", "azurerm_stream_analytics_output_blob"]
  arm     = ["Microsoft.StreamAnalytics/streamingjobs/outputs"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-define-outputs"
  note    = "An application output becomes an output of the Stream Analytics job: a Kinesis stream or Firehose destination becomes an Event Hubs (or Blob Storage) output, a Lambda destination an Azure Functions output. The query's INTO clause names the output in place of the in-application stream."
}

mapping "AWS::KinesisAnalytics::ApplicationReferenceDataSource" {
  service = "Azure Stream Analytics reference inputs"
  status  = "direct"
  azurerm = ["azurerm_stream_analytics_reference_input_blob"]
  arm     = ["Microsoft.StreamAnalytics/streamingjobs/inputs"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-use-reference-data"
  note    = "An S3 reference data object becomes a Blob Storage reference input (CSV or JSON) joined in the query; Stream Analytics can also reload it on a path pattern schedule or read it from Azure SQL Database."
}
