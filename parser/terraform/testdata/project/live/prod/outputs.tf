output "account_id" {
  value = data.aws_caller_identity.current.account_id
}

output "vpc_id" {
  value = module.vpc.vpc_id
}

output "cluster_endpoint" {
  value = one(module.eks[*].cluster_endpoint)
}

output "queue_urls" {
  value = aws_sqs_queue.jobs[*].url
}

output "dr_bucket_arn" {
  value = module.dr_bucket.bucket_arn
}
