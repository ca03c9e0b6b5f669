# Amazon Route 53 → Azure DNS (public and private zones), Traffic Manager, DNS Private Resolver.

mapping "aws_route53_zone" {
  cloudformation = ["AWS::Route53::HostedZone"]
  service        = "Azure DNS"
  status         = "direct"
  azurerm        = ["azurerm_dns_zone"]
  arm            = ["Microsoft.Network/dnsZones"]
  link           = "https://learn.microsoft.com/azure/dns/dns-overview"
  note           = "A public hosted zone becomes an Azure DNS zone; delegate the domain to the name servers Azure assigns (reusable delegation sets have no equivalent)."

  target "private" {
    when    = try(length(self.vpc), length(self.VPCs), 0) > 0
    service = "Azure Private DNS"
    status  = "direct"
    azurerm = ["azurerm_private_dns_zone", "azurerm_private_dns_zone_virtual_network_link"]
    arm     = ["Microsoft.Network/privateDnsZones", "Microsoft.Network/privateDnsZones/virtualNetworkLinks"]
    link    = "https://learn.microsoft.com/azure/dns/private-dns-overview"
    note    = "A private hosted zone becomes a private DNS zone with one virtual network link per associated VPC (registration_enabled for automatic VM records)."
  }

  caveat "delegation-set" {
    when     = can(self.delegation_set_id)
    severity = "info"
    message  = "Reusable delegation sets have no equivalent: Azure assigns each DNS zone its own name servers, so update the registrar's NS records for every zone (and any glue or vanity name server records) after creating them."
    link     = "https://learn.microsoft.com/azure/dns/dns-delegate-domain-azure-dns"
  }
}

