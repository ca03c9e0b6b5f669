# Amazon QuickSight → Power BI (Microsoft Fabric). azurerm manages only capacity (Fabric and Power
# BI Embedded); workspaces, semantic models and reports live in the Power BI / Fabric service and
# are automated with its REST APIs or the microsoft/fabric Terraform provider.

mapping "aws_quicksight_account_subscription" {
  service = "Power BI (Microsoft Fabric)"
  status  = "partial"
  azurerm = ["azurerm_fabric_capacity"]
  arm     = ["Microsoft.Fabric/capacities"]
  link    = "https://learn.microsoft.com/fabric/enterprise/licenses"
  note    = "There is no account to subscribe: Power BI comes with the Microsoft Entra tenant. Users need Pro or Premium Per User licences, or content goes into workspaces on a Fabric capacity (F64 and above lets users with free licences view it). For embedding in your own application, a Power BI Embedded capacity (azurerm_powerbi_embedded) is the alternative."
}

mapping "aws_quicksight_account_settings" {
  service = "Power BI (Microsoft Fabric) tenant settings"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/admin/about-tenant-settings"
  note    = "Account-wide settings become tenant settings in the Fabric admin portal (no ARM or azurerm resource); termination protection has no counterpart."
}

mapping "aws_quicksight_analysis" {
  cloudformation = ["AWS::QuickSight::Analysis"]
  service        = "Power BI reports"
  status         = "partial"
  link           = "https://learn.microsoft.com/power-bi/fundamentals/desktop-getting-started"
  note           = "An analysis becomes a Power BI report authored in Power BI Desktop or the service. There is no converter: visuals, calculated fields (rewritten in DAX) and parameters are rebuilt by hand. Report definitions can be deployed as code with the microsoft/fabric provider or Fabric Git integration, not with azurerm."
}

mapping "aws_quicksight_dashboard" {
  cloudformation = ["AWS::QuickSight::Dashboard"]
  service        = "Power BI reports and dashboards"
  status         = "partial"
  link           = "https://learn.microsoft.com/power-bi/create-reports/service-dashboards"
  note           = "A published dashboard becomes a Power BI report published to a workspace (optionally distributed as an app), or a dashboard of pinned tiles. Embedded dashboards use Power BI Embedded. Like analyses, the content is rebuilt, not converted."
}

mapping "aws_quicksight_data_set" {
  cloudformation = ["AWS::QuickSight::DataSet"]
  service        = "Power BI semantic models"
  status         = "partial"
  link           = "https://learn.microsoft.com/power-bi/transform-model/desktop-storage-mode"
  note           = "A dataset becomes a semantic model: SPICE becomes Import storage mode and direct query becomes DirectQuery (or Direct Lake over a Fabric lakehouse). Transformations are rewritten in Power Query, calculated fields in DAX."

  caveat "spice-refresh" {
    when     = try(upper(self.import_mode), upper(self.ImportMode), "") == "SPICE"
    severity = "info"
    message  = "Import mode keeps a copy refreshed on a schedule: up to 8 scheduled refreshes a day with Pro licences, 48 on a Premium or Fabric capacity; model size limits also depend on the licence or capacity."
    link     = "https://learn.microsoft.com/power-bi/connect-data/refresh-data"
  }

  caveat "row-level-security" {
    when     = can(self.row_level_permission_data_set[0]) || can(self.RowLevelPermissionDataSet)
    severity = "warning"
    message  = "Row-level permissions become RLS roles with DAX filters in the semantic model, with Entra users or groups as members. RLS only restricts workspace Viewers: Admins, Members and Contributors see all rows."
    link     = "https://learn.microsoft.com/fabric/security/service-admin-row-level-security"
  }
}

mapping "aws_quicksight_data_source" {
  cloudformation = ["AWS::QuickSight::DataSource"]
  service        = "Power BI connections and data gateways"
  status         = "partial"
  link           = "https://learn.microsoft.com/data-integration/gateway/service-gateway-onprem"
  note           = "A data source becomes a connection in the semantic model with stored credentials. Sources in a private network are reached through an on-premises data gateway or a virtual network data gateway; Power BI has connectors for common AWS sources (Amazon Redshift, Amazon Athena through ODBC) if the data stays in AWS."
}

