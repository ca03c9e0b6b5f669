# Elastic Load Balancing → Application Gateway (ALB), Azure Load Balancer (NLB, classic),
# Gateway Load Balancer (GWLB).

mapping "aws_lb" {
  terraform      = ["aws_lb", "aws_alb"]
  cloudformation = ["AWS::ElasticLoadBalancingV2::LoadBalancer"]
  service        = "Azure Application Gateway"
  status         = "direct"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  requires       = ["azurerm_public_ip", "azurerm_subnet"]
  link           = "https://learn.microsoft.com/azure/application-gateway/overview"
  note           = "An Application Load Balancer becomes an Application Gateway v2 (Standard_v2, or WAF_v2 with a WAF policy). Listeners, rules, target groups and health checks are blocks inside the one azurerm_application_gateway resource; internal load balancers get a private frontend IP."

  target "network" {
    when    = try(lower(self.load_balancer_type), lower(self.Type), "application") == "network"
    service = "Azure Load Balancer"
    status  = "direct"
    azurerm = ["azurerm_lb"]
    arm     = ["Microsoft.Network/loadBalancers"]
    link    = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
    note    = "A Network Load Balancer becomes a Standard SKU Azure Load Balancer (public or internal) with a zone-redundant frontend; listeners become load-balancing rules and target groups become backend pools with health probes."
  }

  target "gateway" {
    when    = try(lower(self.load_balancer_type), lower(self.Type), "application") == "gateway"
    service = "Azure Gateway Load Balancer"
    status  = "partial"
    azurerm = ["azurerm_lb"]
    arm     = ["Microsoft.Network/loadBalancers"]
    link    = "https://learn.microsoft.com/azure/load-balancer/gateway-overview"
    note    = "A Gateway Load Balancer is an azurerm_lb with sku = \"Gateway\", chained to the frontend of a Standard load balancer or a VM public IP."
  }

  caveat "gateway-encapsulation" {
    when     = try(lower(self.load_balancer_type), lower(self.Type), "application") == "gateway"
    severity = "warning"
    message  = "AWS Gateway Load Balancer tunnels traffic to appliances with GENEVE; Azure Gateway Load Balancer uses VXLAN tunnel interfaces. Check that the appliance image supports Azure's model, and insert it by chaining rather than with route-table endpoints."
    link     = "https://learn.microsoft.com/azure/load-balancer/gateway-overview"
  }

  caveat "dedicated-subnet" {
    when     = try(lower(self.load_balancer_type), lower(self.Type), "application") == "application"
    severity = "info"
    message  = "Application Gateway v2 needs a dedicated subnet of its own (/24 recommended) in one virtual network, unlike an ALB that spans subnets; plan the address space for it."
    link     = "https://learn.microsoft.com/azure/application-gateway/configuration-infrastructure"
  }

  caveat "request-timeout" {
    when     = try(lower(self.load_balancer_type), lower(self.Type), "application") == "application" && !can(self.idle_timeout) && !try(anytrue([for a in self.LoadBalancerAttributes : a.Key == "idle_timeout.timeout_seconds"]), false)
    severity = "info"
    message  = "The ALB waits up to its idle timeout, 60 seconds because idle_timeout is not set, for a backend to respond; on Application Gateway that limit is request_timeout in each backend_http_settings block: set it to at least 60 so slow responses aren't cut off sooner."
    link     = "https://learn.microsoft.com/azure/application-gateway/configuration-http-settings"
  }

  caveat "http2" {
    when     = try(lower(self.load_balancer_type), lower(self.Type), "application") == "application" && ((source == "terraform" && try(tostring(self.enable_http2), "true") != "false") || (source == "cloudformation" && !try(anytrue([for a in self.LoadBalancerAttributes : a.Key == "routing.http2.enabled" && lower(tostring(a.Value)) == "false"]), false)))
    severity = "info"
    message  = "The ALB accepts HTTP/2 from clients (on by default), but azurerm_application_gateway leaves enable_http2 false unless it is set: set enable_http2 = true to keep HTTP/2 for clients."
    link     = "https://learn.microsoft.com/azure/application-gateway/configuration-listeners"
  }

  caveat "deletion-protection" {
    when     = try(tostring(self.enable_deletion_protection) == "true", false) || try(anytrue([for a in self.LoadBalancerAttributes : a.Key == "deletion_protection.enabled" && lower(tostring(a.Value)) == "true"]), false)
    severity = "info"
    message  = "Deletion protection becomes a CanNotDelete management lock (azurerm_management_lock) on the gateway or load balancer, or on its resource group."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources"
  }

  caveat "access-logs" {
    when     = try(anytrue([for l in try(self.access_logs, []) : try(tostring(l.enabled), "false") == "true"]), false) || try(anytrue([for a in self.LoadBalancerAttributes : a.Key == "access_logs.s3.enabled" && lower(tostring(a.Value)) == "true"]), false)
    severity = "info"
    message  = "Access logs aren't written to a bucket: on Application Gateway, create a diagnostic setting (azurerm_monitor_diagnostic_setting) that sends the access log category to a storage account or Log Analytics workspace; Azure Load Balancer keeps no per-connection access log, so use virtual network flow logs for an NLB's traffic."
    link     = "https://learn.microsoft.com/azure/application-gateway/application-gateway-diagnostics"
  }

  caveat "nlb-security-groups" {
    when     = try(lower(self.load_balancer_type), lower(self.Type), "application") == "network" && (try(length(self.security_groups), 0) > 0 || try(length(self.SecurityGroups), 0) > 0)
    severity = "info"
    message  = "Azure Load Balancer has no security groups of its own: it passes traffic through to the backends, so filter it with the backends' NSGs (allow the client ranges, and the AzureLoadBalancer tag for health probes)."
    link     = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
  }
}

