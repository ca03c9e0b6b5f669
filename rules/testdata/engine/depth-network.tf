# Networking depth: VPC, routing, security groups, ACLs, endpoints, flow logs, VPN, transit
# gateway, Route 53, load balancers, RAM, CloudFront.

resource "aws_vpc" "net_main" {
  # mapping: aws-vpc direct
  cidr_block = "10.0.0.0/16"
}

resource "aws_vpc" "net_ipam" {
  # mapping: aws-vpc direct
  # want: aws-vpc/dedicated-tenancy
  # want: aws-vpc/amazon-ipv6
  # want: aws-vpc/ipam-pool
  ipv4_ipam_pool_id                = "ipam-pool-0123456789abcdef0"
  ipv4_netmask_length              = 20
  assign_generated_ipv6_cidr_block = true
  instance_tenancy                 = "dedicated"
}

resource "aws_subnet" "net_private" {
  # mapping: aws-subnet direct
  vpc_id     = aws_vpc.net_main.id
  cidr_block = "10.0.1.0/24"
}

resource "aws_subnet" "net_public" {
  # mapping: aws-subnet direct
  # want: aws-subnet/zonal-subnet
  # want: aws-subnet/public-ip-on-launch
  vpc_id                  = aws_vpc.net_main.id
  cidr_block              = "10.0.0.0/24"
  availability_zone       = "eu-west-1a"
  map_public_ip_on_launch = true
}

resource "aws_eip" "net_nat" {
  # mapping: aws-eip direct
  domain = "vpc"
}

resource "aws_nat_gateway" "net_public" {
  # The idle timeout differs whatever the settings: AWS's is fixed.
  # mapping: aws-nat-gateway direct
  # want: aws-nat-gateway/idle-timeout
  allocation_id = aws_eip.net_nat.id
  subnet_id     = aws_subnet.net_public.id
}

resource "aws_nat_gateway" "net_private" {
  # mapping: aws-nat-gateway direct
  # want: aws-nat-gateway/idle-timeout
  # want: aws-nat-gateway/private-nat
  # want: aws-nat-gateway/secondary-addresses
  connectivity_type                  = "private"
  subnet_id                          = aws_subnet.net_private.id
  secondary_private_ip_address_count = 2
}

resource "aws_route_table" "net_plain" {
  # mapping: aws-route-table direct
  vpc_id = aws_vpc.net_main.id
}

resource "aws_route_table" "net_inline" {
  # mapping: aws-route-table direct
  # want: aws-route-table/nat-gateway-routes
  # want: aws-route-table/appliance-routes
  vpc_id = aws_vpc.net_main.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.net_public.id
  }
  route {
    cidr_block           = "192.168.0.0/16"
    network_interface_id = "eni-0123456789abcdef0"
  }
}

resource "aws_route" "net_nat" {
  # mapping: aws-route/nat-gateway implicit
  route_table_id         = aws_route_table.net_plain.id
  destination_cidr_block = "0.0.0.0/0"
  nat_gateway_id         = aws_nat_gateway.net_public.id
}

resource "aws_route" "net_appliance" {
  # mapping: aws-route direct
  # want: aws-route/appliance-forwarding
  route_table_id         = aws_route_table.net_plain.id
  destination_cidr_block = "172.16.0.0/12"
  network_interface_id   = "eni-0123456789abcdef0"
}

resource "aws_route" "net_core" {
  # mapping: aws-route/core-network partial
  route_table_id         = aws_route_table.net_plain.id
  destination_cidr_block = "10.128.0.0/9"
  core_network_arn       = "arn:aws:networkmanager::111122223333:core-network/core-network-0123"
}

resource "aws_route" "net_plist" {
  # mapping: aws-route direct
  # want: aws-route/prefix-list-destination
  route_table_id             = aws_route_table.net_plain.id
  destination_prefix_list_id = "pl-0123456789abcdef0"
  gateway_id                 = "vgw-0123456789abcdef0"
}

resource "aws_route_table_association" "net_subnet" {
  # mapping: aws-route-table-association direct
  subnet_id      = aws_subnet.net_private.id
  route_table_id = aws_route_table.net_plain.id
}

