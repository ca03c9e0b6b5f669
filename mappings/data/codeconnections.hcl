# AWS CodeConnections → Azure DevOps service connections or GitHub App installations. These live in
# Azure DevOps or GitHub, not in Azure Resource Manager (use the microsoft/azuredevops provider).

mapping "aws_codeconnections_connection" {
  cloudformation = ["AWS::CodeConnections::Connection"]
  service        = "Azure DevOps service connection"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/library/service-endpoints"
  note           = "A connection to an external Git provider becomes a service connection in the Azure DevOps project (for example azuredevops_serviceendpoint_github, authorized through the Azure Pipelines GitHub App or OAuth), or needs nothing when the code moves to GitHub and runs on GitHub Actions. The OAuth handshake that completes a pending connection is a manual step on both sides."

  caveat "gitlab" {
    when     = startswith(try(lower(self.provider_type), lower(self.ProviderType), ""), "gitlab")
    severity = "warning"
    message  = "Azure Pipelines cannot run YAML pipelines from GitLab repositories: mirror the repository to Azure Repos or GitHub, or keep GitLab CI and deploy to Azure from it."
    link     = "https://learn.microsoft.com/azure/devops/pipelines/repos/"
  }
}

mapping "aws_codeconnections_host" {
  service = "Azure DevOps service connection"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/repos/github-enterprise"
  note    = "A host for a self-managed GitHub Enterprise Server becomes a GitHub Enterprise Server service connection. A server reachable only from a private network needs self-hosted agents or a Managed DevOps Pool in a virtual network that can reach it, in place of the host's VPC configuration. A self-managed GitLab host has no YAML pipeline support (see the connection's GitLab caveat)."
}
