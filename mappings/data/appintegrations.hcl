# Amazon AppIntegrations (data, events and third-party apps for Amazon Connect agents) → no managed
# counterpart: the contact-center side is Dynamics 365 Contact Center or your own agent application,
# fed by Logic Apps connectors, Data Factory or Event Grid.

mapping "aws_appintegrations_data_integration" {
  cloudformation = ["AWS::AppIntegrations::DataIntegration"]
  service        = "Azure Logic Apps or Azure Data Factory"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/connectors/introduction"
  note           = "Scheduled copying of SaaS records (for example Salesforce or ServiceNow objects) for agents has no contact-center-bound service: build the sync with a Logic Apps connector or a Data Factory pipeline into the store your agent application or Dynamics 365 reads."
}

mapping "aws_appintegrations_event_integration" {
  cloudformation = ["AWS::AppIntegrations::EventIntegration"]
  service        = "Azure Event Grid or Logic Apps"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-grid/overview"
  note           = "Relaying SaaS events from an event bus into the contact center becomes an Event Grid subscription (or a Logic Apps trigger) whose handler pushes the events to your agent application; the event filter becomes the subscription filter."
}

mapping "AWS::AppIntegrations::Application" {
  service = "Dynamics 365 Contact Center, or your own agent application"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "Embedding a third-party web app in the Connect agent workspace has no Azure resource: add it to the Dynamics 365 agent experience or to your own agent application."
}

data "aws_appintegrations_event_integration" {
  service = "Azure Event Grid"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-grid/overview"
  note    = "There is no event-integration object to read; reference the Event Grid topic or subscription that replaced it."
}
