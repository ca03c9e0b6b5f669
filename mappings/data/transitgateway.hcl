# AWS Transit Gateway → Azure Virtual WAN (or a hub-and-spoke virtual network).

mapping "aws_ec2_transit_gateway" {
  cloudformation = ["AWS::EC2::TransitGateway"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_wan", "azurerm_virtual_hub"]
  arm            = ["Microsoft.Network/virtualWans", "Microsoft.Network/virtualHubs"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "A transit gateway becomes a Virtual WAN hub per region (hubs in one Virtual WAN are interconnected). A customer-managed hub virtual network with Azure Firewall or an appliance and peerings is the common alternative."
}

mapping "aws_ec2_transit_gateway_vpc_attachment" {
  cloudformation = ["AWS::EC2::TransitGatewayVpcAttachment", "AWS::EC2::TransitGatewayAttachment"]
  service        = "Azure Virtual WAN"
  status         = "direct"
  azurerm        = ["azurerm_virtual_hub_connection"]
  arm            = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "Connects the virtual network to the hub; the attachment's route table association and propagation become the connection's routing block."
}

mapping "aws_ec2_transit_gateway_route_table" {
  cloudformation = ["AWS::EC2::TransitGatewayRouteTable"]
  service        = "Azure Virtual WAN"
  status         = "direct"
  azurerm        = ["azurerm_virtual_hub_route_table"]
  arm            = ["Microsoft.Network/virtualHubs/hubRouteTables"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note           = "A hub route table; associations and propagations are set on each connection."
}

mapping "aws_ec2_transit_gateway_route" {
  cloudformation = ["AWS::EC2::TransitGatewayRoute"]
  service        = "Azure Virtual WAN"
  status         = "direct"
  azurerm        = ["azurerm_virtual_hub_route_table_route"]
  arm            = ["Microsoft.Network/virtualHubs/hubRouteTables"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note           = "A static route in the hub route table (blackhole routes have no equivalent)."
}

mapping "aws_ec2_transit_gateway_route_table_association" {
  cloudformation = ["AWS::EC2::TransitGatewayRouteTableAssociation"]
  service        = "Azure Virtual WAN"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_hub_connection"]
  arm            = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note           = "Association is routing.associated_route_table_id on the hub connection."
}

mapping "aws_ec2_transit_gateway_route_table_propagation" {
  cloudformation = ["AWS::EC2::TransitGatewayRouteTablePropagation"]
  service        = "Azure Virtual WAN"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_hub_connection"]
  arm            = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note           = "Propagation is routing.propagated_route_table on the hub connection."
}

mapping "aws_ec2_transit_gateway_peering_attachment" {
  cloudformation = ["AWS::EC2::TransitGatewayPeeringAttachment"]
  service        = "Azure Virtual WAN"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "Hubs of the same Virtual WAN are connected automatically (full mesh); no peering is declared."
}

data "aws_ec2_transit_gateway" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub", "azurerm_virtual_wan"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Looks up the virtual hub (address prefix, router IPs and ASN) or the Virtual WAN it belongs to."
}

data "aws_ec2_transit_gateway_vpc_attachment" {
  service = "Azure Virtual WAN"
  status  = "direct"
  azurerm = ["azurerm_virtual_hub_connection"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Looks up the hub's connection to a virtual network by name."
}

data "aws_ec2_transit_gateway_route_table" {
  service = "Azure Virtual WAN"
  status  = "direct"
  azurerm = ["azurerm_virtual_hub_route_table"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "Looks up a hub route table by name (routes, labels)."
}
