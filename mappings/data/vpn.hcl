# AWS Site-to-Site VPN → Azure VPN Gateway.

mapping "aws_customer_gateway" {
  cloudformation = ["AWS::EC2::CustomerGateway"]
  service        = "Azure VPN Gateway (local network gateway)"
  status         = "direct"
  azurerm        = ["azurerm_local_network_gateway"]
  arm            = ["Microsoft.Network/localNetworkGateways"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal"
  note           = "The on-premises device becomes a local network gateway: its public IP (gateway_address), and either the on-premises address_space or bgp_settings (ASN and BGP peer address)."

  caveat "reserved-asn" {
    when     = contains(["8074", "8075", "12076", "65515", "65517", "65518", "65519", "65520"], try(tostring(try(self.bgp_asn, self.BgpAsn)), ""))
    severity = "warning"
    message  = "This BGP ASN is reserved by Azure (8074, 8075, 12076, 65515 and 65517–65520 can't be used by on-premises devices): renumber the device's ASN before peering it with an Azure VPN gateway."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-vpn-faq"
  }
}

mapping "aws_vpn_gateway" {
  cloudformation = ["AWS::EC2::VPNGateway"]
  service        = "Azure VPN Gateway"
  status         = "direct"
  azurerm        = ["azurerm_virtual_network_gateway"]
  arm            = ["Microsoft.Network/virtualNetworkGateways"]
  requires       = ["azurerm_subnet", "azurerm_public_ip"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways"
  note           = "A route-based VPN gateway (type = \"Vpn\", a zone-redundant AZ SKU) in the virtual network's GatewaySubnet (/27 or larger); amazon_side_asn becomes bgp_settings.asn. Deployment takes 30–45 minutes."
}

mapping "aws_vpn_gateway_attachment" {
  service = "Azure VPN Gateway"
  status  = "implicit"
  azurerm = ["azurerm_virtual_network_gateway"]
  arm     = ["Microsoft.Network/virtualNetworkGateways"]
  link    = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways"
  note    = "The gateway belongs to the virtual network through its GatewaySubnet; there is no attachment."
}

mapping "aws_vpn_connection" {
  cloudformation = ["AWS::EC2::VPNConnection"]
  service        = "Azure VPN Gateway"
  status         = "direct"
  azurerm        = ["azurerm_virtual_network_gateway_connection"]
  arm            = ["Microsoft.Network/connections"]
  requires       = ["azurerm_virtual_network_gateway", "azurerm_local_network_gateway"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-howto-aws-bgp"
  note           = "An IPsec connection (type = \"IPsec\") between the VPN gateway and the local network gateway, with a shared key; custom tunnel options become an ipsec_policy block."

  target "transit-gateway" {
    when    = can(self.transit_gateway_id) || can(self.TransitGatewayId)
    service = "Azure Virtual WAN (site-to-site VPN)"
    status  = "direct"
    azurerm = ["azurerm_vpn_gateway_connection", "azurerm_vpn_site"]
    arm     = ["Microsoft.Network/vpnGateways/vpnConnections", "Microsoft.Network/vpnSites"]
    link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
    note    = "A VPN attached to a transit gateway becomes a VPN site connected to the Virtual WAN hub's VPN gateway."
  }

  caveat "two-tunnels" {
    severity = "info"
    message  = "Each AWS VPN connection has two tunnels to two AWS endpoints; an Azure VPN gateway is active-standby by default. Enable active-active (two public IPs) and configure both tunnels on the device to keep the same redundancy."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/active-active-portal"
  }

  caveat "static-routes" {
    when     = try(tostring(try(self.static_routes_only, self.StaticRoutesOnly)) == "true", false)
    severity = "info"
    message  = "Static routing becomes the local network gateway's address_space (no BGP on the connection)."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal"
  }

  caveat "inside-cidr" {
    when     = can(self.tunnel1_inside_cidr) || can(self.tunnel2_inside_cidr) || try(anytrue([for t in self.VpnTunnelOptionsSpecifications : can(t.TunnelInsideCidr)]), false)
    severity = "info"
    message  = "Custom tunnel inside CIDRs carry BGP on link-local (APIPA) addresses; an Azure VPN gateway accepts custom APIPA BGP addresses only from 169.254.21.0–169.254.22.255, so renumber the device's tunnel interfaces into that range if needed and list them in the gateway's apipa_addresses and the connection's custom_bgp_addresses."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/bgp-howto"
  }

  caveat "traffic-selectors" {
    when     = can(self.local_ipv4_network_cidr) || can(self.remote_ipv4_network_cidr) || can(self.LocalIpv4NetworkCidr) || can(self.RemoteIpv4NetworkCidr)
    severity = "info"
    message  = "Narrowed local and remote network CIDRs act as IPsec traffic selectors: on the Azure connection, set use_policy_based_traffic_selectors = true with a custom ipsec_policy, or a traffic_selector_policy block listing the same prefixes."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-connect-multiple-policybased-rm-ps"
  }
}

mapping "aws_vpn_connection_route" {
  cloudformation = ["AWS::EC2::VPNConnectionRoute"]
  service        = "Azure VPN Gateway (local network gateway)"
  status         = "implicit"
  azurerm        = ["azurerm_local_network_gateway"]
  arm            = ["Microsoft.Network/localNetworkGateways"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal"
  note           = "Static routes to on-premises are the local network gateway's address_space prefixes."
}

mapping "aws_vpn_gateway_route_propagation" {
  cloudformation = ["AWS::EC2::VPNGatewayRoutePropagation"]
  service        = "Azure route table (user-defined routes)"
  status         = "implicit"
  azurerm        = ["azurerm_route_table"]
  arm            = ["Microsoft.Network/routeTables"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note           = "Routes learned by the VPN gateway propagate to subnets by default; setting bgp_route_propagation_enabled = false on a route table turns that off for its subnets."
}

data "aws_vpn_gateway" {
  service = "Azure VPN Gateway"
  status  = "direct"
  azurerm = ["azurerm_virtual_network_gateway"]
  link    = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways"
  note    = "Looks up the virtual network gateway by name and resource group (BGP settings, IP configurations)."
}

data "aws_customer_gateway" {
  service = "Azure VPN Gateway"
  status  = "direct"
  azurerm = ["azurerm_local_network_gateway"]
  link    = "https://learn.microsoft.com/azure/vpn-gateway/tutorial-site-to-site-portal"
  note    = "Looks up the local network gateway (on-premises device address, address space, BGP settings)."
}

data "aws_vpn_connection" {
  service = "Azure VPN Gateway"
  status  = "direct"
  azurerm = ["azurerm_virtual_network_gateway_connection"]
  link    = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways"
  note    = "Looks up the site-to-site connection by name and resource group; the Azure tunnel endpoints are the gateway's public IPs, not per-connection addresses."
}

mapping "aws_vpn_concentrator" {
  cloudformation = ["AWS::EC2::VPNConcentrator"]
  service        = "Azure Virtual WAN (site-to-site VPN gateway)"
  status         = "partial"
  azurerm        = ["azurerm_vpn_gateway"]
  arm            = ["Microsoft.Network/vpnGateways"]
  requires       = ["azurerm_virtual_hub"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-site-to-site-portal"
  note           = "Aggregating many small branch VPNs on the transit hub becomes the site-to-site VPN gateway of a Virtual WAN hub: each branch is a VPN site (azurerm_vpn_site) with a connection to the gateway, and aggregate throughput is set by the gateway's scale units rather than a fixed shared bandwidth."
}
