# Amazon Bedrock → Microsoft Foundry: models deployed in an Azure AI Foundry (kind AIServices) or
# Azure OpenAI (kind OpenAI) account; content filters (RAI policies) for guardrails.

mapping "aws_bedrock_custom_model" {
  service  = "Azure OpenAI fine-tuning in Microsoft Foundry"
  status   = "partial"
  azurerm  = ["azurerm_cognitive_deployment"]
  arm      = ["Microsoft.CognitiveServices/accounts/deployments"]
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/openai/how-to/fine-tuning"
  note     = "A fine-tuning job is a data-plane operation (SDK, REST or the Foundry portal), not an ARM resource: upload the training data, run the job against a base model that supports fine-tuning, then deploy the resulting model with azurerm_cognitive_deployment. Only the deployment is managed as infrastructure."

  caveat "base-model" {
    severity = "warning"
    message  = "The Bedrock base model (Amazon Titan or Nova, Anthropic, Meta, Cohere) is not available for fine-tuning on Azure as is: pick a Foundry model that supports fine-tuning and re-run the job; the resulting weights cannot be moved across clouds."
    link     = "https://learn.microsoft.com/azure/ai-services/openai/how-to/fine-tuning"
  }

  caveat "continued-pretraining" {
    when     = try(upper(self.customization_type), "") == "CONTINUED_PRE_TRAINING"
    severity = "warning"
    message  = "Continued pre-training on unlabelled text has no Azure OpenAI counterpart: fine-tuning takes labelled (chat or preference) examples, so the data must be converted or the approach changed (for example retrieval-augmented generation)."
  }
}

mapping "aws_bedrock_evaluation_job" {
  service  = "Microsoft Foundry evaluations"
  status   = "partial"
  requires = ["azurerm_cognitive_account_project"]
  link     = "https://learn.microsoft.com/azure/foundry/observability/how-to/how-to-monitor-agents-dashboard"
  note     = "Model, RAG and agent evaluations run in a Foundry project with built-in or custom evaluators against a test dataset, started from the portal or the SDK; they are not ARM resources, so script them in the pipeline instead of declaring them in Terraform. Human-review work teams have no built-in counterpart."
}

mapping "aws_bedrock_foundation_model_agreement" {
  service = "Azure Marketplace (models sold directly by partners)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note    = "Azure OpenAI and other models sold directly by Azure need no agreement. Partner models offered through Azure Marketplace are subscribed to when they are first deployed in Foundry (the deploying identity needs permission to accept the Marketplace offer); azurerm_marketplace_agreement covers only VM images."
}

mapping "aws_bedrock_use_case_for_model_access" {
  service = "Microsoft Foundry"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note    = "There is no account-wide use-case form: most models are available once deployment quota exists in the region; a few models and features are Limited Access and need a registration per subscription, outside Terraform."
}

mapping "aws_bedrock_guardrail" {
  cloudformation = ["AWS::Bedrock::Guardrail"]
  service        = "Azure OpenAI content filters (RAI policies) with Azure AI Content Safety"
  status         = "partial"
  azurerm        = ["azurerm_cognitive_account_rai_policy"]
  arm            = ["Microsoft.CognitiveServices/accounts/raiPolicies"]
  link           = "https://learn.microsoft.com/azure/ai-services/openai/concepts/content-filter"
  note           = "A guardrail becomes a content filter configuration on the account (hate, sexual, violence and self-harm severity thresholds for prompts and completions, plus prompt-shield jailbreak detection), attached to a model deployment through its rai_policy_name. Unlike a guardrail it applies only to calls to that deployment; screening arbitrary text needs calls to Azure AI Content Safety."

  caveat "denied-words" {
    when     = can(self.word_policy_config[0]) || can(self.WordPolicyConfig)
    severity = "info"
    message  = "Word filters become a custom blocklist (azurerm_cognitive_account_rai_blocklist) referenced by the content filter; the managed profanity list has a built-in counterpart in the filter settings."
    link     = "https://learn.microsoft.com/azure/ai-services/openai/how-to/use-blocklists"
  }

  caveat "sensitive-information" {
    when     = can(self.sensitive_information_policy_config[0]) || can(self.SensitiveInformationPolicyConfig)
    severity = "warning"
    message  = "PII blocking or masking with entity types and regexes is not among the standard content filter categories: detect and redact PII in the application with Azure AI Language PII detection before and after the model call."
    link     = "https://learn.microsoft.com/azure/ai-services/language-service/personally-identifiable-information/overview"
  }

  caveat "denied-topics" {
    when     = can(self.topic_policy_config[0]) || can(self.TopicPolicyConfig)
    severity = "warning"
    message  = "Denied topics have no like-for-like setting: check whether custom categories or topics are available for the content filter in your region, otherwise enforce them with a classifier step or the system prompt."
    link     = "https://learn.microsoft.com/azure/ai-services/content-safety/overview"
  }

  caveat "contextual-grounding" {
    when     = can(self.contextual_grounding_policy_config[0]) || can(self.ContextualGroundingPolicyConfig)
    severity = "warning"
    message  = "Contextual grounding checks become groundedness detection (Azure AI Content Safety, also offered as an optional content filter model); it works differently from Bedrock thresholds, so check its availability, languages and output before relying on it."
    link     = "https://learn.microsoft.com/azure/ai-services/content-safety/overview"
  }
}

