# AWS IAM → Microsoft Entra ID, managed identities and Azure RBAC.

mapping "aws_iam_role" {
  cloudformation = ["AWS::IAM::Role"]
  service        = "Managed identities for Azure resources"
  status         = "partial"
  azurerm        = ["azurerm_user_assigned_identity"]
  arm            = ["Microsoft.ManagedIdentity/userAssignedIdentities"]
  link           = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note           = "A role assumed by a workload becomes a user-assigned managed identity (or the resource's system-assigned identity) attached to the compute that uses it; its permissions become role assignments of built-in or custom roles at the narrowest scope. There is no trust policy: attaching the identity is the trust."

  target "saml-federation" {
    when    = source == "cloudformation" ? (can(regex("AssumeRoleWithSAML", self.AssumeRolePolicyDocument)) || try(self.AssumeRolePolicyDocument.Statement.Action == "sts:AssumeRoleWithSAML", false) || try(contains(self.AssumeRolePolicyDocument.Statement.Action, "sts:AssumeRoleWithSAML"), false) || try(anytrue([for s in self.AssumeRolePolicyDocument.Statement : try(s.Action == "sts:AssumeRoleWithSAML", false) || try(contains(s.Action, "sts:AssumeRoleWithSAML"), false)]), false)) : can(regex("AssumeRoleWithSAML", self.assume_role_policy))
    service = "Microsoft Entra ID groups and Azure RBAC"
    status  = "partial"
    azurerm = ["azurerm_role_assignment", "azurerm_pim_eligible_role_assignment"]
    arm     = ["Microsoft.Authorization/roleAssignments"]
    link    = "https://learn.microsoft.com/entra/id-governance/privileged-identity-management/pim-configure"
    note    = "A role that people assume through SAML single sign-on is not a workload identity: people sign in to Azure with their own Entra ID accounts, so the role becomes an Entra ID security group (azuread provider) that holds the role assignments, preferably as eligible assignments activated on demand through Privileged Identity Management."
  }

  caveat "trust-policy" {
    severity = "info"
    message  = "The trust policy has no counterpart: service principals (ec2, lambda, ecs-tasks) become the identity block of the Azure resource, cross-account principals become role assignments in the other subscription or tenant (Azure Lighthouse), and OIDC federation becomes a federated identity credential."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/security-identity"
  }

  caveat "web-identity-federation" {
    when     = source == "cloudformation" ? (can(regex("AssumeRoleWithWebIdentity", self.AssumeRolePolicyDocument)) || try(self.AssumeRolePolicyDocument.Statement.Action == "sts:AssumeRoleWithWebIdentity", false) || try(contains(self.AssumeRolePolicyDocument.Statement.Action, "sts:AssumeRoleWithWebIdentity"), false) || try(anytrue([for s in self.AssumeRolePolicyDocument.Statement : try(s.Action == "sts:AssumeRoleWithWebIdentity", false) || try(contains(s.Action, "sts:AssumeRoleWithWebIdentity"), false)]), false)) : can(regex("AssumeRoleWithWebIdentity", self.assume_role_policy))
    severity = "info"
    message  = "Web-identity federation (GitHub Actions, EKS service accounts, other OIDC issuers) becomes a federated identity credential on the managed identity (azurerm_federated_identity_credential); one identity takes at most 20 of them."
    link     = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation"
  }

  caveat "permissions-boundary" {
    when     = can(self.permissions_boundary) || can(self.PermissionsBoundary)
    severity = "warning"
    message  = "Azure RBAC has no permissions boundaries: limit what the identity can do with the roles and scopes you assign, role-assignment conditions that restrict delegation, and Azure Policy."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/delegate-role-assignments-overview"
  }

  caveat "inline-policy-gaps" {
    when     = source == "cloudformation" ? try(anytrue([for p in self.Policies : can(regex("\"Effect\"\\s*:\\s*\"Deny\"|\"Condition\"\\s*:|\"NotResource\"\\s*:", p.PolicyDocument)) || try((try(lower(p.PolicyDocument.Statement.Effect) == "deny", false) || can(p.PolicyDocument.Statement.Condition) || can(p.PolicyDocument.Statement.NotResource)), false) || try(anytrue([for s in p.PolicyDocument.Statement : (try(lower(s.Effect) == "deny", false) || can(s.Condition) || can(s.NotResource))]), false)]), false) : try(anytrue([for p in self.inline_policy : can(regex("\"Effect\"\\s*:\\s*\"Deny\"|\"Condition\"\\s*:|\"NotResource\"\\s*:", p.policy))]), false)
    severity = "warning"
    message  = "An inline policy of this role uses Deny, Condition or NotResource, which role assignments can't express: custom roles only grant, conditions exist only for Blob and Queue storage data actions, and assignments can't exclude resources. Enforce those limits with Azure Policy, narrower scopes or network rules."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/conditions-overview"
  }

  caveat "aws-principal-trust" {
    when     = source == "cloudformation" ? (can(regex("\"AWS\"\\s*:", self.AssumeRolePolicyDocument)) || can(self.AssumeRolePolicyDocument.Statement.Principal.AWS) || try(anytrue([for s in self.AssumeRolePolicyDocument.Statement : can(s.Principal.AWS)]), false)) : can(regex("\"AWS\"\\s*:", self.assume_role_policy))
    severity = "warning"
    message  = "The trust policy lets IAM principals assume this role (users or roles, maybe of another account): on Azure, people get role assignments through their Entra ID accounts or groups, each workload gets its own managed identity, and another organisation's tenant reaches your subscriptions through Azure Lighthouse or B2B guest accounts."
    link     = "https://learn.microsoft.com/azure/lighthouse/overview"
  }
}

