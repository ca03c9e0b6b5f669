# AWS AppConfig → Azure App Configuration (key-values, labels, feature flags, snapshots).
# AppConfig pushes validated, staged deployments; App Configuration is a store that
# clients poll, so deployment strategies and alarm rollback have no counterpart.

mapping "aws_appconfig_application" {
  cloudformation = ["AWS::AppConfig::Application"]
  service        = "Azure App Configuration"
  status         = "partial"
  azurerm        = ["azurerm_app_configuration"]
  arm            = ["Microsoft.AppConfiguration/configurationStores"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note           = "An application becomes an App Configuration store, or a key prefix (myapp:) inside a shared store. Use the Standard tier for production (the Free tier has no SLA and low request quotas) and grant readers App Configuration Data Reader through managed identities."
}

mapping "aws_appconfig_environment" {
  cloudformation = ["AWS::AppConfig::Environment"]
  service        = "Azure App Configuration"
  status         = "implicit"
  azurerm        = ["azurerm_app_configuration_key", "azurerm_app_configuration_feature"]
  arm            = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/howto-labels-aspnet-core"
  note           = "Environments become labels (label = \"prod\") on key-values and feature flags, which each client selects when it loads configuration; a separate store per environment is the stricter alternative."

  caveat "alarm-rollback" {
    when     = try(length(self.monitor), length(self.Monitors), 0) > 0
    severity = "warning"
    message  = "App Configuration cannot watch alarms and roll back a deployment: automate the rollback yourself (an Azure Monitor alert that triggers a pipeline or runbook restoring the previous snapshot or key-values)."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/concept-snapshots"
  }
}

mapping "aws_appconfig_configuration_profile" {
  cloudformation = ["AWS::AppConfig::ConfigurationProfile"]
  service        = "Azure App Configuration"
  status         = "partial"
  azurerm        = ["azurerm_app_configuration_key"]
  arm            = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note           = "A freeform profile becomes a set of key-values (or one key holding the JSON document with content_type application/json) under the application's prefix. Profiles that point to Parameter Store or Secrets Manager become Key Vault references (azurerm_app_configuration_key with type = \"vault\")."

  target "feature-flags" {
    when    = try(self.type, self.Type, "") == "AWS.AppConfig.FeatureFlags"
    service = "Azure App Configuration feature management"
    status  = "direct"
    azurerm = ["azurerm_app_configuration_feature"]
    arm     = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
    link    = "https://learn.microsoft.com/azure/azure-app-configuration/manage-feature-flags"
    note    = "Each flag becomes an azurerm_app_configuration_feature; flag attributes become variant configuration values or feature filters, read through the Microsoft feature management libraries."
  }

  caveat "validators" {
    when     = try(length(self.validator), length(self.Validators), 0) > 0
    severity = "warning"
    message  = "App Configuration does not validate values on write: run the JSON Schema or Lambda validation in the pipeline that writes the keys, before they reach the store."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  }

  caveat "s3-source" {
    when     = try(startswith(try(self.location_uri, self.LocationUri), "s3://"), false)
    severity = "info"
    message  = "Configuration stored in S3 must be imported into the store (az appconfig kv import from a JSON or YAML file in the pipeline); App Configuration does not read blobs."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  }
}

mapping "aws_appconfig_hosted_configuration_version" {
  cloudformation = ["AWS::AppConfig::HostedConfigurationVersion"]
  service        = "Azure App Configuration"
  status         = "partial"
  azurerm        = ["azurerm_app_configuration_key", "azurerm_app_configuration_feature"]
  arm            = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/concept-snapshots"
  note           = "The content becomes key-values (or feature flags) in the store. App Configuration keeps no numbered versions of a document: use snapshots (immutable, named sets of key-values, created with the CLI or API, not azurerm) when a deployment must pin one version."
}

mapping "aws_appconfig_deployment_strategy" {
  cloudformation = ["AWS::AppConfig::DeploymentStrategy"]
  service        = "Azure App Configuration feature management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/howto-targetingfilter"
  note           = "There are no timed linear or exponential rollouts with a bake time. Gradual exposure of a feature is done with a targeting filter or variant allocation (percentages, users, groups) that you widen over time; gradual rollout of plain settings needs its own pipeline."
}

mapping "aws_appconfig_deployment" {
  cloudformation = ["AWS::AppConfig::Deployment"]
  service        = "Azure App Configuration"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/enable-dynamic-configuration-aspnet-core"
  note           = "Nothing is deployed: writing a key makes it visible to every client that refreshes. Clients poll on a refresh interval, usually watching a sentinel key that the pipeline updates last; to release a fixed set of values together, point clients at a snapshot."
}

mapping "aws_appconfig_extension" {
  cloudformation = ["AWS::AppConfig::Extension"]
  service        = "Azure App Configuration events (Event Grid)"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm            = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/concept-app-configuration-event"
  note           = "Actions that react to configuration changes become an Event Grid system topic on the store with subscriptions for key-value modified or deleted events, delivered to a function, webhook, Service Bus or Event Hubs."

  caveat "pre-deployment-actions" {
    when     = can(regex("(?i)PRE_", jsonencode(try(self.action_point, self.Actions))))
    severity = "warning"
    message  = "Events arrive after the change is made: actions that validate or block a configuration before it is deployed must run in the pipeline that writes the keys."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/concept-app-configuration-event"
  }
}

mapping "aws_appconfig_extension_association" {
  cloudformation = ["AWS::AppConfig::ExtensionAssociation"]
  service        = "Azure App Configuration events (Event Grid)"
  status         = "implicit"
  azurerm        = ["azurerm_eventgrid_system_topic_event_subscription"]
  arm            = ["Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/concept-app-configuration-event"
  note           = "Scope the event subscription to the store, and use subject filters (key prefix or label) to narrow it to one application, profile or environment."
}

data "aws_appconfig_application" {
  service = "Azure App Configuration"
  status  = "direct"
  azurerm = ["azurerm_app_configuration"]
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note    = "Looks up the store (endpoint, identity) that holds the application's configuration."
}

data "aws_appconfig_configuration_profile" {
  service = "Azure App Configuration"
  status  = "partial"
  azurerm = ["azurerm_app_configuration_key"]
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note    = "Reads one key-value (with its label) of the store; a profile spread over many keys is read with azurerm_app_configuration_keys and a key prefix."
}

data "aws_appconfig_configuration_profiles" {
  service = "Azure App Configuration"
  status  = "partial"
  azurerm = ["azurerm_app_configuration_keys"]
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note    = "Lists key-values of the store, filtered by key prefix and label."
}

data "aws_appconfig_environment" {
  service = "Azure App Configuration"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/howto-labels-aspnet-core"
  note    = "An environment is a label, which clients pass when they read keys; there is nothing to look up."
}

data "aws_appconfig_environments" {
  service = "Azure App Configuration"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/howto-labels-aspnet-core"
  note    = "Environments are labels; keep the list of labels as a variable."
}
