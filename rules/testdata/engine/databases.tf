# Expectations sit inside each resource: "mapping: <id> <status>" and one
# "want: <rule>" per finding the engine must report for it (no others).

variable "engine" {
  default = "aurora-postgresql"
}

variable "multi_az" {} # no default: unknown

resource "aws_db_instance" "pg" {
  # mapping: aws-db-instance/postgresql direct
  # want: aws-db-instance/storage-encryption
  # want: aws-db-instance/multi-az
  engine   = "postgres"
  multi_az = true
}

resource "aws_db_instance" "from_var" {
  # A variable default decides the target.
  # mapping: aws-db-instance/postgresql direct
  # want: aws-db-instance/storage-encryption
  engine = var.engine
}

resource "aws_db_instance" "mysql" {
  # mapping: aws-db-instance/mysql direct
  # want: aws-db-instance/storage-encryption
  # want: aws-db-instance/multi-az
  engine   = "MySQL"
  multi_az = var.multi_az
}

resource "aws_db_instance" "mariadb" {
  # mapping: aws-db-instance/mysql direct
  # want: aws-db-instance/storage-encryption
  # want: aws-db-instance/mariadb
  engine = "mariadb"
}

resource "aws_db_instance" "mssql" {
  # mapping: aws-db-instance/sqlserver partial
  # want: aws-db-instance/storage-encryption
  # want: aws-db-instance/sqlserver-instance-features
  engine = "sqlserver-ee"
}

resource "aws_db_instance" "oracle" {
  # mapping: aws-db-instance/oracle partial
  # want: aws-db-instance/storage-encryption
  # want: aws-db-instance/oracle-options
  engine = "oracle-ee"
}

resource "aws_db_instance" "db2" {
  # The target has no Azure equivalent: a blocker.
  # mapping: aws-db-instance/db2 none
  # want: aws-db-instance/storage-encryption
  # want: aws-db-instance
  # want: aws-db-instance/db2-self-managed
  engine = "db2-se"
}

variable "db_engine" {
  type = string
}

resource "aws_db_instance" "undecided" {
  # The engine comes from a variable nobody sets: the default target is assumed.
  # mapping: aws-db-instance partial
  # want: aws-db-instance/storage-encryption
  # want: a2z/undecided-target
  # want: aws-db-instance/mariadb
  # want: aws-db-instance/sqlserver-instance-features
  # want: aws-db-instance/oracle-options
  # want: aws-db-instance/db2-self-managed
  engine = var.db_engine
}

resource "aws_db_instance" "same_engine" {
  # The engine is another resource's, which its configuration sets: known.
  # mapping: aws-db-instance/postgresql direct
  # want: aws-db-instance/storage-encryption
  engine = aws_db_instance.pg.engine
}

resource "aws_rds_cluster" "aurora" {
  # Aurora's storage layer has no twin: PostgreSQL flexible server is partial.
  # mapping: aws-rds-cluster/postgresql partial
  # want: aws-rds-cluster/storage-encryption
  # want: aws-rds-cluster/aurora-storage
  engine = "aurora-postgresql"
}
