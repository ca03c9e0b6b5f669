# AWS Fault Injection Service → Azure Chaos Studio (experiments, targets and capabilities).

mapping "aws_fis_experiment_template" {
  cloudformation = ["AWS::FIS::ExperimentTemplate"]
  service        = "Azure Chaos Studio"
  status         = "partial"
  azurerm        = ["azurerm_chaos_studio_experiment"]
  arm            = ["Microsoft.Chaos/experiments"]
  requires       = ["azurerm_chaos_studio_target", "azurerm_chaos_studio_capability"]
  link           = "https://learn.microsoft.com/azure/chaos-studio/chaos-studio-overview"
  note           = "An experiment template becomes a Chaos Studio experiment: actions become faults in steps and branches, targets become selectors over resources that were onboarded as targets with capabilities, and the IAM role becomes the experiment's managed identity with role assignments on every target. The fault library differs (service-direct faults and agent-based faults for VMs), so check each action has a counterpart."

  caveat "stop-conditions" {
    when     = try(length(self.stop_condition), length(self.StopConditions), 0) > 0
    severity = "warning"
    message  = "Stop conditions tied to alarms must be rebuilt: have an Azure Monitor alert trigger automation (Logic App or Function in an action group) that cancels the running experiment through the Chaos Studio API."
    link     = "https://learn.microsoft.com/azure/chaos-studio/chaos-studio-samples-rest-api"
  }
}

mapping "aws_fis_target_account_configuration" {
  cloudformation = ["AWS::FIS::TargetAccountConfiguration"]
  service        = "Azure Chaos Studio"
  status         = "implicit"
  azurerm        = ["azurerm_role_assignment", "azurerm_chaos_studio_target"]
  arm            = ["Microsoft.Authorization/roleAssignments", "Microsoft.Chaos/targets"]
  link           = "https://learn.microsoft.com/azure/chaos-studio/chaos-studio-permissions-security"
  note           = "An experiment can act on resources in other subscriptions of the same tenant: onboard those resources as targets and grant the experiment's managed identity roles on them; no account configuration object is needed."
}

data "aws_fis_experiment_templates" {
  service = "Azure Chaos Studio"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/chaos-studio/chaos-studio-overview"
  note    = "azurerm has no data source for Chaos Studio experiments: list them with the Azure CLI or REST API, or reference them from the configuration that creates them."
}
