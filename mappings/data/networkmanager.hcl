# AWS Network Manager (global networks, Cloud WAN core networks, on-premises site inventory) → Azure Virtual WAN
# (virtual WAN, hubs per region, hub connections, VPN sites).

mapping "aws_networkmanager_global_network" {
  cloudformation = ["AWS::NetworkManager::GlobalNetwork"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_wan"]
  arm            = ["Microsoft.Network/virtualWans"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "The global network becomes a Virtual WAN (type Standard), the container for the regional hubs, VPN sites and connections. Network Manager's monitoring dashboards and topology views map to Azure Monitor insights for Virtual WAN."
}

mapping "aws_networkmanager_core_network" {
  cloudformation = ["AWS::NetworkManager::CoreNetwork"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_hub"]
  arm            = ["Microsoft.Network/virtualHubs"]
  requires       = ["azurerm_virtual_wan"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "A Cloud WAN core network becomes a virtual hub in each edge location's region; hubs in one Standard Virtual WAN are meshed automatically. Segments become hub route tables with associations and propagations (the same route table label in every hub), and inspection through a firewall becomes routing intent with Azure Firewall or a supported appliance in the hub."
}

mapping "aws_networkmanager_core_network_policy_attachment" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  azurerm = ["azurerm_virtual_hub_route_table", "azurerm_virtual_hub_routing_intent"]
  arm     = ["Microsoft.Network/virtualHubs/hubRouteTables", "Microsoft.Network/virtualHubs/routingIntent"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "There is no policy document: the policy's edge locations, segments and segment actions are written out as hubs, route tables and routing intent. Attachment policies that assign attachments to segments by tag have no equivalent; each connection names its associated and propagated route tables."
}

mapping "aws_networkmanager_vpc_attachment" {
  cloudformation = ["AWS::NetworkManager::VpcAttachment"]
  service        = "Azure Virtual WAN"
  status         = "direct"
  azurerm        = ["azurerm_virtual_hub_connection"]
  arm            = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/howto-connect-vnet-hub"
  note           = "Connects the virtual network to the hub of its region; the segment becomes the connection's routing block (associated_route_table_id and propagated route tables). A virtual network connects to one hub only."
}

mapping "aws_networkmanager_attachment_accepter" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  azurerm = ["azurerm_virtual_hub_connection"]
  arm     = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/cross-tenant-vnet"
  note    = "There is no accept step: whoever creates the hub connection needs permissions on both the hub and the virtual network. A virtual network in another tenant can be connected once the connecting account is granted access to it in that tenant."
}

mapping "aws_networkmanager_site_to_site_vpn_attachment" {
  cloudformation = ["AWS::NetworkManager::SiteToSiteVpnAttachment"]
  service        = "Azure Virtual WAN site-to-site VPN"
  status         = "partial"
  azurerm        = ["azurerm_vpn_gateway_connection"]
  arm            = ["Microsoft.Network/vpnGateways/vpnConnections"]
  requires       = ["azurerm_vpn_gateway", "azurerm_vpn_site"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note           = "The VPN terminates on the hub's VPN gateway instead of a separate VPN connection attached to the core network: the on-premises side becomes a VPN site, and the connection carries the per-link IPsec settings, shared keys and routing (associated and propagated route tables)."
}

mapping "aws_networkmanager_connect_attachment" {
  cloudformation = ["AWS::NetworkManager::ConnectAttachment"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_hub_connection"]
  arm            = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/scenario-bgp-peering-hub"
  note           = "SD-WAN or other appliances run in a virtual network connected to the hub, or as a partner appliance deployed inside the hub. There are no GRE tunnels: appliances in a spoke exchange routes with the hub router over plain BGP sessions on the virtual network connection."
}

mapping "aws_networkmanager_connect_peer" {
  cloudformation = ["AWS::NetworkManager::ConnectPeer"]
  service        = "Azure Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_virtual_hub_bgp_connection"]
  arm            = ["Microsoft.Network/virtualHubs/bgpConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/scenario-bgp-peering-hub"
  note           = "A Connect peer becomes a BGP connection between the hub router and the appliance's private IP (peer_ip, peer_asn) over the virtual network connection; GRE inside addresses are not needed."
}

mapping "aws_networkmanager_dx_gateway_attachment" {
  cloudformation = ["AWS::NetworkManager::DirectConnectGatewayAttachment"]
  service        = "Azure Virtual WAN with ExpressRoute"
  status         = "partial"
  azurerm        = ["azurerm_express_route_connection"]
  arm            = ["Microsoft.Network/expressRouteGateways/expressRouteConnections"]
  requires       = ["azurerm_express_route_gateway"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-portal"
  note           = "The circuit's private peering connects to the ExpressRoute gateway of each hub that needs on-premises reach; the connection's routing block sets the route tables, as the segment did."
}

mapping "aws_networkmanager_transit_gateway_peering" {
  cloudformation = ["AWS::NetworkManager::TransitGatewayPeering"]
  service        = "Azure Virtual WAN"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_hub"]
  arm            = ["Microsoft.Network/virtualHubs"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "Transit gateways become hubs of the same Virtual WAN, and hubs in a Standard Virtual WAN are interconnected automatically; there is no peering to create."
}

mapping "aws_networkmanager_transit_gateway_route_table_attachment" {
  cloudformation = ["AWS::NetworkManager::TransitGatewayRouteTableAttachment"]
  service        = "Azure Virtual WAN"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_hub_route_table"]
  arm            = ["Microsoft.Network/virtualHubs/hubRouteTables"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note           = "Route tables of different hubs are joined by giving them the same label and propagating connections to that label; nothing is attached."
}

mapping "aws_networkmanager_transit_gateway_registration" {
  cloudformation = ["AWS::NetworkManager::TransitGatewayRegistration"]
  service        = "Azure Virtual WAN"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_hub"]
  arm            = ["Microsoft.Network/virtualHubs"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note           = "A hub always belongs to its Virtual WAN (virtual_wan_id), so there is nothing to register."
}

mapping "aws_networkmanager_site" {
  cloudformation = ["AWS::NetworkManager::Site"]
  service        = "Azure Virtual WAN VPN site"
  status         = "partial"
  azurerm        = ["azurerm_vpn_site"]
  arm            = ["Microsoft.Network/vpnSites"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note           = "A site that connects over VPN becomes a VPN site with its address ranges, links and BGP settings. Sites kept only as inventory (address, coordinates) have no Azure resource; record them in tags or a CMDB."
}

mapping "aws_networkmanager_device" {
  cloudformation = ["AWS::NetworkManager::Device"]
  service        = "Azure Virtual WAN VPN site"
  status         = "implicit"
  azurerm        = ["azurerm_vpn_site"]
  arm            = ["Microsoft.Network/vpnSites"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note           = "The VPN device's vendor and model are device_vendor and device_model of azurerm_vpn_site; other inventory details (serial number, location) have no field."
}

mapping "aws_networkmanager_link" {
  cloudformation = ["AWS::NetworkManager::Link"]
  service        = "Azure Virtual WAN VPN site"
  status         = "implicit"
  azurerm        = ["azurerm_vpn_site"]
  arm            = ["Microsoft.Network/vpnSites"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note           = "A link becomes a link block of the VPN site (provider_name, speed_in_mbps, the public ip_address or fqdn, optional bgp)."
}

mapping "aws_networkmanager_link_association" {
  cloudformation = ["AWS::NetworkManager::LinkAssociation"]
  service        = "Azure Virtual WAN VPN site"
  status         = "implicit"
  azurerm        = ["azurerm_vpn_site"]
  arm            = ["Microsoft.Network/vpnSites"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note           = "Links are declared inside the VPN site, so there is nothing to associate."
}

mapping "aws_networkmanager_customer_gateway_association" {
  cloudformation = ["AWS::NetworkManager::CustomerGatewayAssociation"]
  service        = "Azure Virtual WAN VPN site"
  status         = "implicit"
  azurerm        = ["azurerm_vpn_site"]
  arm            = ["Microsoft.Network/vpnSites"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note           = "In Virtual WAN the VPN site is both the customer gateway (link IPs, BGP) and the site record, so the association disappears."
}

mapping "aws_networkmanager_connection" {
  service = "Azure Virtual WAN"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Connections between on-premises devices are inventory only and Virtual WAN doesn't model them; drop the resource and keep the topology in your own documentation."
}

mapping "aws_networkmanager_transit_gateway_connect_peer_association" {
  service = "Azure Virtual WAN"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Associating a Connect peer with an on-premises device is inventory only; Virtual WAN has no counterpart, so drop it."
}

data "aws_networkmanager_global_network" {
  service = "Azure Virtual WAN"
  status  = "direct"
  azurerm = ["azurerm_virtual_wan"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Looks up the Virtual WAN by name and resource group."
}

data "aws_networkmanager_global_networks" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "List Virtual WANs with azurerm_resources filtered on type Microsoft.Network/virtualWans."
}

data "aws_networkmanager_core_network" {
  service = "Azure Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_virtual_hub"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "A core network spans several hubs: look up each hub (and azurerm_virtual_hub_route_table for segments) by name."
}

data "aws_networkmanager_core_network_policy_document" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
  note    = "There is no policy document to render: write the hubs, route tables and routing intent as resources."
}

data "aws_networkmanager_site" {
  service = "Azure Virtual WAN VPN site"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note    = "azurerm has no VPN site data source: find it with azurerm_resources filtered on type Microsoft.Network/vpnSites and name, or pass its ID in."
}

data "aws_networkmanager_sites" {
  service = "Azure Virtual WAN VPN site"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note    = "List VPN sites with azurerm_resources filtered on type Microsoft.Network/vpnSites (and tags)."
}

data "aws_networkmanager_device" {
  service = "Azure Virtual WAN VPN site"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note    = "Devices are part of a VPN site, and azurerm has no VPN site data source: find the site with azurerm_resources filtered on type Microsoft.Network/vpnSites."
}

data "aws_networkmanager_devices" {
  service = "Azure Virtual WAN VPN site"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note    = "List VPN sites with azurerm_resources filtered on type Microsoft.Network/vpnSites (and tags); each holds its device vendor and model."
}

data "aws_networkmanager_link" {
  service = "Azure Virtual WAN VPN site"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note    = "Links are blocks of a VPN site: find the site with azurerm_resources (type Microsoft.Network/vpnSites) and read its links."
}

data "aws_networkmanager_links" {
  service = "Azure Virtual WAN VPN site"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note    = "Links are blocks of VPN sites: list the sites with azurerm_resources (type Microsoft.Network/vpnSites)."
}

data "aws_networkmanager_connection" {
  service = "Azure Virtual WAN"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Device-to-device connections are inventory only and have no Azure counterpart; keep the values as variables."
}

data "aws_networkmanager_connections" {
  service = "Azure Virtual WAN"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
  note    = "Device-to-device connections are inventory only and have no Azure counterpart."
}

mapping "aws_networkmanager_attachment_routing_policy_label" {
  service = "Azure Virtual WAN route maps"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-wan/route-maps-about"
  note    = "A routing policy label selects which routing policy applies to an attachment. In Virtual WAN the route map (azurerm_route_map) is referenced directly from the connection's routing block (inbound_route_map_id and outbound_route_map_id on azurerm_virtual_hub_connection, or on VPN and ExpressRoute connections), so there is no label to attach."
}

mapping "aws_networkmanager_prefix_list_association" {
  cloudformation = ["AWS::NetworkManager::CoreNetworkPrefixListAssociation"]
  service        = "Azure Virtual WAN route maps"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/virtual-wan/route-maps-about"
  note           = "Route maps cannot reference a shared prefix list: write the prefixes into the match criteria of each azurerm_route_map rule that used the list (keep them in one Terraform variable to avoid drift)."
}
