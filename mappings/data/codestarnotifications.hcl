# AWS CodeStar Notifications → Azure DevOps notifications and service hooks, or GitHub
# notifications and webhooks, depending on where the pipelines and repositories moved.

mapping "aws_codestarnotifications_notification_rule" {
  cloudformation = ["AWS::CodeStarNotifications::NotificationRule"]
  service        = "Azure DevOps service hooks or GitHub webhooks"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/devops/service-hooks/overview"
  note           = "Notification rules on repositories, builds and pipelines become Azure DevOps notification subscriptions (email) or service hooks (Teams, Slack, web hooks, Service Bus), or GitHub notifications and repository webhooks; they are configured in Azure DevOps or GitHub, not with azurerm. Event types must be remapped to the new platform's events."
}
