# AWS Resource Access Manager → no sharing construct on Azure: RBAC across subscriptions,
# Azure Lighthouse across tenants.

mapping "aws_ram_resource_share" {
  cloudformation = ["AWS::RAM::ResourceShare"]
  service        = "Azure role-based access control"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/accounts"
  note           = "Azure has no resource shares: grant access on the resource itself with role assignments to identities in other subscriptions of the same tenant (for example, subnet join rights so other subscriptions can deploy into a shared virtual network), or use Azure Lighthouse for other tenants."
}

mapping "aws_ram_resource_association" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "Instead of adding a resource to a share, assign roles on that resource (azurerm_role_assignment with the resource as scope) to the principals that should use it."
}

mapping "aws_ram_principal_association" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/lighthouse/overview"
  note    = "Principals become the subjects of role assignments: Entra users, groups or managed identities in the same tenant, or a Lighthouse delegation for another tenant's principals."
}

mapping "aws_ram_resource_share_accepter" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/lighthouse/overview"
  note    = "There is nothing to accept: role assignments take effect immediately; cross-tenant Lighthouse delegations are deployed by the customer tenant."
}
