# Amazon RDS and Aurora → Azure Database for PostgreSQL / MySQL flexible server, Azure SQL,
# Oracle Database@Azure. The engine decides the target.

mapping "aws_db_instance" {
  cloudformation = ["AWS::RDS::DBInstance"]
  service        = "Azure Database for PostgreSQL, Azure Database for MySQL or Azure SQL Database"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server", "azurerm_mssql_database"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforMySQL/flexibleServers", "Microsoft.Sql/servers/databases"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  note           = "The engine is not known statically, and it decides the target: PostgreSQL → PostgreSQL flexible server, MySQL/MariaDB → MySQL flexible server, SQL Server → Azure SQL, Oracle → Oracle Database@Azure."
  shared_caveats = ["deletion-protection"]

  translate "postgresql-sku" {
    value = contains(["postgres", "aurora-postgresql"], try(lower(self.engine), lower(self.Engine), "")) ? try(self.instance_class, self.DBInstanceClass, null) : null
    table = "rds-postgresql-sku"
  }

  translate "mysql-sku" {
    value = contains(["mysql", "aurora-mysql", "aurora", "mariadb"], try(lower(self.engine), lower(self.Engine), "")) ? try(self.instance_class, self.DBInstanceClass, null) : null
    table = "rds-mysql-sku"
  }

  translate "sql-sku" {
    value = can(regex("sqlserver", try(lower(self.engine), lower(self.Engine), ""))) ? try(self.instance_class, self.DBInstanceClass, null) : null
    table = "rds-sql-sku"
  }

  target "cluster-member" {
    when    = source == "cloudformation" && can(self.DBClusterIdentifier)
    service = "Azure Database for PostgreSQL or MySQL flexible server"
    status  = "implicit"
    azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
    arm     = ["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforMySQL/flexibleServers"]
    note    = "An Aurora cluster instance: the writer is the flexible server itself, and each reader becomes a read replica (a flexible server created with create_mode = \"Replica\")."
  }

  target "postgresql" {
    when    = contains(["postgres", "aurora-postgresql"], try(lower(self.engine), lower(self.Engine), ""))
    service = "Azure Database for PostgreSQL"
    status  = "direct"
    azurerm = ["azurerm_postgresql_flexible_server"]
    arm     = ["Microsoft.DBforPostgreSQL/flexibleServers"]
    link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/overview"
    note    = "PostgreSQL flexible server; databases are azurerm_postgresql_flexible_server_database. Map instance_class to a Burstable, General Purpose or Memory Optimized SKU and check that every extension you use is on the allow list."
  }

  target "mysql" {
    when    = contains(["mysql", "aurora-mysql", "aurora", "mariadb"], try(lower(self.engine), lower(self.Engine), ""))
    service = "Azure Database for MySQL"
    status  = "direct"
    azurerm = ["azurerm_mysql_flexible_server"]
    arm     = ["Microsoft.DBforMySQL/flexibleServers"]
    link    = "https://learn.microsoft.com/azure/mysql/flexible-server/overview"
    note    = "MySQL flexible server; databases are azurerm_mysql_flexible_database. Map instance_class to a Burstable, General Purpose or Business Critical SKU."
  }

  target "sqlserver" {
    when    = can(regex("sqlserver", try(lower(self.engine), lower(self.Engine), "")))
    service = "Azure SQL Database"
    status  = "partial"
    azurerm = ["azurerm_mssql_server", "azurerm_mssql_database"]
    arm     = ["Microsoft.Sql/servers", "Microsoft.Sql/servers/databases"]
    link    = "https://learn.microsoft.com/azure/azure-sql/database/sql-database-paas-overview"
    note    = "An RDS SQL Server instance becomes a logical server with one Azure SQL database per user database, or an Azure SQL Managed Instance (azurerm_mssql_managed_instance) when the workload needs instance-level features."
  }

  target "oracle" {
    when    = can(regex("oracle", try(lower(self.engine), lower(self.Engine), "")))
    service = "Oracle Database@Azure"
    status  = "partial"
    azurerm = ["azurerm_oracle_autonomous_database"]
    arm     = ["Oracle.Database/autonomousDatabases"]
    link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
    note    = "Oracle Database@Azure runs Oracle-managed Autonomous Database or Exadata (azurerm_oracle_exadata_infrastructure + azurerm_oracle_cloud_vm_cluster) in Azure datacenters; self-managed Oracle on Azure VMs is the other route."
  }

  target "db2" {
    when    = startswith(try(lower(self.engine), lower(self.Engine), ""), "db2")
    service = "IBM Db2 on Azure Virtual Machines"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
    note    = "Azure has no managed Db2 service: run Db2 on Azure VMs (azurerm_linux_virtual_machine with managed disks), or migrate the schema to Azure SQL or PostgreSQL."
  }

  caveat "mariadb" {
    when     = try(lower(self.engine), lower(self.Engine), "") == "mariadb"
    severity = "warning"
    message  = "Azure Database for MariaDB is retired: target MySQL flexible server and check MariaDB-only features (sequences, system-versioned tables, some JSON and storage-engine behaviour) before migrating."
    link     = "https://learn.microsoft.com/azure/mariadb/whats-happening-to-mariadb"
  }

  caveat "sqlserver-instance-features" {
    when     = can(regex("sqlserver", try(lower(self.engine), lower(self.Engine), "")))
    severity = "info"
    message  = "Azure SQL Database lacks instance-scoped features (SQL Agent, cross-database queries, linked servers, CLR, Service Broker, Database Mail); if the application uses them, choose Azure SQL Managed Instance (azurerm_mssql_managed_instance)."
    link     = "https://learn.microsoft.com/azure/azure-sql/managed-instance/sql-managed-instance-paas-overview"
  }

  caveat "oracle-options" {
    when     = can(regex("oracle", try(lower(self.engine), lower(self.Engine), "")))
    severity = "warning"
    message  = "Oracle has no Azure-operated managed service: choose Oracle Database@Azure (Autonomous Database or Exadata, contracted through Oracle) or Oracle on Azure VMs, and recheck licensing (license-included RDS does not carry over)."
    link     = "https://learn.microsoft.com/azure/virtual-machines/workloads/oracle/oracle-overview"
  }

  caveat "db2-self-managed" {
    when     = startswith(try(lower(self.engine), lower(self.Engine), ""), "db2")
    severity = "warning"
    message  = "Db2 has no managed equivalent on Azure: plan Db2 on Azure VMs (you run patching, backups and HA) or a schema migration to Azure SQL or PostgreSQL."
    link     = "https://learn.microsoft.com/azure/virtual-machines/overview"
  }

  caveat "multi-az" {
    when     = try(tostring(try(self.multi_az, self.MultiAZ)) == "true", false)
    severity = "info"
    message  = "Multi-AZ becomes zone-redundant high availability (high_availability { mode = \"ZoneRedundant\" }); it is not offered on the Burstable tier and needs a region with availability zones."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-high-availability"
  }

  caveat "read-replica" {
    when     = can(self.replicate_source_db) || can(self.SourceDBInstanceIdentifier)
    severity = "info"
    message  = "A read replica becomes a flexible server created with create_mode = \"Replica\" and source_server_id; replicas are asynchronous and the per-server replica count is limited."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas"
  }

  caveat "iam-auth" {
    when     = try(tostring(try(self.iam_database_authentication_enabled, self.EnableIAMDatabaseAuthentication)) == "true", false)
    severity = "info"
    message  = "IAM database authentication becomes Microsoft Entra authentication: enable it in the server's authentication block and add an Entra administrator; applications request tokens for the database instead of generating IAM auth tokens."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-azure-ad-authentication"
  }

  caveat "storage-encryption" {
    when     = !can(self.DBClusterIdentifier) && !can(self.replicate_source_db) && !can(self.SourceDBInstanceIdentifier) && try(tostring(try(self.storage_encrypted, self.StorageEncrypted)) != "true", true)
    severity = "info"
    message  = "Storage encryption is off here (RDS leaves it off when storage_encrypted isn't set): Azure always encrypts database storage at rest, so the data will be encrypted after migration; add a customer-managed key in Key Vault if you need control of the key."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption"
  }

  caveat "backups-disabled" {
    when     = try(tonumber(try(self.backup_retention_period, self.BackupRetentionPeriod)) == 0, false)
    severity = "info"
    message  = "Automated backups are turned off (retention 0), which Azure doesn't allow: PostgreSQL flexible server keeps 7 to 35 days, MySQL flexible server 1 to 35 days, and Azure SQL always keeps point-in-time backups."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  }

  caveat "storage-autoscaling" {
    when     = try(tonumber(try(self.max_allocated_storage, self.MaxAllocatedStorage)) > 0, false)
    severity = "info"
    message  = "Storage autoscaling becomes storage auto-grow: auto_grow_enabled on a PostgreSQL flexible server, storage { auto_grow_enabled } on a MySQL flexible server; Azure SQL databases have a fixed max_size_gb instead."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-auto-grow-storage"
  }

  caveat "performance-insights" {
    when     = try(tostring(try(self.performance_insights_enabled, self.EnablePerformanceInsights)) == "true", false)
    severity = "info"
    message  = "Performance Insights becomes Query Store with Query Performance Insight (PostgreSQL flexible server and Azure SQL), with metrics and logs sent to Log Analytics through diagnostic settings."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-query-store"
  }
}

