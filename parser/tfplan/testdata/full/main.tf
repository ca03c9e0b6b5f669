variable "region" {
  type    = string
  default = "eu-west-1"
}

variable "db_password" {
  type      = string
  sensitive = true
}

provider "aws" {
  region = var.region
}

provider "aws" {
  alias  = "us"
  region = "us-east-1"
}

resource "aws_instance" "web" {
  count         = 2
  ami           = "ami-0c55b159cbfafe1f0"
  instance_type = "t3.micro"

  root_block_device {
    volume_size = 20
    encrypted   = true
  }

  tags = {
    Name = "web-${count.index}"
  }
}

resource "aws_s3_bucket" "logs" {
  provider = aws.us
  bucket   = "example-logs"
}

resource "aws_sqs_queue" "west" {
  region = "us-west-2"
  name   = "jobs"
}

resource "aws_db_instance" "main" {
  engine            = "mysql"
  instance_class    = "db.t3.micro"
  allocated_storage = 20
  username          = "admin"
  password          = var.db_password
}

resource "random_id" "suffix" {
  byte_length = 4
}

data "aws_ami" "ubuntu" {
  most_recent = true
  owners      = ["099720109477"]
}

data "aws_availability_zones" "all" {
  state = "available"
}

module "vpc" {
  source = "./modules/vpc"
  cidr   = "10.0.0.0/16"
}