mapping "aws_route53_record" {
  cloudformation = ["AWS::Route53::RecordSet"]
  service        = "Azure DNS"
  status         = "direct"
  azurerm        = ["azurerm_dns_a_record", "azurerm_dns_aaaa_record", "azurerm_dns_cname_record", "azurerm_dns_mx_record", "azurerm_dns_txt_record", "azurerm_dns_ns_record", "azurerm_dns_srv_record", "azurerm_dns_caa_record", "azurerm_dns_ptr_record"]
  arm            = ["Microsoft.Network/dnsZones/A", "Microsoft.Network/dnsZones/AAAA", "Microsoft.Network/dnsZones/CNAME", "Microsoft.Network/dnsZones/MX", "Microsoft.Network/dnsZones/TXT", "Microsoft.Network/dnsZones/NS", "Microsoft.Network/dnsZones/SRV", "Microsoft.Network/dnsZones/CAA", "Microsoft.Network/dnsZones/PTR"]
  link           = "https://learn.microsoft.com/azure/dns/dns-zones-records"
  note           = "A record set of the matching type (azurerm_private_dns_*_record in a private zone). Azure DNS groups all records of one name and type into one record set, as Route 53 does."

  target "traffic-manager" {
    when    = can(self.set_identifier) || can(self.SetIdentifier)
    service = "Azure Traffic Manager"
    status  = "partial"
    azurerm = ["azurerm_traffic_manager_profile", "azurerm_traffic_manager_external_endpoint", "azurerm_traffic_manager_azure_endpoint", "azurerm_dns_cname_record"]
    arm     = ["Microsoft.Network/trafficManagerProfiles", "Microsoft.Network/trafficManagerProfiles/externalEndpoints", "Microsoft.Network/trafficManagerProfiles/azureEndpoints", "Microsoft.Network/dnsZones/CNAME"]
    link    = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
    note    = "Records that share a name with different set identifiers become the endpoints of one Traffic Manager profile: weighted → Weighted, latency → Performance, geolocation → Geographic, failover → Priority, multivalue → MultiValue, IP-based → Subnet. The DNS name becomes a CNAME to the profile (an alias record set at the zone apex)."
  }

  target "a" {
    when    = try(upper(self.type), upper(self.Type), "") == "A"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_a_record"]
    arm     = ["Microsoft.Network/dnsZones/A"]
    note    = "An A record set (azurerm_private_dns_a_record in a private zone)."
  }

  target "aaaa" {
    when    = try(upper(self.type), upper(self.Type), "") == "AAAA"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_aaaa_record"]
    arm     = ["Microsoft.Network/dnsZones/AAAA"]
    note    = "An AAAA record set (azurerm_private_dns_aaaa_record in a private zone)."
  }

  target "cname" {
    when    = try(upper(self.type), upper(self.Type), "") == "CNAME"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_cname_record"]
    arm     = ["Microsoft.Network/dnsZones/CNAME"]
    note    = "A CNAME record set (azurerm_private_dns_cname_record in a private zone)."
  }

  target "mx" {
    when    = try(upper(self.type), upper(self.Type), "") == "MX"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_mx_record"]
    arm     = ["Microsoft.Network/dnsZones/MX"]
    note    = "An MX record set; \"10 mail.example.com\" strings become preference/exchange pairs."
  }

  target "txt" {
    when    = try(upper(self.type), upper(self.Type), "") == "TXT"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_txt_record"]
    arm     = ["Microsoft.Network/dnsZones/TXT"]
    note    = "A TXT record set; drop the surrounding quotes Route 53 requires."
  }

  target "ns" {
    when    = try(upper(self.type), upper(self.Type), "") == "NS"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_ns_record"]
    arm     = ["Microsoft.Network/dnsZones/NS"]
    note    = "An NS record set for a delegated child zone (the apex NS set is managed by Azure)."
  }

  target "srv" {
    when    = try(upper(self.type), upper(self.Type), "") == "SRV"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_srv_record"]
    arm     = ["Microsoft.Network/dnsZones/SRV"]
    note    = "An SRV record set; \"priority weight port target\" strings become record blocks."
  }

  target "caa" {
    when    = try(upper(self.type), upper(self.Type), "") == "CAA"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_caa_record"]
    arm     = ["Microsoft.Network/dnsZones/CAA"]
    note    = "A CAA record set; \"flags tag value\" strings become record blocks."
  }

  target "ptr" {
    when    = try(upper(self.type), upper(self.Type), "") == "PTR"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_ptr_record"]
    arm     = ["Microsoft.Network/dnsZones/PTR"]
    note    = "A PTR record set in a reverse lookup zone."
  }

  caveat "alias" {
    when     = can(self.alias[0]) || can(self.AliasTarget)
    severity = "warning"
    message  = "Alias records become Azure DNS alias record sets (target_resource_id), which can point only at Azure public IPs, Traffic Manager profiles, Front Door endpoints and other record sets in the same zone; point apex records for other targets at Front Door."
    link     = "https://learn.microsoft.com/azure/dns/dns-alias"
  }

  caveat "routing-policy" {
    when     = can(self.set_identifier) || can(self.SetIdentifier)
    severity = "warning"
    message  = "Weighted, latency, geolocation, failover and multivalue routing aren't Azure DNS features: model them as a Traffic Manager profile (Weighted, Performance, Geographic, Priority or MultiValue routing) and CNAME or alias the name to it."
    link     = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  }

  caveat "geoproximity" {
    when     = can(self.geoproximity_routing_policy[0]) || can(self.GeoProximityLocation)
    severity = "warning"
    message  = "Geoproximity routing with bias has no Traffic Manager method: use Performance routing (closest endpoint by latency) or Geographic routing with explicit regions, and accept that traffic can't be shifted by a bias value."
    link     = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  }

  caveat "health-check" {
    when     = can(self.health_check_id) || can(self.HealthCheckId)
    severity = "info"
    message  = "The record's health check becomes endpoint monitoring of the Traffic Manager profile (monitor_config: protocol, port, path), which probes every endpoint with the same settings; an unhealthy endpoint stops being returned."
    link     = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-monitoring"
  }

  caveat "unsupported-type" {
    when     = contains(["SPF", "NAPTR", "DS", "SSHFP", "TLSA", "HTTPS", "SVCB"], try(upper(self.type), upper(self.Type), ""))
    severity = "warning"
    message  = "azurerm has no record set resource for this type: publish SPF data as a TXT record; for the other types, check which ones Azure DNS accepts (and create them with azapi) or keep that name in a DNS service that serves the type."
    link     = "https://learn.microsoft.com/azure/dns/dns-zones-records"
  }
}

mapping "AWS::Route53::RecordSetGroup" {
  service = "Azure DNS"
  status  = "direct"
  azurerm = ["azurerm_dns_a_record", "azurerm_dns_cname_record", "azurerm_dns_txt_record"]
  arm     = ["Microsoft.Network/dnsZones/A", "Microsoft.Network/dnsZones/CNAME", "Microsoft.Network/dnsZones/TXT"]
  link    = "https://learn.microsoft.com/azure/dns/dns-zones-records"
  note    = "Each record set in the group becomes one azurerm_dns_<type>_record resource; alias and routing-policy records need the same treatment as single record sets."
}

