# Amazon Route 53 Global Resolver (internet-reachable anycast resolver with DoH/DoT, access control
# and DNS filtering) → no Azure equivalent; Azure DNS Private Resolver and DNS security policy cover
# parts for clients that reach Azure privately.

mapping "AWS::Route53GlobalResolver::GlobalResolver" {
  service = "Azure DNS Private Resolver"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-private-resolver-overview"
  note    = "Azure has no public anycast resolver for your own clients. Offices and remote users reach a DNS Private Resolver inbound endpoint (a private IP in a virtual network) over VPN or ExpressRoute; it serves private DNS zones linked to that network and forwards the rest. DNS over HTTPS or TLS and multi-region anycast are not offered: deploy a resolver per region and list several servers on clients."
}

mapping "AWS::Route53GlobalResolver::DnsView" {
  service = "Azure DNS Private Resolver"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note    = "Per-client-group views have no counterpart; different answers for different groups need separate resolvers in separate virtual networks, each linked to its own private zones and forwarding rulesets."
}

mapping "AWS::Route53GlobalResolver::AccessSource" {
  service = "Azure DNS Private Resolver"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-private-resolver-overview"
  note    = "Inbound endpoints are private, so access is governed by network reachability: which networks are routed to the endpoint's subnet and the network security group rules on it, instead of allowed source CIDRs."
}

mapping "AWS::Route53GlobalResolver::AccessToken" {
  service = "Azure DNS Private Resolver"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-private-resolver-overview"
  note    = "There is no token-authenticated DNS over HTTPS or TLS; clients are admitted by network path only."
}

mapping "AWS::Route53GlobalResolver::HostedZoneAssociation" {
  service = "Azure Private DNS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/private-dns-virtual-network-links"
  note    = "Publishing a private zone to remote clients becomes linking the private DNS zone (azurerm_private_dns_zone_virtual_network_link) to the virtual network of the resolver's inbound endpoint that those clients query."
}

mapping "AWS::Route53GlobalResolver::FirewallRule" {
  service = "Azure DNS security policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "DNS security policies (ARM only; no azurerm resource) filter queries from the virtual networks linked to them, not from internet clients of a public resolver. Filter remote users' DNS with a client-side or third-party protective DNS service."
}

mapping "AWS::Route53GlobalResolver::FirewallDomainList" {
  service = "Azure DNS security policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
  note    = "Domain lists exist as DNS resolver domain lists (Microsoft.Network/dnsResolverDomainLists) for DNS security policies, which apply only to queries from linked virtual networks."
}
