# Service Quotas → Azure quotas (Microsoft.Quota), which azurerm does not manage.

mapping "aws_servicequotas_service_quota" {
  service = "Azure Quotas"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/quotas/quotas-overview"
  note    = "azurerm has no quota resource. Request increases per subscription and region through the Quotas page in the portal, the Quota REST API (Microsoft.Quota/quotas, usable from Terraform with the azapi provider) or a support request; some increases need manual approval and are not instant."
}

mapping "aws_servicequotas_template" {
  service = "Azure Quotas"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/quotas/quotas-overview"
  note    = "Quota request templates applied to new accounts have no counterpart: raise quotas for each new subscription as part of its subscription-vending automation."
}

mapping "aws_servicequotas_template_association" {
  service = "Azure Quotas"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/quotas/quotas-overview"
  note    = "There is no quota template to associate with the organization; automate quota requests when subscriptions are created."
}

mapping "aws_servicequotas_auto_management" {
  service = "Azure Quotas"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/quotas/quotas-overview"
  note    = "Automatic quota management has no azurerm counterpart. Watch usage against limits with quota alerts from the Quotas page, or a scheduled job over the Quota usages API, and request increases before they are reached."
}

data "aws_servicequotas_service_quota" {
  terraform = ["aws_servicequotas_service_quota", "aws_servicequotas_service", "aws_servicequotas_templates"]
  service   = "Azure Quotas"
  status    = "none"
  link      = "https://learn.microsoft.com/rest/api/quota/"
  note      = "azurerm has no quota data sources; read limits and usage with the Quota REST API (for example through the azapi provider)."
}
