output "vpc_id" {
  value = aws_vpc.this.id
}

output "private_subnet_ids" {
  description = "Private subnet ids, in key order."
  value       = [for s in aws_subnet.private : s.id]
}

output "public_subnet_ids" {
  value = values(aws_subnet.public)[*].id
}

output "nat_public_ips" {
  value = aws_eip.nat[*].public_ip
}

output "security_group_id" {
  value = aws_security_group.this.id
}

output "available_azs" {
  value = data.aws_availability_zones.available.names
}
