# Amazon Kinesis Data Analytics (SQL applications, v1) → Azure Stream Analytics.

mapping "aws_kinesis_analytics_application" {
  service = "Azure Stream Analytics"
  status  = "partial"
  azurerm = ["azurerm_stream_analytics_job"]
  arm     = ["Microsoft.StreamAnalytics/streamingjobs"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  note    = "A SQL application becomes a Stream Analytics job: the Kinesis input becomes an Event Hubs input, in-application streams become steps of one query (WITH clauses), reference data in S3 becomes a Blob Storage reference input, and outputs become Event Hubs, Functions or database outputs."

  caveat "sql-rewrite" {
    severity = "warning"
    message  = "The application SQL must be rewritten in the Stream Analytics query language: pumps and in-application streams become WITH steps, and windowed aggregations use tumbling, hopping, sliding or session windows with TIMESTAMP BY for event time."
    link     = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-window-functions"
  }
}
