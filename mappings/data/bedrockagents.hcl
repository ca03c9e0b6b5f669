# Agents for Amazon Bedrock → Microsoft Foundry Agent Service (agents, tools and versions in a
# Foundry project); knowledge bases → Azure AI Search.

mapping "aws_bedrockagent_agent" {
  cloudformation = ["AWS::Bedrock::Agent"]
  service        = "Microsoft Foundry Agent Service"
  status         = "partial"
  requires       = ["azurerm_cognitive_account", "azurerm_cognitive_account_project"]
  link           = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note           = "A Bedrock agent becomes a prompt agent in a Foundry project: a model deployment, instructions and tools. Agents are data-plane objects created with the Foundry SDK, REST API or portal, so Terraform only manages the Foundry account (kind AIServices), its project and the model deployment (azurerm_cognitive_deployment) the agent uses."

  caveat "bedrock-model" {
    severity = "warning"
    message  = "The agent's foundation model must be replaced by a model deployed in the Foundry account; prompts, orchestration templates and tool-calling behaviour need testing with the new model."
    link     = "https://learn.microsoft.com/azure/foundry/agents/overview"
  }

  caveat "guardrail" {
    when     = can(self.guardrail_configuration[0]) || can(self.GuardrailConfiguration)
    severity = "info"
    message  = "The attached guardrail becomes the content filter (RAI policy) of the agent's model deployment."
    link     = "https://learn.microsoft.com/azure/ai-services/openai/concepts/content-filter"
  }
}

mapping "aws_bedrockagent_agent_action_group" {
  service = "Microsoft Foundry Agent Service tools"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note    = "An action group becomes a tool in the agent definition: an OpenAPI tool for an API schema, an Azure Functions or custom function tool in place of the Lambda executor, or an MCP server tool. The code interpreter and user-input action groups map to built-in tools or application logic."
}

mapping "aws_bedrockagent_agent_alias" {
  cloudformation = ["AWS::Bedrock::AgentAlias"]
  service        = "Microsoft Foundry Agent Service (agent versions)"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note           = "Foundry agents are versioned; callers pin an agent name and version, or use a published agent's stable endpoint, instead of an alias. Provisioned-throughput routing on the alias becomes the choice of model deployment in the agent."
}

mapping "aws_bedrockagent_agent_collaborator" {
  service = "Microsoft Foundry Agent Service (multi-agent)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note    = "Supervisor and collaborator agents become agents that call other agents as tools, or a multi-agent workflow; the routing and handoff instructions are rewritten for the new orchestration."
}

mapping "aws_bedrockagent_knowledge_base" {
  cloudformation = ["AWS::Bedrock::KnowledgeBase"]
  service        = "Azure AI Search"
  status         = "partial"
  azurerm        = ["azurerm_search_service"]
  arm            = ["Microsoft.Search/searchServices"]
  link           = "https://learn.microsoft.com/azure/search/retrieval-augmented-generation-overview"
  note           = "A vector knowledge base becomes a search index with vector fields in an AI Search service, filled by an indexer with integrated vectorization that calls an embedding model deployed in Foundry. The index, indexer and skillset are data-plane objects; the agent uses it through the Azure AI Search tool."

  caveat "external-vector-store" {
    when     = try(anytrue([for s in self.storage_configuration : !contains(["", "OPENSEARCH_SERVERLESS", "S3_VECTORS"], upper(try(s.type, "")))]), !contains(["", "OPENSEARCH_SERVERLESS", "S3_VECTORS"], upper(self.StorageConfiguration.Type)), false)
    severity = "info"
    message  = "The knowledge base keeps its vectors in a third-party or database store (Pinecone, MongoDB Atlas, Redis Enterprise Cloud, Neptune Analytics, Aurora or an OpenSearch managed cluster): that store can stay and be called from a custom tool, or the vectors move into AI Search."
    link     = "https://learn.microsoft.com/azure/search/vector-search-overview"
  }

  caveat "kendra-or-sql" {
    when     = contains(["KENDRA", "SQL"], try(upper(self.knowledge_base_configuration[0].type), upper(self.KnowledgeBaseConfiguration.Type), ""))
    severity = "warning"
    message  = "A Kendra-backed or structured (SQL) knowledge base is not a vector index: a Kendra index becomes an AI Search index with semantic ranking, and natural-language-to-SQL over a warehouse becomes a custom tool or Fabric data agent."
    link     = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  }
}

