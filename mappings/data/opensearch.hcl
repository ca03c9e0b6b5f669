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

  caveat "wildcard-scope" {
    when     = can(regex("\\*", try(self.policy, self.Policy, "")))
    severity = "info"
    message  = "The policy uses a wildcard that also covers collections created later; Azure has no policy that spans services by name pattern, so set the encryption or network settings on each search service or cluster, and enforce them for new ones with Azure Policy."
    link     = "https://learn.microsoft.com/azure/search/policy-reference"
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

  caveat "fine-grained-access" {
    when     = try(tostring(try(self.advanced_security_options[0].enabled, self.AdvancedSecurityOptions.Enabled)) == "true", false)
    severity = "warning"
    message  = "Fine-grained access control (index, document and field-level roles, internal users) has no direct match: AI Search authorizes with Azure roles at service or index scope; per-document restrictions become security filters in queries, and field hiding becomes separate indexes or fields left out of the schema."
    link     = "https://learn.microsoft.com/azure/search/search-security-trimming-for-azure-search"
  }

  caveat "warm-cold-tiers" {
    when     = try(tostring(try(self.cluster_config[0].warm_enabled, self.ClusterConfig.WarmEnabled)) == "true", false) || try(tostring(try(self.cluster_config[0].cold_storage_options[0].enabled, self.ClusterConfig.ColdStorageOptions.Enabled)) == "true", false)
    severity = "info"
    message  = "UltraWarm and cold storage tiers mean aging log data: AI Search keeps every index on the same storage, so older data belongs in Azure Data Explorer (hot cache plus cheaper retention) or Log Analytics long-term retention instead."
    link     = "https://learn.microsoft.com/kusto/management/cache-policy"
  }

  caveat "zone-awareness" {
    when     = try(tostring(try(self.cluster_config[0].zone_awareness_enabled, self.ClusterConfig.ZoneAwarenessEnabled)) == "true", false)
    severity = "info"
    message  = "Zone awareness has no switch: in regions with availability zones, AI Search places the replicas of a service in different zones once it has two or more, so size the replica count for it (two for read availability, three for read-write)."
    link     = "https://learn.microsoft.com/azure/reliability/reliability-ai-search"
  }

  caveat "customer-managed-key" {
    when     = can(self.encrypt_at_rest[0].kms_key_id) || can(self.EncryptionAtRestOptions.KmsKeyId)
    severity = "info"
    message  = "AI Search always encrypts at rest; a customer key becomes a Key Vault key set on each index and synonym map through the data-plane API (encryptionKey), not on the service."
    link     = "https://learn.microsoft.com/azure/search/search-security-manage-encryption-keys"
  }
}

mapping "aws_elasticsearch_domain_policy" {
  service = "Elastic Cloud (Elasticsearch) - An Azure Native ISV Service"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/partner-solutions/elastic/overview"
  note    = "The IAM resource policy has no Azure resource: access to an Elastic deployment is granted inside Elastic (users, roles and API keys, with Microsoft Entra ID single sign-on) and network reach is limited with Elastic traffic filters (IP or Azure Private Link)."
}

mapping "aws_elasticsearch_domain_saml_options" {
  service = "Elastic Cloud (Elasticsearch) - An Azure Native ISV Service"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/partner-solutions/elastic/overview"
  note    = "SAML sign-in to Kibana is configured in the Elastic deployment itself (Microsoft Entra ID as the SAML identity provider through an enterprise application), not through an azurerm resource."
}