mapping "aws_iam_policy" {
  cloudformation = ["AWS::IAM::ManagedPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_definition"]
  arm            = ["Microsoft.Authorization/roleDefinitions"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note           = "A customer-managed policy becomes a custom role definition when no built-in role fits. IAM actions must be mapped by hand to resource-provider operations (Actions/DataActions), and resource ARNs become the assignable scopes and the scope of each assignment."
  shared_caveats = ["deny-statements", "conditions", "wildcard-action", "wildcard-resource", "not-resource"]
}

mapping "aws_iam_role_policy" {
  cloudformation = ["AWS::IAM::RolePolicy", "AWS::IAM::Policy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_definition", "azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleDefinitions", "Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  note           = "An inline policy becomes role assignments for the identity: built-in roles where they fit, a custom role definition otherwise. Map each action to resource-provider operations and each resource ARN to an assignment scope."
  shared_caveats = ["deny-statements", "conditions", "wildcard-action", "wildcard-resource", "not-resource"]
}

mapping "aws_iam_role_policy_attachment" {
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note           = "Attaching a policy to a role becomes a role assignment: role definition × principal (the managed identity's principal_id) × scope."
  shared_caveats = ["administrator-access"]

  caveat "aws-managed-policy" {
    when     = can(regex(":aws:policy/", self.policy_arn))
    severity = "info"
    message  = "An AWS-managed policy maps to the closest built-in Azure role (ReadOnlyAccess → Reader, PowerUserAccess → Contributor, AdministratorAccess → Owner, service-specific policies → that service's built-in roles), assigned at the narrowest scope that works."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/built-in-roles"
  }
}

mapping "aws_iam_policy_attachment" {
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note           = "One role assignment per user, group or role listed. aws_iam_policy_attachment is exclusive (it removes other attachments of the policy); role assignments are additive, so remove stray assignments separately."
  shared_caveats = ["administrator-access"]

  caveat "aws-managed-policy" {
    when     = can(regex(":aws:policy/", self.policy_arn))
    severity = "info"
    message  = "An AWS-managed policy maps to the closest built-in Azure role (ReadOnlyAccess → Reader, PowerUserAccess → Contributor, AdministratorAccess → Owner, service-specific policies → that service's built-in roles)."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/built-in-roles"
  }
}

mapping "aws_iam_user_policy_attachment" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "A role assignment to the Entra ID user (or better, to a group the user belongs to)."
}

mapping "aws_iam_group_policy_attachment" {
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note           = "A role assignment to the Entra ID group."
  shared_caveats = ["administrator-access"]

  caveat "aws-managed-policy" {
    when     = can(regex(":aws:policy/", self.policy_arn))
    severity = "info"
    message  = "An AWS-managed policy maps to the closest built-in Azure role (ReadOnlyAccess → Reader, PowerUserAccess → Contributor, AdministratorAccess → Owner, service-specific policies → that service's built-in roles), assigned to the group at the narrowest scope that works."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/built-in-roles"
  }
}

mapping "aws_iam_instance_profile" {
  cloudformation = ["AWS::IAM::InstanceProfile"]
  service        = "Managed identities for Azure resources"
  status         = "implicit"
  azurerm        = ["azurerm_linux_virtual_machine"]
  arm            = ["Microsoft.Compute/virtualMachines"]
  link           = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note           = "There is no instance profile: list the user-assigned identity in the VM's or scale set's identity block (or enable the system-assigned identity); code on the VM gets tokens from the Instance Metadata Service."
}

mapping "aws_iam_user" {
  cloudformation = ["AWS::IAM::User"]
  service        = "Microsoft Entra ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/fundamentals/how-to-create-delete-users"
  note           = "People become Microsoft Entra ID users (managed with the azuread provider or synchronised from on-premises), usually through Entra ID SSO rather than per-account users; programmatic users should become managed identities or service principals with federated credentials."
}

mapping "aws_iam_group" {
  cloudformation = ["AWS::IAM::Group"]
  service        = "Microsoft Entra ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note           = "IAM groups become Entra ID security groups (azuread provider); assign Azure roles to the group instead of to users."
}

mapping "aws_iam_user_group_membership" {
  cloudformation = ["AWS::IAM::UserToGroupAddition"]
  service        = "Microsoft Entra ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note           = "Group membership is managed in Entra ID (azuread_group_member, or dynamic membership rules)."
}

mapping "aws_iam_access_key" {
  cloudformation = ["AWS::IAM::AccessKey"]
  service        = "Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation"
  note           = "Avoid long-lived keys: workloads on Azure use managed identities, and workloads outside Azure (CI/CD, other clouds) use workload identity federation. Where a secret is unavoidable, it is a service principal client secret or certificate (azuread provider) stored in Key Vault."

  caveat "long-lived-key" {
    severity = "warning"
    message  = "Find every consumer of this access key before migrating (CI pipelines, scripts, applications, other clouds): each one needs a new way to authenticate, a managed identity when it runs on Azure or a federated credential when it runs elsewhere; a client secret, which always carries an expiry date, is the last resort."
    link     = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation"
  }
}

mapping "aws_iam_openid_connect_provider" {
  cloudformation = ["AWS::IAM::OIDCProvider"]
  service        = "Microsoft Entra Workload ID"
  status         = "partial"
  azurerm        = ["azurerm_federated_identity_credential"]
  arm            = ["Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"]
  link           = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation"
  note           = "There is no account-wide OIDC provider object: each managed identity (or app registration) trusts an issuer and subject through a federated identity credential."

  target "eks-issuer" {
    when    = can(regex("oidc\\.eks\\.", try(self.url, self.Url)))
    service = "AKS workload identity"
    status  = "partial"
    azurerm = ["azurerm_federated_identity_credential", "azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", "Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/aks/workload-identity-overview"
    note    = "An EKS cluster's OIDC issuer (IAM roles for service accounts) becomes the AKS cluster's own issuer: turn on oidc_issuer_enabled and workload_identity_enabled on the cluster, then add one federated identity credential per Kubernetes service account (subject system:serviceaccount:<namespace>:<name>) to the managed identity it uses."
  }

  caveat "client-ids" {
    when     = try(length(self.client_id_list), length(self.ClientIdList), 0) > 0
    severity = "info"
    message  = "Client IDs (audiences) move to each federated identity credential's audiences; Entra expects api://AzureADTokenExchange by default, so the external identity provider (GitHub Actions, a Kubernetes cluster) must request tokens for that audience."
    link     = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation-considerations"
  }

  caveat "thumbprints" {
    when     = try(length(self.thumbprint_list), length(self.ThumbprintList), 0) > 0
    severity = "info"
    message  = "Certificate thumbprints have nowhere to go and need no upkeep: Entra fetches the issuer's signing keys from its OIDC discovery document, so the issuer must be reachable over HTTPS from the internet."
    link     = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation-considerations"
  }
}

mapping "aws_iam_saml_provider" {
  cloudformation = ["AWS::IAM::SAMLProvider"]
  service        = "Microsoft Entra ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity/hybrid/connect/whatis-fed"
  note           = "Federating sign-in with a SAML identity provider is configured on the Entra ID tenant (federated domain or external identity provider), not per subscription."
  differs        = "The comparison pairs the SAML provider with AD FS, which is only one possible identity provider: trusting any SAML identity provider, AD FS included, is configured on the Entra ID tenant."
}

mapping "aws_iam_service_linked_role" {
  cloudformation = ["AWS::IAM::ServiceLinkedRole"]
  service        = "Azure resource providers"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/management/resource-providers-and-types"
  note           = "Azure services act with their own first-party identities once the resource provider is registered in the subscription; nothing needs to be created."
}

mapping "AWS::Serverless::Connector" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "A SAM connector becomes a role assignment: the source's managed identity gets a data role (Read → *Data Reader, Write → *Data Sender/Contributor) on the destination resource."
}

# Data sources

data "aws_iam_policy_document" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_definition"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-definitions"
  note    = "Policy documents have no Azure counterpart as data: permissions are role definitions (permissions { actions, data_actions }) that you declare as resources, or built-in roles looked up by name."

  caveat "deny-statements" {
    when     = try(anytrue([for s in self.statement : try(length(s.principals), 0) == 0 && try(length(s.not_principals), 0) == 0 && try(lower(s.effect), "allow") == "deny"]), false)
    severity = "warning"
    message  = "Custom roles can't deny: NotActions only trims the role's own grant. Enforce denials with Azure Policy, or with deny assignments created by deployment stacks."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/deny-assignments"
  }

  caveat "conditions" {
    when     = try(anytrue([for s in self.statement : try(length(s.principals), 0) == 0 && try(length(s.not_principals), 0) == 0 && try(length(s.condition), 0) > 0]), false)
    severity = "info"
    message  = "IAM condition keys have no general equivalent: role-assignment conditions (ABAC) only cover Blob and Queue storage data actions and limits on who may assign which roles; conditions on source network, MFA, tags or time become network rules on the resource, Conditional Access, narrower scopes or Azure Policy."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/conditions-overview"
  }

  caveat "wildcard-action" {
    when     = try(anytrue([for s in self.statement : try(length(s.principals), 0) == 0 && try(length(s.not_principals), 0) == 0 && try(lower(s.effect), "allow") == "allow" && try(contains(s.actions, "*"), false)]), false)
    severity = "warning"
    message  = "A statement allows every action (\"*\"): its Azure counterpart is the built-in Owner role (Contributor if it must not manage access) at the chosen scope, not a custom role with \"*\"; prefer narrower built-in roles, and make such grants eligible through Privileged Identity Management."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/best-practices"
  }

  caveat "not-resource" {
    when     = try(anytrue([for s in self.statement : try(length(s.principals), 0) == 0 && try(length(s.not_principals), 0) == 0 && try(length(s.not_resources), 0) > 0]), false)
    severity = "warning"
    message  = "NotResource has no RBAC equivalent: a role assignment covers everything below its scope and can't exclude resources. Split resources into separate resource groups and assign at those scopes, or block the excluded ones with Azure Policy."
    link     = "https://learn.microsoft.com/azure/role-based-access-control/scope-overview"
  }
}

