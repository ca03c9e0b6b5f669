resource "aws_prometheus_query_logging_configuration" "uc_query" {
  # mapping: aws-prometheus-query-logging-configuration partial
  workspace_id = "ws-12345678-90ab-cdef-1234-567890abcdef"

  destination {
    cloudwatch_logs {
      log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/prometheus/query-logs:*"
    }

    filters {
      qsp_threshold = 1000
    }
  }
}

resource "aws_prometheus_scraper_logging_configuration" "uc_scraper" {
  # mapping: aws-prometheus-scraper-logging-configuration partial
  scraper_id         = "s-12345678-90ab-cdef-1234-567890abcdef"
  scraper_components = ["COLLECTOR", "EXPORTER"]

  logging_destination {
    cloudwatch_logs {
      log_group_arn = "arn:aws:logs:us-east-1:123456789012:log-group:/aws/prometheus/scraper-logs:*"
    }
  }
}

resource "aws_bedrockagentcore_browser" "uc_browser" {
  # A custom browser in Terraform never takes the service-managed target.
  # mapping: aws-bedrockagentcore-browser none
  # want: aws-bedrockagentcore-browser
  name = "uc_browser"

  network_configuration {
    network_mode = "PUBLIC"
  }
}
