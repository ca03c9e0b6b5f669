# IAM Roles Anywhere (X.509-based credentials for workloads outside AWS) → managed identities on
# Azure Arc-enabled servers, workload identity federation, or certificate credentials in Entra ID.

mapping "aws_rolesanywhere_trust_anchor" {
  cloudformation = ["AWS::RolesAnywhere::TrustAnchor"]
  service        = "Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/entra/identity-platform/certificate-credentials"
  note           = "Entra ID cannot trust a whole certificate authority for workload sign-in: an application or service principal trusts only the specific certificates registered on it. Instead, servers outside Azure are onboarded to Azure Arc and use its managed identity; workloads that already hold OIDC tokens use workload identity federation; otherwise register each workload's certificate as a credential of its app registration (azuread provider) and rotate it from your PKI."
}

mapping "aws_rolesanywhere_profile" {
  cloudformation = ["AWS::RolesAnywhere::Profile"]
  service        = "Azure Arc-enabled servers (managed identity) and Azure RBAC"
  status         = "partial"
  azurerm        = ["azurerm_arc_machine", "azurerm_role_assignment"]
  arm            = ["Microsoft.HybridCompute/machines", "Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-arc/servers/managed-identity-authentication"
  note           = "The roles a profile lets external workloads assume become role assignments to the identity those workloads use: the system-assigned managed identity of an Arc-enabled server (tokens from the local Arc agent endpoint), or a service principal with a certificate or federated credential."

  caveat "session-controls" {
    when     = can(self.duration_seconds) || can(self.DurationSeconds) || try(length(self.managed_policy_arns), length(self.ManagedPolicyArns), 0) > 0 || can(self.session_policy) || can(self.SessionPolicy)
    severity = "info"
    message  = "Session duration and session policies have no equivalent: Entra access-token lifetimes are set by the platform, and permissions come only from role assignments, so scope the assignments narrowly instead of trimming them per session."
    link     = "https://learn.microsoft.com/entra/identity-platform/access-tokens"
  }
}

mapping "AWS::RolesAnywhere::CRL" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/entra/identity-platform/certificate-credentials"
  note    = "Entra ID does not check a certificate revocation list for workload certificate credentials: revoke access by removing the certificate from the app registration (or disabling the service principal or Arc machine), and keep that step in the PKI's revocation process."
}
