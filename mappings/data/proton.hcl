# AWS Proton → no managed Azure equivalent. Azure Deployment Environments, the closest service, retires on
# 22 February 2027, so environment and service templates become versioned infrastructure-as-code modules
# (Terraform, Bicep, Azure Verified Modules) provisioned by GitHub Actions or Azure Pipelines.

mapping "AWS::Proton::EnvironmentTemplate" {
  service = "Infrastructure-as-code modules with GitHub Actions or Azure Pipelines"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/deployment-environments/deployment-environments-retirement-guide"
  note    = "An environment template becomes a versioned Terraform or Bicep module (for example built on Azure Verified Modules) that a pipeline deploys per environment; template versions become module releases. Azure Deployment Environments, which offered a self-service catalog, retires on 22 February 2027 and should not be a target."
}

mapping "AWS::Proton::EnvironmentAccountConnection" {
  service = "Workload identity federation"
  status  = "partial"
  azurerm = ["azurerm_federated_identity_credential", "azurerm_role_assignment"]
  arm     = ["Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials", "Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/entra/workload-id/workload-identity-federation"
  note    = "Deploying environments into another account becomes a pipeline identity (a user-assigned managed identity or app registration with a federated credential for the GitHub or Azure DevOps workflow) that holds role assignments in the target subscription."
}

mapping "AWS::Proton::ServiceTemplate" {
  service = "Infrastructure-as-code modules with GitHub Actions or Azure Pipelines"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/deployment-environments/deployment-environments-retirement-guide"
  note    = "Service templates (service infrastructure plus its CI/CD pipeline) have no counterpart: keep the service infrastructure as a shared Terraform or Bicep module, and the pipeline as a reusable GitHub Actions workflow or Azure Pipelines template."
}