mapping "aws_bedrock_guardrail_version" {
  cloudformation = ["AWS::Bedrock::GuardrailVersion"]
  service        = "Azure OpenAI content filters (RAI policies)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/ai-services/openai/concepts/content-filter"
  note           = "Content filter configurations are not versioned: keep each released configuration as its own azurerm_cognitive_account_rai_policy (or in source control) and switch the deployment's rai_policy_name to roll forward or back."
}

mapping "aws_bedrock_inference_profile" {
  service = "Microsoft Foundry model deployments"
  status  = "partial"
  azurerm = ["azurerm_cognitive_deployment"]
  arm     = ["Microsoft.CognitiveServices/accounts/deployments"]
  link    = "https://learn.microsoft.com/azure/ai-services/openai/how-to/deployment-types"
  note    = "An application inference profile (a model handle for cost tracking) becomes a named deployment, which carries its own quota and can be tracked per deployment in metrics; cross-region routing of system profiles becomes the Global or Data Zone deployment type (sku name) instead of a separate object."
}

mapping "AWS::Bedrock::ApplicationInferenceProfile" {
  service = "Microsoft Foundry model deployments"
  status  = "partial"
  azurerm = ["azurerm_cognitive_deployment"]
  arm     = ["Microsoft.CognitiveServices/accounts/deployments"]
  link    = "https://learn.microsoft.com/azure/ai-services/openai/how-to/deployment-types"
  note    = "Create a separate deployment per application or tenant to track usage and cost by deployment; Global and Data Zone deployment types replace cross-region inference profiles."
}

mapping "aws_bedrock_provisioned_model_throughput" {
  service  = "Azure OpenAI provisioned throughput"
  status   = "partial"
  azurerm  = ["azurerm_cognitive_deployment"]
  arm      = ["Microsoft.CognitiveServices/accounts/deployments"]
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/openai/concepts/provisioned-throughput"
  note     = "Provisioned throughput becomes a deployment with a provisioned SKU (ProvisionedManaged, DataZoneProvisionedManaged or GlobalProvisionedManaged) whose capacity is a number of provisioned throughput units (PTUs); model units do not convert one-to-one, so size PTUs with the capacity calculator. PTU quota must exist in the region first."

  caveat "commitment" {
    when     = can(self.commitment_duration) || can(self.CommitmentDuration)
    severity = "info"
    message  = "A term commitment becomes an Azure reservation for provisioned throughput, bought separately from the deployment (hourly billing applies without one)."
    link     = "https://learn.microsoft.com/azure/ai-services/openai/concepts/provisioned-throughput"
  }
}

mapping "aws_bedrock_model_invocation_logging_configuration" {
  service = "Azure Monitor diagnostic settings, or API Management LLM logging"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/api-management/api-management-howto-llm-logs"
  note    = "A diagnostic setting on the Foundry or Azure OpenAI account sends request and usage logs to Log Analytics, Storage or Event Hubs. To record prompt and completion text as Bedrock invocation logging does, route model traffic through API Management and enable its LLM message logging."
}

mapping "AWS::Bedrock::IntelligentPromptRouter" {
  service = "Microsoft Foundry model router"
  status  = "partial"
  azurerm = ["azurerm_cognitive_deployment"]
  arm     = ["Microsoft.CognitiveServices/accounts/deployments"]
  link    = "https://learn.microsoft.com/azure/ai-services/openai/concepts/model-router"
  note    = "The model router is deployed like a model and picks an underlying model per request from the models supported by its version (optionally a subset you choose); routing between models outside that list, such as your own fine-tuned deployments, stays in the application."
}

mapping "AWS::Bedrock::Blueprint" {
  service = "Azure AI Content Understanding"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/ai-services/content-understanding/overview"
  note    = "A data-automation blueprint (output schema for a document, image, audio or video type) becomes a Content Understanding analyzer with a field schema, created through the data-plane API on a Foundry (AIServices) account."
}

mapping "AWS::Bedrock::DataAutomationProject" {
  service  = "Azure AI Content Understanding"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/content-understanding/overview"
  note     = "The project's set of blueprints and standard outputs becomes a set of Content Understanding analyzers (data-plane objects) on a Foundry (AIServices) account; the application calls the analyzer that fits each file."
}

mapping "AWS::Bedrock::ResourcePolicy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/ai-services/openai/how-to/role-based-access-control"
  note    = "Foundry resources have no resource policy document: grant roles such as Cognitive Services OpenAI User or Azure AI User to the calling identities at account or project scope."
}

