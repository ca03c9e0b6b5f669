# Route 53 Domains (domain registration) → App Service domains, which azurerm cannot manage, or a third-party registrar.

mapping "aws_route53domains_registered_domain" {
  service = "App Service domains"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/app-service/manage-custom-dns-buy-domain"
  note    = "Keep the domain with Route 53 or another registrar and point its name servers at an Azure DNS zone (azurerm_dns_zone). App Service domains can be bought in the portal for a few top-level domains, but azurerm has no resource for them."
}

mapping "aws_route53domains_domain" {
  service = "App Service domains"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/app-service/manage-custom-dns-buy-domain"
  note    = "Registering a domain has no azurerm resource. Register it with a registrar (or as an App Service domain in the portal) and delegate it to an Azure DNS zone (azurerm_dns_zone) by setting the zone's name servers at the registrar."
}

mapping "aws_route53domains_delegation_signer_record" {
  service = "Azure DNS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dns/dnssec"
  note    = "The DS record lives at the registrar, not in Azure. After signing the Azure DNS zone with DNSSEC, add the zone's DS record at the domain's registrar."
}
