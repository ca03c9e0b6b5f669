variable "fifo" {
  type = bool
}

resource "aws_sqs_queue" "plain" {
  # mapping: aws-sqs-queue direct
  name = "plain"
}

resource "aws_sqs_queue" "fifo" {
  # mapping: aws-sqs-queue direct
  # want: aws-sqs-queue/fifo-sessions
  # want: aws-sqs-queue/deduplication
  # want: aws-sqs-queue/dead-letter
  fifo_queue                  = true
  content_based_deduplication = true
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.plain.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "not_fifo" {
  # mapping: aws-sqs-queue direct
  fifo_queue = false
}

resource "aws_sqs_queue" "maybe_fifo" {
  # fifo comes from a variable with no default: the caveat may apply.
  # mapping: aws-sqs-queue direct
  # want: aws-sqs-queue/fifo-sessions
  # want: aws-sqs-queue/visibility-timeout
  fifo_queue                 = var.fifo
  visibility_timeout_seconds = 900
}
