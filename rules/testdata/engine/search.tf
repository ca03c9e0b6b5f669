resource "aws_opensearch_domain" "search" {
  # mapping: aws-opensearch-domain partial
  # want: aws-opensearch-domain/log-analytics
  engine_version = "OpenSearch_2.13"
}

resource "aws_opensearch_domain" "legacy" {
  # mapping: aws-opensearch-domain/elasticsearch-engine partial
  # want: aws-opensearch-domain/log-analytics
  # want: aws-opensearch-domain/vpc-access
  engine_version = "Elasticsearch_7.10"
  vpc_options {
    subnet_ids = ["subnet-1"]
  }
}
