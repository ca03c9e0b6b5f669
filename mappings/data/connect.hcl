# Amazon Connect → Dynamics 365 Contact Center (SaaS, configured outside ARM), or a contact center you
# build on Azure Communication Services (phone numbers, Call Automation, Job Router).

mapping "aws_connect_instance" {
  cloudformation = ["AWS::Connect::Instance"]
  service        = "Dynamics 365 Contact Center, or Azure Communication Services"
  status         = "partial"
  azurerm        = ["azurerm_communication_service"]
  arm            = ["Microsoft.Communication/communicationServices"]
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note           = "Azure has no managed contact-center resource. The ready-made counterpart is Dynamics 365 Contact Center, a licensed SaaS set up in its admin center, not through azurerm. To build your own, an Azure Communication Services resource supplies phone numbers, PSTN calling, chat and SMS; Call Automation runs the call logic in your code, and agents, queues and routing are your application's (Job Router offers queue and worker matching)."
}

mapping "aws_connect_instance_storage_config" {
  cloudformation = ["AWS::Connect::InstanceStorageConfig"]
  service        = "Azure Communication Services call recording"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/voice-video-calling/call-recording"
  note           = "There is no storage setting on the resource: call recordings are started through the Call Recording API and downloaded or written to your own storage account, and call logs go to Log Analytics or storage through a diagnostic setting (azurerm_monitor_diagnostic_setting) on the Communication Services resource."
}

mapping "aws_connect_phone_number" {
  cloudformation = ["AWS::Connect::PhoneNumber"]
  service        = "Azure Communication Services phone numbers"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/telephony/plan-solution"
  note           = "Numbers are acquired for a Communication Services resource in the portal or through the Phone Numbers API, not as azurerm resources; availability of toll-free and geographic numbers varies by country. Existing numbers can instead be kept at your carrier and connected through direct routing with a session border controller."
}

mapping "aws_connect_phone_number_contact_flow_association" {
  service = "Azure Event Grid (IncomingCall events)"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm     = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/incoming-call-notification"
  note    = "Incoming calls are delivered as IncomingCall events on the Communication Services system topic: subscribe your Call Automation endpoint, with an advanced filter on the called number to send each number to its own handler."
}

mapping "aws_connect_contact_flow" {
  cloudformation = ["AWS::Connect::ContactFlow", "AWS::Connect::ContactFlowVersion"]
  service        = "Azure Communication Services Call Automation"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note           = "A contact flow has no declarative counterpart on Azure: its blocks (play prompt, gather DTMF or speech, transfer, queue) become code that calls the Call Automation API, or workstreams and routing rules in Dynamics 365 Contact Center. The flow JSON cannot be imported."
}

mapping "aws_connect_contact_flow_module" {
  cloudformation = ["AWS::Connect::ContactFlowModule", "AWS::Connect::ContactFlowModuleAlias", "AWS::Connect::ContactFlowModuleVersion"]
  service        = "Azure Communication Services Call Automation"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note           = "Reusable flow modules become shared functions in the code that drives Call Automation; versions and aliases become releases of that code."
}

mapping "aws_connect_queue" {
  cloudformation = ["AWS::Connect::Queue"]
  service        = "Dynamics 365 Contact Center queues, or Azure Communication Services Job Router"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/router/concepts"
  note           = "Queues are configuration of Dynamics 365 Contact Center, or Job Router queues with a distribution policy created through the Job Router SDK in a custom build; neither is an azurerm resource."
}

mapping "aws_connect_routing_profile" {
  cloudformation = ["AWS::Connect::RoutingProfile"]
  service        = "Dynamics 365 Contact Center, or Azure Communication Services Job Router"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/router/concepts"
  note           = "Which queues and channels an agent serves, and how many contacts at once, becomes worker registration (queue assignments, channel capacity, labels) in Job Router or agent assignment in Dynamics 365 Contact Center; not an azurerm resource."
}

mapping "aws_connect_hours_of_operation" {
  cloudformation = ["AWS::Connect::HoursOfOperation"]
  service        = "Dynamics 365 Contact Center, or application logic"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note           = "Business hours are an operating-hours record in Dynamics 365 Contact Center, or a schedule check in the code that answers calls in a Call Automation build."
}

mapping "aws_connect_quick_connect" {
  cloudformation = ["AWS::Connect::QuickConnect"]
  service        = "Dynamics 365 Contact Center, or application logic"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note           = "Transfer destinations become consult and transfer targets in Dynamics 365 Contact Center, or targets your agent application passes to the Call Automation transfer call action."
}

mapping "aws_connect_user" {
  cloudformation = ["AWS::Connect::User"]
  service        = "Microsoft Entra ID users with contact-center roles"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/identity-model"
  note           = "Agents sign in with Entra ID accounts that are given Dynamics 365 Contact Center roles, or, in a custom build, your application maps its users to Communication Services identities; agents are not azurerm resources."
}