mapping "aws_lb_listener" {
  terraform      = ["aws_lb_listener", "aws_alb_listener"]
  cloudformation = ["AWS::ElasticLoadBalancingV2::Listener"]
  service        = "Azure Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  note           = "An HTTP(S) listener becomes a frontend_port, an http_listener and a request_routing_rule block of the Application Gateway; its TLS certificate comes from Key Vault (ssl_certificate with key_vault_secret_id)."

  target "layer4" {
    when    = contains(["tcp", "udp", "tcp_udp", "tls"], try(lower(self.protocol), lower(self.Protocol), ""))
    service = "Azure Load Balancer"
    status  = "direct"
    azurerm = ["azurerm_lb_rule"]
    arm     = ["Microsoft.Network/loadBalancers"]
    link    = "https://learn.microsoft.com/azure/load-balancer/components"
    note    = "A TCP/UDP listener becomes a load-balancing rule (frontend port → backend port) with a health probe; TCP_UDP needs one rule per protocol or protocol = \"All\"."
  }

  caveat "tls-termination" {
    when     = try(lower(self.protocol), lower(self.Protocol), "") == "tls"
    severity = "warning"
    message  = "Azure Load Balancer doesn't terminate TLS: terminate TLS on the backends, or use Application Gateway for TLS offload."
    link     = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
  }

  caveat "authenticate-action" {
    when     = try(anytrue([for a in try(self.default_action, self.DefaultActions, []) : can(regex("^authenticate", try(lower(a.type), lower(a.Type), "")))]), false)
    severity = "warning"
    message  = "Application Gateway can't authenticate users (no Cognito or OIDC action): use App Service / Container Apps built-in authentication on the backend, or validate tokens in the application or in API Management."
    link     = "https://learn.microsoft.com/azure/application-gateway/overview"
  }

  caveat "fixed-response" {
    when     = try(anytrue([for a in try(self.default_action, self.DefaultActions, []) : try(lower(a.type), lower(a.Type), "") == "fixed-response"]), false)
    severity = "warning"
    message  = "Application Gateway has no fixed-response action: serve the response from a backend, or use custom error pages for error codes."
    link     = "https://learn.microsoft.com/azure/application-gateway/custom-error"
  }

  caveat "weighted-forward" {
    when     = try(anytrue([for a in try(self.default_action, []) : try(length(a.forward[0].target_group), 0) > 1]), false) || try(anytrue([for a in try(self.DefaultActions, []) : try(length(a.ForwardConfig.TargetGroups), 0) > 1]), false)
    severity = "info"
    message  = "Weighted forwarding to several target groups has no Application Gateway equivalent: split traffic with Front Door or Traffic Manager weights, or with revisions and traffic splitting in Container Apps."
    link     = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  }

  caveat "tcp-idle-timeout" {
    when     = contains(["tcp", "tls", "tcp_udp"], try(lower(self.protocol), lower(self.Protocol), "")) && !can(self.tcp_idle_timeout_seconds) && !try(anytrue([for a in self.ListenerAttributes : a.Key == "tcp.idle_timeout.seconds"]), false)
    severity = "info"
    message  = "The NLB keeps idle TCP flows for 350 seconds because tcp_idle_timeout_seconds is not set; an Azure Load Balancer rule drops them after 4 minutes by default: set idle_timeout_in_minutes on the rule to 6 or more (and consider tcp_reset_enabled so clients learn of dropped flows), or use TCP keepalives."
    link     = "https://learn.microsoft.com/azure/load-balancer/load-balancer-tcp-idle-timeout"
  }

  caveat "mutual-tls" {
    when     = try(anytrue([for m in try(self.mutual_authentication, []) : contains(["verify", "passthrough"], try(lower(m.mode), ""))]), false) || contains(["verify", "passthrough"], try(lower(self.MutualAuthentication.Mode), ""))
    severity = "info"
    message  = "Mutual TLS in verify mode becomes an ssl_profile with trusted client CA certificates on the Application Gateway listener; for passthrough mode, check that Application Gateway can forward the client certificate as your backends expect (server variables in a rewrite rule)."
    link     = "https://learn.microsoft.com/azure/application-gateway/mutual-authentication-overview"
  }
}

