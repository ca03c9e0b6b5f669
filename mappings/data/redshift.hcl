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

  caveat "customer-managed-key" {
    when     = can(self.kms_key_id) || can(self.KmsKeyId)
    severity = "info"
    message  = "A customer KMS key becomes workspace encryption with a Key Vault key (customer_managed_key on azurerm_synapse_workspace, activated with azurerm_synapse_workspace_key); choose it when the workspace is created, as it covers every pool in the workspace."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/security/workspaces-encryption"
  }

  caveat "snapshot-retention" {
    when     = try(tonumber(try(self.automated_snapshot_retention_period, self.AutomatedSnapshotRetentionPeriod)) > 7, false)
    severity = "warning"
    message  = "Automated snapshots are kept longer than seven days, but a dedicated SQL pool keeps its restore points for seven days with no setting to extend it: keep longer-lived copies another way, such as restoring to a new pool and pausing it, or exporting the data to the lake."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore"
  }
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

mapping "aws_redshift_cluster_snapshot" {
  service = "Azure Synapse Analytics (user-defined restore points)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore"
  note    = "A manual snapshot becomes a user-defined restore point of the dedicated SQL pool, created through the REST API, PowerShell or CLI rather than as an azurerm resource; restoring creates a new pool. In Fabric Data Warehouse the counterpart is a user-defined restore point or a warehouse snapshot."

  caveat "retention" {
    severity = "warning"
    message  = "Restore points are kept for seven days (Synapse) or the warehouse's retention period of up to 120 days (Fabric), not until deleted like manual snapshots: for long-term copies, export the data (CETAS or COPY to a storage account) or restore into a separate pool that is kept."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/backup-and-restore"
  }
}

mapping "aws_redshift_data_share_authorization" {
  service = "Microsoft Fabric external data sharing"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/governance/external-data-sharing-overview"
  note    = "Authorizing another account to consume a datashare becomes an external data share from a Fabric warehouse or lakehouse to another Entra tenant (read-only, in place in OneLake), or Delta Sharing from Azure Databricks; Synapse dedicated SQL pools have no live sharing, so shared data is copied or exposed as files."
}

mapping "aws_redshift_data_share_consumer_association" {
  service = "Microsoft Fabric external data sharing (OneLake shortcuts)"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/governance/external-data-sharing-overview"
  note    = "Accepting a share in Fabric creates a OneLake shortcut in a lakehouse of the consumer's workspace, which the lakehouse's SQL analytics endpoint or a warehouse can query; it is done in the portal or Fabric API, not ARM."
}

mapping "aws_redshift_endpoint_authorization" {
  cloudformation = ["AWS::Redshift::EndpointAuthorization"]
  service        = "Azure Private Link (private endpoint connection approval)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/private-link/manage-private-endpoint"
  note           = "Letting another account create endpoints to the cluster becomes approving private endpoint connections on the Synapse workspace: endpoints from other subscriptions or tenants arrive as pending connections that the workspace owner approves (or that are auto-approved when the requester has rights on the workspace)."
}

mapping "aws_redshift_event_subscription" {
  cloudformation = ["AWS::Redshift::EventSubscription"]
  service        = "Azure Monitor alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert", "azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/activityLogAlerts", "Microsoft.Insights/actionGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-types"
  note           = "Cluster events become activity log and Resource Health alerts on the Synapse workspace or SQL pool (pause, resume, scale, availability), and metric alerts for conditions such as DWU use; the action group notifies by email, SMS, webhook or a function instead of an SNS topic. Event categories and severities don't map one to one."
}

mapping "aws_redshift_hsm_client_certificate" {
  service = "Azure Key Vault"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/workspaces-encryption"
  note    = "Synapse doesn't talk to an HSM over client certificates: a customer-managed key kept in Key Vault (HSM-backed keys in the Premium tier) is used by the workspace through its managed identity, so no certificate is needed."
}

