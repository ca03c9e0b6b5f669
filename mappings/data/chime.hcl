# Amazon Chime SDK (Voice Connector, SIP media applications, messaging) → Azure Communication Services:
# direct routing for SIP trunks, Call Automation for programmable calls, Chat for messaging.
# Amazon Chime the meetings app maps to Microsoft Teams (Microsoft 365), which has no azurerm resources.

mapping "aws_chime_voice_connector" {
  service = "Azure Communication Services direct routing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/telephony/direct-routing-infrastructure"
  note    = "A SIP trunk to your PBX or carrier becomes a session border controller paired with a Communication Services resource through direct routing. The SBC pairing and voice routes are set in the portal or with the SIP routing SDK, not as azurerm resources; only the Communication Services resource (azurerm_communication_service) is."
  differs = "Microsoft's comparison pairs Chime as a whole with Microsoft 365 (Teams). A Voice Connector is SIP trunking for applications, which on Azure is Communication Services direct routing."

  caveat "unencrypted-sip" {
    when     = try(tostring(try(self.require_encryption, self.RequireEncryption)) == "false", false)
    severity = "warning"
    message  = "Direct routing accepts only SIP over TLS with SRTP media, from a certified SBC whose FQDN certificate is issued by a publicly trusted CA: plain SIP/RTP endpoints must be fronted by such an SBC."
    link     = "https://learn.microsoft.com/azure/communication-services/concepts/telephony/direct-routing-infrastructure"
  }
}

mapping "aws_chime_voice_connector_group" {
  service = "Azure Communication Services direct routing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/telephony/direct-routing-provisioning"
  note    = "Failover across connectors becomes a voice route that lists several SBCs (tried in random order) followed by lower-priority routes; it is direct-routing configuration, not an azurerm resource."
}

mapping "aws_chime_voice_connector_origination" {
  service = "Azure Communication Services direct routing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/telephony/direct-routing-provisioning"
  note    = "Inbound calls arrive from the paired SBC to Microsoft's SIP proxy; routing them to a host and priority is done on the SBC, and the call is then delivered to your application as an IncomingCall event."
}

mapping "aws_chime_voice_connector_termination" {
  service = "Azure Communication Services direct routing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/telephony/direct-routing-provisioning"
  note    = "Outbound calling becomes voice routes: number patterns (regular expressions) mapped to SBCs. The SBC is authenticated by its TLS certificate and FQDN, so CIDR allow lists and calling regions become SBC and route configuration."
}

mapping "aws_chime_voice_connector_termination_credentials" {
  service = "Azure Communication Services direct routing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/telephony/direct-routing-infrastructure"
  note    = "Direct routing uses no SIP digest credentials: the SBC proves its identity with a certificate for its FQDN, on a domain verified for the Communication Services resource."
}

mapping "aws_chime_voice_connector_logging" {
  service = "Azure Monitor diagnostic settings"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/analytics/enable-logging"
  note    = "SIP and call logs of the Communication Services resource are sent to Log Analytics, storage or Event Hubs through a diagnostic setting; SIP message capture with the detail Voice Connector logs has no counterpart beyond the SBC's own logs."
}

mapping "aws_chime_voice_connector_streaming" {
  service = "Azure Communication Services Call Automation media streaming"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/audio-streaming-concept"
  note    = "Streaming call audio to Kinesis becomes audio streaming from Call Automation to a WebSocket server you run, requested per call in code rather than set on the trunk."
}

mapping "aws_chimesdkvoice_sip_media_application" {
  service = "Azure Communication Services Call Automation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "The Lambda that drives calls becomes a web service (for example Azure Functions or Container Apps) that receives Call Automation events and answers with actions such as play, recognize and transfer; the application itself is code, not an azurerm resource."
}

mapping "aws_chimesdkvoice_sip_rule" {
  service = "Azure Event Grid (IncomingCall events)"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm     = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/incoming-call-notification"
  note    = "Sending calls for a number or request URI to an application becomes an Event Grid subscription on the Communication Services system topic for IncomingCall events, filtered on the called number and pointing to the Call Automation handler."
}

mapping "aws_chimesdkvoice_global_settings" {
  service = "Azure Monitor diagnostic settings"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/analytics/enable-logging"
  note    = "Call detail records written to S3 become call logs sent by a diagnostic setting on the Communication Services resource to a storage account or Log Analytics workspace."
}

mapping "aws_chimesdkvoice_voice_profile_domain" {
  service = "No Azure equivalent (speaker recognition)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/speech-service/overview"
  note    = "Voice profiles for speaker search and voice-tone analysis have no Azure managed counterpart that works on Communication Services calls: use a third-party voice-biometrics product fed by Call Automation audio streaming."
}

mapping "AWS::Chime::AppInstance" {
  service = "Azure Communication Services Chat"
  status  = "partial"
  azurerm = ["azurerm_communication_service"]
  arm     = ["Microsoft.Communication/communicationServices"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/chat/concepts"
  note    = "A messaging app instance becomes a Communication Services resource; its users, channels and memberships become Communication Services identities, chat threads and participants created through the SDK, not azurerm resources."
}

mapping "AWS::Chime::AppInstanceBot" {
  service = "Azure AI Bot Service or your own chat bot"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/chat/concepts"
  note    = "A Lex-backed chat bot becomes a service that joins chat threads as a Communication Services identity and replies through the Chat SDK, triggered by chat message events from Event Grid."
}
