provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Environment = var.environment
    }
  }
}

# Disaster-recovery region, handed to module "dr_bucket" and used directly below.
provider "aws" {
  alias  = "dr"
  region = var.dr_region
}