mapping "aws_redshift_hsm_configuration" {
  service = "Azure Synapse Analytics customer-managed keys"
  status  = "partial"
  azurerm = ["azurerm_synapse_workspace_key"]
  arm     = ["Microsoft.Synapse/workspaces/keys"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/workspaces-encryption"
  note    = "HSM-based encryption becomes double encryption with a customer-managed key on the Synapse workspace (customer_managed_key at creation, activated with azurerm_synapse_workspace_key); the key lives in Key Vault, not in a CloudHSM cluster you run."
}

mapping "aws_redshift_idc_application" {
  service = "Microsoft Entra authentication"
  status  = "implicit"
  azurerm = ["azurerm_synapse_workspace_aad_admin"]
  arm     = ["Microsoft.Synapse/workspaces/administrators"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/active-directory-authentication"
  note    = "Identity Center integration is built in: Synapse SQL and Fabric warehouses authenticate Microsoft Entra users and groups directly; set an Entra admin on the workspace and create database users FROM EXTERNAL PROVIDER for the groups that need access."
}

mapping "aws_redshift_integration" {
  cloudformation = ["AWS::Redshift::Integration"]
  service        = "Microsoft Fabric mirroring"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/mirroring/overview"
  note           = "A zero-ETL integration from an operational database becomes a Fabric mirrored database (Azure SQL, Cosmos DB, PostgreSQL and other sources replicated continuously into OneLake and queried through a SQL analytics endpoint), or Azure Synapse Link for SQL or Cosmos DB when the target is Synapse. Mirroring is a Fabric item, not an ARM resource."
}

mapping "aws_redshift_namespace_registration" {
  service = "Microsoft Fabric OneLake"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/data-warehouse/data-warehousing"
  note    = "Registering a warehouse with the lakehouse catalog is not needed in Fabric: warehouse tables are stored as Delta in OneLake and are readable by Spark and other Fabric engines, and discoverable in the OneLake catalog, from the start."
}

mapping "aws_redshift_partner" {
  service = "Partner integrations"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/partner/data-integration"
  note    = "Registering a partner integration with the cluster has no counterpart: configure the partner tool (ingestion, BI or ETL) to connect to the Synapse or Fabric SQL endpoint directly, with an Entra identity."
}

mapping "aws_redshift_resource_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  note    = "Resource policies that let other accounts create integrations or datashares become role assignments on the Synapse workspace (or Fabric workspace roles); cross-tenant access uses guest users or Fabric external data sharing."
}

mapping "AWS::Redshift::ClusterSecurityGroup" {
  service = "Azure Synapse Analytics IP firewall"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-ip-firewall"
  note    = "EC2-Classic cluster security groups become the workspace's IP firewall: the rules (azurerm_synapse_firewall_rule) belong to the Synapse workspace, so there is no group to create."
}

mapping "AWS::Redshift::ClusterSecurityGroupIngress" {
  service = "Azure Synapse Analytics IP firewall"
  status  = "partial"
  azurerm = ["azurerm_synapse_firewall_rule"]
  arm     = ["Microsoft.Synapse/workspaces/firewallRules"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-ip-firewall"
  note    = "A CIDR ingress rule becomes a firewall rule with a start and end IP address; rules that reference EC2 security groups have no equivalent (use private endpoints from the clients' virtual network instead)."
}

data "aws_redshift_cluster" {
  service = "Azure Synapse Analytics"
  status  = "partial"
  azurerm = ["azurerm_synapse_workspace"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/sql-data-warehouse-overview-what-is"
  note    = "azurerm can look up the Synapse workspace (its SQL endpoints and identity) but has no data source for a dedicated SQL pool; reference the pool by name."
}

data "aws_redshift_cluster_credentials" {
  service = "Microsoft Entra authentication"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/active-directory-authentication"
  note    = "There are no temporary database passwords to issue: clients sign in with Microsoft Entra tokens (managed identity, service principal or user), and SQL logins that remain keep their secrets in Key Vault."
}

data "aws_redshift_data_shares" {
  service = "Microsoft Fabric external data sharing"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/governance/external-data-sharing-overview"
  note    = "No azurerm data source lists data shares; Fabric external shares are listed through the Fabric REST API."
}

data "aws_redshift_producer_data_shares" {
  service = "Microsoft Fabric external data sharing"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/governance/external-data-sharing-overview"
  note    = "No azurerm data source lists outgoing shares; Fabric external shares are listed through the Fabric REST API."
}

data "aws_redshift_orderable_cluster" {
  service = "Azure Synapse Analytics"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql-data-warehouse/what-is-a-data-warehouse-unit-dwu-cdwu"
  note    = "There are no node types to choose from: a dedicated SQL pool is sized by a fixed list of service levels (DW100c to DW30000c) and a Fabric capacity by its F SKU."
}

data "aws_redshift_subnet_group" {
  service = "Azure Synapse Analytics (managed virtual network)"
  status  = "implicit"
  azurerm = ["azurerm_synapse_workspace"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/synapse-workspace-managed-vnet"
  note    = "Network placement is a setting of the workspace (managed virtual network and private endpoints), read from the workspace data source."
}