resource "aws_route_table_association" "net_edge" {
  # mapping: aws-route-table-association/gateway partial
  # want: aws-route-table-association/edge-association
  gateway_id     = "igw-0123456789abcdef0"
  route_table_id = aws_route_table.net_plain.id
}

resource "aws_security_group" "net_web" {
  # mapping: aws-security-group direct
  # want: aws-security-group/vnet-inbound-default
  vpc_id = aws_vpc.net_main.id
  ingress {
    from_port   = 443
    to_port     = 443
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_security_group" "net_app" {
  # mapping: aws-security-group/application-security-groups direct
  # want: aws-security-group/group-references
  # want: aws-security-group/default-egress
  # want: aws-security-group/vnet-inbound-default
  vpc_id = aws_vpc.net_main.id
  ingress {
    from_port       = 8080
    to_port         = 8080
    protocol        = "tcp"
    security_groups = [aws_security_group.net_web.id]
  }
}

resource "aws_security_group_rule" "net_ref" {
  # mapping: aws-security-group-rule/application-security-group direct
  # want: aws-security-group-rule/group-reference
  type                     = "ingress"
  from_port                = 5432
  to_port                  = 5432
  protocol                 = "tcp"
  security_group_id        = aws_security_group.net_app.id
  source_security_group_id = aws_security_group.net_web.id
}

resource "aws_security_group_rule" "net_cidr" {
  # mapping: aws-security-group-rule direct
  type              = "ingress"
  from_port         = 22
  to_port           = 22
  protocol          = "tcp"
  security_group_id = aws_security_group.net_app.id
  cidr_blocks       = ["10.0.0.0/8"]
}

resource "aws_vpc_security_group_ingress_rule" "net_ref" {
  # mapping: aws-vpc-security-group-ingress-rule/application-security-group direct
  # want: aws-vpc-security-group-ingress-rule/group-reference
  security_group_id            = aws_security_group.net_app.id
  referenced_security_group_id = aws_security_group.net_web.id
  ip_protocol                  = "tcp"
  from_port                    = 8443
  to_port                      = 8443
}

resource "aws_vpc_security_group_egress_rule" "net_ref" {
  # mapping: aws-vpc-security-group-egress-rule/application-security-group direct
  # want: aws-vpc-security-group-egress-rule/group-reference
  security_group_id            = aws_security_group.net_web.id
  referenced_security_group_id = aws_security_group.net_app.id
  ip_protocol                  = "tcp"
  from_port                    = 8080
  to_port                      = 8080
}

resource "aws_vpc_security_group_egress_rule" "net_icmp" {
  # mapping: aws-vpc-security-group-egress-rule direct
  # want: aws-vpc-security-group-egress-rule/icmp-type
  security_group_id = aws_security_group.net_web.id
  cidr_ipv4         = "10.0.0.0/8"
  ip_protocol       = "icmp"
  from_port         = 8
  to_port           = 0
}

resource "aws_vpc_security_group_egress_rule" "net_all" {
  # mapping: aws-vpc-security-group-egress-rule direct
  security_group_id = aws_security_group.net_web.id
  cidr_ipv4         = "0.0.0.0/0"
  ip_protocol       = "-1"
}

resource "aws_network_acl" "net_acl" {
  # mapping: aws-network-acl partial
  # want: aws-network-acl/stateless-to-stateful
  # want: aws-network-acl/default-allow
  vpc_id = aws_vpc.net_main.id
}

resource "aws_network_acl_rule" "net_https" {
  # mapping: aws-network-acl-rule partial
  network_acl_id = aws_network_acl.net_acl.id
  rule_number    = 100
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}

resource "aws_network_acl_rule" "net_return" {
  # mapping: aws-network-acl-rule partial
  # want: aws-network-acl-rule/return-traffic
  network_acl_id = aws_network_acl.net_acl.id
  rule_number    = 200
  egress         = false
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 1024
  to_port        = 65535
}

resource "aws_network_acl_rule" "net_icmp" {
  # mapping: aws-network-acl-rule partial
  # want: aws-network-acl-rule/rule-number-range
  # want: aws-network-acl-rule/icmp-type
  network_acl_id = aws_network_acl.net_acl.id
  rule_number    = 50
  egress         = false
  protocol       = "icmp"
  rule_action    = "allow"
  cidr_block     = "10.0.0.0/8"
  icmp_type      = 8
  icmp_code      = 0
}

resource "aws_vpc_endpoint" "net_interface" {
  # mapping: aws-vpc-endpoint direct
  # want: aws-vpc-endpoint/private-dns
  vpc_id              = aws_vpc.net_main.id
  service_name        = "com.amazonaws.eu-west-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
}

resource "aws_vpc_endpoint" "net_s3" {
  # mapping: aws-vpc-endpoint/gateway implicit
  vpc_id       = aws_vpc.net_main.id
  service_name = "com.amazonaws.eu-west-1.s3"
}

resource "aws_vpc_endpoint" "net_service_network" {
  # mapping: aws-vpc-endpoint/service-network partial
  vpc_id              = aws_vpc.net_main.id
  vpc_endpoint_type   = "ServiceNetwork"
  service_network_arn = "arn:aws:vpc-lattice:eu-west-1:111122223333:servicenetwork/sn-0123"
}

resource "aws_flow_log" "net_default" {
  # No destination type: CloudWatch Logs, the default.
  # mapping: aws-flow-log partial
  # want: aws-flow-log/cloudwatch-destination
  vpc_id       = aws_vpc.net_main.id
  traffic_type = "ALL"
}

resource "aws_flow_log" "net_s3" {
  # mapping: aws-flow-log partial
  # want: aws-flow-log/custom-format
  vpc_id               = aws_vpc.net_main.id
  traffic_type         = "ALL"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs"
  log_format           = "version srcaddr dstaddr action"
}

resource "aws_flow_log" "net_firehose" {
  # mapping: aws-flow-log partial
  # want: aws-flow-log/firehose-destination
  subnet_id            = aws_subnet.net_private.id
  traffic_type         = "REJECT"
  log_destination_type = "kinesis-data-firehose"
  log_destination      = "arn:aws:firehose:eu-west-1:111122223333:deliverystream/flows"
}

resource "aws_flow_log" "net_tgw" {
  # mapping: aws-flow-log/transit-gateway partial
  transit_gateway_id   = "tgw-0123456789abcdef0"
  log_destination_type = "s3"
  log_destination      = "arn:aws:s3:::flow-logs"
}

resource "aws_ec2_managed_prefix_list" "net_list" {
  # mapping: aws-ec2-managed-prefix-list partial
  # want: aws-ec2-managed-prefix-list/used-outside-firewall
  name           = "offices"
  address_family = "IPv4"
  max_entries    = 5
}

resource "aws_customer_gateway" "net_reserved" {
  # mapping: aws-customer-gateway direct
  # want: aws-customer-gateway/reserved-asn
  bgp_asn    = 65515
  ip_address = "203.0.113.10"
  type       = "ipsec.1"
}

resource "aws_customer_gateway" "net_ok" {
  # mapping: aws-customer-gateway direct
  bgp_asn    = 64600
  ip_address = "203.0.113.11"
  type       = "ipsec.1"
}

resource "aws_vpn_connection" "net_vpn" {
  # mapping: aws-vpn-connection direct
  # want: aws-vpn-connection/two-tunnels
  # want: aws-vpn-connection/inside-cidr
  # want: aws-vpn-connection/traffic-selectors
  customer_gateway_id     = aws_customer_gateway.net_ok.id
  vpn_gateway_id          = "vgw-0123456789abcdef0"
  type                    = "ipsec.1"
  tunnel1_inside_cidr     = "169.254.10.0/30"
  local_ipv4_network_cidr = "192.168.0.0/16"
}

resource "aws_vpn_connection" "net_tgw" {
  # mapping: aws-vpn-connection/transit-gateway direct
  # want: aws-vpn-connection/two-tunnels
  # want: aws-vpn-connection/static-routes
  customer_gateway_id = aws_customer_gateway.net_ok.id
  transit_gateway_id  = aws_ec2_transit_gateway.net_tgw.id
  type                = "ipsec.1"
  static_routes_only  = true
}

resource "aws_vpn_gateway_route_propagation" "net_prop" {
  # mapping: aws-vpn-gateway-route-propagation implicit
  vpn_gateway_id = "vgw-0123456789abcdef0"
  route_table_id = aws_route_table.net_plain.id
}

resource "aws_ec2_transit_gateway" "net_tgw" {
  # mapping: aws-ec2-transit-gateway partial
  # want: aws-ec2-transit-gateway/multicast
  # want: aws-ec2-transit-gateway/asn
  # want: aws-ec2-transit-gateway/default-route-table
  amazon_side_asn                 = 64512
  multicast_support               = "enable"
  default_route_table_association = "disable"
}

resource "aws_ec2_transit_gateway" "net_plain" {
  # mapping: aws-ec2-transit-gateway partial
  description = "defaults"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "net_att" {
  # mapping: aws-ec2-transit-gateway-vpc-attachment direct
  # want: aws-ec2-transit-gateway-vpc-attachment/appliance-mode
  # want: aws-ec2-transit-gateway-vpc-attachment/custom-route-tables
  transit_gateway_id                              = aws_ec2_transit_gateway.net_tgw.id
  vpc_id                                          = aws_vpc.net_main.id
  subnet_ids                                      = [aws_subnet.net_private.id]
  appliance_mode_support                          = "enable"
  transit_gateway_default_route_table_association = false
}

resource "aws_ec2_transit_gateway_vpc_attachment" "net_att_plain" {
  # mapping: aws-ec2-transit-gateway-vpc-attachment direct
  transit_gateway_id = aws_ec2_transit_gateway.net_plain.id
  vpc_id             = aws_vpc.net_main.id
  subnet_ids         = [aws_subnet.net_private.id]
}

resource "aws_route53_zone" "net_legacy" {
  # mapping: aws-route53-zone direct
  # want: aws-route53-zone/delegation-set
  name              = "legacy.example.com"
  delegation_set_id = "N0123456789ABCDEFGHIJ"
}

resource "aws_route53_zone_association" "net_assoc" {
  # mapping: aws-route53-zone-association direct
  zone_id = aws_route53_zone.net_legacy.zone_id
  vpc_id  = aws_vpc.net_main.id
}

resource "aws_route53_record" "net_weighted" {
  # mapping: aws-route53-record/traffic-manager partial
  # want: aws-route53-record/routing-policy
  # want: aws-route53-record/health-check
  zone_id         = aws_route53_zone.net_legacy.zone_id
  name            = "www"
  type            = "A"
  ttl             = 60
  records         = ["203.0.113.20"]
  set_identifier  = "blue"
  health_check_id = "abcdef01-2345-6789-abcd-ef0123456789"
  weighted_routing_policy {
    weight = 90
  }
}

resource "aws_route53_record" "net_geoproximity" {
  # mapping: aws-route53-record/traffic-manager partial
  # want: aws-route53-record/routing-policy
  # want: aws-route53-record/geoproximity
  zone_id        = aws_route53_zone.net_legacy.zone_id
  name           = "api"
  type           = "CNAME"
  ttl            = 60
  records        = ["api-eu.example.com"]
  set_identifier = "eu"
  geoproximity_routing_policy {
    aws_region = "eu-west-1"
    bias       = 20
  }
}

resource "aws_route53_record" "net_spf" {
  # mapping: aws-route53-record direct
  # want: aws-route53-record/unsupported-type
  zone_id = aws_route53_zone.net_legacy.zone_id
  name    = ""
  type    = "SPF"
  ttl     = 300
  records = ["v=spf1 -all"]
}

resource "aws_route53_record" "net_plain" {
  # mapping: aws-route53-record/a direct
  zone_id = aws_route53_zone.net_legacy.zone_id
  name    = "intranet"
  type    = "A"
  ttl     = 300
  records = ["10.0.1.10"]
}

resource "aws_lb" "net_alb_tuned" {
  # Idle timeout and HTTP/2 written explicitly: no default-relied-on caveat.
  # mapping: aws-lb direct
  # want: aws-lb/dedicated-subnet
  # want: aws-lb/deletion-protection
  # want: aws-lb/access-logs
  load_balancer_type         = "application"
  idle_timeout               = 120
  enable_http2               = false
  enable_deletion_protection = true
  access_logs {
    bucket  = "alb-logs"
    enabled = true
  }
}

resource "aws_lb" "net_nlb_sg" {
  # mapping: aws-lb/network direct
  # want: aws-lb/nlb-security-groups
  load_balancer_type = "network"
  security_groups    = [aws_security_group.net_web.id]
}

resource "aws_lb_listener" "net_tcp" {
  # mapping: aws-lb-listener/layer4 direct
  # want: aws-lb-listener/tcp-idle-timeout
  load_balancer_arn = aws_lb.net_nlb_sg.arn
  port              = 5432
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.net_tcp.arn
  }
}

resource "aws_lb_listener" "net_tcp_tuned" {
  # mapping: aws-lb-listener/layer4 direct
  load_balancer_arn        = aws_lb.net_nlb_sg.arn
  port                     = 6379
  protocol                 = "TCP"
  tcp_idle_timeout_seconds = 600
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.net_tcp.arn
  }
}

