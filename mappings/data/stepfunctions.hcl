# AWS Step Functions → Azure Logic Apps or Durable Functions.

mapping "aws_sfn_state_machine" {
  cloudformation = ["AWS::StepFunctions::StateMachine", "AWS::Serverless::StateMachine"]
  service        = "Azure Logic Apps"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_workflow"]
  arm            = ["Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  note           = "A state machine becomes a Logic App workflow (low-code, connectors) or a Durable Functions orchestration (code-first). The Amazon States Language definition doesn't translate automatically: rebuild the states as workflow actions or orchestrator code."

  target "express" {
    when    = try(upper(self.type), upper(self.StateMachineType), upper(self.Type), "STANDARD") == "EXPRESS"
    service = "Azure Logic Apps Standard (stateless workflow)"
    status  = "partial"
    azurerm = ["azurerm_logic_app_standard"]
    arm     = ["Microsoft.Web/sites"]
    link    = "https://learn.microsoft.com/azure/logic-apps/single-tenant-overview-compare"
    note    = "An Express state machine fits a stateless workflow in a Standard logic app: runs are kept in memory (no run history by default), suit work under about 5 minutes and small payloads, and start from built-in triggers (Request, Service Bus, Event Hubs). Synchronous Express executions become a Request trigger with a Response action. For code-first orchestration, Durable Functions is the alternative."
  }

  caveat "definition-rewrite" {
    severity = "warning"
    message  = "The ASL definition must be rewritten: Task, Choice, Parallel, Map and Wait states become Logic Apps actions (or Durable Functions activities, fan-out/fan-in and timers), and service integrations become connectors or SDK calls."
    link     = "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-overview"
  }

  caveat "express-workflow" {
    when     = try(upper(self.type), upper(self.StateMachineType), upper(self.Type), "STANDARD") == "EXPRESS"
    severity = "info"
    message  = "High-rate, short Express workflows fit stateless workflows in Logic Apps Standard or Durable Functions better than Consumption Logic Apps, which bill per action."
    link     = "https://learn.microsoft.com/azure/logic-apps/single-tenant-overview-compare"
  }

  caveat "callback-tasks" {
    when     = can(regex("waitForTaskToken", try(self.definition, self.DefinitionString, jsonencode(self.Definition), "")))
    severity = "info"
    message  = "Task-token callbacks (.waitForTaskToken) become an HTTP Webhook action that waits for the callback URL to be called, or a Durable Functions orchestration waiting for an external event; workers must be changed to call back the Azure endpoint instead of SendTaskSuccess."
    link     = "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-external-events"
  }

  caveat "distributed-map" {
    when     = can(regex("DISTRIBUTED", try(self.definition, self.DefinitionString, jsonencode(self.Definition), "")))
    severity = "warning"
    message  = "A distributed Map state (large item sets read from S3, thousands of child executions) has no Logic Apps equivalent: For each loops cap items and parallelism (in Consumption, 100,000 items and at most 50 in parallel). Use Durable Functions fan-out/fan-in, or Azure Batch for very large jobs."
    link     = "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-overview"
  }
}

mapping "aws_sfn_activity" {
  cloudformation = ["AWS::StepFunctions::Activity"]
  service        = "Azure Durable Functions"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-external-events"
  note           = "Workers that poll for activity tasks become Durable Functions activities, or an orchestration that waits for an external event raised by the worker."
}

data "aws_sfn_state_machine" {
  service = "Azure Logic Apps"
  status  = "partial"
  azurerm = ["azurerm_logic_app_workflow", "azurerm_logic_app_standard"]
  link    = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  note    = "Looks up the Consumption workflow (access endpoint, identity) or the Standard logic app that replaces the state machine."
}

mapping "aws_sfn_alias" {
  cloudformation = ["AWS::StepFunctions::StateMachineAlias"]
  service        = "Azure Logic Apps"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/logic-apps/manage-logic-apps-with-azure-portal"
  note           = "Logic Apps have no alias that routes runs between workflow versions by weight: callers invoke the workflow's current definition. For gradual rollouts, run the new workflow side by side and shift callers yourself (for example with weighted backends in API Management)."
}

mapping "AWS::StepFunctions::StateMachineVersion" {
  service = "Azure Logic Apps"
  status  = "implicit"
  azurerm = ["azurerm_logic_app_workflow"]
  arm     = ["Microsoft.Logic/workflows"]
  link    = "https://learn.microsoft.com/azure/logic-apps/manage-logic-apps-with-azure-portal"
  note    = "A Consumption workflow keeps its earlier definitions as read-only versions automatically on every save, and a version can be promoted back; there is no resource to publish one. Keep the definition in source control to pin versions."
}

data "aws_sfn_activity" {
  service = "Azure Durable Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-external-events"
  note    = "Activities are functions in the Durable Functions app, not separate resources; there is nothing to look up in azurerm."
}

data "aws_sfn_alias" {
  service = "Azure Logic Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/logic-apps/manage-logic-apps-with-azure-portal"
  note    = "Logic Apps have no aliases; look up the workflow itself with azurerm_logic_app_workflow."
}

data "aws_sfn_state_machine_versions" {
  service = "Azure Logic Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/logic-apps/manage-logic-apps-with-azure-portal"
  note    = "azurerm can't list a workflow's versions; read them with the Logic Apps REST API (workflows/versions) or from source control."
}
