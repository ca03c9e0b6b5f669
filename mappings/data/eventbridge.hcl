# Amazon EventBridge (CloudWatch Events) and EventBridge Scheduler → Azure Event Grid,
# Logic Apps and Functions timers.

mapping "aws_cloudwatch_event_bus" {
  cloudformation = ["AWS::Events::EventBus"]
  service        = "Azure Event Grid"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_topic"]
  arm            = ["Microsoft.EventGrid/topics"]
  link           = "https://learn.microsoft.com/azure/event-grid/custom-topics"
  note           = "A custom event bus becomes an Event Grid custom topic (or a namespace topic); applications publish to its endpoint in the Cloud Events or Event Grid schema. Events from Azure services arrive through system topics instead of the default bus."

  caveat "schema-registry" {
    severity = "info"
    message  = "Event Grid has no schema registry or discovery for custom events; keep event schemas in code or in an Event Hubs schema registry if you need one."
    link     = "https://learn.microsoft.com/azure/event-grid/overview"
  }
}

mapping "aws_cloudwatch_event_rule" {
  cloudformation = ["AWS::Events::Rule"]
  service        = "Azure Event Grid"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_event_subscription"]
  arm            = ["Microsoft.EventGrid/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/event-grid/event-filtering"
  note           = "An event-pattern rule becomes an event subscription on the topic (or system topic), with event-type, subject and advanced filters and one destination per subscription: a rule with several targets becomes several subscriptions."

  target "schedule" {
    when    = can(self.schedule_expression) || can(self.ScheduleExpression)
    service = "Azure Logic Apps or Azure Functions timer trigger"
    status  = "partial"
    azurerm = ["azurerm_logic_app_workflow", "azurerm_logic_app_trigger_recurrence"]
    arm     = ["Microsoft.Logic/workflows"]
    link    = "https://learn.microsoft.com/azure/connectors/connectors-native-recurrence"
    note    = "A scheduled rule becomes a Logic App with a recurrence trigger that calls the target, or a timer trigger (NCRONTAB, six fields) in the function itself."
  }

  caveat "advanced-patterns" {
    when     = can(regex("prefix|suffix|numeric|exists|anything-but|wildcard|cidr|equals-ignore-case", try(self.event_pattern, jsonencode(self.EventPattern))))
    severity = "info"
    message  = "Content filters map to Event Grid advanced filters (StringBeginsWith, NumberInRange, IsNotNull, StringNotIn …), limited to 25 per subscription; check each operator."
    link     = "https://learn.microsoft.com/azure/event-grid/event-filtering"
  }

  caveat "input-transformer" {
    when     = try(anytrue([for t in try(self.Targets, []) : can(t.InputTransformer) || can(t.InputPath) || can(t.Input)]), false)
    severity = "warning"
    message  = "Event Grid can't reshape events before delivery: move input transformation into the handler, or put a Function or Logic App between the subscription and the destination."
    link     = "https://learn.microsoft.com/azure/event-grid/event-handlers"
  }
}

mapping "aws_cloudwatch_event_target" {
  service = "Azure Event Grid"
  status  = "implicit"
  azurerm = ["azurerm_eventgrid_event_subscription"]
  arm     = ["Microsoft.EventGrid/eventSubscriptions"]
  link    = "https://learn.microsoft.com/azure/event-grid/event-handlers"
  note    = "A target is the destination of the event subscription: Azure Function, Service Bus queue or topic, Storage queue, Event Hubs, webhook or Relay. Retry policy and dead-letter destination are subscription settings."

  caveat "input-transformer" {
    when     = can(self.input_transformer[0]) || can(self.input_path) || can(self.input)
    severity = "warning"
    message  = "Event Grid delivers the event as published: input transformers, input paths and constant inputs must move into the handler or an intermediate Function or Logic App."
    link     = "https://learn.microsoft.com/azure/event-grid/event-handlers"
  }
}

mapping "aws_cloudwatch_event_api_destination" {
  cloudformation = ["AWS::Events::ApiDestination"]
  service        = "Azure Event Grid (webhook) or Azure Logic Apps"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_event_subscription"]
  arm            = ["Microsoft.EventGrid/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/event-grid/handler-webhooks"
  note           = "A webhook destination on the event subscription. Webhooks must answer Event Grid's validation handshake; for third-party APIs that can't, or that need rate limits and custom auth, call them from a Logic App."
}

mapping "aws_cloudwatch_event_connection" {
  cloudformation = ["AWS::Events::Connection"]
  service        = "Azure Event Grid (webhook) or Azure Logic Apps"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_event_subscription", "azurerm_logic_app_workflow"]
  arm            = ["Microsoft.EventGrid/eventSubscriptions", "Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/event-grid/secure-webhook-delivery"
  note           = "Webhook deliveries can authenticate with Microsoft Entra tokens or a static header; API keys and OAuth client credentials for third-party APIs are handled by a Logic App (connection secrets in Key Vault)."
}

mapping "aws_cloudwatch_event_archive" {
  cloudformation = ["AWS::Events::Archive"]
  service        = "Azure Event Hubs Capture"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
  note           = "Event Grid has no archive or replay: subscribe an event hub with Capture (to Storage) to keep events, and write a replay tool that republishes them."
}

mapping "aws_cloudwatch_event_permission" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/event-grid/security-authorization"
  note    = "Cross-account publishing becomes the EventGrid Data Sender role on the topic for the publisher's identity."
}

mapping "aws_scheduler_schedule" {
  cloudformation = ["AWS::Scheduler::Schedule"]
  service        = "Azure Logic Apps or Azure Functions timer trigger"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_workflow", "azurerm_logic_app_trigger_recurrence"]
  arm            = ["Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/connectors/connectors-native-recurrence"
  note           = "A schedule becomes a Logic App recurrence trigger (time zones supported) that calls the target, or a timer trigger in a function; one-time schedules become a delayed Service Bus message or a Logic App with a delay-until action."
}

mapping "aws_scheduler_schedule_group" {
  cloudformation = ["AWS::Scheduler::ScheduleGroup"]
  service        = "Azure resource groups"
  status         = "implicit"
  azurerm        = ["azurerm_resource_group"]
  arm            = ["Microsoft.Resources/resourceGroups"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/management/manage-resource-groups-portal"
  note           = "Group schedules by resource group and tags."
}

mapping "aws_cloudwatch_event_endpoint" {
  cloudformation = ["AWS::Events::Endpoint"]
  service        = "Azure Event Grid (geo-disaster recovery)"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_topic"]
  arm            = ["Microsoft.EventGrid/topics"]
  link           = "https://learn.microsoft.com/azure/event-grid/custom-disaster-recovery-client-side"
  note           = "A global endpoint that fails publishing over between two regional buses has no single resource on Azure. Custom topics and domains have server-side geo-disaster recovery to another region built in; for failover on your own terms, create the topic in two regions with the same subscriptions and let publishers switch on a health check, which is what the endpoint's Route 53 health check did. Event Grid namespaces have no geo-disaster recovery."

  caveat "event-replication" {
    when     = try(upper(self.replication_config[0].state), upper(self.ReplicationConfig.State), "ENABLED") == "ENABLED"
    severity = "info"
    message  = "Event replication to the secondary bus has no equivalent: events published before a failover stay in the failed region, so subscribers must be attached to both topics and tolerate duplicates or gaps."
    link     = "https://learn.microsoft.com/azure/event-grid/custom-disaster-recovery-client-side"
  }
}

data "aws_cloudwatch_event_bus" {
  service = "Azure Event Grid"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_topic"]
  link    = "https://learn.microsoft.com/azure/event-grid/custom-topics"
  note    = "Looks up the Event Grid custom topic that replaces a custom bus (endpoint, keys); the default bus of AWS service events becomes system topics."
}

mapping "aws_cloudwatch_event_bus_policy" {
  cloudformation = ["AWS::Events::EventBusPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/event-grid/security-authorization"
  note           = "A bus resource policy becomes role assignments on the Event Grid topic: EventGrid Data Sender for identities that publish, EventGrid Contributor for those that manage subscriptions. Conditions on event source or detail type have no equivalent in RBAC."
}

data "aws_cloudwatch_event_buses" {
  service = "Azure Event Grid"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-grid/custom-topics"
  note    = "azurerm has no data source that lists topics: look up known topics one by one with the azurerm_eventgrid_topic data source, or list them with Azure Resource Graph outside Terraform."
}

data "aws_cloudwatch_event_connection" {
  service = "Azure Key Vault"
  status  = "partial"
  azurerm = ["azurerm_key_vault_secret"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "A connection's credentials usually move to Key Vault secrets used by the Logic App or webhook handler; read them with the azurerm_key_vault_secret data source."
}

data "aws_cloudwatch_event_source" {
  service = "Azure Event Grid partner topics"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-grid/partner-events-overview"
  note    = "SaaS partner event sources become Event Grid partner topics that the partner creates after you authorize it; azurerm has no data source for partner topics, so reference the topic by name or ID."
}
