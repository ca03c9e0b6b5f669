# AWS Systems Manager Incident Manager contacts → Azure Monitor action groups; on-call schedules and escalation need a third-party tool.

mapping "aws_ssmcontacts_contact" {
  cloudformation = ["AWS::SSMContacts::Contact"]
  service        = "Azure Monitor action groups"
  status         = "partial"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "A personal contact becomes the receivers of an action group (e-mail, SMS, voice call, Azure mobile app push) that alerts notify all at once. Acknowledgement, engagement and paging stop only exist in an incident tool (for example PagerDuty, Opsgenie or ServiceNow reached through a webhook or ITSM action)."

  caveat "escalation-or-rotation" {
    when     = contains(["ESCALATION", "ONCALL_SCHEDULE"], try(upper(self.type), upper(self.Type), ""))
    severity = "error"
    message  = "Escalation plans and on-call schedule contacts have no Azure counterpart: action groups notify every receiver immediately. Keep on-call scheduling in an incident management tool and call it from the action group."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  }
}

mapping "aws_ssmcontacts_contact_channel" {
  cloudformation = ["AWS::SSMContacts::ContactChannel"]
  service        = "Azure Monitor action groups"
  status         = "implicit"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "A channel becomes a receiver block inside the action group (email_receiver, sms_receiver or voice_receiver); there is no separate resource and no activation code step. SMS and voice are limited by country and rate-limited."
}

mapping "aws_ssmcontacts_plan" {
  cloudformation = ["AWS::SSMContacts::Plan"]
  service        = "Azure Monitor action groups"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "Staged engagement plans (wait, then page the next contact until acknowledged) have no counterpart; action groups fire all receivers at once. Use an incident management tool, or a Logic App with delays and an acknowledgement step, called from the action group."
}

mapping "aws_ssmcontacts_rotation" {
  cloudformation = ["AWS::SSMContacts::Rotation"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "On-call rotations have no Azure counterpart; keep schedules in an incident management tool that the action group calls through a webhook or ITSM action."
}

data "aws_ssmcontacts_contact" {
  terraform = ["aws_ssmcontacts_contact", "aws_ssmcontacts_contact_channel"]
  service   = "Azure Monitor action groups"
  status    = "partial"
  azurerm   = ["azurerm_monitor_action_group"]
  link      = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note      = "Reads the action group whose receivers replace the contact and its channels."
}

data "aws_ssmcontacts_plan" {
  terraform = ["aws_ssmcontacts_plan", "aws_ssmcontacts_rotation"]
  service   = "Azure Monitor"
  status    = "none"
  link      = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note      = "There are no engagement plans or rotations to read; they live in the incident management tool."
}
