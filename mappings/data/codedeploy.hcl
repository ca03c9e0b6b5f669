# AWS CodeDeploy → Azure Pipelines deployment jobs (environments with VM resources), Azure Functions
# deployment slots or Azure Container Apps revisions, depending on the compute platform.

mapping "aws_codedeploy_app" {
  cloudformation = ["AWS::CodeDeploy::Application"]
  service        = "Azure Pipelines or GitHub Actions"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/process/deployment-jobs"
  note           = "Azure has no deployment-orchestration resource: an application becomes the deployment jobs of a pipeline (Azure Pipelines environments or GitHub Actions environments). Not an azurerm resource; declare environments with the azuredevops or github provider, or in pipeline YAML."

  target "lambda" {
    when    = try(lower(self.compute_platform), lower(self.ComputePlatform), "") == "lambda"
    service = "Azure Functions deployment slots"
    status  = "partial"
    azurerm = ["azurerm_linux_function_app_slot", "azurerm_windows_function_app_slot"]
    arm     = ["Microsoft.Web/sites/slots"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-slots"
    note    = "Lambda alias shifting becomes a staging slot that is swapped into production after validation; the deployment itself runs in a pipeline."
  }

  target "ecs" {
    when    = try(lower(self.compute_platform), lower(self.ComputePlatform), "") == "ecs"
    service = "Azure Container Apps revisions"
    status  = "partial"
    azurerm = ["azurerm_container_app"]
    arm     = ["Microsoft.App/containerApps"]
    link    = "https://learn.microsoft.com/azure/container-apps/blue-green-deployment"
    note    = "ECS blue/green becomes multiple-revision mode (revision_mode = \"Multiple\"): deploy a new revision with a label, test it, then move the ingress traffic weights to it; the pipeline drives the steps."
  }
}

mapping "aws_codedeploy_deployment_group" {
  cloudformation = ["AWS::CodeDeploy::DeploymentGroup"]
  service        = "Azure Pipelines or GitHub Actions"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/process/deployment-jobs"
  note           = "A deployment group becomes a deployment job with a strategy (runOnce, rolling or canary) against an environment; for EC2/on-premises targets the environment holds VM resources (agents registered on each VM), the counterpart of the CodeDeploy agent and tag filters. Not an azurerm resource."

  caveat "blue-green-servers" {
    when     = try(upper(self.deployment_style[0].deployment_type), upper(self.DeploymentStyle.DeploymentType), "") == "BLUE_GREEN" && try(lower(self.compute_platform), "server") == "server"
    severity = "warning"
    message  = "Blue/green on servers (a replacement Auto Scaling group behind the load balancer) has no managed equivalent: build it in the pipeline, for example a second virtual machine scale set and a switch of the Application Gateway or Load Balancer backend pool."
    link     = "https://learn.microsoft.com/azure/devops/pipelines/process/deployment-jobs"
  }

  caveat "alarm-rollback" {
    when     = try(length(self.alarm_configuration), 0) > 0 || can(self.AlarmConfiguration) || try(length(self.auto_rollback_configuration), 0) > 0 || can(self.AutoRollbackConfiguration)
    severity = "info"
    message  = "Alarm-based stop and automatic rollback become pipeline checks: add a Query Azure Monitor alerts check on the environment and an on-failure step in the deployment strategy that redeploys the previous version."
    link     = "https://learn.microsoft.com/azure/devops/pipelines/process/approvals"
  }
}

mapping "aws_codedeploy_deployment_config" {
  cloudformation = ["AWS::CodeDeploy::DeploymentConfig"]
  service        = "Azure Pipelines or GitHub Actions"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/process/deployment-jobs"
  note           = "A deployment configuration becomes the strategy of the pipeline's deployment job: minimum healthy hosts becomes a rolling strategy's maxParallel (hosts or percentage updated at a time), and canary or linear traffic shifting becomes a canary strategy's increments, or traffic weights on Container Apps revisions or a Functions slot swap driven by the pipeline."
}
