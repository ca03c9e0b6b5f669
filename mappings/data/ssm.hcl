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

  caveat "parameter-policies" {
    when     = can(self.Policies)
    severity = "info"
    message  = "Parameter policies (expiration, expiration and no-change notifications) have no App Configuration counterpart: keep such values as Key Vault secrets with an expiration_date, and react to the vault's SecretNearExpiry and SecretExpired events through Event Grid."
    link     = "https://learn.microsoft.com/azure/key-vault/general/event-grid-overview"
  }

  caveat "allowed-pattern" {
    when     = can(self.allowed_pattern) || can(self.AllowedPattern)
    severity = "info"
    message  = "App Configuration doesn't validate values against a pattern: check the value in the pipeline that writes it, or in the application when it loads its configuration."
    link     = "https://learn.microsoft.com/azure/azure-app-configuration/concept-key-value"
  }

  caveat "ami-data-type" {
    when     = try(lower(self.data_type), lower(self.DataType), "text") == "aws:ec2:image"
    severity = "info"
    message  = "The parameter holds an AMI ID, which AWS validates: store the Azure image reference instead (an Azure Compute Gallery image version ID, or a Marketplace publisher, offer, SKU and version), with no validation on write."
    link     = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
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
  differs        = "The comparison pairs Systems Manager as a whole with Automation and Monitor; state and patch associations specifically become Machine Configuration assignments and Update Manager schedules."
}

data "aws_ssm_parameter" {
  service = "Azure App Configuration or Azure Key Vault"
  status  = "direct"
  azurerm = ["azurerm_app_configuration_key", "azurerm_key_vault_secret"]
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note    = "Reads a key-value from App Configuration, or a Key Vault secret for SecureString parameters. Public AWS parameters (latest AMI IDs) become Marketplace image lookups."
}

mapping "aws_ssm_activation" {
  service = "Azure Arc-enabled servers"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/azure-arc/servers/onboard-service-principal"
  note    = "Registering on-premises machines with an activation code becomes onboarding to Azure Arc: create a service principal (azuread provider) holding the Azure Connected Machine Onboarding role on the target resource group and run azcmagent connect with it on each machine. Each machine then appears as a Microsoft.HybridCompute/machines resource managed with Update Manager, Run Command and machine configuration; the expiry of the activation becomes the expiry of the service principal's secret."

  caveat "registration-limit" {
    when     = can(self.registration_limit)
    severity = "info"
    message  = "An onboarding service principal has no machine count limit: restrict its scope and secret lifetime, and rotate or delete it after the rollout."
  }
}

data "aws_ssm_parameters_by_path" {
  service = "Azure App Configuration"
  status  = "partial"
  azurerm = ["azurerm_app_configuration_keys"]
  link    = "https://learn.microsoft.com/azure/azure-app-configuration/concept-key-value"
  note    = "azurerm_app_configuration_keys returns the key-values of a store, optionally filtered by key and label; a path hierarchy becomes a key naming convention (app/db/host), and SecureString values become Key Vault references."
}

data "aws_ssm_document" {
  service = "Azure Automation or VM Run Command"
  status  = "partial"
  azurerm = ["azurerm_automation_runbook"]
  link    = "https://learn.microsoft.com/azure/automation/automation-runbook-types"
  note    = "Custom documents become Automation runbooks (looked up by name and account) or Run Command scripts; AWS-owned documents (AWS-RunShellScript and similar) correspond to built-in Run Command scripts, which need no lookup."
}

data "aws_ssm_patch_baseline" {
  service = "Azure Update Manager"
  status  = "partial"
  azurerm = ["azurerm_maintenance_configuration"]
  link    = "https://learn.microsoft.com/azure/update-manager/scheduled-patching"
  note    = "Patch rules (classifications, included and excluded KBs or packages) live in the install_patches block of a maintenance configuration, looked up by name; AWS default baselines have no counterpart to look up."
}

data "aws_ssm_patch_baselines" {
  service = "Azure Update Manager"
  status  = "partial"
  azurerm = ["azurerm_maintenance_configuration"]
  link    = "https://learn.microsoft.com/azure/update-manager/scheduled-patching"
  note    = "There is no list of baselines: look up each maintenance configuration by name, or list them with azurerm_resources (type Microsoft.Maintenance/maintenanceConfigurations)."
}

data "aws_ssm_maintenance_windows" {
  service = "Azure Update Manager"
  status  = "partial"
  azurerm = ["azurerm_maintenance_configuration"]
  link    = "https://learn.microsoft.com/azure/update-manager/scheduled-patching"
  note    = "Maintenance windows become the window block of maintenance configurations, looked up one by one by name (or listed with azurerm_resources)."
}

mapping "aws_ssm_maintenance_window" {
  cloudformation = ["AWS::SSM::MaintenanceWindow"]
  service        = "Azure Update Manager"
  status         = "partial"
  azurerm        = ["azurerm_maintenance_configuration"]
  arm            = ["Microsoft.Maintenance/maintenanceConfigurations"]
  link           = "https://learn.microsoft.com/azure/update-manager/scheduled-patching"
  note           = "A maintenance window becomes a maintenance configuration with scope InGuestPatch: its window block holds the start time, duration, time zone and recurrence. It only schedules patching; other window tasks need pre and post maintenance events or Azure Automation."
  differs        = "The comparison pairs Systems Manager as a whole with Automation and Monitor; scheduled patching windows specifically are maintenance configurations of Azure Update Manager."
}

