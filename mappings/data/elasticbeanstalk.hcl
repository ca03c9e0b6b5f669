# AWS Elastic Beanstalk → Azure App Service (web apps on an App Service plan); worker
# environments → Azure Functions.

mapping "aws_elastic_beanstalk_application" {
  cloudformation = ["AWS::ElasticBeanstalk::Application"]
  service        = "Azure resource group"
  status         = "implicit"
  azurerm        = ["azurerm_resource_group"]
  arm            = ["Microsoft.Resources/resourceGroups"]
  link           = "https://learn.microsoft.com/azure/azure-resource-manager/management/manage-resource-groups-portal"
  note           = "App Service has no application object above its apps: group the web apps, plan and related resources of one application in a resource group (or by tags). Version lifecycle rules have no counterpart; deployment history is kept by the deployment source (Git, ACR, pipeline artifacts)."
}

mapping "aws_elastic_beanstalk_application_version" {
  cloudformation = ["AWS::ElasticBeanstalk::ApplicationVersion"]
  service        = "Azure App Service deployment"
  status         = "implicit"
  azurerm        = ["azurerm_linux_web_app", "azurerm_windows_web_app"]
  arm            = ["Microsoft.Web/sites"]
  link           = "https://learn.microsoft.com/azure/app-service/deploy-zip"
  note           = "A source bundle is not a resource on Azure: deploy the same ZIP package to the web app (zip deploy from a pipeline, az webapp deploy, or zip_deploy_file on the web app), or push a container image to Azure Container Registry. Use deployment slots to stage a version and swap it into production."
}

mapping "aws_elastic_beanstalk_configuration_template" {
  cloudformation = ["AWS::ElasticBeanstalk::ConfigurationTemplate"]
  service        = "Azure App Service"
  status         = "implicit"
  azurerm        = ["azurerm_linux_web_app", "azurerm_windows_web_app", "azurerm_service_plan"]
  arm            = ["Microsoft.Web/sites", "Microsoft.Web/serverfarms"]
  link           = "https://learn.microsoft.com/azure/app-service/configure-common"
  note           = "Saved configurations have no Azure object: option settings become site_config, app_settings and connection strings of each web app, and instance type and count become the plan's SKU and worker count. Reuse a configuration with a Terraform module or Bicep module instead of a template."
}

mapping "aws_elastic_beanstalk_environment" {
  cloudformation = ["AWS::ElasticBeanstalk::Environment"]
  service        = "Azure App Service"
  status         = "partial"
  azurerm        = ["azurerm_linux_web_app"]
  arm            = ["Microsoft.Web/sites", "Microsoft.Web/serverfarms"]
  requires       = ["azurerm_service_plan"]
  link           = "https://learn.microsoft.com/azure/app-service/overview"
  note           = "A web server environment becomes a web app on an App Service plan: the platform (solution stack) becomes the runtime stack in site_config.application_stack, environment properties become app_settings, and the load balancer, instances and health reporting are built in. .ebextensions and platform hooks have no equivalent; move their work into the build, a startup command or a custom container."

  target "windows" {
    when     = try(length(regex("(?i)windows", try(self.solution_stack_name, self.SolutionStackName))) > 0, false)
    service  = "Azure App Service (Windows)"
    status   = "partial"
    azurerm  = ["azurerm_windows_web_app"]
    arm      = ["Microsoft.Web/sites", "Microsoft.Web/serverfarms"]
    requires = ["azurerm_service_plan"]
    link     = "https://learn.microsoft.com/azure/app-service/overview"
    note     = "A Windows Server/IIS platform becomes a Windows web app on a Windows App Service plan: .NET Framework and ASP.NET Core apps deploy as packages, and IIS settings from .ebextensions become web.config or app settings."
  }

  target "worker" {
    when     = try(lower(self.tier), lower(self.Tier.Name), "") == "worker"
    service  = "Azure Functions"
    status   = "partial"
    azurerm  = ["azurerm_linux_function_app"]
    arm      = ["Microsoft.Web/sites"]
    requires = ["azurerm_service_plan", "azurerm_servicebus_queue"]
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus-trigger"
    note     = "A worker environment (the SQS daemon POSTing messages to the app) becomes a function app with a Service Bus queue trigger, or a WebJob on the web app. cron.yaml periodic tasks become timer-triggered functions."
  }

  caveat "docker" {
    when     = try(length(regex("(?i)docker", try(self.solution_stack_name, self.SolutionStackName))) > 0, false)
    severity = "info"
    message  = "A Docker platform becomes a web app for containers (application_stack with a docker image from Azure Container Registry). Multicontainer (Compose/ECS) platforms fit Azure Container Apps better than App Service sidecars."
    link     = "https://learn.microsoft.com/azure/app-service/configure-custom-container"
  }

  caveat "autoscaling" {
    when     = try(length(regex("aws:autoscaling", jsonencode(try(self.setting, self.OptionSettings)))) > 0, false)
    severity = "info"
    message  = "Auto Scaling group settings become the plan's instance count and an autoscale setting (azurerm_monitor_autoscale_setting) on the App Service plan; scale-out applies to all apps on the plan."
    link     = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-get-started"
  }
}

data "aws_elastic_beanstalk_application" {
  service = "Azure resource group"
  status  = "implicit"
  azurerm = ["azurerm_resource_group"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/manage-resource-groups-portal"
  note    = "Look up the resource group that holds the application's web apps."
}

data "aws_elastic_beanstalk_hosted_zone" {
  service = "Azure App Service custom domains"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/app-service/app-service-web-tutorial-custom-domain"
  note    = "App Service has no hosted zone ID for alias records: point a CNAME at <app>.azurewebsites.net (or an A record at the app's IP for apex domains) and add the asuid TXT record for domain verification."
}

data "aws_elastic_beanstalk_solution_stack" {
  service = "Azure App Service runtime stacks"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/app-service/language-support-policy"
  note    = "Runtime stacks are plain values of site_config.application_stack, not objects to look up; list the supported ones with az webapp list-runtimes and pin the version in configuration."
}
