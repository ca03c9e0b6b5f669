# AWS App Runner → Azure Container Apps (an app in a Container Apps environment).

mapping "aws_apprunner_service" {
  cloudformation = ["AWS::AppRunner::Service"]
  service        = "Azure Container Apps"
  status         = "direct"
  azurerm        = ["azurerm_container_app"]
  arm            = ["Microsoft.App/containerApps"]
  requires       = ["azurerm_container_app_environment"]
  link           = "https://learn.microsoft.com/azure/container-apps/overview"
  note           = "An App Runner service becomes a container app with external HTTP ingress in a Container Apps environment. Map instance cpu/memory to the container's cpu and memory (Consumption allows fixed cpu/memory pairs), the image to template.container.image with registry credentials or a managed identity for Azure Container Registry, and the health check to liveness/readiness probes."

  caveat "source-code" {
    when     = can(self.source_configuration[0].code_repository[0]) || can(self.SourceConfiguration.CodeRepository)
    severity = "warning"
    message  = "App Runner builds from a source repository itself; Container Apps runs images. Build the image in a pipeline (GitHub Actions or Azure Pipelines to Azure Container Registry) and deploy the new revision, or use the source-to-cloud build of az containerapp up."
    link     = "https://learn.microsoft.com/azure/container-apps/github-actions"
  }

  caveat "auto-deploy" {
    when     = try(tostring(try(self.source_configuration[0].auto_deployments_enabled, self.SourceConfiguration.AutoDeploymentsEnabled)) == "true", false)
    severity = "info"
    message  = "Automatic deployment on image push has no built-in switch: trigger a revision update from the registry pipeline (for example GitHub Actions or an Azure Container Registry task)."
    link     = "https://learn.microsoft.com/azure/container-apps/github-actions"
  }

  caveat "private-ingress" {
    when     = try(tostring(try(self.network_configuration[0].ingress_configuration[0].is_publicly_accessible, self.NetworkConfiguration.IngressConfiguration.IsPubliclyAccessible)) == "false", false)
    severity = "info"
    message  = "A private service becomes an app in an internal environment (internal_load_balancer_enabled = true on a VNet-integrated environment) with ingress limited to the environment or the virtual network."
    link     = "https://learn.microsoft.com/azure/container-apps/networking"
  }
}

mapping "aws_apprunner_auto_scaling_configuration_version" {
  cloudformation = ["AWS::AppRunner::AutoScalingConfiguration"]
  service        = "Azure Container Apps"
  status         = "implicit"
  azurerm        = ["azurerm_container_app"]
  arm            = ["Microsoft.App/containerApps"]
  link           = "https://learn.microsoft.com/azure/container-apps/scale-app"
  note           = "Scaling is part of each container app's template: min_size/max_size become min_replicas/max_replicas and max_concurrency becomes an HTTP scale rule's concurrent_requests. There is no shared, versioned scaling object."

  caveat "scale-to-zero" {
    severity = "info"
    message  = "Container Apps can scale to zero (min_replicas = 0, with a cold start on the next request) where App Runner keeps at least one provisioned instance; set min_replicas to 1 or more to keep App Runner's behaviour."
    link     = "https://learn.microsoft.com/azure/container-apps/scale-app"
  }
}

mapping "aws_apprunner_connection" {
  service = "GitHub Actions with Microsoft Entra workload identity federation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-apps/github-actions"
  note    = "Container Apps has no connection to a source provider: the repository's pipeline builds and pushes the image and updates the app, signing in to Azure with a federated credential (OIDC) instead of a stored connection."
}

mapping "aws_apprunner_custom_domain_association" {
  service  = "Azure Container Apps"
  status   = "direct"
  azurerm  = ["azurerm_container_app_custom_domain"]
  arm      = ["Microsoft.App/containerApps"]
  requires = ["azurerm_dns_txt_record", "azurerm_dns_cname_record"]
  link     = "https://learn.microsoft.com/azure/container-apps/custom-domains-managed-certificates"
  note     = "Bind the host name with azurerm_container_app_custom_domain after creating the asuid TXT record (domain verification) and a CNAME (or A record for an apex domain); a free managed certificate replaces the ACM certificate App Runner provisions."

  caveat "www-subdomain" {
    when     = try(tostring(try(self.enable_www_subdomain, self.EnableWWWSubdomain)) == "true", true)
    severity = "info"
    message  = "App Runner also associates www.<domain> by default; on Container Apps each host name is bound separately, so add a second custom domain (with its own TXT and CNAME records) for the www name."
    link     = "https://learn.microsoft.com/azure/container-apps/custom-domains-managed-certificates"
  }
}

mapping "aws_apprunner_observability_configuration" {
  cloudformation = ["AWS::AppRunner::ObservabilityConfiguration"]
  service        = "Azure Monitor Application Insights"
  status         = "partial"
  azurerm        = ["azurerm_application_insights"]
  arm            = ["Microsoft.Insights/components"]
  link           = "https://learn.microsoft.com/azure/container-apps/opentelemetry-agents"
  note           = "X-Ray tracing becomes OpenTelemetry traces sent to Application Insights, either from the app's SDK or through the environment's managed OpenTelemetry agent. The agent is configured on the environment (ARM, Bicep, CLI or azapi), not through azurerm."
}

mapping "aws_apprunner_vpc_connector" {
  cloudformation = ["AWS::AppRunner::VpcConnector"]
  service        = "Azure Container Apps"
  status         = "implicit"
  azurerm        = ["azurerm_container_app_environment", "azurerm_subnet"]
  arm            = ["Microsoft.App/managedEnvironments", "Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/azure/container-apps/networking"
  note           = "Outbound access to a virtual network is a property of the environment: create it with infrastructure_subnet_id on a dedicated subnet (delegated to Microsoft.App/environments for workload-profile environments); every app in it then reaches the VNet. Security groups become NSG rules on that subnet."

  caveat "environment-scope" {
    severity = "warning"
    message  = "VNet integration is chosen when the environment is created and cannot be added later; services that use different VPC connectors need separate environments, each on its own sufficiently large subnet."
    link     = "https://learn.microsoft.com/azure/container-apps/networking"
  }
}

mapping "aws_apprunner_vpc_ingress_connection" {
  cloudformation = ["AWS::AppRunner::VpcIngressConnection"]
  service        = "Azure Container Apps"
  status         = "partial"
  azurerm        = ["azurerm_container_app_environment", "azurerm_private_endpoint"]
  arm            = ["Microsoft.App/managedEnvironments", "Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/container-apps/networking"
  note           = "Private ingress from a VPC becomes an internal environment (internal_load_balancer_enabled = true) in the virtual network, or a private endpoint to the environment, plus a private DNS zone for the app's host names."
}

mapping "aws_apprunner_default_auto_scaling_configuration_version" {
  service = "Azure Container Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-apps/scale-app"
  note    = "There is no account-wide default scaling configuration: every container app carries its own min_replicas, max_replicas and scale rules, so set them in each app (a shared Terraform module or variable keeps them consistent)."
}

mapping "aws_apprunner_deployment" {
  service = "Azure Container Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-apps/revisions"
  note    = "A deployment is an action, not a resource: changing the container app's template (for example the image tag or a revision suffix) creates a new revision; the deployment pipeline updates the app instead of a separate trigger resource."
}

data "aws_apprunner_hosted_zone_id" {
  service = "Azure DNS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-apps/custom-domains-managed-certificates"
  note    = "Nothing to look up: a custom domain points at the container app's FQDN with a CNAME record (or an A record to the environment's static IP for an apex domain) plus an asuid TXT record for domain verification."
}
