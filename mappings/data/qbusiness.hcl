# Amazon Q Business → Microsoft 365 Copilot with Copilot connectors (SaaS), or a custom
# retrieval-augmented generation app on Azure AI Search and Azure OpenAI models in Microsoft Foundry.

mapping "aws_qbusiness_application" {
  cloudformation = ["AWS::QBusiness::Application"]
  service        = "Azure AI Search with Azure OpenAI (custom RAG), or Microsoft 365 Copilot"
  status         = "partial"
  azurerm        = ["azurerm_search_service", "azurerm_cognitive_account"]
  arm            = ["Microsoft.Search/searchServices", "Microsoft.CognitiveServices/accounts"]
  link           = "https://learn.microsoft.com/azure/search/retrieval-augmented-generation-overview"
  note           = "There is no single managed equivalent. Employees' assistant over company content maps either to Microsoft 365 Copilot (licensed per user, outside ARM, extended to external systems with Copilot connectors) or to a custom retrieval-augmented generation app: an Azure AI Search index for retrieval, a chat model deployed in an Azure OpenAI / AI Services account, and your own application or agent that combines them. Guardrails, topic controls and plugins become application logic, content filters and agent tools."

  caveat "identity-and-acls" {
    severity = "warning"
    message  = "Q Business filters answers by the signed-in user's source permissions (through IAM Identity Center). A custom app must carry document permissions into the search index and apply security filters per user (Microsoft Entra ID sign-in); Microsoft 365 Copilot honours permissions for Microsoft 365 content and for connectors that supply ACLs."
    link     = "https://learn.microsoft.com/azure/search/search-security-trimming-for-azure-search"
  }
}

mapping "AWS::QBusiness::Index" {
  service = "Azure AI Search"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  arm     = ["Microsoft.Search/searchServices"]
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "A Q Business index becomes a search index (with vector fields for semantic retrieval) in an Azure AI Search service; the service is an ARM resource, the index schema is created through the data-plane API. Index capacity units map to the service's SKU, replicas and partitions."
}

mapping "AWS::QBusiness::Retriever" {
  service = "Azure AI Search"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/search/retrieval-augmented-generation-overview"
  note    = "A retriever only tells the application which index to query (native index or a Kendra index); in a custom RAG app that is the search index name and query configuration (hybrid search, semantic ranking) used by the application, so no resource is needed."
}

mapping "AWS::QBusiness::DataSource" {
  service = "Azure AI Search indexers, or Microsoft 365 Copilot connectors"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  arm     = ["Microsoft.Search/searchServices"]
  link    = "https://learn.microsoft.com/azure/search/search-indexer-overview"
  note    = "For a custom app, a data source becomes an AI Search data source and indexer (with a skillset for chunking and embeddings), which pull from Azure stores such as Blob Storage, Data Lake Storage, Azure SQL and Cosmos DB; content in other SaaS systems is staged in one of those or pushed by your own pipeline. With Microsoft 365 Copilot, SaaS sources are brought in through Copilot connectors instead."
}

mapping "AWS::QBusiness::WebExperience" {
  service = "Azure App Service (custom chat front end), or Microsoft 365 Copilot Chat"
  status  = "partial"
  azurerm = ["azurerm_linux_web_app"]
  arm     = ["Microsoft.Web/sites"]
  link    = "https://learn.microsoft.com/azure/search/retrieval-augmented-generation-overview"
  note    = "The hosted chat web experience has no managed counterpart for a custom RAG app: host your own chat front end (for example on App Service with Microsoft Entra sign-in) that calls the model and the search index. If Microsoft 365 Copilot is the target, users chat in Copilot Chat, Teams or Microsoft 365 apps and nothing is deployed."
}

mapping "AWS::QBusiness::Plugin" {
  service = "Agent tools in a custom app, or Microsoft 365 Copilot API plugins"
  status  = "partial"
  link    = "https://learn.microsoft.com/microsoft-365-copilot/extensibility/overview-api-plugins"
  note    = "Plugins that act in other systems (create tickets, query SaaS APIs) become tools the model calls through function calling in a custom RAG app, or API plugins of a Microsoft 365 Copilot agent described by an OpenAPI document. Built-in Q Business plugins for specific SaaS products have no prebuilt counterpart beyond the connectors each product offers."
}

mapping "AWS::QBusiness::DataAccessor" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note    = "Letting an independent software vendor's application query the index becomes a Microsoft Entra application (multitenant or in your tenant) granted Search Index Data Reader on the search service or index; per-user document filtering must still be applied by that application or through security trimming."
}

mapping "AWS::QBusiness::Permission" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note    = "A permission statement that lets an independent software vendor call the application's actions becomes role assignments for the vendor's Microsoft Entra application (its service principal in your tenant) on the search service or index, such as Search Index Data Reader; there are no per-action statements or conditions."
}
