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
    message  = "Cognito Lambda triggers become custom authentication extensions, REST APIs called at set points: pre sign-up maps to the attribute collection start and submit events, pre token generation to the token issuance start event; for the other triggers (post confirmation, pre and post authentication, custom messages and senders) check the tenant's current list of events, and move logic without a matching event into the application or the APIs it calls."
    link     = "https://learn.microsoft.com/entra/external-id/customers/concept-custom-extensions"
  }

  caveat "custom-auth-challenge" {
    when     = can(self.lambda_config[0].define_auth_challenge) || can(self.LambdaConfig.DefineAuthChallenge)
    severity = "warning"
    message  = "Custom authentication challenges (define, create and verify auth challenge triggers) have no counterpart: user flows offer only their built-in methods (password, email one-time passcode, social and federated providers), so passwordless or CAPTCHA-style challenges must be redesigned around them."
    link     = "https://learn.microsoft.com/entra/external-id/customers/concept-authentication-methods-customers"
  }

  caveat "mfa" {
    when     = contains(["ON", "OPTIONAL"], try(upper(self.mfa_configuration), upper(self.MfaConfiguration), "OFF"))
    severity = "info"
    message  = "MFA becomes a Conditional Access policy in the external tenant that requires MFA for the apps; check that the second factors it offers customer accounts (email one-time passcode is the documented one) are acceptable, because Cognito users enrolled in SMS or authenticator-app MFA must enrol again."
    link     = "https://learn.microsoft.com/entra/external-id/customers/how-to-multifactor-authentication-customers"
  }

  caveat "password-policy" {
    when     = can(self.password_policy[0]) || can(self.Policies.PasswordPolicy)
    severity = "info"
    message  = "The password policy has no per-tenant setting to carry over: external tenants apply Entra's own password requirements to local accounts, so check that they meet yours, or offer email one-time passcode sign-in instead of passwords."
    link     = "https://learn.microsoft.com/entra/external-id/customers/concept-authentication-methods-customers"
  }

  caveat "advanced-security" {
    when     = contains(["AUDIT", "ENFORCED"], try(upper(self.user_pool_add_ons[0].advanced_security_mode), upper(self.UserPoolAddOns.AdvancedSecurityMode), "OFF"))
    severity = "info"
    message  = "Threat protection becomes the subset of ID Protection risk detections available in external tenants; to act on risk as ENFORCED mode did, add a Conditional Access policy on sign-in risk that requires MFA or blocks access."
    link     = "https://learn.microsoft.com/entra/external-id/customers/how-to-identity-protection-customers"
  }
}

mapping "aws_cognito_user_pool_client" {
  cloudformation = ["AWS::Cognito::UserPoolClient"]
  service        = "Microsoft Entra app registrations"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity-platform/quickstart-register-app"
  note           = "An app client becomes an app registration in the external tenant (azuread_application): callback URLs become redirect URIs, OAuth flows carry over (authorization code with PKCE, client credentials), and client secrets become client secrets or certificates."

  caveat "password-auth-flows" {
    when     = try(anytrue([for f in try(self.explicit_auth_flows, self.ExplicitAuthFlows) : can(regex("PASSWORD|SRP", upper(f)))]), false)
    severity = "warning"
    message  = "The app signs users in with its own form (USER_PASSWORD, ADMIN_USER_PASSWORD or SRP auth flows): external tenants don't support the resource owner password credentials grant, so switch to the hosted sign-in page (authorization code with PKCE) or to the native authentication API, which keeps the sign-in UI in the app."
    link     = "https://learn.microsoft.com/entra/external-id/customers/concept-native-authentication"
  }

  caveat "implicit-flow" {
    when     = try(contains([for f in try(self.allowed_oauth_flows, self.AllowedOAuthFlows) : lower(f)], "implicit"), false)
    severity = "info"
    message  = "The implicit grant still works on app registrations but is discouraged: move single-page apps to the authorization code flow with PKCE (the SPA platform of the registration) while migrating."
    link     = "https://learn.microsoft.com/entra/identity-platform/v2-oauth2-implicit-grant-flow"
  }

  caveat "client-secret" {
    when     = try(tostring(try(self.generate_secret, self.GenerateSecret)) == "true", false)
    severity = "info"
    message  = "The generated client secret becomes an app registration client secret, which always has an expiry date: plan its rotation (keep it in Key Vault), or use a certificate or a federated credential instead."
    link     = "https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials"
  }
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
  differs        = "The comparison names the platform feature (external identity providers); in practice those providers are configured in a Microsoft Entra External ID tenant and its user flows."

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
  differs        = "The comparison pairs the hosted UI with MSAL's UI, but MSAL only opens the hosted sign-in page; its look is set by the external tenant's company branding."
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
