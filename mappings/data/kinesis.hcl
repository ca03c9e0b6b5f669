# Amazon Kinesis Data Streams and Data Firehose → Azure Event Hubs (Capture), Stream Analytics.

mapping "aws_kinesis_stream" {
  cloudformation = ["AWS::Kinesis::Stream"]
  service        = "Azure Event Hubs"
  status         = "direct"
  azurerm        = ["azurerm_eventhub"]
  arm            = ["Microsoft.EventHub/namespaces/eventhubs"]
  requires       = ["azurerm_eventhub_namespace"]
  link           = "https://learn.microsoft.com/azure/event-hubs/event-hubs-about"
  note           = "A stream becomes an event hub in a namespace: shards become partitions (fixed at creation except in Premium and Dedicated), throughput is bought per namespace (throughput or processing units), and each consuming application gets its own consumer group."

  caveat "retention" {
    when     = try(tonumber(try(self.retention_period, self.RetentionPeriodHours)) > 168, false)
    severity = "warning"
    message  = "Retention beyond 7 days needs the Premium or Dedicated tier (up to 90 days); for longer history, enable Capture to Blob Storage or Data Lake."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-quotas"
  }

  caveat "partition-count" {
    when     = try(tonumber(try(self.shard_count, self.ShardCount)) > 32, false)
    severity = "warning"
    message  = "More than 32 shards exceeds the Standard tier's 32 partitions per event hub: use Premium or Dedicated, or split the stream across event hubs."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-quotas"
  }

  caveat "on-demand" {
    when     = try(upper(self.stream_mode_details[0].stream_mode), upper(self.StreamModeDetails.StreamMode), "PROVISIONED") == "ON_DEMAND"
    severity = "info"
    message  = "On-demand capacity becomes auto-inflate of throughput units on a Standard namespace (scale up only) or processing units on Premium; partition count is still chosen up front."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-auto-inflate"
  }

  caveat "customer-managed-key" {
    when     = try(upper(self.encryption_type), upper(self.StreamEncryption.EncryptionType), "NONE") == "KMS"
    severity = "info"
    message  = "Event Hubs always encrypts at rest; encryption with your own Key Vault key needs the Premium or Dedicated tier."
    link     = "https://learn.microsoft.com/azure/event-hubs/configure-customer-managed-key"
  }

  caveat "record-size" {
    when     = try(tonumber(try(self.max_record_size_in_kib, self.MaxRecordSizeInKiB)) > 1024, false)
    severity = "warning"
    message  = "Records above 1 MiB don't fit: Event Hubs accepts at most 1 MB per event or batch (256 KB on Basic). Store large payloads in Blob Storage and send a reference to them (claim check)."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-quotas"
  }
}

mapping "aws_kinesis_stream_consumer" {
  cloudformation = ["AWS::Kinesis::StreamConsumer"]
  service        = "Azure Event Hubs"
  status         = "direct"
  azurerm        = ["azurerm_eventhub_consumer_group"]
  arm            = ["Microsoft.EventHub/namespaces/eventhubs/consumergroups"]
  link           = "https://learn.microsoft.com/azure/event-hubs/event-hubs-features"
  note           = "An enhanced fan-out consumer becomes a consumer group; consumers track their position with checkpoints in Blob Storage (the SDK's event processor)."
}

