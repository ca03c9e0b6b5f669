# AWS Private CA → no general-purpose managed private CA on Azure. Key Vault stores and renews
# certificates (self-signed, from its integrated public CAs, or merged after your CA signs a CSR);
# Microsoft Cloud PKI issues certificates only to Intune-managed devices.

mapping "aws_acmpca_certificate_authority" {
  cloudformation = ["AWS::ACMPCA::CertificateAuthority"]
  service        = "Self-managed CA with Azure Key Vault"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note           = "Azure has no managed private certificate authority you can deploy as a resource. Run the CA yourself (Active Directory Certificate Services on Azure VMs, or a third-party CA from Azure Marketplace) and keep issued certificates in Key Vault, which creates the key pair and CSR and merges the signed certificate. Microsoft Cloud PKI (an Intune add-on) covers only certificates for Intune-managed devices."

  caveat "short-lived-mode" {
    when     = try(upper(self.usage_mode), upper(self.UsageMode), "") == "SHORT_LIVED_CERTIFICATE"
    severity = "warning"
    message  = "Short-lived certificate mode relies on frequent automated issuance without revocation; the replacement CA must offer an issuance API (ACME or REST) that workloads or Key Vault renewal automation can call at that rate."
    link     = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  }

  caveat "revocation" {
    when     = try(length(self.revocation_configuration), 0) > 0 || can(self.RevocationConfiguration)
    severity = "info"
    message  = "CRL distribution and OCSP must be provided by the CA you run (for AD CS, publish the CRL to a web endpoint such as a storage account static website)."
    link     = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  }
}

mapping "aws_acmpca_certificate_authority_certificate" {
  cloudformation = ["AWS::ACMPCA::CertificateAuthorityActivation"]
  service        = "Self-managed CA with Azure Key Vault"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note           = "Installing the CA certificate (activation) is a step of the CA you run; there is no Azure resource for it. The CA's own key can be kept in Key Vault or Managed HSM if the CA software supports it."
}

mapping "aws_acmpca_certificate" {
  cloudformation = ["AWS::ACMPCA::Certificate"]
  service        = "Azure Key Vault certificates"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/key-vault/certificates/create-certificate-signing-request"
  note           = "An issued certificate becomes a Key Vault certificate: Key Vault generates the key and CSR, your CA signs it, and the signed certificate is merged back (or a PFX signed elsewhere is imported with azurerm_key_vault_certificate). Key Vault only renews automatically for self-signed certificates and its integrated public CAs, so renewal from a private CA must be automated."
}

mapping "aws_acmpca_permission" {
  cloudformation = ["AWS::ACMPCA::Permission"]
  service        = "Azure Key Vault certificates"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/key-vault/certificates/overview-renew-certificate"
  note           = "This permission lets ACM issue and renew private certificates from the CA; Azure has no managed service that requests certificates from a private CA on your behalf. Automate renewal against your CA instead (for example a scheduled job that creates a new Key Vault certificate version from a signed CSR)."
}

mapping "aws_acmpca_policy" {
  service = "Self-managed CA with Azure Key Vault"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note    = "Cross-account sharing of a CA has no counterpart; who may request certificates is controlled by the CA you run, and access to stored certificates by Key Vault RBAC roles."
}

data "aws_acmpca_certificate_authority" {
  service = "Self-managed CA with Azure Key Vault"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note    = "There is no managed private CA to look up; read the CA certificate from wherever your self-managed CA publishes it, or from Key Vault if you stored it there."
}

data "aws_acmpca_certificate" {
  service = "Azure Key Vault certificates"
  status  = "partial"
  azurerm = ["azurerm_key_vault_certificate"]
  link    = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note    = "Looks up an issued certificate stored in Key Vault (certificate data, thumbprint, versionless ID); the issuing CA's chain is whatever was merged or imported with it."
}