mapping "aws_lb_listener_rule" {
  terraform      = ["aws_lb_listener_rule", "aws_alb_listener_rule"]
  cloudformation = ["AWS::ElasticLoadBalancingV2::ListenerRule"]
  service        = "Azure Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/url-route-overview"
  note           = "Path rules become a url_path_map with path_rule blocks; host rules become multi-site listeners; redirects become redirect_configuration blocks and header changes become rewrite_rule_set blocks."

  caveat "unsupported-conditions" {
    when     = try(anytrue([for c in try(self.condition, []) : try(length(c.http_header), 0) + try(length(c.query_string), 0) + try(length(c.source_ip), 0) + try(length(c.http_request_method), 0) > 0]), false) || try(anytrue([for c in try(self.Conditions, []) : contains(["http-header", "query-string", "source-ip", "http-request-method"], try(lower(c.Field), ""))]), false)
    severity = "warning"
    message  = "Application Gateway routes only on host name and URL path: rules that match headers, query strings, source IPs or HTTP methods need rewrite-rule conditions, WAF custom rules, or routing in the application."
    link     = "https://learn.microsoft.com/azure/application-gateway/rewrite-http-headers-url"
  }

  caveat "weighted-forward" {
    when     = try(anytrue([for a in try(self.action, []) : try(length(a.forward[0].target_group), 0) > 1]), false) || try(anytrue([for a in try(self.Actions, []) : try(length(a.ForwardConfig.TargetGroups), 0) > 1]), false)
    severity = "info"
    message  = "Weighted forwarding to several target groups has no Application Gateway equivalent: split traffic with Front Door or Traffic Manager weights, or with revisions and traffic splitting in Container Apps."
    link     = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  }

  caveat "authenticate-action" {
    when     = try(anytrue([for a in try(self.action, self.Actions, []) : can(regex("^authenticate", try(lower(a.type), lower(a.Type), "")))]), false)
    severity = "warning"
    message  = "Application Gateway can't authenticate users (no Cognito or OIDC action): use App Service / Container Apps built-in authentication on the backend, or validate tokens in the application or in API Management."
    link     = "https://learn.microsoft.com/azure/application-gateway/overview"
  }

  caveat "fixed-response" {
    when     = try(anytrue([for a in try(self.action, self.Actions, []) : try(lower(a.type), lower(a.Type), "") == "fixed-response"]), false)
    severity = "warning"
    message  = "Application Gateway has no fixed-response action: serve the response from a backend, or use custom error pages for error codes."
    link     = "https://learn.microsoft.com/azure/application-gateway/custom-error"
  }
}

