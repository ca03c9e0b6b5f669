# Amazon Q in Connect (formerly Amazon Connect Wisdom) → Copilot and knowledge management in
# Dynamics 365 Contact Center / Customer Service, configured in the Dynamics 365 apps, not in ARM.

mapping "AWS::Wisdom::Assistant" {
  service = "Copilot in Dynamics 365 Contact Center"
  status  = "partial"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "The agent-assist assistant becomes Copilot in Dynamics 365 Contact Center or Customer Service (answers and suggested responses grounded in knowledge sources), enabled and configured in the admin center of the Dynamics 365 environment; nothing is deployed with azurerm. A custom-built assistant for an Azure Communication Services contact center would use Microsoft Foundry agents with Azure AI Search instead."
}

mapping "AWS::Wisdom::AssistantAssociation" {
  service = "Copilot in Dynamics 365 Contact Center"
  status  = "implicit"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Associating a knowledge base with the assistant becomes choosing Copilot's knowledge sources in the Dynamics 365 admin settings; there is no separate object."
}

mapping "AWS::Wisdom::KnowledgeBase" {
  service = "Dynamics 365 knowledge management"
  status  = "partial"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "A knowledge base becomes Dynamics 365 knowledge articles, or external sources (such as SharePoint or websites) connected as Copilot knowledge sources. Content synced from S3, Salesforce or ServiceNow must be imported or connected again; the S3 storage and its KMS key have no counterpart."
}

mapping "AWS::Wisdom::QuickResponse" {
  service = "Dynamics 365 quick replies"
  status  = "partial"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/develop/reference/entities/msdyn_cannedmessage"
  note    = "Quick responses become quick replies (predefined messages, with tags and locale) that agents insert in the conversation window; they are Dataverse records created in the admin app or through the Dataverse API."
}

mapping "AWS::Wisdom::MessageTemplate" {
  service = "Dynamics 365 message templates"
  status  = "partial"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Message templates (email and SMS content with attributes) become Dynamics 365 message or email templates with dynamic placeholders, stored as Dataverse records; the attribute syntax must be rewritten."
}

mapping "AWS::Wisdom::MessageTemplateVersion" {
  service = "Dynamics 365 message templates"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Templates have no immutable versions: keep template history in a Dataverse solution under source control, and deploy changes through solution imports."
}
