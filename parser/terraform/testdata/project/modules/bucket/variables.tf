variable "bucket_name" {
  type = string
}

variable "versioning" {
  description = "Enable object versioning."
  type        = bool
  default     = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
