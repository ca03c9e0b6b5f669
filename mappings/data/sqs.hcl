# Amazon SQS → Azure Service Bus queues (default) or Azure Queue Storage.

mapping "aws_sqs_queue" {
  cloudformation = ["AWS::SQS::Queue"]
  service        = "Azure Service Bus"
  status         = "direct"
  azurerm        = ["azurerm_servicebus_queue"]
  arm            = ["Microsoft.ServiceBus/namespaces/queues"]
  requires       = ["azurerm_servicebus_namespace"]
  link           = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-messaging-overview"
  note           = "A queue lives in a Service Bus namespace whose tier (Basic, Standard, Premium) sets features and limits. For very large, simple queues with no ordering or dead-lettering needs, Azure Queue Storage (azurerm_storage_queue) is the cheaper alternative."

  target "storage-queue" {
    when     = try(tonumber(try(self.max_message_size, self.MaximumMessageSize)) <= 65536, false) ? !(try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false) || can(self.redrive_policy) || can(self.RedrivePolicy) || try(tostring(try(self.content_based_deduplication, self.ContentBasedDeduplication)) == "true", false)) : false
    service  = "Azure Queue Storage"
    status   = "direct"
    azurerm  = ["azurerm_storage_queue"]
    arm      = ["Microsoft.Storage/storageAccounts/queueServices/queues"]
    requires = ["azurerm_storage_account"]
    link     = "https://learn.microsoft.com/azure/storage/queues/storage-queues-introduction"
    note     = "The queue caps messages at 64 KB and uses no FIFO ordering, deduplication or dead-letter queue, which is what Queue Storage offers at a lower price: a queue in a storage account, messages of up to 64 KB, a visibility timeout of up to 7 days and a time to live set per message (7 days unless the sender sets another, -1 for never). Choose a Service Bus queue instead if you later need sessions, dead-lettering or larger messages."
  }

  caveat "fifo-sessions" {
    when     = try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false)
    severity = "warning"
    message  = "FIFO ordering becomes Service Bus sessions: set requires_session = true on the queue (Standard or Premium tier) and send a session ID (the message group ID) with every message."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/message-sessions"
  }

  caveat "deduplication" {
    when     = try(tostring(try(self.content_based_deduplication, self.ContentBasedDeduplication)) == "true", false)
    severity = "info"
    message  = "Content-based deduplication has no direct match: enable requires_duplicate_detection and set a MessageId derived from the content; Service Bus deduplicates on MessageId within the detection window."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/duplicate-detection"
  }

  caveat "visibility-timeout" {
    when     = (try(tonumber(try(self.max_message_size, self.MaximumMessageSize)) <= 65536, false) ? !(try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false) || can(self.redrive_policy) || can(self.RedrivePolicy) || try(tostring(try(self.content_based_deduplication, self.ContentBasedDeduplication)) == "true", false)) : false) ? false : try(tonumber(try(self.visibility_timeout_seconds, self.VisibilityTimeout)) > 300, false)
    severity = "warning"
    message  = "The visibility timeout is above 5 minutes, the maximum Service Bus lock duration: consumers that work longer must renew the message lock (the SDK processors can do it automatically)."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/message-transfers-locks-settlement"
  }

  caveat "message-size" {
    when     = try(tonumber(try(self.max_message_size, self.MaximumMessageSize)) > 262144, false)
    severity = "warning"
    message  = "Messages larger than 256 KB need the Service Bus Premium tier (up to 100 MB); Standard caps messages at 256 KB."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-premium-messaging"
  }

  caveat "delivery-delay" {
    when     = (try(tonumber(try(self.max_message_size, self.MaximumMessageSize)) <= 65536, false) ? !(try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false) || can(self.redrive_policy) || can(self.RedrivePolicy) || try(tostring(try(self.content_based_deduplication, self.ContentBasedDeduplication)) == "true", false)) : false) ? false : try(tonumber(try(self.delay_seconds, self.DelaySeconds)) > 0, false)
    severity = "info"
    message  = "Service Bus has no queue-wide delivery delay: senders set a scheduled enqueue time on each message instead."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/message-sequencing"
  }

  caveat "dead-letter" {
    when     = can(self.redrive_policy) || can(self.RedrivePolicy)
    severity = "info"
    message  = "Every Service Bus queue has a built-in dead-letter subqueue: map maxReceiveCount to max_delivery_count and point consumers of the separate dead-letter queue at <queue>/$DeadLetterQueue."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-dead-letter-queues"
  }

  caveat "customer-managed-key" {
    when     = (try(tonumber(try(self.max_message_size, self.MaximumMessageSize)) <= 65536, false) ? !(try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false) || can(self.redrive_policy) || can(self.RedrivePolicy) || try(tostring(try(self.content_based_deduplication, self.ContentBasedDeduplication)) == "true", false)) : false) ? false : (can(self.kms_master_key_id) || can(self.KmsMasterKeyId))
    severity = "info"
    message  = "Service Bus always encrypts at rest; encryption with your own Key Vault key requires the Premium tier."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/configure-customer-managed-key"
  }

  caveat "retention" {
    when     = (try(tonumber(try(self.max_message_size, self.MaximumMessageSize)) <= 65536, false) ? !(try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false) || can(self.redrive_policy) || can(self.RedrivePolicy) || try(tostring(try(self.content_based_deduplication, self.ContentBasedDeduplication)) == "true", false)) : false) ? false : (can(self.message_retention_seconds) || can(self.MessageRetentionPeriod))
    severity = "info"
    message  = "SQS deletes messages after the retention period: set default_message_ttl on the Service Bus queue to the same duration (ISO 8601, for example P4D), and turn on dead_lettering_on_message_expiration if expired messages should be kept rather than dropped."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/message-expiration"
  }

  caveat "storage-queue-poison" {
    when     = try(tonumber(try(self.max_message_size, self.MaximumMessageSize)) <= 65536, false) ? !(try(tostring(try(self.fifo_queue, self.FifoQueue)) == "true", false) || can(self.redrive_policy) || can(self.RedrivePolicy) || try(tostring(try(self.content_based_deduplication, self.ContentBasedDeduplication)) == "true", false)) : false
    severity = "info"
    message  = "Queue Storage has no dead-letter queue or lock renewal: consumers must delete each message after processing and handle repeated failures themselves (the Azure Functions queue trigger moves a message to <queue>-poison after 5 failed attempts)."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-storage-queue-trigger"
  }
}

