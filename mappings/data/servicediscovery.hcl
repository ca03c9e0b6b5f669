# AWS Cloud Map → no standalone Azure service: discovery is built into AKS (CoreDNS), Container
# Apps and Service Fabric; plain DNS parts become Azure DNS / Private DNS zones.

mapping "aws_service_discovery_private_dns_namespace" {
  cloudformation = ["AWS::ServiceDiscovery::PrivateDnsNamespace"]
  service        = "Azure Private DNS"
  status         = "partial"
  azurerm        = ["azurerm_private_dns_zone", "azurerm_private_dns_zone_virtual_network_link"]
  arm            = ["Microsoft.Network/privateDnsZones", "Microsoft.Network/privateDnsZones/virtualNetworkLinks"]
  link           = "https://learn.microsoft.com/azure/dns/private-dns-overview"
  note           = "Cloud Map has no standalone Azure equivalent. The DNS side becomes a private DNS zone linked to the virtual network, but nothing registers instances in it automatically: container workloads should use the platform's discovery instead (Kubernetes service names via CoreDNS on AKS, app names inside a Container Apps environment)."
}

mapping "aws_service_discovery_public_dns_namespace" {
  cloudformation = ["AWS::ServiceDiscovery::PublicDnsNamespace"]
  service        = "Azure DNS"
  status         = "partial"
  azurerm        = ["azurerm_dns_zone"]
  arm            = ["Microsoft.Network/dnsZones"]
  link           = "https://learn.microsoft.com/azure/dns/dns-overview"
  note           = "A public namespace becomes a public DNS zone (delegate it from the parent domain); instance records must be managed by the deployment, because no service registers them."
}

mapping "aws_service_discovery_http_namespace" {
  cloudformation = ["AWS::ServiceDiscovery::HttpNamespace"]
  service        = "Platform service discovery (AKS, Azure Container Apps)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/networking"
  note           = "Azure has no API-based service registry like an HTTP namespace (DiscoverInstances). Use the hosting platform's discovery (Kubernetes services on AKS, app names and Dapr service invocation in Container Apps), or keep endpoints in Azure App Configuration when clients must look them up."
}

mapping "aws_service_discovery_service" {
  cloudformation = ["AWS::ServiceDiscovery::Service"]
  service        = "Platform service discovery (AKS, Azure Container Apps)"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/container-apps/connect-apps"
  note           = "A discoverable service becomes a name the platform already resolves: a Kubernetes Service on AKS or the app name within a Container Apps environment. Outside containers, static records in a private DNS zone (azurerm_private_dns_a_record, azurerm_private_dns_srv_record) are the fallback, maintained by the deployment."

  caveat "health-checks" {
    when     = try(length(self.health_check_config), 0) > 0 || try(length(self.health_check_custom_config), 0) > 0 || can(self.HealthCheckConfig) || can(self.HealthCheckCustomConfig)
    severity = "info"
    message  = "Azure private DNS doesn't drop unhealthy records: rely on the platform's readiness/health probes (Kubernetes readiness probes, Container Apps health probes) or a load balancer health probe in front of the instances."
    link     = "https://learn.microsoft.com/azure/container-apps/health-probes"
  }
}

mapping "aws_service_discovery_instance" {
  cloudformation = ["AWS::ServiceDiscovery::Instance"]
  service        = "Azure Private DNS"
  status         = "partial"
  azurerm        = ["azurerm_private_dns_a_record"]
  arm            = ["Microsoft.Network/privateDnsZones/A"]
  link           = "https://learn.microsoft.com/azure/dns/private-dns-overview"
  note           = "A registered instance becomes a record the deployment maintains in the private DNS zone (an A, AAAA or SRV record); on AKS or Container Apps the platform registers endpoints itself, so no record is needed. Custom instance attributes have no place in DNS: keep them in Azure App Configuration if clients read them."
}

data "aws_service_discovery_dns_namespace" {
  service = "Azure Private DNS"
  status  = "partial"
  azurerm = ["azurerm_private_dns_zone"]
  link    = "https://learn.microsoft.com/azure/dns/private-dns-overview"
  note    = "Looks up the private DNS zone that replaces the namespace by name and resource group; there is no namespace ID or service registry behind it."

  target "public" {
    when    = try(upper(self.type), "") == "DNS_PUBLIC"
    service = "Azure DNS"
    status  = "direct"
    azurerm = ["azurerm_dns_zone"]
    link    = "https://learn.microsoft.com/azure/dns/dns-overview"
    note    = "Looks up the public DNS zone by name and resource group."
  }
}

data "aws_service_discovery_http_namespace" {
  service = "Platform service discovery (AKS, Azure Container Apps)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-apps/connect-apps"
  note    = "There is no API-based service registry to look up: use the hosting platform's discovery, or read endpoints from Azure App Configuration."
}

data "aws_service_discovery_service" {
  service = "Platform service discovery (AKS, Azure Container Apps)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-apps/connect-apps"
  note    = "There is no registered service to look up: address the Kubernetes Service or Container Apps app by name, or look up its record in the private DNS zone."
}
