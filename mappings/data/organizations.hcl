# AWS Organizations → Microsoft Entra tenant, management groups, subscriptions and Azure Policy.

mapping "aws_organizations_organization" {
  cloudformation = ["AWS::Organizations::Organization"]
  service        = "Azure management groups"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note           = "The organization is the Microsoft Entra tenant: every tenant has a root management group (Tenant Root Group) that all management groups and subscriptions sit under, so nothing is created. There is no management account; administration is centralised in the tenant through RBAC at the root or a management group. Enabled policy types have no counterpart: Azure Policy and RBAC are always available at every scope."
}

mapping "aws_organizations_organizational_unit" {
  cloudformation = ["AWS::Organizations::OrganizationalUnit"]
  service        = "Azure management groups"
  status         = "direct"
  azurerm        = ["azurerm_management_group"]
  arm            = ["Microsoft.Management/managementGroups"]
  link           = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note           = "An OU becomes a management group (parent_management_group_id for the parent OU); up to 6 levels below the root and 10,000 groups per tenant. Policy and role assignments at the group are inherited by child groups and subscriptions."

  caveat "tags" {
    when     = try(length(self.tags), length(self.Tags), 0) > 0
    severity = "warning"
    message  = "Management groups can't be tagged: keep the metadata in the group's name or display name, or in the tags of the subscriptions below it."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  }
}

mapping "aws_organizations_account" {
  cloudformation = ["AWS::Organizations::Account"]
  service        = "Azure subscriptions"
  status         = "partial"
  azurerm        = ["azurerm_subscription", "azurerm_management_group_subscription_association"]
  arm            = ["Microsoft.Subscription/aliases", "Microsoft.Management/managementGroups/subscriptions"]
  link           = "https://learn.microsoft.com/azure/cost-management-billing/manage/programmatically-create-subscription"
  note           = "A member account becomes a subscription: billing, quota and access boundary. Creating one needs access to a billing scope (an EA enrollment account or MCA invoice section) set as billing_scope_id; the parent OU becomes a management group association. There is no account e-mail or root user: access is Entra ID identities with RBAC."

  caveat "access-role" {
    when     = can(self.role_name) || can(self.RoleName)
    severity = "info"
    message  = "The cross-account access role has no counterpart: administrators get access through role assignments inherited from a management group (or Azure Lighthouse across tenants)."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  }
}

