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

mapping "aws_pinpoint_apns_channel" {
  terraform      = ["aws_pinpoint_apns_channel", "aws_pinpoint_apns_sandbox_channel"]
  cloudformation = ["AWS::Pinpoint::APNSChannel", "AWS::Pinpoint::APNSSandboxChannel"]
  service        = "Azure Notification Hubs"
  status         = "partial"
  azurerm        = ["azurerm_notification_hub"]
  arm            = ["Microsoft.NotificationHubs/namespaces/notificationHubs"]
  requires       = ["azurerm_notification_hub_namespace"]
  link           = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-push-notification-overview"
  note           = "An APNs channel becomes the apns_credential of a notification hub (application_mode Production or Sandbox, so production and sandbox channels become two hubs). Devices register their push tokens with the hub (installations) instead of Pinpoint endpoints."

  caveat "certificate-auth" {
    when     = can(self.certificate) || can(self.Certificate)
    severity = "info"
    message  = "The channel authenticates with a certificate, but azurerm's apns_credential takes only token-based (.p8 key) credentials: switch to a signing key, or upload the certificate in the portal or through ARM."
    link     = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-push-notification-overview"
  }
}

mapping "aws_pinpoint_apns_voip_channel" {
  terraform      = ["aws_pinpoint_apns_voip_channel", "aws_pinpoint_apns_voip_sandbox_channel"]
  cloudformation = ["AWS::Pinpoint::APNSVoipChannel", "AWS::Pinpoint::APNSVoipSandboxChannel"]
  service        = "Azure Notification Hubs"
  status         = "partial"
  azurerm        = ["azurerm_notification_hub"]
  arm            = ["Microsoft.NotificationHubs/namespaces/notificationHubs"]
  requires       = ["azurerm_notification_hub_namespace"]
  link           = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-push-notification-overview"
  note           = "VoIP (PushKit) notifications go through a notification hub's APNs credential; keep a separate hub when the VoIP credential or environment (production or sandbox) differs from the regular push channel, and send with the VoIP push type and topic."
}

mapping "aws_pinpoint_gcm_channel" {
  cloudformation = ["AWS::Pinpoint::GCMChannel"]
  service        = "Azure Notification Hubs"
  status         = "partial"
  azurerm        = ["azurerm_notification_hub"]
  arm            = ["Microsoft.NotificationHubs/namespaces/notificationHubs"]
  requires       = ["azurerm_notification_hub_namespace"]
  link           = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-push-notification-overview"
  note           = "An FCM channel becomes the Google credential of a notification hub; Android devices register their FCM tokens with the hub."

  caveat "fcm-v1" {
    severity = "warning"
    message  = "Google's legacy FCM API (server key) is retired, so Notification Hubs needs FCM v1 service-account credentials (fcmV1Credential in ARM). If your azurerm version's gcm_credential takes only an API key, set the FCM v1 credential through the portal or azapi, and move clients to FCM v1 registrations."
    link     = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-gcm-to-fcm"
  }
}

mapping "aws_pinpoint_adm_channel" {
  cloudformation = ["AWS::Pinpoint::ADMChannel"]
  service        = "Azure Notification Hubs"
  status         = "partial"
  arm            = ["Microsoft.NotificationHubs/namespaces/notificationHubs"]
  link           = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-push-notification-overview"
  note           = "Amazon Device Messaging is a Notification Hubs platform, but its client ID and secret (admCredential) are not exposed by azurerm_notification_hub: set them in the portal or through ARM (azapi) on the hub."
}

mapping "aws_pinpoint_baidu_channel" {
  cloudformation = ["AWS::Pinpoint::BaiduChannel"]
  service        = "Azure Notification Hubs"
  status         = "partial"
  arm            = ["Microsoft.NotificationHubs/namespaces/notificationHubs"]
  link           = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-baidu-china-android-notifications-get-started"
  note           = "Baidu Cloud Push is a Notification Hubs platform, but its API key and secret (baiduCredential) are not exposed by azurerm_notification_hub: set them in the portal or through ARM (azapi) on the hub."
}

