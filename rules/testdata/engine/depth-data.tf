variable "dat_retention" {
  type = number
}

# --- DynamoDB -------------------------------------------------------------

resource "aws_dynamodb_table" "dat_default" {
  # billing_mode absent: PROVISIONED by default.
  # mapping: aws-dynamodb-table partial
  # want: aws-dynamodb-table/data-model
  # want: aws-dynamodb-table/provisioned-capacity
  name     = "dat-default"
  hash_key = "pk"
}

resource "aws_dynamodb_table" "dat_on_demand" {
  # mapping: aws-dynamodb-table partial
  # want: aws-dynamodb-table/data-model
  # want: aws-dynamodb-table/on-demand-capacity
  # want: aws-dynamodb-table/streams
  # want: aws-dynamodb-table/ttl
  # want: aws-dynamodb-table/global-table
  # want: aws-dynamodb-table/point-in-time-recovery
  # want: aws-dynamodb-table/customer-managed-key
  # want: aws-dynamodb-table/deletion-protection
  # want: aws-dynamodb-table/infrequent-access-class
  name                        = "dat-on-demand"
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = "pk"
  stream_enabled              = true
  stream_view_type            = "NEW_AND_OLD_IMAGES"
  deletion_protection_enabled = true
  table_class                 = "STANDARD_INFREQUENT_ACCESS"

  ttl {
    attribute_name = "expires"
    enabled        = true
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = "arn:aws:kms:eu-west-1:123456789012:key/abc"
  }

  replica {
    region_name = "us-east-1"
  }
}

resource "aws_dynamodb_table" "dat_plain_settings" {
  # Settings written but off: no caveat for them.
  # mapping: aws-dynamodb-table partial
  # want: aws-dynamodb-table/data-model
  # want: aws-dynamodb-table/provisioned-capacity
  name                        = "dat-plain"
  billing_mode                = "PROVISIONED"
  hash_key                    = "pk"
  read_capacity               = 5
  write_capacity              = 5
  deletion_protection_enabled = false
  table_class                 = "STANDARD"

  point_in_time_recovery {
    enabled = false
  }
}

resource "aws_dynamodb_global_table" "dat_legacy" {
  # mapping: aws-dynamodb-global-table implicit
  # want: aws-dynamodb-global-table/multi-region-writes
  name = "dat-legacy"

  replica {
    region_name = "eu-west-1"
  }
}

# --- CloudWatch -----------------------------------------------------------

resource "aws_cloudwatch_log_group" "dat_no_retention" {
  # mapping: aws-cloudwatch-log-group partial
  # want: aws-cloudwatch-log-group/no-retention
  name = "dat-no-retention"
}

resource "aws_cloudwatch_log_group" "dat_month" {
  # mapping: aws-cloudwatch-log-group partial
  # want: aws-cloudwatch-log-group/infrequent-access
  name              = "dat-month"
  retention_in_days = 30
  log_group_class   = "INFREQUENT_ACCESS"
}

resource "aws_cloudwatch_log_group" "dat_var_retention" {
  # Retention from a variable: it may be 0, so the caveat may apply.
  # mapping: aws-cloudwatch-log-group partial
  # want: aws-cloudwatch-log-group/no-retention
  # want: aws-cloudwatch-log-group/short-retention
  # want: aws-cloudwatch-log-group/long-retention
  name              = "dat-var"
  retention_in_days = var.dat_retention
}

resource "aws_cloudwatch_log_stream" "dat_stream" {
  # mapping: aws-cloudwatch-log-stream implicit
  name           = "dat-stream"
  log_group_name = aws_cloudwatch_log_group.dat_month.name
}

resource "aws_cloudwatch_log_metric_filter" "dat_errors" {
  # mapping: aws-cloudwatch-log-metric-filter partial
  # want: aws-cloudwatch-log-metric-filter/pattern-to-kql
  name           = "dat-errors"
  pattern        = "ERROR"
  log_group_name = aws_cloudwatch_log_group.dat_month.name

  metric_transformation {
    name      = "ErrorCount"
    namespace = "App"
    value     = "1"
  }
}

resource "aws_cloudwatch_log_subscription_filter" "dat_to_lambda" {
  # mapping: aws-cloudwatch-log-subscription-filter/lambda partial
  # want: aws-cloudwatch-log-subscription-filter/filter-pattern
  name            = "dat-to-lambda"
  log_group_name  = aws_cloudwatch_log_group.dat_month.name
  filter_pattern  = "ERROR"
  destination_arn = "arn:aws:lambda:eu-west-1:123456789012:function:dat"
}