mapping "aws_bedrockagent_data_source" {
  cloudformation = ["AWS::Bedrock::DataSource"]
  service        = "Azure AI Search (indexers and data sources)"
  status         = "partial"
  azurerm        = ["azurerm_search_service"]
  arm            = ["Microsoft.Search/searchServices"]
  link           = "https://learn.microsoft.com/azure/search/search-indexer-overview"
  note           = "A data source becomes an AI Search data source, indexer and skillset (chunking with the text split skill, embeddings with the Azure OpenAI embedding skill). Indexers read Azure stores such as Blob Storage, Data Lake Storage, Azure SQL and Cosmos DB; content from S3 is copied into Blob Storage first."

  caveat "non-s3-source" {
    when     = !contains(["", "S3"], try(upper(self.data_source_configuration[0].type), upper(self.DataSourceConfiguration.Type), ""))
    severity = "warning"
    message  = "Web crawler, Confluence, Salesforce and SharePoint connectors have no direct indexer: stage the content in Blob Storage (for example with Logic Apps or Data Factory) or push documents with the indexing API; check the current SharePoint indexer status before relying on it."
    link     = "https://learn.microsoft.com/azure/search/search-data-sources-gallery"
  }
}

mapping "aws_bedrockagent_agent_knowledge_base_association" {
  service = "Microsoft Foundry Agent Service tools"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note    = "Attaching a knowledge base becomes an Azure AI Search tool in the agent definition, pointing at the index through a project connection to the search service; the association description becomes tool instructions."
}

mapping "aws_bedrockagent_flow" {
  cloudformation = ["AWS::Bedrock::Flow"]
  service        = "Azure Logic Apps (Standard) or agent workflows in code"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_standard"]
  arm            = ["Microsoft.Web/sites"]
  link           = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  note           = "A prompt flow of prompts, conditions, knowledge-base lookups and Lambda calls becomes a Logic Apps Standard workflow with Azure OpenAI, AI Search and Functions actions, or an orchestration written in code. The flow definition has to be rebuilt; it does not convert."
}

mapping "AWS::Bedrock::FlowVersion" {
  service = "Azure Logic Apps (Standard)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  note    = "Workflows have no immutable published versions: version the workflow definition in source control and deploy it per environment (deployment slots can stage a new version)."
}

mapping "AWS::Bedrock::FlowAlias" {
  service = "Azure Logic Apps (Standard)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  note    = "There are no aliases: callers use the workflow's trigger URL, and a new version is rolled out by redeploying or swapping a deployment slot."
}

mapping "aws_bedrockagent_prompt" {
  cloudformation = ["AWS::Bedrock::Prompt"]
  service        = "Application configuration"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note           = "Managed prompt templates have no ARM resource: keep the templates and their inference settings in source control (or Azure App Configuration) and load them in the application; prompt agents in Foundry can hold instructions per agent version."
}

mapping "AWS::Bedrock::PromptVersion" {
  service = "Application configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note    = "Prompt versions become commits or tagged releases of the template in source control (or labelled keys in Azure App Configuration)."
}

data "aws_bedrockagent_agent_versions" {
  service = "Microsoft Foundry Agent Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note    = "azurerm cannot read agents or their versions; list them with the Foundry SDK or REST API."
}

mapping "AWS::Bedrock::AutomatedReasoningPolicy" {
  service = "Azure AI Content Safety"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/content-safety/overview"
  note    = "Azure has no service that checks model answers against formal logic rules built from your policy documents. Groundedness detection in Azure AI Content Safety flags answers not supported by source text; rule checks themselves must run in application code."
}

mapping "AWS::Bedrock::AutomatedReasoningPolicyVersion" {
  service = "Azure AI Content Safety"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/content-safety/overview"
  note    = "Without automated reasoning policies there are no policy versions; version the rule checks with the application code."
}