mapping "aws_route53_zone_association" {
  service = "Azure Private DNS"
  status  = "direct"
  azurerm = ["azurerm_private_dns_zone_virtual_network_link"]
  arm     = ["Microsoft.Network/privateDnsZones/virtualNetworkLinks"]
  link    = "https://learn.microsoft.com/azure/dns/private-dns-virtual-network-links"
  note    = "Links the private zone to one more virtual network (links work across subscriptions)."
}

mapping "aws_route53_health_check" {
  cloudformation = ["AWS::Route53::HealthCheck"]
  service        = "Azure Traffic Manager"
  status         = "partial"
  azurerm        = ["azurerm_traffic_manager_profile"]
  arm            = ["Microsoft.Network/trafficManagerProfiles"]
  link           = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-monitoring"
  note           = "Health checks are part of a Traffic Manager profile (monitor_config) and apply to its endpoints; standalone checks for alerting become Application Insights availability tests (azurerm_application_insights_standard_web_test)."
}

mapping "aws_route53_resolver_endpoint" {
  cloudformation = ["AWS::Route53Resolver::ResolverEndpoint"]
  service        = "Azure DNS Private Resolver"
  status         = "direct"
  azurerm        = ["azurerm_private_dns_resolver_inbound_endpoint", "azurerm_private_dns_resolver_outbound_endpoint"]
  arm            = ["Microsoft.Network/dnsResolvers/inboundEndpoints", "Microsoft.Network/dnsResolvers/outboundEndpoints"]
  requires       = ["azurerm_private_dns_resolver"]
  link           = "https://learn.microsoft.com/azure/dns/dns-private-resolver-overview"
  note           = "Inbound and outbound endpoints of a DNS Private Resolver; each endpoint needs its own dedicated, delegated subnet."
}

mapping "aws_route53_resolver_rule" {
  cloudformation = ["AWS::Route53Resolver::ResolverRule"]
  service        = "Azure DNS Private Resolver"
  status         = "direct"
  azurerm        = ["azurerm_private_dns_resolver_forwarding_rule"]
  arm            = ["Microsoft.Network/dnsForwardingRulesets/forwardingRules"]
  requires       = ["azurerm_private_dns_resolver_dns_forwarding_ruleset"]
  link           = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note           = "A forwarding rule in a ruleset that is attached to the outbound endpoint."
}

mapping "aws_route53_resolver_rule_association" {
  cloudformation = ["AWS::Route53Resolver::ResolverRuleAssociation"]
  service        = "Azure DNS Private Resolver"
  status         = "direct"
  azurerm        = ["azurerm_private_dns_resolver_virtual_network_link"]
  arm            = ["Microsoft.Network/dnsForwardingRulesets/virtualNetworkLinks"]
  link           = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note           = "Links the forwarding ruleset to a virtual network."
}

# Data sources

data "aws_route53_zone" {
  service = "Azure DNS"
  status  = "direct"
  azurerm = ["azurerm_dns_zone", "azurerm_private_dns_zone"]
  link    = "https://learn.microsoft.com/azure/dns/dns-overview"
  note    = "Looks up a public zone (azurerm_dns_zone) or, for private_zone = true, a private DNS zone."
}

mapping "aws_route53_delegation_set" {
  service = "Azure DNS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-delegate-domain-azure-dns"
  note    = "Azure DNS assigns each public zone its own set of four name servers, read from the zone's name_servers attribute; there are no reusable or white-label delegation sets. Update the NS records at the registrar or parent zone for every zone you migrate."
}

mapping "aws_route53_hosted_zone_dnssec" {
  cloudformation = ["AWS::Route53::DNSSEC"]
  service        = "Azure DNS (DNSSEC)"
  status         = "partial"
  arm            = ["Microsoft.Network/dnsZones/dnssecConfigs"]
  link           = "https://learn.microsoft.com/azure/dns/dnssec"
  note           = "Azure public DNS zones can be DNSSEC-signed (ECDSA P-256 with SHA-256, the same algorithm Route 53 uses). The azurerm provider has no resource for it: create the dnssecConfigs child resource with azapi_resource (or the portal/CLI), then publish the zone's DS record at the parent zone or registrar."

  caveat "resolver-validation" {
    severity = "info"
    message  = "Signing is separate from validation: the Azure-provided resolver does not validate DNSSEC responses, so clients that need validation must use their own validating resolvers."
    link     = "https://learn.microsoft.com/azure/dns/dnssec"
  }
}