data "aws_iam_role" {
  service = "Managed identities for Azure resources"
  status  = "direct"
  azurerm = ["azurerm_user_assigned_identity"]
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "Looks up an existing user-assigned managed identity by name and resource group."
}

data "aws_iam_policy" {
  service = "Azure role-based access control"
  status  = "direct"
  azurerm = ["azurerm_role_definition"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/built-in-roles"
  note    = "Looks up a built-in or custom role definition by name (AWS-managed policies map to built-in roles)."
}

data "aws_iam_session_context" {
  service = "Microsoft Entra ID"
  status  = "partial"
  azurerm = ["azurerm_client_config"]
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "azurerm_client_config returns the caller's object ID; there are no assumed-role sessions to resolve."
}

mapping "aws_iam_group_membership" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "Group membership is managed in Entra ID with the azuread provider: aws_iam_group_membership owns the whole member list, like the members argument of azuread_group; use azuread_group_member for non-exclusive additions, or a dynamic membership rule."
}

mapping "aws_iam_user_policy" {
  cloudformation = ["AWS::IAM::UserPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_definition", "azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleDefinitions", "Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note           = "An inline user policy becomes a role assignment to the Entra ID user (better: to a group) of the closest built-in role, or of a custom role whose actions and data_actions reproduce the statements. Deny statements, conditions on request context and resource-ARN patterns need rework: RBAC grants are additive and scoped by management group, subscription, resource group or resource."
}

mapping "aws_iam_user_login_profile" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy"
  note    = "A console password becomes the Entra ID user's password (azuread_user password and force_password_change, which matches password_reset_required). There is no PGP-encrypted output: hand over initial passwords through a Temporary Access Pass or self-service password reset, and enforce MFA with Conditional Access."
}

