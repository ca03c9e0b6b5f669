# Amazon CodeCatalyst → Azure DevOps (projects, Repos, Pipelines) or GitHub, and Microsoft Dev Box
# or GitHub Codespaces for dev environments. Projects and repositories are not Azure Resource
# Manager resources (use the microsoft/azuredevops or integrations/github Terraform providers).

mapping "aws_codecatalyst_project" {
  service = "Azure DevOps project or GitHub repository"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/organizations/projects/create-project"
  note    = "A CodeCatalyst space becomes an Azure DevOps organization (or GitHub organization) and a project becomes an Azure DevOps project (azuredevops_project) with Repos, Pipelines and Boards; workflows are rewritten as YAML pipelines or GitHub Actions workflows. Not an azurerm resource."
}

mapping "aws_codecatalyst_source_repository" {
  service = "Azure Repos or GitHub"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/repos/get-started/what-is-repos"
  note    = "A source repository becomes a Git repository in Azure Repos (azuredevops_git_repository) or GitHub; move it with git clone --mirror and push. Not an azurerm resource."
}

mapping "aws_codecatalyst_dev_environment" {
  service  = "Microsoft Dev Box or GitHub Codespaces"
  status   = "partial"
  azurerm  = ["azurerm_dev_center_project_pool"]
  arm      = ["Microsoft.DevCenter/projects/pools"]
  requires = ["azurerm_dev_center_project", "azurerm_dev_center_dev_box_definition"]
  link     = "https://learn.microsoft.com/azure/dev-box/overview-what-is-microsoft-dev-box"
  note     = "A cloud dev environment attached to an IDE is closest to GitHub Codespaces (a dev container per repository, outside Azure Resource Manager). Microsoft Dev Box pools give each developer a full Windows workstation instead; the instance type becomes the dev box definition's SKU and the inactivity timeout the pool's auto-stop settings."
}

data "aws_codecatalyst_dev_environment" {
  service = "Microsoft Dev Box or GitHub Codespaces"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dev-box/overview-what-is-microsoft-dev-box"
  note    = "Individual dev boxes and codespaces belong to their users and are not exposed as Terraform data sources; query them with the Dev Center or GitHub APIs if needed."
}