resource "aws_cloudwatch_log_subscription_filter" "dat_to_firehose" {
  # An empty filter pattern sends everything: no filter caveat.
  # mapping: aws-cloudwatch-log-subscription-filter/firehose partial
  name            = "dat-to-firehose"
  log_group_name  = aws_cloudwatch_log_group.dat_month.name
  filter_pattern  = ""
  destination_arn = "arn:aws:firehose:eu-west-1:123456789012:deliverystream/dat"
}

resource "aws_cloudwatch_log_subscription_filter" "dat_to_kinesis" {
  # mapping: aws-cloudwatch-log-subscription-filter partial
  name            = "dat-to-kinesis"
  log_group_name  = aws_cloudwatch_log_group.dat_month.name
  filter_pattern  = ""
  destination_arn = "arn:aws:kinesis:eu-west-1:123456789012:stream/dat"
}

resource "aws_cloudwatch_metric_alarm" "dat_plain" {
  # mapping: aws-cloudwatch-metric-alarm partial
  alarm_name          = "dat-plain"
  namespace           = "AWS/EC2"
  metric_name         = "CPUUtilization"
  statistic           = "Average"
  period              = 300
  evaluation_periods  = 3
  datapoints_to_alarm = 3
  threshold           = 80
  comparison_operator = "GreaterThanThreshold"
  treat_missing_data  = "notBreaching"
}

resource "aws_cloudwatch_metric_alarm" "dat_custom" {
  # mapping: aws-cloudwatch-metric-alarm partial
  # want: aws-cloudwatch-metric-alarm/missing-data-breaching
  # want: aws-cloudwatch-metric-alarm/percentile-statistic
  # want: aws-cloudwatch-metric-alarm/high-resolution
  # want: aws-cloudwatch-metric-alarm/m-of-n
  # want: aws-cloudwatch-metric-alarm/custom-namespace
  # want: aws-cloudwatch-metric-alarm/insufficient-data-actions
  alarm_name                = "dat-custom"
  namespace                 = "App"
  metric_name               = "Latency"
  extended_statistic        = "p99"
  period                    = 10
  evaluation_periods        = 5
  datapoints_to_alarm       = 3
  threshold                 = 500
  comparison_operator       = "GreaterThanThreshold"
  treat_missing_data        = "breaching"
  insufficient_data_actions = ["arn:aws:sns:eu-west-1:123456789012:dat"]
}

resource "aws_cloudwatch_dashboard" "dat_board" {
  # mapping: aws-cloudwatch-dashboard partial
  dashboard_name = "dat-board"
  dashboard_body = jsonencode({ widgets = [] })
}

# --- EFS ------------------------------------------------------------------

resource "aws_efs_file_system" "dat_regional" {
  # No availability zone: a Regional file system.
  # mapping: aws-efs-file-system partial
  # want: aws-efs-file-system/regional-redundancy
  # want: aws-efs-file-system/provisioned-throughput
  # want: aws-efs-file-system/max-io
  # want: aws-efs-file-system/lifecycle-tiering
  # want: aws-efs-file-system/customer-managed-key
  performance_mode                = "maxIO"
  throughput_mode                 = "provisioned"
  provisioned_throughput_in_mibps = 256
  encrypted                       = true
  kms_key_id                      = "arn:aws:kms:eu-west-1:123456789012:key/abc"

  lifecycle_policy {
    transition_to_ia = "AFTER_30_DAYS"
  }
}

resource "aws_efs_file_system" "dat_one_zone" {
  # mapping: aws-efs-file-system partial
  availability_zone_name = "eu-west-1a"
  performance_mode       = "generalPurpose"
  throughput_mode        = "bursting"
}

resource "aws_efs_access_point" "dat_app" {
  # mapping: aws-efs-access-point partial
  # want: aws-efs-access-point/posix-user
  # want: aws-efs-access-point/root-directory
  file_system_id = aws_efs_file_system.dat_one_zone.id

  posix_user {
    uid = 1000
    gid = 1000
  }

  root_directory {
    path = "/app"
  }
}

resource "aws_efs_access_point" "dat_bare" {
  # mapping: aws-efs-access-point partial
  file_system_id = aws_efs_file_system.dat_one_zone.id
}

resource "aws_efs_mount_target" "dat_mt" {
  # mapping: aws-efs-mount-target implicit
  file_system_id = aws_efs_file_system.dat_one_zone.id
  subnet_id      = "subnet-1"
}

# --- FSx ------------------------------------------------------------------

