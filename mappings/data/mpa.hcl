# AWS Multi-party approval → multi-user authorization with Resource Guard for Azure Backup vaults,
# approved through Microsoft Entra Privileged Identity Management.

mapping "AWS::MPA::ApprovalTeam" {
  service = "Azure Backup multi-user authorization (Resource Guard)"
  status  = "partial"
  azurerm = ["azurerm_data_protection_resource_guard"]
  arm     = ["Microsoft.DataProtection/resourceGuards"]
  link    = "https://learn.microsoft.com/azure/backup/multi-user-authorization-concept"
  note    = "An approval team that must approve protected operations becomes a Resource Guard linked to the backup vault: critical operations need a role on the guard, and the team approves it as eligible access in Privileged Identity Management. It protects Azure Backup vault operations only, and approval is one approver granting just-in-time access rather than an M-of-N vote."
}

mapping "AWS::MPA::IdentitySource" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/backup/multi-user-authorization-concept"
  note    = "Approvers are Microsoft Entra users and groups of the tenant that owns the Resource Guard; there is no separate identity source to register."
}
