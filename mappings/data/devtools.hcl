# AWS CodeBuild, CodeCommit and CodePipeline → Azure DevOps (Pipelines, Repos) or GitHub
# (Actions, repositories). These are not Azure Resource Manager resources: azurerm can't create
# them (use the microsoft/azuredevops or integrations/github Terraform providers), except the build
# agents' compute (Managed DevOps Pools).

mapping "aws_codebuild_project" {
  cloudformation = ["AWS::CodeBuild::Project"]
  service        = "Azure Pipelines or GitHub Actions"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/get-started/what-is-azure-pipelines"
  note           = "A build project becomes a YAML pipeline (Azure Pipelines) or workflow (GitHub Actions), neither of which is an azurerm resource: rewrite the buildspec phases as steps, environment variables and Parameter Store/Secrets Manager references as variable groups or secrets linked to Key Vault, and the compute type as an agent pool. Pure container image builds can use ACR Tasks (azurerm_container_registry_task) instead."

  caveat "vpc-access" {
    when     = try(length(self.vpc_config), 0) > 0 || can(self.VpcConfig)
    severity = "info"
    message  = "Builds that run inside a VPC need agents in your virtual network: a Managed DevOps Pool injected into a subnet (azurerm_managed_devops_pool), self-hosted agents on a scale set, or GitHub-hosted runners with Azure private networking."
    link     = "https://learn.microsoft.com/azure/devops/managed-devops-pools/overview"
  }

  caveat "docker-builds" {
    when     = try(tostring(try(self.environment[0].privileged_mode, self.Environment.PrivilegedMode)) == "true", false)
    severity = "info"
    message  = "Privileged mode (Docker builds) is available on Microsoft-hosted and Managed DevOps Pool agents; alternatively run az acr build so ACR Tasks builds the image in Azure without a Docker daemon on the agent."
    link     = "https://learn.microsoft.com/azure/container-registry/container-registry-tasks-overview"
  }
}

mapping "aws_codebuild_fleet" {
  cloudformation = ["AWS::CodeBuild::Fleet"]
  service        = "Managed DevOps Pools"
  status         = "partial"
  azurerm        = ["azurerm_managed_devops_pool"]
  arm            = ["Microsoft.DevOpsInfrastructure/pools"]
  requires       = ["azurerm_dev_center_project"]
  link           = "https://learn.microsoft.com/azure/devops/managed-devops-pools/overview"
  note           = "A reserved-capacity fleet becomes a Managed DevOps Pool (agents for Azure Pipelines) with a VM size, image and maximum concurrency, optionally kept warm with standby agents and injected into a subnet. GitHub Actions users use larger runners or self-hosted runners instead."
}

mapping "aws_codecommit_repository" {
  cloudformation = ["AWS::CodeCommit::Repository"]
  service        = "Azure Repos or GitHub"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/repos/get-started/what-is-repos"
  note           = "A Git repository moves to Azure Repos or GitHub (clone with --mirror and push); neither is an azurerm resource, so declare it with the azuredevops provider (azuredevops_git_repository) or the github provider. Approval rule templates become branch policies, and triggers become service hooks or webhooks."
}

mapping "aws_codepipeline" {
  cloudformation = ["AWS::CodePipeline::Pipeline"]
  service        = "Azure Pipelines or GitHub Actions"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/process/stages"
  note           = "A pipeline becomes a multi-stage YAML pipeline (or a GitHub Actions workflow with jobs): stages map to stages, actions to jobs and tasks, source actions to repository triggers, and deploy actions (CloudFormation, ECS, CodeDeploy) to tasks that deploy Terraform/Bicep or to Container Apps/AKS. Not an azurerm resource; manage it with the azuredevops provider or as YAML in the repository."

  caveat "manual-approval" {
    when     = try(length(regex("(?i)\"category\":\"approval\"", jsonencode(try(self.stage, self.Stages)))) > 0, false)
    severity = "info"
    message  = "Manual approval actions become approvals and checks on an Azure Pipelines environment (or required reviewers on a GitHub environment); the deployment job targeting the environment waits for them."
    link     = "https://learn.microsoft.com/azure/devops/pipelines/process/approvals"
  }
}

