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

mapping "aws_cognito_identity_provider" {
  cloudformation = ["AWS::Cognito::UserPoolIdentityProvider"]
  service        = "Microsoft Entra External ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/external-id/customers/concept-authentication-methods-customers"
  note           = "A federated provider becomes an identity provider of the external tenant (Google, Facebook, Apple, a custom OIDC provider, or SAML/WS-Fed), added to the sign-up and sign-in user flow. azurerm can't configure it: use the admin center or Microsoft Graph. Attribute mapping becomes the provider's claims mapping onto user attributes."

  caveat "login-with-amazon" {
    when     = try(lower(self.provider_type), lower(self.ProviderType), "") == "loginwithamazon"
    severity = "warning"
    message  = "Login with Amazon is not a built-in provider of external tenants: add it only if it works as a custom OIDC provider, or drop it."
    link     = "https://learn.microsoft.com/entra/external-id/customers/how-to-custom-oidc-federation-customers"
  }
}

mapping "aws_cognito_user_in_group" {
  cloudformation = ["AWS::Cognito::UserPoolUserToGroupAttachment"]
  service        = "Microsoft Entra External ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/external-id/customers/how-to-web-app-role-based-access-control"
  note           = "Group membership becomes membership of a security group in the external tenant (azuread_group_member in the azuread provider, or Microsoft Graph), or an app role assignment when the app checks roles."
}

mapping "aws_cognito_managed_user_pool_client" {
  service = "Microsoft Entra app registrations"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/external-id/customers/how-to-register-ciam-app"
  note    = "An app client becomes an app registration in the external tenant (azuread_application) added to the user flow: callback URLs become redirect URIs and OAuth flows carry over. There is no AWS-managed counterpart: the registration is yours to manage."
}

mapping "aws_cognito_managed_login_branding" {
  cloudformation = ["AWS::Cognito::ManagedLoginBranding"]
  service        = "Microsoft Entra External ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/external-id/customers/how-to-customize-branding-customers"
  note           = "Managed-login styling becomes the external tenant's company branding (logo, background, colours, text and an optional custom CSS file), set in the admin center or through Microsoft Graph; it applies tenant-wide, with per-language variants, rather than per app client. Cognito's style settings JSON does not translate automatically."
}

mapping "aws_cognito_user_pool_ui_customization" {
  cloudformation = ["AWS::Cognito::UserPoolUICustomizationAttachment"]
  service        = "Microsoft Entra External ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/external-id/customers/how-to-customize-branding-customers"
  note           = "The hosted-UI CSS and logo become the external tenant's company branding (logo plus a custom CSS file); Entra's CSS selectors differ from Cognito's classes, so the stylesheet must be rewritten. Branding applies to the tenant, not per app client."
}

mapping "aws_cognito_risk_configuration" {
  cloudformation = ["AWS::Cognito::UserPoolRiskConfigurationAttachment"]
  service        = "Microsoft Entra ID Protection"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/external-id/customers/how-to-identity-protection-customers"
  note           = "Risk detection is on by default in external tenants (a subset of ID Protection detections such as atypical travel, anonymous IP and password spray), with risky-user reports and Graph APIs to dismiss or confirm risk. Cognito's per-risk-level actions, notification emails and IP allow/block lists have no direct settings: require MFA with Conditional Access and filter traffic at a web application firewall in front of a custom URL domain."
}

mapping "aws_cognito_log_delivery_configuration" {
  cloudformation = ["AWS::Cognito::LogDeliveryConfiguration"]
  service        = "Azure Monitor (Microsoft Entra diagnostic settings)"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/external-id/customers/how-to-azure-monitor"
  note           = "Sign-in and audit logs of the external tenant are sent by Entra diagnostic settings to a Log Analytics workspace, storage account or Event Hub. An external tenant has no subscription of its own, so the destination lives in the workforce tenant's subscription, delegated with Azure Lighthouse through a setup wizard (preview)."
}

mapping "AWS::Cognito::IdentityPoolPrincipalTag" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/security-identity"
  note    = "Without identity pools there are no session tags to map from token claims: carry the claims in the tokens your backend API validates, and authorise there."
}

data "aws_cognito_user_pool" {
  service = "Microsoft Entra External ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/external-id/customers/overview-customers-ciam"
  note    = "azurerm can't read an external tenant: pass the tenant ID and its ciamlogin.com authority as variables, or read the tenant with the azuread provider configured for it."
}

data "aws_cognito_user_pools" {
  service = "Microsoft Entra External ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/external-id/customers/overview-customers-ciam"
  note    = "External tenants can't be listed from Terraform; pass the tenant IDs as variables."
}

data "aws_cognito_user_pool_client" {
  service = "Microsoft Entra app registrations"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/external-id/customers/how-to-register-ciam-app"
  note    = "Look the app registration up with the azuread provider (azuread_application, by client ID or display name) configured for the external tenant."
}

data "aws_cognito_user_pool_clients" {
  service = "Microsoft Entra app registrations"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/external-id/customers/how-to-register-ciam-app"
  note    = "List the tenant's applications through their service principals with the azuread provider's azuread_service_principals (return_all), or with Microsoft Graph; azurerm has nothing for it."
}

data "aws_cognito_user_group" {
  service = "Microsoft Entra External ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/external-id/customers/how-to-web-app-role-based-access-control"
  note    = "Look the security group up with the azuread provider's azuread_group in the external tenant."
}

data "aws_cognito_user_groups" {
  service = "Microsoft Entra External ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/external-id/customers/how-to-web-app-role-based-access-control"
  note    = "Use the azuread provider's azuread_groups in the external tenant (by display names or object IDs, or return_all)."
}

data "aws_cognito_user_pool_signing_certificate" {
  service = "Microsoft Entra External ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/external-id/customers/how-to-register-saml-app"
  note    = "The SAML token-signing certificate is published in the tenant's federation metadata (or per enterprise application); SAML applications read it from the metadata URL instead of from Terraform."
}

mapping "aws_cognito_identity_pool_provider_principal_tag" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/security-identity"
  note    = "Without identity pools there are no session tags to map from token claims: carry the claims in the tokens your backend API validates, and authorise there."
}

mapping "AWS::Cognito::Terms" {
  service = "Microsoft Entra External ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity-platform/howto-add-terms-of-service-privacy-statement"
  note    = "Terms of use and privacy policy links become the terms of service and privacy statement URLs of the app registration (azuread provider, not azurerm); asking users to accept them at sign-up needs a custom user attribute collected by the sign-up user flow."
}

data "aws_cognito_identity_pool" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/security-identity"
  note    = "Azure has no identity pools to look up: the backend API that replaces the pool holds its own managed identity."
}
