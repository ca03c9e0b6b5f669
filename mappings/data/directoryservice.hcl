# AWS Directory Service → Microsoft Entra Domain Services (or domain controllers on VMs).

mapping "aws_directory_service_directory" {
  cloudformation = ["AWS::DirectoryService::MicrosoftAD", "AWS::DirectoryService::SimpleAD"]
  service        = "Microsoft Entra Domain Services"
  status         = "partial"
  azurerm        = ["azurerm_active_directory_domain_service"]
  arm            = ["Microsoft.AAD/domainServices"]
  link           = "https://learn.microsoft.com/entra/identity/domain-services/overview"
  note           = "A managed domain (LDAP, Kerberos, NTLM, Group Policy) in a dedicated subnet, synchronised from the Entra ID tenant; only one managed domain per tenant (replica sets extend it to other regions)."

  target "ad-connector" {
    when    = try(lower(self.type), "") == "adconnector"
    service = "Microsoft Entra Connect"
    status  = "none"
    link    = "https://learn.microsoft.com/entra/identity/hybrid/connect/whatis-azure-ad-connect"
    note    = "AD Connector proxies to on-premises AD; on Azure, synchronise on-premises AD to Entra ID with Entra Connect or Cloud Sync, and reach the domain controllers over VPN or ExpressRoute (or run domain controllers on Azure VMs)."
  }

  caveat "domain-admin" {
    when     = try(lower(self.type), "") != "adconnector"
    severity = "warning"
    message  = "Entra Domain Services grants no Domain Admin or Enterprise Admin rights and no schema extensions; trusts are forest trusts only (outbound, inbound or two-way). If the workload needs full control of AD, run domain controllers on Azure VMs."
    link     = "https://learn.microsoft.com/entra/identity/domain-services/compare-identity-solutions"
  }

  caveat "identity-source" {
    when     = try(lower(self.type), "") != "adconnector"
    severity = "warning"
    message  = "Users, groups and passwords come from Microsoft Entra ID by one-way synchronisation: recreate the directory's accounts in Entra ID (or sync them from on-premises AD with password hash synchronisation); cloud users must change their password once before the managed domain can authenticate them, and accounts created in the managed domain itself are never synced back."
    link     = "https://learn.microsoft.com/entra/identity/domain-services/synchronization"
  }
}

mapping "aws_directory_service_conditional_forwarder" {
  service = "Microsoft Entra Domain Services"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/domain-services/manage-dns"
  note    = "Conditional forwarders are configured with DNS Server tools on the managed domain from a domain-joined VM, or with DNS Private Resolver forwarding rules for the virtual network."
}

mapping "aws_directory_service_trust" {
  service = "Microsoft Entra Domain Services"
  status  = "partial"
  azurerm = ["azurerm_active_directory_domain_service_trust"]
  arm     = ["Microsoft.AAD/domainServices"]
  link    = "https://learn.microsoft.com/entra/identity/domain-services/concepts-forest-trust"
  note    = "A trust with an on-premises forest becomes a forest trust on the managed domain (trusted_domain_fqdn, trusted_domain_dns_ips and the trust password); the network path to the on-premises domain controllers is VPN or ExpressRoute to the managed domain's virtual network."

  caveat "external-trust" {
    when     = try(lower(self.trust_type), "") == "external"
    severity = "warning"
    message  = "Entra Domain Services creates forest trusts only: an external (domain-level) trust has to become a forest trust with the other forest, or stay on domain controllers you run on Azure VMs."
    link     = "https://learn.microsoft.com/entra/identity/domain-services/concepts-forest-trust"
  }

  caveat "conditional-forwarder" {
    when     = can(self.conditional_forwarder_ip_addrs)
    severity = "info"
    message  = "DNS for the trusted forest is set on the trust itself (trusted_domain_dns_ips); the on-premises side still needs a conditional forwarder to the managed domain's DNS addresses."
    link     = "https://learn.microsoft.com/entra/identity/domain-services/concepts-forest-trust"
  }
}

mapping "aws_directory_service_region" {
  service  = "Microsoft Entra Domain Services"
  status   = "direct"
  azurerm  = ["azurerm_active_directory_domain_service_replica_set"]
  arm      = ["Microsoft.AAD/domainServices"]
  requires = ["azurerm_active_directory_domain_service"]
  link     = "https://learn.microsoft.com/entra/identity/domain-services/concepts-replica-sets"
  note     = "An additional region becomes a replica set of the managed domain in another Azure region, in its own subnet; its virtual network must be peered with the other replica sets' networks. Replica sets need the Enterprise or Premium SKU."
}

mapping "aws_directory_service_log_subscription" {
  service = "Azure Monitor diagnostic settings"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/entra/identity/domain-services/security-audit-events"
  note    = "Forwarding security logs to a CloudWatch log group becomes a diagnostic setting on the managed domain that sends security audit event categories to a Log Analytics workspace, a storage account or an Event Hub."
}

mapping "aws_directory_service_radius_settings" {
  service = "Microsoft Entra multifactor authentication"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity/authentication/howto-mfa-nps-extension"
  note    = "The managed domain has no RADIUS MFA setting: applications that need RADIUS (VPN gateways, remote access) use a Network Policy Server with the Entra MFA NPS extension, or move to Entra ID sign-in with Conditional Access."
}

mapping "aws_directory_service_shared_directory" {
  service = "Microsoft Entra Domain Services"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/domain-services/network-considerations"
  note    = "A managed domain serves the whole Entra tenant, so there is nothing to share: workloads in other subscriptions of the tenant join it by peering their virtual networks with the domain's network and using its DNS servers. A different tenant can't use it."
}

mapping "aws_directory_service_shared_directory_accepter" {
  service = "Microsoft Entra Domain Services"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/domain-services/network-considerations"
  note    = "There is no share to accept: peer the consumer's virtual network with the managed domain's network and point its DNS at the domain controllers."
}

data "aws_directory_service_directory" {
  service = "Microsoft Entra Domain Services"
  status  = "direct"
  azurerm = ["azurerm_active_directory_domain_service"]
  link    = "https://learn.microsoft.com/entra/identity/domain-services/overview"
  note    = "Looks up the managed domain by name and resource group; it returns the domain controller IP addresses (for DNS settings), the SKU and the replica sets."
}
