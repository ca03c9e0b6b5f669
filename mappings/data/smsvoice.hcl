# AWS End User Messaging SMS (Pinpoint SMS and Voice v2) → Azure Communication Services SMS.
# Numbers, short codes and sender IDs are acquired for the Communication Services resource outside azurerm.

mapping "aws_pinpointsmsvoicev2_phone_number" {
  cloudformation = ["AWS::SMSVOICE::PhoneNumber"]
  service        = "Azure Communication Services phone numbers"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note           = "Toll-free numbers and short codes are acquired for a Communication Services resource (azurerm_communication_service) in the portal or through the Phone Numbers API, with the country's registration such as toll-free verification; they are not azurerm resources, cannot be transferred from AWS, and which number types may send SMS differs by country."
}

mapping "AWS::SMSVOICE::SenderId" {
  service = "Azure Communication Services alphanumeric sender ID"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note    = "Alphanumeric sender IDs are enabled or registered for the Communication Services resource in the portal, per country where they are supported; there is no azurerm resource."
}

mapping "aws_pinpointsmsvoicev2_pool" {
  cloudformation = ["AWS::SMSVOICE::Pool"]
  service        = "Application logic with Azure Communication Services SMS"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note           = "Communication Services has no origination pool: the sending application names the from number on each request, so choosing among numbers, failover and sticky senders are implemented in that code."
}

mapping "aws_pinpointsmsvoicev2_configuration_set" {
  cloudformation = ["AWS::SMSVOICE::ConfigurationSet"]
  service        = "Azure Communication Services SMS"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note           = "There is no configuration set: delivery reports are requested per message (enable delivery report option) and SMS events go to every Event Grid subscription on the resource's system topic; default sender and message type become settings of the sending code."
}

mapping "aws_pinpointsmsvoicev2_event_destination" {
  service  = "Azure Event Grid"
  status   = "partial"
  azurerm  = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm      = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  requires = ["azurerm_communication_service"]
  link     = "https://learn.microsoft.com/azure/event-grid/communication-services-sms-events"
  note     = "SMS delivery reports and inbound messages are Event Grid events (SMSDeliveryReportReceived, SMSReceived) of the Communication Services system topic: subscribe a webhook, function, Event Hubs or Service Bus endpoint, filtered on the event types that the destination's matching event types listed."
}

mapping "aws_pinpointsmsvoicev2_opt_out_list" {
  cloudformation = ["AWS::SMSVOICE::OptOutList"]
  service        = "Azure Communication Services SMS opt-out handling"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/sms/sms-faq"
  note           = "Communication Services handles the standard opt-out keywords (such as STOP) for its numbers and blocks later messages to recipients who opted out; a named list that you manage, shared across numbers, becomes data in your application checked before sending."
}

mapping "AWS::SMSVOICE::ProtectConfiguration" {
  service = "Application logic with Azure Communication Services SMS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/sms/concepts"
  note    = "Per-country allow and block rules against SMS pumping have no Communication Services setting: validate destination countries in the sending code before calling the SMS API."
}

mapping "AWS::SMSVOICE::ResourcePolicy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/authentication"
  note    = "Sharing numbers, pools or sender IDs with other accounts becomes granting other identities access to the Communication Services resource (Microsoft Entra ID with an Azure role, or its access key); numbers themselves cannot be shared across resources."
}
