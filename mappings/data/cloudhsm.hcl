# AWS CloudHSM → Azure Cloud HSM (single-tenant HSM cluster with PKCS#11, JCE and OpenSSL), or Azure
# Key Vault Managed HSM when the keys are only used through key-management APIs.

mapping "aws_cloudhsm_v2_cluster" {
  service = "Azure Cloud HSM"
  status  = "partial"
  arm     = ["Microsoft.HardwareSecurityModules/cloudHsmClusters"]
  link    = "https://learn.microsoft.com/azure/cloud-hsm/overview"
  note    = "A CloudHSM cluster becomes an Azure Cloud HSM cluster, a single-tenant HSM service that applications reach over a private endpoint with the same kind of client SDKs (PKCS#11, JCE, OpenSSL). azurerm has no resource for it: deploy it with the azapi provider, Bicep or the Azure CLI. Where the HSM only protects keys for Azure services (customer-managed keys) or REST key operations, Key Vault Managed HSM (azurerm_key_vault_managed_hardware_security_module) is the simpler managed option. Non-exportable keys cannot be moved out of CloudHSM: plan to generate new keys and re-encrypt or re-sign."
  differs = "Microsoft's comparison names Key Vault and Key Vault Managed HSM. A CloudHSM cluster is a single-tenant HSM the customer administers through PKCS#11, JCE or OpenSSL clients, which Azure Cloud HSM matches more closely; Managed HSM remains the simpler choice for keys used only by Azure services."
}

mapping "aws_cloudhsm_v2_hsm" {
  service = "Azure Cloud HSM"
  status  = "implicit"
  arm     = ["Microsoft.HardwareSecurityModules/cloudHsmClusters"]
  link    = "https://learn.microsoft.com/azure/cloud-hsm/overview"
  note    = "HSMs are not added one by one: the service provisions and replicates the HSMs of a Cloud HSM cluster itself, so the cluster resource is all you declare."
}

data "aws_cloudhsm_v2_cluster" {
  service = "Azure Cloud HSM"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cloud-hsm/overview"
  note    = "azurerm has no Cloud HSM data source: read the cluster with the azapi provider (azapi_resource data source) or az cloudhsm show. For Managed HSM use the azurerm_key_vault_managed_hardware_security_module data source."
}
