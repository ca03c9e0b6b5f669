# Amazon Cognito → Microsoft Entra External ID (user pools); identity pools have no equivalent.

mapping "aws_cognito_user_pool" {
  cloudformation = ["AWS::Cognito::UserPool"]
  service        = "Microsoft Entra External ID"
  status         = "partial"
  arm            = ["Microsoft.AzureActiveDirectory/ciamDirectories"]
  link           = "https://learn.microsoft.com/entra/external-id/customers/overview-customers-ciam"
  note           = "A user pool becomes an external tenant for customer identities with user flows (sign-up, sign-in, password reset, MFA). azurerm can't configure it: create the tenant in the portal or through ARM, and manage app registrations and user flows with the azuread provider or Microsoft Graph."

  caveat "user-migration" {
    severity = "warning"
    message  = "Cognito can't export password hashes: migrate users with a forced password reset, or just-in-time migration that validates the old password against Cognito on first sign-in (custom authentication extension)."
    link     = "https://learn.microsoft.com/entra/external-id/customers/overview-customers-ciam"
  }

  caveat "lambda-triggers" {
    when     = can(self.lambda_config[0]) || can(self.LambdaConfig)
    severity = "info"
    message  = "Cognito Lambda triggers become custom authentication extensions (REST calls at token issuance and attribute collection); not every trigger point has a counterpart."
    link     = "https://learn.microsoft.com/entra/identity-platform/custom-extension-overview"
  }
}

mapping "aws_cognito_user_pool_client" {
  cloudformation = ["AWS::Cognito::UserPoolClient"]
  service        = "Microsoft Entra app registrations"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity-platform/quickstart-register-app"
  note           = "An app client becomes an app registration in the external tenant (azuread_application): callback URLs become redirect URIs, OAuth flows carry over (authorization code with PKCE, client credentials), and client secrets become client secrets or certificates."
}

mapping "aws_cognito_user_pool_domain" {
  cloudformation = ["AWS::Cognito::UserPoolDomain"]
  service        = "Microsoft Entra External ID"
  status         = "implicit"
  link           = "https://learn.microsoft.com/entra/external-id/customers/overview-customers-ciam"
  note           = "Sign-in pages are served from the tenant's ciamlogin.com domain; a custom URL domain is configured on the tenant (fronted by Azure Front Door)."
}

mapping "aws_cognito_user_group" {
  cloudformation = ["AWS::Cognito::UserPoolGroup"]
  service        = "Microsoft Entra External ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity-platform/howto-add-app-roles-in-apps"
  note           = "Groups become security groups or app roles in the external tenant, emitted in tokens as group or role claims."
}

mapping "aws_cognito_resource_server" {
  cloudformation = ["AWS::Cognito::UserPoolResourceServer"]
  service        = "Microsoft identity platform"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity-platform/quickstart-configure-app-expose-web-apis"
  note           = "A resource server becomes an app registration that exposes an API with scopes (identifier URI + oauth2_permission_scope)."
}

mapping "aws_cognito_identity_pool" {
  cloudformation = ["AWS::Cognito::IdentityPool"]
  service        = "Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/security-identity"
  note           = "Azure has no identity pools that trade user tokens for cloud credentials: have a backend API (with a managed identity) call Azure on the user's behalf, or issue short-lived SAS tokens from it for direct client access to Storage."
}

mapping "aws_cognito_identity_pool_roles_attachment" {
  cloudformation = ["AWS::Cognito::IdentityPoolRoleAttachment"]
  service        = "Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/security-identity"
  note           = "Without identity pools there are no authenticated/unauthenticated roles: authorise in the backend API instead."
}

mapping "aws_cognito_user" {
  cloudformation = ["AWS::Cognito::UserPoolUser"]
  service        = "Microsoft Entra External ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/external-id/customers/overview-customers-ciam"
  note           = "A pre-created user becomes a user in the external tenant, created with the azuread provider (azuread_user) or Microsoft Graph rather than azurerm. User attributes map to built-in or custom user attributes; a temporary password becomes a password the user must change at next sign-in. Seeding users in infrastructure code is rarely right for customer identities: bulk-import them through Microsoft Graph instead."

  caveat "password-set" {
    when     = can(self.password) || can(self.temporary_password)
    severity = "info"
    message  = "Passwords stored in the configuration end up in state; for migrated users prefer a forced password reset or just-in-time migration against the old pool."
    link     = "https://learn.microsoft.com/entra/external-id/customers/overview-customers-ciam"
  }
}
