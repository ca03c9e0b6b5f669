# Oracle Database@AWS → Oracle Database@Azure (Exadata infrastructure, Exadata VM clusters and Autonomous Database in a delegated subnet of your virtual network).

mapping "aws_odb_cloud_exadata_infrastructure" {
  cloudformation = ["AWS::ODB::CloudExadataInfrastructure"]
  service        = "Oracle Database@Azure"
  status         = "direct"
  azurerm        = ["azurerm_oracle_exadata_infrastructure"]
  arm            = ["Oracle.Database/cloudExadataInfrastructures"]
  link           = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note           = "The same Oracle-operated Exadata infrastructure, placed in an Azure region and availability zone. Oracle Database@Azure is bought through an Azure Marketplace offer and linked to an OCI tenancy before anything can be provisioned; check that the target region offers it."
}

mapping "aws_odb_cloud_vm_cluster" {
  cloudformation = ["AWS::ODB::CloudVmCluster"]
  service        = "Oracle Database@Azure"
  status         = "direct"
  azurerm        = ["azurerm_oracle_cloud_vm_cluster"]
  arm            = ["Oracle.Database/cloudVmClusters"]
  requires       = ["azurerm_oracle_exadata_infrastructure", "azurerm_subnet"]
  link           = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note           = "An Exadata VM cluster on the Exadata infrastructure. Instead of an ODB network it takes a virtual network and a subnet delegated to Oracle.Database/networkAttachments; databases, homes and PDBs inside it are still managed from OCI."
}

mapping "aws_odb_cloud_autonomous_vm_cluster" {
  cloudformation = ["AWS::ODB::CloudAutonomousVmCluster"]
  service        = "Oracle Database@Azure"
  status         = "partial"
  azurerm        = ["azurerm_oracle_autonomous_database"]
  arm            = ["Oracle.Database/autonomousDatabases"]
  link           = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note           = "Oracle Database@Azure offers Autonomous Database Serverless (azurerm_oracle_autonomous_database) rather than an autonomous VM cluster on your own Exadata infrastructure: each autonomous database becomes a serverless one with its own compute and storage settings, or stays on an Exadata VM cluster as a regular database."
}

mapping "aws_odb_network" {
  cloudformation = ["AWS::ODB::OdbNetwork"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_subnet"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/azure/oracle/oracle-db/oracle-database-network-plan"
  note           = "There is no separate ODB network: the client subnet is a subnet of your own virtual network delegated to Oracle.Database/networkAttachments (one such subnet per virtual network). The backup subnet is created in OCI and does not need to exist in the virtual network."
}

mapping "aws_odb_network_peering_connection" {
  cloudformation = ["AWS::ODB::OdbPeeringConnection"]
  service        = "Azure Virtual Network"
  status         = "partial"
  azurerm        = ["azurerm_virtual_network_peering"]
  arm            = ["Microsoft.Network/virtualNetworks/virtualNetworkPeerings"]
  link           = "https://learn.microsoft.com/azure/oracle/oracle-db/oracle-database-network-plan"
  note           = "Applications in the virtual network that holds the delegated subnet reach the database directly, so no peering is needed there. Applications in other virtual networks of the same region connect through virtual network peering; check the supported topologies in the network planning guide before relying on global peering or on routing through a firewall hub."
}

data "aws_odb_cloud_exadata_infrastructure" {
  service = "Oracle Database@Azure"
  status  = "direct"
  azurerm = ["azurerm_oracle_exadata_infrastructure"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "Reads an Exadata infrastructure by name and resource group."
}

data "aws_odb_cloud_exadata_infrastructures" {
  service = "Oracle Database@Azure"
  status  = "partial"
  azurerm = ["azurerm_oracle_exadata_infrastructure"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "azurerm reads one Exadata infrastructure by name; to list them all, query Azure Resource Graph."
}

data "aws_odb_cloud_vm_cluster" {
  service = "Oracle Database@Azure"
  status  = "direct"
  azurerm = ["azurerm_oracle_cloud_vm_cluster"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "Reads an Exadata VM cluster by name and resource group."
}

data "aws_odb_cloud_vm_clusters" {
  service = "Oracle Database@Azure"
  status  = "partial"
  azurerm = ["azurerm_oracle_cloud_vm_cluster"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "azurerm reads one VM cluster by name; to list them all, query Azure Resource Graph."
}

data "aws_odb_cloud_autonomous_vm_cluster" {
  service = "Oracle Database@Azure"
  status  = "partial"
  azurerm = ["azurerm_oracle_autonomous_database"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "There are no autonomous VM clusters to read; look up the Autonomous Database Serverless instances that replace them."
}

data "aws_odb_cloud_autonomous_vm_clusters" {
  service = "Oracle Database@Azure"
  status  = "partial"
  azurerm = ["azurerm_oracle_autonomous_database"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "There are no autonomous VM clusters to list; look up the Autonomous Database Serverless instances by name, or list them with Azure Resource Graph."
}

data "aws_odb_db_node" {
  service = "Oracle Database@Azure"
  status  = "partial"
  azurerm = ["azurerm_oracle_db_nodes"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "azurerm lists the database nodes of a VM cluster; pick the node you need from the list."
}

data "aws_odb_db_nodes" {
  service = "Oracle Database@Azure"
  status  = "direct"
  azurerm = ["azurerm_oracle_db_nodes"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "Lists the database nodes of an Exadata VM cluster."
}

data "aws_odb_db_server" {
  service = "Oracle Database@Azure"
  status  = "partial"
  azurerm = ["azurerm_oracle_db_servers"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "azurerm lists the database servers of an Exadata infrastructure; pick the server you need from the list."
}

data "aws_odb_db_servers" {
  service = "Oracle Database@Azure"
  status  = "direct"
  azurerm = ["azurerm_oracle_db_servers"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "Lists the database servers of an Exadata infrastructure."
}

data "aws_odb_db_system_shapes" {
  service = "Oracle Database@Azure"
  status  = "direct"
  azurerm = ["azurerm_oracle_db_system_shapes"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "Lists the Exadata system shapes offered in an Azure location."
}

data "aws_odb_gi_versions" {
  service = "Oracle Database@Azure"
  status  = "direct"
  azurerm = ["azurerm_oracle_gi_versions"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/database-overview"
  note    = "Lists the Oracle Grid Infrastructure versions available in an Azure location."
}

data "aws_odb_network" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_subnet"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/oracle-database-network-plan"
  note    = "The ODB network becomes the delegated subnet of a virtual network: read it with the azurerm_subnet data source."
}

data "aws_odb_networks" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_subnet"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/oracle-database-network-plan"
  note    = "Read each delegated subnet with the azurerm_subnet data source; list subnets delegated to Oracle.Database/networkAttachments with Azure Resource Graph."
}

data "aws_odb_network_peering_connection" {
  service = "Azure Virtual Network"
  status  = "partial"
  azurerm = ["azurerm_virtual_network_peering"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/oracle-database-network-plan"
  note    = "Reads the virtual network peering that connects an application network to the one holding the delegated subnet."
}

data "aws_odb_network_peering_connections" {
  service = "Azure Virtual Network"
  status  = "partial"
  azurerm = ["azurerm_virtual_network_peering"]
  link    = "https://learn.microsoft.com/azure/oracle/oracle-db/oracle-database-network-plan"
  note    = "azurerm reads one peering by name; the azurerm_virtual_network data source lists a network's peerings."
}
