# AWS Account Management → subscription and billing contacts, Defender for Cloud and Service Health notifications.

mapping "aws_account_alternate_contact" {
  service = "Microsoft Cost Management + Billing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/manage/change-azure-account-profile"
  note    = "Billing contacts live on the billing account or billing profile (contact details and invoice e-mail recipients), which azurerm does not manage."

  target "security" {
    when    = try(upper(self.alternate_contact_type), upper(self.AlternateContactType), "") == "SECURITY"
    service = "Microsoft Defender for Cloud"
    status  = "partial"
    azurerm = ["azurerm_security_center_contact"]
    arm     = ["Microsoft.Security/securityContacts"]
    link    = "https://learn.microsoft.com/azure/defender-for-cloud/configure-email-notifications"
    note    = "The security contact becomes the Defender for Cloud e-mail notification settings of each subscription (e-mail addresses, roles to notify, minimum alert severity); set it in every subscription."
  }

  target "operations" {
    when    = try(upper(self.alternate_contact_type), upper(self.AlternateContactType), "") == "OPERATIONS"
    service = "Azure Service Health alerts"
    status  = "partial"
    azurerm = ["azurerm_monitor_activity_log_alert", "azurerm_monitor_action_group"]
    arm     = ["Microsoft.Insights/activityLogAlerts", "Microsoft.Insights/actionGroups"]
    link    = "https://learn.microsoft.com/azure/service-health/alerts-activity-log-service-notifications-portal"
    note    = "Operational notices (incidents, planned maintenance, health advisories) reach the operations contact through a Service Health activity log alert with an action group in each subscription."
  }
}

mapping "aws_account_primary_contact" {
  service = "Microsoft Cost Management + Billing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/manage/change-azure-account-profile"
  note    = "The primary contact and address belong to the billing account (sold-to and bill-to details), edited in the portal or by the billing administrator; azurerm does not manage them."
}

mapping "aws_account_region" {
  service = "Azure regions"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/reliability/regions-list"
  note    = "Azure regions need no opt-in: every subscription can deploy to the generally available regions. Regions marked access-restricted need an access request (a support request) before resources can be created there; restrict the regions teams may use with the Allowed locations policy."
}

data "aws_account_primary_contact" {
  service = "Microsoft Cost Management + Billing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/manage/change-azure-account-profile"
  note    = "azurerm has no data source for billing account contacts."
}

data "aws_account_regions" {
  service = "Azure regions"
  status  = "partial"
  azurerm = ["azurerm_location"]
  link    = "https://learn.microsoft.com/azure/reliability/regions-list"
  note    = "azurerm_location reads one location's zone mappings and display name; there is no list of regions enabled for the subscription (use the Azure CLI or the ARM list-locations API)."
}
