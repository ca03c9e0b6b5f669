# Amazon EventBridge Pipes → Azure Logic Apps workflows (or Azure Functions / Event Grid for
# simple point-to-point routes).

mapping "aws_pipes_pipe" {
  cloudformation = ["AWS::Pipes::Pipe"]
  service        = "Azure Logic Apps"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_workflow"]
  arm            = ["Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  note           = "Azure has no pipe resource. A pipe (source → filter → enrichment → target) becomes a workflow whose trigger reads the source (Service Bus, Event Hubs, Storage queue connectors), with a condition for the filter, an HTTP or Azure Functions action for the enrichment and a connector action for the target. For high-volume stream sources, an Azure Function with a trigger binding and an output binding is usually cheaper; event sources that publish to Event Grid can go straight to an Event Grid subscription with filters."

  target "stream-function" {
    when    = can(regex("(:(kinesis|dynamodb|kafka):|^smk://)", try(lower(self.source), lower(self.Source), "")))
    service = "Azure Functions (Event Hubs, Cosmos DB or Kafka trigger)"
    status  = "partial"
    azurerm = ["azurerm_function_app_flex_consumption"]
    arm     = ["Microsoft.Web/sites"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-event-hubs-trigger"
    note    = "A pipe reading a stream becomes a function whose trigger reads the replacing source (Event Hubs for Kinesis and MSK, the Cosmos DB change feed for DynamoDB Streams, the Kafka trigger for self-managed Kafka) in ordered, checkpointed batches; the filter and enrichment run in code and an output binding or SDK call writes to the target."
  }

  caveat "filter-criteria" {
    when     = try(length(self.source_parameters[0].filter_criteria), 0) > 0 || can(self.SourceParameters.FilterCriteria)
    severity = "info"
    message  = "EventBridge filter patterns must be rewritten: as trigger conditions or a condition action in the workflow, or as Event Grid advanced filters when the source publishes to Event Grid."
    link     = "https://learn.microsoft.com/azure/event-grid/event-filtering"
  }

  caveat "enrichment" {
    when     = can(self.enrichment) || can(self.Enrichment)
    severity = "info"
    message  = "The enrichment step becomes an action that calls the enriching service (an Azure Functions action, an HTTP action to an API, or a nested workflow) before the target action; input templates become the action's inputs expressions."
    link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  }

  caveat "input-template" {
    when     = can(self.target_parameters[0].input_template) || can(self.TargetParameters.InputTemplate)
    severity = "info"
    message  = "The target input template becomes the inputs of the action that calls the target (a Compose action or an expression over the trigger body), or the code that builds the output message in a function."
    link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-perform-data-operations"
  }

  caveat "stream-source" {
    when     = can(regex("(:(kinesis|dynamodb|kafka):|^smk://)", try(lower(self.source), lower(self.Source), "")))
    severity = "warning"
    message  = "Stream sources (Kinesis, DynamoDB Streams, MSK or self-managed Kafka) rely on ordered, batched, checkpointed reads: on Azure read them with Event Hubs or Cosmos DB change feed triggers in Azure Functions, which keep per-partition order and checkpoints, rather than with a workflow trigger."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-event-hubs-trigger"
  }
}