mapping "aws_elasticsearch_vpc_endpoint" {
  service = "Azure Private Link"
  status  = "direct"
  azurerm = ["azurerm_private_endpoint"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note    = "A private endpoint in your subnet to Elastic's Private Link service for the region, plus an Elastic private link traffic filter associated with the deployment (the Azure Native Elastic resource can create and associate it) and a private DNS record for the deployment endpoint."
}

mapping "aws_opensearch_application" {
  cloudformation = ["AWS::OpenSearchService::Application"]
  service        = "Azure Data Explorer dashboards or Azure Managed Grafana"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/data-explorer/azure-data-explorer-dashboards"
  note           = "OpenSearch UI (a hosted Dashboards application over several data sources) has no counterpart: Azure AI Search has no dashboard tool. Rebuild the visualizations in Azure Data Explorer dashboards or Azure Managed Grafana over the analytics data, or in Kibana when the data moves to Elastic Cloud."
}

mapping "aws_opensearch_authorize_vpc_endpoint_access" {
  service = "Azure Private Link"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/search/service-create-private-endpoint"
  note    = "No allow-list resource is needed: a private endpoint from another subscription or tenant is requested against the search service and then approved (or rejected) as a private endpoint connection on that service; only principals with rights on the service can approve."
}

mapping "aws_opensearch_domain_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note    = "The resource policy becomes role assignments on the search service (Search Index Data Reader or Contributor, Search Service Contributor) with role-based access enabled on the service; IP conditions become allowed_ips and public network access settings on azurerm_search_service."
}

mapping "aws_opensearch_domain_saml_options" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note    = "SAML sign-in to OpenSearch Dashboards has no counterpart to configure: Azure AI Search has no dashboards, and users and apps authenticate with Microsoft Entra ID tokens checked against role assignments. Map SAML groups to Entra groups that hold the search data roles."
}

mapping "aws_opensearch_inbound_connection_accepter" {
  service = "Azure AI Search"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "Cross-cluster search has no counterpart: a query targets one index of one search service. Query each service from the application and merge results, or index the data into one service."
}

mapping "aws_opensearch_outbound_connection" {
  service = "Azure AI Search"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "Cross-cluster search and replication between domains have no counterpart: a query targets one index of one search service. Query several services from the application and merge results, or feed both services from the same indexing pipeline."
}

mapping "aws_opensearch_package" {
  service = "Azure AI Search"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/search/search-synonyms"
  note    = "Synonym dictionaries become synonym maps and stopword or stemming files become custom analyzers, both created through the data-plane REST API or SDK (no azurerm resource). Custom OpenSearch plugins have no counterpart; run such logic in a custom skill or the indexing pipeline."
}

mapping "aws_opensearch_package_association" {
  service = "Azure AI Search"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/search/search-synonyms"
  note    = "A synonym map or custom analyzer is attached in the index definition: fields list synonymMaps and analyzer names (data-plane REST API or SDK)."
}

mapping "aws_opensearch_vpc_endpoint" {
  service = "Azure Private Link"
  status  = "direct"
  azurerm = ["azurerm_private_endpoint"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/search/service-create-private-endpoint"
  note    = "A private endpoint to the search service (sub-resource searchService) in the subnet, with the privatelink.search.windows.net private DNS zone linked to the virtual network."
}

mapping "aws_opensearchserverless_security_config" {
  cloudformation = ["AWS::OpenSearchServerless::SecurityConfig"]
  service        = "Microsoft Entra ID"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note           = "SAML or IAM Identity Center sign-in for collections has no counterpart to configure: AI Search and Data Explorer authenticate Microsoft Entra ID users and groups directly, checked against role or principal assignments."
}

mapping "AWS::OpenSearchServerless::Index" {
  service = "Azure AI Search"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/search/search-how-to-create-search-index"
  note    = "An index becomes an AI Search index (fields, analyzers, vector profiles) created through the data-plane REST API or SDK; azurerm manages only the service. OpenSearch mappings are rewritten into the AI Search schema."
}

mapping "AWS::OpenSearchServerless::CollectionIndex" {
  service = "Azure AI Search"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/search/search-how-to-create-search-index"
  note    = "An index with automatic semantic enrichment becomes an AI Search index using integrated vectorization (a vectorizer and an embedding skill in the indexer) and the semantic ranker; the index is created through the data-plane REST API or SDK, since azurerm manages only the service."
}

data "aws_elasticsearch_domain" {
  service = "Elastic Cloud (Elasticsearch) - An Azure Native ISV Service"
  status  = "partial"
  azurerm = ["azurerm_elastic_cloud_elasticsearch"]
  link    = "https://learn.microsoft.com/azure/partner-solutions/elastic/overview"
  note    = "Looks up an Azure Native Elastic resource by name (deployment ID, Elasticsearch and Kibana URLs); cluster settings live in Elastic Cloud."
}

data "aws_opensearch_domain" {
  service = "Azure AI Search"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "Looks up a search service by name (replicas, partitions, keys, identity); the endpoint is https://<name>.search.windows.net."
}

data "aws_opensearchserverless_access_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignments"]
  link    = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note    = "Lists the role assignments at a scope such as the search service; Data Explorer principal assignments have no data source."
}

