# Amazon Lex (V2 and the V1 model-building API) → Azure Bot Service for channels and the bot
# registration, bot code (or Copilot Studio) for dialogs, and conversational language
# understanding (CLU) in an Azure AI Language or Foundry account for intents and entities.

mapping "aws_lexv2models_bot" {
  cloudformation = ["AWS::Lex::Bot"]
  service        = "Azure Bot Service with conversational language understanding"
  status         = "partial"
  azurerm        = ["azurerm_bot_service_azure_bot", "azurerm_cognitive_account"]
  arm            = ["Microsoft.BotService/botServices", "Microsoft.CognitiveServices/accounts"]
  link           = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/overview"
  note           = "Lex is an all-in-one bot builder; on Azure the pieces are separate. A CLU project in a Language (kind TextAnalytics) or Foundry account recognises intents and entities; the dialog (slot elicitation, confirmation, responses, fulfilment) is bot code hosted on App Service or Functions, or a Copilot Studio agent; Azure Bot Service registers the bot and connects channels. CLU projects are data-plane objects, created and trained through the authoring API or Language Studio."

  caveat "dialog-logic" {
    severity = "warning"
    message  = "CLU only classifies an utterance: slot prompts, re-prompts, confirmation, session attributes and Lambda code hooks must be rewritten as bot dialogs (or Copilot Studio topics)."
    link     = "https://learn.microsoft.com/azure/bot-service/bot-service-overview"
  }

  caveat "bot-network" {
    when     = try(upper(self.type), upper(self.BotType), "") == "BOTNETWORK"
    severity = "info"
    message  = "A network of bots becomes an orchestration workflow project that routes each utterance to the right CLU or question-answering project."
    link     = "https://learn.microsoft.com/azure/ai-services/language-service/orchestration-workflow/overview"
  }
}

mapping "aws_lexv2models_bot_locale" {
  service = "Conversational language understanding"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/overview"
  note    = "A locale becomes the language of a CLU project; a multilingual project can serve several languages from one model, or keep one project per language. The NLU confidence threshold becomes a check on the returned intent score in the bot code."

  caveat "voice" {
    when     = can(self.voice_settings[0]) || can(self.VoiceSettings)
    severity = "info"
    message  = "Voice output (Polly voice) and speech input become Azure AI Speech (text to speech and speech to text), connected to the bot through the Direct Line Speech channel or a telephony integration."
    link     = "https://learn.microsoft.com/azure/bot-service/bot-service-channel-connect-directlinespeech"
  }
}

mapping "aws_lexv2models_bot_version" {
  cloudformation = ["AWS::Lex::BotVersion"]
  service        = "Conversational language understanding (trained models)"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/how-to/deploy-model"
  note           = "A bot version becomes a named trained model of the CLU project (a snapshot of its intents, entities and utterances); the dialog code is versioned with the application."
}

mapping "AWS::Lex::BotAlias" {
  service = "Conversational language understanding (deployments)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/how-to/deploy-model"
  note    = "An alias becomes a named CLU deployment (for example production) that points at a trained model and can be swapped; the bot code calls the deployment name. Alias-level code hooks, logging and sentiment settings move into the bot code and Azure Monitor."
}

mapping "AWS::Lex::ResourcePolicy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/concepts/role-based-access-control"
  note    = "Grant the Cognitive Services Language roles (Reader, Writer, Owner) on the Language account to the identities that query or author the project, instead of a resource policy."
}

mapping "aws_lexv2models_intent" {
  service  = "Conversational language understanding (intents)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/overview"
  note     = "An intent becomes a CLU intent labelled with the sample utterances; AMAZON.FallbackIntent becomes the built-in None intent. Prompts, confirmation, closing responses and fulfilment or dialog code hooks become bot code."
}

mapping "aws_lexv2models_slot" {
  service  = "Conversational language understanding (entities)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/concepts/entity-components"
  note     = "A slot becomes a CLU entity labelled in the intent's utterances; whether the slot is required, its elicitation prompts and its order are dialog logic in the bot code."
}

mapping "aws_lexv2models_slot_type" {
  service  = "Conversational language understanding (entity components)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/concepts/entity-components"
  note     = "A custom slot type becomes an entity list component (values with synonyms), a regex component for a pattern, or a learned component; built-in AMAZON.* types map to prebuilt components such as numbers, dates and emails, where one exists."

  caveat "composite-or-grammar" {
    when     = can(self.composite_slot_type_setting[0]) || can(self.external_source_setting[0])
    severity = "warning"
    message  = "Composite slot types and SRGS grammar slot types have no CLU counterpart: model the parts as separate entities and combine them in the bot code, or handle grammar-based recognition with Azure AI Speech."
    link     = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/concepts/entity-components"
  }
}

mapping "aws_lex_bot" {
  service = "Azure Bot Service with conversational language understanding"
  status  = "partial"
  azurerm = ["azurerm_bot_service_azure_bot", "azurerm_cognitive_account"]
  arm     = ["Microsoft.BotService/botServices", "Microsoft.CognitiveServices/accounts"]
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/overview"
  note    = "A Lex V1 bot becomes a CLU project for its intents and slot types, bot code (or Copilot Studio) for clarification and abort prompts and the dialog, and an Azure Bot Service registration for channels."

  caveat "voice" {
    when     = can(self.voice_id)
    severity = "info"
    message  = "The Polly voice becomes an Azure AI Speech neural voice, connected through the Direct Line Speech channel or a telephony integration."
    link     = "https://learn.microsoft.com/azure/bot-service/bot-service-channel-connect-directlinespeech"
  }
}

mapping "aws_lex_bot_alias" {
  service = "Conversational language understanding (deployments)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/how-to/deploy-model"
  note    = "An alias becomes a named CLU deployment pointing at a trained model; conversation logs move to the bot's telemetry in Application Insights."
}

mapping "aws_lex_intent" {
  service  = "Conversational language understanding (intents)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/overview"
  note     = "An intent becomes a CLU intent with its sample utterances and its slots as entities; slot prompts, confirmation, rejection and the fulfilment or dialog code hooks become bot code."
}

mapping "aws_lex_slot_type" {
  service  = "Conversational language understanding (entity components)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/concepts/entity-components"
  note     = "Enumeration values with synonyms become a list component of a CLU entity; the expand-values strategy (TOP_RESOLUTION) becomes the list key returned for a matched synonym, and open values need a learned component."
}

data "aws_lex_bot" {
  service = "Conversational language understanding"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/overview"
  note    = "CLU projects are data-plane objects with no azurerm data source; read the Language account with the azurerm_cognitive_account data source and the project through the authoring API."
}

data "aws_lex_bot_alias" {
  service = "Conversational language understanding"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/how-to/deploy-model"
  note    = "CLU deployments can only be read through the authoring API; pass the deployment name to the bot as configuration."
}

data "aws_lex_intent" {
  service = "Conversational language understanding"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/overview"
  note    = "Intents are part of the CLU project and readable only through the authoring API."
}

data "aws_lex_slot_type" {
  service = "Conversational language understanding"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/conversational-language-understanding/concepts/entity-components"
  note    = "Entities and their list components are part of the CLU project and readable only through the authoring API."
}
