# Amazon MQ → Azure Service Bus (ActiveMQ brokers, through JMS 2.0 on Premium).
# RabbitMQ brokers have no managed Azure equivalent.

mapping "aws_mq_broker" {
  cloudformation = ["AWS::AmazonMQ::Broker"]
  service        = "Azure Service Bus"
  status         = "partial"
  azurerm        = ["azurerm_servicebus_namespace", "azurerm_servicebus_queue", "azurerm_servicebus_topic"]
  arm            = ["Microsoft.ServiceBus/namespaces", "Microsoft.ServiceBus/namespaces/queues", "Microsoft.ServiceBus/namespaces/topics"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  note           = "The engine decides the target: ActiveMQ → a Service Bus Premium namespace used through JMS 2.0; RabbitMQ → no managed equivalent. Queues and topics are declared up front as Service Bus entities instead of being created by the broker on first use."

  target "activemq" {
    when    = try(lower(self.engine_type), lower(self.EngineType), "") == "activemq"
    service = "Azure Service Bus Premium"
    status  = "partial"
    azurerm = ["azurerm_servicebus_namespace", "azurerm_servicebus_queue", "azurerm_servicebus_topic", "azurerm_servicebus_subscription"]
    arm     = ["Microsoft.ServiceBus/namespaces", "Microsoft.ServiceBus/namespaces/queues", "Microsoft.ServiceBus/namespaces/topics", "Microsoft.ServiceBus/namespaces/topics/subscriptions"]
    link    = "https://learn.microsoft.com/azure/service-bus-messaging/migrate-jms-activemq-to-servicebus"
    note    = "A Premium namespace (sku = \"Premium\", capacity in messaging units) replaces the broker; JMS applications switch to the azure-servicebus-jms library, queues map to queues and topics to topics with one subscription per durable subscriber."
  }

  target "rabbitmq" {
    when    = try(lower(self.engine_type), lower(self.EngineType), "") == "rabbitmq"
    service = "RabbitMQ on Azure Kubernetes Service or virtual machines"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
    note    = "Azure has no managed RabbitMQ: run RabbitMQ yourself (the RabbitMQ cluster operator on AKS, or VMs), or rewrite producers and consumers for Service Bus, which speaks AMQP 1.0 rather than RabbitMQ's AMQP 0-9-1 (exchanges, bindings and routing keys become topics, subscriptions and filters)."
  }

  caveat "jms-premium-only" {
    when     = try(lower(self.engine_type), lower(self.EngineType), "") == "activemq"
    severity = "warning"
    message  = "JMS 2.0 works only on the Premium tier with the azure-servicebus-jms library; the JMS client cannot use Service Bus sessions or AMQP over WebSockets, and some JMS features (such as noLocal consumers) are not supported. Check the feature table before migrating."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/how-to-use-java-message-service-20"
  }

  caveat "protocols" {
    when     = try(lower(self.engine_type), lower(self.EngineType), "") == "activemq"
    severity = "warning"
    message  = "Service Bus speaks only AMQP 1.0 (plus HTTPS): clients on OpenWire, STOMP or MQTT must move to JMS over AMQP or a Service Bus SDK; MQTT devices fit Event Grid's MQTT broker instead."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/migrate-jms-activemq-to-servicebus"
  }

  caveat "broker-users" {
    when     = try(lower(self.engine_type), lower(self.EngineType), "") != "rabbitmq" && try(length(self.user), length(self.Users), 0) > 0
    severity = "info"
    message  = "Broker users become Microsoft Entra identities with Azure Service Bus Data Sender/Receiver roles (or shared access policies), not user names and passwords stored on the broker."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-role-based-access-control"
  }

  caveat "public-access" {
    when     = try(lower(self.engine_type), lower(self.EngineType), "") != "rabbitmq" && try(tostring(try(self.publicly_accessible, self.PubliclyAccessible)) == "false", false)
    severity = "info"
    message  = "A private broker becomes a Premium namespace with public network access disabled and a private endpoint in the virtual network."
    link     = "https://learn.microsoft.com/azure/service-bus-messaging/private-link-service"
  }
}

mapping "aws_mq_configuration" {
  cloudformation = ["AWS::AmazonMQ::Configuration"]
  service        = "Azure Service Bus"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/service-bus-messaging/migrate-jms-activemq-to-servicebus"
  note           = "Service Bus has no broker configuration file. Destination policies (redelivery, dead-lettering, message expiry) become properties of each queue or topic (max_delivery_count, default_message_ttl, dead_lettering_on_message_expiration); broker plugins, network connectors and RabbitMQ policies have no counterpart."
}

mapping "AWS::AmazonMQ::ConfigurationAssociation" {
  service = "Azure Service Bus"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/migrate-jms-activemq-to-servicebus"
  note    = "There is no broker configuration to attach: the destination policies it carried become properties of each Service Bus queue or topic."
}

data "aws_mq_broker" {
  service = "Azure Service Bus"
  status  = "partial"
  azurerm = ["azurerm_servicebus_namespace"]
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/migrate-jms-activemq-to-servicebus"
  note    = "Looks up the Service Bus namespace that replaces an ActiveMQ broker (endpoint, SKU, capacity); there are no broker instances or per-protocol endpoints. RabbitMQ brokers have no managed counterpart to look up."
}

data "aws_mq_broker_engine_types" {
  service = "Azure Service Bus"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/migrate-jms-activemq-to-servicebus"
  note    = "Service Bus has no engine types or versions: clients use AMQP 1.0 or JMS 2.0 (Premium tier)."
}

data "aws_mq_broker_instance_type_offerings" {
  service = "Azure Service Bus"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-premium-messaging"
  note    = "There are no broker instance types: capacity is the namespace tier (Basic, Standard, Premium) and, on Premium, the number of messaging units."
}