mapping "aws_quicksight_vpc_connection" {
  cloudformation = ["AWS::QuickSight::VPCConnection"]
  service        = "Virtual network data gateway"
  status         = "partial"
  azurerm        = ["azurerm_subnet"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/data-integration/vnet/overview"
  note           = "Private access to data sources becomes a virtual network data gateway: a subnet delegated to Microsoft.PowerPlatform/vnetaccesslinks (azurerm_subnet delegation), with the gateway itself created in the Power Platform admin center. It needs a Fabric (F), Premium (P) or Embedded A4+ capacity."
}

mapping "aws_quicksight_refresh_schedule" {
  cloudformation = ["AWS::QuickSight::RefreshSchedule"]
  service        = "Power BI scheduled refresh"
  status         = "implicit"
  link           = "https://learn.microsoft.com/power-bi/connect-data/refresh-scheduled-refresh"
  note           = "A refresh schedule is a setting of the semantic model (days and half-hour time slots), configured in the service or through the REST API."

  caveat "sub-hourly" {
    when     = contains(["MINUTE15", "MINUTE30"], try(upper(self.schedule[0].schedule_frequency[0].interval), upper(self.Schedule.ScheduleFrequency.Interval), ""))
    severity = "warning"
    message  = "Scheduled refresh runs at most 48 times a day in 30-minute slots, and only on a Premium or Fabric capacity (8 a day with Pro): for fresher data use DirectQuery, Direct Lake or refreshes triggered through the REST API."
    link     = "https://learn.microsoft.com/power-bi/connect-data/refresh-data"
  }
}

mapping "aws_quicksight_ingestion" {
  service = "Power BI semantic model refresh"
  status  = "implicit"
  link    = "https://learn.microsoft.com/power-bi/connect-data/refresh-data"
  note    = "An ingestion is a one-off refresh: trigger it with the Power BI REST API (refreshes endpoint) or a pipeline activity; it is an operation, not a resource."
}

mapping "aws_quicksight_folder" {
  cloudformation = ["AWS::QuickSight::Folder"]
  service        = "Power BI (Fabric) workspaces"
  status         = "partial"
  link           = "https://learn.microsoft.com/power-bi/collaborate-share/service-new-workspaces"
  note           = "Shared folders become workspaces (and folders inside a workspace); access is granted through workspace roles rather than folder permissions."
}

mapping "aws_quicksight_folder_membership" {
  service = "Power BI (Fabric) workspaces"
  status  = "implicit"
  link    = "https://learn.microsoft.com/power-bi/collaborate-share/service-new-workspaces"
  note    = "An item belongs to the workspace (or workspace folder) it is published to; there is no separate membership object."
}

mapping "aws_quicksight_group" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "QuickSight groups become Entra ID security groups (azuread provider), which are added to workspace roles, RLS roles and item permissions."
}

mapping "aws_quicksight_group_membership" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "Group membership is Entra ID group membership (azuread_group_member)."
}

mapping "aws_quicksight_user" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/enterprise/licenses"
  note    = "Users are Entra ID users (or guests) signing in with their organizational account; what they can do depends on their Power BI licence and workspace roles. There is no separate user registration or identity type choice."
}

mapping "aws_quicksight_role_membership" {
  service = "Power BI workspace roles"
  status  = "partial"
  link    = "https://learn.microsoft.com/power-bi/collaborate-share/service-roles-new-workspaces"
  note    = "QuickSight roles map loosely: admins to the Fabric administrator role, authors to workspace Contributors or Members with a Pro licence, readers to workspace Viewers or app audiences. Assign Entra groups to these roles."
}

mapping "aws_quicksight_custom_permissions" {
  cloudformation = ["AWS::QuickSight::CustomPermissions"]
  service        = "Power BI (Microsoft Fabric) tenant settings"
  status         = "implicit"
  link           = "https://learn.microsoft.com/fabric/admin/about-tenant-settings"
  note           = "Restricting capabilities (export, sharing, creating content) is done with tenant settings enabled or disabled for specific security groups, and with workspace roles."
}

mapping "aws_quicksight_role_custom_permission" {
  service = "Power BI (Microsoft Fabric) tenant settings"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/admin/about-tenant-settings"
  note    = "Scope tenant settings to the security groups that hold the role instead."
}

mapping "aws_quicksight_user_custom_permission" {
  service = "Power BI (Microsoft Fabric) tenant settings"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/admin/about-tenant-settings"
  note    = "Tenant settings apply to security groups, not individual users: put the user in a group that the setting includes or excludes."
}

mapping "aws_quicksight_iam_policy_assignment" {
  service = "Power BI (Microsoft Fabric) tenant settings"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/admin/about-tenant-settings"
  note    = "IAM policies assigned to QuickSight users have no counterpart: control who may create connections through gateway and connection permissions, and other capabilities through group-scoped tenant settings."
}

