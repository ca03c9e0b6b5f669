# Amazon Kendra → Azure AI Search (the search service in ARM; indexes, indexers and data sources
# in its data plane).

mapping "aws_kendra_index" {
  cloudformation = ["AWS::Kendra::Index"]
  service        = "Azure AI Search"
  status         = "partial"
  azurerm        = ["azurerm_search_service"]
  arm            = ["Microsoft.Search/searchServices"]
  link           = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note           = "A Kendra index becomes an Azure AI Search service (SKU and replica/partition counts replace the Kendra edition and capacity units) holding one or more search indexes. The index schema, semantic ranker configuration, scoring profiles and synonym maps are data-plane objects created through the REST API or SDKs, not ARM resources. Relevance tuning, FAQs and query suggestions are rebuilt with scoring profiles, semantic ranking, a separate FAQ index and suggesters."

  caveat "user-context-filtering" {
    when     = try(length(self.user_token_configurations), length(self.UserTokenConfigurations), 0) > 0 || can(self.user_context_policy) || can(self.UserContextPolicy)
    severity = "warning"
    message  = "Kendra's token-based user context filtering has no built-in equivalent: store allowed users or groups on each document and apply security filters at query time (or use the document-level access control features where your data source supports them)."
    link     = "https://learn.microsoft.com/azure/search/search-security-trimming-for-azure-search"
  }

  caveat "rag-retrieval" {
    severity = "info"
    message  = "For retrieval-augmented generation, Kendra's Retrieve API maps to hybrid (keyword plus vector) queries with semantic ranking in AI Search, which needs vector fields and an embedding step (integrated vectorization or your own pipeline)."
    link     = "https://learn.microsoft.com/azure/search/retrieval-augmented-generation-overview"
  }
}

mapping "aws_kendra_data_source" {
  cloudformation = ["AWS::Kendra::DataSource"]
  service        = "Azure AI Search (indexers and data sources)"
  status         = "partial"
  azurerm        = ["azurerm_search_service"]
  arm            = ["Microsoft.Search/searchServices"]
  link           = "https://learn.microsoft.com/azure/search/search-indexer-overview"
  note           = "A Kendra connector becomes an AI Search data source plus an indexer (and optionally a skillset for chunking, OCR or embeddings), all created in the service's data plane. Indexers pull from Azure sources such as Blob Storage, Data Lake Storage, Azure SQL and Cosmos DB; content from other systems is copied into one of those or pushed into the index by your own pipeline."

  caveat "non-azure-source" {
    when     = !contains(["", "CUSTOM", "DATABASE"], try(upper(self.type), upper(self.Type), ""))
    severity = "warning"
    message  = "This connector type (S3, web crawler, Confluence, Salesforce, ServiceNow, Jira, Slack and similar) has no AI Search indexer: stage the content in Blob Storage (for example with Data Factory or Logic Apps connectors) and index it from there, or push documents with the indexing API; SharePoint Online indexing is limited, so check its current status before relying on it."
    link     = "https://learn.microsoft.com/azure/search/search-data-sources-gallery"
  }

  caveat "schedule" {
    when     = can(self.schedule) || can(self.Schedule)
    severity = "info"
    message  = "The sync schedule becomes the indexer's schedule (minimum interval five minutes); change detection depends on the source (blob last-modified, SQL change tracking, Cosmos DB _ts)."
    link     = "https://learn.microsoft.com/azure/search/search-howto-schedule-indexers"
  }
}

mapping "aws_kendra_experience" {
  service = "Azure AI Search"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "AI Search has no hosted, no-code search page: build the search front end in your own web app (calling the query API with Entra authentication), or put a chat experience over the index with Azure OpenAI or Copilot Studio."
}

mapping "aws_kendra_faq" {
  cloudformation = ["AWS::Kendra::Faq"]
  service        = "Azure AI Search"
  status         = "partial"
  azurerm        = ["azurerm_search_service"]
  arm            = ["Microsoft.Search/searchServices"]
  link           = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note           = "FAQ question-answer pairs have no special handling: load them as documents (question and answer fields) into an index of the search service, a data-plane object, and boost or query that index alongside the main content."
}

mapping "aws_kendra_query_suggestions_block_list" {
  service = "Azure AI Search suggesters"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/index-add-suggesters"
  note    = "Suggesters (autocomplete and suggestions) draw on indexed field content and have no block list: leave blocked terms out of the suggester's source fields or filter suggestions in the application."
}

mapping "aws_kendra_thesaurus" {
  service = "Azure AI Search synonym maps"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  arm     = ["Microsoft.Search/searchServices"]
  link    = "https://learn.microsoft.com/azure/search/search-synonyms"
  note    = "A thesaurus becomes a synonym map (Solr rule format, like the Kendra file) created in the service's data plane and assigned to searchable fields in the index definition; there is no ARM or azurerm resource for it."
}

data "aws_kendra_experience" {
  service = "Azure AI Search"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "There is no hosted search experience to look up; the application that queries the index owns its endpoint."
}

data "aws_kendra_faq" {
  service = "Azure AI Search"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "Looks up the search service; the FAQ content itself is an index in its data plane, read through the REST API."
}

data "aws_kendra_index" {
  service = "Azure AI Search"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "Looks up the search service (endpoint, SKU, replicas, partitions, keys); index definitions are data-plane objects."
}

data "aws_kendra_query_suggestions_block_list" {
  service = "Azure AI Search suggesters"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/index-add-suggesters"
  note    = "Suggesters have no block list to look up."
}

data "aws_kendra_thesaurus" {
  service = "Azure AI Search synonym maps"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  link    = "https://learn.microsoft.com/azure/search/search-synonyms"
  note    = "Synonym maps are data-plane objects read through the REST API; azurerm only looks up the service."
}
