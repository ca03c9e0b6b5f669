# Amazon Verified Permissions (Cedar policies) → no managed fine-grained authorisation service on Azure: evaluate policies in the application; Entra ID supplies identities and coarse app roles.

mapping "aws_verifiedpermissions_policy_store" {
  cloudformation = ["AWS::VerifiedPermissions::PolicyStore"]
  service        = "Application authorisation with Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note           = "Azure has no hosted policy store or authorisation API for your own applications. Coarse roles become Entra ID app roles sent in tokens; fine-grained rules run in the application, for example by embedding the open-source Cedar engine (so the policies can be reused as they are) or Open Policy Agent, with the policies kept in source control or a storage account."
}

mapping "AWS::VerifiedPermissions::PolicyStoreAlias" {
  service = "Application authorisation with Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note    = "There is no policy store to alias; name the policy bundle in the application's configuration."
}

mapping "aws_verifiedpermissions_schema" {
  service = "Application authorisation with Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note    = "The Cedar schema travels with the policies to the engine embedded in the application; Azure stores nothing for it."
}

mapping "aws_verifiedpermissions_policy" {
  cloudformation = ["AWS::VerifiedPermissions::Policy"]
  service        = "Application authorisation with Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note           = "Each Cedar policy is kept as a file evaluated by the application's own engine. Policies that only test role membership can instead become Entra ID app roles assigned to users or groups and checked from the token's roles claim."
}

mapping "aws_verifiedpermissions_policy_template" {
  cloudformation = ["AWS::VerifiedPermissions::PolicyTemplate"]
  service        = "Application authorisation with Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note           = "Policy templates and the template-linked policies created from them become data the application stores and feeds to its embedded policy engine."
}

mapping "aws_verifiedpermissions_identity_source" {
  cloudformation = ["AWS::VerifiedPermissions::IdentitySource"]
  service        = "Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note           = "The identity source becomes the token issuer the application trusts (an Entra ID app registration, or Entra External ID for customers): the application validates the token and maps its claims (user, groups, roles) to Cedar principals itself."
}

data "aws_verifiedpermissions_policy_store" {
  service = "Application authorisation with Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note    = "There is no policy store to look up; reference the policy bundle the application loads."
}