mapping "aws_route53_key_signing_key" {
  cloudformation = ["AWS::Route53::KeySigningKey"]
  service        = "Azure DNS (DNSSEC)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/dns/dnssec"
  note           = "Azure DNS generates and holds the signing keys of a signed zone: zone-signing keys roll over automatically and the key-signing key is replaced only through Microsoft support (followed by a DS record update). There is no customer-managed KSK backed by your own key in Key Vault."
}

mapping "aws_route53_resolver_firewall_rule_group" {
  cloudformation = ["AWS::Route53Resolver::FirewallRuleGroup"]
  service        = "Azure DNS security policy"
  status         = "partial"
  arm            = ["Microsoft.Network/dnsResolverPolicies"]
  link           = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note           = "A DNS Firewall rule group becomes a DNS security policy (DNS resolver policy) that filters the queries of the virtual networks linked to it. The azurerm provider has no resources for DNS security policies yet: deploy them with azapi_resource, Bicep or the CLI. A policy applies only to virtual networks in its own region, and each virtual network can be linked to one policy, so a rule group shared across regions becomes one policy per region."
}

mapping "aws_route53_resolver_firewall_rule" {
  service = "Azure DNS security policy"
  status  = "partial"
  arm     = ["Microsoft.Network/dnsResolverPolicies/dnsSecurityRules"]
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "Each rule becomes a DNS security rule in the policy with a priority, one or more domain lists and an action (allow, block or alert). No azurerm resource exists yet; use azapi_resource."

  caveat "advanced-matching" {
    when     = can(self.q_type) || can(self.firewall_domain_redirection_action) || try(upper(self.block_response), "") == "OVERRIDE"
    severity = "warning"
    message  = "Query-type filters, redirection-chain handling and custom override answers (block_response OVERRIDE with a CNAME) have no documented counterpart in DNS security rules: plan plain allow, block or alert rules and verify the block response clients receive."
    link     = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  }
}

mapping "aws_route53_resolver_firewall_domain_list" {
  cloudformation = ["AWS::Route53Resolver::FirewallDomainList"]
  service        = "Azure DNS security policy"
  status         = "partial"
  arm            = ["Microsoft.Network/dnsResolverDomainLists"]
  link           = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note           = "A domain list becomes a DNS resolver domain list, a regional resource referenced by DNS security rules; no azurerm resource exists yet (use azapi_resource). AWS-managed threat lists have no one-to-one equivalent, so check the managed threat-intelligence options of DNS security policy or import your own lists."
}

