# AWS IAM Identity Center (SSO Admin) → Microsoft Entra ID (users, groups, enterprise apps) and Azure RBAC.
# Users, groups and applications live in Entra ID and are managed with the azuread provider or Microsoft Graph, not azurerm.

mapping "AWS::SSO::Instance" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/fundamentals/whatis"
  note    = "The Identity Center instance is the Entra tenant that every subscription already trusts: workforce sign-in, users and groups, and single sign-on to applications come with it, so nothing is created."
}

mapping "aws_ssoadmin_region" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/fundamentals/whatis"
  note    = "Entra ID is a global service: there is no home region and no replica region to add."
}

mapping "aws_ssoadmin_permission_set" {
  cloudformation = ["AWS::SSO::PermissionSet"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_definition"]
  arm            = ["Microsoft.Authorization/roleDefinitions"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note           = "A permission set becomes the role or roles its users get in each subscription: built-in roles where they fit, otherwise a custom role definition created once at a management group (assignable_scopes) rather than provisioned into every account. Azure has no bundle object, so each assignment of the set becomes one role assignment per role."
  differs        = "Microsoft's comparison pairs IAM Identity Center with Microsoft Entra ID for sign-in. A permission set defines what a user may do in an account, which on Azure is an RBAC role definition."

  caveat "session-duration" {
    when     = can(self.session_duration) || can(self.SessionDuration)
    severity = "info"
    message  = "Session length is not set per role: sign-in frequency is a Conditional Access session control, and time-limited elevated access uses PIM eligible assignments with a maximum activation duration (azurerm_pim_eligible_role_assignment, azurerm_role_management_policy)."
    link     = "https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-resource-roles-configure-role-settings"
  }

  caveat "permissions-boundary" {
    when     = can(self.PermissionsBoundary)
    severity = "warning"
    message  = "Azure RBAC has no permissions boundaries: limit access with the roles and scopes you assign, and enforce guardrails with Azure Policy."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  }

  caveat "deny-statements" {
    when     = can(regex("Effect[^A-Za-z]+Deny", jsonencode(self.InlinePolicy)))
    severity = "warning"
    message  = "Custom roles can't deny: NotActions only trims the role's own grant. Enforce denials with Azure Policy, or with deny assignments created by deployment stacks."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/deny-assignments"
  }
}

mapping "aws_ssoadmin_account_assignment" {
  cloudformation = ["AWS::SSO::Assignment"]
  service        = "Azure role-based access control"
  status         = "direct"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note           = "Assigning a permission set to a user or group in an account becomes a role assignment: the set's role × the Entra ID user or group object ID × the subscription scope (or a management group to cover many accounts at once). The principal comes from Entra ID (azuread provider or directory sync)."
  differs        = "Microsoft's comparison pairs IAM Identity Center with Microsoft Entra ID for sign-in. An account assignment grants a permission set in an account, which on Azure is an RBAC role assignment."
}

mapping "aws_ssoadmin_managed_policy_attachment" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/built-in-roles"
  note    = "An AWS-managed policy in a permission set becomes the closest built-in role (ReadOnlyAccess → Reader, PowerUserAccess → Contributor, AdministratorAccess → Owner), which every assignment of the set must also grant."
}

mapping "aws_ssoadmin_managed_policy_attachments_exclusive" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/built-in-roles"
  note    = "The exclusive list of AWS-managed policies becomes the built-in roles granted with each assignment of the set; role assignments are additive, so remove stray assignments separately."
}

