# Amazon S3 Vectors → Azure AI Search vector indexes.

mapping "aws_s3vectors_vector_bucket" {
  cloudformation = ["AWS::S3Vectors::VectorBucket"]
  service        = "Azure AI Search"
  status         = "partial"
  azurerm        = ["azurerm_search_service"]
  arm            = ["Microsoft.Search/searchServices"]
  link           = "https://learn.microsoft.com/azure/search/vector-search-overview"
  note           = "A vector bucket becomes a search service that holds the vector indexes. Other stores with vector search (Azure Cosmos DB, Azure Database for PostgreSQL with pgvector) fit when the vectors belong next to operational data."

  caveat "provisioned-capacity" {
    severity = "info"
    message  = "S3 Vectors is billed per use; a search service is billed for provisioned capacity (tier, replicas and partitions) whether or not it is queried, and its tier caps vector index size: size the tier for the vector volume."
    link     = "https://learn.microsoft.com/azure/search/vector-search-index-size"
  }
}

mapping "aws_s3vectors_index" {
  cloudformation = ["AWS::S3Vectors::Index"]
  service        = "Azure AI Search"
  status         = "partial"
  requires       = ["azurerm_search_service"]
  link           = "https://learn.microsoft.com/azure/search/vector-search-how-to-create-index"
  note           = "A vector index becomes a search index with a vector field (dimensions) and a vector search profile (HNSW or exhaustive KNN with cosine, Euclidean or dot-product metric); metadata keys become filterable fields. Indexes are data-plane objects created through the REST API or SDKs: azurerm has no index resource."
}

mapping "aws_s3vectors_vector_bucket_policy" {
  cloudformation = ["AWS::S3Vectors::VectorBucketPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/search/search-security-rbac"
  note           = "Grant Search Index Data Reader (queries) or Search Index Data Contributor (writes) to the callers' identities, scoped to the service or an index; key-based access can be disabled on the service."
}
