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

  target "partner" {
    when    = can(self.event_source_name) || can(self.EventSourceName)
    service = "Azure Event Grid partner topics"
    status  = "partial"
    link    = "https://learn.microsoft.com/azure/event-grid/partner-events-overview"
    note    = "A partner event bus becomes an Event Grid partner topic: authorize the partner on a partner configuration (azurerm_eventgrid_partner_configuration), let the partner create the topic, then activate it and add event subscriptions. Only partners onboarded to Event Grid can publish this way."
  }

  caveat "schema-registry" {
    severity = "info"
    message  = "Event Grid has no schema registry or discovery for custom events; keep event schemas in code or in an Event Hubs schema registry if you need one."
    link     = "https://learn.microsoft.com/azure/event-grid/overview"
  }

  caveat "dead-letter" {
    when     = can(self.dead_letter_config[0]) || can(self.DeadLetterConfig)
    severity = "info"
    message  = "Event Grid has no bus-level dead-letter queue: set a Blob Storage dead-letter destination on each event subscription instead (dead-lettering is off unless configured)."
    link     = "https://learn.microsoft.com/azure/event-grid/delivery-and-retry"
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
    message  = "Content filters map to Event Grid advanced filters (StringBeginsWith, NumberInRange, IsNotNull, StringNotIn …), limited to 25 filters and 25 filter values in total per subscription; check each operator."
    link     = "https://learn.microsoft.com/azure/event-grid/event-filtering"
  }

  caveat "input-transformer" {
    when     = try(anytrue([for t in try(self.Targets, []) : can(t.InputTransformer) || can(t.InputPath) || can(t.Input)]), false)
    severity = "warning"
    message  = "Event Grid can't reshape events before delivery: move input transformation into the handler, or put a Function or Logic App between the subscription and the destination."
    link     = "https://learn.microsoft.com/azure/event-grid/event-handlers"
  }

  caveat "aws-service-events" {
    when     = can(regex("\"aws\\.", try(self.event_pattern, jsonencode(self.EventPattern))))
    severity = "warning"
    message  = "The rule matches events emitted by AWS services (source aws.*): their Azure counterparts come from system topics of the replacing services (Storage, Resource Manager, Key Vault …) with other event types and payloads, so rewrite the pattern against the Azure event schema and subscribe to the matching system topic."
    link     = "https://learn.microsoft.com/azure/event-grid/system-topics"
  }

  caveat "cron-schedule" {
    when     = startswith(try(lower(self.schedule_expression), lower(self.ScheduleExpression), ""), "cron(")
    severity = "info"
    message  = "EventBridge cron expressions (six fields with a year, ? wildcards, evaluated in UTC) don't carry over: rewrite them as a recurrence schedule (hours, minutes, week days, with a time zone) or as a six-field NCRONTAB expression whose first field is seconds for a Functions timer trigger."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-timer"
  }
}