resource "aws_lb_listener" "net_mtls" {
  # mapping: aws-lb-listener implicit
  # want: aws-lb-listener/mutual-tls
  load_balancer_arn = aws_lb.net_alb_tuned.arn
  port              = 443
  protocol          = "HTTPS"
  mutual_authentication {
    mode            = "verify"
    trust_store_arn = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:truststore/clients/0123"
  }
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.net_http.arn
  }
}

resource "aws_lb_listener" "net_canary" {
  # mapping: aws-lb-listener implicit
  # want: aws-lb-listener/weighted-forward
  load_balancer_arn = aws_lb.net_alb_tuned.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type = "forward"
    forward {
      target_group {
        arn    = aws_lb_target_group.net_http.arn
        weight = 90
      }
      target_group {
        arn    = aws_lb_target_group.net_tuned.arn
        weight = 10
      }
    }
  }
}

resource "aws_lb_listener_rule" "net_auth" {
  # mapping: aws-lb-listener-rule implicit
  # want: aws-lb-listener-rule/authenticate-action
  listener_arn = aws_lb_listener.net_mtls.arn
  action {
    type = "authenticate-oidc"
    authenticate_oidc {
      issuer = "https://login.example.com"
    }
  }
  action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.net_http.arn
  }
  condition {
    path_pattern {
      values = ["/admin/*"]
    }
  }
}

