# AWS Outposts local gateway (EC2) → Azure Local logical networks: VMs on Azure Local attach straight to on-premises VLANs, so there is no local gateway to route through.

mapping "aws_ec2_local_gateway_route_table" {
  cloudformation = ["AWS::EC2::LocalGatewayRouteTable"]
  service        = "Azure Local"
  status         = "implicit"
  azurerm        = ["azurerm_stack_hci_logical_network"]
  arm            = ["Microsoft.AzureStackHCI/logicalNetworks"]
  link           = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note           = "Azure Local has no local gateway: a logical network maps a VLAN of the on-premises network onto the cluster's virtual switch, and routing between it and the rest of the site is done by your own routers. Routes that VMs need are listed in the logical network's subnet."
}

mapping "aws_ec2_local_gateway_route" {
  cloudformation = ["AWS::EC2::LocalGatewayRoute"]
  service        = "Azure Local"
  status         = "implicit"
  azurerm        = ["azurerm_stack_hci_logical_network"]
  arm            = ["Microsoft.AzureStackHCI/logicalNetworks"]
  link           = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note           = "A route becomes a route block (address_prefix, next_hop_ip_address of an on-premises router) in the subnet of azurerm_stack_hci_logical_network; routes towards the logical network are configured on the site's routers."

  caveat "routes-immutable" {
    severity = "info"
    message  = "In azurerm every subnet and route setting of a logical network forces a new resource: plan routes up front, because changing one later recreates the logical network."
    link     = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  }
}

mapping "aws_ec2_local_gateway_route_table_vpc_association" {
  cloudformation = ["AWS::EC2::LocalGatewayRouteTableVPCAssociation"]
  service        = "Azure Local"
  status         = "implicit"
  azurerm        = ["azurerm_stack_hci_network_interface"]
  arm            = ["Microsoft.AzureStackHCI/networkInterfaces"]
  link           = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note           = "VMs reach the on-premises network by having a network interface on the logical network; there is no VPC to associate with a route table."
}

mapping "aws_ec2_local_gateway_route_table_virtual_interface_group_association" {
  cloudformation = ["AWS::EC2::LocalGatewayRouteTableVirtualInterfaceGroupAssociation"]
  service        = "Azure Local"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note           = "The uplinks between the cluster and the site network are physical switch ports and VLANs configured outside Azure; only the VLAN ID appears on the logical network (vlan_id)."
}

mapping "AWS::EC2::LocalGatewayVirtualInterface" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "BGP peering between a local gateway and the site routers has no counterpart: Azure Local hosts sit on the site's VLANs, and any routing protocol runs on your own switches and routers."
}

mapping "AWS::EC2::LocalGatewayVirtualInterfaceGroup" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Groups of local gateway interfaces have no counterpart; the site's switches and routers provide the uplinks."
}

data "aws_ec2_coip_pool" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Customer-owned IP pools become the static ip_pool ranges of a logical network's subnet: VMs get on-premises addresses directly, with no address translation. azurerm has no logical network data source; read it with Azure Resource Graph or the CLI."
}

data "aws_ec2_coip_pools" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Address pools live in the logical networks' subnets; list logical networks with Azure Resource Graph or az stack-hci-vm network lnet list."
}

data "aws_ec2_local_gateway" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "There is no local gateway on Azure Local; reference the logical network (by resource ID) that VMs attach to."
}

data "aws_ec2_local_gateways" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "There are no local gateways to list; list logical networks with Azure Resource Graph if needed."
}

data "aws_ec2_local_gateway_route_table" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Routes are part of the logical network, which azurerm cannot read as a data source; use Azure Resource Graph or the CLI."
}

data "aws_ec2_local_gateway_route_tables" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Routes are part of the logical networks; list them with Azure Resource Graph or the CLI."
}

data "aws_ec2_local_gateway_virtual_interface" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Uplinks to the site network are physical switch configuration with no Azure resource to read."
}

data "aws_ec2_local_gateway_virtual_interface_group" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Uplinks to the site network are physical switch configuration with no Azure resource to read."
}

data "aws_ec2_local_gateway_virtual_interface_groups" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/manage/create-logical-networks"
  note    = "Uplinks to the site network are physical switch configuration with no Azure resource to list."
}

data "aws_ec2_service_link_virtual_interface" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "The service link becomes the cluster's outbound connection to Azure, through which Azure Arc manages it; it is configured on the site network, not as an Azure resource."
}

data "aws_ec2_service_link_virtual_interfaces" {
  service = "Azure Local"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-local/overview"
  note    = "The cluster's connection to Azure is site network configuration, not an Azure resource to list."
}
