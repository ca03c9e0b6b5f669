# AWS Global Accelerator → Azure Load Balancer global tier (cross-region load balancer).
# Custom routing accelerators have no Azure counterpart.

mapping "aws_globalaccelerator_accelerator" {
  cloudformation = ["AWS::GlobalAccelerator::Accelerator"]
  service        = "Azure Load Balancer (global tier)"
  status         = "partial"
  azurerm        = ["azurerm_lb", "azurerm_public_ip"]
  arm            = ["Microsoft.Network/loadBalancers", "Microsoft.Network/publicIPAddresses"]
  link           = "https://learn.microsoft.com/azure/load-balancer/cross-region-overview"
  note           = "A global (cross-region) load balancer is a Standard load balancer with sku_tier = \"Global\" and a global-tier public IP: it gives a static anycast IP, keeps the client IP and sends each flow to the closest healthy regional load balancer over the Microsoft backbone. It is layer 4 only; for HTTP(S) acceleration use Azure Front Door instead."

  caveat "byoip-addresses" {
    when     = try(length(self.ip_addresses), length(self.IpAddresses), 0) > 0
    severity = "warning"
    message  = "Bring-your-own or fixed accelerator IP addresses don't carry over: the global load balancer gets a new anycast address from a global-tier public IP (or a public IP prefix), so clients and allow lists that pin the AWS addresses must change."
    link     = "https://learn.microsoft.com/azure/load-balancer/cross-region-overview"
  }

  caveat "flow-logs" {
    when     = try(anytrue([for a in try(self.attributes, []) : try(tostring(a.flow_logs_enabled) == "true", false)]), false) || try(tostring(self.FlowLogsEnabled) == "true", false)
    severity = "info"
    message  = "Accelerator flow logs have no direct match: use the load balancer's Azure Monitor metrics and diagnostic settings, and virtual network flow logs on the regional side."
    link     = "https://learn.microsoft.com/azure/load-balancer/monitor-load-balancer"
  }
}

mapping "aws_globalaccelerator_listener" {
  cloudformation = ["AWS::GlobalAccelerator::Listener"]
  service        = "Azure Load Balancer (global tier)"
  status         = "partial"
  azurerm        = ["azurerm_lb_rule"]
  arm            = ["Microsoft.Network/loadBalancers"]
  requires       = ["azurerm_lb"]
  link           = "https://learn.microsoft.com/azure/load-balancer/cross-region-overview"
  note           = "Each listener port becomes a load-balancing rule on the global load balancer (TCP or UDP). The rule's backend port must equal the frontend port of the matching rule or inbound NAT rule on every regional load balancer behind it."

  caveat "port-ranges" {
    when     = try(anytrue([for r in try(self.port_range, self.PortRanges, []) : try(tonumber(r.from_port) != tonumber(r.to_port), tonumber(r.FromPort) != tonumber(r.ToPort), false)]), false)
    severity = "warning"
    message  = "The listener uses a port range: a load-balancing rule covers a single port, so create one rule per port (on both the global and the regional load balancers)."
    link     = "https://learn.microsoft.com/azure/load-balancer/components"
  }

  caveat "client-affinity" {
    when     = try(upper(self.client_affinity), upper(self.ClientAffinity), "") == "SOURCE_IP"
    severity = "info"
    message  = "Source-IP client affinity: set the session persistence (load_distribution) on the regional load balancer rules; the global tier picks the region by proximity and health, not by affinity."
    link     = "https://learn.microsoft.com/azure/load-balancer/distribution-mode-concepts"
  }
}