mapping "aws_connect_security_profile" {
  cloudformation = ["AWS::Connect::SecurityProfile"]
  service        = "Dynamics 365 Contact Center security roles"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/identity-model"
  note           = "Permissions of agents and supervisors become Dynamics 365 security roles, or authorization in your own agent application; Azure RBAC governs only managing the Communication Services resource."
}

mapping "aws_connect_user_hierarchy_group" {
  cloudformation = ["AWS::Connect::UserHierarchyGroup"]
  service        = "Dynamics 365 Contact Center, or application data"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/router/concepts"
  note           = "Agent hierarchy groups (teams, sites) become business units or teams in Dynamics 365, or worker labels in Job Router; there is no azurerm resource."
}

mapping "aws_connect_user_hierarchy_structure" {
  cloudformation = ["AWS::Connect::UserHierarchyStructure"]
  service        = "Dynamics 365 Contact Center, or application data"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/router/concepts"
  note           = "The level names of the agent hierarchy have no Azure resource; keep them in the contact-center configuration or your application."
}

mapping "aws_connect_bot_association" {
  service = "Microsoft Copilot Studio or Azure AI Bot Service with Call Automation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "Lex bots are not carried over: rebuild the conversation as a Copilot Studio agent (Dynamics 365 Contact Center) or as your own bot driven by Call Automation speech recognition and text-to-speech with Azure AI Speech."
}

mapping "aws_connect_lambda_function_association" {
  service = "Azure Functions called from Call Automation code"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No allow-listing is needed: the code handling Call Automation events calls any Azure Function or API directly."
}

mapping "aws_connect_vocabulary" {
  service = "Azure AI Speech phrase lists or Custom Speech"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/speech-service/improve-accuracy-phrase-list"
  note    = "Custom vocabulary for transcription becomes a phrase list supplied with each recognition request, or a Custom Speech model trained on your terms; neither is an azurerm resource."
}

mapping "AWS::Connect::Prompt" {
  service = "Azure Communication Services Call Automation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/play-action"
  note    = "Audio prompts become WAV files in storage your code serves by URL to the play action, or text rendered by Azure AI Speech text-to-speech at play time."
}

mapping "AWS::Connect::IntegrationAssociation" {
  service = "Application integration code"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "Associating bots, functions or applications with the instance has no counterpart: the code that drives calls invokes them directly."
}

mapping "AWS::Connect::AgentStatus" {
  cloudformation = ["AWS::Connect::ApprovedOrigin", "AWS::Connect::DataTable", "AWS::Connect::DataTableAttribute", "AWS::Connect::DataTableRecord", "AWS::Connect::EmailAddress", "AWS::Connect::EvaluationForm", "AWS::Connect::Notification", "AWS::Connect::PredefinedAttribute", "AWS::Connect::Rule", "AWS::Connect::SecurityKey", "AWS::Connect::TaskTemplate", "AWS::Connect::TrafficDistributionGroup", "AWS::Connect::View", "AWS::Connect::ViewVersion", "AWS::Connect::Workspace"]
  service        = "Dynamics 365 Contact Center, or application logic"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note           = "Agent statuses, task templates, evaluation forms, rules, agent workspace views and similar contact-center configuration have no Azure resource: recreate them in Dynamics 365 Contact Center or in your own agent application."
}

data "aws_connect_instance" {
  service = "Azure Communication Services"
  status  = "partial"
  azurerm = ["azurerm_communication_service"]
  link    = "https://learn.microsoft.com/azure/communication-services/overview"
  note    = "Reads the Communication Services resource that carries the telephony; Dynamics 365 Contact Center configuration is not readable through azurerm."
}

data "aws_connect_bot_association" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_contact_flow" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_contact_flow_module" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_hours_of_operation" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_instance_storage_config" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_lambda_function_association" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_prompt" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_queue" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_quick_connect" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_routing_profile" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_security_profile" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_user" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_user_hierarchy_group" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_user_hierarchy_structure" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

data "aws_connect_vocabulary" {
  service = "Dynamics 365 Contact Center, or application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "No azurerm data source reads contact-center configuration: take the value from Dynamics 365 Contact Center or from your own application's configuration."
}

mapping "AWS::ConnectCampaignsV2::Campaign" {
  service = "Azure Communication Services"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "Azure has no managed outbound campaign service with a predictive or progressive dialer. Build it: place calls with Call Automation (connecting answered calls to agents or an AI agent), send SMS and email with Communication Services, and drive pacing, schedules and contact lists from Logic Apps or Functions; Dynamics 365 Customer Insights - Journeys covers marketing SMS and email journeys. Respect calling-hour and consent rules yourself."
}
