# Amazon OpenSearch Serverless → Azure AI Search (search and vector collections) or
# Azure Data Explorer (time-series and log collections). Neither covers both: AI Search
# does not do log analytics, and Data Explorer does not do OpenSearch full-text search.

mapping "aws_opensearchserverless_collection" {
  cloudformation = ["AWS::OpenSearchServerless::Collection"]
  service        = "Azure AI Search or Azure Data Explorer"
  status         = "partial"
  azurerm        = ["azurerm_search_service", "azurerm_kusto_cluster"]
  arm            = ["Microsoft.Search/searchServices", "Microsoft.Kusto/clusters"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "The collection type decides the target: SEARCH and VECTORSEARCH → Azure AI Search, TIMESERIES → Azure Data Explorer. Indexes, mappings and queries are rewritten for the target either way; neither speaks the OpenSearch API."

  target "search" {
    when    = contains(["SEARCH", "VECTORSEARCH"], try(upper(self.type), upper(self.Type), ""))
    service = "Azure AI Search"
    status  = "partial"
    azurerm = ["azurerm_search_service"]
    arm     = ["Microsoft.Search/searchServices"]
    link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
    note    = "A search or vector collection becomes a search service; each OpenSearch index becomes an AI Search index (created through the data-plane REST API or SDK, not azurerm) with a schema of fields, analyzers and vector profiles. Capacity is provisioned as replicas and partitions of a tier instead of serverless OCUs."
  }

  target "timeseries" {
    when    = try(upper(self.type), upper(self.Type), "") == "TIMESERIES"
    service = "Azure Data Explorer"
    status  = "partial"
    azurerm = ["azurerm_kusto_cluster", "azurerm_kusto_database"]
    arm     = ["Microsoft.Kusto/clusters", "Microsoft.Kusto/clusters/databases"]
    link    = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
    note    = "A time-series collection becomes a Data Explorer database (or a Fabric Eventhouse): ingestion through Event Hubs or the ingestion APIs, queries in KQL, dashboards in Data Explorer or Grafana instead of OpenSearch Dashboards."
  }

  caveat "query-rewrite" {
    severity = "warning"
    message  = "Neither target accepts the OpenSearch REST API or query DSL: clients, ingest pipelines and dashboards must be rewritten (AI Search REST or SDK queries; KQL for Data Explorer)."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  }

  caveat "no-standby-replicas" {
    when     = try(upper(self.standby_replicas), upper(self.StandbyReplicas), "ENABLED") == "DISABLED"
    severity = "info"
    message  = "Standby replicas were disabled to save cost; on AI Search the equivalent choice is the replica count (two replicas for read availability, three for read-write SLA), on Data Explorer the cluster size and SKU."
    link     = "https://learn.microsoft.com/azure/search/search-capacity-planning"
  }
}

mapping "aws_opensearchserverless_security_policy" {
  cloudformation = ["AWS::OpenSearchServerless::SecurityPolicy"]
  service        = "Azure AI Search or Azure Data Explorer"
  status         = "partial"
  azurerm        = ["azurerm_search_service", "azurerm_kusto_cluster"]
  arm            = ["Microsoft.Search/searchServices", "Microsoft.Kusto/clusters"]
  link           = "https://learn.microsoft.com/azure/search/search-security-overview"
  note           = "Security policies become settings of the target service itself: an encryption policy becomes customer-managed key encryption, a network policy becomes public network access settings, IP rules and private endpoints."

  target "encryption" {
    when    = try(lower(self.type), lower(self.Type), "") == "encryption"
    service = "Azure AI Search or Azure Data Explorer"
    status  = "partial"
    azurerm = ["azurerm_search_service", "azurerm_kusto_cluster_customer_managed_key"]
    arm     = ["Microsoft.Search/searchServices", "Microsoft.Kusto/clusters"]
    link    = "https://learn.microsoft.com/azure/search/search-security-manage-encryption-keys"
    note    = "Data is always encrypted at rest with Microsoft-managed keys; a customer KMS key becomes a Key Vault key (on AI Search it is applied per index or synonym map through the data-plane API, on Data Explorer with azurerm_kusto_cluster_customer_managed_key)."
  }

  target "network" {
    when    = try(lower(self.type), lower(self.Type), "") == "network"
    service = "Azure AI Search or Azure Data Explorer"
    status  = "partial"
    azurerm = ["azurerm_search_service", "azurerm_private_endpoint"]
    arm     = ["Microsoft.Search/searchServices", "Microsoft.Network/privateEndpoints"]
    link    = "https://learn.microsoft.com/azure/search/service-create-private-endpoint"
    note    = "Public or VPC-only access becomes public_network_access_enabled and allowed_ips on the search service (or the Data Explorer cluster) plus private endpoints for VNet access."
  }
}

mapping "aws_opensearchserverless_access_policy" {
  cloudformation = ["AWS::OpenSearchServerless::AccessPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment", "azurerm_kusto_database_principal_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments", "Microsoft.Kusto/clusters/databases/principalAssignments"]
  link           = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note           = "Data access rules become role assignments: Search Index Data Reader or Contributor (scoped to the service, or to an index through the data plane) on AI Search, database viewer/ingestor/admin principal assignments on Data Explorer. Enable role-based access on the search service instead of API keys."
}

mapping "aws_opensearchserverless_vpc_endpoint" {
  cloudformation = ["AWS::OpenSearchServerless::VpcEndpoint"]
  service        = "Azure Private Link"
  status         = "direct"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/search/service-create-private-endpoint"
  note           = "A private endpoint to the search service (group searchService) or the Data Explorer cluster, in the subnet, with a private DNS zone (privatelink.search.windows.net for AI Search) linked to the virtual network."
}

mapping "aws_opensearchserverless_lifecycle_policy" {
  cloudformation = ["AWS::OpenSearchServerless::LifecyclePolicy"]
  service        = "Azure Data Explorer"
  status         = "partial"
  azurerm        = ["azurerm_kusto_database"]
  arm            = ["Microsoft.Kusto/clusters/databases"]
  link           = "https://learn.microsoft.com/kusto/management/retention-policy"
  note           = "Index retention becomes the Data Explorer retention policy: soft_delete_period (and hot_cache_period for the fast tier) on azurerm_kusto_database, or per-table retention set with management commands. Azure AI Search has no automatic document expiry; delete old documents from the indexing pipeline."
}

mapping "aws_elasticsearch_domain" {
  cloudformation = ["AWS::Elasticsearch::Domain"]
  service        = "Elastic Cloud (Elasticsearch) - An Azure Native ISV Service"
  status         = "partial"
  azurerm        = ["azurerm_elastic_cloud_elasticsearch"]
  arm            = ["Microsoft.Elastic/monitors"]
  link           = "https://learn.microsoft.com/azure/partner-solutions/elastic/overview"
  note           = "Azure runs no managed Elasticsearch or OpenSearch of its own. The closest API-compatible target is Elastic Cloud deployed through the Azure Native integration (operated and billed by Elastic through the Azure Marketplace); otherwise rewrite for Azure AI Search (application and vector search) or Azure Data Explorer (log and time-series analytics). Indexes, snapshots and clients must be migrated either way."

  caveat "opensearch-engine" {
    when     = startswith(try(lower(self.elasticsearch_version), lower(self.ElasticsearchVersion), ""), "opensearch")
    severity = "warning"
    message  = "The domain runs OpenSearch, not Elasticsearch: Elastic Cloud speaks the Elasticsearch API, and OpenSearch-only features (plugins, security configuration, query extensions) and client libraries must be checked or replaced."
    link     = "https://learn.microsoft.com/azure/partner-solutions/elastic/overview"
  }

  caveat "vpc-access" {
    when     = can(self.vpc_options[0].subnet_ids) || can(self.VPCOptions.SubnetIds)
    severity = "info"
    message  = "A VPC-only domain becomes an Elastic deployment reached through a private endpoint (Azure Private Link) with Elastic traffic filters that block public access; the deployment itself does not live in your virtual network."
    link     = "https://learn.microsoft.com/azure/partner-solutions/elastic/overview"
  }
}

mapping "aws_opensearch_domain" {
  cloudformation = ["AWS::OpenSearchService::Domain"]
  service        = "Azure AI Search"
  status         = "partial"
  azurerm        = ["azurerm_search_service"]
  arm            = ["Microsoft.Search/searchServices"]
  link           = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note           = "Azure runs no managed OpenSearch. For application, full-text and vector search, rebuild the indexes in Azure AI Search; for log and time-series analytics use Azure Data Explorer or a Log Analytics workspace instead; to keep an Elasticsearch-compatible API, deploy Elastic Cloud through its Azure Native integration. Index mappings, ingestion pipelines and queries must be rewritten either way."

  target "elasticsearch-engine" {
    when    = startswith(try(lower(self.engine_version), lower(self.EngineVersion), ""), "elasticsearch")
    service = "Elastic Cloud (Elasticsearch) - An Azure Native ISV Service"
    status  = "partial"
    azurerm = ["azurerm_elastic_cloud_elasticsearch"]
    arm     = ["Microsoft.Elastic/monitors"]
    link    = "https://learn.microsoft.com/azure/partner-solutions/elastic/overview"
    note    = "The domain runs the Elasticsearch engine: Elastic Cloud through the Azure Native integration keeps the Elasticsearch API (operated and billed by Elastic through the Azure Marketplace). Snapshots, indexes and clients still have to be moved."
  }

  caveat "log-analytics" {
    severity = "info"
    message  = "If the domain serves logs and dashboards rather than search, Azure AI Search is the wrong target: send the logs to Azure Data Explorer or Log Analytics and rebuild the dashboards there."
    link     = "https://learn.microsoft.com/azure/data-explorer/data-explorer-overview"
  }

  caveat "vpc-access" {
    when     = can(self.vpc_options[0].subnet_ids) || can(self.VPCOptions.SubnetIds)
    severity = "info"
    message  = "A VPC-only domain becomes a search service reached through a private endpoint with public network access disabled; the service itself does not run inside your virtual network."
    link     = "https://learn.microsoft.com/azure/search/service-create-private-endpoint"
  }
}
