# AWS Certificate Manager → Key Vault certificates and service-managed certificates.

mapping "aws_acm_certificate" {
  cloudformation = ["AWS::CertificateManager::Certificate"]
  service        = "Azure Key Vault certificates"
  status         = "partial"
  azurerm        = ["azurerm_key_vault_certificate"]
  requires       = ["azurerm_key_vault"]
  link           = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note           = "Free, auto-renewed public certificates exist only as managed certificates of Front Door, App Service and Container Apps custom domains. Elsewhere (Application Gateway, API Management, VMs) store the certificate in Key Vault, issued by an integrated CA (DigiCert, GlobalSign) or imported, and reference it from the service."

  target "imported" {
    when    = can(self.private_key) || can(self.certificate_body)
    service = "Azure Key Vault certificates (imported)"
    status  = "direct"
    azurerm = ["azurerm_key_vault_certificate"]
    link    = "https://learn.microsoft.com/azure/key-vault/certificates/tutorial-import-certificate"
    note    = "An imported certificate is imported into Key Vault (azurerm_key_vault_certificate with the PFX or PEM bundle in its certificate block); services that use it read it through their managed identity, and renewal stays your job, as in ACM."
  }

  target "private-ca" {
    when    = can(self.certificate_authority_arn) || can(self.CertificateAuthorityArn)
    service = "Azure Key Vault certificates (signed by your own CA)"
    status  = "partial"
    azurerm = ["azurerm_key_vault_certificate"]
    link    = "https://learn.microsoft.com/azure/key-vault/certificates/create-certificate-signing-request"
    note    = "Key Vault has no built-in private CA: it generates the key and a certificate signing request (issuer Unknown), your own CA signs it, and you merge the signed certificate back into Key Vault; renewal repeats the same steps."
  }

  caveat "dns-validation" {
    when     = try(upper(self.validation_method), upper(self.ValidationMethod), "") == "DNS"
    severity = "info"
    message  = "Key Vault doesn't run DNS validation for you: managed certificates on Front Door validate with a TXT record you create in Azure DNS; certificates from an integrated CA follow that CA's validation process."
    link     = "https://learn.microsoft.com/azure/frontdoor/domain"
  }

  caveat "email-validation" {
    when     = try(upper(self.validation_method), upper(self.ValidationMethod), "") == "EMAIL"
    severity = "warning"
    message  = "Azure's free managed certificates (Front Door, App Service) prove domain control through DNS records, never email: make sure you can create records in the domain's zone, or buy the certificate from a CA that validates by email and import it into Key Vault."
    link     = "https://learn.microsoft.com/azure/frontdoor/domain"
  }

  caveat "wildcard" {
    when     = try(startswith(try(self.domain_name, self.DomainName), "*."), false) || try(anytrue([for n in try(self.subject_alternative_names, self.SubjectAlternativeNames) : startswith(n, "*.")]), false)
    severity = "warning"
    message  = "Wildcard names can't be covered by the free managed certificates of Front Door or App Service: issue the wildcard certificate from a CA (Key Vault's integrated DigiCert or GlobalSign, or another CA), keep it in Key Vault and reference it from the service."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-wildcard-domain"
  }

  caveat "private-key-in-config" {
    when     = can(self.private_key)
    severity = "info"
    message  = "The private key sits in the configuration and in state: import the certificate into Key Vault once, outside Terraform, and reference it by its versionless secret ID so that services pick up renewals."
    link     = "https://learn.microsoft.com/azure/key-vault/certificates/tutorial-import-certificate"
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
