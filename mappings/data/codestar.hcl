# AWS CodeStar (discontinued) → GitHub or Azure Repos managed directly.

mapping "AWS::CodeStar::GitHubRepository" {
  service = "Azure Repos or GitHub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/devops/repos/get-started/what-is-repos"
  note    = "Creating a GitHub repository with initial code has no Azure resource: create it with the GitHub Terraform provider (github_repository) or as an Azure Repos repository in an Azure DevOps project (azuredevops provider)."
}