data "aws_bedrock_foundation_model" {
  service = "Microsoft Foundry model catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note    = "azurerm has no model-catalog data source: set the model name, format and version of azurerm_cognitive_deployment as variables, and check regional availability with az cognitiveservices model list."
}

data "aws_bedrock_foundation_models" {
  service = "Microsoft Foundry model catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note    = "azurerm cannot list models; use az cognitiveservices model list (or the Models REST API) for a location outside Terraform."
}

data "aws_bedrock_foundation_model_agreement_offers" {
  service = "Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note    = "Marketplace model offers are not readable through azurerm; terms are accepted when the partner model is first deployed."
}

data "aws_bedrock_custom_model" {
  service = "Azure OpenAI fine-tuning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/openai/how-to/fine-tuning"
  note    = "Fine-tuned models are data-plane objects with no azurerm data source: pass the fine-tuned model name into azurerm_cognitive_deployment as a variable."
}

data "aws_bedrock_custom_models" {
  service = "Azure OpenAI fine-tuning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/openai/how-to/fine-tuning"
  note    = "Fine-tuned models can only be listed through the data-plane API or CLI, not through azurerm."
}

data "aws_bedrock_inference_profile" {
  service = "Microsoft Foundry model deployments"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/openai/how-to/deployment-types"
  note    = "azurerm has no data source for a model deployment: reference the azurerm_cognitive_deployment resource, or pass its name as a variable."
}

data "aws_bedrock_inference_profiles" {
  service = "Microsoft Foundry model deployments"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/openai/how-to/deployment-types"
  note    = "Deployments of an account can only be listed with az cognitiveservices account deployment list, not through azurerm."
}

data "aws_bedrock_use_case_for_model_access" {
  service = "Microsoft Foundry"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note    = "There is no use-case submission to read; Limited Access registrations are handled outside ARM."
}

mapping "AWS::BedrockMantle::Project" {
  service  = "Microsoft Foundry projects"
  status   = "partial"
  azurerm  = ["azurerm_cognitive_account_project"]
  arm      = ["Microsoft.CognitiveServices/accounts/projects"]
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note     = "A project on Bedrock's OpenAI-compatible endpoint, used to separate and attribute usage, becomes a Foundry project (or its own Foundry account when costs must be split by resource). Azure OpenAI also serves the OpenAI API shape, but clients authenticate with Entra ID or account keys rather than short-term Bedrock tokens, and the models offered differ."
}

mapping "AWS::AWSExternalAnthropic::Workspace" {
  service  = "Microsoft Foundry projects"
  status   = "partial"
  azurerm  = ["azurerm_cognitive_account_project"]
  arm      = ["Microsoft.CognitiveServices/accounts/projects"]
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-foundry/what-is-azure-ai-foundry"
  note     = "A Claude Platform workspace that groups API keys, usage and limits becomes a Foundry project with Claude model deployments, where those models are offered in your region. The workspace's geography for data residency becomes the deployment type (global, data zone or regional) of the model deployments."
}

mapping "AWS::Bedrock::DataAutomationLibrary" {
  service  = "Azure AI Speech (phrase lists or custom speech)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/speech-service/improve-accuracy-phrase-list"
  note     = "A data-automation library holds custom vocabulary (terms and display forms per language) that Bedrock Data Automation applies when it transcribes audio. Azure has no standalone vocabulary library resource: keep the terms in your own store and pass them as a phrase list when transcribing with Azure AI Speech (real-time or fast transcription; batch transcription takes no phrase list), or train a custom speech model when the list is long. Neither is an ARM resource, so load the terms from the pipeline."
}

mapping "AWS::Bedrock::EnforcedGuardrailConfiguration" {
  service = "Azure OpenAI content filters (RAI policies), or API Management content safety"
  status  = "partial"
  azurerm = ["azurerm_cognitive_account_rai_policy"]
  arm     = ["Microsoft.CognitiveServices/accounts/raiPolicies"]
  link    = "https://learn.microsoft.com/azure/ai-services/openai/concepts/content-filter"
  note    = "An enforced guardrail applies one guardrail version to every Bedrock inference call in the account and region. Azure has no account-wide switch: a content filter (RAI policy) is attached per model deployment through rai_policy_name of azurerm_cognitive_deployment, so give every deployment the same policy. To screen all model traffic in one place whatever the deployment, route it through API Management and apply the llm-content-safety policy, which checks prompts with Azure AI Content Safety."

  caveat "model-scope" {
    when     = can(self.ModelEnforcement) || can(self.model_enforcement[0])
    severity = "info"
    message  = "Included and excluded models become the list of deployments that carry the RAI policy; a deployment created later does not inherit it, so check rai_policy_name in review or with a custom Azure Policy."
    link     = "https://learn.microsoft.com/azure/ai-services/openai/concepts/content-filter"
  }
}
