# Amazon CloudSearch → Azure AI Search.

mapping "aws_cloudsearch_domain" {
  service = "Azure AI Search"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  arm     = ["Microsoft.Search/searchServices"]
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "A search domain becomes a search service: the instance type becomes the pricing tier (sku), and desired partition and replication counts become partition_count and replica_count (two or more replicas spread across zones where the region supports them, in place of multi_az). Queries are rewritten from the CloudSearch structured or Lucene syntax to the AI Search simple or full Lucene syntax and OData filters."

  caveat "index-fields" {
    when     = try(length(self.index_field), 0) > 0
    severity = "info"
    message  = "Index fields are not part of azurerm_search_service: define the index schema (field types, searchable, filterable, facetable, sortable, retrievable, analyzers) through the REST API, an SDK or a deployment script, and reload the documents with the push API or an indexer."
    link     = "https://learn.microsoft.com/azure/search/search-how-to-create-search-index"
  }
}

mapping "aws_cloudsearch_domain_service_access_policy" {
  service = "Azure AI Search access control"
  status  = "partial"
  azurerm = ["azurerm_search_service", "azurerm_role_assignment"]
  arm     = ["Microsoft.Search/searchServices", "Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note    = "The access policy splits into network and identity controls: source IP conditions become allowed_ips (or private endpoints with public access disabled), and principals become Search Index Data Reader or Contributor role assignments (with role-based access enabled on the service) or query and admin API keys."
}
