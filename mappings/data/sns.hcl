# Amazon SNS → Azure Event Grid (default), Service Bus topics, Communication Services.

mapping "aws_sns_topic" {
  cloudformation = ["AWS::SNS::Topic"]
  service        = "Azure Event Grid"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_topic"]
  arm            = ["Microsoft.EventGrid/topics"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  note           = "SNS splits across Azure services by use: push fan-out to functions, queues and webhooks → Event Grid topic; durable pub/sub with per-subscriber filters and sessions → Service Bus topic; e-mail and SMS to people → Azure Communication Services or Azure Monitor action groups."

  target "fifo" {
    when     = try(tostring(try(self.fifo_topic, self.FifoTopic)) == "true", false)
    service  = "Azure Service Bus topics"
    status   = "direct"
    azurerm  = ["azurerm_servicebus_topic"]
    arm      = ["Microsoft.ServiceBus/namespaces/topics"]
    requires = ["azurerm_servicebus_namespace"]
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/message-sessions"
    note     = "A FIFO topic becomes a Service Bus topic whose subscriptions require sessions (the message group ID becomes the session ID); duplicate detection replaces content-based deduplication."
  }

  caveat "customer-managed-key" {
    when     = can(self.kms_master_key_id) || can(self.KmsMasterKeyId)
    severity = "info"
    message  = "Event Grid encrypts at rest with Microsoft-managed keys; if messages must be encrypted with your own Key Vault key, use a Service Bus Premium topic, which supports customer-managed keys."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/configure-customer-managed-key"
  }

  caveat "archive-policy" {
    when     = can(self.archive_policy) || can(self.ArchivePolicy)
    severity = "warning"
    message  = "Message archiving and replay has no counterpart in Event Grid or Service Bus topics: keep a copy of published messages yourself (for example an Event Hubs subscriber with Capture to Blob Storage) and write a tool that republishes them."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
  }

  caveat "delivery-status-logging" {
    when     = can(self.application_failure_feedback_role_arn) || can(self.http_failure_feedback_role_arn) || can(self.lambda_failure_feedback_role_arn) || can(self.sqs_failure_feedback_role_arn) || can(self.firehose_failure_feedback_role_arn) || can(self.application_success_feedback_role_arn) || can(self.http_success_feedback_role_arn) || can(self.lambda_success_feedback_role_arn) || can(self.sqs_success_feedback_role_arn) || can(self.firehose_success_feedback_role_arn) || can(self.DeliveryStatusLogging)
    severity = "info"
    message  = "Delivery status logging becomes a diagnostic setting on the Event Grid topic that sends delivery and publish failure logs to Log Analytics; successful deliveries are seen through metrics, not per-message logs. No IAM role is needed."
    link     = "https://learn.microsoft.com/azure/event-grid/diagnostic-logs"
  }
}

mapping "aws_sns_topic_subscription" {
  cloudformation = ["AWS::SNS::Subscription"]
  service        = "Azure Event Grid"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_event_subscription"]
  arm            = ["Microsoft.EventGrid/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/event-grid/event-handlers"
  note           = "An event subscription whose endpoint matches the protocol: lambda → azure_function_endpoint, sqs → service_bus_queue_endpoint_id or storage_queue_endpoint, http/https → webhook_endpoint, firehose → eventhub_endpoint_id."

  target "notification" {
    when    = contains(["email", "email-json", "sms", "application"], try(lower(self.protocol), lower(self.Protocol), ""))
    service = "Azure Communication Services or Azure Monitor action groups"
    status  = "partial"
    azurerm = ["azurerm_communication_service", "azurerm_email_communication_service"]
    arm     = ["Microsoft.Communication/communicationServices", "Microsoft.Communication/emailServices"]
    link    = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-overview"
    note    = "Event Grid doesn't send e-mail, SMS or mobile push: send through Azure Communication Services (from a function subscribed to the topic), Notification Hubs for mobile push, or Azure Monitor action groups for operational alerts."
  }

  caveat "filter-policy" {
    when     = can(self.filter_policy) || can(self.FilterPolicy)
    severity = "info"
    message  = "Filter policies become Event Grid advanced filters on the event data (at most 25 filters and 25 filter values in total per subscription), or SQL filter rules on a Service Bus subscription."
    link     = "https://learn.microsoft.com/azure/event-grid/event-filtering"
  }

  caveat "redrive-policy" {
    when     = can(self.redrive_policy) || can(self.RedrivePolicy)
    severity = "info"
    message  = "The subscription's dead-letter queue becomes the event subscription's dead-letter destination, which is a Blob Storage container, not a queue: set storage_blob_dead_letter_destination and have the reprocessing job read blobs instead of SQS messages."
    link     = "https://learn.microsoft.com/azure/event-grid/manage-event-delivery"
  }

  caveat "delivery-policy" {
    when     = can(self.delivery_policy) || can(self.DeliveryPolicy)
    severity = "info"
    message  = "A custom HTTP delivery policy becomes the event subscription's retry_policy (maximum delivery attempts and event time to live, 30 attempts and 1,440 minutes by default); Event Grid picks the backoff itself, so retry intervals and throttling settings don't carry over."
    link     = "https://learn.microsoft.com/azure/event-grid/delivery-and-retry"
  }

  caveat "raw-message-delivery" {
    when     = try(tostring(try(self.raw_message_delivery, self.RawMessageDelivery)) == "true", false)
    severity = "info"
    message  = "Event Grid delivers events in an envelope (Event Grid or CloudEvents schema) unless the topic takes a custom input schema and delivers in it: consumers that received raw messages must read the payload from the event's data field, or the topic must use a custom input schema."
    link     = "https://learn.microsoft.com/azure/event-grid/cloud-event-schema"
  }
}

mapping "aws_sns_topic_policy" {
  cloudformation = ["AWS::SNS::TopicPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/event-grid/security-authorization"
  note           = "The topic policy becomes role assignments on the topic (EventGrid Data Sender for publishers, EventGrid EventSubscription Contributor for subscribers)."
}

mapping "aws_sns_topic_data_protection_policy" {
  service = "Azure AI Language (PII detection)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/personally-identifiable-information/overview"
  note    = "Event Grid and Service Bus don't inspect message content: detect, mask or block personal data in the publisher (for example with the Azure AI Language PII detection API) before sending, and use Microsoft Purview to discover sensitive data at rest."
}

data "aws_sns_topic" {
  service = "Azure Event Grid"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_topic"]
  link    = "https://learn.microsoft.com/azure/event-grid/custom-topics"
  note    = "Looks up the Event Grid topic that replaces the SNS topic by name and resource group (endpoint, access keys); a Service Bus topic target reads with azurerm_servicebus_topic."
}

mapping "aws_sns_platform_application" {
  service  = "Azure Notification Hubs"
  status   = "partial"
  azurerm  = ["azurerm_notification_hub"]
  arm      = ["Microsoft.NotificationHubs/namespaces/notificationHubs"]
  requires = ["azurerm_notification_hub_namespace"]
  link     = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-push-notification-overview"
  note     = "A platform application becomes a notification hub holding the platform credentials (apns_credential, or FCM v1 and other platform credentials set through the portal or ARM). Platform endpoints become device installations registered with the hub, and publishing goes through the hub's send API instead of an SNS topic."
}

mapping "aws_sns_sms_preferences" {
  service = "Azure Communication Services SMS"
  status  = "partial"
  azurerm = ["azurerm_communication_service"]
  arm     = ["Microsoft.Communication/communicationServices"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note    = "Account-wide SMS settings have no single resource: the sender is the phone number, short code or alphanumeric sender ID acquired for the Communication Services resource, delivery reports arrive as Event Grid events, and a monthly spend limit becomes a Cost Management budget with alerts (it does not stop sending)."
}

mapping "AWS::SNS::TopicInlinePolicy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/event-grid/security-authorization"
  note    = "The inline topic policy becomes role assignments on the topic (EventGrid Data Sender for publishers, EventGrid EventSubscription Contributor for subscribers)."
}
