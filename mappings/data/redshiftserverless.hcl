# Amazon Redshift Serverless → Microsoft Fabric Data Warehouse or the Azure Synapse serverless SQL pool.
# (aws_redshiftserverless_workgroup is kept in redshift.hcl.)

mapping "aws_redshiftserverless_namespace" {
  cloudformation = ["AWS::RedshiftServerless::Namespace"]
  service        = "Microsoft Fabric Data Warehouse or Azure Synapse serverless SQL pool"
  status         = "partial"
  azurerm        = ["azurerm_synapse_workspace"]
  arm            = ["Microsoft.Synapse/workspaces"]
  link           = "https://learn.microsoft.com/fabric/data-warehouse/data-warehousing"
  note           = "A namespace (databases, users, encryption key and roles) becomes a Fabric workspace with a warehouse item (created with the Fabric API or provider, not ARM), or a Synapse workspace whose built-in serverless SQL pool queries files in the lake. Admin credentials give way to Microsoft Entra authentication and IAM roles to the workspace's managed identity."

  caveat "serverless-sql-pool" {
    severity = "info"
    message  = "The Synapse serverless SQL pool stores no tables of its own (it queries Parquet, Delta and CSV files in storage through external tables and OPENROWSET): data loaded into Redshift tables needs a Fabric warehouse or a dedicated SQL pool instead."
    link     = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  }
}

mapping "aws_redshiftserverless_endpoint_access" {
  service = "Azure Private Link"
  status  = "direct"
  azurerm = ["azurerm_private_endpoint"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/security/how-to-connect-to-workspace-with-private-links"
  note    = "A workgroup VPC endpoint becomes a private endpoint to the Synapse workspace's SqlOnDemand sub-resource with a private DNS zone; Fabric warehouses are reached privately through workspace- or tenant-level private links."
}

mapping "aws_redshiftserverless_resource_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  note    = "Sharing snapshots with other accounts has no counterpart; access to the workspace is granted with role assignments (Synapse) or workspace roles (Fabric), and data moves between tenants through Fabric external data sharing or an export."
}

mapping "aws_redshiftserverless_snapshot" {
  cloudformation = ["AWS::RedshiftServerless::Snapshot"]
  service        = "Microsoft Fabric Data Warehouse restore points"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/data-warehouse/data-retention"
  note           = "A snapshot becomes a user-defined restore point of the Fabric warehouse (created in the portal or REST API, not ARM), restored in place; restore points expire with the warehouse's data retention period (30 days by default, up to 120), so longer retention needs an export."
}

mapping "aws_redshiftserverless_usage_limit" {
  service = "Microsoft Fabric capacity and Azure Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/enterprise/throttling"
  note    = "RPU-hour limits have no counterpart: a Fabric capacity has a fixed size (its F SKU) and throttles rather than bills for sustained overuse, and spend is watched with Cost Management budgets (azurerm_consumption_budget_resource_group) rather than capped per workgroup."
}

data "aws_redshiftserverless_credentials" {
  service = "Microsoft Entra authentication"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/data-warehouse/entra-id-authentication"
  note    = "There are no temporary database passwords: Fabric warehouses and Synapse SQL accept Microsoft Entra tokens only (Fabric) or in preference to SQL logins (Synapse)."
}

data "aws_redshiftserverless_namespace" {
  service = "Azure Synapse Analytics"
  status  = "partial"
  azurerm = ["azurerm_synapse_workspace"]
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  note    = "The Synapse workspace data source returns the serverless SQL endpoint (connectivity_endpoints) and identity; Fabric workspaces and warehouses are looked up through the Fabric API or provider."
}

data "aws_redshiftserverless_workgroup" {
  service = "Microsoft Fabric capacity"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/data-warehouse/data-warehousing"
  note    = "azurerm has no Fabric capacity data source; read the warehouse's SQL connection string from the Fabric API or provider, or the Synapse serverless endpoint from azurerm_synapse_workspace."
}

mapping "aws_redshiftserverless_custom_domain_association" {
  service = "Microsoft Fabric Data Warehouse or Azure Synapse serverless SQL pool"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/synapse-analytics/sql/on-demand-workspace-overview"
  note    = "Neither the Synapse serverless SQL endpoint nor the Fabric SQL connection string takes a custom domain name with your own certificate: clients connect to the service's own host name, so update connection strings instead of keeping a CNAME."
}