mapping "aws_rds_cluster" {
  cloudformation = ["AWS::RDS::DBCluster"]
  service        = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforMySQL/flexibleServers"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  note           = "An Aurora or Multi-AZ DB cluster becomes one flexible server (the writer) with zone-redundant HA and read replicas for the readers; the engine decides PostgreSQL or MySQL."
  shared_caveats = ["deletion-protection"]

  translate "postgresql-sku" {
    value = contains(["postgres", "aurora-postgresql"], try(lower(self.engine), lower(self.Engine), "")) ? try(self.db_cluster_instance_class, self.DBClusterInstanceClass, null) : null
    table = "rds-postgresql-sku"
  }

  translate "mysql-sku" {
    value = contains(["mysql", "aurora-mysql", "aurora", "mariadb"], try(lower(self.engine), lower(self.Engine), "")) ? try(self.db_cluster_instance_class, self.DBClusterInstanceClass, null) : null
    table = "rds-mysql-sku"
  }

  target "postgresql" {
    when    = contains(["postgres", "aurora-postgresql"], try(lower(self.engine), lower(self.Engine), ""))
    service = "Azure Database for PostgreSQL"
    status  = "partial"
    azurerm = ["azurerm_postgresql_flexible_server"]
    arm     = ["Microsoft.DBforPostgreSQL/flexibleServers"]
    link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/overview"
    note    = "PostgreSQL flexible server with zone-redundant HA; cluster readers become read replicas."
  }

  target "mysql" {
    when    = contains(["mysql", "aurora-mysql", "aurora"], try(lower(self.engine), lower(self.Engine), ""))
    service = "Azure Database for MySQL"
    status  = "partial"
    azurerm = ["azurerm_mysql_flexible_server"]
    arm     = ["Microsoft.DBforMySQL/flexibleServers"]
    link    = "https://learn.microsoft.com/azure/mysql/flexible-server/overview"
    note    = "MySQL flexible server with zone-redundant HA; cluster readers become read replicas."
  }

  caveat "aurora-storage" {
    when     = startswith(try(lower(self.engine), lower(self.Engine), ""), "aurora")
    severity = "info"
    message  = "Aurora's shared cluster storage (fast failover, up to 15 low-lag readers, storage auto-growth) has no exact match: flexible server uses a standby plus asynchronous read replicas. Azure HorizonDB, the closest match for Aurora PostgreSQL, is in preview."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  }

  caveat "serverless" {
    when     = try(lower(self.engine_mode), lower(self.EngineMode), "provisioned") == "serverless" || can(self.serverlessv2_scaling_configuration[0]) || can(self.ServerlessV2ScalingConfiguration)
    severity = "warning"
    message  = "Aurora Serverless capacity scaling has no counterpart: flexible servers run a fixed SKU (scale compute by changing it, or use the Burstable tier for spiky low load)."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/overview"
  }

  caveat "global-database" {
    when     = can(self.global_cluster_identifier) || can(self.GlobalClusterIdentifier)
    severity = "info"
    message  = "An Aurora global database becomes cross-region read replicas (geo-replicas) that you promote on failover; there is no managed global write forwarding."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas"
  }

  caveat "iam-auth" {
    when     = try(tostring(try(self.iam_database_authentication_enabled, self.EnableIAMDatabaseAuthentication)) == "true", false)
    severity = "info"
    message  = "IAM database authentication becomes Microsoft Entra authentication on the flexible server."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-azure-ad-authentication"
  }

  caveat "storage-encryption" {
    when     = !can(self.replication_source_identifier) && !can(self.ReplicationSourceIdentifier) && !can(self.global_cluster_identifier) && !can(self.GlobalClusterIdentifier) && !can(self.snapshot_identifier) && !can(self.SnapshotIdentifier) && try(tostring(try(self.storage_encrypted, self.StorageEncrypted)) != "true", true)
    severity = "info"
    message  = "Storage encryption is off here (a new cluster stays unencrypted when storage_encrypted isn't set): flexible servers always encrypt storage at rest, so the data will be encrypted after migration; add a customer-managed key if you need control of the key."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-data-encryption"
  }

  caveat "backtrack" {
    when     = try(tonumber(try(self.backtrack_window, self.BacktrackWindow)) > 0, false)
    severity = "warning"
    message  = "Backtrack (rewinding the cluster in place) has no counterpart: point-in-time restore creates a new server from backups, so plan the switch of connection strings when you restore."
    link     = "https://learn.microsoft.com/azure/mysql/flexible-server/concepts-backup-restore"
  }

  caveat "readable-standbys" {
    when     = contains(["postgres", "mysql"], try(lower(self.engine), lower(self.Engine), "")) && (can(self.db_cluster_instance_class) || can(self.DBClusterInstanceClass))
    severity = "info"
    message  = "A Multi-AZ DB cluster's two standbys serve reads; a flexible server's high-availability standby doesn't, so add read replicas for read traffic."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-high-availability"
  }
}

