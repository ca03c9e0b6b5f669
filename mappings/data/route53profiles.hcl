# Route 53 Profiles (shared DNS settings for many VPCs) → no profile object on Azure: link each private DNS zone, forwarding ruleset and DNS security policy to the virtual networks directly.

mapping "aws_route53profiles_profile" {
  cloudformation = ["AWS::Route53Profiles::Profile"]
  service        = "Azure Private DNS and Azure DNS Private Resolver"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note           = "Azure has no container that bundles DNS settings for many virtual networks. The profile's contents are applied by linking each piece to every virtual network: private DNS zones through virtual network links, resolver rules through a DNS forwarding ruleset link, DNS Firewall rule groups through a DNS security policy link. A hub-and-spoke design that resolves through the hub (private resolver inbound endpoint as the spokes' DNS server) reduces the number of links."
}

mapping "aws_route53profiles_association" {
  cloudformation = ["AWS::Route53Profiles::ProfileAssociation"]
  service        = "Azure Private DNS and Azure DNS Private Resolver"
  status         = "partial"
  azurerm        = ["azurerm_private_dns_zone_virtual_network_link", "azurerm_private_dns_resolver_virtual_network_link"]
  arm            = ["Microsoft.Network/privateDnsZones/virtualNetworkLinks", "Microsoft.Network/dnsForwardingRulesets/virtualNetworkLinks"]
  link           = "https://learn.microsoft.com/azure/dns/private-dns-virtual-network-links"
  note           = "Associating a profile with a VPC becomes one link per profile resource to the migrated virtual network: a virtual network link for each private DNS zone and one for the forwarding ruleset that holds the resolver rules. Links work across subscriptions, so a central team can keep owning the zones and rulesets."
}

mapping "aws_route53profiles_resource_association" {
  cloudformation = ["AWS::Route53Profiles::ProfileResourceAssociation"]
  service        = "Azure Private DNS"
  status         = "partial"
  azurerm        = ["azurerm_private_dns_zone_virtual_network_link"]
  arm            = ["Microsoft.Network/privateDnsZones/virtualNetworkLinks"]
  link           = "https://learn.microsoft.com/azure/dns/private-dns-virtual-network-links"
  note           = "Adding a resource to a profile has no counterpart: link the resource itself to every virtual network the profile served. A private hosted zone becomes a private DNS zone linked to those networks."

  target "resolver-rule" {
    when    = can(regex(":resolver-rule/", try(self.resource_arn, self.ResourceArn, "")))
    service = "Azure DNS Private Resolver"
    status  = "partial"
    azurerm = ["azurerm_private_dns_resolver_virtual_network_link"]
    arm     = ["Microsoft.Network/dnsForwardingRulesets/virtualNetworkLinks"]
    link    = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
    note    = "A resolver rule in a profile becomes a forwarding rule in a DNS forwarding ruleset, and the ruleset is linked to each virtual network the profile served."
  }

  target "firewall-rule-group" {
    when    = can(regex(":firewall-rule-group/", try(self.resource_arn, self.ResourceArn, "")))
    service = "Azure DNS security policy"
    status  = "partial"
    arm     = ["Microsoft.Network/dnsResolverPolicies/virtualNetworkLinks"]
    link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
    note    = "A DNS Firewall rule group in a profile becomes a DNS security policy linked to each virtual network the profile served; azurerm has no resource for it yet, so deploy the link with azapi_resource or Bicep."
  }
}

data "aws_route53profiles_profile" {
  service = "Azure Private DNS and Azure DNS Private Resolver"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note    = "There is no profile to look up: read the zones or rulesets themselves (azurerm_private_dns_zone, azurerm_private_dns_resolver_dns_forwarding_ruleset data sources)."
}

data "aws_route53profiles_profiles" {
  service = "Azure Private DNS and Azure DNS Private Resolver"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
  note    = "There are no profiles to list; list private DNS zones or forwarding rulesets with Azure Resource Graph if needed."
}