mapping "aws_lb_target_group" {
  terraform      = ["aws_lb_target_group", "aws_alb_target_group"]
  cloudformation = ["AWS::ElasticLoadBalancingV2::TargetGroup"]
  service        = "Azure Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  note           = "An HTTP(S) target group becomes a backend_address_pool, a backend_http_settings block and a probe block of the Application Gateway."

  target "layer4" {
    when    = contains(["tcp", "udp", "tcp_udp", "tls"], try(lower(self.protocol), lower(self.Protocol), ""))
    service = "Azure Load Balancer"
    status  = "direct"
    azurerm = ["azurerm_lb_backend_address_pool", "azurerm_lb_probe"]
    arm     = ["Microsoft.Network/loadBalancers/backendAddressPools", "Microsoft.Network/loadBalancers"]
    link    = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
    note    = "A backend pool with a health probe on the Standard load balancer."
  }

  target "geneve" {
    when    = try(lower(self.protocol), lower(self.Protocol), "") == "geneve"
    service = "Azure Gateway Load Balancer"
    status  = "partial"
    azurerm = ["azurerm_lb_backend_address_pool"]
    arm     = ["Microsoft.Network/loadBalancers/backendAddressPools"]
    link    = "https://learn.microsoft.com/azure/load-balancer/gateway-overview"
    note    = "A Gateway Load Balancer backend pool with tunnel_interface blocks (VXLAN, not GENEVE)."
  }

  caveat "lambda-target" {
    when     = try(lower(self.target_type), lower(self.TargetType), "") == "lambda"
    severity = "info"
    message  = "Load balancers can't invoke functions directly: put the function app's host name in the backend pool (HTTP trigger), or front the functions with API Management."
    link     = "https://learn.microsoft.com/azure/application-gateway/configure-web-app"
  }

  caveat "alb-target" {
    when     = try(lower(self.target_type), lower(self.TargetType), "") == "alb"
    severity = "info"
    message  = "An NLB in front of an ALB becomes an Application Gateway with both public and private frontends, or a load balancer whose backend is the gateway's private IP."
    link     = "https://learn.microsoft.com/azure/application-gateway/configuration-frontend-ip"
  }

  caveat "grpc" {
    when     = try(lower(self.protocol_version), lower(self.ProtocolVersion), "") == "grpc"
    severity = "warning"
    message  = "Application Gateway speaks HTTP/1.1 to its backends, so gRPC can't pass through it: use Application Gateway for Containers (gRPC backends on AKS), or a Standard Load Balancer (layer 4) with TLS handled by the backends."
    link     = "https://learn.microsoft.com/azure/application-gateway/for-containers/grpc"
  }

  caveat "backend-http2" {
    when     = try(lower(self.protocol_version), lower(self.ProtocolVersion), "") == "http2"
    severity = "info"
    message  = "Application Gateway supports HTTP/2 only between clients and its listeners; requests to the backend pool always use HTTP/1.1, so backends that require HTTP/2 must accept HTTP/1.1 too."
    link     = "https://learn.microsoft.com/azure/application-gateway/features"
  }

  caveat "connection-draining" {
    when     = !contains(["tcp", "udp", "tcp_udp", "tls", "geneve"], try(lower(self.protocol), lower(self.Protocol), "")) && !contains(["lambda", "alb"], try(lower(self.target_type), lower(self.TargetType), "instance")) && try(tonumber(self.deregistration_delay) > 0, true) && !try(anytrue([for a in self.TargetGroupAttributes : a.Key == "deregistration_delay.timeout_seconds" && tonumber(a.Value) == 0]), false)
    severity = "info"
    message  = "Deregistered targets get time to finish in-flight requests (300 seconds when deregistration_delay is not set); Application Gateway only drains when connection_draining is enabled in the backend_http_settings block: enable it with a drain_timeout_sec that matches."
    link     = "https://learn.microsoft.com/azure/application-gateway/configuration-http-settings"
  }

  caveat "app-cookie-stickiness" {
    when     = try(anytrue([for st in try(self.stickiness, []) : try(lower(st.type), "") == "app_cookie" && try(tostring(st.enabled), "true") != "false"]), false) || try(anytrue([for a in self.TargetGroupAttributes : a.Key == "stickiness.type" && lower(a.Value) == "app_cookie"]), false)
    severity = "info"
    message  = "Application Gateway can't follow a cookie set by the application: cookie_based_affinity = \"Enabled\" issues the gateway's own affinity cookie (its name set with affinity_cookie_name), so clients stick to a backend but not by the application's cookie."
    link     = "https://learn.microsoft.com/azure/application-gateway/configuration-http-settings"
  }

  caveat "slow-start" {
    when     = try(tonumber(self.slow_start) > 0, false) || try(anytrue([for a in self.TargetGroupAttributes : a.Key == "slow_start.duration_seconds" && tonumber(a.Value) > 0]), false)
    severity = "info"
    message  = "Neither Application Gateway nor Azure Load Balancer ramps traffic up slowly to new targets: a new backend gets its full share at once, so warm it up before it joins the pool."
    link     = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  }

  caveat "proxy-protocol" {
    when     = try(tostring(self.proxy_protocol_v2) == "true", false) || try(anytrue([for a in self.TargetGroupAttributes : a.Key == "proxy_protocol_v2.enabled" && lower(tostring(a.Value)) == "true"]), false)
    severity = "warning"
    message  = "Azure Load Balancer doesn't add PROXY protocol headers: it passes traffic through with the client's source IP intact, so turn PROXY protocol parsing off on the backends (they would reject connections without the header)."
    link     = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
  }
}

