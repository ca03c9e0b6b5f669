# Amazon Kendra Intelligent Ranking (semantic re-ranking for self-managed OpenSearch) → the semantic
# ranker of Azure AI Search.

mapping "AWS::KendraRanking::ExecutionPlan" {
  service = "Azure AI Search semantic ranker"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  arm     = ["Microsoft.Search/searchServices"]
  link    = "https://learn.microsoft.com/azure/search/semantic-search-overview"
  note    = "Semantic re-ranking becomes the semantic ranker of an Azure AI Search service (semantic_search_sku on azurerm_search_service, plus a semantic configuration in the index), which re-ranks Azure AI Search results only. Capacity units have no counterpart: the free plan has a monthly request quota and the standard plan is billed per request. For results that stay in self-managed OpenSearch, call a re-ranking model deployed in Microsoft Foundry from the application instead."
}