mapping "aws_organizations_policy" {
  cloudformation = ["AWS::Organizations::Policy"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_policy_definition"]
  arm            = ["Microsoft.Authorization/policyDefinitions"]
  link           = "https://learn.microsoft.com/azure/governance/policy/overview"
  note           = "An organization policy becomes a custom policy definition (saved at a management group so all subscriptions below can use it) and is enforced by assigning it. The policy language differs completely, so each statement must be rewritten."

  target "service-control-policy" {
    when    = try(upper(self.type), upper(self.Type), "SERVICE_CONTROL_POLICY") == "SERVICE_CONTROL_POLICY"
    service = "Azure Policy"
    status  = "partial"
    azurerm = ["azurerm_policy_definition"]
    arm     = ["Microsoft.Authorization/policyDefinitions"]
    link    = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deny"
    note    = "An SCP becomes deny policies at the management group: region limits become the built-in Allowed locations, service limits become Not allowed resource types, and guardrails on settings become deny rules on resource properties. What a principal may do at all is decided by RBAC."
  }

  target "tag-policy" {
    when    = try(upper(self.type), upper(self.Type), "") == "TAG_POLICY"
    service = "Azure Policy"
    status  = "partial"
    azurerm = ["azurerm_policy_definition"]
    arm     = ["Microsoft.Authorization/policyDefinitions"]
    link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-policies"
    note    = "A tag policy becomes tag policies: built-ins that require a tag or allowed values (deny) or add and inherit tags (modify, with remediation for existing resources). Azure tag names are case-insensitive, so case rules on keys don't carry over."
  }

  target "backup-policy" {
    when    = try(upper(self.type), upper(self.Type), "") == "BACKUP_POLICY"
    service = "Azure Backup with Azure Policy"
    status  = "partial"
    azurerm = ["azurerm_policy_definition"]
    arm     = ["Microsoft.Authorization/policyDefinitions"]
    link    = "https://learn.microsoft.com/azure/backup/backup-azure-auto-enable-backup"
    note    = "A backup policy becomes built-in DeployIfNotExists policies that enrol tagged or all VMs of a scope into a Recovery Services vault's backup policy; the vault and schedule are resources of each subscription or region."
  }

  caveat "scp-semantics" {
    when     = try(upper(self.type), upper(self.Type), "SERVICE_CONTROL_POLICY") == "SERVICE_CONTROL_POLICY"
    severity = "warning"
    message  = "Azure Policy checks resource requests (create and update, and delete through denyAction), not API actions: action-based denies such as blocking IAM or read calls must be enforced with RBAC instead. Unlike an SCP, which never restricts the management account, a policy applies to every caller at its scope: carve out exceptions with exemptions or not_scopes."
    link     = "https://learn.microsoft.com/azure/governance/policy/concepts/effect-deny-action"
  }
}

mapping "aws_organizations_policy_attachment" {
  service = "Azure Policy"
  status  = "direct"
  azurerm = ["azurerm_management_group_policy_assignment", "azurerm_subscription_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure"
  note    = "Attaching a policy to an OU or account becomes an assignment at that management group or subscription; it is inherited below, and not_scopes or exemptions carve out exceptions. Attaching to the root becomes an assignment at the Tenant Root Group."
}

mapping "aws_organizations_delegated_administrator" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "Delegating a service's administration becomes a role assignment for the team's group at the management group: the service's built-in admin role (for example Security Admin for Defender for Cloud)."
}

mapping "aws_organizations_aws_service_access" {
  service = "Azure resource providers"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-providers-and-types"
  note    = "There is no trusted-access switch: a service works across subscriptions through role assignments at a management group, and its resource provider is registered per subscription (automatically on first use, or with azurerm_resource_provider_registration)."
}

mapping "aws_organizations_resource_policy" {
  cloudformation = ["AWS::Organizations::ResourcePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note           = "Letting member accounts read organization data becomes role assignments (Management Group Reader or Reader) at the root or a management group."
}

mapping "aws_organizations_tag" {
  service = "Azure subscriptions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "Management groups can't be tagged; for an OU or the root, keep the metadata in names or in the subscriptions' tags."

  target "subscription" {
    when    = can(regex("^[0-9]{12}$", self.resource_id))
    service = "Azure subscriptions"
    status  = "implicit"
    azurerm = ["azurerm_subscription"]
    arm     = ["Microsoft.Subscription/aliases"]
    link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
    note    = "A tag on an account becomes a tag on the subscription (the tags argument of azurerm_subscription). Subscription tags are not inherited by resources; use Azure Policy to copy them."
  }
}

data "aws_organizations_organization" {
  service = "Azure management groups"
  status  = "partial"
  azurerm = ["azurerm_management_group", "azurerm_client_config"]
  link    = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note    = "The root management group is named after the tenant ID (from azurerm_client_config): read it with azurerm_management_group to get all_subscription_ids and all_management_group_ids."
}

data "aws_organizations_account" {
  service = "Azure subscriptions"
  status  = "direct"
  azurerm = ["azurerm_subscription"]
  link    = "https://learn.microsoft.com/azure/cost-management-billing/manage/programmatically-create-subscription"
  note    = "Reads a subscription's display name, state, tenant and tags by subscription ID."
}

data "aws_organizations_organizational_unit" {
  service = "Azure management groups"
  status  = "direct"
  azurerm = ["azurerm_management_group"]
  link    = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note    = "Reads a management group by name or display name."
}

data "aws_organizations_organizational_units" {
  service = "Azure management groups"
  status  = "direct"
  azurerm = ["azurerm_management_group"]
  link    = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note    = "The management_group_ids attribute of the parent group lists its child groups."
}

data "aws_organizations_organizational_unit_child_accounts" {
  service = "Azure management groups"
  status  = "direct"
  azurerm = ["azurerm_management_group"]
  link    = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note    = "The subscription_ids attribute lists the subscriptions directly under the group."
}

data "aws_organizations_organizational_unit_descendant_accounts" {
  service = "Azure management groups"
  status  = "direct"
  azurerm = ["azurerm_management_group"]
  link    = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note    = "The all_subscription_ids attribute lists the subscriptions under the group and all its descendants."
}

data "aws_organizations_organizational_unit_descendant_organizational_units" {
  service = "Azure management groups"
  status  = "direct"
  azurerm = ["azurerm_management_group"]
  link    = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note    = "The all_management_group_ids attribute lists every group below this one."
}

data "aws_organizations_entity_path" {
  service = "Azure management groups"
  status  = "partial"
  azurerm = ["azurerm_management_group"]
  link    = "https://learn.microsoft.com/azure/governance/management-groups/overview"
  note    = "No path attribute: follow parent_management_group_id up to the root to build it."
}

data "aws_organizations_delegated_administrators" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-portal"
  note    = "Delegated administration is role assignments: azurerm_role_assignments lists those at a scope such as a management group."
}

data "aws_organizations_delegated_services" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "Nothing is delegated per service; inspect the role assignments held by the principal instead."
}

data "aws_organizations_policy" {
  service = "Azure Policy"
  status  = "direct"
  azurerm = ["azurerm_policy_definition"]
  link    = "https://learn.microsoft.com/azure/governance/policy/overview"
  note    = "Reads a custom or built-in policy definition by name or display name (management_group_name for definitions saved at a management group)."
}

data "aws_organizations_policies" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/overview"
  note    = "No data source lists policy definitions; read known ones with azurerm_policy_definition or query Azure Resource Graph (policyresources)."
}

data "aws_organizations_policies_for_target" {
  service = "Azure Policy"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure"
  note    = "No data source lists the assignments at a scope; azurerm_policy_assignment reads one by name and scope, and Azure Resource Graph (policyresources) lists them all."
}

data "aws_organizations_resource_tags" {
  service = "Azure subscriptions"
  status  = "partial"
  azurerm = ["azurerm_subscription"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "Only subscriptions have tags (the tags attribute of azurerm_subscription); management groups have none."
}
