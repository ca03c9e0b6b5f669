# CloudWatch Evidently → Azure App Configuration feature management (variant feature flags, experimentation).

mapping "aws_evidently_project" {
  cloudformation = ["AWS::Evidently::Project"]
  service        = "Azure App Configuration"
  status         = "partial"
  azurerm        = ["azurerm_app_configuration"]
  arm            = ["Microsoft.AppConfiguration/configurationStores"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note           = "A project becomes an App Configuration store (or a key prefix or label in a shared store) that holds the feature flags. Applications evaluate flags locally with the Microsoft feature management libraries instead of calling an evaluation API."

  caveat "evaluation-events" {
    when     = can(self.data_delivery) || can(self.DataDelivery)
    severity = "info"
    message  = "Evaluation events are not delivered to a log group or bucket: the feature management libraries send them to Application Insights when telemetry is enabled on the flag, where they can be queried or exported."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/concept-experimentation"
  }
}

mapping "aws_evidently_feature" {
  cloudformation = ["AWS::Evidently::Feature"]
  service        = "Azure App Configuration feature management"
  status         = "partial"
  azurerm        = ["azurerm_app_configuration_feature"]
  arm            = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/howto-variant-feature-flags"
  note           = "A feature becomes a variant feature flag: each variation becomes a variant with a configuration value, the default variation becomes the variant served when enabled, and entity overrides become user or group allocations."

  caveat "variants" {
    when     = try(length(self.variations), length(self.Variations), 0) > 0
    severity = "warning"
    message  = "azurerm_app_configuration_feature documents on/off flags with percentage, time-window and targeting filters but no variants; create the variants and their allocation through the App Configuration data plane (portal, az appconfig feature or an imported JSON file)."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/howto-variant-feature-flags"
  }
}

mapping "aws_evidently_launch" {
  cloudformation = ["AWS::Evidently::Launch"]
  service        = "Azure App Configuration feature management"
  status         = "partial"
  azurerm        = ["azurerm_app_configuration_feature"]
  arm            = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/howto-targetingfilter"
  note           = "A launch becomes the rollout settings of the flag: percentage allocation of variants, or a targeting filter with a default rollout percentage and per-group percentages. There is no launch object with its own metrics and status."

  caveat "scheduled-splits" {
    when     = can(self.scheduled_splits_config) || can(self.ScheduledSplitsConfig)
    severity = "warning"
    message  = "Scheduled traffic steps have no counterpart: a time-window filter only switches a flag on or off between two times, so each step of the schedule becomes a deployment (or pipeline job) that updates the percentages."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/howto-timewindow-filter"
  }
}

mapping "aws_evidently_segment" {
  cloudformation = ["AWS::Evidently::Segment"]
  service        = "Azure App Configuration feature management"
  status         = "partial"
  azurerm        = ["azurerm_app_configuration_feature"]
  arm            = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/howto-targetingfilter"
  note           = "A segment becomes the audience of a targeting filter: named groups and users that the application puts in the targeting context. Pattern rules over arbitrary evaluation attributes have no built-in equivalent; compute the group membership in the application or write a custom feature filter."
}

mapping "AWS::Evidently::Experiment" {
  service = "Azure App Configuration experimentation"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/concept-experimentation"
  note    = "An experiment becomes a variant feature flag with telemetry enabled, evaluated and analysed through Application Insights; experimentation in App Configuration is a preview feature, so check its status and region availability before relying on it. Metric definitions are rewritten as events or queries in Application Insights."
}
