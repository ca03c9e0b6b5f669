# AWS Firewall Manager → Azure Firewall Manager and Azure Policy.

mapping "aws_fms_admin_account" {
  service = "Azure role-based access control"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/firewall-manager/overview"
  note    = "No administrator account is designated: central security teams get role assignments (for example Network Contributor and Resource Policy Contributor) at the management group that holds the subscriptions they govern."
}

mapping "aws_fms_policy" {
  cloudformation = ["AWS::FMS::Policy"]
  service        = "Azure Policy"
  status         = "partial"
  azurerm        = ["azurerm_policy_definition", "azurerm_management_group_policy_assignment"]
  arm            = ["Microsoft.Authorization/policyDefinitions", "Microsoft.Authorization/policyAssignments"]
  link           = "https://learn.microsoft.com/azure/governance/policy/overview"
  note           = "A Firewall Manager policy becomes central configuration plus Azure Policy assignments at the management group that audit or enforce it on every subscription below. Remediation is a DeployIfNotExists or modify effect with remediation tasks."

  target "network-firewall" {
    when    = contains(["NETWORK_FIREWALL", "IMPORT_NETWORK_FIREWALL", "THIRD_PARTY_FIREWALL"], try(upper(self.security_service_policy_data[0].type), upper(self.SecurityServicePolicyData.Type), ""))
    service = "Azure Firewall Manager"
    status  = "partial"
    azurerm = ["azurerm_firewall_policy", "azurerm_firewall_policy_rule_collection_group"]
    arm     = ["Microsoft.Network/firewallPolicies", "Microsoft.Network/firewallPolicies/ruleCollectionGroups"]
    link    = "https://learn.microsoft.com/azure/firewall-manager/policy-overview"
    note    = "A firewall policy becomes an Azure Firewall Manager policy (a parent policy with child policies inherits its rules) associated with the Azure Firewalls in hub virtual networks or secured virtual hubs. Firewalls are not created in every VPC automatically: traffic is routed through central hubs instead. Third-party firewalls become security partner providers in Virtual WAN hubs or network virtual appliances."
  }

  target "waf" {
    when    = contains(["WAF", "WAFV2"], try(upper(self.security_service_policy_data[0].type), upper(self.SecurityServicePolicyData.Type), ""))
    service = "Azure Web Application Firewall"
    status  = "partial"
    azurerm = ["azurerm_web_application_firewall_policy", "azurerm_cdn_frontdoor_firewall_policy", "azurerm_management_group_policy_assignment"]
    arm     = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies", "Microsoft.Network/frontdoorWebApplicationFirewallPolicies", "Microsoft.Authorization/policyAssignments"]
    link    = "https://learn.microsoft.com/azure/web-application-firewall/shared/waf-azure-policy"
    note    = "The central rule set becomes WAF policies for Application Gateway or Front Door, and built-in Azure Policy definitions audit or deny gateways and Front Door profiles without WAF. Policies are not attached to resources automatically; each gateway or Front Door references its WAF policy."
  }

  target "shield-advanced" {
    when    = try(upper(self.security_service_policy_data[0].type), upper(self.SecurityServicePolicyData.Type), "") == "SHIELD_ADVANCED"
    service = "Azure DDoS Protection"
    status  = "partial"
    azurerm = ["azurerm_network_ddos_protection_plan", "azurerm_management_group_policy_assignment"]
    arm     = ["Microsoft.Network/ddosProtectionPlans", "Microsoft.Authorization/policyAssignments"]
    link    = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"
    note    = "Protection is enabled per virtual network through a DDoS protection plan (shared across subscriptions of the tenant); the built-in policy that requires DDoS protection on virtual networks can audit or enforce the association."
  }

  target "security-groups" {
    when    = startswith(try(upper(self.security_service_policy_data[0].type), upper(self.SecurityServicePolicyData.Type), ""), "SECURITY_GROUPS") || try(upper(self.security_service_policy_data[0].type), upper(self.SecurityServicePolicyData.Type), "") == "NETWORK_ACL_COMMON"
    service = "Azure Virtual Network Manager security admin rules"
    status  = "partial"
    azurerm = ["azurerm_network_manager_security_admin_configuration", "azurerm_network_manager_admin_rule_collection", "azurerm_network_manager_admin_rule"]
    arm     = ["Microsoft.Network/networkManagers/securityAdminConfigurations", "Microsoft.Network/networkManagers/securityAdminConfigurations/ruleCollections", "Microsoft.Network/networkManagers/securityAdminConfigurations/ruleCollections/rules"]
    link    = "https://learn.microsoft.com/azure/virtual-network-manager/concept-security-admins"
    note    = "Common security group and network ACL rules become security admin rules that Virtual Network Manager enforces on network groups ahead of the NSGs; audit and usage-audit policies become Azure Policy audits of NSG rules."
  }

  target "dns-firewall" {
    when    = try(upper(self.security_service_policy_data[0].type), upper(self.SecurityServicePolicyData.Type), "") == "DNS_FIREWALL"
    service = "Azure DNS security policy"
    status  = "partial"
    arm     = ["Microsoft.Network/dnsResolverPolicies"]
    link    = "https://learn.microsoft.com/azure/dns/dns-security-policy"
    note    = "DNS firewall rules become a DNS security policy (domain lists with allow, block or alert rules) linked to each virtual network. azurerm has no resource for it: deploy it with the azapi provider or Bicep, and link new virtual networks as part of their deployment."
  }
}

mapping "aws_fms_resource_set" {
  cloudformation = ["AWS::FMS::ResourceSet"]
  service        = "Azure Policy"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/governance/policy/concepts/assignment-structure"
  note           = "A fixed set of resources becomes the scope of the policy assignment (management group, subscription or resource group) with not-scopes and resource selectors; there is no separate resource-set object."
}

mapping "AWS::FMS::NotificationChannel" {
  service = "Azure Policy events with Event Grid"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm     = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link    = "https://learn.microsoft.com/azure/governance/policy/concepts/event-overview"
  note    = "Non-compliance notifications come from Azure Policy state-change events: an Event Grid system topic of type Microsoft.PolicyInsights.PolicyStates on the subscription, with a subscription that delivers to a function, Logic App, queue or webhook."
}
