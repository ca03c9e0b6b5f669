output "alb_dns_name" {
  description = "Public DNS name of the load balancer."
  value       = aws_lb.web.dns_name
}

output "vpc_id" {
  description = "ID of the application VPC."
  value       = aws_vpc.main.id
}

output "db_endpoint" {
  description = "Connection endpoint (host:port) of the PostgreSQL database."
  value       = aws_db_instance.main.endpoint
}

output "db_master_secret_arn" {
  description = "Secrets Manager secret that holds the database master password."
  value       = aws_db_instance.main.master_user_secret[0].secret_arn
}

output "assets_bucket" {
  description = "Name of the S3 bucket for uploaded assets."
  value       = aws_s3_bucket.assets.bucket
}

output "orders_queue_url" {
  description = "URL of the FIFO orders queue."
  value       = aws_sqs_queue.orders.url
}

output "orders_table" {
  description = "Name of the DynamoDB orders table."
  value       = aws_dynamodb_table.orders.name
}

output "order_worker_function" {
  description = "Name of the order worker Lambda function."
  value       = aws_lambda_function.order_worker.function_name
}