resource "aws_fsx_windows_file_system" "dat_win_default" {
  # automatic_backup_retention_days absent: 7 days of daily backups.
  # mapping: aws-fsx-windows-file-system partial
  # want: aws-fsx-windows-file-system/active-directory
  # want: aws-fsx-windows-file-system/automatic-backups
  # want: aws-fsx-windows-file-system/dns-aliases
  active_directory_id = "d-123"
  storage_capacity    = 300
  subnet_ids          = ["subnet-1"]
  throughput_capacity = 32
  aliases             = ["files.example.com"]
}

resource "aws_fsx_windows_file_system" "dat_win_nobackup" {
  # mapping: aws-fsx-windows-file-system partial
  # want: aws-fsx-windows-file-system/active-directory
  # want: aws-fsx-windows-file-system/multi-az
  active_directory_id             = "d-123"
  storage_capacity                = 300
  subnet_ids                      = ["subnet-1", "subnet-2"]
  preferred_subnet_id             = "subnet-1"
  deployment_type                 = "MULTI_AZ_1"
  throughput_capacity             = 32
  automatic_backup_retention_days = 0
}

resource "aws_fsx_lustre_file_system" "dat_lustre" {
  # mapping: aws-fsx-lustre-file-system partial
  # want: aws-fsx-lustre-file-system/automatic-backups
  storage_capacity                = 1200
  subnet_ids                      = ["subnet-1"]
  deployment_type                 = "PERSISTENT_2"
  per_unit_storage_throughput     = 125
  automatic_backup_retention_days = 7
}

resource "aws_fsx_lustre_file_system" "dat_scratch" {
  # mapping: aws-fsx-lustre-file-system partial
  # want: aws-fsx-lustre-file-system/scratch
  storage_capacity = 1200
  subnet_ids       = ["subnet-1"]
  deployment_type  = "SCRATCH_2"
}

resource "aws_fsx_ontap_file_system" "dat_ontap" {
  # mapping: aws-fsx-ontap-file-system partial
  # want: aws-fsx-ontap-file-system/ontap-features
  # want: aws-fsx-ontap-file-system/automatic-backups
  storage_capacity                = 1024
  subnet_ids                      = ["subnet-1"]
  deployment_type                 = "SINGLE_AZ_1"
  throughput_capacity             = 512
  preferred_subnet_id             = "subnet-1"
  automatic_backup_retention_days = 7
}

resource "aws_fsx_openzfs_file_system" "dat_zfs" {
  # mapping: aws-fsx-openzfs-file-system partial
  storage_capacity                = 64
  subnet_ids                      = ["subnet-1"]
  deployment_type                 = "SINGLE_AZ_1"
  throughput_capacity             = 64
  automatic_backup_retention_days = 0
}

resource "aws_fsx_openzfs_snapshot" "dat_snap" {
  # mapping: aws-fsx-openzfs-snapshot direct
  name      = "dat-snap"
  volume_id = aws_fsx_openzfs_file_system.dat_zfs.root_volume_id
}

# --- CloudFormation stacks ------------------------------------------------

resource "aws_cloudformation_stack" "dat_default" {
  # Rollback on failure is CloudFormation's default.
  # mapping: aws-cloudformation-stack implicit
  # want: aws-cloudformation-stack/rollback
  # want: aws-cloudformation-stack/template-url
  # want: aws-cloudformation-stack/stack-policy
  # want: aws-cloudformation-stack/notifications
  name              = "dat-default"
  template_url      = "https://s3.amazonaws.com/bucket/template.yaml"
  policy_body       = jsonencode({ Statement = [] })
  notification_arns = ["arn:aws:sns:eu-west-1:123456789012:dat"]
}

resource "aws_cloudformation_stack" "dat_no_rollback" {
  # mapping: aws-cloudformation-stack implicit
  name             = "dat-no-rollback"
  template_body    = "{}"
  disable_rollback = true
}

resource "aws_cloudformation_stack" "dat_do_nothing" {
  # mapping: aws-cloudformation-stack implicit
  name          = "dat-do-nothing"
  template_body = "{}"
  on_failure    = "DO_NOTHING"
}

# --- CloudTrail -----------------------------------------------------------

resource "aws_cloudtrail" "dat_default" {
  # include_global_service_events absent: on by default.
  # mapping: aws-cloudtrail partial
  # want: aws-cloudtrail/global-service-events
  # want: aws-cloudtrail/customer-managed-key
  name           = "dat-default"
  s3_bucket_name = "dat-trail"
  kms_key_id     = "arn:aws:kms:eu-west-1:123456789012:key/abc"
}

resource "aws_cloudtrail" "dat_regional" {
  # mapping: aws-cloudtrail partial
  name                          = "dat-regional"
  s3_bucket_name                = "dat-trail"
  include_global_service_events = false
}

# --- OpenSearch -----------------------------------------------------------