mapping "aws_lb_target_group_attachment" {
  terraform = ["aws_lb_target_group_attachment", "aws_alb_target_group_attachment"]
  service   = "Azure Application Gateway or Azure Load Balancer"
  status    = "direct"
  azurerm   = ["azurerm_network_interface_application_gateway_backend_address_pool_association", "azurerm_network_interface_backend_address_pool_association"]
  arm       = ["Microsoft.Network/networkInterfaces"]
  link      = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
  note      = "A VM target joins the pool through its NIC: the Application Gateway association for HTTP(S) target groups, the load balancer association for TCP/UDP ones. IP targets become pool addresses; scale sets join the pool through their network profile."

  caveat "target-port" {
    when     = can(self.port)
    severity = "info"
    message  = "Pool members have no port of their own: the backend port comes from the gateway's backend_http_settings or the load-balancing rule, so targets registered on a different port need their own backend pool and settings (or rule)."
    link     = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
  }
}

mapping "aws_lb_listener_certificate" {
  terraform      = ["aws_lb_listener_certificate", "aws_alb_listener_certificate"]
  cloudformation = ["AWS::ElasticLoadBalancingV2::ListenerCertificate"]
  service        = "Azure Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/key-vault-certs"
  note           = "Extra certificates become ssl_certificate blocks (from Key Vault) used by multi-site listeners, which select by host name (SNI)."
}

