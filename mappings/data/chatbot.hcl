# AWS Chatbot (Amazon Q Developer in chat applications) → Azure Monitor action groups posting to Teams or Slack; no managed ChatOps.

mapping "aws_chatbot_teams_channel_configuration" {
  cloudformation = ["AWS::Chatbot::MicrosoftTeamsChannelConfiguration"]
  service        = "Azure Monitor action groups with Logic Apps"
  status         = "partial"
  azurerm        = ["azurerm_monitor_action_group", "azurerm_logic_app_workflow"]
  arm            = ["Microsoft.Insights/actionGroups", "Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "Alert notifications reach a Teams channel through an action group that calls a Logic App (or a Teams workflow webhook) posting the message. The SNS topics become the alert rules that use the action group. Running commands from the channel has no managed counterpart: build a bot (Azure Bot Service) if operators need to act from chat."
}

mapping "aws_chatbot_slack_channel_configuration" {
  cloudformation = ["AWS::Chatbot::SlackChannelConfiguration"]
  service        = "Azure Monitor action groups"
  status         = "partial"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "Azure has no Slack integration of its own: an action group webhook receiver posts to a Slack incoming webhook through a Logic App or function that reshapes the alert payload (the common alert schema is not Slack's message format). Chat commands have no counterpart."
}

mapping "AWS::Chatbot::CustomAction" {
  service = "Azure Bot Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/bot-service/bot-service-overview"
  note    = "Custom buttons that run commands from chat notifications have no managed counterpart; build them into your own bot or into the Logic App that posts the message (for example an adaptive card with links to runbooks)."
}

data "aws_chatbot_slack_workspace" {
  service = "Azure Monitor action groups"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note    = "There is no authorised Slack workspace in Azure; the Slack webhook URL is a secret to keep in Key Vault."
}