mapping "aws_iam_account_password_policy" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy"
  note    = "Entra ID applies one tenant-wide password policy to cloud accounts (length and complexity are fixed by the service) and adds banned-password checks through Microsoft Entra Password Protection; expiry is a tenant or domain setting. Most settings of the AWS policy therefore have no place to go: strengthen sign-in with MFA and passwordless methods instead."

  caveat "minimum-length" {
    when     = try(tonumber(try(self.minimum_password_length, self.MinimumPasswordLength)) > 8, false)
    severity = "warning"
    message  = "Entra ID does not let you raise the minimum password length for cloud accounts: meet the requirement with phishing-resistant MFA or passwordless sign-in enforced by Conditional Access, or keep the accounts in an on-premises directory whose policy applies through password hash sync."
    link     = "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy"
  }

  caveat "password-reuse" {
    when     = try(tonumber(try(self.password_reuse_prevention, self.PasswordReusePrevention)) > 0, false)
    severity = "info"
    message  = "A configurable password-history depth has no Entra ID setting for cloud accounts; rely on Password Protection's banned-password lists and MFA."
    link     = "https://learn.microsoft.com/entra/identity/authentication/concept-password-ban-bad"
  }
}

mapping "aws_iam_account_alias" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/fundamentals/add-custom-domain"
  note    = "There is no account sign-in URL to alias: users sign in with their user principal name at the common portal, so the friendly name is the tenant's verified custom domain; the subscription itself just has a display name (subscription_name of azurerm_subscription)."
}