mapping "aws_elb" {
  cloudformation = ["AWS::ElasticLoadBalancing::LoadBalancer"]
  service        = "Azure Load Balancer"
  status         = "partial"
  azurerm        = ["azurerm_lb"]
  arm            = ["Microsoft.Network/loadBalancers"]
  link           = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
  note           = "A Classic Load Balancer becomes a Standard Azure Load Balancer for TCP listeners, or an Application Gateway for HTTP(S) listeners; the listeners decide, and a mixed one may need both."
}

mapping "aws_elb_attachment" {
  service = "Azure Load Balancer"
  status  = "direct"
  azurerm = ["azurerm_network_interface_backend_address_pool_association"]
  arm     = ["Microsoft.Network/networkInterfaces"]
  link    = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
  note    = "The VM's NIC joins the load balancer's backend pool."
}

data "aws_elb_service_account" {
  service = "Azure Monitor (diagnostic settings)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/application-gateway/application-gateway-diagnostics"
  note    = "Access logs are delivered by a diagnostic setting, so there is no service account to grant bucket access to."
}

data "aws_lb" {
  service = "Azure Application Gateway or Azure Load Balancer"
  status  = "direct"
  azurerm = ["azurerm_application_gateway", "azurerm_lb"]
  link    = "https://learn.microsoft.com/azure/application-gateway/overview"
  note    = "Looks up the Application Gateway (for ALBs) or load balancer (for NLBs) by name and resource group."
}

data "aws_alb" {
  service = "Azure Application Gateway or Azure Load Balancer"
  status  = "direct"
  azurerm = ["azurerm_application_gateway", "azurerm_lb"]
  link    = "https://learn.microsoft.com/azure/application-gateway/overview"
  note    = "Looks up the Application Gateway (for ALBs) or load balancer (for NLBs) by name and resource group."
}

data "aws_lbs" {
  service = "Azure Application Gateway or Azure Load Balancer"
  status  = "partial"
  azurerm = ["azurerm_application_gateway", "azurerm_lb"]
  link    = "https://learn.microsoft.com/azure/application-gateway/overview"
  note    = "There is no filtered list: list gateways or load balancers with azurerm_resources (type and required_tags), then look each one up by name."
}

data "aws_lb_listener" {
  service = "Azure Application Gateway or Azure Load Balancer"
  status  = "partial"
  azurerm = ["azurerm_application_gateway", "azurerm_lb_rule"]
  link    = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  note    = "Listeners are not separate resources on Application Gateway: read the http_listener block of azurerm_application_gateway; for Load Balancer, look up the load-balancing rule by name."
}

data "aws_alb_listener" {
  service = "Azure Application Gateway"
  status  = "partial"
  azurerm = ["azurerm_application_gateway"]
  link    = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  note    = "Listeners are part of the gateway: read the http_listener block of azurerm_application_gateway."
}

data "aws_lb_listener_rule" {
  service = "Azure Application Gateway"
  status  = "partial"
  azurerm = ["azurerm_application_gateway"]
  link    = "https://learn.microsoft.com/azure/application-gateway/url-route-overview"
  note    = "Rules are part of the gateway: read the request_routing_rule and url_path_map blocks of azurerm_application_gateway."
}

data "aws_lb_target_group" {
  service = "Azure Application Gateway or Azure Load Balancer"
  status  = "partial"
  azurerm = ["azurerm_application_gateway", "azurerm_lb_backend_address_pool"]
  link    = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
  note    = "A target group becomes a backend pool: look up a Load Balancer pool with azurerm_lb_backend_address_pool, or read the backend_address_pool and backend_http_settings blocks of the gateway."
}

data "aws_alb_target_group" {
  service = "Azure Application Gateway"
  status  = "partial"
  azurerm = ["azurerm_application_gateway"]
  link    = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  note    = "A target group becomes a backend pool and backend settings of the gateway: read the backend_address_pool and backend_http_settings blocks."
}