resource "aws_opensearch_domain" "dat_secure" {
  # mapping: aws-opensearch-domain partial
  # want: aws-opensearch-domain/log-analytics
  # want: aws-opensearch-domain/fine-grained-access
  # want: aws-opensearch-domain/warm-cold-tiers
  # want: aws-opensearch-domain/zone-awareness
  # want: aws-opensearch-domain/customer-managed-key
  domain_name    = "dat-secure"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    instance_type          = "r6g.large.search"
    zone_awareness_enabled = true
    warm_enabled           = true
  }

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
  }

  encrypt_at_rest {
    enabled    = true
    kms_key_id = "arn:aws:kms:eu-west-1:123456789012:key/abc"
  }
}

resource "aws_opensearch_domain" "dat_plain" {
  # mapping: aws-opensearch-domain partial
  # want: aws-opensearch-domain/log-analytics
  domain_name    = "dat-plain"
  engine_version = "OpenSearch_2.13"

  cluster_config {
    zone_awareness_enabled = false
    warm_enabled           = false

    cold_storage_options {
      enabled = false
    }
  }

  advanced_security_options {
    enabled = false
  }
}

resource "aws_opensearchserverless_security_policy" "dat_wildcard" {
  # mapping: aws-opensearchserverless-security-policy/encryption partial
  # want: aws-opensearchserverless-security-policy/wildcard-scope
  name = "dat-wildcard"
  type = "encryption"
  policy = jsonencode({
    Rules       = [{ Resource = ["collection/dat-*"], ResourceType = "collection" }]
    AWSOwnedKey = true
  })
}

resource "aws_opensearchserverless_security_policy" "dat_exact" {
  # mapping: aws-opensearchserverless-security-policy/network partial
  name   = "dat-exact"
  type   = "network"
  policy = "[{\"Rules\":[{\"ResourceType\":\"collection\",\"Resource\":[\"collection/dat\"]}],\"AllowFromPublic\":true}]"
}

resource "aws_opensearchserverless_collection" "dat_search" {
  # mapping: aws-opensearchserverless-collection/search partial
  # want: aws-opensearchserverless-collection/query-rewrite
  name = "dat-search"
  type = "SEARCH"
}

# --- Redshift -------------------------------------------------------------

resource "aws_redshift_cluster" "dat_long" {
  # mapping: aws-redshift-cluster partial
  # want: aws-redshift-cluster/customer-managed-key
  # want: aws-redshift-cluster/snapshot-retention
  cluster_identifier                  = "dat-long"
  node_type                           = "ra3.xlplus"
  kms_key_id                          = "arn:aws:kms:eu-west-1:123456789012:key/abc"
  automated_snapshot_retention_period = 14
}

resource "aws_redshift_cluster" "dat_short" {
  # mapping: aws-redshift-cluster partial
  cluster_identifier                  = "dat-short"
  node_type                           = "ra3.xlplus"
  automated_snapshot_retention_period = 7
}

# --- DMS ------------------------------------------------------------------

resource "aws_dms_replication_instance" "dat_instance" {
  # mapping: aws-dms-replication-instance partial
  # want: aws-dms-replication-instance/classic-service
  replication_instance_id    = "dat-instance"
  replication_instance_class = "dms.t3.medium"
}

resource "aws_dms_endpoint" "dat_pg_source" {
  # mapping: aws-dms-endpoint partial
  # want: aws-dms-endpoint/postgresql
  endpoint_id   = "dat-pg-source"
  endpoint_type = "source"
  engine_name   = "aurora-postgresql"
}

resource "aws_dms_endpoint" "dat_oracle_source" {
  # mapping: aws-dms-endpoint partial
  # want: aws-dms-endpoint/heterogeneous-source
  endpoint_id   = "dat-oracle-source"
  endpoint_type = "source"
  engine_name   = "oracle"
}

resource "aws_dms_endpoint" "dat_mysql_target" {
  # mapping: aws-dms-endpoint partial
  endpoint_id   = "dat-mysql-target"
  endpoint_type = "target"
  engine_name   = "mysql"
}

resource "aws_dms_replication_task" "dat_cdc" {
  # mapping: aws-dms-replication-task partial
  # want: aws-dms-replication-task/ongoing-replication
  replication_task_id      = "dat-cdc"
  migration_type           = "full-load-and-cdc"
  replication_instance_arn = aws_dms_replication_instance.dat_instance.replication_instance_arn
  source_endpoint_arn      = aws_dms_endpoint.dat_pg_source.endpoint_arn
  target_endpoint_arn      = aws_dms_endpoint.dat_mysql_target.endpoint_arn
  table_mappings           = jsonencode({ rules = [] })
}
