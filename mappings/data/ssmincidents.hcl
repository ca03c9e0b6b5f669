# AWS Systems Manager Incident Manager → Azure Monitor alerts and action groups; incident records and
# response tracking need an ITSM or incident management tool.

mapping "aws_ssmincidents_response_plan" {
  cloudformation = ["AWS::SSMIncidents::ResponsePlan"]
  service        = "Azure Monitor action groups"
  status         = "partial"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "A response plan becomes the action group that alerts call: engagements become notification receivers, the runbook becomes an Automation runbook, Logic App or Function action, and chat channels become webhook or Logic App actions (Teams, Slack). Azure Monitor opens no incident record: incident tracking, timelines and post-incident analysis live in an ITSM or incident tool reached from the action group."
}

mapping "aws_ssmincidents_replication_set" {
  cloudformation = ["AWS::SSMIncidents::ReplicationSet"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview"
  note           = "There is no incident data store to replicate: alert rules and action groups are regional or global resources managed by Azure, and incident records live in the incident management tool you choose."
}

data "aws_ssmincidents_response_plan" {
  service = "Azure Monitor action groups"
  status  = "partial"
  azurerm = ["azurerm_monitor_action_group"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note    = "Looks up the action group that replaces the response plan (its receivers and actions)."
}

data "aws_ssmincidents_replication_set" {
  service = "Azure Monitor"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview"
  note    = "There is no replication set to look up."
}
