# The order worker drains the FIFO queue and records each order in DynamoDB.

data "aws_iam_policy_document" "lambda_assume" {
  statement {
    actions = ["sts:AssumeRole"]

    principals {
      type        = "Service"
      identifiers = ["lambda.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "order_worker" {
  name               = "${local.name}-order-worker"
  assume_role_policy = data.aws_iam_policy_document.lambda_assume.json
}

# Logs plus sqs:ReceiveMessage/DeleteMessage/GetQueueAttributes.
resource "aws_iam_role_policy_attachment" "order_worker_sqs" {
  role       = aws_iam_role.order_worker.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaSQSQueueExecutionRole"
}

data "aws_iam_policy_document" "order_worker" {
  statement {
    sid       = "WriteOrders"
    actions   = ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:GetItem"]
    resources = [aws_dynamodb_table.orders.arn]
  }
}

resource "aws_iam_role_policy" "order_worker" {
  name   = "${local.name}-order-worker"
  role   = aws_iam_role.order_worker.id
  policy = data.aws_iam_policy_document.order_worker.json
}

resource "aws_cloudwatch_log_group" "order_worker" {
  name              = "/aws/lambda/${local.name}-order-worker"
  retention_in_days = 30
}

resource "aws_lambda_function" "order_worker" {
  function_name = "${local.name}-order-worker"
  description   = "Processes orders from the FIFO queue"
  role          = aws_iam_role.order_worker.arn
  runtime       = "python3.12"
  handler       = "order_worker.handler"
  filename      = var.worker_package
  architectures = ["arm64"]
  memory_size   = 256
  timeout       = 30

  environment {
    variables = {
      ORDERS_TABLE = aws_dynamodb_table.orders.name
      LOG_LEVEL    = "INFO"
    }
  }

  depends_on = [
    aws_cloudwatch_log_group.order_worker,
    aws_iam_role_policy_attachment.order_worker_sqs,
  ]
}

resource "aws_lambda_event_source_mapping" "orders_queue" {
  event_source_arn        = aws_sqs_queue.orders.arn
  function_name           = aws_lambda_function.order_worker.arn
  batch_size              = 10
  function_response_types = ["ReportBatchItemFailures"]
}
