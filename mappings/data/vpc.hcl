# Amazon VPC → Azure Virtual Network: networks, subnets, gateways, routing, security groups,
# network ACLs, endpoints, peering, flow logs.

mapping "aws_vpc" {
  cloudformation = ["AWS::EC2::VPC"]
  service        = "Azure Virtual Network"
  status         = "direct"
  azurerm        = ["azurerm_virtual_network"]
  arm            = ["Microsoft.Network/virtualNetworks"]
  requires       = ["azurerm_resource_group"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-overview"
  note           = "A VPC becomes a virtual network; its CIDR blocks become address_space entries. Azure-provided DNS replaces the Amazon DNS server, and every resource must sit in a resource group."

  caveat "dedicated-tenancy" {
    when     = try(lower(self.instance_tenancy), lower(self.InstanceTenancy), "default") == "dedicated"
    severity = "warning"
    message  = "Virtual networks have no tenancy setting: place VMs that need single-tenant hardware on Azure Dedicated Hosts (azurerm_dedicated_host) or use isolated VM sizes."
    link     = "https://learn.microsoft.com/azure/virtual-machines/dedicated-hosts"
  }

  caveat "amazon-ipv6" {
    when     = try(tostring(self.assign_generated_ipv6_cidr_block) == "true", false)
    severity = "info"
    message  = "Azure doesn't hand a virtual network an IPv6 block of its own: choose the IPv6 range for address_space yourself, and give Internet-facing resources IPv6 public IP addresses (NIC or load balancer frontend)."
    link     = "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"
  }

  caveat "ipam-pool" {
    when     = can(self.ipv4_ipam_pool_id) || can(self.Ipv4IpamPoolId)
    severity = "info"
    message  = "The VPC takes its range from an IPAM pool: let the virtual network draw its address space from a network manager IPAM pool (ip_address_pool block with the pool ID and number of addresses) instead of a fixed address_space."
    link     = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  }
}

mapping "aws_default_vpc" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_virtual_network"]
  arm     = ["Microsoft.Network/virtualNetworks"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-overview"
  note    = "Azure subscriptions have no default virtual network: declare one explicitly."
}

mapping "aws_vpc_ipv4_cidr_block_association" {
  cloudformation = ["AWS::EC2::VPCCidrBlock"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_network"]
  arm            = ["Microsoft.Network/virtualNetworks"]
  link           = "https://learn.microsoft.com/azure/virtual-network/manage-virtual-network"
  note           = "A secondary CIDR block is one more entry in the virtual network's address_space."
}

mapping "aws_subnet" {
  cloudformation = ["AWS::EC2::Subnet"]
  service        = "Azure Virtual Network"
  status         = "direct"
  azurerm        = ["azurerm_subnet"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  requires       = ["azurerm_virtual_network"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet"
  note           = "A subnet of the virtual network. Azure reserves five addresses in each subnet, as AWS does. Default outbound Internet access is being retired: since API version 2025-07-01 (released after 31 March 2026) subnets of new virtual networks are private by default, while existing networks and older API versions keep it. Set default_outbound_access_enabled = false explicitly in azurerm and give the subnet explicit outbound connectivity (NAT gateway, firewall, load balancer outbound rules or instance public IPs)."

  caveat "zonal-subnet" {
    when     = can(self.availability_zone) || can(self.availability_zone_id) || can(self.AvailabilityZone) || can(self.AvailabilityZoneId)
    severity = "info"
    message  = "Azure subnets are regional and span every zone: the usual one-subnet-per-AZ layout collapses into one subnet per tier, and zones are chosen on the zonal resources (VMs, disks, public IPs) instead."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/networking"
  }

  caveat "public-ip-on-launch" {
    when     = try(tostring(try(self.map_public_ip_on_launch, self.MapPublicIpOnLaunch)) == "true", false)
    severity = "info"
    message  = "Subnets can't hand out public IPs automatically: attach a public IP to each VM's NIC that must be reachable, or better, publish through a load balancer and use a NAT gateway for outbound traffic."
    link     = "https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access"
  }
}

mapping "aws_default_subnet" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_subnet"]
  arm     = ["Microsoft.Network/virtualNetworks/subnets"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet"
  note    = "There are no default subnets on Azure: declare subnets explicitly."
}

mapping "aws_internet_gateway" {
  cloudformation = ["AWS::EC2::InternetGateway"]
  service        = "Azure Virtual Network (system routes)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/virtual-network/ip-services/default-outbound-access"
  note           = "Azure has no Internet gateway resource: system routes already send 0.0.0.0/0 to the Internet. Inbound traffic needs a public IP on a NIC or a public load balancer or Application Gateway; outbound traffic should be explicit (NAT gateway, load balancer outbound rules or an instance public IP) because default outbound access is being phased out in favour of private subnets."
}

mapping "aws_internet_gateway_attachment" {
  cloudformation = ["AWS::EC2::VPCGatewayAttachment"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note           = "Nothing to attach: Internet routing is built into every virtual network through system routes."

  target "vpn-gateway" {
    when    = can(self.VpnGatewayId)
    service = "Azure VPN Gateway"
    status  = "implicit"
    azurerm = ["azurerm_virtual_network_gateway"]
    arm     = ["Microsoft.Network/virtualNetworkGateways"]
    link    = "https://learn.microsoft.com/azure/vpn-gateway/vpn-gateway-about-vpngateways"
    note    = "A VPN gateway is deployed into the virtual network's GatewaySubnet (ip_configuration.subnet_id); there is no separate attachment."
  }
}

mapping "aws_egress_only_internet_gateway" {
  cloudformation = ["AWS::EC2::EgressOnlyInternetGateway"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_network_security_group"]
  arm            = ["Microsoft.Network/networkSecurityGroups"]
  link           = "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"
  note           = "There is no egress-only gateway: IPv6 outbound uses the same system routes, and an NSG that denies inbound IPv6 from the Internet gives the egress-only behaviour."
}

mapping "aws_nat_gateway" {
  cloudformation = ["AWS::EC2::NatGateway"]
  service        = "Azure NAT Gateway"
  status         = "direct"
  azurerm        = ["azurerm_nat_gateway", "azurerm_nat_gateway_public_ip_association", "azurerm_subnet_nat_gateway_association"]
  arm            = ["Microsoft.Network/natGateways"]
  requires       = ["azurerm_public_ip"]
  link           = "https://learn.microsoft.com/azure/nat-gateway/nat-overview"
  note           = "An AWS NAT gateway sits in a public subnet and private route tables point at it; an Azure NAT gateway is associated directly with the private subnets and needs no route. It can use several public IPs or a public IP prefix."

  caveat "private-nat" {
    when     = try(lower(self.connectivity_type), lower(self.ConnectivityType), "public") == "private"
    severity = "warning"
    message  = "Azure NAT Gateway only translates to public addresses: private NAT between networks with overlapping ranges needs Azure Firewall or a network virtual appliance."
    link     = "https://learn.microsoft.com/azure/nat-gateway/nat-overview"
  }

  caveat "idle-timeout" {
    severity = "info"
    message  = "An AWS NAT gateway keeps idle TCP connections for 350 seconds, an Azure NAT gateway for 4 minutes unless idle_timeout_in_minutes is raised: set it to 6 or more, or use TCP keepalives, so long-lived idle connections (database pools, SSH) aren't dropped earlier than today."
    link     = "https://learn.microsoft.com/azure/nat-gateway/nat-gateway-resource"
  }

  caveat "secondary-addresses" {
    when     = can(self.secondary_allocation_ids) || can(self.SecondaryAllocationIds) || can(self.secondary_private_ip_addresses) || can(self.secondary_private_ip_address_count) || can(self.SecondaryPrivateIpAddresses) || can(self.SecondaryPrivateIpAddressCount)
    severity = "info"
    message  = "Secondary Elastic IPs become more public IPs or a public IP prefix on the NAT gateway (azurerm_nat_gateway_public_ip_association, azurerm_nat_gateway_public_ip_prefix_association); secondary private addresses have no counterpart because Azure NAT Gateway translates to public addresses only."
    link     = "https://learn.microsoft.com/azure/nat-gateway/nat-gateway-resource"
  }
}

mapping "aws_eip" {
  cloudformation = ["AWS::EC2::EIP"]
  service        = "Azure public IP address"
  status         = "direct"
  azurerm        = ["azurerm_public_ip"]
  arm            = ["Microsoft.Network/publicIPAddresses"]
  link           = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses"
  note           = "A Standard SKU public IP with static allocation; it attaches to a NIC ip_configuration, load balancer frontend, NAT gateway or VPN gateway. Choose zone-redundant (zones = [\"1\", \"2\", \"3\"]) where the region has zones."

  caveat "byoip" {
    when     = can(self.public_ipv4_pool) || can(self.PublicIpv4Pool)
    severity = "info"
    message  = "Addresses from your own IP pool (BYOIP) come from an Azure custom IP prefix (azurerm_custom_ip_prefix) and a public IP prefix derived from it."
    link     = "https://learn.microsoft.com/azure/virtual-network/ip-services/custom-ip-address-prefix"
  }
}

mapping "aws_eip_association" {
  cloudformation = ["AWS::EC2::EIPAssociation"]
  service        = "Azure public IP address"
  status         = "implicit"
  azurerm        = ["azurerm_network_interface"]
  arm            = ["Microsoft.Network/networkInterfaces"]
  link           = "https://learn.microsoft.com/azure/virtual-network/ip-services/associate-public-ip-address-vm"
  note           = "A public IP is associated by setting public_ip_address_id on the NIC's ip_configuration (or on a load balancer frontend); there is no association resource."
}

mapping "aws_route_table" {
  cloudformation = ["AWS::EC2::RouteTable"]
  service        = "Azure route table (user-defined routes)"
  status         = "direct"
  azurerm        = ["azurerm_route_table"]
  arm            = ["Microsoft.Network/routeTables"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note           = "User-defined routes override Azure's system routes. Routes to the Internet gateway, the VPC's local range, NAT gateways and peering connections are system behaviour on Azure and are dropped; propagating_vgws becomes bgp_route_propagation_enabled."

  caveat "nat-gateway-routes" {
    when     = try(anytrue([for r in try(self.route, []) : can(r.nat_gateway_id)]), false)
    severity = "info"
    message  = "Routes to a NAT gateway have no Azure counterpart: drop them and associate the Azure NAT gateway with every subnet this route table serves (azurerm_subnet_nat_gateway_association)."
    link     = "https://learn.microsoft.com/azure/nat-gateway/nat-overview"
  }

  caveat "appliance-routes" {
    when     = try(anytrue([for r in try(self.route, []) : can(r.network_interface_id)]), false)
    severity = "info"
    message  = "Routes through a network interface become next_hop_type VirtualAppliance routes to the appliance's private IP; enable ip_forwarding_enabled on the appliance's NIC."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  }
}

mapping "aws_default_route_table" {
  service = "Azure route table (user-defined routes)"
  status  = "implicit"
  azurerm = ["azurerm_route_table"]
  arm     = ["Microsoft.Network/routeTables"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note    = "There is no main route table: a subnet without a route table uses system routes. Associate an explicit route table where custom routes are needed."
}

mapping "aws_main_route_table_association" {
  service = "Azure route table (user-defined routes)"
  status  = "implicit"
  azurerm = ["azurerm_subnet_route_table_association"]
  arm     = ["Microsoft.Network/routeTables"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note    = "There is no main route table: associate the route table with each subnet that needs it."
}

mapping "aws_route" {
  cloudformation = ["AWS::EC2::Route"]
  service        = "Azure route table (user-defined routes)"
  status         = "direct"
  azurerm        = ["azurerm_route"]
  arm            = ["Microsoft.Network/routeTables/routes"]
  requires       = ["azurerm_route_table"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note           = "A route with next_hop_type Internet (Internet gateway), VirtualNetworkGateway (VPN gateway) or VirtualAppliance with next_hop_in_ip_address (instance or network interface). A default route to an Internet gateway duplicates a system route and can usually be dropped."

  target "nat-gateway" {
    when    = can(self.nat_gateway_id) || can(self.NatGatewayId)
    service = "Azure NAT Gateway"
    status  = "implicit"
    azurerm = ["azurerm_subnet_nat_gateway_association"]
    arm     = ["Microsoft.Network/natGateways"]
    link    = "https://learn.microsoft.com/azure/nat-gateway/nat-overview"
    note    = "No route is needed: associate the NAT gateway with the subnets that used this route table."
  }

  target "peering" {
    when    = can(self.vpc_peering_connection_id) || can(self.VpcPeeringConnectionId)
    service = "Azure Virtual Network peering"
    status  = "implicit"
    azurerm = ["azurerm_virtual_network_peering"]
    arm     = ["Microsoft.Network/virtualNetworks/virtualNetworkPeerings"]
    link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview"
    note    = "Peering adds system routes for the peer's address space; no user-defined route is needed."
  }

  target "transit-gateway" {
    when    = can(self.transit_gateway_id) || can(self.TransitGatewayId)
    service = "Azure Virtual WAN"
    status  = "partial"
    azurerm = ["azurerm_virtual_hub_route_table_route"]
    arm     = ["Microsoft.Network/virtualHubs/hubRouteTables"]
    link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
    note    = "Spokes connected to a Virtual WAN hub learn routes from the hub; static routes go into the hub route table. In a hub-and-spoke VNet design, use a user-defined route to the hub firewall or appliance instead."
  }

  target "egress-only" {
    when    = can(self.egress_only_gateway_id) || can(self.EgressOnlyInternetGatewayId)
    service = "Azure Virtual Network (system routes)"
    status  = "implicit"
    link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
    note    = "IPv6 Internet routing is a system route; block inbound IPv6 with an NSG."
  }

  target "gateway-load-balancer-endpoint" {
    when    = can(self.vpc_endpoint_id) || can(self.VpcEndpointId)
    service = "Azure Gateway Load Balancer"
    status  = "partial"
    azurerm = ["azurerm_lb"]
    arm     = ["Microsoft.Network/loadBalancers"]
    link    = "https://learn.microsoft.com/azure/load-balancer/gateway-overview"
    note    = "Traffic inspection through a Gateway Load Balancer is configured by chaining it to a Standard load balancer frontend or a VM's public IP, not by routes."
  }

  target "edge" {
    when    = can(self.local_gateway_id) || can(self.LocalGatewayId) || can(self.carrier_gateway_id) || can(self.CarrierGatewayId)
    service = "Azure Local or Azure Extended Zones"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/architecture/aws-professional/compute"
    note    = "Outposts local gateways and Wavelength carrier gateways have no route-table counterpart; networking for Azure Local or Extended Zones is designed separately."
  }

  target "core-network" {
    when    = can(self.core_network_arn) || can(self.CoreNetworkArn)
    service = "Azure Virtual WAN"
    status  = "partial"
    azurerm = ["azurerm_virtual_hub_connection"]
    arm     = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections"]
    link    = "https://learn.microsoft.com/azure/virtual-wan/about-virtual-hub-routing"
    note    = "A route to a Cloud WAN core network becomes the virtual network's connection to a Virtual WAN hub: the hub advertises the reachable prefixes to the connected network, so no user-defined route is needed; segments map to hub route tables."
  }

  caveat "appliance-forwarding" {
    when     = can(self.network_interface_id) || can(self.instance_id) || can(self.NetworkInterfaceId) || can(self.InstanceId)
    severity = "info"
    message  = "A route through an instance or network interface becomes next_hop_type VirtualAppliance with the appliance's private IP: set ip_forwarding_enabled = true on the appliance's NIC (the counterpart of turning the source/destination check off) and enable forwarding in its OS."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  }

  caveat "prefix-list-destination" {
    when     = can(self.destination_prefix_list_id) || can(self.DestinationPrefixListId)
    severity = "info"
    message  = "A user-defined route takes one address prefix (or a service tag), not a prefix list: create one route per entry of the list, or use the service tag that covers an AWS-managed list's Azure counterpart."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  }
}

mapping "aws_route_table_association" {
  cloudformation = ["AWS::EC2::SubnetRouteTableAssociation"]
  service        = "Azure route table (user-defined routes)"
  status         = "direct"
  azurerm        = ["azurerm_subnet_route_table_association"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/azure/virtual-network/manage-route-table"
  note           = "Associates the route table with a subnet (one route table per subnet, as in AWS)."

  target "gateway" {
    when    = can(self.gateway_id)
    service = "Azure route table (user-defined routes)"
    status  = "partial"
    azurerm = ["azurerm_subnet_route_table_association"]
    arm     = ["Microsoft.Network/virtualNetworks/subnets"]
    link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
    note    = "An edge association (ingress routing) has only a partial match: for a virtual private gateway, associate the route table with the GatewaySubnet to steer on-premises traffic through Azure Firewall or an appliance; Internet ingress can't be routed by a route table, so publish the workload through Azure Firewall, an appliance's public IP or Gateway Load Balancer."
  }

  caveat "edge-association" {
    when     = can(self.gateway_id)
    severity = "info"
    message  = "Gateway (edge) route table associations for ingress routing have no direct match: steer inbound traffic through Azure Firewall or an appliance with routes on the GatewaySubnet or via Gateway Load Balancer."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  }
}

mapping "aws_security_group" {
  cloudformation = ["AWS::EC2::SecurityGroup"]
  service        = "Azure network security group"
  status         = "direct"
  azurerm        = ["azurerm_network_security_group"]
  arm            = ["Microsoft.Network/networkSecurityGroups"]
  link           = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note           = "NSGs are stateful like security groups and attach to NICs or subnets. NSG rules have a unique priority (100–4096) and can allow or deny; security-group rules are allow-only and unordered, so give them any distinct priorities."

  target "application-security-groups" {
    when    = try(anytrue([for r in try(self.ingress, []) : try(length(r.security_groups), 0) > 0 || try(r.self, false) == true]), false) || try(anytrue([for r in try(self.egress, []) : try(length(r.security_groups), 0) > 0 || try(r.self, false) == true]), false) || try(anytrue([for r in try(self.SecurityGroupIngress, []) : can(r.SourceSecurityGroupId) || can(r.SourceSecurityGroupName)]), false) || try(anytrue([for r in try(self.SecurityGroupEgress, []) : can(r.DestinationSecurityGroupId)]), false)
    service = "Azure network security group with application security groups"
    status  = "direct"
    azurerm = ["azurerm_network_security_group", "azurerm_application_security_group", "azurerm_network_interface_application_security_group_association"]
    arm     = ["Microsoft.Network/networkSecurityGroups", "Microsoft.Network/applicationSecurityGroups"]
    link    = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
    note    = "The group becomes an NSG plus an application security group whose members are the NICs it was attached to; rules that name a security group use the matching ASG as source or destination. ASGs work within one virtual network (a rule's source and destination ASGs must be in the same one), so references to groups in peered VPCs become address prefixes."
  }

  caveat "vnet-inbound-default" {
    severity = "warning"
    message  = "A security group admits only what its rules allow, but every NSG's built-in rules allow all inbound traffic from the VirtualNetwork tag (the network's own range, peered networks and connected on-premises ranges) and from the Azure load balancer: add a rule denying VirtualNetwork inbound with a priority number higher than your allow rules (4096, say) to keep the same isolation."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }

  caveat "group-references" {
    when     = try(anytrue([for r in try(self.ingress, []) : try(length(r.security_groups), 0) > 0 || try(r.self, false) == true]), false) || try(anytrue([for r in try(self.egress, []) : try(length(r.security_groups), 0) > 0 || try(r.self, false) == true]), false) || try(anytrue([for r in try(self.SecurityGroupIngress, []) : can(r.SourceSecurityGroupId) || can(r.SourceSecurityGroupName)]), false) || try(anytrue([for r in try(self.SecurityGroupEgress, []) : can(r.DestinationSecurityGroupId)]), false)
    severity = "warning"
    message  = "Rules that reference other security groups (or self) become application security groups: create an azurerm_application_security_group per referenced group, add the members' NICs to it, and use it as the rule's source or destination."
    link     = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
  }

  caveat "prefix-lists" {
    when     = try(anytrue([for r in try(self.ingress, []) : try(length(r.prefix_list_ids), 0) > 0]), false) || try(anytrue([for r in try(self.egress, []) : try(length(r.prefix_list_ids), 0) > 0]), false) || try(anytrue([for r in try(self.SecurityGroupIngress, []) : can(r.SourcePrefixListId)]), false) || try(anytrue([for r in try(self.SecurityGroupEgress, []) : can(r.DestinationPrefixListId)]), false)
    severity = "info"
    message  = "Prefix lists become service tags (for AWS-managed lists such as S3) or IP groups and explicit prefixes (for customer-managed lists)."
    link     = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview"
  }

  caveat "default-egress" {
    when     = source == "terraform" && try(length(self.egress), 0) == 0
    severity = "info"
    message  = "Terraform removes a security group's default allow-all egress rule, but NSGs always allow outbound traffic to the virtual network and the Internet by default: unless egress rules come from separate rule resources, add explicit deny rules to keep egress closed."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }
}

mapping "aws_default_security_group" {
  service = "Azure network security group"
  status  = "implicit"
  azurerm = ["azurerm_network_security_group"]
  arm     = ["Microsoft.Network/networkSecurityGroups"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "There is no default security group; every NSG carries built-in default rules (allow virtual network and load balancer traffic, deny other inbound, allow outbound) that can be overridden by higher-priority rules."
}

mapping "aws_security_group_rule" {
  service = "Azure network security group"
  status  = "direct"
  azurerm = ["azurerm_network_security_rule"]
  arm     = ["Microsoft.Network/networkSecurityGroups/securityRules"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "One NSG rule with direction Inbound (ingress) or Outbound (egress), access Allow and a unique priority; protocol -1 becomes \"*\"."

  target "application-security-group" {
    when    = can(self.source_security_group_id) || try(self.self == true, false)
    service = "Azure network security group with an application security group"
    status  = "direct"
    azurerm = ["azurerm_network_security_rule", "azurerm_application_security_group", "azurerm_network_interface_application_security_group_association"]
    arm     = ["Microsoft.Network/networkSecurityGroups/securityRules", "Microsoft.Network/applicationSecurityGroups"]
    link    = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
    note    = "The rule's source (ingress) or destination (egress) is an application security group (source_application_security_group_ids or destination_application_security_group_ids) whose members are the NICs of the referenced group. ASGs work within one virtual network, so a reference to a group in a peered VPC becomes an address prefix."
  }

  caveat "group-reference" {
    when     = can(self.source_security_group_id) || try(self.self == true, false)
    severity = "warning"
    message  = "A rule that references a security group (or self) becomes a rule with an application security group as source or destination; the group's members must join that ASG."
    link     = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
  }

  caveat "prefix-list" {
    when     = try(length(self.prefix_list_ids), 0) > 0
    severity = "info"
    message  = "Prefix lists become service tags (AWS-managed lists) or explicit address prefixes."
    link     = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview"
  }

  caveat "icmp-type" {
    when     = contains(["icmp", "1", "icmpv6", "58"], try(lower(tostring(self.protocol)), "")) && try(tonumber(self.from_port) != -1, false)
    severity = "info"
    message  = "NSG rules can't filter ICMP by type or code: the rule will allow or deny all ICMP."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }
}

mapping "aws_vpc_security_group_ingress_rule" {
  cloudformation = ["AWS::EC2::SecurityGroupIngress"]
  service        = "Azure network security group"
  status         = "direct"
  azurerm        = ["azurerm_network_security_rule"]
  arm            = ["Microsoft.Network/networkSecurityGroups/securityRules"]
  link           = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note           = "One inbound NSG rule (access Allow) with a unique priority; ip_protocol -1 becomes \"*\"."

  target "application-security-group" {
    when    = can(self.referenced_security_group_id) || can(self.SourceSecurityGroupId) || can(self.SourceSecurityGroupName)
    service = "Azure network security group with an application security group"
    status  = "direct"
    azurerm = ["azurerm_network_security_rule", "azurerm_application_security_group", "azurerm_network_interface_application_security_group_association"]
    arm     = ["Microsoft.Network/networkSecurityGroups/securityRules", "Microsoft.Network/applicationSecurityGroups"]
    link    = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
    note    = "The rule's source is an application security group (source_application_security_group_ids or destination_application_security_group_ids) whose members are the NICs of the referenced group. ASGs work within one virtual network, so a reference to a group in a peered VPC becomes an address prefix."
  }

  caveat "group-reference" {
    when     = can(self.referenced_security_group_id) || can(self.SourceSecurityGroupId) || can(self.SourceSecurityGroupName)
    severity = "warning"
    message  = "A rule that references a security group becomes a rule whose source is an application security group; the referenced group's members must join that ASG."
    link     = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
  }

  caveat "prefix-list" {
    when     = can(self.prefix_list_id) || can(self.SourcePrefixListId)
    severity = "info"
    message  = "A prefix list becomes a service tag (AWS-managed lists) or explicit address prefixes."
    link     = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview"
  }

  caveat "icmp-type" {
    when     = contains(["icmp", "1", "icmpv6", "58"], try(lower(tostring(self.ip_protocol)), lower(tostring(self.IpProtocol)), "")) && try(tonumber(try(self.from_port, self.FromPort)) != -1, false)
    severity = "info"
    message  = "NSG rules can't filter ICMP by type or code: the rule will allow all ICMP."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }
}

mapping "aws_vpc_security_group_egress_rule" {
  cloudformation = ["AWS::EC2::SecurityGroupEgress"]
  service        = "Azure network security group"
  status         = "direct"
  azurerm        = ["azurerm_network_security_rule"]
  arm            = ["Microsoft.Network/networkSecurityGroups/securityRules"]
  link           = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note           = "One outbound NSG rule (access Allow) with a unique priority; ip_protocol -1 becomes \"*\". NSGs allow outbound traffic by default, so add deny rules if egress must be restricted."

  target "application-security-group" {
    when    = can(self.referenced_security_group_id) || can(self.DestinationSecurityGroupId)
    service = "Azure network security group with an application security group"
    status  = "direct"
    azurerm = ["azurerm_network_security_rule", "azurerm_application_security_group", "azurerm_network_interface_application_security_group_association"]
    arm     = ["Microsoft.Network/networkSecurityGroups/securityRules", "Microsoft.Network/applicationSecurityGroups"]
    link    = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
    note    = "The rule's destination is an application security group (source_application_security_group_ids or destination_application_security_group_ids) whose members are the NICs of the referenced group. ASGs work within one virtual network, so a reference to a group in a peered VPC becomes an address prefix."
  }

  caveat "group-reference" {
    when     = can(self.referenced_security_group_id) || can(self.DestinationSecurityGroupId)
    severity = "warning"
    message  = "A rule that references a security group becomes a rule whose destination is an application security group; the referenced group's members must join that ASG."
    link     = "https://learn.microsoft.com/azure/virtual-network/application-security-groups"
  }

  caveat "prefix-list" {
    when     = can(self.prefix_list_id) || can(self.DestinationPrefixListId)
    severity = "info"
    message  = "A prefix list becomes a service tag (AWS-managed lists) or explicit address prefixes."
    link     = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview"
  }

  caveat "icmp-type" {
    when     = contains(["icmp", "1", "icmpv6", "58"], try(lower(tostring(self.ip_protocol)), lower(tostring(self.IpProtocol)), "")) && try(tonumber(try(self.from_port, self.FromPort)) != -1, false)
    severity = "info"
    message  = "NSG rules can't filter ICMP by type or code: the rule will allow all outbound ICMP."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }
}

mapping "aws_network_interface_sg_attachment" {
  service = "Azure network security group"
  status  = "direct"
  azurerm = ["azurerm_network_interface_security_group_association"]
  arm     = ["Microsoft.Network/networkInterfaces"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "Associates the NSG with the NIC. A NIC takes one NSG (security groups can stack up to five per ENI), so merge the rules of several groups into one NSG or use application security groups."
}

mapping "aws_network_acl" {
  cloudformation = ["AWS::EC2::NetworkAcl"]
  service        = "Azure network security group"
  status         = "partial"
  azurerm        = ["azurerm_network_security_group", "azurerm_subnet_network_security_group_association"]
  arm            = ["Microsoft.Network/networkSecurityGroups"]
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/networking"
  note           = "Azure has no stateless subnet ACL: subnet-level filtering is an NSG associated with the subnet."

  caveat "stateless-to-stateful" {
    severity = "warning"
    message  = "Network ACLs are stateless and ordered by rule number; NSGs are stateful. Drop the return-traffic (ephemeral port) rules, turn rule numbers into priorities within 100–4096, and merge the ACL with any subnet-level security group rules, because a subnet takes a single NSG."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }

  caveat "default-allow" {
    severity = "warning"
    message  = "A custom network ACL denies whatever its rules don't allow, but an NSG's built-in rules allow all traffic within the virtual network (in both directions), inbound traffic from the Azure load balancer and all outbound Internet traffic: end the subnet's NSG with explicit deny-all rules (inbound and outbound) whose priority numbers are higher than those of your allow rules, to keep the ACL's closed default."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }
}

mapping "aws_default_network_acl" {
  service = "Azure network security group"
  status  = "implicit"
  azurerm = ["azurerm_network_security_group"]
  arm     = ["Microsoft.Network/networkSecurityGroups"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "There is no default network ACL: a subnet without an NSG is unfiltered at subnet level (NIC-level NSGs still apply)."
}

mapping "aws_network_acl_rule" {
  cloudformation = ["AWS::EC2::NetworkAclEntry"]
  service        = "Azure network security group"
  status         = "partial"
  azurerm        = ["azurerm_network_security_rule"]
  arm            = ["Microsoft.Network/networkSecurityGroups/securityRules"]
  link           = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note           = "A rule of the subnet's NSG: egress = true becomes direction Outbound, rule_action becomes access, and rule_number becomes a priority. Rules that only admit return traffic are unnecessary because NSGs are stateful."

  caveat "rule-number-range" {
    when     = try(tonumber(try(self.rule_number, self.RuleNumber)) < 100 || tonumber(try(self.rule_number, self.RuleNumber)) > 4096, false)
    severity = "info"
    message  = "NSG priorities run from 100 to 4096: renumber this rule while keeping the order of the ACL."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }

  caveat "return-traffic" {
    when     = try(tonumber(try(self.from_port, self.PortRange.From)) >= 1024 && tonumber(try(self.to_port, self.PortRange.To)) == 65535, false)
    severity = "info"
    message  = "This rule opens the ephemeral port range, which a stateless ACL needs for return traffic: NSGs are stateful and admit replies automatically, so drop it unless it really admits new connections to those ports."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }

  caveat "icmp-type" {
    when     = contains(["icmp", "1", "icmpv6", "58"], try(lower(tostring(try(self.protocol, self.Protocol))), "")) && try(tonumber(try(self.icmp_type, self.Icmp.Type)) != -1, false)
    severity = "info"
    message  = "NSG rules can't filter ICMP by type or code: the rule will allow or deny all ICMP."
    link     = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  }
}

mapping "aws_network_acl_association" {
  cloudformation = ["AWS::EC2::SubnetNetworkAclAssociation"]
  service        = "Azure network security group"
  status         = "direct"
  azurerm        = ["azurerm_subnet_network_security_group_association"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works"
  note           = "Associates the NSG that replaces the ACL with the subnet (one NSG per subnet)."
}

mapping "aws_vpc_endpoint" {
  cloudformation = ["AWS::EC2::VPCEndpoint"]
  service        = "Azure Private Link (private endpoint)"
  status         = "direct"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note           = "An interface endpoint becomes a private endpoint for the Azure service's resource (one per resource and sub-resource, such as a storage account's blob endpoint), with a private DNS zone group so the service name resolves to the private IP."

  target "gateway" {
    when    = try(lower(self.vpc_endpoint_type), lower(self.VpcEndpointType), "gateway") == "gateway"
    service = "Azure Virtual Network service endpoints"
    status  = "implicit"
    azurerm = ["azurerm_subnet"]
    arm     = ["Microsoft.Network/virtualNetworks/subnets"]
    link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-service-endpoints-overview"
    note    = "A gateway endpoint (S3, DynamoDB) becomes a service endpoint listed in the subnet's service_endpoints (Microsoft.Storage, Microsoft.AzureCosmosDB) plus a network rule on the target resource; use private endpoints where traffic must stay on private IPs."
  }

  target "gateway-load-balancer" {
    when    = try(lower(self.vpc_endpoint_type), lower(self.VpcEndpointType), "") == "gatewayloadbalancer"
    service = "Azure Gateway Load Balancer"
    status  = "partial"
    azurerm = ["azurerm_lb"]
    arm     = ["Microsoft.Network/loadBalancers"]
    link    = "https://learn.microsoft.com/azure/load-balancer/gateway-overview"
    note    = "Inspection appliances are inserted by chaining a Gateway Load Balancer to the frontend of a Standard load balancer or a VM public IP."
  }

  target "service-network" {
    when    = try(lower(self.vpc_endpoint_type), lower(self.VpcEndpointType), "") == "servicenetwork"
    service = "Azure Private Link (private endpoint)"
    status  = "partial"
    azurerm = ["azurerm_private_endpoint"]
    arm     = ["Microsoft.Network/privateEndpoints"]
    link    = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
    note    = "A service-network endpoint reaches every service and resource of a VPC Lattice service network at once; Azure has no such aggregate, so create one private endpoint per Private Link service or PaaS resource the network exposed."
  }

  target "resource" {
    when    = try(lower(self.vpc_endpoint_type), lower(self.VpcEndpointType), "") == "resource"
    service = "Azure Private Link (private endpoint)"
    status  = "partial"
    azurerm = ["azurerm_private_endpoint"]
    arm     = ["Microsoft.Network/privateEndpoints"]
    link    = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
    note    = "A resource endpoint reaches one resource configuration (a database, IP address or domain name behind a resource gateway): point a private endpoint at the Azure resource itself when it is a PaaS service, or at a Private Link service placed in front of it."
  }

  caveat "endpoint-policy" {
    when     = can(self.policy) || can(self.PolicyDocument)
    severity = "info"
    message  = "Endpoint policies have no general equivalent: restrict access on the target resource (RBAC, resource firewall); for Storage, service endpoint policies can limit which accounts a subnet may reach."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-network-service-endpoint-policies-overview"
  }

  caveat "private-dns" {
    when     = try(tostring(try(self.private_dns_enabled, self.PrivateDnsEnabled)) == "true", false)
    severity = "info"
    message  = "Private DNS for the endpoint becomes a private_dns_zone_group on the private endpoint: create the service's privatelink private DNS zone (for example privatelink.blob.core.windows.net), link it to every virtual network that must resolve the private address, and forward on-premises queries through a DNS Private Resolver inbound endpoint."
    link     = "https://learn.microsoft.com/azure/private-link/private-endpoint-dns"
  }
}

mapping "aws_vpc_endpoint_service" {
  cloudformation = ["AWS::EC2::VPCEndpointService"]
  service        = "Azure Private Link service"
  status         = "direct"
  azurerm        = ["azurerm_private_link_service"]
  arm            = ["Microsoft.Network/privateLinkServices"]
  link           = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note           = "Exposes a service behind a Standard load balancer to consumers' private endpoints; allowed principals become the service's visibility and auto-approval subscription lists."
}

mapping "aws_vpc_endpoint_service_allowed_principal" {
  cloudformation = ["AWS::EC2::VPCEndpointServicePermissions"]
  service        = "Azure Private Link service"
  status         = "implicit"
  azurerm        = ["azurerm_private_link_service"]
  arm            = ["Microsoft.Network/privateLinkServices"]
  link           = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note           = "Allowed principals become lists on the Private Link service itself: visibility_subscription_ids (who may request a connection) and auto_approval_subscription_ids (whose connections skip manual approval). Azure allows by subscription, not by individual role or user; finer control comes from approving connections manually."
}

mapping "aws_vpc_peering_connection" {
  cloudformation = ["AWS::EC2::VPCPeeringConnection"]
  service        = "Azure Virtual Network peering"
  status         = "direct"
  azurerm        = ["azurerm_virtual_network_peering"]
  arm            = ["Microsoft.Network/virtualNetworks/virtualNetworkPeerings"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview"
  note           = "Peering is declared twice, once on each virtual network. Peering between regions is global peering. Like VPC peering, it is not transitive."

  caveat "cross-account" {
    when     = can(self.peer_owner_id) || can(self.PeerOwnerId)
    severity = "info"
    message  = "Peering with another account becomes peering across subscriptions (or tenants): the identity creating each side needs network permissions on the remote virtual network."
    link     = "https://learn.microsoft.com/azure/virtual-network/create-peering-different-subscriptions"
  }
}

mapping "aws_vpc_peering_connection_accepter" {
  service = "Azure Virtual Network peering"
  status  = "implicit"
  azurerm = ["azurerm_virtual_network_peering"]
  arm     = ["Microsoft.Network/virtualNetworks/virtualNetworkPeerings"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview"
  note    = "There is no accept step: the remote side declares its own peering back to the first network."
}

mapping "aws_vpc_dhcp_options" {
  cloudformation = ["AWS::EC2::DHCPOptions"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_network"]
  arm            = ["Microsoft.Network/virtualNetworks"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances"
  note           = "Custom DNS servers go in the virtual network's dns_servers; the domain name becomes a private DNS zone linked to the network. NTP and NetBIOS options have no equivalent."
}

mapping "aws_vpc_dhcp_options_association" {
  cloudformation = ["AWS::EC2::VPCDHCPOptionsAssociation"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_network"]
  arm            = ["Microsoft.Network/virtualNetworks"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances"
  note           = "DNS settings are properties of the virtual network itself; there is nothing to associate."
}

mapping "aws_flow_log" {
  cloudformation = ["AWS::EC2::FlowLog"]
  service        = "Azure Network Watcher (virtual network flow logs)"
  status         = "partial"
  azurerm        = ["azurerm_network_watcher_flow_log"]
  arm            = ["Microsoft.Network/networkWatchers/flowLogs"]
  requires       = ["azurerm_network_watcher", "azurerm_storage_account"]
  link           = "https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview"
  note           = "Virtual network flow logs always write to a storage account; traffic analytics can also send them to a Log Analytics workspace. Create them on the virtual network, a subnet or a NIC: NSG flow logs can't be created since 30 June 2025 and retire on 30 September 2027."

  target "transit-gateway" {
    when    = can(self.transit_gateway_id) || can(self.transit_gateway_attachment_id) || startswith(try(lower(self.ResourceType), ""), "transitgateway")
    service = "Azure Network Watcher (virtual network flow logs)"
    status  = "partial"
    azurerm = ["azurerm_network_watcher_flow_log"]
    arm     = ["Microsoft.Network/networkWatchers/flowLogs"]
    link    = "https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview"
    note    = "A Virtual WAN hub has no flow log of its own: enable virtual network flow logs on the virtual networks connected to the hub (and Azure Firewall logs where a secured hub inspects the traffic)."
  }

  caveat "cloudwatch-destination" {
    when     = try(lower(try(self.log_destination_type, self.LogDestinationType)), "cloud-watch-logs") == "cloud-watch-logs"
    severity = "info"
    message  = "These flow logs go to CloudWatch Logs (also the default when log_destination_type is not set), but Azure flow logs always land in a storage account: enable traffic analytics on the flow log to get them into a Log Analytics workspace for queries and alerts."
    link     = "https://learn.microsoft.com/azure/network-watcher/traffic-analytics"
  }

  caveat "firehose-destination" {
    when     = try(lower(try(self.log_destination_type, self.LogDestinationType)), "") == "kinesis-data-firehose"
    severity = "warning"
    message  = "Azure flow logs can't be streamed to a delivery stream: they are written to a storage account, so pick them up from there (for example with a function triggered by new blobs) and forward them to the downstream tool."
    link     = "https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview"
  }

  caveat "custom-format" {
    when     = can(self.log_format) || can(self.LogFormat)
    severity = "info"
    message  = "Azure flow log records have a fixed schema: fields can't be chosen or reordered, so parsers and queries written for this custom log_format must be rewritten."
    link     = "https://learn.microsoft.com/azure/network-watcher/vnet-flow-logs-overview"
  }
}

mapping "aws_ec2_managed_prefix_list" {
  cloudformation = ["AWS::EC2::PrefixList"]
  service        = "Azure IP Groups"
  status         = "partial"
  azurerm        = ["azurerm_ip_group"]
  arm            = ["Microsoft.Network/ipGroups"]
  link           = "https://learn.microsoft.com/azure/firewall/ip-groups"
  note           = "A customer-managed prefix list becomes an IP group, but IP groups are only referenced by Azure Firewall and firewall policy rules. Security group rules that use the list become NSG rules with the prefixes listed in source/destination_address_prefixes (or application security groups), and routes that target it become one user-defined route per prefix. Lists of AWS service ranges become service tags."

  caveat "used-outside-firewall" {
    severity = "info"
    message  = "Check where the prefix list is referenced: NSG rules and route tables can't reference an IP group, so the CIDRs must be repeated there (keep them in one Terraform variable or local to avoid drift)."
    link     = "https://learn.microsoft.com/azure/firewall/ip-groups"
  }
}

mapping "aws_ec2_managed_prefix_list_entry" {
  service = "Azure IP Groups"
  status  = "direct"
  azurerm = ["azurerm_ip_group_cidr"]
  arm     = ["Microsoft.Network/ipGroups"]
  link    = "https://learn.microsoft.com/azure/firewall/ip-groups"
  note    = "A single prefix list entry becomes an azurerm_ip_group_cidr on the IP group (or an entry of the IP group's cidrs list)."
}

mapping "aws_vpc_ipam" {
  cloudformation = ["AWS::EC2::IPAM"]
  service        = "Azure Virtual Network Manager (IP address management)"
  status         = "partial"
  azurerm        = ["azurerm_network_manager"]
  arm            = ["Microsoft.Network/networkManagers"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note           = "IPAM is a feature of a network manager, whose scope (management groups or subscriptions) plays the role of the IPAM's organisation and operating regions; address pools are created inside it. Scopes (private/public) have no separate object."

  caveat "advanced-tier" {
    when     = try(lower(self.tier), lower(self.Tier), "") == "advanced" || try(length(self.operating_regions), 0) > 1 || try(length(self.OperatingRegions), 0) > 1
    severity = "info"
    message  = "Cross-region and organisation-wide IP management maps to pools in a network manager scoped to management groups; resource discovery and compliance monitoring of unmanaged ranges is more limited than in AWS IPAM's advanced tier."
    link     = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  }
}

mapping "aws_vpc_ipam_pool" {
  cloudformation = ["AWS::EC2::IPAMPool"]
  service        = "Azure Virtual Network Manager (IP address management)"
  status         = "partial"
  azurerm        = ["azurerm_network_manager_ipam_pool"]
  arm            = ["Microsoft.Network/networkManagers/ipamPools"]
  requires       = ["azurerm_network_manager"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note           = "An IPAM pool becomes a network manager IPAM pool; nested pools use parent_pool_name, and virtual networks draw their address space from a pool (ip_address_pool on the virtual network) instead of allocating a netmask length."

  caveat "allocation-rules" {
    when     = can(self.allocation_default_netmask_length) || can(self.allocation_min_netmask_length) || can(self.allocation_max_netmask_length) || can(self.allocation_resource_tags) || can(self.AllocationDefaultNetmaskLength) || can(self.AllocationMinNetmaskLength) || can(self.AllocationMaxNetmaskLength) || can(self.AllocationResourceTags) || try(tostring(try(self.auto_import, self.AutoImport)) == "true", false)
    severity = "info"
    message  = "Allocation rules (default/min/max netmask length, required tags, auto-import) have no pool setting: choose the prefix size on each virtual network, and enforce sizes or tags with Azure Policy."
    link     = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  }

  caveat "public-space" {
    when     = can(self.aws_service) || can(self.public_ip_source) || try(tostring(try(self.publicly_advertisable, self.PubliclyAdvertisable)) == "true", false) || can(self.AwsService) || can(self.PublicIpSource)
    severity = "warning"
    message  = "Network manager IPAM pools manage private address space for virtual networks. Public or BYOIP ranges become a custom IP prefix (azurerm_custom_ip_prefix) provisioned and commissioned in Azure, from which public IP prefixes are derived."
    link     = "https://learn.microsoft.com/azure/virtual-network/ip-services/custom-ip-address-prefix"
  }
}

mapping "aws_vpc_ipam_pool_cidr" {
  cloudformation = ["AWS::EC2::IPAMPoolCidr"]
  service        = "Azure Virtual Network Manager (IP address management)"
  status         = "implicit"
  azurerm        = ["azurerm_network_manager_ipam_pool"]
  arm            = ["Microsoft.Network/networkManagers/ipamPools"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note           = "CIDRs provisioned to a pool become entries of the pool's address_prefixes."
}

mapping "aws_default_vpc_dhcp_options" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_virtual_network"]
  arm     = ["Microsoft.Network/virtualNetworks"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances"
  note    = "The default option set is Azure-provided DNS, which every virtual network uses while dns_servers is empty; there is nothing to declare."
}

mapping "aws_vpc_ipv6_cidr_block_association" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_virtual_network"]
  arm     = ["Microsoft.Network/virtualNetworks"]
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"
  note    = "An IPv6 block becomes an IPv6 prefix in the virtual network's address_space (dual stack); each dual-stack subnet then adds a /64 from it to address_prefixes."

  caveat "amazon-provided" {
    when     = try(tostring(self.assign_generated_ipv6_cidr_block) == "true", false) || can(self.ipv6_ipam_pool_id)
    severity = "info"
    message  = "Azure does not hand out a public IPv6 block for the virtual network: choose the IPv6 range yourself, and give Internet-facing resources IPv6 public IP addresses (NIC or load balancer)."
    link     = "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"
  }
}

mapping "AWS::EC2::SubnetCidrBlock" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_subnet"]
  arm     = ["Microsoft.Network/virtualNetworks/subnets"]
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/ipv6-overview"
  note    = "A subnet's IPv6 block is one more entry (a /64) in the subnet's address_prefixes, taken from an IPv6 prefix of the virtual network's address_space."
}

mapping "aws_ec2_subnet_cidr_reservation" {
  service = "Azure Virtual Network"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/private-ip-addresses"
  note    = "Subnets have no reserved ranges: dynamic allocation can use any free address. Assign static private IPs explicitly to the resources that need the range, or give them a subnet of their own."
}

mapping "aws_nat_gateway_eip_association" {
  service = "Azure NAT Gateway"
  status  = "direct"
  azurerm = ["azurerm_nat_gateway_public_ip_association"]
  arm     = ["Microsoft.Network/natGateways"]
  link    = "https://learn.microsoft.com/azure/nat-gateway/nat-overview"
  note    = "Each additional public IP of the NAT gateway is one association; a public IP prefix (azurerm_nat_gateway_public_ip_prefix_association) adds a contiguous block at once."
}

mapping "aws_network_interface_permission" {
  cloudformation = ["AWS::EC2::NetworkInterfacePermission"]
  service        = "Azure role-based access control"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface"
  note           = "A network interface can only be attached to a VM in its own subscription and region, so another account can't attach it. Grant the other team an Azure role on the resource group (azurerm_role_assignment) or create the interface in their subscription."
}

mapping "aws_vpc_security_group_rules_exclusive" {
  service = "Azure network security group"
  status  = "implicit"
  azurerm = ["azurerm_network_security_group"]
  arm     = ["Microsoft.Network/networkSecurityGroups"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "Declaring the rules inline as security_rule blocks of azurerm_network_security_group makes Terraform own the complete rule set and remove rules added outside it; don't mix inline rules with azurerm_network_security_rule resources."
}

mapping "aws_vpc_security_group_vpc_association" {
  cloudformation = ["AWS::EC2::SecurityGroupVpcAssociation"]
  service        = "Azure network security group"
  status         = "implicit"
  azurerm        = ["azurerm_subnet_network_security_group_association", "azurerm_network_interface_security_group_association"]
  arm            = ["Microsoft.Network/networkSecurityGroups"]
  link           = "https://learn.microsoft.com/azure/virtual-network/network-security-group-how-it-works"
  note           = "An NSG is not bound to one virtual network: associate it with subnets or NICs of other virtual networks in the same region."
}

mapping "aws_vpc_peering_connection_options" {
  service = "Azure Virtual Network peering"
  status  = "implicit"
  azurerm = ["azurerm_private_dns_zone_virtual_network_link"]
  arm     = ["Microsoft.Network/privateDnsZones/virtualNetworkLinks"]
  link    = "https://learn.microsoft.com/azure/dns/private-dns-virtual-network-links"
  note    = "Peerings have no DNS option: names resolve across peered networks when the private DNS zones are linked to each virtual network (or through a shared DNS Private Resolver)."
}

mapping "aws_vpc_encryption_control" {
  cloudformation = ["AWS::EC2::VPCEncryptionControl"]
  service        = "Azure Virtual Network encryption"
  status         = "partial"
  azurerm        = ["azurerm_virtual_network"]
  arm            = ["Microsoft.Network/virtualNetworks"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-encryption-overview"
  note           = "Set the virtual network's encryption block: traffic between supported VM sizes with Accelerated Networking is encrypted, within the network and across peerings. Virtual network flow logs show which flows were encrypted (the monitor-mode view)."

  caveat "enforce-mode" {
    when     = try(lower(self.mode), lower(self.Mode), "") == "enforce"
    severity = "warning"
    message  = "Azure can't enforce encryption: AllowUnencrypted is the only supported enforcement value, so traffic to or from VMs that don't support encryption still flows in clear. Keep unsupported VM sizes and services out of the network, or encrypt at the application layer (TLS)."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-network-encryption-overview"
  }
}

mapping "aws_vpc_block_public_access_options" {
  cloudformation = ["AWS::EC2::VPCBlockPublicAccessOptions"]
  service        = "Azure Virtual Network Manager (security admin rules)"
  status         = "partial"
  azurerm        = ["azurerm_network_manager_security_admin_configuration", "azurerm_network_manager_admin_rule_collection", "azurerm_network_manager_admin_rule"]
  arm            = ["Microsoft.Network/networkManagers/securityAdminConfigurations"]
  requires       = ["azurerm_network_manager", "azurerm_network_manager_network_group"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-security-admins"
  note           = "There is no account-wide switch. Security admin rules that deny the Internet service tag (inbound, or both directions for bidirectional blocking) apply to every virtual network of a network group and override NSGs; Azure Policy denying public IP addresses complements them."
}

mapping "aws_vpc_block_public_access_exclusion" {
  cloudformation = ["AWS::EC2::VPCBlockPublicAccessExclusion"]
  service        = "Azure Virtual Network Manager (security admin rules)"
  status         = "implicit"
  azurerm        = ["azurerm_network_manager_network_group"]
  arm            = ["Microsoft.Network/networkManagers/networkGroups"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-security-admins"
  note           = "Exclusions work at virtual network level: keep the excluded network out of the network group the blocking rules target (subnet-level exclusions have no equivalent), or give it its own collection with allow rules."
}

mapping "aws_vpc_endpoint_connection_accepter" {
  service = "Azure Private Link service"
  status  = "implicit"
  azurerm = ["azurerm_private_link_service"]
  arm     = ["Microsoft.Network/privateLinkServices"]
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "Connections from subscriptions in the service's auto_approval_subscription_ids are accepted automatically; others wait for manual approval in the portal, CLI or API (azurerm has no resource that approves a pending connection)."
}

mapping "aws_vpc_endpoint_policy" {
  service = "Azure Private Link (private endpoint)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-service-endpoint-policies-overview"
  note    = "Private endpoints take no access policy: restrict access on the target resource (RBAC, resource firewall). For Storage reached through service endpoints, a service endpoint policy (azurerm_subnet_service_endpoint_storage_policy) limits which accounts the subnet can reach."
}

mapping "aws_vpc_endpoint_private_dns" {
  service = "Azure Private Link (private endpoint)"
  status  = "implicit"
  azurerm = ["azurerm_private_endpoint"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/private-link/private-endpoint-dns"
  note    = "Private DNS for an endpoint is the private endpoint's private_dns_zone_group, which registers its address in a privatelink private DNS zone linked to the virtual network."
}

mapping "aws_vpc_endpoint_route_table_association" {
  service = "Azure Virtual Network service endpoints"
  status  = "implicit"
  azurerm = ["azurerm_subnet"]
  arm     = ["Microsoft.Network/virtualNetworks/subnets"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-service-endpoints-overview"
  note    = "Gateway endpoints become service endpoints, which are enabled per subnet (service_endpoints) rather than through route tables: enable them on the subnets that used this route table."
}

mapping "aws_vpc_endpoint_security_group_association" {
  service = "Azure Private Link (private endpoint)"
  status  = "partial"
  azurerm = ["azurerm_private_endpoint_application_security_group_association"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/private-link/disable-private-endpoint-network-policy"
  note    = "A private endpoint takes no NSG of its own: put it in an application security group and filter with the subnet's NSG, which only applies to private endpoints once the subnet's private_endpoint_network_policies is enabled."
}

mapping "aws_vpc_endpoint_subnet_association" {
  service = "Azure Private Link (private endpoint)"
  status  = "implicit"
  azurerm = ["azurerm_private_endpoint"]
  arm     = ["Microsoft.Network/privateEndpoints"]
  link    = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note    = "A private endpoint lives in exactly one subnet (subnet_id). Because subnets are regional, one endpoint serves every zone; extra per-AZ subnets need no extra endpoint."
}

mapping "aws_vpc_endpoint_service_private_dns_verification" {
  service = "Azure Private Link service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "Private Link services publish no verified private DNS name: consumers resolve the service by adding a record for their private endpoint in their own private DNS zone."
}

mapping "aws_vpc_route_server" {
  cloudformation = ["AWS::EC2::RouteServer"]
  service        = "Azure Route Server"
  status         = "partial"
  azurerm        = ["azurerm_route_server"]
  arm            = ["Microsoft.Network/virtualHubs"]
  requires       = ["azurerm_public_ip", "azurerm_subnet"]
  link           = "https://learn.microsoft.com/azure/route-server/overview"
  note           = "Azure Route Server exchanges BGP routes with network virtual appliances and programs them into the VMs of its virtual network (and of peered networks that use it as remote gateway). It is deployed in a dedicated subnet named RouteServerSubnet, one per virtual network."

  caveat "intra-vnet-routes" {
    severity = "warning"
    message  = "Routes learned by Route Server can't override the system routes of the virtual network, its peerings or service endpoints, so it can't steer traffic between subnets of the same network through an appliance or fail over a floating IP inside it: keep user-defined routes (updated by automation) or an internal load balancer with HA ports for that."
    link     = "https://learn.microsoft.com/azure/route-server/route-server-faq"
  }

  caveat "asn" {
    when     = can(self.amazon_side_asn) || can(self.AmazonSideAsn)
    severity = "info"
    message  = "Route Server's own ASN is fixed at 65515: configure the appliances' BGP sessions with that ASN."
    link     = "https://learn.microsoft.com/azure/route-server/route-server-faq"
  }
}

mapping "aws_vpc_route_server_vpc_association" {
  cloudformation = ["AWS::EC2::RouteServerAssociation"]
  service        = "Azure Route Server"
  status         = "implicit"
  azurerm        = ["azurerm_route_server"]
  arm            = ["Microsoft.Network/virtualHubs"]
  link           = "https://learn.microsoft.com/azure/route-server/overview"
  note           = "A route server belongs to the virtual network of its RouteServerSubnet (subnet_id); there is no separate association."
}

mapping "aws_vpc_route_server_endpoint" {
  cloudformation = ["AWS::EC2::RouteServerEndpoint"]
  service        = "Azure Route Server"
  status         = "implicit"
  azurerm        = ["azurerm_route_server"]
  arm            = ["Microsoft.Network/virtualHubs"]
  link           = "https://learn.microsoft.com/azure/route-server/overview"
  note           = "Route Server always runs two instances in RouteServerSubnet; their peer addresses are exported as virtual_router_ips. Peer every appliance with both."
}

mapping "aws_vpc_route_server_peer" {
  cloudformation = ["AWS::EC2::RouteServerPeer"]
  service        = "Azure Route Server"
  status         = "direct"
  azurerm        = ["azurerm_route_server_bgp_connection"]
  arm            = ["Microsoft.Network/virtualHubs/bgpConnections"]
  requires       = ["azurerm_route_server"]
  link           = "https://learn.microsoft.com/azure/route-server/overview"
  note           = "A BGP connection with the appliance's peer_ip and peer_asn; the appliance must run multi-hop eBGP and peer with both Route Server instances."
}

mapping "aws_vpc_route_server_propagation" {
  cloudformation = ["AWS::EC2::RouteServerPropagation"]
  service        = "Azure Route Server"
  status         = "implicit"
  azurerm        = ["azurerm_route_server"]
  arm            = ["Microsoft.Network/virtualHubs"]
  link           = "https://learn.microsoft.com/azure/route-server/overview"
  note           = "There is no per-route-table propagation: Route Server programs learned routes into the whole virtual network and into peered networks that use it as remote gateway."
}

mapping "aws_ec2_traffic_mirror_target" {
  cloudformation = ["AWS::EC2::TrafficMirrorTarget"]
  service        = "Azure virtual network TAP"
  status         = "partial"
  arm            = ["Microsoft.Network/virtualNetworkTaps"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-tap-overview"
  note           = "A virtual network TAP resource names the destination: a collector VM's NIC IP configuration or an internal load balancer frontend, in the same or a peered virtual network. It is in preview in a few regions and not in azurerm (use azapi)."
}

mapping "aws_ec2_traffic_mirror_session" {
  cloudformation = ["AWS::EC2::TrafficMirrorSession"]
  service        = "Azure virtual network TAP"
  status         = "partial"
  arm            = ["Microsoft.Network/networkInterfaces/tapConfigurations"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-tap-overview"
  note           = "A session becomes a TAP configuration on the source VM's network interface pointing at the virtual network TAP (preview, azapi only). Only VM NICs can be sources; there is no packet truncation, session number or VNI setting."

  caveat "filtering" {
    when     = can(self.traffic_mirror_filter_id) || can(self.TrafficMirrorFilterId)
    severity = "warning"
    message  = "Virtual network TAP mirrors all of the interface's traffic (IPv4 only) and has no filters: filter in the collector or packet broker, or use Network Watcher packet capture with filters for time-limited captures."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-network-tap-overview"
  }
}

mapping "aws_ec2_traffic_mirror_filter" {
  cloudformation = ["AWS::EC2::TrafficMirrorFilter"]
  service        = "Azure virtual network TAP"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-tap-overview"
  note           = "Virtual network TAP has no filter object: mirror the whole interface and filter in the collector or packet broker."
}

mapping "aws_ec2_traffic_mirror_filter_rule" {
  cloudformation = ["AWS::EC2::TrafficMirrorFilterRule"]
  service        = "Azure virtual network TAP"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-tap-overview"
  note           = "Virtual network TAP has no filter rules: apply the rule's protocol, CIDR and port conditions in the collector or packet broker."
}

mapping "aws_ec2_network_insights_path" {
  cloudformation = ["AWS::EC2::NetworkInsightsPath"]
  service        = "Azure Virtual Network Manager (Virtual Network Verifier)"
  status         = "partial"
  azurerm        = ["azurerm_network_manager_verifier_workspace_reachability_analysis_intent"]
  arm            = ["Microsoft.Network/networkManagers/verifierWorkspaces/reachabilityAnalysisIntents"]
  requires       = ["azurerm_network_manager", "azurerm_network_manager_verifier_workspace"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-virtual-network-verifier"
  note           = "A path becomes a reachability analysis intent in a verifier workspace: source (VM, subnet or the Internet), destination (VM, subnet, Internet, Storage, SQL or Cosmos DB) and IP, port and protocol filters. Gateways, endpoints and load balancers can't be chosen as ends."
}

mapping "aws_ec2_network_insights_analysis" {
  cloudformation = ["AWS::EC2::NetworkInsightsAnalysis"]
  service        = "Azure Virtual Network Manager (Virtual Network Verifier)"
  status         = "partial"
  arm            = ["Microsoft.Network/networkManagers/verifierWorkspaces/reachabilityAnalysisRuns"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-virtual-network-verifier"
  note           = "An analysis becomes a reachability analysis run of the intent, started from the portal, CLI or API (azurerm has no run resource). For a one-off check of a single VM, Network Watcher IP flow verify and connection troubleshoot also help."
}

mapping "aws_ec2_network_insights_access_scope" {
  cloudformation = ["AWS::EC2::NetworkInsightsAccessScope"]
  service        = "Azure Virtual Network Manager (Virtual Network Verifier)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-virtual-network-verifier"
  note           = "There is no pattern-based access scope that finds every matching path. Express each requirement as reachability analysis intents between concrete sources and destinations, and enforce guardrails with security admin rules or Azure Policy."
}

mapping "AWS::EC2::NetworkInsightsAccessScopeAnalysis" {
  service = "Azure Virtual Network Manager (Virtual Network Verifier)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-virtual-network-verifier"
  note    = "Access scope analyses have no equivalent: run reachability analyses of intents that encode the same requirements."
}

mapping "aws_vpc_network_performance_metric_subscription" {
  cloudformation = ["AWS::EC2::NetworkPerformanceMetricSubscription"]
  service        = "Azure Network Watcher (Connection Monitor)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/network-watcher/connection-monitor-overview"
  note           = "Azure publishes no subscribable inter-region latency metrics: measure latency and loss between your own endpoints with Connection Monitor (azurerm_network_connection_monitor)."
}

mapping "aws_vpc_ipam_scope" {
  cloudformation = ["AWS::EC2::IPAMScope"]
  service        = "Azure Virtual Network Manager (IP address management)"
  status         = "implicit"
  azurerm        = ["azurerm_network_manager_ipam_pool"]
  arm            = ["Microsoft.Network/networkManagers/ipamPools"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note           = "Scopes have no object: private scopes become separate root pools of the network manager, and public (BYOIP) space becomes custom IP prefixes outside IPAM."
}

mapping "aws_vpc_ipam_pool_cidr_allocation" {
  cloudformation = ["AWS::EC2::IPAMAllocation"]
  service        = "Azure Virtual Network Manager (IP address management)"
  status         = "direct"
  azurerm        = ["azurerm_network_manager_ipam_pool_static_cidr"]
  arm            = ["Microsoft.Network/networkManagers/ipamPools/staticCidrs"]
  requires       = ["azurerm_network_manager_ipam_pool"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note           = "A manual allocation becomes a static CIDR of the pool: cidr goes to address_prefixes, netmask_length to number_of_ip_addresses_to_allocate (a power of two). Virtual networks need no allocation: they draw from the pool themselves."
}

mapping "aws_vpc_ipam_preview_next_cidr" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "There is no preview of the next free prefix: allocate by size (number of addresses on the virtual network's ip_address_pool or on a static CIDR) and read the prefix Azure assigned from that resource."
}

mapping "aws_vpc_ipam_organization_admin_account" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "implicit"
  azurerm = ["azurerm_network_manager"]
  arm     = ["Microsoft.Network/networkManagers"]
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "There is no delegated administrator account: the network manager's scope (management groups or subscriptions) defines what it manages, and Azure RBAC on the network manager and its pools decides who administers or uses them."
}

mapping "aws_vpc_ipam_resource_discovery" {
  cloudformation = ["AWS::EC2::IPAMResourceDiscovery"]
  service        = "Azure Virtual Network Manager (IP address management)"
  status         = "implicit"
  azurerm        = ["azurerm_network_manager"]
  arm            = ["Microsoft.Network/networkManagers"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note           = "There is no separate discovery object: the network manager's scope decides which subscriptions' networks it sees, and pools track the address space allocated from them."
}

mapping "aws_vpc_ipam_resource_discovery_association" {
  cloudformation = ["AWS::EC2::IPAMResourceDiscoveryAssociation"]
  service        = "Azure Virtual Network Manager"
  status         = "partial"
  azurerm        = ["azurerm_network_manager_scope_connection", "azurerm_network_manager_subscription_connection"]
  arm            = ["Microsoft.Network/networkManagers/scopeConnections", "Microsoft.Network/networkManagerConnections"]
  link           = "https://learn.microsoft.com/azure/virtual-network-manager/concept-cross-tenant"
  note           = "Bringing another organisation's resources under IPAM becomes a cross-tenant connection: the network manager requests a scope connection and the other tenant's subscription or management group accepts it with a network manager connection."
}

mapping "AWS::EC2::IPAMPrefixListResolver" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/firewall/ip-groups"
  note    = "A prefix list resolver selects CIDRs from IPAM by rules (pool, resource, tag, region) and keeps customer-managed prefix lists in sync with them. Azure has no rule-driven address list: IP groups and NSG rules hold static prefixes, so keep them current with automation (for example a scheduled job that reads the network manager's IPAM pools and updates the IP group), or filter by application security groups and network groups, which follow membership rather than addresses."
}

mapping "AWS::EC2::IPAMPrefixListResolverTarget" {
  service = "Azure IP Groups"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/firewall/ip-groups"
  note    = "A resolver target binds a resolver to one prefix list (optionally pinned to a version) so the list is rewritten when the selected CIDRs change. There is no such binding on Azure: the IP group that replaces the prefix list must be updated by your own automation."
}

mapping "AWS::EC2::IpPoolRouteTableAssociation" {
  service = "Azure custom IP address prefix (BYOIP)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/custom-ip-address-prefix"
  note    = "Associating a BYOIP public IPv4 pool with a route table steers traffic for the pool's addresses by that table. Azure route tables can't route a public prefix on ingress: provision the range as a custom IP prefix, derive public IPs from it, and assign them where the traffic must arrive (an Azure Firewall, an appliance's NIC or a load balancer frontend, with Gateway Load Balancer for inline inspection)."
}

# Data sources

data "aws_vpc" {
  service = "Azure Virtual Network"
  status  = "direct"
  azurerm = ["azurerm_virtual_network"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-overview"
  note    = "Looks up a virtual network by name and resource group; tag filters and default = true have no equivalent."
}

data "aws_vpcs" {
  service = "Azure Virtual Network"
  status  = "partial"
  azurerm = ["azurerm_virtual_network"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-overview"
  note    = "There is no filtered list of virtual networks in azurerm: look each one up by name, or query Azure Resource Graph (azapi) for tag-based discovery."
}

data "aws_subnet" {
  service = "Azure Virtual Network"
  status  = "direct"
  azurerm = ["azurerm_subnet"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet"
  note    = "Looks up a subnet by name, virtual network and resource group (not by tags or availability zone)."
}

data "aws_subnets" {
  service = "Azure Virtual Network"
  status  = "partial"
  azurerm = ["azurerm_virtual_network"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-manage-subnet"
  note    = "azurerm_virtual_network exports the names of its subnets; filtering by tag or zone has no equivalent (subnets are regional)."
}

data "aws_security_group" {
  service = "Azure network security group"
  status  = "direct"
  azurerm = ["azurerm_network_security_group"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "Looks up an NSG by name and resource group."
}

data "aws_ec2_managed_prefix_list" {
  service = "Azure service tags"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview"
  note    = "AWS-managed prefix lists become service tags used directly in NSG rules (for example Storage.WestEurope); there is no data source, since rules take the tag name."
}

data "aws_internet_gateway" {
  service = "Azure Virtual Network"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note    = "There is no internet gateway to look up: the system route 0.0.0.0/0 → Internet is built into every virtual network; outbound access goes through a NAT gateway, public IP or load balancer."
}

data "aws_nat_gateway" {
  service = "Azure NAT Gateway"
  status  = "direct"
  azurerm = ["azurerm_nat_gateway"]
  link    = "https://learn.microsoft.com/azure/nat-gateway/nat-overview"
  note    = "Looks up a NAT gateway by name and resource group (public IP and prefix IDs included); tag and subnet filters have no equivalent."
}

data "aws_nat_gateways" {
  service = "Azure NAT Gateway"
  status  = "partial"
  azurerm = ["azurerm_nat_gateway"]
  link    = "https://learn.microsoft.com/azure/nat-gateway/nat-overview"
  note    = "There is no filtered list: look each NAT gateway up by name, or list them with azurerm_resources (type Microsoft.Network/natGateways)."
}

data "aws_route_table" {
  service = "Azure route table"
  status  = "direct"
  azurerm = ["azurerm_route_table"]
  link    = "https://learn.microsoft.com/azure/virtual-network/manage-route-table"
  note    = "Looks up a route table by name and resource group; it exports its routes and associated subnets (no lookup by subnet or VPC)."
}

data "aws_route_tables" {
  service = "Azure route table"
  status  = "partial"
  azurerm = ["azurerm_route_table"]
  link    = "https://learn.microsoft.com/azure/virtual-network/manage-route-table"
  note    = "There is no filtered list: look each route table up by name, or list them with azurerm_resources (type Microsoft.Network/routeTables)."
}

data "aws_route" {
  service = "Azure route table"
  status  = "partial"
  azurerm = ["azurerm_route_table"]
  link    = "https://learn.microsoft.com/azure/virtual-network/manage-route-table"
  note    = "Single routes are not looked up on their own: read the route block of the route table."
}

data "aws_security_groups" {
  service = "Azure network security group"
  status  = "partial"
  azurerm = ["azurerm_network_security_group"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "There is no filtered list: look each NSG up by name, or list them with azurerm_resources (type Microsoft.Network/networkSecurityGroups, required_tags)."
}

data "aws_vpc_security_group_rule" {
  service = "Azure network security group"
  status  = "partial"
  azurerm = ["azurerm_network_security_group"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "Rules are not looked up on their own: read the security_rule block of the NSG."
}

data "aws_vpc_security_group_rules" {
  service = "Azure network security group"
  status  = "partial"
  azurerm = ["azurerm_network_security_group"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "azurerm_network_security_group exports all its security rules; filters have no equivalent."
}

data "aws_network_acls" {
  service = "Azure network security group"
  status  = "partial"
  azurerm = ["azurerm_network_security_group"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "Network ACLs become NSGs associated with subnets; look each one up by name (no list by VPC or subnet)."
}

data "aws_network_interface" {
  service = "Azure network interface"
  status  = "direct"
  azurerm = ["azurerm_network_interface"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface"
  note    = "Looks up a network interface by name and resource group (private IPs, attached VM)."
}

data "aws_network_interfaces" {
  service = "Azure network interface"
  status  = "partial"
  azurerm = ["azurerm_network_interface"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface"
  note    = "There is no filtered list: look each interface up by name, or list them with azurerm_resources (type Microsoft.Network/networkInterfaces)."
}

data "aws_eip" {
  service = "Azure public IP address"
  status  = "direct"
  azurerm = ["azurerm_public_ip"]
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses"
  note    = "Looks up a public IP by name and resource group (address, FQDN)."
}

data "aws_eips" {
  service = "Azure public IP address"
  status  = "partial"
  azurerm = ["azurerm_public_ips"]
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses"
  note    = "azurerm_public_ips lists the public IPs of a resource group, filtered by name prefix, allocation type or attachment status; tag filters have no equivalent."
}

data "aws_vpc_endpoint" {
  service = "Azure Private Link"
  status  = "partial"
  azurerm = ["azurerm_private_endpoint_connection"]
  link    = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note    = "Interface endpoints become private endpoints: azurerm_private_endpoint_connection reads one by name (private IP, connection status). Gateway endpoints (S3, DynamoDB) become service endpoints on the subnet, read with azurerm_subnet."
}

data "aws_vpc_endpoint_service" {
  service = "Azure Private Link"
  status  = "partial"
  azurerm = ["azurerm_private_link_service"]
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "A custom endpoint service becomes a Private Link service (alias, IDs). AWS service names such as com.amazonaws.<region>.s3 have no lookup: private endpoints target the Azure resource ID with a subresource name (for example blob)."
}

data "aws_vpc_peering_connection" {
  service = "Azure Virtual Network peering"
  status  = "direct"
  azurerm = ["azurerm_virtual_network_peering"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview"
  note    = "Looks up a peering by name and virtual network; each side of an Azure peering is a separate resource."
}

data "aws_vpc_peering_connections" {
  service = "Azure Virtual Network peering"
  status  = "partial"
  azurerm = ["azurerm_virtual_network"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview"
  note    = "azurerm_virtual_network exports vnet_peerings (peering names and remote network IDs); filters have no equivalent."
}

data "aws_vpc_dhcp_options" {
  service = "Azure Virtual Network"
  status  = "partial"
  azurerm = ["azurerm_virtual_network"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances"
  note    = "DNS servers are a setting of the virtual network (dns_servers, exported by azurerm_virtual_network); domain name, NTP and NetBIOS options have no equivalent."
}

data "aws_prefix_list" {
  service = "Azure service tags"
  status  = "partial"
  azurerm = ["azurerm_network_service_tags"]
  link    = "https://learn.microsoft.com/azure/virtual-network/service-tags-overview"
  note    = "AWS service prefix lists become service tags: azurerm_network_service_tags returns a tag's address prefixes per location, though NSG rules can take the tag name directly."
}

data "aws_ec2_managed_prefix_lists" {
  service = "Azure IP Groups"
  status  = "partial"
  azurerm = ["azurerm_ip_groups"]
  link    = "https://learn.microsoft.com/azure/firewall/ip-groups"
  note    = "Customer-managed prefix lists become IP groups, listed with azurerm_ip_groups (name substring within a resource group); AWS-managed lists become service tags, which need no lookup."
}

data "aws_ec2_network_insights_path" {
  service = "Azure Virtual Network Manager (Virtual Network Verifier)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-virtual-network-verifier"
  note    = "There is no data source for reachability analysis intents: reference the intent resource, or query it with azapi."
}

data "aws_ec2_network_insights_analysis" {
  service = "Azure Virtual Network Manager (Virtual Network Verifier)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-virtual-network-verifier"
  note    = "Reachability analysis results are read in the portal, CLI or API (azapi); azurerm has no data source for them."
}

data "aws_vpc_ipam" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "direct"
  azurerm = ["azurerm_network_manager"]
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "Looks up the network manager that holds the IPAM pools by name and resource group (scope, scope accesses)."
}

data "aws_vpc_ipams" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "partial"
  azurerm = ["azurerm_network_manager"]
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "There is no filtered list: look each network manager up by name, or list them with azurerm_resources (type Microsoft.Network/networkManagers)."
}

data "aws_vpc_ipam_pool" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "direct"
  azurerm = ["azurerm_network_manager_ipam_pool"]
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "Looks up an IPAM pool by name and network manager (address prefixes, parent pool); filters by tag or locale have no equivalent."
}

data "aws_vpc_ipam_pools" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "partial"
  azurerm = ["azurerm_network_manager_ipam_pool"]
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "There is no filtered list: look each pool up by name in its network manager."
}

data "aws_vpc_ipam_pool_cidrs" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "partial"
  azurerm = ["azurerm_network_manager_ipam_pool"]
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "A pool's CIDRs are its address_prefixes, exported by the pool data source; there is no per-CIDR state or filter."
}

data "aws_vpc_ipam_preview_next_cidr" {
  service = "Azure Virtual Network Manager (IP address management)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-ip-address-management"
  note    = "There is no preview of the next free prefix: allocate by size on the virtual network or a static CIDR and read the assigned prefix from that resource."
}

mapping "aws_vpc_endpoint_connection_notification" {
  cloudformation = ["AWS::EC2::VPCEndpointConnectionNotification"]
  service        = "Azure Monitor activity log alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_activity_log_alert"]
  arm            = ["Microsoft.Insights/activityLogAlerts"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/activity-log-alerts"
  note           = "Private Link has no connection notification setting: alert on the activity log operations of the Private Link service's private endpoint connections (create, approve, reject, delete) and send them to an action group (email, webhook, Event Hubs or a function) in place of the SNS topic."
}

mapping "AWS::EC2::GatewayRouteTableAssociation" {
  service = "Azure route table (user-defined routes)"
  status  = "partial"
  azurerm = ["azurerm_subnet_route_table_association"]
  arm     = ["Microsoft.Network/virtualNetworks/subnets"]
  link    = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-udr-overview"
  note    = "Ingress routing has only a partial match: for a virtual private gateway, associate a route table with the GatewaySubnet to steer on-premises traffic through Azure Firewall or an appliance; internet ingress cannot be routed by a route table, so publish the workload through Azure Firewall, an appliance's public IP, or Gateway Load Balancer instead."
}

data "aws_vpc_endpoint_associations" {
  service = "Azure Private Link (private endpoint)"
  status  = "partial"
  azurerm = ["azurerm_private_endpoint_connection"]
  link    = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note    = "A resource or service-network endpoint's associations have no list of their own: each private endpoint connects to one target resource, read from its private_service_connection or with azurerm_private_endpoint_connection."
}

mapping "AWS::EC2::CapacityManagerDataExport" {
  service = "Microsoft Cost Management exports"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-export-acm-data"
  note    = "EC2 Capacity Manager's scheduled exports of capacity usage to S3 have no counterpart. Schedule a Cost Management export of usage and reservation data to a storage account (azurerm_subscription_cost_management_export) instead; capacity reservation utilization is read from the reservation and capacity reservation APIs."
}

mapping "AWS::EC2::EnclaveCertificateIamRoleAssociation" {
  service = "Azure confidential computing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/concept-skr-attestation"
  note    = "ACM for Nitro Enclaves, which hands a certificate's private key only to an enclave, has no counterpart. The nearest design keeps the key in Key Vault Premium or Managed HSM with a secure key release policy, so it is released only to an attested confidential VM or container; the TLS server in that workload must be set up to use it."
}
