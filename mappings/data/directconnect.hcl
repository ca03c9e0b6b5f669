# AWS Direct Connect → Azure ExpressRoute (circuits through a connectivity provider, or ExpressRoute Direct ports).

mapping "aws_dx_connection" {
  cloudformation = ["AWS::DirectConnect::Connection"]
  service        = "Azure ExpressRoute"
  status         = "partial"
  azurerm        = ["azurerm_express_route_circuit"]
  arm            = ["Microsoft.Network/expressRouteCircuits"]
  link           = "https://learn.microsoft.com/azure/expressroute/expressroute-introduction"
  note           = "A connection becomes an ExpressRoute circuit ordered at a peering location through a connectivity provider: you create the circuit, hand its service key to the provider, and it provisions the layer-2 link. Every circuit is a redundant pair of connections with BGP sessions on both, so there is no single-link variant."

  target "expressroute-direct" {
    when    = contains(["10gbps", "100gbps", "400gbps"], try(lower(self.bandwidth), lower(self.Bandwidth), ""))
    service = "Azure ExpressRoute Direct"
    status  = "partial"
    azurerm = ["azurerm_express_route_port", "azurerm_express_route_circuit"]
    arm     = ["Microsoft.Network/expressRoutePorts", "Microsoft.Network/expressRouteCircuits"]
    link    = "https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"
    note    = "A dedicated high-bandwidth port becomes ExpressRoute Direct: a pair of ports at a peering location (azurerm_express_route_port) on which you create your own circuits (express_route_port_id on azurerm_express_route_circuit). Check that the port speed you need is offered at the chosen peering location."
  }

  caveat "macsec" {
    when     = try(tostring(try(self.request_macsec, self.RequestMACSec)) == "true", false) || contains(["should_encrypt", "must_encrypt"], try(lower(self.encryption_mode), ""))
    severity = "info"
    message  = "MACsec is only available on ExpressRoute Direct ports: set macsec_cipher and the Key Vault secret IDs of the CKN and CAK on link1/link2 of azurerm_express_route_port. Circuits through a connectivity provider can't use MACsec; use IPsec over private peering instead."
    link     = "https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"
  }
}

mapping "aws_dx_lag" {
  cloudformation = ["AWS::DirectConnect::Lag"]
  service        = "Azure ExpressRoute Direct"
  status         = "partial"
  azurerm        = ["azurerm_express_route_port"]
  arm            = ["Microsoft.Network/expressRoutePorts"]
  link           = "https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"
  note           = "ExpressRoute Direct has no link aggregation group of N connections: a port resource is always a pair of physical links (link1, link2) of one speed. Need more bandwidth? Use a faster port or several ports, each with its own circuits."
}