resource "aws_lb_listener_rule" "net_fixed" {
  # mapping: aws-lb-listener-rule implicit
  # want: aws-lb-listener-rule/fixed-response
  listener_arn = aws_lb_listener.net_mtls.arn
  action {
    type = "fixed-response"
    fixed_response {
      content_type = "text/plain"
      status_code  = "404"
    }
  }
  condition {
    path_pattern {
      values = ["/old/*"]
    }
  }
}

resource "aws_lb_target_group" "net_http" {
  # No deregistration_delay: targets drain for 300 s by default.
  # mapping: aws-lb-target-group implicit
  # want: aws-lb-target-group/connection-draining
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.net_main.id
}

resource "aws_lb_target_group" "net_tuned" {
  # mapping: aws-lb-target-group implicit
  # want: aws-lb-target-group/app-cookie-stickiness
  # want: aws-lb-target-group/slow-start
  port                 = 80
  protocol             = "HTTP"
  vpc_id               = aws_vpc.net_main.id
  deregistration_delay = 0
  slow_start           = 60
  stickiness {
    type        = "app_cookie"
    cookie_name = "SESSION"
  }
}

resource "aws_lb_target_group" "net_grpc" {
  # mapping: aws-lb-target-group implicit
  # want: aws-lb-target-group/grpc
  # want: aws-lb-target-group/connection-draining
  port             = 50051
  protocol         = "HTTP"
  protocol_version = "GRPC"
  vpc_id           = aws_vpc.net_main.id
}