mapping "aws_kinesis_firehose_delivery_stream" {
  cloudformation = ["AWS::KinesisFirehose::DeliveryStream"]
  service        = "Azure Event Hubs Capture"
  status         = "partial"
  azurerm        = ["azurerm_eventhub"]
  arm            = ["Microsoft.EventHub/namespaces/eventhubs"]
  requires       = ["azurerm_eventhub_namespace", "azurerm_storage_account"]
  link           = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
  note           = "Delivery to object storage becomes an event hub with Capture (capture_description) writing time- or size-windowed files to Blob Storage or Data Lake Storage."

  target "stream-analytics" {
    when    = source == "terraform" ? !contains(["extended_s3", "s3"], try(lower(self.destination), "extended_s3")) : (can(self.HttpEndpointDestinationConfiguration) || can(self.SplunkDestinationConfiguration) || can(self.RedshiftDestinationConfiguration) || can(self.ElasticsearchDestinationConfiguration) || can(self.AmazonopensearchserviceDestinationConfiguration) || can(self.AmazonOpenSearchServerlessDestinationConfiguration) || can(self.SnowflakeDestinationConfiguration) || can(self.IcebergDestinationConfiguration))
    service = "Azure Stream Analytics"
    status  = "partial"
    azurerm = ["azurerm_stream_analytics_job"]
    arm     = ["Microsoft.StreamAnalytics/streamingjobs"]
    link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
    note    = "Delivery to a database, search cluster or HTTP endpoint becomes a Stream Analytics job reading from an event hub with the matching output (SQL, Cosmos DB, Azure Data Explorer, Functions for HTTP), or a function that forwards events."
  }

  caveat "transformation" {
    when     = can(self.extended_s3_configuration[0].processing_configuration[0]) || can(self.ExtendedS3DestinationConfiguration.ProcessingConfiguration)
    severity = "warning"
    message  = "Capture can't transform records: move Lambda transformation into Stream Analytics, a function between two event hubs, or the consumer."
    link     = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  }

  caveat "format-conversion" {
    when     = can(self.extended_s3_configuration[0].data_format_conversion_configuration[0]) || can(self.ExtendedS3DestinationConfiguration.DataFormatConversionConfiguration)
    severity = "info"
    message  = "Capture writes Avro (Parquet and Delta through the Stream Analytics no-code editor): Parquet or ORC conversion and dynamic partitioning need Stream Analytics or a downstream job."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
  }

  caveat "stream-source" {
    when     = can(self.kinesis_source_configuration[0]) || can(self.msk_source_configuration[0]) || can(self.KinesisStreamSourceConfiguration) || can(self.MSKSourceConfiguration)
    severity = "info"
    message  = "The delivery stream reads an existing Kinesis stream or MSK topic: enable Capture on the event hub that replaces that stream or topic instead of creating a second event hub, and check that the capture windows (time and size) suit the buffering you had."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
  }
}

data "aws_kinesis_stream" {
  service = "Azure Event Hubs"
  status  = "direct"
  azurerm = ["azurerm_eventhub"]
  link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-about"
  note    = "Looks up an event hub by name and namespace (partition count and IDs); shards become partitions."
}

data "aws_kinesis_stream_consumer" {
  service = "Azure Event Hubs"
  status  = "direct"
  azurerm = ["azurerm_eventhub_consumer_group"]
  link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-features"
  note    = "A registered consumer becomes a consumer group of the event hub, looked up by name."
}

mapping "aws_kinesis_resource_policy" {
  cloudformation = ["AWS::Kinesis::ResourcePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/event-hubs/authorize-access-azure-active-directory"
  note           = "Event Hubs has no resource policy document: grant the Azure Event Hubs Data Sender or Data Receiver role to the identities that need access, scoped to the event hub or namespace. Principals in other AWS accounts become identities of the other tenant or subscription, and service principals such as Firehose become managed identities of the replacing service."
}

data "aws_kinesis_firehose_delivery_stream" {
  service = "Azure Event Hubs Capture"
  status  = "partial"
  azurerm = ["azurerm_eventhub"]
  link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
  note    = "Looks up the event hub whose Capture replaces the delivery stream, by name, namespace and resource group; destinations other than storage belong to Stream Analytics jobs or functions, which are looked up separately."
}

mapping "aws_kinesis_account_settings" {
  service = "Azure Event Hubs"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/event-hubs-scalability"
  note    = "There is no account-wide throughput billing commitment: Event Hubs capacity is bought per namespace as throughput units (Standard), processing units (Premium) or capacity units of a Dedicated cluster, and a Dedicated cluster is the way to commit to a fixed amount of capacity."
}
