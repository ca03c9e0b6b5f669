# AWS CodeArtifact → Azure Artifacts feeds (Azure DevOps) or GitHub Packages. Neither is an Azure
# Resource Manager resource: manage feeds with the microsoft/azuredevops Terraform provider.

mapping "aws_codeartifact_domain" {
  cloudformation = ["AWS::CodeArtifact::Domain"]
  service        = "Azure Artifacts"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/artifacts/concepts/feeds"
  note           = "A domain corresponds to the Azure DevOps organization that holds organization-scoped feeds (or to a project for project-scoped feeds); it is not an azurerm resource. Cross-repository asset deduplication and the domain's KMS key have no setting: Azure Artifacts storage is managed and encrypted by Microsoft."
}

mapping "aws_codeartifact_domain_permissions_policy" {
  service = "Azure Artifacts feed permissions"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/artifacts/feeds/feed-permissions"
  note    = "The domain policy becomes organization-level feed settings (who may create feeds) and feed roles (Owner, Administrator, Contributor, Collaborator, Reader) granted to Entra ID users, groups and pipeline identities (azuredevops_feed_permission)."
}

mapping "aws_codeartifact_repository" {
  cloudformation = ["AWS::CodeArtifact::Repository"]
  service        = "Azure Artifacts"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/artifacts/concepts/feeds"
  note           = "A repository becomes a feed (azuredevops_feed) that serves npm, NuGet, Maven, Python and Cargo packages plus Universal Packages (the counterpart of generic packages); GitHub Packages is the alternative for GitHub-hosted code. Upstream repositories become the feed's upstream sources, and clients authenticate with Entra ID or personal access tokens instead of CodeArtifact tokens."

  caveat "external-connection" {
    when     = can(self.external_connections) || can(self.ExternalConnections)
    severity = "info"
    message  = "External connections (npmjs, PyPI, Maven Central, NuGet Gallery) become public upstream sources on the feed; packages pulled through them are saved in the feed like CodeArtifact does."
    link     = "https://learn.microsoft.com/azure/devops/artifacts/concepts/upstream-sources"
  }
}

mapping "aws_codeartifact_repository_permissions_policy" {
  service = "Azure Artifacts feed permissions"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/artifacts/feeds/feed-permissions"
  note    = "A repository policy becomes feed roles on that feed (azuredevops_feed_permission); cross-account principals become users or groups of the Azure DevOps organization, and pipelines use the project build service identity."
}

mapping "AWS::CodeArtifact::PackageGroup" {
  service = "Azure Artifacts upstream behavior"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/artifacts/concepts/upstream-behavior"
  note    = "Package origin controls become the per-package upstream behavior setting, which by default blocks public versions of a package that already has private versions in the feed. There are no pattern-based package groups: the setting is made package by package."
}

data "aws_codeartifact_authorization_token" {
  service = "Azure Artifacts authentication"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/devops/artifacts/npm/npmrc"
  note    = "There is no token-issuing data source: pipelines authenticate with the Azure Artifacts credential provider or authenticate tasks, and local clients with an Entra ID sign-in or a personal access token."
}

data "aws_codeartifact_repository_endpoint" {
  service = "Azure Artifacts"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/devops/artifacts/concepts/feeds"
  note    = "Feed URLs follow a fixed pattern per package type (shown in the feed's Connect to feed page); compose them from the organization, project and feed names instead of looking them up."
}