mapping "aws_pinpoint_email_channel" {
  cloudformation = ["AWS::Pinpoint::EmailChannel"]
  service        = "Azure Communication Services Email"
  status         = "partial"
  azurerm        = ["azurerm_communication_service_email_domain_association"]
  arm            = ["Microsoft.Communication/communicationServices"]
  requires       = ["azurerm_communication_service", "azurerm_email_communication_service_domain"]
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-overview"
  note           = "The e-mail channel becomes a verified domain of an Email Communication Services resource linked to the Communication Services resource; the from_address becomes a sender username on that domain, and the configuration set becomes Event Grid subscriptions for delivery and engagement events."
}

mapping "aws_pinpoint_event_stream" {
  cloudformation = ["AWS::Pinpoint::EventStream"]
  service        = "Azure Event Grid (Communication Services events)"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm            = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note           = "Streaming delivery events to Kinesis becomes an Event Grid system topic on the Communication Services resource with a subscription (for example to Event Hubs) for SMS delivery reports, e-mail delivery and engagement events. Campaign, journey and app-analytics events have no source on Azure; push delivery is reported per send by Notification Hubs, not streamed."
}

mapping "aws_pinpoint_email_template" {
  cloudformation = ["AWS::Pinpoint::EmailTemplate"]
  service        = "Azure Communication Services Email"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-overview"
  note           = "Communication Services stores no message templates: render subject and bodies in the application (or a Logic App) before sending, and keep the templates in source control or Blob Storage."
}

mapping "AWS::Pinpoint::SmsTemplate" {
  service = "Azure Communication Services SMS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note    = "There are no stored SMS templates: compose the message text in the application before calling the SMS API."
}

mapping "AWS::Pinpoint::PushTemplate" {
  service = "Azure Notification Hubs (template registrations)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/notification-hubs/notification-hubs-templates-cross-platform-push-messages"
  note    = "Notification Hubs templates are registered by each device (the platform-specific payload with $(property) placeholders) rather than stored centrally; the back end then sends property values once for every platform. Central templates with defaults per platform must move into the app's registration code."
}

mapping "AWS::Pinpoint::InAppTemplate" {
  service = "Application code"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/overview"
  note    = "In-app messaging has no Azure service: deliver in-app content from your own back end (for example a configuration or content API) or a third-party engagement SDK."
}

mapping "AWS::Pinpoint::Campaign" {
  service = "Dynamics 365 Customer Insights - Journeys"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-insights/journeys/"
  note    = "Campaigns (scheduled or triggered sends to a segment, with A/B treatments and limits) have no Azure platform service: rebuild them in a marketing platform such as Dynamics 365 Customer Insights - Journeys, or as scheduled Logic Apps or functions that call Communication Services and Notification Hubs."
}

mapping "AWS::Pinpoint::Segment" {
  service = "Dynamics 365 Customer Insights - Journeys"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-insights/journeys/"
  note    = "Audience segments have no Azure platform service: keep endpoint attributes in your own database and query them, or define segments in a marketing platform such as Dynamics 365 Customer Insights. Notification Hubs tags and tag expressions cover simple push targeting."
}

mapping "AWS::Pinpoint::ApplicationSettings" {
  service = "Application code"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/overview"
  note    = "Project-wide campaign settings (quiet time, send limits, campaign hook, CloudWatch metrics) belong to the campaign engine, which Azure does not provide: enforce them in the sending code or workflow, and monitor the Communication Services resources with Azure Monitor."
}

mapping "AWS::Pinpoint::VoiceChannel" {
  service = "Azure Communication Services Call Automation"
  status  = "partial"
  azurerm = ["azurerm_communication_service"]
  arm     = ["Microsoft.Communication/communicationServices"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "Outbound voice messages become calls placed with Call Automation from a phone number of the Communication Services resource, playing text-to-speech through Azure AI Speech; numbers are acquired in the portal or API, not with azurerm."
}