mapping "aws_iam_user_ssh_key" {
  service = "Azure Repos, GitHub or Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity/devices/howto-vm-sign-in-azure-ad-linux"
  note    = "IAM SSH public keys authenticate Git over SSH to CodeCommit; on Azure, developers register their SSH keys with Azure Repos or GitHub themselves, outside ARM. For SSH to Linux VMs, prefer Microsoft Entra ID login (AADSSHLoginForLinux extension) over distributing keys, or store public keys as azurerm_ssh_public_key."
}

data "aws_iam_user" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/how-to-create-delete-users"
  note    = "Users live in Microsoft Entra ID, outside azurerm: look them up with the azuread provider's azuread_user (by user principal name or object ID)."
}

data "aws_iam_users" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/how-to-create-delete-users"
  note    = "Use the azuread provider's azuread_users (by user principal names, object IDs or mail nicknames); path and name-regex filters have no equivalent."
}

data "aws_iam_group" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "Use the azuread provider's azuread_group, which also returns the members' object IDs."
}

data "aws_iam_roles" {
  service = "Managed identities for Azure resources"
  status  = "partial"
  azurerm = ["azurerm_user_assigned_identity"]
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "There is no filtered list of identities in azurerm: look each one up by name and resource group, or list them with azurerm_resources (type Microsoft.ManagedIdentity/userAssignedIdentities)."
}

data "aws_iam_instance_profile" {
  service = "Managed identities for Azure resources"
  status  = "partial"
  azurerm = ["azurerm_user_assigned_identity"]
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "There is no profile wrapping the role: a VM's identity block references the user-assigned identity directly, so look up the identity instead."
}

