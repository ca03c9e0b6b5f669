# Amazon CodeGuru Reviewer → code scanning in GitHub Advanced Security (GitHub or Azure DevOps).

mapping "aws_codegurureviewer_repository_association" {
  cloudformation = ["AWS::CodeGuruReviewer::RepositoryAssociation"]
  service        = "GitHub Advanced Security code scanning"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/repos/security/github-advanced-security-code-scanning"
  note           = "Automated review of a repository becomes CodeQL code scanning enabled on the repository (GitHub Advanced Security on GitHub, or for Azure DevOps), which annotates pull requests with findings. Neither is an azurerm resource; quality and performance suggestions beyond security need other analyzers or GitHub Copilot code review."
}
