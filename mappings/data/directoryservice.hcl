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
}

mapping "aws_directory_service_conditional_forwarder" {
  service = "Microsoft Entra Domain Services"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/domain-services/manage-dns"
  note    = "Conditional forwarders are configured with DNS Server tools on the managed domain from a domain-joined VM, or with DNS Private Resolver forwarding rules for the virtual network."
}