data "aws_iam_instance_profiles" {
  service = "Managed identities for Azure resources"
  status  = "partial"
  azurerm = ["azurerm_user_assigned_identity"]
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "There are no instance profiles to list: look up the user-assigned identities that the VMs reference."
}

data "aws_iam_role_policy_attachments" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "Attached policies become role assignments: azurerm_role_assignments lists those at a scope, filtered by the identity's principal ID."
}

data "aws_iam_role_policies" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments"
  note    = "There are no inline policies: an identity's permissions are its role assignments (built-in or custom roles), listed with azurerm_role_assignments."
}

data "aws_iam_account_alias" {
  service = "Azure subscription"
  status  = "partial"
  azurerm = ["azurerm_subscription"]
  link    = "https://learn.microsoft.com/azure/cost-management-billing/manage/rename-subscription"
  note    = "The closest thing to an account alias is the subscription's display_name, returned by azurerm_subscription."
}

data "aws_iam_server_certificate" {
  service = "Azure Key Vault certificates"
  status  = "partial"
  azurerm = ["azurerm_key_vault_certificate"]
  link    = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note    = "Server certificates are kept in Key Vault; look one up by name in its vault (key_vault_id). Path prefixes and latest-by-name-prefix have no equivalent."
}

data "aws_iam_access_keys" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "Users have no access keys: workloads authenticate with managed identities, and applications use service principal credentials (azuread_application_password), which cannot be listed per user."
}

data "aws_iam_principal_policy_simulation" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/check-access"
  note    = "There is no policy simulator to evaluate at plan time: check effective access with the portal's Check access, or list role assignments with azurerm_role_assignments."
}

data "aws_iam_openid_connect_provider" {
  service = "Microsoft Entra workload ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation"
  note    = "No provider is registered per subscription: each managed identity or app registration carries federated identity credentials with the issuer URL and subject to trust."
}

mapping "aws_iam_group_policy" {
  cloudformation = ["AWS::IAM::GroupPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_definition", "azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleDefinitions", "Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/role-based-access-control/custom-roles"
  note           = "An inline group policy becomes role assignments to the Entra ID security group: the closest built-in role, or a custom role whose actions and data_actions reproduce the statements, at the narrowest scope that covers the resource ARNs."
  shared_caveats = ["deny-statements"]
}

mapping "aws_iam_role_policies_exclusive" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-portal"
  note    = "Nothing in azurerm claims exclusive ownership of an identity's permissions: each role assignment is managed on its own and assignments made outside Terraform stay in place. Review them with azurerm_role_assignments or Entra access reviews, and restrict who may assign roles (role-assignment conditions, Azure Policy)."
}

mapping "aws_iam_user_policies_exclusive" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-portal"
  note    = "Role assignments are additive and managed one by one; there is no exclusive list for a user. Review stray assignments with azurerm_role_assignments or Entra access reviews."
}

mapping "aws_iam_group_policies_exclusive" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-portal"
  note    = "Role assignments are additive and managed one by one; there is no exclusive list for a group. Review stray assignments with azurerm_role_assignments or Entra access reviews."
}

mapping "aws_iam_role_policy_attachments_exclusive" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-portal"
  note    = "Each attached policy becomes a role assignment to the managed identity's principal ID; azurerm can't remove assignments it doesn't manage, so check for extra ones with azurerm_role_assignments filtered by principal."
}

mapping "aws_iam_user_policy_attachments_exclusive" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-portal"
  note    = "Each attached policy becomes a role assignment to the Entra ID user (better: to a group); azurerm can't remove assignments it doesn't manage, so review them with azurerm_role_assignments or access reviews."
}

mapping "aws_iam_group_policy_attachments_exclusive" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-portal"
  note    = "Each attached policy becomes a role assignment to the Entra ID group; azurerm can't remove assignments it doesn't manage, so review them with azurerm_role_assignments or access reviews."
}