mapping "aws_rds_cluster_instance" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status  = "implicit"
  azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforMySQL/flexibleServers"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas"
  note    = "Cluster instances are not separate resources on Azure: the writer's size is the flexible server's SKU, and each reader becomes a read replica server."

  translate "postgresql-sku" {
    value = contains(["postgres", "aurora-postgresql"], try(lower(self.engine), lower(self.Engine), "")) ? try(self.instance_class, null) : null
    table = "rds-postgresql-sku"
  }

  translate "mysql-sku" {
    value = contains(["mysql", "aurora-mysql", "aurora", "mariadb"], try(lower(self.engine), lower(self.Engine), "")) ? try(self.instance_class, null) : null
    table = "rds-mysql-sku"
  }
}

mapping "aws_db_subnet_group" {
  cloudformation = ["AWS::RDS::DBSubnetGroup"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_subnet"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private"
  note           = "A flexible server with private access is injected into one subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers (or the MySQL equivalent), set with delegated_subnet_id; Azure subnets span zones, so one subnet replaces the multi-AZ subnet group. Private endpoints are the alternative."
}

mapping "aws_db_parameter_group" {
  cloudformation = ["AWS::RDS::DBParameterGroup"]
  service        = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations", "Microsoft.DBforMySQL/flexibleServers/configurations"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters"
  note           = "Each parameter becomes one server configuration resource on the server itself; there are no shared parameter groups, and some parameters are not user-settable."
  shared_caveats = ["rds-parameters"]

  target "postgresql" {
    when    = startswith(try(lower(self.family), lower(self.Family), ""), "postgres") || startswith(try(lower(self.family), lower(self.Family), ""), "aurora-postgresql")
    service = "Azure Database for PostgreSQL"
    status  = "partial"
    azurerm = ["azurerm_postgresql_flexible_server_configuration"]
    arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations"]
    note    = "One azurerm_postgresql_flexible_server_configuration per parameter; check each name against the server parameter list."
  }

  target "mysql" {
    when    = startswith(try(lower(self.family), lower(self.Family), ""), "mysql") || startswith(try(lower(self.family), lower(self.Family), ""), "aurora-mysql") || startswith(try(lower(self.family), lower(self.Family), ""), "mariadb")
    service = "Azure Database for MySQL"
    status  = "partial"
    azurerm = ["azurerm_mysql_flexible_server_configuration"]
    arm     = ["Microsoft.DBforMySQL/flexibleServers/configurations"]
    link    = "https://learn.microsoft.com/azure/mysql/flexible-server/concepts-server-parameters"
    note    = "One azurerm_mysql_flexible_server_configuration per parameter; check each name against the server parameter list."
  }

  target "sqlserver" {
    when    = startswith(try(lower(self.family), lower(self.Family), ""), "sqlserver")
    service = "Azure SQL Database"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/azure-sql/database/sql-database-paas-overview"
    note    = "Azure SQL has no parameter groups: set database-scoped configuration with T-SQL (ALTER DATABASE SCOPED CONFIGURATION) or choose SQL Managed Instance for instance-level settings."
  }
}

mapping "aws_rds_cluster_parameter_group" {
  cloudformation = ["AWS::RDS::DBClusterParameterGroup"]
  service        = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations", "Microsoft.DBforMySQL/flexibleServers/configurations"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters"
  note           = "Cluster parameters become server configuration resources on the flexible server; Aurora-specific parameters (aurora_*) have no counterpart."
  shared_caveats = ["rds-parameters"]

  caveat "aurora-parameters" {
    when     = try(anytrue([for p in self.parameter : startswith(try(p.name, ""), "aurora")]), false) || can(regex("\"aurora", jsonencode(self.Parameters)))
    severity = "info"
    message  = "Aurora-only parameters (aurora_* and aurora.*) have no flexible server counterpart: drop them and check what each one tuned."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters"
  }

  target "postgresql" {
    when    = startswith(try(lower(self.family), lower(self.Family), ""), "aurora-postgresql") || startswith(try(lower(self.family), lower(self.Family), ""), "postgres")
    service = "Azure Database for PostgreSQL"
    status  = "partial"
    azurerm = ["azurerm_postgresql_flexible_server_configuration"]
    arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations"]
    note    = "One azurerm_postgresql_flexible_server_configuration per parameter; drop Aurora-only parameters."
  }

  target "mysql" {
    when    = startswith(try(lower(self.family), lower(self.Family), ""), "aurora-mysql") || startswith(try(lower(self.family), lower(self.Family), ""), "mysql")
    service = "Azure Database for MySQL"
    status  = "partial"
    azurerm = ["azurerm_mysql_flexible_server_configuration"]
    arm     = ["Microsoft.DBforMySQL/flexibleServers/configurations"]
    link    = "https://learn.microsoft.com/azure/mysql/flexible-server/concepts-server-parameters"
    note    = "One azurerm_mysql_flexible_server_configuration per parameter; drop Aurora-only parameters."
  }
}

mapping "aws_db_option_group" {
  cloudformation = ["AWS::RDS::OptionGroup"]
  service        = "Azure Database for PostgreSQL, Azure Database for MySQL or Azure SQL"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations", "Microsoft.DBforMySQL/flexibleServers/configurations"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-extensions"
  note           = "Option groups have no counterpart: features are server parameters or extensions (PostgreSQL allow-lists them in the azure.extensions parameter); options such as SQL Server native backup or Oracle features need a case-by-case replacement."
}

mapping "aws_db_proxy" {
  cloudformation = ["AWS::RDS::DBProxy"]
  service        = "Azure Database for PostgreSQL (built-in PgBouncer)"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server_configuration"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-pgbouncer"
  note           = "PostgreSQL flexible server has a built-in PgBouncer connection pooler (server parameter pgbouncer.enabled). MySQL and Azure SQL have no managed proxy: pool in the application or run ProxySQL yourself. IAM auth through the proxy becomes Entra authentication."
}

mapping "aws_rds_global_cluster" {
  cloudformation = ["AWS::RDS::GlobalCluster"]
  service        = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforMySQL/flexibleServers"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas"
  note           = "There is no global cluster object: create cross-region read replicas of the primary server and promote one on regional failover (virtual endpoints help keep the connection string stable for PostgreSQL)."
}

mapping "aws_db_instance_automated_backups_replication" {
  service = "Azure Database for PostgreSQL or MySQL flexible server"
  status  = "implicit"
  azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.DBforMySQL/flexibleServers"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  note    = "Cross-region copies of automated backups become geo-redundant backup storage, a server setting (geo_redundant_backup_enabled = true) rather than a separate resource; a geo-restore creates a new server in the paired region. For Azure SQL, choose geo-redundant backup storage on the database."

  caveat "creation-time-paired-region" {
    severity = "warning"
    message  = "Geo-redundant backup can only be chosen when the flexible server is created (changing it later means a new server), and the copy always goes to the Azure paired region rather than a region you pick; for another region, use a cross-region read replica instead."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  }
}

mapping "aws_db_instance_role_association" {
  service = "Managed identities for Azure resources"
  status  = "partial"
  azurerm = ["azurerm_user_assigned_identity", "azurerm_role_assignment"]
  arm     = ["Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "An IAM role attached to a DB instance for a feature (S3 import/export, Lambda calls) becomes a managed identity on the server (its identity block) with role assignments on the target resources. Only features that have an Azure counterpart carry over; check each feature_name."

  caveat "feature-support" {
    when     = contains(["s3import", "s3export", "s3_integration", "lambda"], try(lower(self.feature_name), ""))
    severity = "warning"
    message  = "The feature behind this role works differently on Azure: S3 import/export becomes the azure_storage extension on PostgreSQL flexible server (authorized with the server's system-assigned managed identity and a blob data role) or BULK INSERT/OPENROWSET from Blob Storage on Azure SQL, and calling Lambda from PostgreSQL (aws_lambda extension) has no counterpart: call Azure Functions from the application instead."
    link     = "https://learn.microsoft.com/azure/postgresql/extensions/concepts-storage-extension"
  }
}

mapping "aws_rds_cluster_endpoint" {
  service = "Azure Database for PostgreSQL (virtual endpoints)"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server_virtual_endpoint"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/virtualEndpoints"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas-virtual-endpoints"
  note    = "Aurora custom endpoints have no exact counterpart. PostgreSQL flexible server virtual endpoints give a stable writer name and a read-only name for one source/replica pair that follow promotion; a name spread over a chosen subset of readers needs your own DNS or a connection router (for example PgBouncer or HAProxy). MySQL flexible server has no virtual endpoints: point clients at each replica's own host name."

  caveat "reader-subset" {
    when     = try(length(self.static_members), 0) > 1 || try(length(self.excluded_members), 0) > 0
    severity = "warning"
    message  = "The endpoint balances across a chosen set of instances; a virtual endpoint's read-only name targets a single replica, so load balancing across several replicas must be done in the application or a proxy."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas-virtual-endpoints"
  }
}

mapping "aws_rds_cluster_role_association" {
  service = "Managed identities for Azure resources"
  status  = "partial"
  azurerm = ["azurerm_user_assigned_identity", "azurerm_role_assignment"]
  arm     = ["Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "An IAM role that lets an Aurora cluster reach other services becomes a managed identity on the flexible server (its identity block) plus role assignments on what it calls; whether the feature itself exists on Azure depends on feature_name."

  caveat "cluster-feature" {
    when     = contains(["s3import", "s3export", "lambda", "sagemaker", "comprehend", "bedrock"], try(lower(self.feature_name), ""))
    severity = "warning"
    message  = "S3 import/export maps to the azure_storage extension (PostgreSQL) reading and writing Blob Storage with the server's managed identity; invoking Lambda, SageMaker, Comprehend or Bedrock from SQL maps at best to the azure_ai extension on PostgreSQL flexible server (Azure OpenAI and Azure AI Language), and on MySQL these calls move into the application."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/generative-ai-azure-overview"
  }
}

mapping "aws_rds_cluster_activity_stream" {
  service = "Azure Database for PostgreSQL or MySQL audit logs"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server_configuration", "azurerm_mysql_flexible_server_configuration", "azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations", "Microsoft.DBforMySQL/flexibleServers/configurations", "Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-audit"
  note    = "A database activity stream becomes server-side audit logging: the pgaudit extension on PostgreSQL flexible server, or audit_log_enabled on MySQL flexible server, configured as server parameters, with a diagnostic setting that sends the audit category to Log Analytics, Event Hubs (the stream-like option) or Storage. Records are the engine's audit format, not the activity-stream JSON, and are not separately encrypted with your own key."
}

mapping "aws_rds_shard_group" {
  cloudformation = ["AWS::RDS::DBShardGroup"]
  service        = "Azure Database for PostgreSQL elastic clusters"
  status         = "partial"
  azurerm        = ["azurerm_postgresql_flexible_server"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers"]
  link           = "https://learn.microsoft.com/azure/postgresql/elastic-clusters/concepts-elastic-clusters"
  note           = "Aurora PostgreSQL Limitless Database (horizontal sharding) maps to elastic clusters, a flexible-server deployment with several nodes that shards tables with the Citus extension; the node count is a server property. Sharded and reference tables are declared with Citus functions instead of Limitless table modes, and capacity is sized in nodes and vCores rather than ACUs. Azure Cosmos DB for PostgreSQL is on a retirement path and takes no new deployments."

  caveat "sharding-model" {
    severity = "warning"
    message  = "Limitless sharded, reference and standard tables become Citus distributed, reference and local tables; check the elastic cluster limitations (unsupported features and extensions) before migrating."
    link     = "https://learn.microsoft.com/azure/postgresql/elastic-clusters/concepts-elastic-clusters-limitations"
  }
}

mapping "aws_db_proxy_default_target_group" {
  cloudformation = ["AWS::RDS::DBProxyTargetGroup"]
  service        = "Azure Database for PostgreSQL (built-in PgBouncer)"
  status         = "implicit"
  azurerm        = ["azurerm_postgresql_flexible_server_configuration"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-pgbouncer"
  note           = "The proxy's connection pool settings become PgBouncer server parameters on PostgreSQL flexible server (pgbouncer.default_pool_size, pgbouncer.max_client_conn, pgbouncer.pool_mode and related); the target is always the server itself. MySQL and Azure SQL have no managed pooler."

  caveat "session-pinning" {
    when     = can(self.connection_pool_config[0].session_pinning_filters) || can(self.ConnectionPoolConfigurationInfo.SessionPinningFilters) || can(self.connection_pool_config[0].init_query) || can(self.ConnectionPoolConfigurationInfo.InitQuery)
    severity = "info"
    message  = "Session pinning filters and init queries have no PgBouncer setting: with pool_mode transaction, session state (SET, prepared statements on older PgBouncer versions, advisory locks) is not kept between transactions, so test the application or use session mode."
    link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-pgbouncer"
  }
}

mapping "AWS::RDS::DBSecurityGroup" {
  service = "Azure Database for PostgreSQL or MySQL networking"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/firewallRules", "Microsoft.DBforMySQL/flexibleServers/firewallRules"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules"
  note    = "DB security groups are an EC2-Classic construct (retired by AWS). CIDR ingress rules become server firewall rules (public access); access from EC2 security groups becomes private access: VNet-integrated servers or private endpoints, with network security groups on the client subnets."
}

data "aws_db_instance" {
  service = "Azure Database for PostgreSQL, Azure Database for MySQL or Azure SQL Database"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server", "azurerm_mssql_database"]
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  note    = "Looks up the server (FQDN, version, SKU, storage) with the data source of the target engine: PostgreSQL or MySQL flexible server, or the Azure SQL database (with azurerm_mssql_server for the server)."
}

data "aws_db_instances" {
  service = "Azure Database for PostgreSQL, Azure Database for MySQL or Azure SQL Database"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  note    = "There is no filtered list of servers: list them with azurerm_resources (type Microsoft.DBforPostgreSQL/flexibleServers and so on, required_tags) and look each one up by name."
}

data "aws_rds_cluster" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  note    = "An Aurora cluster becomes a flexible server (with high availability and read replicas); look it up by name and resource group. Reader endpoints become the replicas' own FQDNs (PostgreSQL also offers virtual endpoints)."
}

data "aws_rds_clusters" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/databases"
  note    = "There is no filtered list of servers: list them with azurerm_resources and look each one up by name."
}

data "aws_db_subnet_group" {
  service = "Azure Virtual Network"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-private"
  note    = "A flexible server with private access sits in one delegated subnet (delegated_subnet_id); look that subnet up with azurerm_subnet."
}

data "aws_db_parameter_group" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters"
  note    = "There are no shared parameter groups: parameters are set on each server (server configuration resources) and have no data source."
}

data "aws_rds_cluster_parameter_group" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters"
  note    = "There are no shared parameter groups: parameters are set on each server (server configuration resources) and have no data source."
}

data "aws_db_snapshot" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL backups"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  note    = "Automatic backups are not looked up as snapshots: restore by creating a server with create_mode = PointInTimeRestore, the source_server_id and a point in time."
}

