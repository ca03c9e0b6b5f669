# AWS User Experience Customization (console appearance settings) → no Azure counterpart:
# Azure portal settings are per user.

mapping "aws_uxc_account_customizations" {
  cloudformation = ["AWS::UXC::AccountCustomization"]
  service        = "Azure portal settings"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-portal/set-preferences"
  note           = "The Azure portal has no subscription-wide appearance settings: theme, default directory and subscription filter, and favourite services are chosen by each user. Hiding regions has no counterpart either; to restrict where resources may be deployed, assign the Allowed locations Azure Policy."
}

data "aws_uxc_services" {
  service = "Azure portal settings"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-portal/set-preferences"
  note    = "There is no list of console service identifiers to look up; resource providers registered for a subscription are the nearest catalogue."
}