mapping "aws_iam_server_certificate" {
  cloudformation = ["AWS::IAM::ServerCertificate"]
  service        = "Azure Key Vault certificates"
  status         = "partial"
  requires       = ["azurerm_key_vault"]
  link           = "https://learn.microsoft.com/azure/key-vault/certificates/about-certificates"
  note           = "Import the certificate and private key into Key Vault (azurerm_key_vault_certificate with a PFX or PEM bundle) and reference it from Application Gateway, Front Door, API Management or App Service through their managed identity. Key Vault certificates are data-plane objects, so ARM templates cannot create them."

  caveat "private-key-in-config" {
    when     = can(self.private_key) || can(self.PrivateKey)
    severity = "info"
    message  = "The private key sits in the configuration and in state: prefer a certificate issued by Key Vault's integrated CA (or imported once, outside Terraform) and referenced by its versionless secret ID so renewals roll out automatically."
    link     = "https://learn.microsoft.com/azure/key-vault/certificates/tutorial-rotate-certificates"
  }
}

mapping "aws_iam_service_specific_credential" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "Per-service user credentials (Git over HTTPS to CodeCommit, Keyspaces, Bedrock API keys) have no Entra equivalent: Azure Repos and GitHub use their own tokens or SSH keys, and data services accept Entra tokens from managed identities or signed-in users (or service keys where Entra auth is not supported, kept in Key Vault)."
}

mapping "aws_iam_signing_certificate" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity-platform/certificate-credentials"
  note    = "X.509 signing certificates for legacy SOAP API calls have no counterpart. Applications that authenticate with a certificate use a certificate credential on an app registration (azuread_application_certificate in the azuread provider); workloads on Azure use managed identities instead."
}

mapping "aws_iam_virtual_mfa_device" {
  cloudformation = ["AWS::IAM::VirtualMFADevice"]
  service        = "Microsoft Entra multifactor authentication"
  status         = "implicit"
  link           = "https://learn.microsoft.com/entra/identity/authentication/concept-authentication-methods"
  note           = "MFA methods are not provisioned as resources: users register Microsoft Authenticator, an OATH app, a passkey or FIDO2 key themselves, and the tenant's authentication methods policy and Conditional Access decide which methods are allowed and when MFA is required."
}

mapping "aws_iam_security_token_service_preferences" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity-platform/access-tokens"
  note    = "There are no regional STS endpoints or session-token versions to choose: tokens come from the Entra ID endpoints, and an API's app registration chooses the access token version it accepts."
}

mapping "aws_iam_organizations_features" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/elevate-access-global-admin"
  note    = "Subscriptions have no root user to centralise: the highest privilege is Owner on a management group or subscription, or a Global Administrator's temporary elevated access to all subscriptions. Keep those roles eligible through Privileged Identity Management rather than standing."
}

mapping "aws_iam_outbound_web_identity_federation" {
  service = "Managed identities for Azure resources"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/managed-identities-azure-resources/overview"
  note    = "No switch is needed: every Entra tenant is already an OIDC issuer. A workload's managed identity requests an Entra token for an application ID URI that represents the external service, and that service validates it against the tenant's published keys (for example through its own workload identity federation)."
}

data "aws_iam_outbound_web_identity_federation" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  azurerm = ["azurerm_client_config"]
  link    = "https://learn.microsoft.com/entra/identity-platform/access-tokens"
  note    = "The issuer to give external services is the tenant's own (https://login.microsoftonline.com/<tenant_id>/v2.0 for v2 tokens); azurerm_client_config returns the tenant ID."
}

data "aws_iam_saml_provider" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity/hybrid/connect/whatis-fed"
  note    = "SAML federation is configured on the Entra tenant (federated domains or external identity providers), not exposed to azurerm: read it with Microsoft Graph, or pass the values you need as variables."
}

