# Amazon Pinpoint → Azure Communication Services (SMS, email) and Azure Notification Hubs (push).
# Campaign and journey orchestration has no Azure platform service.

mapping "aws_pinpoint_app" {
  cloudformation = ["AWS::Pinpoint::App"]
  service        = "Azure Communication Services"
  status         = "partial"
  azurerm        = ["azurerm_communication_service"]
  arm            = ["Microsoft.Communication/communicationServices"]
  link           = "https://learn.microsoft.com/azure/communication-services/overview"
  note           = "A Pinpoint project's messaging channels map to an Azure Communication Services resource (SMS, email through azurerm_email_communication_service, voice) and Azure Notification Hubs for mobile push (azurerm_notification_hub). Segments, campaigns, journeys, quiet time and engagement analytics are not part of these services: build them in your application, or use a marketing platform such as Dynamics 365 Customer Insights - Journeys."

  caveat "campaign-features" {
    when     = can(self.campaign_hook) || can(self.quiet_time) || can(self.limits) || can(self.CampaignHook) || can(self.QuietTime) || can(self.Limits)
    severity = "warning"
    message  = "Campaign hooks, quiet time and send limits are campaign-engine settings with no Azure service equivalent: enforce them in the code or workflow (for example Logic Apps or Durable Functions) that sends the messages."
    link     = "https://learn.microsoft.com/azure/communication-services/overview"
  }
}

mapping "aws_pinpoint_sms_channel" {
  cloudformation = ["AWS::Pinpoint::SMSChannel"]
  service        = "Azure Communication Services SMS"
  status         = "partial"
  azurerm        = ["azurerm_communication_service"]
  arm            = ["Microsoft.Communication/communicationServices"]
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note           = "SMS is sent through the Communication Services resource from a toll-free number, short code or alphanumeric sender ID acquired for it. Phone numbers and short codes are obtained through the portal or API (with country-specific registration such as toll-free verification), not as azurerm resources, and availability differs by country."

  caveat "sender-id" {
    when     = can(self.sender_id) || can(self.short_code) || can(self.SenderId) || can(self.ShortCode)
    severity = "info"
    message  = "Sender IDs and short codes must be requested again for Azure Communication Services; they cannot be transferred from AWS, and approval can take weeks in some countries."
    link     = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  }
}
