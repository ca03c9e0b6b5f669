# AWS CodeStar Connections (the former name of AWS CodeConnections) → Azure DevOps service connections
# or GitHub App installations, managed in Azure DevOps or GitHub (microsoft/azuredevops provider), not
# in Azure Resource Manager. See codeconnections.hcl for the current resource types.

mapping "aws_codestarconnections_connection" {
  cloudformation = ["AWS::CodeStarConnections::Connection"]
  service        = "Azure DevOps service connection"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/library/service-endpoints"
  note           = "A connection to GitHub, Bitbucket or GitLab becomes a service connection in the Azure DevOps project (for example azuredevops_serviceendpoint_github), or nothing at all when the code moves to GitHub and builds with GitHub Actions. Authorizing the connection (OAuth or GitHub App install) stays a manual step."

  caveat "gitlab" {
    when     = startswith(try(lower(self.provider_type), lower(self.ProviderType), ""), "gitlab")
    severity = "warning"
    message  = "Azure Pipelines cannot run YAML pipelines from GitLab repositories: mirror the repository to Azure Repos or GitHub, or keep GitLab CI and deploy to Azure from it."
    link     = "https://learn.microsoft.com/azure/devops/pipelines/repos/"
  }
}

mapping "aws_codestarconnections_host" {
  service = "Azure DevOps service connection"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/repos/github-enterprise"
  note    = "A host for GitHub Enterprise Server becomes a GitHub Enterprise Server service connection; a server reachable only privately needs self-hosted agents or a Managed DevOps Pool in a virtual network that can reach it, in place of the host's VPC configuration."
}

data "aws_codestarconnections_connection" {
  service = "Azure DevOps service connection"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/library/service-endpoints"
  note    = "azurerm cannot look up service connections: read them with the service endpoint data sources of the microsoft/azuredevops provider; pipelines reference them by name."
}

mapping "AWS::CodeStarConnections::RepositoryLink" {
  cloudformation = ["AWS::CodeStarConnections::SyncConfiguration"]
  service        = "GitHub Actions or Azure Pipelines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/deploy-github-actions"
  note           = "Git sync, which links a repository and updates a CloudFormation stack whenever its template or deployment file changes, has no Azure counterpart. Run a GitHub Actions workflow or Azure pipeline triggered by pushes to the branch that deploys the Bicep, ARM or Terraform code (a deployment stack keeps the managed-resource view)."
}
