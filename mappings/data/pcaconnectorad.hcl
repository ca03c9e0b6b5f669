# AWS Private CA Connector for Active Directory → no managed equivalent; run Active Directory Certificate Services.

mapping "AWS::PCAConnectorAD::Connector" {
  service = "Active Directory Certificate Services"
  status  = "none"
  link    = "https://learn.microsoft.com/windows-server/identity/ad-cs/active-directory-certificate-services-overview"
  note    = "Azure has no managed private CA that enrolls domain-joined machines: run an AD CS enterprise CA on Azure VMs joined to the domain (or Microsoft Cloud PKI for Intune-managed devices only)."
}

mapping "AWS::PCAConnectorAD::DirectoryRegistration" {
  service = "Active Directory Certificate Services"
  status  = "none"
  link    = "https://learn.microsoft.com/windows-server/identity/ad-cs/active-directory-certificate-services-overview"
  note    = "An enterprise CA installed in the domain registers itself in Active Directory; there is nothing to register in Azure."
}

mapping "AWS::PCAConnectorAD::ServicePrincipalName" {
  service = "Active Directory Certificate Services"
  status  = "none"
  link    = "https://learn.microsoft.com/windows-server/identity/ad-cs/active-directory-certificate-services-overview"
  note    = "Service principal names for enrollment are set up by AD CS itself in the domain; there is no Azure resource."
}

mapping "AWS::PCAConnectorAD::Template" {
  service = "Active Directory Certificate Services"
  status  = "none"
  link    = "https://learn.microsoft.com/windows-server/identity/ad-cs/active-directory-certificate-services-overview"
  note    = "A connector template becomes an AD CS certificate template published on the enterprise CA, with autoenrollment through Group Policy."
}

mapping "AWS::PCAConnectorAD::TemplateGroupAccessControlEntry" {
  service = "Active Directory Certificate Services"
  status  = "none"
  link    = "https://learn.microsoft.com/windows-server/identity/ad-cs/active-directory-certificate-services-overview"
  note    = "Enroll and autoenroll rights for a group become permissions on the AD CS certificate template's security tab."
}