data "aws_db_cluster_snapshot" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL backups"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  note    = "Automatic backups are not looked up as snapshots: restore by creating a server with create_mode = PointInTimeRestore, the source_server_id and a point in time."
}

mapping "aws_db_snapshot" {
  service = "Azure Database for PostgreSQL or MySQL flexible server backups"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server_backup", "azurerm_data_protection_backup_instance_postgresql_flexible_server", "azurerm_data_protection_backup_instance_mysql_flexible_server"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/backups", "Microsoft.DataProtection/backupVaults/backupInstances"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  note    = "A manual snapshot becomes an on-demand backup of a PostgreSQL flexible server (kept within the server's backup retention), or, for retention beyond that, long-term retention in an Azure Backup vault. A restore always creates a new server (point-in-time or from the vaulted backup); there is no shareable or public snapshot."

  caveat "kept-with-server" {
    severity = "warning"
    message  = "On-demand and automated backups are deleted with the server and expire with its retention period (at most 35 days); keep copies that must outlive the server in an Azure Backup vault."
    link     = "https://learn.microsoft.com/azure/backup/backup-azure-database-postgresql-flex-overview"
  }
}

mapping "aws_db_cluster_snapshot" {
  service = "Azure Database for PostgreSQL or MySQL flexible server backups"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server_backup", "azurerm_data_protection_backup_instance_postgresql_flexible_server", "azurerm_data_protection_backup_instance_mysql_flexible_server"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/backups", "Microsoft.DataProtection/backupVaults/backupInstances"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  note    = "An Aurora cluster snapshot becomes an on-demand backup of the flexible server (PostgreSQL) or long-term retention in an Azure Backup vault; restores create a new server."
}

