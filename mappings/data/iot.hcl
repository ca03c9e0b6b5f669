# AWS IoT Core rules → Azure IoT Hub message routing.

mapping "aws_iot_topic_rule" {
  cloudformation = ["AWS::IoT::TopicRule"]
  service        = "Azure IoT Hub message routing"
  status         = "partial"
  azurerm        = ["azurerm_iothub_route"]
  arm            = ["Microsoft.Devices/IotHubs"]
  requires       = ["azurerm_iothub"]
  link           = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-messages-d2c"
  note           = "A topic rule becomes a route: the rule's WHERE clause becomes the route condition (a query on message properties, body and twin), and each action becomes a custom endpoint (azurerm_iothub_endpoint_eventhub, _servicebus_queue, _servicebus_topic, _storage_container or _cosmosdb_account). Actions on other services (Lambda, DynamoDB, SNS, HTTP) go through an Event Hubs or Service Bus endpoint to an Azure Function. IoT Hub routes device-to-cloud messages, not arbitrary MQTT topics; for topic-based pub/sub between clients, the Event Grid MQTT broker is the closer match."

  caveat "sql-transformation" {
    when     = try(lower(self.sql), lower(self.TopicRulePayload.Sql), "") != "" && !can(regex("^\\s*select\\s+\\*\\s+from", try(lower(self.sql), lower(self.TopicRulePayload.Sql), "")))
    severity = "warning"
    message  = "The rule selects or computes fields, but IoT Hub routing can only filter and forward whole messages (message enrichments add properties, not transformations): move projections and functions into Azure Stream Analytics or an Azure Function behind the route. Routing on the body also needs JSON messages sent with UTF-8 encoding and an application/json content type."
    link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-routing-query-syntax"
  }

  caveat "republish" {
    when     = try(length(self.republish), 0) > 0 || try(anytrue([for a in try(self.TopicRulePayload.Actions, []) : can(a.Republish)]), false)
    severity = "warning"
    message  = "Routes can't publish back to device topics: send cloud-to-device messages or direct methods from a function behind the route, or use the Event Grid MQTT broker, whose routing and topic spaces support client-to-client messaging."
    link     = "https://learn.microsoft.com/azure/event-grid/mqtt-overview"
  }

  caveat "error-action" {
    when     = try(length(self.error_action), 0) > 0 || can(self.TopicRulePayload.ErrorAction)
    severity = "info"
    message  = "There is no per-rule error action: IoT Hub retries delivery to an unhealthy endpoint for a limited time and then drops the messages, and a fallback route (azurerm_iothub_fallback_route) only catches messages that match no route. Monitor endpoint health with IoT Hub metrics and resource logs."
    link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-messages-d2c"
  }
}