mapping "aws_codebuild_report_group" {
  cloudformation = ["AWS::CodeBuild::ReportGroup"]
  service        = "Azure Pipelines test results"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/test/review-continuous-test-results-after-build"
  note           = "Test and coverage reports are published from the pipeline (PublishTestResults and PublishCodeCoverageResults tasks) and kept with the run; there is no report group resource, and export to S3 becomes a step that copies the files to a storage account."
}

mapping "aws_codebuild_resource_policy" {
  service = "Azure DevOps permissions"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/policies/permissions"
  note    = "Sharing a build project or report group with other accounts becomes pipeline and project permissions for users or groups of the Azure DevOps organization (or repository access on GitHub); not an azurerm resource."
}

mapping "aws_codebuild_source_credential" {
  cloudformation = ["AWS::CodeBuild::SourceCredential"]
  service        = "Azure DevOps service connections"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/library/service-endpoints"
  note           = "A GitHub or Bitbucket token becomes a service connection of the Azure DevOps project (azuredevops provider), preferably using the GitHub App or OAuth rather than a personal access token."
}

mapping "aws_codebuild_webhook" {
  service = "Azure Pipelines or GitHub Actions"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/build/triggers"
  note    = "Build-on-push and pull request webhooks become the trigger and pr sections of the pipeline YAML (or on: push / pull_request in a workflow); filter groups become branch and path filters."
}

mapping "aws_codecommit_approval_rule_template" {
  service = "Azure Repos branch policies"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/repos/git/branch-policies"
  note    = "An approval rule becomes a branch policy requiring a minimum number of reviewers, or automatically included reviewers for named groups (azuredevops_branch_policy_min_reviewers, or GitHub branch protection with required reviews)."
}

mapping "aws_codecommit_approval_rule_template_association" {
  service = "Azure Repos branch policies"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/devops/repos/git/branch-policies"
  note    = "A branch policy is created for a repository (or all repositories of a project) and branch directly, so there is no separate association."
}

mapping "aws_codecommit_trigger" {
  service = "Azure DevOps service hooks"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/service-hooks/overview"
  note    = "Repository triggers to SNS or Lambda become service hook subscriptions on code-pushed events (to Web Hooks, Service Bus or Storage queues), or repository webhooks on GitHub."
}

mapping "aws_codepipeline_custom_action_type" {
  cloudformation = ["AWS::CodePipeline::CustomActionType"]
  service        = "Azure Pipelines task extensions"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/extend/develop/add-build-task"
  note           = "A custom action polled by your own job worker becomes a custom task in an Azure DevOps extension, a reusable template, or a GitHub Action; steps run on the agent instead of being polled from the pipeline."
}

mapping "aws_codepipeline_webhook" {
  cloudformation = ["AWS::CodePipeline::Webhook"]
  service        = "Azure Pipelines or GitHub Actions"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/build/triggers"
  note           = "Source change webhooks become the pipeline's repository triggers; external systems start a run through an incoming webhook service connection and resource trigger (or repository_dispatch on GitHub)."
}

data "aws_codebuild_fleet" {
  service = "Managed DevOps Pools"
  status  = "direct"
  azurerm = ["azurerm_managed_devops_pool"]
  link    = "https://learn.microsoft.com/azure/devops/managed-devops-pools/overview"
  note    = "Looks up the Managed DevOps Pool that replaces the fleet."
}

data "aws_codecommit_repository" {
  service = "Azure Repos or GitHub"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/repos/get-started/what-is-repos"
  note    = "Not in azurerm: read clone URLs with azuredevops_git_repository (azuredevops provider) or github_repository."
}

data "aws_codecommit_approval_rule_template" {
  service = "Azure Repos branch policies"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/devops/repos/git/branch-policies"
  note    = "Not in azurerm: branch policies are managed and read with the azuredevops provider (or GitHub branch protection)."
}
