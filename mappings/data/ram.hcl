# AWS Resource Access Manager → no sharing construct on Azure: RBAC across subscriptions,
# Azure Lighthouse across tenants.

mapping "aws_ram_resource_share" {
  cloudformation = ["AWS::RAM::ResourceShare"]
  service        = "Azure role-based access control"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/accounts"
  note           = "Azure has no resource shares: grant access on the resource itself with role assignments to identities in other subscriptions of the same tenant, or use Azure Lighthouse for other tenants. Shared subnets are the exception: a VM's network interface must be in the virtual network's own subscription, so give each subscription its own spoke network connected to a hub instead."
}

mapping "aws_ram_resource_association" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "Instead of adding a resource to a share, assign roles on that resource (azurerm_role_assignment with the resource as scope) to the principals that should use it."

  target "subnet" {
    when    = can(regex(":subnet/", self.resource_arn))
    service = "Azure Virtual Network peering (hub and spoke)"
    status  = "partial"
    azurerm = ["azurerm_virtual_network", "azurerm_virtual_network_peering"]
    arm     = ["Microsoft.Network/virtualNetworks", "Microsoft.Network/virtualNetworks/virtualNetworkPeerings"]
    link    = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"
    note    = "A VPC subnet shared with other accounts has no Azure equivalent, because a VM's network interface must be in the virtual network's own subscription: give each consuming subscription a spoke virtual network peered to a hub (or connected to a Virtual WAN hub), or let the other team deploy into the network's subscription with a role assignment there."
  }

  target "transit-gateway" {
    when    = can(regex(":transit-gateway/", self.resource_arn))
    service = "Azure Virtual WAN"
    status  = "partial"
    azurerm = ["azurerm_virtual_hub_connection", "azurerm_role_assignment"]
    arm     = ["Microsoft.Network/virtualHubs/hubVirtualNetworkConnections", "Microsoft.Authorization/roleAssignments"]
    link    = "https://learn.microsoft.com/azure/virtual-wan/virtual-wan-about"
    note    = "Sharing a transit gateway becomes connecting other subscriptions' virtual networks to the Virtual WAN hub: the hub owner creates each hub connection and needs rights on the remote virtual network (a role assignment there), with no share to accept."
  }

  target "resolver-rule" {
    when    = can(regex(":resolver-rule/", self.resource_arn))
    service = "Azure DNS Private Resolver"
    status  = "partial"
    azurerm = ["azurerm_private_dns_resolver_virtual_network_link"]
    arm     = ["Microsoft.Network/dnsForwardingRulesets/virtualNetworkLinks"]
    link    = "https://learn.microsoft.com/azure/dns/private-resolver-endpoints-rulesets"
    note    = "A shared Resolver rule becomes a link from the forwarding ruleset to the other subscriptions' virtual networks (azurerm_private_dns_resolver_virtual_network_link); the identity creating the link needs rights on both the ruleset and the network."
  }
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

mapping "aws_ram_permission" {
  cloudformation = ["AWS::RAM::Permission"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_definition"]
  arm            = ["Microsoft.Authorization/roleDefinitions"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note           = "A customer-managed RAM permission (the actions granted on shared resources) becomes a custom role definition with those actions and data actions, assigned on the resource to the other subscriptions' principals."
}

mapping "aws_ram_resource_share_associations_exclusive" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "There is no share whose members could be pinned: manage the complete set of role assignments on each resource in Terraform (azurerm_role_assignment) so that drift shows up as a plan difference."
}

mapping "aws_ram_sharing_with_organization" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "No switch is needed: every subscription of a tenant can be granted access with role assignments, for example to a group holding the workloads' identities or at a management group scope."
}

data "aws_ram_resource_share" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "There are no shares to look up; azurerm_role_assignments lists the role assignments at a resource scope."
}
