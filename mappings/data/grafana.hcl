# Amazon Managed Grafana → Azure Managed Grafana.

mapping "aws_grafana_workspace" {
  cloudformation = ["AWS::Grafana::Workspace"]
  service        = "Azure Managed Grafana"
  status         = "direct"
  azurerm        = ["azurerm_dashboard_grafana"]
  arm            = ["Microsoft.Dashboard/grafana"]
  link           = "https://learn.microsoft.com/azure/managed-grafana/overview"
  note           = "A Grafana workspace becomes an Azure Managed Grafana workspace (Essential or Standard SKU). Users sign in with Microsoft Entra ID and get Grafana roles through Azure role assignments; the workspace's managed identity reads Azure Monitor data. Dashboards are exported as JSON and imported, not converted."

  caveat "aws-data-sources" {
    when     = try(length(self.data_sources), length(self.DataSources), 0) > 0
    severity = "warning"
    message  = "AWS data sources (CloudWatch, X-Ray, Amazon Managed Service for Prometheus, Timestream) were reached with the workspace's IAM role; from Azure they need AWS credentials stored in the data source, or the dashboards must be rebuilt on Azure Monitor, Azure Monitor managed Prometheus or Azure Data Explorer."
    link     = "https://learn.microsoft.com/azure/managed-grafana/how-to-data-source-plugins-managed-identity"
  }

  caveat "sso-saml" {
    when     = try(anytrue([for p in try(self.authentication_providers, self.AuthenticationProviders, []) : try(upper(p), "") == "SAML"]), false)
    severity = "info"
    message  = "Sign-in is always Microsoft Entra ID: federate the SAML identity provider with Entra ID (or invite its users as guests) instead of configuring SAML on the workspace, and map SAML groups to Entra groups with Grafana role assignments."
    link     = "https://learn.microsoft.com/azure/managed-grafana/how-to-share-grafana-workspace"
  }

  caveat "sns-notifications" {
    when     = try(length(self.notification_destinations), length(self.NotificationDestinations), 0) > 0
    severity = "info"
    message  = "SNS notification channels become Grafana contact points (email through the workspace's SMTP settings, webhooks, Teams and others), or Azure Monitor action groups when alerting moves to Azure Monitor."
    link     = "https://learn.microsoft.com/azure/managed-grafana/how-to-smtp-settings"
  }

  caveat "vpc-data-sources" {
    when     = can(self.vpc_configuration) || can(self.VpcConfiguration)
    severity = "info"
    message  = "Reaching private data sources from inside a VPC becomes managed private endpoints (azurerm_dashboard_grafana_managed_private_endpoint, Standard SKU) from the Grafana workspace to the data source."
    link     = "https://learn.microsoft.com/azure/managed-grafana/how-to-connect-to-data-source-privately"
  }

  caveat "network-access-control" {
    when     = can(self.network_access_control) || can(self.NetworkAccessControl)
    severity = "info"
    message  = "Restricting who can reach the workspace becomes a private endpoint to the Grafana workspace with public_network_access_enabled = false; there is no IP allow list on the workspace itself."
    link     = "https://learn.microsoft.com/azure/managed-grafana/how-to-set-up-private-access"
  }
}

mapping "aws_grafana_role_association" {
  service = "Azure Managed Grafana"
  status  = "direct"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/how-to-share-grafana-workspace"
  note    = "Workspace ADMIN, EDITOR and VIEWER roles become the built-in Azure roles Grafana Admin, Grafana Editor and Grafana Viewer, assigned to Entra users, groups, service principals or managed identities at the Grafana workspace scope."
}

mapping "aws_grafana_license_association" {
  service = "Azure Managed Grafana"
  status  = "implicit"
  azurerm = ["azurerm_dashboard_grafana"]
  arm     = ["Microsoft.Dashboard/grafana"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/how-to-grafana-enterprise"
  note    = "Enterprise plugins come from enabling Grafana Enterprise on a Standard-SKU workspace, which adds a Grafana Labs plan bought through Azure Marketplace; there is no separate license resource."
}

mapping "aws_grafana_workspace_api_key" {
  service = "Azure Managed Grafana"
  status  = "implicit"
  azurerm = ["azurerm_dashboard_grafana"]
  arm     = ["Microsoft.Dashboard/grafana"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/how-to-service-accounts"
  note    = "Grafana API keys are deprecated in favour of service accounts. Enable them on the workspace (api_key_enabled) and create service accounts and tokens in Grafana (az grafana service-account, the Grafana API or the grafana provider); for automation, prefer calling the Grafana API with a Microsoft Entra token instead of a stored key."
}

mapping "aws_grafana_workspace_service_account" {
  service = "Azure Managed Grafana"
  status  = "implicit"
  azurerm = ["azurerm_dashboard_grafana"]
  arm     = ["Microsoft.Dashboard/grafana"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/how-to-service-accounts"
  note    = "Service accounts live inside Grafana, not in ARM: enable them on the workspace (api_key_enabled) and create them with az grafana service-account, the Grafana API or the grafana provider."
}

mapping "aws_grafana_workspace_service_account_token" {
  service = "Azure Managed Grafana"
  status  = "implicit"
  azurerm = ["azurerm_dashboard_grafana"]
  arm     = ["Microsoft.Dashboard/grafana"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/how-to-service-accounts"
  note    = "Service account tokens are created in Grafana (az grafana service-account token create, the Grafana API or the grafana provider) and should be kept in Key Vault; they are not ARM resources."
}

mapping "aws_grafana_workspace_saml_configuration" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/managed-grafana/how-to-share-grafana-workspace"
  note    = "Azure Managed Grafana signs users in with Microsoft Entra ID, so there is no SAML configuration on the workspace: federate the existing SAML identity provider with the Entra tenant and grant Grafana roles to the corresponding Entra groups."
}

data "aws_grafana_workspace" {
  service = "Azure Managed Grafana"
  status  = "direct"
  azurerm = ["azurerm_dashboard_grafana"]
  link    = "https://learn.microsoft.com/azure/managed-grafana/overview"
  note    = "Looks up the Grafana instance by name and resource group (endpoint, identity)."
}