data "aws_opensearchserverless_collection" {
  service = "Azure AI Search or Azure Data Explorer"
  status  = "partial"
  azurerm = ["azurerm_search_service", "azurerm_kusto_database"]
  link    = "https://learn.microsoft.com/azure/search/search-what-is-azure-search"
  note    = "Look up the search service (search and vector collections) or the Data Explorer database (time-series collections) that replaced the collection."
}

data "aws_opensearchserverless_lifecycle_policy" {
  service = "Azure Data Explorer"
  status  = "partial"
  azurerm = ["azurerm_kusto_database"]
  link    = "https://learn.microsoft.com/kusto/management/retention-policy"
  note    = "The database's soft_delete_period and hot_cache_period carry the retention; per-table policies are read with management commands."
}

data "aws_opensearchserverless_security_config" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note    = "Nothing to look up: sign-in uses Microsoft Entra ID directly, with no SAML configuration object."
}

data "aws_opensearchserverless_security_policy" {
  service = "Azure AI Search"
  status  = "partial"
  azurerm = ["azurerm_search_service"]
  link    = "https://learn.microsoft.com/azure/search/search-security-overview"
  note    = "Network and encryption settings are attributes of the search service (public network access, allowed IPs, customer-managed key enforcement)."
}

data "aws_opensearchserverless_vpc_endpoint" {
  service = "Azure Private Link"
  status  = "direct"
  azurerm = ["azurerm_private_endpoint_connection"]
  link    = "https://learn.microsoft.com/azure/search/service-create-private-endpoint"
  note    = "Looks up a private endpoint (its connection state and private IP) by name and resource group."
}

mapping "aws_opensearchserverless_collection_group" {
  cloudformation = ["AWS::OpenSearchServerless::CollectionGroup"]
  service        = "Azure AI Search or Azure Data Explorer"
  status         = "implicit"
  azurerm        = ["azurerm_search_service", "azurerm_kusto_cluster"]
  arm            = ["Microsoft.Search/searchServices", "Microsoft.Kusto/clusters"]
  link           = "https://learn.microsoft.com/azure/search/search-capacity-planning"
  note           = "Shared compute is the default on both targets: all indexes of a search service share its replicas and partitions, and all databases of a Data Explorer cluster share its nodes. Minimum and maximum OCUs become the replica and partition counts (fixed, changed manually) or the cluster's optimized autoscale bounds (minimum and maximum instances)."
}

data "aws_opensearchserverless_collection_group" {
  service = "Azure AI Search or Azure Data Explorer"
  status  = "partial"
  azurerm = ["azurerm_search_service", "azurerm_kusto_cluster"]
  link    = "https://learn.microsoft.com/azure/search/search-capacity-planning"
  note    = "Look up the search service (replicas, partitions) or the Data Explorer cluster that holds the shared capacity."
}

data "aws_opensearchserverless_collection_groups" {
  service = "Azure AI Search or Azure Data Explorer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/search/search-capacity-planning"
  note    = "azurerm cannot list search services or clusters by type; use azurerm_resources filtered on Microsoft.Search/searchServices or Microsoft.Kusto/clusters."
}