data "aws_iam_user_ssh_key" {
  service = "Azure SSH public keys"
  status  = "partial"
  azurerm = ["azurerm_ssh_public_key"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/ssh-keys-portal"
  note    = "Public keys kept in Azure for VM provisioning are looked up by name and resource group; keys registered with Azure Repos or GitHub for Git access are outside ARM."
}

# Caveats shared by several entries above (shared_caveats).

caveat "deny-statements" {
  when     = source == "cloudformation" ? (try(lower(self.PolicyDocument.Statement.Effect), "") == "deny" || try(anytrue([for s in try(self.PolicyDocument.Statement, []) : try(lower(s.Effect), "") == "deny"]), false)) : can(regex("\"Effect\"\\s*:\\s*\"Deny\"", self.policy))
  severity = "warning"
  message  = "Custom roles can't deny: NotActions only trims the role's own grant. Enforce denials with Azure Policy, or with deny assignments created by deployment stacks."
  link     = "https://learn.microsoft.com/azure/role-based-access-control/deny-assignments"
}

caveat "conditions" {
  when     = source == "cloudformation" ? (can(self.PolicyDocument.Statement.Condition) || try(anytrue([for s in try(self.PolicyDocument.Statement, []) : can(s.Condition)]), false)) : can(regex("\"Condition\"", self.policy))
  severity = "info"
  message  = "IAM condition keys have no general equivalent: role-assignment conditions (ABAC) only cover Blob and Queue storage data actions and limits on who may assign which roles; conditions on source network, MFA, tags or time become network rules on the resource, Conditional Access, narrower scopes or Azure Policy."
  link     = "https://learn.microsoft.com/azure/role-based-access-control/conditions-overview"
}

caveat "wildcard-action" {
  when     = source == "cloudformation" ? (can(regex("\"Action\"\\s*:\\s*(\\[[^\\]]*)?\"\\*\"", self.PolicyDocument)) || (try(lower(self.PolicyDocument.Statement.Effect) == "allow", false) && (try(self.PolicyDocument.Statement.Action == "*", false) || try(contains(self.PolicyDocument.Statement.Action, "*"), false))) || try(anytrue([for s in self.PolicyDocument.Statement : (try(lower(s.Effect) == "allow", false) && (try(s.Action == "*", false) || try(contains(s.Action, "*"), false)))]), false)) : can(regex("\"Action\"\\s*:\\s*(\\[[^\\]]*)?\"\\*\"", self.policy))
  severity = "warning"
  message  = "A statement allows every action (\"*\"): its Azure counterpart is the built-in Owner role (Contributor if it must not manage access) at the chosen scope, not a custom role with \"*\"; prefer narrower built-in roles, and make such grants eligible through Privileged Identity Management."
  link     = "https://learn.microsoft.com/azure/role-based-access-control/best-practices"
}

caveat "wildcard-resource" {
  when     = source == "cloudformation" ? (can(regex("\"Resource\"\\s*:\\s*(\\[[^\\]]*)?\"\\*\"", self.PolicyDocument)) || (try(lower(self.PolicyDocument.Statement.Effect) == "allow", false) && (try(self.PolicyDocument.Statement.Resource == "*", false) || try(contains(self.PolicyDocument.Statement.Resource, "*"), false))) || try(anytrue([for s in self.PolicyDocument.Statement : (try(lower(s.Effect) == "allow", false) && (try(s.Resource == "*", false) || try(contains(s.Resource, "*"), false)))]), false)) : can(regex("\"Resource\"\\s*:\\s*(\\[[^\\]]*)?\"\\*\"", self.policy))
  severity = "info"
  message  = "Resource \"*\" grants the actions on every resource in the account: the matching Azure scope is the whole subscription; assign the role at a resource group or resource instead wherever the statement can be narrowed."
  link     = "https://learn.microsoft.com/azure/role-based-access-control/scope-overview"
}

caveat "not-resource" {
  when     = source == "cloudformation" ? (can(regex("\"NotResource\"\\s*:", self.PolicyDocument)) || can(self.PolicyDocument.Statement.NotResource) || try(anytrue([for s in self.PolicyDocument.Statement : can(s.NotResource)]), false)) : can(regex("\"NotResource\"\\s*:", self.policy))
  severity = "warning"
  message  = "NotResource has no RBAC equivalent: a role assignment covers everything below its scope and can't exclude resources. Split resources into separate resource groups and assign at those scopes, or block the excluded ones with Azure Policy."
  link     = "https://learn.microsoft.com/azure/role-based-access-control/scope-overview"
}

caveat "administrator-access" {
  when     = can(regex(":aws:policy/AdministratorAccess$", self.policy_arn))
  severity = "warning"
  message  = "AdministratorAccess maps to the Owner role, which also controls who gets access: assign it to as few principals as possible, at the narrowest scope, and as an eligible assignment through Privileged Identity Management (azurerm_pim_eligible_role_assignment) rather than a standing one."
  link     = "https://learn.microsoft.com/azure/role-based-access-control/best-practices"
}
