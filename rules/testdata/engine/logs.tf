resource "aws_cloudwatch_log_group" "forever" {
  # 0 means the logs never expire: not a short retention.
  # mapping: aws-cloudwatch-log-group partial
  # want: aws-cloudwatch-log-group/no-retention
  retention_in_days = 0
}

resource "aws_cloudwatch_log_group" "week" {
  # mapping: aws-cloudwatch-log-group partial
  # want: aws-cloudwatch-log-group/short-retention
  retention_in_days = 7
}

resource "aws_cloudwatch_log_group" "years" {
  # mapping: aws-cloudwatch-log-group partial
  # want: aws-cloudwatch-log-group/long-retention
  # want: aws-cloudwatch-log-group/customer-managed-key
  retention_in_days = 3653
  kms_key_id        = aws_kms_key.logs.arn
}
