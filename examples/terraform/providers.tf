provider "aws" {
  region = var.region

  default_tags {
    tags = local.common_tags
  }
}

# Billing metrics are only published in us-east-1, so the billing alarm in
# monitoring.tf uses this aliased provider.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = local.common_tags
  }
}
