# AWS Support App in Slack → no Azure counterpart: Azure support requests are handled in the portal,
# REST API or CLI, and Service Health alerts can be sent to chat through action groups.

mapping "AWS::SupportApp::SlackWorkspaceConfiguration" {
  service = "Azure support requests"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-portal/supportability/how-to-create-azure-support-request"
  note    = "Azure has no Slack integration for support cases. Open and follow cases in the portal or with the Support REST API; for notifications in Slack, send Service Health and support-related alerts through an action group webhook or Logic App."
}

mapping "AWS::SupportApp::SlackChannelConfiguration" {
  service = "Azure support requests"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-portal/supportability/how-to-create-azure-support-request"
  note    = "No counterpart: case updates can't be posted to or answered from a Slack channel. Route alerts to the channel with an action group webhook and manage cases in the portal."
}

mapping "AWS::SupportApp::AccountAlias" {
  service = "Azure subscriptions"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/manage/rename-subscription"
  note    = "The alias that identifies the account in Slack has no separate resource; a subscription is recognised by its display name, which you can rename."
}
