# AWS Private CA Connector for SCEP → Microsoft Cloud PKI (an Intune add-on) for Intune-managed
# devices; for other SCEP clients, the NDES role of AD CS on Azure VMs. Neither is an Azure resource.

mapping "AWS::PCAConnectorSCEP::Connector" {
  service = "Active Directory Certificate Services (NDES) on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/windows-server/identity/ad-cs/active-directory-certificate-services-overview"
  note    = "Azure has no managed SCEP endpoint for general-purpose devices: run AD CS with the Network Device Enrollment Service on Azure VMs (or a third-party CA with SCEP from Azure Marketplace) and publish it to the devices."

  target "intune" {
    when    = can(self.MobileDeviceManagement.Intune)
    service = "Microsoft Cloud PKI (Intune)"
    status  = "partial"
    link    = "https://learn.microsoft.com/intune/cloud-pki/deploy"
    note    = "For Intune-managed devices, a Cloud PKI issuing CA (rooted in Cloud PKI or in your own CA) serves SCEP certificate profiles directly, so no connector or Entra application is needed; it is configured in the Intune admin center, not in Terraform or ARM, and needs the Cloud PKI licence."
  }
}

mapping "AWS::PCAConnectorSCEP::Challenge" {
  service = "Active Directory Certificate Services (NDES) on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/windows-server/identity/ad-cs/active-directory-certificate-services-overview"
  note    = "Static SCEP challenge passwords become NDES challenge passwords on a self-run CA; Intune-managed devices need none, since Intune issues a unique signed challenge per request."
}
