# Amazon WorkMail → Exchange Online (Microsoft 365). Exchange Online is SaaS licensed per user and
# managed in the Microsoft 365 admin center and Exchange Online PowerShell: no azurerm resources exist for it.

mapping "aws_workmail_organization" {
  service = "Exchange Online (Microsoft 365)"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/exchange-online"
  note    = "Azure has no mail-server resource: a WorkMail organization becomes an Exchange Online organization in a Microsoft 365 tenant, bought as per-user licenses and configured outside ARM (admin center, Exchange Online PowerShell or Microsoft Graph). Mailbox content is moved with an IMAP migration or a third-party migration tool."
}

mapping "aws_workmail_domain" {
  service = "Microsoft 365 custom domains"
  status  = "none"
  link    = "https://learn.microsoft.com/microsoft-365/admin/setup/add-domain"
  note    = "Add and verify the domain in the Microsoft 365 tenant, then point its MX, SPF, DKIM and Autodiscover records at Exchange Online; DNS records hosted in Azure DNS can be managed with azurerm_dns_* resources, but the domain registration in the tenant is not an azurerm resource."
}

mapping "aws_workmail_default_domain" {
  service = "Microsoft 365 custom domains"
  status  = "none"
  link    = "https://learn.microsoft.com/microsoft-365/admin/setup/add-domain"
  note    = "The default domain is set on the tenant in the Microsoft 365 admin center; new users' addresses follow it."
}

mapping "aws_workmail_user" {
  service = "Microsoft Entra ID users with Exchange Online licenses"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/exchange-online"
  note    = "A mail user becomes a Microsoft Entra user (azuread provider, not azurerm) assigned an Exchange Online license, which creates the mailbox; aliases and mailbox settings are set in Exchange Online."
}

mapping "aws_workmail_group" {
  service = "Microsoft 365 groups or distribution lists"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/exchange-online"
  note    = "A WorkMail group becomes an Exchange Online distribution list or a Microsoft 365 group with a shared mailbox; Microsoft 365 groups can be created as Entra groups with the azuread provider, distribution lists only in Exchange Online."
}
