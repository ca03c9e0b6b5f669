# AWS Transit Gateway → Azure Virtual WAN (or a hub-and-spoke virtual network).

mapping "aws_ec2_transit_gateway" {
  cloudformation = ["AWS::EC2::TransitGateway"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_wan", "azurerm_virtual_hub"]
  arm            = ["Microsoft.Network/virtualWans", "Microsoft.Network/virtualHubs"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "A transit gateway becomes a Virtual WAN hub per region (hubs in one Virtual WAN are interconnected). A customer-managed hub virtual network with Azure Firewall or an appliance and peerings is the common alternative."

  caveat "multicast" {
    when     = try(lower(try(self.multicast_support, self.MulticastSupport)), "") == "enable"
    severity = "error"
    message  = "Azure virtual networks and Virtual WAN don't carry multicast: replace multicast with unicast or a messaging service (Event Hubs, Service Bus), or build an overlay between VMs."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
  }

  caveat "asn" {
    when     = can(self.amazon_side_asn) || can(self.AmazonSideAsn)
    severity = "info"
    message  = "A Virtual WAN hub router's ASN is set by Azure, not chosen (azurerm_virtual_hub exports it as virtual_router_asn): reconfigure on-premises and appliance BGP peers that expect the transit gateway's ASN."
    link     = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-faq"
  }

  caveat "default-route-table" {
    when     = try(lower(try(self.default_route_table_association, self.DefaultRouteTableAssociation)), "enable") == "disable" || try(lower(try(self.default_route_table_propagation, self.DefaultRouteTablePropagation)), "enable") == "disable"
    severity = "info"
    message  = "Hub connections associate with and propagate to the hub's Default route table unless their routing block says otherwise: give every connection a routing block with the custom route tables to keep attachments out of the default table."
    link     = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  }
}

mapping "aws_ec2_transit_gateway_vpc_attachment" {
  cloudformation = ["AWS::EC2::TransitGatewayVpcAttachment", "AWS::EC2::TransitGatewayAttachment"]
  service        = "Azure Virtual WAN"
  status         = "direct"
  azurerm        = ["azurerm_virtual_hub_connection"]
  arm            = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "Connects the virtual network to the hub; the attachment's route table association and propagation become the connection's routing block."

  caveat "appliance-mode" {
    when     = try(lower(try(self.appliance_mode_support, self.Options.ApplianceModeSupport)), "") == "enable"
    severity = "info"
    message  = "There is no appliance mode flag: inspection in Virtual WAN goes through routing intent with Azure Firewall or a supported appliance in the hub, or through static routes to an appliance in a connected virtual network; check that the chosen design keeps both directions of a flow on the same appliance."
    link     = "https://learn.microsoft.com/azure/virtual-wan/how-to-routing-policies"
  }

  caveat "custom-route-tables" {
    when     = try(tostring(self.transit_gateway_default_route_table_association) == "false", false) || try(tostring(self.transit_gateway_default_route_table_propagation) == "false", false)
    severity = "info"
    message  = "The attachment stays out of the default route table: set routing.associated_route_table_id and routing.propagated_route_table on the hub connection to the custom route tables, or it uses the hub's Default route table."
    link     = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  }
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

mapping "aws_ec2_transit_gateway_connect" {
  cloudformation = ["AWS::EC2::TransitGatewayConnect"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_hub_connection", "azurerm_virtual_hub_bgp_connection"]
  arm            = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections", "Microsoft.Network/virtualHubs/bgpConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/scenario-bgp-peering-hub"
  note           = "An SD-WAN or appliance attachment becomes the appliance's virtual network connected to the hub plus BGP peering between the appliance and the hub router; partner SD-WAN appliances can also run inside the hub itself."

  caveat "no-gre" {
    severity = "info"
    message  = "Hub BGP peering runs directly over the virtual network connection: there are no GRE tunnels, so the tunnel addressing and inside CIDRs of the Connect attachment are dropped."
    link     = "https://learn.microsoft.com/azure/virtual-wan/scenario-bgp-peering-hub"
  }
}

mapping "aws_ec2_transit_gateway_connect_peer" {
  cloudformation = ["AWS::EC2::TransitGatewayConnectPeer"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_hub_bgp_connection"]
  arm            = ["Microsoft.Network/virtualHubs/bgpConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/scenario-bgp-peering-hub"
  note           = "A BGP peer becomes a hub BGP connection to the appliance's private IP and ASN (peer_ip, peer_asn) over its virtual network connection."
}

mapping "aws_ec2_transit_gateway_default_route_table_association" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "Every virtual hub has a built-in Default route table, and connections associate with it unless their routing block names another table; there is no setting to change which table is the default."
}

mapping "aws_ec2_transit_gateway_default_route_table_propagation" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "Connections propagate to the hub's Default route table unless their routing.propagated_route_table block lists other tables or labels."
}

mapping "aws_ec2_transit_gateway_prefix_list_reference" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub_route_table_route"]
  arm     = ["Microsoft.Network/virtualHubs/hubRouteTables"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "Azure has no prefix lists: a hub route takes an explicit list of destination CIDRs, so copy the prefix list's entries into destinations and keep them in sync yourself."
}

mapping "aws_ec2_transit_gateway_vpc_attachment_accepter" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "There is no accept step: the hub owner creates the connection to the other subscription's virtual network, which needs permission on that network instead of a request to accept."
}

mapping "aws_ec2_transit_gateway_peering_attachment_accepter" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Hubs of one Virtual WAN are meshed automatically, so there is no peering request to accept."
}

mapping "aws_ec2_transit_gateway_multicast_domain" {
  cloudformation = ["AWS::EC2::TransitGatewayMulticastDomain"]
  service        = "Azure Virtual Network"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
  note           = "Azure virtual networks do not carry multicast or broadcast traffic. Replace multicast with unicast or a messaging service (Event Hubs, Service Bus), or build an overlay between VMs."
}

mapping "aws_ec2_transit_gateway_multicast_domain_association" {
  cloudformation = ["AWS::EC2::TransitGatewayMulticastDomainAssociation"]
  service        = "Azure Virtual Network"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
  note           = "No multicast in Azure virtual networks; see the multicast domain."
}

mapping "aws_ec2_transit_gateway_multicast_group_member" {
  cloudformation = ["AWS::EC2::TransitGatewayMulticastGroupMember"]
  service        = "Azure Virtual Network"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
  note           = "No multicast in Azure virtual networks; receivers need unicast delivery or a messaging service."
}

mapping "aws_ec2_transit_gateway_multicast_group_source" {
  cloudformation = ["AWS::EC2::TransitGatewayMulticastGroupSource"]
  service        = "Azure Virtual Network"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
  note           = "No multicast in Azure virtual networks; senders need unicast delivery or a messaging service."
}

mapping "aws_ec2_transit_gateway_metering_policy" {
  cloudformation = ["AWS::EC2::TransitGatewayMeteringPolicy"]
  service        = "Microsoft Cost Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/cost-management-billing/costs/allocate-costs"
  note           = "Virtual WAN has no per-attachment metering policy: hub and data-processing charges land on the subscription of the hub. Split them with cost allocation rules or by tagging, or give teams their own hubs."
}

mapping "aws_ec2_transit_gateway_metering_policy_entry" {
  cloudformation = ["AWS::EC2::TransitGatewayMeteringPolicyEntry"]
  service        = "Microsoft Cost Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/cost-management-billing/costs/allocate-costs"
  note           = "No metering entries; see the metering policy."
}

data "aws_ec2_transit_gateway_attachment" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub_connection"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Only virtual network connections can be looked up (by name); VPN and ExpressRoute connections have no azurerm data source."
}

data "aws_ec2_transit_gateway_attachments" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub_connection"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "There is no filtered list of hub connections in azurerm: look each connection up by name, or list them with azurerm_resources."
}

