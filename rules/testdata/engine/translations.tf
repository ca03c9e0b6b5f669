# Translation tables and the settings caveats of compute, storage, database
# and cache mappings. Names start with tr_.

resource "aws_lambda_function" "tr_py" {
  # An unsupported version: the nearest supported one, with a note.
  # mapping: aws-lambda-function direct
  # want: aws-lambda-function/code-port
  # want: aws-lambda-function/http-timeout
  # translate: runtime python3.9 python 3.10
  function_name = "tr-py"
  runtime       = "python3.9"
  timeout       = 900
}

resource "aws_lambda_function" "tr_go" {
  # mapping: aws-lambda-function/custom-handler partial
  # want: aws-lambda-function/code-port
  # want: aws-lambda-function/custom-runtime
  # want: aws-lambda-function/default-timeout
  # want: aws-lambda-function/reserved-concurrency
  # want: aws-lambda-function/vpc
  # want: aws-lambda-function/snap-start
  # translate: runtime go1.x -
  function_name                  = "tr-go"
  runtime                        = "go1.x"
  reserved_concurrent_executions = 10
  vpc_config {
    subnet_ids         = ["subnet-1"]
    security_group_ids = ["sg-1"]
  }
  snap_start {
    apply_on = "PublishedVersions"
  }
}

resource "aws_lambda_function" "tr_node" {
  # mapping: aws-lambda-function direct
  # want: aws-lambda-function/code-port
  # translate: runtime nodejs20.x node 22
  function_name                  = "tr-node"
  runtime                        = "nodejs20.x"
  timeout                        = 30
  reserved_concurrent_executions = -1
}

resource "aws_lambda_alias" "tr_canary" {
  # mapping: aws-lambda-alias partial
  # want: aws-lambda-alias/weighted-routing
  name             = "live"
  function_name    = aws_lambda_function.tr_node.function_name
  function_version = "2"
  routing_config {
    additional_version_weights = { "3" = 0.1 }
  }
}

resource "aws_lambda_alias" "tr_plain" {
  # mapping: aws-lambda-alias partial
  name             = "stable"
  function_name    = aws_lambda_function.tr_node.function_name
  function_version = "2"
}

resource "aws_lambda_function_event_invoke_config" "tr_dest" {
  # mapping: aws-lambda-function-event-invoke-config partial
  # want: aws-lambda-function-event-invoke-config/destinations
  function_name = aws_lambda_function.tr_node.function_name
  destination_config {
    on_failure {
      destination = "arn:aws:sqs:eu-west-1:111122223333:dlq"
    }
  }
}

resource "aws_lambda_function_event_invoke_config" "tr_retry" {
  # mapping: aws-lambda-function-event-invoke-config partial
  function_name          = aws_lambda_function.tr_node.function_name
  maximum_retry_attempts = 1
}

resource "aws_s3_bucket" "tr_bucket" {
  # mapping: aws-s3-bucket direct
  # want: aws-s3-bucket/public-access-default
  # want: aws-s3-bucket/public-acl
  # want: aws-s3-bucket/access-logging
  # translate: access-tier STANDARD_IA Cool
  # translate: access-tier GLACIER Archive
  bucket = "trbucket"
  acl    = "public-read"
  logging {
    target_bucket = "trlogs"
  }
  lifecycle_rule {
    enabled = true
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
    transition {
      days          = 90
      storage_class = "GLACIER"
    }
  }
}

resource "aws_s3_bucket" "tr_private" {
  # mapping: aws-s3-bucket direct
  # want: aws-s3-bucket/public-access-default
  bucket = "trprivate"
  acl    = "private"
}

resource "aws_s3_object" "tr_obj" {
  # mapping: aws-s3-object direct
  # want: aws-s3-object/object-acl
  # want: aws-s3-object/kms-key
  # want: aws-s3-object/object-lock
  # want: aws-s3-object/website-redirect
  # translate: access-tier GLACIER_IR Cold
  bucket                    = "trbucket"
  key                       = "a.txt"
  storage_class             = "GLACIER_IR"
  acl                       = "public-read"
  kms_key_id                = "arn:aws:kms:eu-west-1:111122223333:key/1"
  object_lock_mode          = "GOVERNANCE"
  website_redirect_location = "/b.txt"
}

