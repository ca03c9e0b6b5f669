# Amazon SES → Azure Communication Services Email (sending); inbound mail has no Azure equivalent.

mapping "aws_sesv2_email_identity" {
  cloudformation = ["AWS::SES::EmailIdentity"]
  service        = "Azure Communication Services Email"
  status         = "partial"
  azurerm        = ["azurerm_email_communication_service", "azurerm_email_communication_service_domain", "azurerm_communication_service_email_domain_association"]
  arm            = ["Microsoft.Communication/emailServices", "Microsoft.Communication/emailServices/domains", "Microsoft.Communication/communicationServices"]
  requires       = ["azurerm_communication_service"]
  link           = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-custom-verified-domains"
  note           = "A verified domain identity becomes a customer-managed domain of an Email Communication Services resource (verified with a TXT record, plus SPF and DKIM records) connected to the Communication Services resource that applications send through. New resources start with low sending rate limits that are raised through a support request."
  differs        = "Microsoft's comparison names Microsoft 365 mail and third-party senders. For email an application sends from code, Azure Communication Services Email is Azure's own sending service."

  caveat "address-identity" {
    when     = can(regex("@", try(self.email_identity, self.EmailIdentity, "")))
    severity = "info"
    message  = "Communication Services verifies domains, not single e-mail addresses: verify the address's domain (or use an Azure-managed domain) and add the sender as a MailFrom sender username (azurerm_email_communication_service_domain_sender_username)."
    link     = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-domain-and-sender-authentication"
  }

  caveat "bulk-mail" {
    severity = "info"
    message  = "Communication Services Email is an application-to-person sending API: it has no contact lists, templates or subscription management like SES v2. Internal bulk mail fits Microsoft 365 High Volume Email; marketing campaigns may need a specialised e-mail provider."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  }
}

mapping "aws_sesv2_configuration_set" {
  terraform      = ["aws_sesv2_configuration_set", "aws_ses_configuration_set"]
  cloudformation = ["AWS::SES::ConfigurationSet"]
  service        = "Azure Event Grid (Communication Services email events)"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm            = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/event-grid/communication-services-email-events"
  note           = "Event publishing becomes an Event Grid system topic on the Communication Services resource with subscriptions for delivery reports and engagement (open and click) reports; engagement tracking is switched on per domain. Settings such as sending pools and reputation metrics have no counterpart, and the events apply to all mail sent through the resource rather than to a named set chosen per message."
}

mapping "aws_ses_receipt_rule_set" {
  cloudformation = ["AWS::SES::ReceiptRuleSet"]
  service        = "Exchange Online"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/email/sdk-features"
  note           = "Azure Communication Services Email only sends mail. Receive mail in Exchange Online (or a third-party inbound mail service) and process it with Logic Apps or Microsoft Graph change notifications."
}

mapping "aws_ses_receipt_rule" {
  cloudformation = ["AWS::SES::ReceiptRule"]
  service        = "Exchange Online"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/email/sdk-features"
  note           = "Inbound rules (store to S3, invoke Lambda, publish to SNS, bounce) have no Azure mail-receiving service to live in: receive into an Exchange Online mailbox and use a Logic Apps workflow triggered by new mail to save attachments to Blob Storage, call a function or post to Service Bus."
}

mapping "aws_ses_domain_identity" {
  service  = "Azure Communication Services Email"
  status   = "partial"
  azurerm  = ["azurerm_email_communication_service_domain", "azurerm_communication_service_email_domain_association"]
  arm      = ["Microsoft.Communication/emailServices/domains", "Microsoft.Communication/communicationServices"]
  requires = ["azurerm_email_communication_service", "azurerm_communication_service"]
  link     = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-custom-verified-domains"
  note     = "A domain identity becomes a customer-managed domain (domain_management = \"CustomerManaged\") of an Email Communication Services resource, linked to the Communication Services resource that sends. Its verification_records output lists the TXT, SPF, DKIM and DKIM2 records to publish in DNS."
  differs  = "Microsoft's comparison names Microsoft 365 mail and third-party senders. For email an application sends from code, Azure Communication Services Email is Azure's own sending service."
}