mapping "aws_ssoadmin_customer_managed_policy_attachment" {
  service = "Azure role-based access control"
  status  = "implicit"
  azurerm = ["azurerm_role_definition"]
  arm     = ["Microsoft.Authorization/roleDefinitions"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note    = "A reference to a policy that must exist in each account becomes part of a custom role defined once at a management group: its actions join the role's permissions block (or become a second custom role)."
}

mapping "aws_ssoadmin_customer_managed_policy_attachments_exclusive" {
  service = "Azure role-based access control"
  status  = "implicit"
  azurerm = ["azurerm_role_definition"]
  arm     = ["Microsoft.Authorization/roleDefinitions"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note    = "The exclusive set of customer-managed policies becomes the permissions of the permission set's custom role definition."
}

mapping "aws_ssoadmin_permission_set_inline_policy" {
  service = "Azure role-based access control"
  status  = "implicit"
  azurerm = ["azurerm_role_definition"]
  arm     = ["Microsoft.Authorization/roleDefinitions"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note    = "The inline policy becomes the permissions block (actions, data_actions) of the permission set's custom role; map IAM actions to resource-provider operations by hand."

  caveat "deny-statements" {
    when     = can(regex("\"Effect\"\\s*:\\s*\"Deny\"", self.inline_policy))
    severity = "warning"
    message  = "Custom roles can't deny: NotActions only trims the role's own grant. Enforce denials with Azure Policy, or with deny assignments created by deployment stacks."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/deny-assignments"
  }
}

mapping "aws_ssoadmin_permissions_boundary_attachment" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  note    = "Azure RBAC has no permissions boundaries: keep the custom role narrow and assign it at the narrowest scope, and use Azure Policy for guardrails."
}

mapping "aws_ssoadmin_instance_access_control_attributes" {
  cloudformation = ["AWS::SSO::InstanceAccessControlAttributeConfiguration"]
  service        = "Azure attribute-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/conditions-overview"
  note           = "Attributes passed for ABAC become Entra ID custom security attributes on users, tested in role-assignment conditions (the condition argument). Conditions only cover some data actions, such as Blob and Queue storage, so most session-tag rules need narrower scopes instead."
}

mapping "aws_ssoadmin_application" {
  cloudformation = ["AWS::SSO::Application"]
  service        = "Microsoft Entra enterprise applications"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity/enterprise-apps/what-is-application-management"
  note           = "An application for single sign-on becomes an enterprise application (an app registration and its service principal, from the gallery template when one exists) with SAML or OpenID Connect sign-in, managed with the azuread provider (azuread_application, azuread_service_principal)."
}

mapping "aws_ssoadmin_application_assignment" {
  cloudformation = ["AWS::SSO::ApplicationAssignment"]
  service        = "Microsoft Entra enterprise applications"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity/enterprise-apps/assign-user-or-group-access-portal"
  note           = "Assigning a user or group to the application becomes an app role assignment on its service principal (azuread_app_role_assignment); assigning groups needs Entra ID P1 or P2."
}

mapping "aws_ssoadmin_application_assignment_configuration" {
  service = "Microsoft Entra enterprise applications"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/enterprise-apps/application-properties"
  note    = "Whether assignment is required is the application's Assignment required property (app_role_assignment_required on azuread_service_principal)."
}

data "aws_ssoadmin_instances" {
  service = "Microsoft Entra ID"
  status  = "partial"
  azurerm = ["azurerm_client_config"]
  link    = "https://learn.microsoft.com/entra/fundamentals/whatis"
  note    = "The instance is the tenant: azurerm_client_config returns its tenant_id. There is no identity store ID."
}

data "aws_ssoadmin_permission_set" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_definition"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-definitions"
  note    = "Reads the built-in or custom role that stands for the permission set, by name or ID."
}

data "aws_ssoadmin_permission_sets" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-definitions"
  note    = "No azurerm data source lists role definitions; read each with azurerm_role_definition or list them with the Azure CLI or Resource Graph."
}

data "aws_ssoadmin_application" {
  service = "Microsoft Entra enterprise applications"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/enterprise-apps/what-is-application-management"
  note    = "Read the application with the azuread provider (azuread_application or azuread_service_principal data sources); azurerm has none."
}

data "aws_ssoadmin_application_providers" {
  service = "Microsoft Entra enterprise applications"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/enterprise-apps/what-is-application-management"
  note    = "Application providers correspond to Entra gallery application templates, read with the azuread provider (azuread_application_template); azurerm has none."
}

data "aws_ssoadmin_application_assignments" {
  service = "Microsoft Entra enterprise applications"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/enterprise-apps/assign-user-or-group-access-portal"
  note    = "Assignments are app role assignments on the service principal, read through Microsoft Graph (appRoleAssignedTo); azurerm has no data source for them."
}

data "aws_ssoadmin_principal_application_assignments" {
  service = "Microsoft Entra enterprise applications"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/enterprise-apps/assign-user-or-group-access-portal"
  note    = "A user's or group's application assignments are its app role assignments, read through Microsoft Graph (appRoleAssignments); azurerm has no data source for them."
}

mapping "aws_ssoadmin_application_access_scope" {
  service = "Microsoft Entra delegated permissions"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity-platform/permissions-consent-overview"
  note    = "Scopes the application may use on behalf of signed-in users become delegated API permissions on its app registration (required_resource_access of azuread_application), granted by admin consent (azuread_service_principal_delegated_permission_grant). The AWS scopes (such as Redshift or S3 access) must be replaced by the permissions of the Azure APIs the application calls."
}

mapping "aws_ssoadmin_trusted_token_issuer" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity-platform/v2-oauth2-on-behalf-of-flow"
  note    = "A trusted token issuer lets applications exchange an external identity provider's tokens for Identity Center tokens (trusted identity propagation). Entra ID does not accept other issuers' user tokens for exchange: federate the external provider with Entra ID so users sign in through it, then pass the user's identity to downstream APIs with the on-behalf-of flow."
}