data "aws_ec2_transit_gateway_vpc_attachments" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub_connection"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "There is no list of hub connections in azurerm: look each one up by name."
}

data "aws_ec2_transit_gateway_route_tables" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub_route_table"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "There is no list of hub route tables in azurerm: look each one up by name (the built-in one is defaultRouteTable)."
}

data "aws_ec2_transit_gateway_route_table_routes" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub_route_table"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "The route table data source returns its static routes only; learned (effective) routes are read with the CLI or REST API, not azurerm."
}

data "aws_ec2_transit_gateway_route_table_associations" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "Associations are part of each hub connection (routing block of azurerm_virtual_hub_connection); there is no per-table listing."
}

data "aws_ec2_transit_gateway_route_table_propagations" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "Propagations are part of each hub connection (routing.propagated_route_table of azurerm_virtual_hub_connection); there is no per-table listing."
}

data "aws_ec2_transit_gateway_peering_attachment" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Hubs of one Virtual WAN are meshed automatically; there is no peering object to look up."
}

data "aws_ec2_transit_gateway_peering_attachments" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Hubs of one Virtual WAN are meshed automatically; there are no peering objects to list."
}

data "aws_ec2_transit_gateway_vpn_attachment" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_vpn_gateway"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Looks up the hub's site-to-site VPN gateway; its individual connections have no azurerm data source."
}

data "aws_ec2_transit_gateway_connect" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub_connection"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/scenario-bgp-peering-hub"
  note    = "Looks up the appliance network's hub connection; hub BGP connections have no azurerm data source."
}

data "aws_ec2_transit_gateway_connect_peer" {
  service = "Azure Virtual WAN"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-wan/scenario-bgp-peering-hub"
  note    = "Hub BGP connections have no azurerm data source: reference the azurerm_virtual_hub_bgp_connection resource or read it with azapi."
}

data "aws_ec2_transit_gateway_multicast_domain" {
  service = "Azure Virtual Network"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-faq"
  note    = "Azure virtual networks do not support multicast."
}

data "aws_ec2_transit_gateway_dx_gateway_attachment" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-portal"
  note    = "Looks up the hub; its ExpressRoute gateway and circuit connections have no azurerm data source."
}

mapping "aws_ec2_transit_gateway_policy_table" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "A policy table controls routing over the peering between a transit gateway and a Cloud WAN core network. Hubs in one Virtual WAN are connected and exchange routes automatically, so there is no policy table: control which routes reach a hub with hub route tables, labels and propagation settings (or routing intent when a firewall inspects traffic)."
}

mapping "aws_ec2_transit_gateway_policy_table_association" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "Associating a peering attachment with a policy table has no counterpart: hub-to-hub connections inside a Virtual WAN are built in, and their routing is governed by the hub route tables and labels."
}