mapping "aws_ses_domain_identity_verification" {
  service = "Azure Communication Services Email"
  status  = "implicit"
  azurerm = ["azurerm_email_communication_service_domain"]
  arm     = ["Microsoft.Communication/emailServices/domains"]
  link    = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-custom-verified-domains"
  note    = "Publish the records from the domain's verification_records (for example with azurerm_dns_txt_record) and start verification from the portal or the domain's initiateVerification API; Terraform cannot wait for a verified status the way this resource does, so link the domain to the Communication Services resource only after it is verified."
}

mapping "aws_ses_domain_dkim" {
  service = "Azure Communication Services Email"
  status  = "implicit"
  azurerm = ["azurerm_email_communication_service_domain"]
  arm     = ["Microsoft.Communication/emailServices/domains"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-domain-and-sender-authentication"
  note    = "DKIM is part of domain verification: the domain's verification_records include two DKIM CNAME records (DKIM and DKIM2) to publish; there is no separate resource and no choice of key length or bring-your-own key."
}

mapping "aws_ses_domain_mail_from" {
  terraform = ["aws_ses_domain_mail_from", "aws_sesv2_email_identity_mail_from_attributes"]
  service   = "Azure Communication Services Email"
  status    = "none"
  link      = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-domain-and-sender-authentication"
  note      = "A custom MAIL FROM (bounce) subdomain with its own MX and SPF records has no documented counterpart: Communication Services manages the envelope sender, and SPF for a custom domain is the include record from verification_records. The visible From address is a sender username (azurerm_email_communication_service_domain_sender_username) on the verified domain."
}

mapping "aws_ses_email_identity" {
  service  = "Azure Communication Services Email"
  status   = "partial"
  azurerm  = ["azurerm_email_communication_service_domain_sender_username"]
  arm      = ["Microsoft.Communication/emailServices/domains/senderUsernames"]
  requires = ["azurerm_email_communication_service_domain"]
  link     = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-multiple-senders"
  note     = "Communication Services verifies domains, not single addresses: verify the address's domain (or use an Azure-managed domain, whose only sender is DoNotReply) and add the local part as a sender username with its display name. Custom sender usernames need a custom domain with raised sending limits."
}

mapping "aws_sesv2_configuration_set_event_destination" {
  terraform      = ["aws_sesv2_configuration_set_event_destination", "aws_ses_event_destination"]
  cloudformation = ["AWS::SES::ConfigurationSetEventDestination"]
  service        = "Azure Event Grid (Communication Services email events)"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_system_topic_event_subscription"]
  arm            = ["Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  requires       = ["azurerm_eventgrid_system_topic"]
  link           = "https://learn.microsoft.com/azure/event-grid/communication-services-email-events"
  note           = "An event destination becomes an Event Grid subscription on the Communication Services system topic for EmailDeliveryReportReceived and EmailEngagementTrackingReportReceived events, delivered to Event Hubs, Service Bus, a function, a webhook or a storage queue. Sends, rejects and rendering failures are not separate events, and CloudWatch metric destinations become Azure Monitor metrics and logs (diagnostic settings)."
}

mapping "aws_ses_identity_notification_topic" {
  service  = "Azure Event Grid (Communication Services email events)"
  status   = "partial"
  azurerm  = ["azurerm_eventgrid_system_topic_event_subscription"]
  arm      = ["Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  requires = ["azurerm_eventgrid_system_topic"]
  link     = "https://learn.microsoft.com/azure/event-grid/communication-services-email-events"
  note     = "Bounce, complaint and delivery notifications become delivery report events (with statuses such as Delivered, Bounced, Suppressed, Quarantined and Failed) on an Event Grid subscription; they cover the whole Communication Services resource, so filter on the sender address if only one identity matters."
}

mapping "aws_ses_identity_policy" {
  terraform = ["aws_ses_identity_policy", "aws_sesv2_email_identity_policy"]
  service   = "Azure role-based access control"
  status    = "partial"
  azurerm   = ["azurerm_role_assignment"]
  arm       = ["Microsoft.Authorization/roleAssignments"]
  link      = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/send-email-smtp/smtp-authentication"
  note      = "Sending authorization becomes access to the Communication Services resource: an Entra identity (service principal or managed identity) with a role that allows sending mail, or an access key. Permission attaches to the resource that sends, not to one identity, and there is no delegation to another account's principals."
}

mapping "aws_ses_receipt_filter" {
  cloudformation = ["AWS::SES::ReceiptFilter"]
  service        = "Exchange Online Protection"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/email/sdk-features"
  note           = "Communication Services Email does not receive mail, so there is nothing to filter. If inbound mail moves to Exchange Online, IP allow and block lists become connection filter policies in Exchange Online Protection."
}

mapping "aws_ses_active_receipt_rule_set" {
  service = "Exchange Online"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/email/sdk-features"
  note    = "There is no inbound mail processing in Communication Services to activate; see the receipt rule set mapping for the Exchange Online and Logic Apps alternative."
}

mapping "aws_ses_template" {
  cloudformation = ["AWS::SES::Template"]
  service        = "Azure Communication Services Email"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-overview"
  note           = "Communication Services stores no e-mail templates: render subject, HTML and text bodies in the application (or a Logic App) before calling the send API, and keep templates in source control or Blob Storage."
}

mapping "AWS::SES::CustomVerificationEmailTemplate" {
  service = "Azure Communication Services Email"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-domain-and-sender-authentication"
  note    = "Recipients never verify their addresses with Communication Services (only sender domains are verified), so a custom verification e-mail has no place; if your application verifies user addresses, send that mail yourself."
}

mapping "aws_sesv2_account_suppression_attributes" {
  service = "Azure Communication Services Email suppression lists"
  status  = "partial"
  arm     = ["Microsoft.Communication/emailServices/domains/suppressionLists"]
  link    = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/manage-suppression-list-management-sdks"
  note    = "Suppression lists are kept per sender domain, and you add the addresses (ARM or management SDK; no azurerm resource) rather than choosing reasons (bounce, complaint) for automatic account-wide suppression; messages to listed addresses are not sent and produce a Suppressed delivery report."
}

mapping "aws_sesv2_account_vdm_attributes" {
  cloudformation = ["AWS::SES::VdmAttributes"]
  service        = "Azure Communication Services Email insights"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/analytics/insights/email-insights"
  note           = "Virtual Deliverability Manager dashboards become the Email Insights workbook in Azure Monitor, fed by the resource's diagnostic logs (azurerm_monitor_diagnostic_setting to Log Analytics); engagement (open and click) tracking is switched on per domain (user_engagement_tracking_enabled). There is no automatic deliverability advice."
}

mapping "aws_sesv2_contact_list" {
  cloudformation = ["AWS::SES::ContactList"]
  service        = "Application data or Dynamics 365 Customer Insights - Journeys"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  note           = "Communication Services keeps no contact lists, topics or subscription preferences: store them in the application's database (with an unsubscribe endpoint and List-Unsubscribe header you add yourself), or use a marketing platform such as Dynamics 365 Customer Insights - Journeys."
}

mapping "aws_sesv2_dedicated_ip_pool" {
  cloudformation = ["AWS::SES::DedicatedIpPool"]
  service        = "Azure Communication Services Email"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  note           = "Communication Services Email offers no dedicated sending IPs or IP pools: mail goes out from service-managed infrastructure. Workloads that need their own IP reputation need a specialised e-mail provider."
}

mapping "aws_sesv2_dedicated_ip_assignment" {
  service = "Azure Communication Services Email"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  note    = "There are no dedicated sending IPs to assign; see the dedicated IP pool mapping."
}

mapping "aws_sesv2_email_identity_feedback_attributes" {
  service = "Azure Event Grid (Communication Services email events)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-grid/communication-services-email-events"
  note    = "Bounces and complaints are not forwarded by e-mail: consume delivery report events through Event Grid (and the Email Insights logs) instead."
}

mapping "aws_sesv2_tenant" {
  cloudformation = ["AWS::SES::Tenant"]
  service        = "Azure Communication Services Email"
  status         = "partial"
  azurerm        = ["azurerm_email_communication_service", "azurerm_communication_service"]
  arm            = ["Microsoft.Communication/emailServices", "Microsoft.Communication/communicationServices"]
  link           = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-overview"
  note           = "Per-tenant isolation of identities, configuration and reputation becomes one Communication Services (and Email Communication Services) resource, or at least one domain, per tenant; there is no tenant object with its own reputation management or automatic pausing."
}

mapping "aws_sesv2_tenant_resource_association" {
  service = "Azure Communication Services Email"
  status  = "implicit"
  azurerm = ["azurerm_communication_service_email_domain_association"]
  arm     = ["Microsoft.Communication/communicationServices"]
  link    = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/connect-email-communication-resource"
  note    = "Associating identities with a tenant becomes linking the tenant's verified domains to that tenant's Communication Services resource."
}

mapping "AWS::SES::MultiRegionEndpoint" {
  service = "Azure Communication Services Email"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-overview"
  note    = "There is no multi-region sending endpoint: for resilience, create Communication Services resources in two data locations with the domain verified for each, and fail over in the sending code."
}

mapping "AWS::PinpointEmail::ConfigurationSet" {
  service = "Azure Event Grid (Communication Services email events)"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_system_topic"]
  arm     = ["Microsoft.EventGrid/systemTopics"]
  link    = "https://learn.microsoft.com/azure/event-grid/communication-services-email-events"
  note    = "The legacy Pinpoint Email configuration set maps like an SES v2 configuration set: an Event Grid system topic on the Communication Services resource; sending pools and reputation options have no counterpart."
}

mapping "AWS::PinpointEmail::ConfigurationSetEventDestination" {
  service  = "Azure Event Grid (Communication Services email events)"
  status   = "partial"
  azurerm  = ["azurerm_eventgrid_system_topic_event_subscription"]
  arm      = ["Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  requires = ["azurerm_eventgrid_system_topic"]
  link     = "https://learn.microsoft.com/azure/event-grid/communication-services-email-events"
  note     = "Becomes an Event Grid subscription for delivery and engagement report events, as for an SES v2 event destination."
}

mapping "AWS::PinpointEmail::DedicatedIpPool" {
  service = "Azure Communication Services Email"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  note    = "Communication Services Email offers no dedicated sending IPs or IP pools; workloads that need their own IP reputation need a specialised e-mail provider."
}

mapping "AWS::PinpointEmail::Identity" {
  service  = "Azure Communication Services Email"
  status   = "partial"
  azurerm  = ["azurerm_email_communication_service_domain", "azurerm_communication_service_email_domain_association"]
  arm      = ["Microsoft.Communication/emailServices/domains", "Microsoft.Communication/communicationServices"]
  requires = ["azurerm_email_communication_service", "azurerm_communication_service"]
  link     = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-custom-verified-domains"
  note     = "A legacy Pinpoint Email identity maps like an SES domain identity: a customer-managed domain verified with the TXT, SPF and DKIM records from verification_records, linked to the Communication Services resource; single addresses become sender usernames on a verified domain."
}

data "aws_ses_active_receipt_rule_set" {
  service = "Exchange Online"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/email/sdk-features"
  note    = "Communication Services Email does not receive mail, so there is no active rule set to read."
}

data "aws_ses_domain_identity" {
  service = "Azure Communication Services Email"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-custom-verified-domains"
  note    = "azurerm has no data source for e-mail domains; reference the domain resource or read it through the ARM API (Microsoft.Communication/emailServices/domains)."
}

data "aws_ses_email_identity" {
  service = "Azure Communication Services Email"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-multiple-senders"
  note    = "azurerm has no data source for sender usernames; reference the sender username resource or read it through the ARM API."
}

data "aws_sesv2_configuration_set" {
  service = "Azure Event Grid (Communication Services email events)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/event-grid/communication-services-email-events"
  note    = "azurerm has no data source for Event Grid system topics or their subscriptions; reference them by resource ID."
}

data "aws_sesv2_dedicated_ip_pool" {
  service = "Azure Communication Services Email"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/messaging"
  note    = "Communication Services Email has no dedicated IP pools to look up."
}

data "aws_sesv2_email_identity" {
  service = "Azure Communication Services"
  status  = "partial"
  azurerm = ["azurerm_communication_service"]
  link    = "https://learn.microsoft.com/azure/communication-services/quickstarts/email/add-custom-verified-domains"
  note    = "azurerm can look up the Communication Services resource (endpoint and keys) but not its e-mail domains; reference domains by resource ID."
}

data "aws_sesv2_email_identity_mail_from_attributes" {
  service = "Azure Communication Services Email"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/email/email-domain-and-sender-authentication"
  note    = "There is no custom MAIL FROM domain setting to read; sender usernames are the configurable From addresses."
}

mapping "AWS::SES::MailManagerIngressPoint" {
  service = "Exchange Online"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/use-connectors-to-configure-mail-flow"
  note    = "Azure has no managed inbound SMTP endpoint: Communication Services Email only sends. Receive mail through Exchange Online (the domain's MX record, with inbound connectors that restrict or authenticate sending servers) or run your own SMTP gateway on VMs."
}

mapping "AWS::SES::MailManagerRuleSet" {
  service = "Exchange Online"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/mail-flow-best-practices/mail-flow-rules/mail-flow-rules"
  note    = "Mail Manager rules have no Azure counterpart: conditions and actions (drop, relay, archive, deliver, add headers) become Exchange Online mail flow rules, and actions that write to storage or invoke code become a Logic Apps workflow triggered by new mail."
}

mapping "AWS::SES::MailManagerTrafficPolicy" {
  service = "Exchange Online Protection"
  status  = "none"
  link    = "https://learn.microsoft.com/defender-office-365/connection-filter-policies-configure"
  note    = "Accept or deny decisions on incoming SMTP traffic become Exchange Online Protection connection filtering (IP allow and block lists), inbound connectors and mail flow rules; Azure itself has no SMTP traffic policy."
}

mapping "AWS::SES::MailManagerRelay" {
  service = "Exchange Online"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/mail-flow-best-practices/use-connectors-to-configure-mail-flow/use-connectors-to-configure-mail-flow"
  note    = "A relay to another SMTP server becomes an Exchange Online outbound connector to a smart host; Azure has no relay resource."
}

mapping "AWS::SES::MailManagerArchive" {
  service = "Exchange Online journaling or Microsoft Purview retention"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/security-and-compliance/journaling/journaling"
  note    = "Email archiving with search and retention has no Azure resource: use Exchange Online journaling or Microsoft Purview retention policies for mailboxes, or store raw messages in Blob Storage with immutability policies from a Logic Apps workflow."
}

mapping "AWS::SES::MailManagerAddressList" {
  service = "Exchange Online"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/mail-flow-best-practices/mail-flow-rules/mail-flow-rules"
  note    = "Address lists used in rule conditions become recipient or sender conditions of Exchange Online mail flow rules, usually through a distribution or security group holding the addresses."
}

mapping "AWS::SES::MailManagerAddonInstance" {
  service = "Microsoft Defender for Office 365"
  status  = "none"
  link    = "https://learn.microsoft.com/defender-office-365/anti-spam-protection-about"
  note    = "Third-party Marketplace add-ons that scan mail have no Azure counterpart: Exchange Online Protection and Defender for Office 365 provide anti-spam, anti-malware and phishing protection; other vendors plug in as inbound connectors."
}

mapping "AWS::SES::MailManagerAddonSubscription" {
  service = "Microsoft Defender for Office 365"
  status  = "none"
  link    = "https://learn.microsoft.com/defender-office-365/anti-spam-protection-about"
  note    = "Subscriptions to Mail Manager add-ons have no counterpart: license Defender for Office 365, or subscribe to the third-party mail security vendor directly and route mail through it with connectors."
}
