variable "cidr" {
  type = string
}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

resource "aws_subnet" "this" {
  for_each = toset(["a", "b"])

  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 8, each.key == "a" ? 1 : 2)
  availability_zone = "eu-west-1${each.key}"
}

module "flow" {
  source = "./flow"
  vpc_id = aws_vpc.this.id
}
