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

mapping "AWS::Wisdom::AIAgent" {
  service = "Copilot in Dynamics 365 Contact Center"
  status  = "partial"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "An AI agent (answer recommendation, manual search or self-service, with its prompts and knowledge base association) becomes the matching Copilot feature, turned on and scoped in the Dynamics 365 admin center; Copilot's built-in features are not defined as agents with your own prompts. Custom agent behavior needs an agent built in Microsoft Copilot Studio, or Microsoft Foundry agents for a contact center built on Azure Communication Services."
}

mapping "AWS::Wisdom::AIAgentVersion" {
  service = "Copilot in Dynamics 365 Contact Center"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Copilot settings have no immutable versions: keep configuration in a Dataverse solution under source control and promote it between environments with solution imports."
}

mapping "AWS::Wisdom::AIPrompt" {
  service = "Copilot in Dynamics 365 Contact Center"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "The prompts behind Copilot in Dynamics 365 are managed by Microsoft and cannot be replaced. Custom prompt templates (and their model choice) move into the agent that replaces them: a Copilot Studio agent's instructions, or prompts kept in source control for a Microsoft Foundry agent."
}

mapping "AWS::Wisdom::AIPromptVersion" {
  service = "Copilot in Dynamics 365 Contact Center"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "There are no prompt versions to publish: version custom prompts in source control along with the agent that uses them."
}

mapping "AWS::Wisdom::AIGuardrail" {
  service = "Azure AI Content Safety"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/ai-services/content-safety/overview"
  note    = "Copilot in Dynamics 365 applies Microsoft's built-in content filtering, with no guardrail object of your own. For an assistant rebuilt on Microsoft Foundry, content filters (harm categories and severity thresholds, blocklists for denied words, prompt shields) come from Azure AI Content Safety and the model deployment's content filter policy; denied topics and PII redaction need blocklists, custom categories or your own checks."
}

mapping "AWS::Wisdom::AIGuardrailVersion" {
  service = "Azure AI Content Safety"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/content-safety/overview"
  note    = "Content filter policies are not versioned: keep them in infrastructure code and change them through deployments."
}