mapping "aws_db_snapshot_copy" {
  service = "Azure Backup for PostgreSQL or MySQL flexible server"
  status  = "partial"
  azurerm = ["azurerm_data_protection_backup_instance_postgresql_flexible_server", "azurerm_data_protection_backup_instance_mysql_flexible_server"]
  arm     = ["Microsoft.DataProtection/backupVaults/backupInstances"]
  link    = "https://learn.microsoft.com/azure/backup/backup-azure-database-postgresql-flex-overview"
  note    = "Backups cannot be copied one by one: for another region choose geo-redundant backup storage on the server (paired region only), and for long retention or an isolated copy protect the server in an Azure Backup vault (geo-redundant vault storage for a second region)."
}

mapping "aws_rds_cluster_snapshot_copy" {
  service = "Azure Backup for PostgreSQL or MySQL flexible server"
  status  = "partial"
  azurerm = ["azurerm_data_protection_backup_instance_postgresql_flexible_server", "azurerm_data_protection_backup_instance_mysql_flexible_server"]
  arm     = ["Microsoft.DataProtection/backupVaults/backupInstances"]
  link    = "https://learn.microsoft.com/azure/backup/backup-azure-database-postgresql-flex-overview"
  note    = "There is no snapshot copy: use geo-redundant backup storage on the server (paired region) or vaulted backups in an Azure Backup vault for retained, isolated copies."
}

