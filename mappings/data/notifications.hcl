# AWS User Notifications → Azure Monitor alerts and action groups (email, SMS, voice, Azure mobile app
# push, webhooks), with Service Health alerts for the AWS-managed (account and service) notifications.

mapping "aws_notifications_notification_configuration" {
  cloudformation = ["AWS::Notifications::NotificationConfiguration"]
  service        = "Azure Monitor action groups"
  status         = "partial"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "A notification configuration (which events, delivered to which channels) becomes alert rules that name an action group; the action group holds the recipients: email, SMS, voice call, Azure mobile app push, webhook, Logic App or Function. Notifications are not collected in a console inbox: fired alerts are listed in Azure Monitor alerts."

  caveat "aggregation" {
    when     = contains(["SHORT", "LONG"], try(upper(self.aggregation_duration), upper(self.AggregationDuration), ""))
    severity = "info"
    message  = "Action groups do not batch events into digests; each fired alert notifies, subject to the action group's per-channel rate limits. Group related signals in one alert rule, or summarize them in a Logic App, to reduce volume."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  }
}

mapping "aws_notifications_event_rule" {
  cloudformation = ["AWS::Notifications::EventRule"]
  service        = "Azure Monitor alert rules"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert"]
  arm            = ["Microsoft.Insights/activityLogAlerts"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-types"
  note           = "An EventBridge event pattern becomes the alert rule that matches the equivalent Azure signal: activity log alerts for control-plane operations, resource health and service health; metric or log search alerts (azurerm_monitor_metric_alert, azurerm_monitor_scheduled_query_rules_alert_v2) for what CloudWatch alarm state changes reported. Patterns are rewritten as rule conditions, not copied; the regions list becomes the rule's scope."
}

mapping "aws_notifications_channel_association" {
  cloudformation = ["AWS::Notifications::ChannelAssociation"]
  service        = "Azure Monitor action groups"
  status         = "implicit"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "Channels are receivers inside the action group (email_receiver, sms_receiver, azure_app_push_receiver, webhook_receiver); chat channels such as Microsoft Teams or Slack are reached through a webhook or a Logic App receiver."
}

mapping "aws_notificationscontacts_email_contact" {
  cloudformation = ["AWS::NotificationsContacts::EmailContact"]
  service        = "Azure Monitor action groups"
  status         = "implicit"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/action-groups"
  note           = "An email contact becomes an email receiver of the action group."
}

mapping "aws_notifications_notification_hub" {
  cloudformation = ["AWS::Notifications::NotificationHub"]
  service        = "Azure Monitor alerts"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview"
  note           = "Nothing to create: Azure Monitor keeps fired alerts itself and lists them in the portal and API, with no store or region to choose. (Azure Notification Hubs, despite the name, is the mobile push service and not a counterpart.)"
}

mapping "aws_notifications_managed_notification_account_contact_association" {
  cloudformation = ["AWS::Notifications::ManagedNotificationAccountContactAssociation"]
  service        = "Azure Service Health alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert", "azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/activityLogAlerts", "Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/service-health/alerts-activity-log-service-notifications-portal"
  note           = "AWS-managed notifications (service events, planned maintenance, security and billing notices) become Service Health alerts, activity log alerts of category ServiceHealth, sending to an action group with the contacts. Billing and cost notices are cost budgets and Cost Management alerts instead (azurerm_consumption_budget_subscription)."
}

mapping "aws_notifications_managed_notification_additional_channel_association" {
  cloudformation = ["AWS::Notifications::ManagedNotificationAdditionalChannelAssociation"]
  service        = "Azure Service Health alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/service-health/alerts-activity-log-service-notifications-portal"
  note           = "Extra channels for managed notifications become more receivers on the action group that the Service Health alert sends to."
}

mapping "aws_notifications_organizational_unit_association" {
  cloudformation = ["AWS::Notifications::OrganizationalUnitAssociation"]
  service        = "Azure Policy (deploy alert rules)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deploy-if-not-exists"
  note           = "Alert rules are scoped to subscriptions and resources, not to management groups: to cover every subscription under a management group, assign a deployIfNotExists policy that creates the alert rule and action group in each."
}

mapping "aws_notifications_organizations_access" {
  service = "Azure Policy (deploy alert rules)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deploy-if-not-exists"
  note    = "No organization-wide switch exists or is needed; central notification for many subscriptions is done by deploying alert rules with Azure Policy, or by querying activity logs collected in one Log Analytics workspace."
}