mapping "aws_ssm_maintenance_window_target" {
  cloudformation = ["AWS::SSM::MaintenanceWindowTarget"]
  service        = "Azure Update Manager"
  status         = "partial"
  azurerm        = ["azurerm_maintenance_assignment_dynamic_scope", "azurerm_maintenance_assignment_virtual_machine"]
  arm            = ["Microsoft.Maintenance/configurationAssignments"]
  link           = "https://learn.microsoft.com/azure/update-manager/dynamic-scope-overview"
  note           = "Targets by tag or resource group become a dynamic scope (filters on subscription, resource group, location, OS type and tags); targets by instance ID become one configuration assignment per VM. Machines must use the customer-managed schedule patch orchestration mode."
}

mapping "aws_ssm_maintenance_window_task" {
  cloudformation = ["AWS::SSM::MaintenanceWindowTask"]
  service        = "Azure Update Manager"
  status         = "partial"
  azurerm        = ["azurerm_maintenance_configuration"]
  arm            = ["Microsoft.Maintenance/maintenanceConfigurations"]
  link           = "https://learn.microsoft.com/azure/update-manager/pre-post-scripts-overview"
  note           = "A patching task (AWS-RunPatchBaseline) becomes the install_patches block and reboot setting of the maintenance configuration. Other tasks (Run Command, Automation, Lambda, Step Functions) have no place in the window: trigger them from the pre and post maintenance events through Event Grid (webhook, Automation runbook or function)."
}

mapping "aws_ssm_patch_baseline" {
  cloudformation = ["AWS::SSM::PatchBaseline"]
  service        = "Azure Update Manager"
  status         = "partial"
  azurerm        = ["azurerm_maintenance_configuration"]
  arm            = ["Microsoft.Maintenance/maintenanceConfigurations"]
  link           = "https://learn.microsoft.com/azure/update-manager/scheduled-patching"
  note           = "Patch rules become the install_patches block of a maintenance configuration: Windows classifications and included or excluded KB numbers, Linux classifications and included or excluded package names. There is no separate baseline object: each configuration carries its own rules."

  caveat "approval-delay" {
    when     = can(self.approval_rule) || can(self.ApprovalRules)
    severity = "warning"
    message  = "Update Manager has no auto-approval delay or compliance level: updates that match the classifications are installed at the next window. Keep a delay by pinning KB numbers or packages, or by staging schedules (test machines before production)."
    link     = "https://learn.microsoft.com/azure/update-manager/scheduled-patching"
  }
}

mapping "aws_ssm_patch_group" {
  service = "Azure Update Manager"
  status  = "partial"
  azurerm = ["azurerm_maintenance_assignment_dynamic_scope"]
  arm     = ["Microsoft.Maintenance/configurationAssignments"]
  link    = "https://learn.microsoft.com/azure/update-manager/dynamic-scope-overview"
  note    = "A patch group (the Patch Group tag linking machines to a baseline) becomes a dynamic scope that filters machines on the same tag and links them to the maintenance configuration holding the patch rules."
}

mapping "aws_ssm_default_patch_baseline" {
  service = "Azure Update Manager"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/update-manager/scheduled-patching"
  note    = "There is no default baseline per operating system: every maintenance configuration carries its own patch rules. Cover machines that belong to no patch group with a dynamic scope over the whole subscription."
}

mapping "aws_ssm_resource_data_sync" {
  cloudformation = ["AWS::SSM::ResourceDataSync"]
  service        = "Azure Resource Graph"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/governance/resource-graph/overview"
  note           = "No sync to storage is needed: machine and patch data from all subscriptions can be queried centrally with Azure Resource Graph, and Change Tracking and Inventory writes software inventory to a Log Analytics workspace. Export query results yourself if a storage copy is required."
}

mapping "aws_ssm_service_setting" {
  service = "Azure Update Manager"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/update-manager/overview"
  note    = "Account-wide Systems Manager service settings have no counterpart: configure the matching behavior on each Azure service (for example periodic assessment and patch orchestration on each VM, usually enforced with Azure Policy)."
}

mapping "AWS::SSM::ResourcePolicy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  note    = "Cross-account sharing of parameters or OpsItem groups becomes role assignments that give the other tenant's or subscription's identities access to the Key Vault or App Configuration store; there is no resource policy document."
}

data "aws_ssm_instances" {
  service = "Azure Update Manager"
  status  = "partial"
  azurerm = ["azurerm_resources"]
  link    = "https://learn.microsoft.com/azure/azure-arc/servers/overview"
  note    = "There is no list of managed nodes: list VMs and Arc-enabled servers with azurerm_resources (types Microsoft.Compute/virtualMachines and Microsoft.HybridCompute/machines), filtered by resource group or tags."
}