resource "aws_lb_target_group" "net_tcp" {
  # mapping: aws-lb-target-group/layer4 direct
  # want: aws-lb-target-group/proxy-protocol
  port              = 5432
  protocol          = "TCP"
  vpc_id            = aws_vpc.net_main.id
  proxy_protocol_v2 = true
}

resource "aws_lb_target_group_attachment" "net_port" {
  # mapping: aws-lb-target-group-attachment direct
  # want: aws-lb-target-group-attachment/target-port
  target_group_arn = aws_lb_target_group.net_http.arn
  target_id        = "i-0123456789abcdef0"
  port             = 8080
}

resource "aws_lb_target_group_attachment" "net_plain" {
  # mapping: aws-lb-target-group-attachment direct
  target_group_arn = aws_lb_target_group.net_http.arn
  target_id        = "i-0123456789abcdef1"
}

resource "aws_networkfirewall_resource_policy" "net_rule_group" {
  # mapping: aws-networkfirewall-resource-policy partial
  # want: aws-networkfirewall-resource-policy/rule-group-sharing
  resource_arn = "arn:aws:network-firewall:eu-west-1:111122223333:stateful-rulegroup/shared-blocklist"
  policy       = "{}"
}

resource "aws_networkfirewall_resource_policy" "net_policy" {
  # mapping: aws-networkfirewall-resource-policy partial
  resource_arn = "arn:aws:network-firewall:eu-west-1:111122223333:firewall-policy/shared"
  policy       = "{}"
}

