# Orders are processed strictly in order per customer (message group).
resource "aws_sqs_queue" "orders" {
  name                        = "${local.name}-orders.fifo"
  fifo_queue                  = true
  content_based_deduplication = true
  visibility_timeout_seconds  = 180
  message_retention_seconds   = 345600
  sqs_managed_sse_enabled     = true

  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
    maxReceiveCount     = 5
  })
}

# A FIFO queue needs a FIFO dead-letter queue.
resource "aws_sqs_queue" "orders_dlq" {
  name                      = "${local.name}-orders-dlq.fifo"
  fifo_queue                = true
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}