mapping "aws_cloudwatch_event_target" {
  service = "Azure Event Grid"
  status  = "implicit"
  azurerm = ["azurerm_eventgrid_event_subscription"]
  arm     = ["Microsoft.EventGrid/eventSubscriptions"]
  link    = "https://learn.microsoft.com/azure/event-grid/event-handlers"
  note    = "A target is the destination of the event subscription: Azure Function, Service Bus queue or topic, Storage queue, Event Hubs, webhook or Relay. Retry policy and dead-letter destination are subscription settings."

  target "ecs-task" {
    when    = can(self.ecs_target[0]) || can(self.EcsParameters)
    service = "Azure Container Apps jobs (event-driven)"
    status  = "partial"
    azurerm = ["azurerm_container_app_job", "azurerm_eventgrid_event_subscription"]
    arm     = ["Microsoft.App/jobs", "Microsoft.EventGrid/eventSubscriptions"]
    link    = "https://learn.microsoft.com/azure/container-apps/jobs"
    note    = "Event Grid can't start a container directly: deliver the events to a Service Bus or Storage queue and run an event-driven Container Apps job whose scale rule watches that queue (one execution per message); the task overrides become the job's template and the message content."
  }

  target "state-machine" {
    when    = can(regex(":states:", try(self.arn, "")))
    service = "Azure Logic Apps (Event Grid trigger)"
    status  = "partial"
    azurerm = ["azurerm_logic_app_workflow"]
    arm     = ["Microsoft.Logic/workflows"]
    link    = "https://learn.microsoft.com/azure/connectors/connectors-create-api-azure-event-grid"
    note    = "Starting a state machine becomes a Logic App workflow that begins with the Azure Event Grid trigger on the topic (the trigger creates and owns the event subscription), or a Durable Functions orchestration started by an Event Grid-triggered function."
  }

  caveat "input-transformer" {
    when     = can(self.input_transformer[0]) || can(self.input_path) || can(self.input)
    severity = "warning"
    message  = "Event Grid delivers the event as published: input transformers, input paths and constant inputs must move into the handler or an intermediate Function or Logic App."
    link     = "https://learn.microsoft.com/azure/event-grid/event-handlers"
  }

  caveat "dead-letter" {
    when     = can(self.dead_letter_config[0]) || can(self.DeadLetterConfig)
    severity = "info"
    message  = "The target's dead-letter queue becomes the event subscription's dead-letter destination, which is a Blob Storage container, not a queue: set storage_blob_dead_letter_destination and reprocess from blobs."
    link     = "https://learn.microsoft.com/azure/event-grid/delivery-and-retry"
  }

  caveat "retry-policy" {
    when     = can(self.retry_policy[0]) || can(self.RetryPolicy)
    severity = "info"
    message  = "The retry policy becomes the event subscription's retry_policy: max_delivery_attempts and event_time_to_live in minutes (30 attempts and 1,440 minutes by default); Event Grid chooses the backoff intervals itself."
    link     = "https://learn.microsoft.com/azure/event-grid/delivery-and-retry"
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

  caveat "http-method" {
    when     = !contains(["POST", ""], try(upper(self.http_method), upper(self.HttpMethod), ""))
    severity = "warning"
    message  = "Event Grid delivers to webhooks with POST only: call an API that needs another HTTP method from a Logic App or Function subscribed to the topic."
    link     = "https://learn.microsoft.com/azure/event-grid/handler-webhooks"
  }

  caveat "rate-limit" {
    when     = can(self.invocation_rate_limit_per_second) || can(self.InvocationRateLimitPerSecond)
    severity = "info"
    message  = "Event Grid has no per-destination invocation rate limit: to protect the API, deliver to a queue and drain it at a controlled rate, or call the API from a Logic App with concurrency control."
    link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-workflow-actions-triggers"
  }
}

mapping "aws_cloudwatch_event_connection" {
  cloudformation = ["AWS::Events::Connection"]
  service        = "Azure Event Grid (webhook) or Azure Logic Apps"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_event_subscription", "azurerm_logic_app_workflow"]
  arm            = ["Microsoft.EventGrid/eventSubscriptions", "Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/event-grid/secure-webhook-delivery"
  note           = "Webhook deliveries can authenticate with Microsoft Entra tokens or a static header; API keys and OAuth client credentials for third-party APIs are handled by a Logic App (connection secrets in Key Vault)."

  target "oauth" {
    when    = try(upper(self.authorization_type), upper(self.AuthorizationType), "") == "OAUTH_CLIENT_CREDENTIALS"
    service = "Azure Logic Apps"
    status  = "partial"
    azurerm = ["azurerm_logic_app_workflow"]
    arm     = ["Microsoft.Logic/workflows"]
    link    = "https://learn.microsoft.com/azure/connectors/connectors-native-http"
    note    = "Event Grid can't fetch OAuth tokens from a third-party authorization server: a Logic App triggered by the events requests the token with an HTTP action (client secret from Key Vault) and calls the API with it."
  }
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