resource "aws_ram_resource_association" "net_subnet" {
  # mapping: aws-ram-resource-association/subnet partial
  resource_arn       = "arn:aws:ec2:eu-west-1:111122223333:subnet/subnet-0123456789abcdef0"
  resource_share_arn = "arn:aws:ram:eu-west-1:111122223333:resource-share/0123"
}

resource "aws_ram_resource_association" "net_resolver" {
  # mapping: aws-ram-resource-association/resolver-rule partial
  resource_arn       = "arn:aws:route53resolver:eu-west-1:111122223333:resolver-rule/rslvr-rr-0123"
  resource_share_arn = "arn:aws:ram:eu-west-1:111122223333:resource-share/0123"
}

resource "aws_ram_resource_association" "net_ref" {
  # The ARN comes from another resource: the target can't be decided.
  # mapping: aws-ram-resource-association none
  # want: a2z/undecided-target
  # want: aws-ram-resource-association
  resource_arn       = aws_ec2_transit_gateway.net_tgw.arn
  resource_share_arn = "arn:aws:ram:eu-west-1:111122223333:resource-share/0123"
}

resource "aws_service_discovery_http_namespace" "net_ns" {
  # mapping: aws-service-discovery-http-namespace none
  # want: aws-service-discovery-http-namespace
  name = "services"
}

resource "aws_cloudfront_function" "net_fn" {
  # mapping: aws-cloudfront-function partial
  # want: aws-cloudfront-function/key-value-store
  name                         = "redirects"
  runtime                      = "cloudfront-js-2.0"
  code                         = "function handler(event) { return event.request; }"
  key_value_store_associations = ["arn:aws:cloudfront::111122223333:key-value-store/0123"]
}

resource "aws_cloudfront_distribution" "net_edge" {
  # mapping: aws-cloudfront-distribution partial
  # want: aws-cloudfront-distribution/lambda-at-edge
  # want: aws-cloudfront-distribution/edge-functions
  # want: aws-cloudfront-distribution/default-root-object
  # want: aws-cloudfront-distribution/waf
  # want: aws-cloudfront-distribution/access-logs
  enabled             = true
  default_root_object = "index.html"
  web_acl_id          = "arn:aws:wafv2:us-east-1:111122223333:global/webacl/edge/0123"
  logging_config {
    bucket = "cf-logs.s3.amazonaws.com"
  }
  origin {
    domain_name = "app.example.com"
    origin_id   = "app"
  }
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    lambda_function_association {
      event_type = "origin-request"
      lambda_arn = "arn:aws:lambda:us-east-1:111122223333:function:router:3"
    }
    function_association {
      event_type   = "viewer-request"
      function_arn = aws_cloudfront_function.net_fn.arn
    }
  }
}

resource "aws_cloudfront_distribution" "net_plain" {
  # mapping: aws-cloudfront-distribution partial
  enabled = true
  origin {
    domain_name = "static.example.com"
    origin_id   = "static"
  }
  default_cache_behavior {
    target_origin_id       = "static"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
  }
}
