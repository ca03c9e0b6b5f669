# AWS Client VPN → Azure VPN Gateway point-to-site (vpn_client_configuration on the virtual network
# gateway), or Virtual WAN user VPN for hub-and-spoke networks.

mapping "aws_ec2_client_vpn_endpoint" {
  cloudformation = ["AWS::EC2::ClientVpnEndpoint"]
  service        = "Azure VPN Gateway point-to-site"
  status         = "partial"
  azurerm        = ["azurerm_virtual_network_gateway"]
  arm            = ["Microsoft.Network/virtualNetworkGateways"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about"
  note           = "A Client VPN endpoint becomes the vpn_client_configuration of a route-based VPN gateway (any SKU but Basic) in the virtual network's GatewaySubnet: the client CIDR becomes the address space, mutual certificate authentication becomes uploaded root certificates, and users connect with the Azure VPN Client or OpenVPN. In a Virtual WAN, use azurerm_point_to_site_vpn_gateway with azurerm_vpn_server_configuration instead. Client connect handlers and the self-service portal have no counterpart."

  caveat "saml-federation" {
    when     = try(length(regex("federated-authentication", jsonencode(try(self.authentication_options, self.AuthenticationOptions)))) > 0, false)
    severity = "warning"
    message  = "Point-to-site accepts Microsoft Entra ID (OpenVPN protocol with the Azure VPN Client), not an arbitrary SAML identity provider: federate the current IdP with Entra ID or move the users to it."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/openvpn-azure-ad-tenant"
  }

  caveat "active-directory" {
    when     = try(length(regex("directory-service-authentication", jsonencode(try(self.authentication_options, self.AuthenticationOptions)))) > 0, false)
    severity = "info"
    message  = "Active Directory authentication becomes RADIUS authentication: the gateway forwards logins to a RADIUS server (for example NPS joined to the domain) reachable from the virtual network."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/point-to-site-how-to-radius-ps"
  }

  caveat "full-tunnel" {
    when     = !try(tostring(try(self.split_tunnel, self.SplitTunnel)) == "true", false)
    severity = "info"
    message  = "Client VPN sends all client traffic through the tunnel unless split tunnel is on; point-to-site clients only route the virtual network's prefixes. To force all traffic through Azure, advertise 0.0.0.0/1 and 128.0.0.0/1 as custom routes and provide internet egress (for example Azure Firewall)."
    link     = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-p2s-advertise-custom-routes"
  }
}

mapping "aws_ec2_client_vpn_network_association" {
  cloudformation = ["AWS::EC2::ClientVpnTargetNetworkAssociation"]
  service        = "Azure VPN Gateway point-to-site"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_network_gateway"]
  arm            = ["Microsoft.Network/virtualNetworkGateways"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about"
  note           = "The gateway sits in the GatewaySubnet of one virtual network (zone-redundant SKUs span zones), so there is no per-subnet association; other virtual networks are reached through peering with gateway transit."
}

mapping "aws_ec2_client_vpn_authorization_rule" {
  cloudformation = ["AWS::EC2::ClientVpnAuthorizationRule"]
  service        = "Network security groups with point-to-site user groups"
  status         = "partial"
  azurerm        = ["azurerm_network_security_rule"]
  arm            = ["Microsoft.Network/networkSecurityGroups/securityRules"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/point-to-site-user-groups-create-portal"
  note           = "Point-to-site has no per-destination authorization: connected clients can reach every routed prefix. Give each Entra ID or RADIUS group its own client address pool (policy groups and virtual_network_gateway_client_connection on the gateway) and allow or deny those pools with NSG rules on the target subnets."
}

mapping "aws_ec2_client_vpn_route" {
  cloudformation = ["AWS::EC2::ClientVpnRoute"]
  service        = "Azure VPN Gateway point-to-site"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_network_gateway"]
  arm            = ["Microsoft.Network/virtualNetworkGateways"]
  link           = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-p2s-advertise-custom-routes"
  note           = "Clients learn the virtual network's and peered networks' prefixes automatically; other destinations become address_prefixes in the gateway's custom_route block. The subnet that carries a route has no counterpart: traffic leaves through the virtual network's routing (user-defined routes, firewall)."
}

data "aws_ec2_client_vpn_endpoint" {
  service = "Azure VPN Gateway point-to-site"
  status  = "partial"
  azurerm = ["azurerm_virtual_network_gateway"]
  link    = "https://learn.microsoft.com/azure/vpn-gateway/point-to-site-about"
  note    = "Reads the gateway, including its vpn_client_configuration."
}
