variable "region" {
  description = "AWS region the application runs in."
  type        = string
  default     = "eu-west-1"
}

variable "app_name" {
  description = "Short name used as a prefix for every resource."
  type        = string
  default     = "orders"
}

variable "environment" {
  description = "Deployment environment (prod, staging, dev)."
  type        = string
  default     = "prod"
}

variable "vpc_cidr" {
  description = "CIDR block of the application VPC."
  type        = string
  default     = "10.20.0.0/16"
}

variable "instance_type" {
  description = "EC2 instance type of the web tier."
  type        = string
  default     = "t3.small"
}

variable "asg_min_size" {
  description = "Minimum number of web instances."
  type        = number
  default     = 2
}

variable "asg_max_size" {
  description = "Maximum number of web instances."
  type        = number
  default     = 6
}

variable "asg_desired_capacity" {
  description = "Desired number of web instances."
  type        = number
  default     = 2
}

variable "app_port" {
  description = "Port the web application listens on."
  type        = number
  default     = 8080
}

variable "db_instance_class" {
  description = "RDS instance class of the PostgreSQL database."
  type        = string
  default     = "db.t4g.medium"
}

variable "db_allocated_storage" {
  description = "Initial database storage in GiB."
  type        = number
  default     = 50
}

variable "db_name" {
  description = "Name of the application database."
  type        = string
  default     = "orders"
}

variable "db_username" {
  description = "Master user name; the password is generated and kept in Secrets Manager by RDS."
  type        = string
  default     = "orders_admin"
}

variable "worker_package" {
  description = "Path to the zipped order worker Lambda, built by CI."
  type        = string
  default     = "build/order_worker.zip"
}

variable "monthly_budget_usd" {
  description = "Estimated monthly charges (USD) above which the billing alarm fires."
  type        = number
  default     = 500
}
