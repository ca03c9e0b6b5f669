# Amazon Managed Service for Apache Flink (Kinesis Analytics v2) → Azure Stream Analytics
# (rewrite), or Apache Flink run yourself on AKS: Azure offers no managed Flink.

mapping "aws_kinesisanalyticsv2_application" {
  service = "Azure Stream Analytics"
  status  = "partial"
  azurerm = ["azurerm_stream_analytics_job"]
  arm     = ["Microsoft.StreamAnalytics/streamingjobs"]
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  note    = "Azure has no managed Apache Flink. A streaming application becomes a Stream Analytics job (SQL-like query with Event Hubs inputs and Event Hubs, storage, database or function outputs) when its logic fits, or keeps Flink by running it on AKS with the Flink Kubernetes operator. Kinesis sources and sinks become Event Hubs, which also accepts Kafka clients."

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
