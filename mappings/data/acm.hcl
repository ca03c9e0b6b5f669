# AWS Certificate Manager → Key Vault certificates and service-managed certificates.

mapping "aws_acm_certificate" {
  cloudformation = ["AWS::CertificateManager::Certificate"]
  service        = "Azure Key Vault certificates"
  status         = "partial"
  azurerm        = ["azurerm_key_vault_certificate"]
  requires       = ["azurerm_key_vault"]
  link           = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note           = "Free, auto-renewed public certificates exist only as managed certificates of Front Door, App Service and Container Apps custom domains. Elsewhere (Application Gateway, API Management, VMs) store the certificate in Key Vault, issued by an integrated CA (DigiCert, GlobalSign) or imported, and reference it from the service."

  caveat "dns-validation" {
    when     = try(upper(self.validation_method), upper(self.ValidationMethod), "DNS") == "DNS"
    severity = "info"
    message  = "Key Vault doesn't run DNS validation for you: managed certificates on Front Door validate with a TXT record you create in Azure DNS; certificates from an integrated CA follow that CA's validation process."
    link     = "https://learn.microsoft.com/azure/frontdoor/domain"
  }
}

mapping "aws_acm_certificate_validation" {
  service = "Azure DNS"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/domain"
  note    = "Validation is part of adding the custom domain (a TXT record for Front Door managed certificates, or the CA's process for Key Vault certificates); there is no separate resource to wait on."
}

data "aws_acm_certificate" {
  service = "Azure Key Vault certificates"
  status  = "direct"
  azurerm = ["azurerm_key_vault_certificate"]
  link    = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note    = "Looks up a certificate by name in a vault; services reference its versionless secret ID."
}

mapping "AWS::CertificateManager::Account" {
  service = "Azure Key Vault certificates"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/key-vault/certificates/overview-renew-certificate"
  note    = "The account-wide expiry event window has no counterpart: each Key Vault certificate's policy sets its own lifetime action (email contacts or auto-renew a number of days before expiry), and Key Vault publishes near-expiry events to Event Grid for automation."
}
