# AWS Signer → Artifact Signing (formerly Trusted Signing), or Notation with Azure Key Vault
# certificates for container images.

mapping "aws_signer_signing_profile" {
  cloudformation = ["AWS::Signer::SigningProfile"]
  service        = "Artifact Signing"
  status         = "partial"
  azurerm        = ["azurerm_trusted_signing_account"]
  arm            = ["Microsoft.CodeSigning/codeSigningAccounts", "Microsoft.CodeSigning/codeSigningAccounts/certificateProfiles"]
  link           = "https://learn.microsoft.com/azure/artifact-signing/quickstart"
  note           = "A signing profile becomes a certificate profile in an Artifact Signing account (the azurerm resource was created under the service's former name, Trusted Signing); the certificate profile itself has no azurerm resource. For container images, Notation signs with the Artifact Signing plugin or with a certificate kept in Azure Key Vault."

  target "lambda-code" {
    when    = startswith(try(lower(self.platform_id), lower(self.PlatformId), ""), "awslambda")
    service = "Azure Functions"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
    note    = "Azure Functions doesn't verify code signatures at deployment: protect the deployment path instead (signed build artifacts checked in the pipeline, RBAC on publishing, deployment only from a trusted pipeline identity)."
  }

  caveat "identity-validation" {
    when     = !startswith(try(lower(self.platform_id), lower(self.PlatformId), ""), "awslambda")
    severity = "info"
    message  = "Before a public-trust certificate profile can be created, the publisher's identity must be validated in the Azure portal (not possible through IaC), and public trust is limited to some countries; private-trust profiles have no such limit."
    link     = "https://learn.microsoft.com/azure/artifact-signing/quickstart"
  }
}

mapping "aws_signer_signing_job" {
  service = "Artifact Signing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/artifact-signing/quickstart"
  note    = "Signing is an operation, not a resource: run SignTool or Notation with the Artifact Signing (or Key Vault) plugin as a step of the build pipeline and publish the signed artifact."
}

mapping "aws_signer_signing_profile_permission" {
  cloudformation = ["AWS::Signer::ProfilePermission"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/artifact-signing/quickstart"
  note           = "Permission to sign with a profile becomes a role assignment of the Certificate Profile Signer role to the pipeline identity, scoped to the certificate profile or the signing account. Principals from other AWS accounts become Microsoft Entra identities in the account's tenant."
}

data "aws_signer_signing_job" {
  service = "Artifact Signing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/artifact-signing/quickstart"
  note    = "Signing operations are not resources and cannot be looked up; the pipeline that signed the artifact records the result."
}

data "aws_signer_signing_profile" {
  service = "Artifact Signing"
  status  = "partial"
  azurerm = ["azurerm_trusted_signing_account"]
  link    = "https://learn.microsoft.com/azure/artifact-signing/quickstart"
  note    = "Looks up the signing account (its endpoint URI and SKU); certificate profiles have no data source."
}