mapping "aws_globalaccelerator_endpoint_group" {
  cloudformation = ["AWS::GlobalAccelerator::EndpointGroup"]
  service        = "Azure Load Balancer (global tier)"
  status         = "partial"
  azurerm        = ["azurerm_lb_backend_address_pool", "azurerm_lb_backend_address_pool_address"]
  arm            = ["Microsoft.Network/loadBalancers/backendAddressPools"]
  requires       = ["azurerm_lb"]
  link           = "https://learn.microsoft.com/azure/load-balancer/cross-region-overview"
  note           = "An endpoint group (one region) becomes a member of the global load balancer's backend pool: azurerm_lb_backend_address_pool_address with backend_address_ip_configuration_id pointing at the frontend IP configuration of a public Standard regional load balancer. EC2 instances, Elastic IPs and ALBs are not valid members: put a regional load balancer in front of them first."

  caveat "traffic-dial" {
    when     = try(tonumber(try(self.traffic_dial_percentage, self.TrafficDialPercentage)) < 100, false)
    severity = "warning"
    message  = "The traffic dial has no equivalent: the global tier routes by geo-proximity and only takes a region out when its regional load balancer is unhealthy. To drain a region, remove it from the backend pool; for weighted or percentage splits use Traffic Manager (weighted routing) or Front Door."
    link     = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  }

  caveat "endpoint-weights" {
    when     = try(anytrue([for e in try(self.endpoint_configuration, self.EndpointConfigurations, []) : can(e.weight) || can(e.Weight)]), false)
    severity = "info"
    message  = "Endpoint weights don't carry over: within a region, distribution is decided by the regional load balancer; across regions, by proximity and health."
    link     = "https://learn.microsoft.com/azure/load-balancer/cross-region-overview"
  }

  caveat "health-checks" {
    when     = can(self.health_check_path) || can(self.health_check_port) || can(self.HealthCheckPath) || can(self.HealthCheckPort)
    severity = "info"
    message  = "Health-check settings are not configurable on the global tier: it polls the availability of each regional load balancer every few seconds, so health checking lives in the regional load balancers' probes (azurerm_lb_probe)."
    link     = "https://learn.microsoft.com/azure/load-balancer/load-balancer-custom-probe-overview"
  }

  caveat "port-overrides" {
    when     = try(length(self.port_override), length(self.PortOverrides), 0) > 0
    severity = "info"
    message  = "Port overrides become the port mapping of the regional load balancer rules; the global rule's backend port must equal the regional frontend port."
    link     = "https://learn.microsoft.com/azure/load-balancer/cross-region-overview"
  }
}

mapping "aws_globalaccelerator_custom_routing_accelerator" {
  service = "Azure Load Balancer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/load-balancer/inbound-nat-rules"
  note    = "Custom routing (deterministic mapping of accelerator ports to specific instance IPs and ports, used for game and media sessions) has no Azure counterpart. Per region, inbound NAT rules on a public load balancer map frontend ports to individual VMs; clients then need the regional address (for example from Traffic Manager or your matchmaking service) instead of one global anycast IP."
}

mapping "aws_globalaccelerator_custom_routing_listener" {
  service = "Azure Load Balancer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/load-balancer/inbound-nat-rules"
  note    = "Part of a custom routing accelerator, which has no Azure counterpart: plan port ranges as inbound NAT rules on each regional public load balancer."
}

mapping "aws_globalaccelerator_custom_routing_endpoint_group" {
  service = "Azure Load Balancer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/load-balancer/inbound-nat-rules"
  note    = "Part of a custom routing accelerator, which has no Azure counterpart: the subnet destinations become VMs behind inbound NAT rules (or a NAT rule backend pool) on a regional public load balancer."
}

data "aws_globalaccelerator_accelerator" {
  service = "Azure Load Balancer (global tier)"
  status  = "partial"
  azurerm = ["azurerm_lb", "azurerm_public_ip"]
  link    = "https://learn.microsoft.com/azure/load-balancer/cross-region-overview"
  note    = "Look up the global load balancer and its global-tier public IP (the static anycast address) by name and resource group."
}

data "aws_globalaccelerator_custom_routing_accelerator" {
  service = "Azure Load Balancer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/load-balancer/inbound-nat-rules"
  note    = "Custom routing accelerators have no Azure counterpart, so there is nothing to look up; reference the regional load balancers and their inbound NAT rules instead."
}

mapping "aws_globalaccelerator_cross_account_attachment" {
  cloudformation = ["AWS::GlobalAccelerator::CrossAccountAttachment"]
  service        = "Azure role-based access control"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/load-balancer/cross-subscription-overview"
  note           = "Azure has no attachment that shares endpoints with other owners: whoever builds the global load balancer's backend pool needs RBAC permission on the regional load balancers it adds, granted with role assignments on those resources (or their subscriptions). Sharing bring-your-own IP address ranges with other accounts has no counterpart."
}