mapping "aws_sqs_queue_policy" {
  cloudformation = ["AWS::SQS::QueuePolicy", "AWS::SQS::QueueInlinePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-role-based-access-control"
  note           = "Service Bus has no resource policy document: grant Azure Service Bus Data Sender/Receiver roles to the identities that need access, scoped to the queue or namespace. Principals that are AWS services (SNS, EventBridge) become Event Grid subscriptions that deliver with a managed identity."

  caveat "service-principal" {
    when     = can(regex("amazonaws\\.com", try(self.policy, jsonencode(self.PolicyDocument))))
    severity = "info"
    message  = "The policy lets an AWS service (SNS, EventBridge, S3 …) send to the queue: on Azure the sender is an Event Grid subscription whose Service Bus destination delivers with a managed identity, so give that identity the Azure Service Bus Data Sender role on the queue; aws:SourceArn conditions become the choice of which topic or system topic the subscription belongs to."
    link     = "https://learn.microsoft.com/azure/event-grid/managed-service-identity"
  }
}

mapping "aws_sqs_queue_redrive_policy" {
  service = "Azure Service Bus"
  status  = "implicit"
  azurerm = ["azurerm_servicebus_queue"]
  arm     = ["Microsoft.ServiceBus/namespaces/queues"]
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-dead-letter-queues"
  note    = "Dead-lettering is built into every Service Bus queue: set max_delivery_count (and dead_lettering_on_message_expiration) on azurerm_servicebus_queue; no separate queue or policy is needed."
}

mapping "aws_sqs_queue_redrive_allow_policy" {
  service = "Azure Service Bus"
  status  = "implicit"
  azurerm = ["azurerm_servicebus_queue"]
  arm     = ["Microsoft.ServiceBus/namespaces/queues"]
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-dead-letter-queues"
  note    = "Each Service Bus queue owns its dead-letter subqueue, so there is nothing to allow-list."
}

data "aws_sqs_queue" {
  service = "Azure Service Bus"
  status  = "direct"
  azurerm = ["azurerm_servicebus_queue"]
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-queues-topics-subscriptions"
  note    = "Looks up a queue by name and namespace; clients connect to the namespace endpoint (from azurerm_servicebus_namespace) rather than a queue URL."
}

data "aws_sqs_queues" {
  service = "Azure Service Bus"
  status  = "partial"
  azurerm = ["azurerm_servicebus_queue"]
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-queues-topics-subscriptions"
  note    = "There is no list of queues in azurerm: look each queue up by name in its namespace."
}
