# Amazon Redshift → Microsoft Fabric Data Warehouse or Azure Synapse dedicated SQL pools.

mapping "aws_redshift_cluster" {
  cloudformation = ["AWS::Redshift::Cluster"]
  service        = "Microsoft Fabric Data Warehouse or Azure Synapse Analytics"
  status         = "partial"
  azurerm        = ["azurerm_synapse_sql_pool"]
  arm            = ["Microsoft.Synapse/workspaces/sqlPools"]
  requires       = ["azurerm_synapse_workspace"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "Microsoft's comparison points Redshift at Fabric Data Warehouse (capacity azurerm_fabric_capacity; the warehouse itself is a Fabric item created outside ARM) or Azure Databricks SQL; a Synapse dedicated SQL pool is the ARM-native option. Distribution styles, sort keys and SQL dialect need rework."
}

mapping "aws_redshift_subnet_group" {
  cloudformation = ["AWS::Redshift::ClusterSubnetGroup"]
  service        = "Azure Synapse Analytics (managed virtual network)"
  status         = "implicit"
  azurerm        = ["azurerm_synapse_workspace"]
  arm            = ["Microsoft.Synapse/workspaces"]
  link           = "https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-managed-vnet"
  note           = "Warehouses aren't placed in customer subnets: a Synapse workspace uses a managed virtual network (managed_virtual_network_enabled) and is reached through private endpoints; Fabric uses private links at tenant or workspace level."
}

mapping "aws_redshift_parameter_group" {
  cloudformation = ["AWS::Redshift::ClusterParameterGroup"]
  service        = "Azure Synapse Analytics"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/sql-data-warehouse-overview-what-is"
  note           = "There are no parameter groups: workload management becomes workload groups and classifiers (T-SQL); most other parameters are fixed by the service."
}

mapping "aws_redshiftserverless_workgroup" {
  cloudformation = ["AWS::RedshiftServerless::Workgroup"]
  service        = "Microsoft Fabric Data Warehouse or Azure Synapse serverless SQL pool"
  status         = "partial"
  azurerm        = ["azurerm_fabric_capacity"]
  arm            = ["Microsoft.Fabric/capacities"]
  link           = "https://learn.microsoft.com/fabric/data-warehouse/data-warehousing"
  note           = "Serverless warehousing maps to a Fabric warehouse running on a Fabric capacity (which can be paused), or to the Synapse serverless SQL pool for querying files in the lake."
}

mapping "aws_redshift_cluster_iam_roles" {
  service = "Managed identities for Azure resources"
  status  = "partial"
  azurerm = ["azurerm_synapse_workspace", "azurerm_role_assignment"]
  arm     = ["Microsoft.Synapse/workspaces", "Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-managed-identity"
  note    = "Roles that COPY, UNLOAD and Spectrum use become the Synapse workspace's managed identity (or a user-assigned one) with role assignments on the storage it reads and writes, such as Storage Blob Data Contributor on the Data Lake account; COPY INTO and external tables then authenticate with IDENTITY = 'Managed Identity'."
}

mapping "aws_redshift_endpoint_access" {
  cloudformation = ["AWS::Redshift::EndpointAccess"]
  service        = "Azure Private Link"
  status         = "direct"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/synapse-analytics/security/how-to-connect-to-workspace-with-private-links"
  note           = "A Redshift-managed VPC endpoint becomes a private endpoint in the client's virtual network targeting the Synapse workspace (Sql sub-resource for dedicated pools, SqlOnDemand for serverless), plus a private DNS zone; a workspace can have endpoints in several virtual networks and subscriptions."
}

mapping "aws_redshift_logging" {
  service = "Azure Synapse Analytics auditing"
  status  = "partial"
  azurerm = ["azurerm_synapse_workspace_extended_auditing_policy", "azurerm_synapse_sql_pool_extended_auditing_policy", "azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Synapse/workspaces/extendedAuditingSettings", "Microsoft.Synapse/workspaces/sqlPools/extendedAuditingSettings", "Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/azure-sql/database/auditing-overview"
  note    = "Audit logging becomes SQL auditing on the workspace or SQL pool, written to a storage account or, through diagnostic settings, to Log Analytics or Event Hubs. Connection, user-activity and user logs become audit action groups; the record format differs from Redshift's log files."
}

mapping "aws_redshift_scheduled_action" {
  cloudformation = ["AWS::Redshift::ScheduledAction"]
  service        = "Azure Synapse Analytics with Azure Automation or Logic Apps"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/sql-data-warehouse-manage-compute-overview"
  note           = "There is no built-in schedule for pausing, resuming or resizing a dedicated SQL pool: run the pause, resume or scale operation (REST, PowerShell or CLI) from an Azure Automation runbook, a Logic App or a Data Factory pipeline on a schedule, using a managed identity with rights on the pool. Fabric capacities are paused and resized the same way."
}

mapping "aws_redshift_snapshot_schedule" {
  service = "Azure Synapse Analytics (restore points)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore"
  note    = "Dedicated SQL pools take automatic restore points throughout the day and keep them for seven days; that schedule is not configurable. Extra snapshots on your own schedule become user-defined restore points created by a scheduled job (Automation runbook or pipeline), with a limit on how many a pool keeps."
}

mapping "aws_redshift_snapshot_schedule_association" {
  service = "Azure Synapse Analytics (restore points)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore"
  note    = "Automatic restore points apply to every dedicated SQL pool, so there is nothing to associate; a custom schedule is the scheduled job that creates user-defined restore points for the pools it targets."
}

mapping "aws_redshift_snapshot_copy" {
  service = "Azure Synapse Analytics (geo-backups)"
  status  = "implicit"
  azurerm = ["azurerm_synapse_sql_pool"]
  arm     = ["Microsoft.Synapse/workspaces/sqlPools"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore"
  note    = "Cross-region snapshot copy becomes the dedicated SQL pool's geo-backup (geo_backup_policy_enabled): a daily backup copied to the paired region, from which the pool can be restored in any region. The destination region and retention of the copies are not selectable."

  caveat "copy-frequency" {
    severity = "info"
    message  = "Geo-backups are taken once a day, so the recovery point in another region can be up to 24 hours old, and they go to the paired region rather than the destination_region you chose."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore"
  }
}

mapping "aws_redshift_snapshot_copy_grant" {
  service = "Azure Synapse Analytics (geo-backups)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/workspaces-encryption"
  note    = "No grant is needed to copy encrypted backups: geo-backups stay encrypted with the workspace's encryption (service-managed or a customer-managed Key Vault key the workspace identity can use)."
}

mapping "aws_redshift_usage_limit" {
  service = "Azure Synapse Analytics workload management and Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/sql-data-warehouse-workload-isolation"
  note    = "Usage limits on concurrency scaling, Spectrum scans or data sharing have no counterpart. A dedicated SQL pool has fixed capacity (its DWU setting) and workload groups cap what each workload may use; spend is watched with Cost Management budgets (azurerm_consumption_budget_resource_group) and alerts rather than enforced per feature."
}

mapping "aws_redshift_authentication_profile" {
  service = "Microsoft Entra authentication"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/active-directory-authentication"
  note    = "Authentication profiles (stored JDBC/ODBC connection options for Redshift drivers) have no counterpart: SQL clients connect to Synapse with Microsoft Entra authentication set in the connection string (for example Active Directory Default or Interactive), so keep shared client settings in configuration management or connection files."
}