mapping "aws_dx_connection_association" {
  service = "Azure ExpressRoute Direct"
  status  = "implicit"
  azurerm = ["azurerm_express_route_port"]
  arm     = ["Microsoft.Network/expressRoutePorts"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-erdirect-about"
  note    = "The links of an ExpressRoute Direct port are fixed members of the port (link1, link2); there is nothing to associate."
}

mapping "aws_dx_macsec_key_association" {
  service = "Azure ExpressRoute Direct"
  status  = "implicit"
  azurerm = ["azurerm_express_route_port"]
  arm     = ["Microsoft.Network/expressRoutePorts"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-howto-macsec"
  note    = "The CKN and CAK are stored as Key Vault secrets and referenced from link1/link2 of azurerm_express_route_port (macsec_ckn_keyvault_secret_id, macsec_cak_keyvault_secret_id); the port needs a user-assigned identity that can read them."
}

mapping "aws_dx_hosted_connection" {
  service = "Azure ExpressRoute"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-locations"
  note    = "Hosted connections are created by Direct Connect partners on their interconnects. On Azure the connectivity provider provisions your circuit after you give it the circuit's service key; the provider's side isn't managed from your subscription. Migrate the customer side as an azurerm_express_route_circuit."
}

mapping "aws_dx_connection_confirmation" {
  service = "Azure ExpressRoute"
  status  = "implicit"
  azurerm = ["azurerm_express_route_circuit"]
  arm     = ["Microsoft.Network/expressRouteCircuits"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-introduction"
  note    = "There is no accept step: you create the circuit yourself and pass its service key to the provider, whose provisioning state then turns to Provisioned."
}

mapping "aws_dx_gateway" {
  cloudformation = ["AWS::DirectConnect::DirectConnectGateway"]
  service        = "Azure ExpressRoute virtual network gateway"
  status         = "partial"
  azurerm        = ["azurerm_virtual_network_gateway"]
  arm            = ["Microsoft.Network/virtualNetworkGateways"]
  link           = "https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways"
  note           = "ExpressRoute has no global gateway object between circuits and networks: a circuit's private peering connects directly to ExpressRoute gateways (azurerm_virtual_network_gateway with type ExpressRoute, or azurerm_express_route_gateway in a Virtual WAN hub). Linking networks in other geopolitical regions needs the circuit's Premium add-on; connecting on-premises sites to each other through Azure is ExpressRoute Global Reach."
  differs        = "Microsoft's comparison names ExpressRoute Global Reach, which links on-premises sites to each other through Microsoft's network. A Direct Connect gateway connects circuits to VPCs in several regions, which on Azure is ExpressRoute virtual network gateways connected to the circuit."
}

mapping "aws_dx_gateway_association" {
  cloudformation = ["AWS::DirectConnect::DirectConnectGatewayAssociation"]
  service        = "Azure ExpressRoute"
  status         = "partial"
  azurerm        = ["azurerm_virtual_network_gateway_connection"]
  arm            = ["Microsoft.Network/connections"]
  link           = "https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm"
  note           = "Associating a virtual private gateway becomes a connection of type ExpressRoute between the circuit and the virtual network's ExpressRoute gateway. Associating a transit gateway becomes azurerm_express_route_connection from the circuit's private peering to the ExpressRoute gateway of a Virtual WAN hub. Allowed prefixes have no direct equivalent: Azure advertises the address spaces of the connected virtual networks."
}

mapping "aws_dx_gateway_association_proposal" {
  service = "Azure ExpressRoute"
  status  = "partial"
  azurerm = ["azurerm_express_route_circuit_authorization"]
  arm     = ["Microsoft.Network/expressRouteCircuits/authorizations"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm"
  note    = "Cross-subscription linking works the other way round: the circuit owner creates an authorization, and the other subscription creates its gateway connection with the authorization key and circuit ID."
}

mapping "aws_dx_private_virtual_interface" {
  cloudformation = ["AWS::DirectConnect::PrivateVirtualInterface"]
  service        = "Azure ExpressRoute private peering"
  status         = "direct"
  azurerm        = ["azurerm_express_route_circuit_peering"]
  arm            = ["Microsoft.Network/expressRouteCircuits/peerings"]
  link           = "https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"
  note           = "A private VIF becomes the circuit's private peering (peering_type AzurePrivatePeering) with VLAN ID, peer ASN and /30 subnets for the primary and secondary BGP sessions. A circuit has only one private peering, so several private VIFs on one connection become one peering shared by several gateway connections, or several circuits."
}

mapping "aws_dx_transit_virtual_interface" {
  cloudformation = ["AWS::DirectConnect::TransitVirtualInterface"]
  service        = "Azure ExpressRoute private peering with Virtual WAN"
  status         = "partial"
  azurerm        = ["azurerm_express_route_circuit_peering", "azurerm_express_route_connection"]
  arm            = ["Microsoft.Network/expressRouteCircuits/peerings", "Microsoft.Network/expressRouteGateways/expressRouteConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-portal"
  note           = "A transit VIF becomes the circuit's private peering connected to the ExpressRoute gateway of a Virtual WAN hub (azurerm_express_route_gateway), which then routes to every virtual network connected to the hub."
}

mapping "aws_dx_public_virtual_interface" {
  cloudformation = ["AWS::DirectConnect::PublicVirtualInterface"]
  service        = "Azure ExpressRoute Microsoft peering"
  status         = "partial"
  azurerm        = ["azurerm_express_route_circuit_peering", "azurerm_route_filter"]
  arm            = ["Microsoft.Network/expressRouteCircuits/peerings", "Microsoft.Network/routeFilters"]
  link           = "https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"
  note           = "A public VIF becomes Microsoft peering (peering_type MicrosoftPeering) with your public prefixes in microsoft_peering_config. Azure advertises no routes until a route filter that selects service BGP communities is attached, so list the services you need instead of receiving every public prefix."
}

mapping "aws_dx_hosted_private_virtual_interface" {
  service = "Azure ExpressRoute private peering"
  status  = "partial"
  azurerm = ["azurerm_express_route_circuit_peering", "azurerm_express_route_circuit_authorization"]
  arm     = ["Microsoft.Network/expressRouteCircuits/peerings", "Microsoft.Network/expressRouteCircuits/authorizations"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm"
  note    = "Peerings can't be handed to another subscription: the circuit owner configures the private peering and creates an authorization per subscription that should link its virtual networks to the circuit."
}

mapping "aws_dx_hosted_private_virtual_interface_accepter" {
  service = "Azure ExpressRoute"
  status  = "implicit"
  azurerm = ["azurerm_virtual_network_gateway_connection"]
  arm     = ["Microsoft.Network/connections"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-howto-linkvnet-arm"
  note    = "The receiving subscription doesn't accept anything: it creates an ExpressRoute connection from its gateway to the circuit with the authorization key it was given."
}

mapping "aws_dx_hosted_transit_virtual_interface" {
  service = "Azure ExpressRoute private peering with Virtual WAN"
  status  = "partial"
  azurerm = ["azurerm_express_route_circuit_peering", "azurerm_express_route_circuit_authorization"]
  arm     = ["Microsoft.Network/expressRouteCircuits/peerings", "Microsoft.Network/expressRouteCircuits/authorizations"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-portal"
  note    = "The circuit owner configures the private peering and creates an authorization; the other subscription connects the circuit to its Virtual WAN hub's ExpressRoute gateway with the authorization key."
}

mapping "aws_dx_hosted_transit_virtual_interface_accepter" {
  service = "Azure Virtual WAN"
  status  = "implicit"
  azurerm = ["azurerm_express_route_connection"]
  arm     = ["Microsoft.Network/expressRouteGateways/expressRouteConnections"]
  link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-expressroute-portal"
  note    = "There is no accept step: the receiving subscription creates the ExpressRoute connection on its hub gateway with the authorization key."
}

mapping "aws_dx_hosted_public_virtual_interface" {
  service = "Azure ExpressRoute Microsoft peering"
  status  = "partial"
  azurerm = ["azurerm_express_route_circuit_peering"]
  arm     = ["Microsoft.Network/expressRouteCircuits/peerings"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"
  note    = "Microsoft peering belongs to the circuit and is configured by the circuit owner; it can't be handed to another subscription."
}

mapping "aws_dx_hosted_public_virtual_interface_accepter" {
  service = "Azure ExpressRoute Microsoft peering"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"
  note    = "Nothing to accept: Microsoft peering is configured on the circuit itself. Drop this resource and configure the peering in the subscription that owns the circuit."
}

mapping "aws_dx_bgp_peer" {
  service = "Azure ExpressRoute"
  status  = "implicit"
  azurerm = ["azurerm_express_route_circuit_peering"]
  arm     = ["Microsoft.Network/expressRouteCircuits/peerings"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-circuit-peerings"
  note    = "Every peering already has a primary and a secondary BGP session; an additional IPv6 session is the ipv6 block of azurerm_express_route_circuit_peering."
}

data "aws_dx_connection" {
  service = "Azure ExpressRoute"
  status  = "direct"
  azurerm = ["azurerm_express_route_circuit"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-introduction"
  note    = "Looks up the circuit by name and resource group (service key, provider properties, SKU)."
}

data "aws_dx_gateway" {
  service = "Azure ExpressRoute virtual network gateway"
  status  = "partial"
  azurerm = ["azurerm_virtual_network_gateway"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-about-virtual-network-gateways"
  note    = "Looks up the ExpressRoute gateway of a virtual network; Virtual WAN hub gateways have no data source, so pass their IDs in."
}

data "aws_dx_location" {
  service = "Azure ExpressRoute"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-locations"
  note    = "azurerm has no data source for peering locations or providers: pick them from the locations list (or az network express-route list-service-providers) and pass them as variables."
}

data "aws_dx_locations" {
  service = "Azure ExpressRoute"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-locations"
  note    = "azurerm has no data source for peering locations: take them from the locations list and pass them as variables."
}

data "aws_dx_router_configuration" {
  service = "Azure ExpressRoute"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-config-samples-routing"
  note    = "There is no generated router configuration: build the edge router's BGP configuration from the peering's VLAN, subnets and ASNs, using the published router configuration samples."
}