mapping "aws_db_event_subscription" {
  cloudformation = ["AWS::RDS::EventSubscription"]
  service        = "Azure Monitor alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert", "azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/activityLogAlerts", "Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-types"
  note           = "RDS event notifications become activity log alerts (administrative operations, service health, resource health) on the database servers, sending to an action group (email, SMS, webhook, Functions, Event Hubs) instead of an SNS topic. RDS event categories have no one-to-one list: pick the operations or health events to alert on."
}

mapping "aws_db_proxy_endpoint" {
  cloudformation = ["AWS::RDS::DBProxyEndpoint"]
  service        = "Azure Database for PostgreSQL (built-in PgBouncer)"
  status         = "implicit"
  azurerm        = ["azurerm_postgresql_flexible_server_configuration"]
  arm            = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations"]
  link           = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-pgbouncer"
  note           = "The built-in PgBouncer listens on port 6432 of the server's own host name, so there is no extra endpoint: a read-only proxy endpoint becomes PgBouncer on a read replica, and access from another VNet becomes a private endpoint or VNet peering."
}

mapping "aws_db_proxy_target" {
  service = "Azure Database for PostgreSQL (built-in PgBouncer)"
  status  = "implicit"
  azurerm = ["azurerm_postgresql_flexible_server_configuration"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/configurations"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-pgbouncer"
  note    = "PgBouncer runs on the server it pools for, so there is no target to register; enable it with the pgbouncer.enabled server parameter."
}

mapping "aws_rds_certificate" {
  service = "Azure Database for PostgreSQL or MySQL TLS"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls"
  note    = "Azure manages and rotates the server certificates; there is no account default CA to choose. Clients that verify the server must trust the root CAs Microsoft documents for the service."
}

mapping "aws_rds_custom_db_engine_version" {
  cloudformation = ["AWS::RDS::CustomDBEngineVersion"]
  service        = "SQL Server or Oracle on Azure Virtual Machines"
  status         = "partial"
  azurerm        = ["azurerm_shared_image_version", "azurerm_mssql_virtual_machine"]
  arm            = ["Microsoft.Compute/galleries/images/versions", "Microsoft.SqlVirtualMachine/sqlVirtualMachines"]
  link           = "https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/sql-server-on-azure-vm-iaas-what-is-overview"
  note           = "RDS Custom (a managed database with OS access) has no managed counterpart: install your own media on an Azure VM, kept as an Azure Compute Gallery image version, and register SQL Server VMs with the SQL IaaS Agent extension (azurerm_mssql_virtual_machine) for automated patching and backup. Oracle runs on VMs or on Oracle Database@Azure."
}

mapping "aws_rds_export_task" {
  service = "Azure Database for PostgreSQL azure_storage extension"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/postgresql/extensions/concepts-storage-extension"
  note    = "There is no snapshot export to Parquet: export tables to Blob Storage with the azure_storage extension (COPY … TO on PostgreSQL flexible server), copy them with Azure Data Factory, or mirror the database into Microsoft Fabric OneLake."
}

mapping "aws_rds_instance_state" {
  service = "Azure Database for PostgreSQL or MySQL flexible server"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/how-to-stop-start-server-portal"
  note    = "A flexible server can be stopped and started (portal, CLI, REST), but this is an operation, not a Terraform-managed state; like RDS, a stopped server starts again automatically after seven days."
}

mapping "aws_rds_integration" {
  cloudformation = ["AWS::RDS::Integration"]
  service        = "Microsoft Fabric mirroring"
  status         = "none"
  link           = "https://learn.microsoft.com/fabric/mirroring/overview"
  note           = "A zero-ETL integration into Redshift becomes Fabric mirroring of Azure SQL Database or Azure Database for PostgreSQL flexible server into OneLake, set up in the Fabric workspace rather than as an azurerm resource."
}

mapping "aws_rds_reserved_instance" {
  service = "Azure reservations"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-reserved-pricing"
  note    = "Reserved capacity for PostgreSQL, MySQL flexible server or Azure SQL is bought as a 1- or 3-year reservation in the portal or the reservations API, not with azurerm; it applies automatically to matching servers in the chosen scope."
}

mapping "AWS::RDS::DBSecurityGroupIngress" {
  service = "Azure Database for PostgreSQL or MySQL networking"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server_firewall_rule", "azurerm_mysql_flexible_server_firewall_rule"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/firewallRules", "Microsoft.DBforMySQL/flexibleServers/firewallRules"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-firewall-rules"
  note    = "An EC2-Classic DB security group rule: a CIDR becomes a server firewall rule (public access); an EC2 security group source becomes private access (VNet integration or a private endpoint) with network security groups on the client subnets."
}

data "aws_db_event_categories" {
  service = "Azure Monitor activity log"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/platform/activity-log-schema"
  note    = "There is no list of database event categories: alerts select activity log categories (Administrative, ServiceHealth, ResourceHealth) and operation names instead."
}

data "aws_db_proxy" {
  service = "Azure Database for PostgreSQL (built-in PgBouncer)"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-pgbouncer"
  note    = "Look up the server itself: PgBouncer listens on its FQDN at port 6432."
}

data "aws_rds_certificate" {
  service = "Azure Database for PostgreSQL or MySQL TLS"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-networking-ssl-tls"
  note    = "Server certificates are managed by Azure; the trusted root CAs are documented per service, not read from a data source."
}

data "aws_rds_engine_version" {
  service = "Azure Database for PostgreSQL or MySQL flexible server"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-supported-versions"
  note    = "azurerm has no engine version data source: set version on the server from the documented supported major versions; minor versions are patched by Azure."
}

data "aws_rds_global_cluster" {
  service = "Azure Database for PostgreSQL or Azure Database for MySQL"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server", "azurerm_mysql_flexible_server"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-read-replicas"
  note    = "There is no global cluster object: look up the primary server and each cross-region replica by name."
}

data "aws_rds_orderable_db_instance" {
  service = "Azure Database for PostgreSQL or MySQL flexible server"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-compute"
  note    = "azurerm cannot list the SKUs available in a region: check them with az postgres flexible-server list-skus (or the MySQL equivalent) and set sku_name on the server."
}

data "aws_rds_reserved_instance_offering" {
  service = "Azure reservations"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-reserved-pricing"
  note    = "Reservation offers and prices are found in the portal or the Azure retail prices API, not through azurerm."
}

# Caveats shared by several entries above (shared_caveats).

caveat "deletion-protection" {
  when     = try(tostring(try(self.deletion_protection, self.DeletionProtection)) == "true", false)
  severity = "info"
  message  = "Deletion protection becomes a CanNotDelete resource lock (azurerm_management_lock) on the server or its resource group."
  link     = "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources"
}

caveat "rds-parameters" {
  when     = try(anytrue([for p in self.parameter : startswith(try(p.name, ""), "rds.")]), false) || can(regex("\"rds\\.", jsonencode(self.Parameters)))
  severity = "info"
  message  = "RDS-specific parameters (rds.*) have no server parameter of that name: rds.force_ssl becomes require_secure_transport, rds.logical_replication becomes wal_level = logical, and extensions are allowed with azure.extensions; drop the rest."
  link     = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-server-parameters"
}