resource "aws_s3_object" "tr_obj_plain" {
  # No access tier for Intelligent-Tiering: the note says how to choose.
  # mapping: aws-s3-object direct
  # translate: access-tier INTELLIGENT_TIERING -
  bucket        = "trbucket"
  key           = "b.txt"
  storage_class = "INTELLIGENT_TIERING"
  acl           = "private"
}

resource "aws_s3_bucket_lifecycle_configuration" "tr_lc" {
  # Every transition's class is translated, noncurrent versions included.
  # mapping: aws-s3-bucket-lifecycle-configuration direct
  # want: aws-s3-bucket-lifecycle-configuration/archive-transition
  # translate: access-tier GLACIER Archive
  # translate: access-tier STANDARD_IA Cool
  # translate: access-tier GLACIER_IR Cold
  # translate: access-tier DEEP_ARCHIVE Archive
  bucket = "trbucket"
  rule {
    id     = "age"
    status = "Enabled"
    transition {
      days          = 30
      storage_class = "STANDARD_IA"
    }
    transition {
      days          = 90
      storage_class = "GLACIER_IR"
    }
    transition {
      days          = 365
      storage_class = "DEEP_ARCHIVE"
    }
    noncurrent_version_transition {
      noncurrent_days = 30
      storage_class   = "GLACIER"
    }
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "tr_lc_it" {
  # mapping: aws-s3-bucket-lifecycle-configuration direct
  # want: aws-s3-bucket-lifecycle-configuration/intelligent-tiering
  # translate: access-tier INTELLIGENT_TIERING -
  bucket = "trprivate"
  rule {
    id     = "it"
    status = "Enabled"
    transition {
      days          = 0
      storage_class = "INTELLIGENT_TIERING"
    }
  }
}

resource "aws_s3_bucket_policy" "tr_pol" {
  # mapping: aws-s3-bucket-policy partial
  # want: aws-s3-bucket-policy/network-conditions
  bucket = "trbucket"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::trbucket/*"
      Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "tr_pol_plain" {
  # mapping: aws-s3-bucket-policy partial
  bucket = "trprivate"
  policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::trprivate/*"
    }]
  })
}

resource "aws_instance" "tr_vm" {
  # The root volume becomes the OS disk (no Premium SSD v2), the others data disks.
  # mapping: aws-instance direct
  # want: aws-instance/spot
  # want: aws-instance/placement-group
  # want: aws-instance/public-ip
  # translate: vm-size m5.large Standard_D2s_v5
  # translate: os-disk-type gp3 Premium_LRS
  # translate: data-disk-type io2 UltraSSD_LRS
  # translate: data-disk-type st1 Standard_LRS
  instance_type               = "m5.large"
  placement_group             = "tr-cluster"
  associate_public_ip_address = true
  root_block_device {
    volume_type = "gp3"
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_type = "io2"
  }
  ebs_block_device {
    device_name = "/dev/sdg"
    volume_type = "st1"
  }
  instance_market_options {
    market_type = "spot"
  }
}

resource "aws_instance" "tr_vm_plain" {
  # mapping: aws-instance direct
  # translate: vm-size t3.medium Standard_B2ls_v2
  instance_type               = "t3.medium"
  associate_public_ip_address = false
}

resource "aws_launch_template" "tr_lt" {
  # mapping: aws-launch-template implicit
  # want: aws-launch-template/user-data
  # want: aws-launch-template/spot
  # want: aws-launch-template/instance-requirements
  # translate: disk-type gp2 Premium_LRS
  user_data = "IyEvYmluL3NoCg=="
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_type = "gp2"
    }
  }
  instance_market_options {
    market_type = "spot"
  }
  instance_requirements {
    vcpu_count {
      min = 2
    }
    memory_mib {
      min = 4096
    }
  }
}

resource "aws_ebs_volume" "tr_vol" {
  # mapping: aws-ebs-volume direct
  # want: aws-ebs-volume/kms-key
  # translate: disk-type sc1 Standard_LRS
  availability_zone = "eu-west-1a"
  type              = "sc1"
  size              = 500
  kms_key_id        = "arn:aws:kms:eu-west-1:111122223333:key/1"
}

resource "aws_ebs_volume" "tr_vol_gp3" {
  # mapping: aws-ebs-volume direct
  # translate: disk-type gp3 PremiumV2_LRS
  availability_zone = "eu-west-1a"
  type              = "gp3"
  size              = 100
}

resource "aws_ec2_capacity_reservation" "tr_cr" {
  # mapping: aws-ec2-capacity-reservation direct
  # want: aws-ec2-capacity-reservation/end-date
  instance_type           = "m5.large"
  instance_platform       = "Linux/UNIX"
  availability_zone       = "eu-west-1a"
  instance_count          = 2
  instance_match_criteria = "targeted"
  end_date_type           = "limited"
  end_date                = "2027-01-01T00:00:00Z"
}

resource "aws_ec2_capacity_reservation" "tr_cr_open" {
  # mapping: aws-ec2-capacity-reservation direct
  # want: aws-ec2-capacity-reservation/open-matching
  instance_type     = "m5.large"
  instance_platform = "Linux/UNIX"
  availability_zone = "eu-west-1a"
  instance_count    = 1
}

resource "aws_placement_group" "tr_pg" {
  # mapping: aws-placement-group direct
  # want: aws-placement-group/vm-sizes
  name     = "tr-cluster"
  strategy = "cluster"
}

resource "aws_placement_group" "tr_pg_spread" {
  # mapping: aws-placement-group/spread implicit
  name     = "tr-spread"
  strategy = "spread"
}

resource "aws_db_instance" "tr_pg" {
  # Only the table of the engine's target translates the class.
  # mapping: aws-db-instance/postgresql direct
  # want: aws-db-instance/backups-disabled
  # want: aws-db-instance/deletion-protection
  # want: aws-db-instance/storage-autoscaling
  # want: aws-db-instance/performance-insights
  # translate: postgresql-sku db.r6g.xlarge MO_Standard_E4ds_v5
  engine                       = "postgres"
  instance_class               = "db.r6g.xlarge"
  storage_encrypted            = true
  backup_retention_period      = 0
  deletion_protection          = true
  max_allocated_storage        = 100
  performance_insights_enabled = true
}

resource "aws_db_instance" "tr_mssql" {
  # mapping: aws-db-instance/sqlserver partial
  # want: aws-db-instance/sqlserver-instance-features
  # translate: sql-sku db.m5.xlarge GP_Gen5_4
  engine                  = "sqlserver-se"
  instance_class          = "db.m5.xlarge"
  storage_encrypted       = true
  backup_retention_period = 7
  deletion_protection     = false
}

resource "aws_db_instance" "tr_my" {
  # mapping: aws-db-instance/mysql direct
  # want: aws-db-instance/storage-encryption
  # translate: mysql-sku db.t3.micro B_Standard_B1ms
  engine         = "mysql"
  instance_class = "db.t3.micro"
}

resource "aws_db_instance" "tr_replica" {
  # A read replica inherits its source's encryption.
  # mapping: aws-db-instance/mysql direct
  # want: aws-db-instance/read-replica
  # translate: mysql-sku db.m6g.large GP_Standard_D2ads_v5
  engine              = "mysql"
  instance_class      = "db.m6g.large"
  replicate_source_db = "tr-my"
}

resource "aws_rds_cluster" "tr_multiaz" {
  # mapping: aws-rds-cluster/postgresql partial
  # want: aws-rds-cluster/readable-standbys
  # want: aws-rds-cluster/deletion-protection
  # translate: postgresql-sku db.m6gd.large GP_Standard_D2ds_v5
  engine                    = "postgres"
  db_cluster_instance_class = "db.m6gd.large"
  storage_encrypted         = true
  deletion_protection       = true
}

resource "aws_rds_cluster" "tr_aurora_my" {
  # mapping: aws-rds-cluster/mysql partial
  # want: aws-rds-cluster/aurora-storage
  # want: aws-rds-cluster/backtrack
  # want: aws-rds-cluster/storage-encryption
  engine            = "aurora-mysql"
  backtrack_window  = 3600
  storage_encrypted = false
}

resource "aws_rds_cluster_instance" "tr_ci" {
  # mapping: aws-rds-cluster-instance implicit
  # translate: postgresql-sku db.serverless -
  cluster_identifier = aws_rds_cluster.tr_multiaz.id
  engine             = "aurora-postgresql"
  instance_class     = "db.serverless"
}

resource "aws_db_parameter_group" "tr_pgp" {
  # mapping: aws-db-parameter-group/postgresql partial
  # want: aws-db-parameter-group/rds-parameters
  family = "postgres16"
  parameter {
    name  = "rds.force_ssl"
    value = "1"
  }
}

resource "aws_db_parameter_group" "tr_pgp_plain" {
  # mapping: aws-db-parameter-group/mysql partial
  family = "mysql8.0"
  parameter {
    name  = "max_connections"
    value = "500"
  }
}

resource "aws_rds_cluster_parameter_group" "tr_cpg" {
  # mapping: aws-rds-cluster-parameter-group/postgresql partial
  # want: aws-rds-cluster-parameter-group/aurora-parameters
  # want: aws-rds-cluster-parameter-group/rds-parameters
  family = "aurora-postgresql16"
  parameter {
    name  = "rds.logical_replication"
    value = "1"
  }
  parameter {
    name  = "aurora_stat_plans.minutes_until_recapture"
    value = "10"
  }
}

resource "aws_elasticache_replication_group" "tr_rg" {
  # mapping: aws-elasticache-replication-group direct
  # want: aws-elasticache-replication-group/snapshots
  # translate: sku cache.r6g.large Balanced_B20
  replication_group_id       = "tr-rg"
  description                = "tr"
  node_type                  = "cache.r6g.large"
  transit_encryption_enabled = true
  num_node_groups            = 3
  snapshot_retention_limit   = 5
}

resource "aws_elasticache_replication_group" "tr_rg_plain" {
  # Defaults relied on: no TLS, no cluster mode.
  # mapping: aws-elasticache-replication-group direct
  # want: aws-elasticache-replication-group/tls-default
  # want: aws-elasticache-replication-group/cluster-policy
  # translate: sku cache.m5.large Balanced_B10
  replication_group_id = "tr-rg-plain"
  description          = "tr"
  node_type            = "cache.m5.large"
}

resource "aws_elasticache_replication_group" "tr_rg_tier" {
  # mapping: aws-elasticache-replication-group direct
  # want: aws-elasticache-replication-group/data-tiering
  # translate: sku cache.r6gd.xlarge -
  replication_group_id       = "tr-rg-tier"
  description                = "tr"
  node_type                  = "cache.r6gd.xlarge"
  data_tiering_enabled       = true
  transit_encryption_enabled = true
  cluster_mode               = "enabled"
}

resource "aws_elasticache_cluster" "tr_cache" {
  # mapping: aws-elasticache-cluster direct
  # want: aws-elasticache-cluster/tls-default
  # want: aws-elasticache-cluster/cluster-policy
  # translate: sku cache.t3.micro Balanced_B1
  cluster_id = "tr-cache"
  engine     = "redis"
  node_type  = "cache.t3.micro"
}

resource "aws_elasticache_cluster" "tr_memcached" {
  # mapping: aws-elasticache-cluster/memcached partial
  # translate: sku cache.t3.small Balanced_B3
  cluster_id                 = "tr-memcached"
  engine                     = "memcached"
  node_type                  = "cache.t3.small"
  transit_encryption_enabled = true
}

resource "aws_elasticache_cluster" "tr_member" {
  # A member of a replication group takes TLS and clustering from the group.
  # mapping: aws-elasticache-cluster direct
  cluster_id           = "tr-member"
  replication_group_id = aws_elasticache_replication_group.tr_rg.id
}

resource "aws_elasticache_user" "tr_user" {
  # mapping: aws-elasticache-user partial
  # want: aws-elasticache-user/passwords
  # want: aws-elasticache-user/access-string
  user_id       = "tr-user"
  user_name     = "app"
  engine        = "redis"
  access_string = "on ~app:* +@read"
  passwords     = ["a-long-password-here"]
}

resource "aws_elasticache_user" "tr_user_iam" {
  # mapping: aws-elasticache-user partial
  # want: aws-elasticache-user/access-string
  user_id       = "tr-user-iam"
  user_name     = "tr-user-iam"
  engine        = "redis"
  access_string = "on ~* +@all"
  authentication_mode {
    type = "iam"
  }
}
