# AWS Systems Manager Parameter Store → Azure App Configuration (Key Vault for secure strings).

mapping "aws_ssm_parameter" {
  cloudformation = ["AWS::SSM::Parameter"]
  service        = "Azure App Configuration"
  status         = "direct"
  azurerm        = ["azurerm_app_configuration_key"]
  arm            = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  requires       = ["azurerm_app_configuration"]
  link           = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note           = "A key-value in an App Configuration store; hierarchical names (/app/prod/db) stay as keys, and labels can replace environment prefixes. StringList values are stored as one string."

  target "secure-string" {
    when     = try(lower(self.type), lower(self.Type), "string") == "securestring"
    service  = "Azure Key Vault"
    status   = "direct"
    azurerm  = ["azurerm_key_vault_secret"]
    arm      = ["Microsoft.KeyVault/vaults/secrets"]
    requires = ["azurerm_key_vault"]
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
    note     = "A SecureString becomes a Key Vault secret; an App Configuration Key Vault reference (azurerm_app_configuration_key with type = \"vault\") keeps it readable through the same configuration API."
  }
}

mapping "aws_ssm_document" {
  cloudformation = ["AWS::SSM::Document"]
  service        = "Azure Automation or VM Run Command"
  status         = "partial"
  azurerm        = ["azurerm_automation_runbook", "azurerm_virtual_machine_run_command"]
  arm            = ["Microsoft.Automation/automationAccounts/runbooks", "Microsoft.Compute/virtualMachines/runCommands"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/run-command-overview"
  note           = "Command documents become Run Command scripts on VMs; automation documents become Automation runbooks (PowerShell or Python). Document syntax must be rewritten."
}

mapping "aws_ssm_association" {
  cloudformation = ["AWS::SSM::Association"]
  service        = "Azure Machine Configuration or Azure Update Manager"
  status         = "partial"
  azurerm        = ["azurerm_policy_virtual_machine_configuration_assignment", "azurerm_maintenance_configuration"]
  arm            = ["Microsoft.GuestConfiguration/guestConfigurationAssignments", "Microsoft.Maintenance/maintenanceConfigurations"]
  link           = "https://learn.microsoft.com/azure/governance/machine-configuration/overview"
  note           = "State associations become Machine Configuration assignments (desired state on VMs); patch baselines and schedules become Update Manager maintenance configurations."
}

data "aws_ssm_parameter" {
  service = "Azure App Configuration or Azure Key Vault"
  status  = "direct"
  azurerm = ["azurerm_app_configuration_key", "azurerm_key_vault_secret"]
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note    = "Reads a key-value from App Configuration, or a Key Vault secret for SecureString parameters. Public AWS parameters (latest AMI IDs) become Marketplace image lookups."
}