mapping "aws_quicksight_ip_restriction" {
  service = "Microsoft Entra Conditional Access"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/identity/conditional-access/location-condition"
  note    = "IP allow-lists become a Conditional Access policy for the Power BI service with named locations (managed with the azuread provider). To allow access only from private networks, use Private Link for Power BI and Fabric instead."
}

mapping "aws_quicksight_key_registration" {
  service = "Power BI bring your own key"
  status  = "partial"
  azurerm = ["azurerm_key_vault_key"]
  arm     = ["Microsoft.KeyVault/vaults/keys"]
  link    = "https://learn.microsoft.com/fabric/enterprise/powerbi/service-encryption-byok"
  note    = "Customer-managed keys become a Key Vault RSA key registered by a Fabric administrator (Add-PowerBIEncryptionKey) and assigned to a Premium capacity. It covers only semantic models imported from Power BI Desktop files, not push models or uploaded Excel and CSV files."
}

mapping "aws_quicksight_namespace" {
  service = "Power BI Embedded"
  status  = "none"
  link    = "https://learn.microsoft.com/power-bi/developer/embedded/embed-multi-tenancy"
  note    = "Power BI has no namespaces. Isolate tenants of a multitenant app with a workspace per customer, embedded through service principal profiles, or with separate Entra tenants."
}

mapping "aws_quicksight_template" {
  cloudformation = ["AWS::QuickSight::Template"]
  service        = "Power BI templates"
  status         = "partial"
  link           = "https://learn.microsoft.com/power-bi/create-reports/desktop-templates"
  note           = "Templates become Power BI template files (.pbit) or report definitions in source control (Fabric Git integration, deployment pipelines) reused with different semantic models."
}

mapping "aws_quicksight_template_alias" {
  service = "Power BI templates"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/cicd/git-integration/intro-to-git-integration"
  note    = "Templates have no aliases: pin versions with Git tags or branches of the report definitions."
}

mapping "aws_quicksight_theme" {
  cloudformation = ["AWS::QuickSight::Theme"]
  service        = "Power BI report themes"
  status         = "implicit"
  link           = "https://learn.microsoft.com/power-bi/create-reports/desktop-report-themes"
  note           = "A theme becomes a JSON report theme stored in each report (or an organizational theme); colours and fonts are rewritten in the Power BI theme format."
}

data "aws_quicksight_analysis" {
  service = "Power BI reports"
  status  = "none"
  link    = "https://learn.microsoft.com/power-bi/fundamentals/desktop-getting-started"
  note    = "azurerm has no Power BI data sources; look reports up with the microsoft/fabric provider or the REST API."
}

data "aws_quicksight_data_set" {
  service = "Power BI semantic models"
  status  = "none"
  link    = "https://learn.microsoft.com/power-bi/transform-model/desktop-storage-mode"
  note    = "azurerm has no Power BI data sources; look semantic models up with the microsoft/fabric provider or the REST API."
}

data "aws_quicksight_theme" {
  service = "Power BI report themes"
  status  = "none"
  link    = "https://learn.microsoft.com/power-bi/create-reports/desktop-report-themes"
  note    = "Themes are JSON files inside reports; keep them in source control."
}

data "aws_quicksight_group" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "Look the security group up with the azuread provider (data azuread_group)."
}

data "aws_quicksight_user" {
  service = "Microsoft Entra ID"
  status  = "partial"
  link    = "https://learn.microsoft.com/entra/fundamentals/how-to-create-delete-users"
  note    = "Look the user up with the azuread provider (data azuread_user)."
}

mapping "AWS::QuickSight::Topic" {
  service = "Copilot in Power BI and Q&A"
  status  = "partial"
  link    = "https://learn.microsoft.com/power-bi/create-reports/copilot-evaluate-data"
  note    = "A Q topic (natural-language questions over datasets) becomes Copilot and Q&A over a Power BI semantic model: Q&A must be enabled on the model, and the topic's field synonyms, descriptions and named entities become model metadata (synonyms, descriptions, linguistic schema or the model's AI preparation settings). Nothing is deployed through ARM or azurerm."
}

mapping "AWS::QuickSight::ActionConnector" {
  service = "Microsoft Copilot Studio connectors"
  status  = "none"
  link    = "https://learn.microsoft.com/connectors/overview"
  note    = "Power BI has no action connectors that let its assistant act in other applications. Agents built in Copilot Studio (or Foundry Agent Service) perform such actions through Power Platform connectors (Salesforce, Jira, ServiceNow and so on) or custom connectors over a REST API, with their own connection credentials."
}
