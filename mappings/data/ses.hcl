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