mapping "aws_route53_vpc_association_authorization" {
  service = "Azure Private DNS"
  status  = "implicit"
  azurerm = ["azurerm_private_dns_zone_virtual_network_link", "azurerm_role_assignment"]
  arm     = ["Microsoft.Network/privateDnsZones/virtualNetworkLinks", "Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/dns/private-dns-virtual-network-links"
  note    = "There is no authorization object: a private DNS zone can be linked to a virtual network in another subscription or tenant by whoever holds write access to the zone and permission to join the virtual network, so the cross-account handshake becomes role assignments (for example Private DNS Zone Contributor on the zone and Network Contributor on the virtual network)."
}

data "aws_route53_zones" {
  service = "Azure DNS"
  status  = "partial"
  azurerm = ["azurerm_dns_zone", "azurerm_private_dns_zone"]
  link    = "https://learn.microsoft.com/azure/dns/dns-overview"
  note    = "There is no list of zones in azurerm: list them with azurerm_resources (type Microsoft.Network/dnszones or privateDnsZones) and look each one up by name."
}

data "aws_route53_records" {
  service = "Azure DNS"
  status  = "partial"
  azurerm = ["azurerm_dns_a_record", "azurerm_dns_cname_record", "azurerm_dns_txt_record"]
  link    = "https://learn.microsoft.com/azure/dns/dns-zones-records"
  note    = "Records are looked up one record set at a time, by name and type (azurerm_dns_*_record or azurerm_private_dns_*_record); there is no listing or name-regex filter."
}

data "aws_route53_delegation_set" {
  service = "Azure DNS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-delegate-domain-azure-dns"
  note    = "There are no reusable delegation sets: each zone has its own name servers, read from the name_servers attribute of azurerm_dns_zone."
}

mapping "aws_route53_cidr_collection" {
  cloudformation = ["AWS::Route53::CidrCollection"]
  service        = "Azure Traffic Manager"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  note           = "IP-based routing becomes a Traffic Manager profile with the Subnet routing method; there is no shared CIDR collection, so each location's ranges are written into the subnet blocks of the endpoint that serves them."
}

mapping "aws_route53_cidr_location" {
  service = "Azure Traffic Manager"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  note    = "A CIDR location's ranges become subnet blocks (first address and scope, or first and last) on the Traffic Manager endpoint for that location; an endpoint with no subnets catches all other clients, like the default location."
}

mapping "aws_route53_traffic_policy" {
  service = "Azure Traffic Manager"
  status  = "partial"
  azurerm = ["azurerm_traffic_manager_profile", "azurerm_traffic_manager_nested_endpoint"]
  arm     = ["Microsoft.Network/trafficManagerProfiles", "Microsoft.Network/trafficManagerProfiles/nestedEndpoints"]
  link    = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-nested-profiles"
  note    = "Each rule of the policy tree becomes a Traffic Manager profile with one routing method (Priority for failover, Weighted, Performance for latency, Geographic, Subnet for IP-based), combined through nested endpoints; health checks move into each profile's monitor_config. There is no versioned policy document."
}

mapping "aws_route53_traffic_policy_instance" {
  service = "Azure DNS"
  status  = "partial"
  azurerm = ["azurerm_dns_cname_record"]
  arm     = ["Microsoft.Network/dnsZones/CNAME"]
  link    = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-how-it-works"
  note    = "Applying a policy to a name becomes a CNAME from that name to the top-level Traffic Manager profile's FQDN; at the zone apex use an alias record set (target_resource_id) pointing at the profile."
}

mapping "aws_route53_query_log" {
  service = "Azure DNS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/monitor-dns-reference"
  note    = "Azure public DNS zones expose metrics (query volume, record set count) but no per-query logs. Keep query logging with an external authoritative DNS provider if you need it; queries from virtual networks can be logged through a DNS security policy instead."
}

mapping "aws_route53_records_exclusive" {
  service = "Azure DNS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-zones-records"
  note    = "azurerm has no resource that owns every record set of a zone and removes unmanaged ones: declare each record set as its own resource and find drift (records created outside Terraform) by listing the zone."
}

mapping "aws_route53_resolver_config" {
  cloudformation = ["AWS::Route53Resolver::ResolverConfig"]
  service        = "Azure-provided DNS"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-networks-name-resolution-for-vms-and-role-instances"
  note           = "Azure-provided DNS answers reverse (PTR) lookups for VM private IPs in every virtual network automatically; there is no per-network switch. Custom reverse names need a private DNS zone for the in-addr.arpa range linked to the network."
}

mapping "aws_route53_resolver_dnssec_config" {
  cloudformation = ["AWS::Route53Resolver::ResolverDNSSECConfig"]
  service        = "Azure-provided DNS"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/dns/dnssec"
  note           = "The Azure-provided resolver does not validate DNSSEC. Workloads that need validation must point the virtual network's DNS servers at validating resolvers you run (for example VMs) and forward Azure names to 168.63.129.16."
}

mapping "aws_route53_resolver_firewall_rule_group_association" {
  cloudformation = ["AWS::Route53Resolver::FirewallRuleGroupAssociation"]
  service        = "Azure DNS security policy"
  status         = "partial"
  arm            = ["Microsoft.Network/dnsResolverPolicies/virtualNetworkLinks"]
  link           = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note           = "Associating a rule group with a VPC becomes a virtual network link of the DNS security policy; azurerm has no resource for it (use azapi_resource). A virtual network links to one policy only, so several rule groups with association priorities on one VPC must be merged into one policy, ordered by rule priority."
}

mapping "aws_route53_resolver_query_log_config" {
  cloudformation = ["AWS::Route53Resolver::ResolverQueryLoggingConfig"]
  service        = "Azure DNS security policy"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Network/dnsResolverPolicies"]
  link           = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note           = "Resolver query logs come from a DNS security policy (deployed with azapi_resource, as azurerm lacks it) with a diagnostic setting that sends the DNS query log category to Log Analytics, Storage or Event Hubs, in place of CloudWatch Logs, S3 or Firehose."
}

mapping "aws_route53_resolver_query_log_config_association" {
  cloudformation = ["AWS::Route53Resolver::ResolverQueryLoggingConfigAssociation"]
  service        = "Azure DNS security policy"
  status         = "partial"
  arm            = ["Microsoft.Network/dnsResolverPolicies/virtualNetworkLinks"]
  link           = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note           = "Logging a VPC becomes linking its virtual network to the DNS security policy (azapi_resource). The policy is regional and a network links to one policy, so logging and DNS filtering of one network share that policy."
}

mapping "AWS::Route53Resolver::OutpostResolver" {
  service = "Azure Local"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-private-resolver-overview"
  note    = "Azure has no managed resolver that runs on on-premises hardware. Run DNS servers on site (for example on Azure Local VMs) and forward Azure private names to a DNS Private Resolver inbound endpoint over ExpressRoute or VPN."
}

data "aws_route53_traffic_policy_document" {
  service = "Azure Traffic Manager"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-nested-profiles"
  note    = "There is no policy document format: express the rule tree directly as Traffic Manager profiles and nested endpoints."
}

data "aws_route53_resolver_endpoint" {
  service = "Azure DNS Private Resolver"
  status  = "direct"
  azurerm = ["azurerm_private_dns_resolver_inbound_endpoint", "azurerm_private_dns_resolver_outbound_endpoint"]
  link    = "https://learn.microsoft.com/azure/dns/dns-private-resolver-overview"
  note    = "Looks up an inbound or outbound endpoint by name and resolver; inbound endpoints expose the IP address clients forward to."
}

data "aws_route53_resolver_rule" {
  service = "Azure DNS Private Resolver"
  status  = "direct"
  azurerm = ["azurerm_private_dns_resolver_forwarding_rule"]
  link    = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note    = "Looks up a forwarding rule by name within its ruleset (domain name and target DNS servers)."
}

data "aws_route53_resolver_rules" {
  service = "Azure DNS Private Resolver"
  status  = "partial"
  azurerm = ["azurerm_private_dns_resolver_forwarding_rule", "azurerm_private_dns_resolver_dns_forwarding_ruleset"]
  link    = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note    = "There is no filtered list of rules in azurerm: look up the ruleset, then each rule by name."
}

data "aws_route53_resolver_query_log_config" {
  service = "Azure DNS security policy"
  status  = "partial"
  arm     = ["Microsoft.Network/dnsResolverPolicies"]
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "No azurerm data source: read the DNS security policy with an azapi_resource data source, and its log destination from the diagnostic setting."
}

data "aws_route53_resolver_firewall_rule_group" {
  service = "Azure DNS security policy"
  status  = "partial"
  arm     = ["Microsoft.Network/dnsResolverPolicies"]
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "No azurerm data source: read the DNS security policy with an azapi_resource data source."
}

data "aws_route53_resolver_firewall_rules" {
  service = "Azure DNS security policy"
  status  = "partial"
  arm     = ["Microsoft.Network/dnsResolverPolicies/dnsSecurityRules"]
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "No azurerm data source: read the policy's DNS security rules with azapi (azapi_resource_list)."
}

data "aws_route53_resolver_firewall_domain_list" {
  service = "Azure DNS security policy"
  status  = "partial"
  arm     = ["Microsoft.Network/dnsResolverDomainLists"]
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "No azurerm data source: read the DNS resolver domain list with an azapi_resource data source."
}

data "aws_route53_resolver_firewall_rule_group_association" {
  service = "Azure DNS security policy"
  status  = "partial"
  arm     = ["Microsoft.Network/dnsResolverPolicies/virtualNetworkLinks"]
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "No azurerm data source: read the policy's virtual network link with an azapi_resource data source."
}

mapping "aws_route53_resolver_firewall_config" {
  service = "Azure DNS security policy"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "The per-VPC DNS Firewall configuration has no separate object: a virtual network is filtered once it is linked to a DNS security policy (the policy's virtual network link), and the policy offers no fail-open setting to carry over."
}

data "aws_route53_resolver_firewall_config" {
  service = "Azure DNS security policy"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "There is no per-network firewall configuration to look up: read the DNS security policy's virtual network links instead (azapi, as azurerm has no data source for them)."
}