data "aws_lb_hosted_zone_id" {
  service = "Azure DNS alias records"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/dns/dns-alias"
  note    = "There is no canonical hosted zone ID: an Azure DNS alias record points at the public IP resource (target_resource_id), or a CNAME at the FQDN."
}

data "aws_elb_hosted_zone_id" {
  service = "Azure DNS alias records"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/dns/dns-alias"
  note    = "There is no canonical hosted zone ID: an Azure DNS alias record points at the load balancer's public IP resource (target_resource_id)."
}

data "aws_elb" {
  service = "Azure Load Balancer"
  status  = "partial"
  azurerm = ["azurerm_lb"]
  link    = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
  note    = "Looks up the load balancer that replaces the Classic Load Balancer (or an Application Gateway for HTTP listeners) by name and resource group."
}

data "aws_lb_trust_store" {
  service = "Azure Application Gateway mutual TLS"
  status  = "partial"
  azurerm = ["azurerm_application_gateway"]
  link    = "https://learn.microsoft.com/azure/application-gateway/mutual-authentication-overview"
  note    = "Trusted client CA certificates are part of the gateway: read its trusted_client_certificate and ssl_profile blocks."
}

# Classic Load Balancer policies

mapping "aws_app_cookie_stickiness_policy" {
  service = "Azure Application Gateway"
  status  = "partial"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/configuration-http-settings"
  note    = "Application Gateway can't follow a cookie set by the application: cookie_based_affinity = \"Enabled\" in backend_http_settings issues its own gateway cookie (renamed with affinity_cookie_name). On Azure Load Balancer the only affinity is by client IP (load_distribution on the rule)."
}

mapping "aws_lb_cookie_stickiness_policy" {
  service = "Azure Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/configuration-http-settings"
  note    = "Load-balancer-generated cookie stickiness is cookie_based_affinity = \"Enabled\" in the gateway's backend_http_settings; for TCP listeners on Azure Load Balancer use client IP affinity (load_distribution = \"SourceIP\") instead."
}

mapping "aws_lb_ssl_negotiation_policy" {
  service = "Azure Application Gateway TLS policy"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/application-gateway-ssl-policy-overview"
  note    = "Protocols and ciphers become the gateway's ssl_policy block (a predefined policy, or a custom one with min_protocol_version and cipher_suites), or an ssl_profile per listener. Azure Load Balancer doesn't terminate TLS, so TCP/SSL pass-through listeners keep their TLS settings on the backends."
}

mapping "aws_load_balancer_backend_server_policy" {
  service = "Azure Application Gateway end-to-end TLS"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/ssl-overview"
  note    = "Backend authentication becomes end-to-end TLS: HTTPS backend_http_settings that trust the backends' root CA through trusted_root_certificate_names (v2 SKU)."
}

mapping "aws_load_balancer_listener_policy" {
  service = "Azure Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  note    = "Policies attached to a listener become settings of that listener's route: an ssl_profile on the http_listener for TLS settings, and affinity in the backend_http_settings its routing rule uses."
}

mapping "aws_load_balancer_policy" {
  service = "Azure Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/application-gateway-components"
  note    = "Classic policy documents have no Azure object: TLS negotiation policies become ssl_policy or ssl_profile blocks, cookie policies become affinity settings in backend_http_settings, and backend public-key policies become trusted root certificates."

  target "proxy-protocol" {
    when    = try(lower(self.policy_type_name), "") == "proxyprotocolpolicytype"
    service = "Azure Load Balancer"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
    note    = "Azure Load Balancer doesn't send PROXY protocol headers; it passes traffic through with the client's source IP intact, so backends read the client address directly."
  }
}

mapping "aws_proxy_protocol_policy" {
  service = "Azure Load Balancer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/load-balancer/load-balancer-overview"
  note    = "Azure Load Balancer can't add PROXY protocol headers, and doesn't need to: it is pass-through and keeps the client's source IP. Turn PROXY protocol parsing off on the backends (they would reject connections without the header); behind Application Gateway, read X-Forwarded-For instead."
}
