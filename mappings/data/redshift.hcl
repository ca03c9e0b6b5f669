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
