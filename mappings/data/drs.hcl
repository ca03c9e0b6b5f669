# AWS Elastic Disaster Recovery → Azure Site Recovery (physical, VMware and other-cloud
# machines replicated to Azure).

mapping "aws_drs_replication_configuration_template" {
  service  = "Azure Site Recovery"
  status   = "partial"
  azurerm  = ["azurerm_site_recovery_vmware_replication_policy"]
  arm      = ["Microsoft.RecoveryServices/vaults/replicationPolicies"]
  requires = ["azurerm_recovery_services_vault"]
  link     = "https://learn.microsoft.com/azure/site-recovery/vmware-physical-azure-architecture-modernized"
  note     = "Default replication settings become a Site Recovery replication policy (recovery point retention and application-consistent snapshot frequency) associated with the configuration server or replication appliance. Staging subnet, replication server size, bandwidth throttling and disk type are chosen on the replication appliance and per protected machine, not in the policy."
}
