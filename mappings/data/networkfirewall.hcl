# AWS Network Firewall → Azure Firewall with firewall policies and rule collection groups.

mapping "aws_networkfirewall_firewall" {
  cloudformation = ["AWS::NetworkFirewall::Firewall"]
  service        = "Azure Firewall"
  status         = "partial"
  azurerm        = ["azurerm_firewall"]
  arm            = ["Microsoft.Network/azureFirewalls"]
  requires       = ["azurerm_public_ip", "azurerm_firewall_policy"]
  link           = "https://learn.microsoft.com/azure/firewall/overview"
  note           = "The per-zone firewall endpoints become one Azure Firewall (zone-redundant when given several zones) in a subnet named AzureFirewallSubnet, usually in a hub virtual network; spoke traffic is steered to its private IP with user-defined routes (0.0.0.0/0 or specific prefixes) instead of VPC route tables pointing at endpoints. Choose the Premium SKU when the policy needs IDPS or TLS inspection."

  caveat "delete-protection" {
    when     = try(tostring(try(self.delete_protection, self.DeleteProtection)) == "true", false)
    severity = "info"
    message  = "Delete protection becomes a CanNotDelete resource lock (azurerm_management_lock) on the firewall."
    link     = "https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources"
  }

  caveat "transit-gateway" {
    when     = can(self.transit_gateway_id) || can(self.TransitGatewayId)
    severity = "info"
    message  = "A firewall attached to a transit gateway becomes a secured virtual hub: Azure Firewall deployed into a Virtual WAN hub (virtual_hub block) with routing intent sending private and internet traffic through it."
    link     = "https://learn.microsoft.com/azure/firewall-manager/secured-virtual-hub"
  }
}

mapping "aws_networkfirewall_firewall_policy" {
  cloudformation = ["AWS::NetworkFirewall::FirewallPolicy"]
  service        = "Azure Firewall Manager (firewall policy)"
  status         = "partial"
  azurerm        = ["azurerm_firewall_policy"]
  arm            = ["Microsoft.Network/firewallPolicies"]
  link           = "https://learn.microsoft.com/azure/firewall-manager/policy-overview"
  note           = "A firewall policy holds rule collection groups, threat intelligence, DNS and IDPS/TLS settings; rule group references become rule collection groups of the policy, and a shared baseline can be a parent policy (base_policy_id). Azure Firewall denies by default, so stateful default actions need no translation."

  caveat "stateless-rules" {
    when     = try(length(self.firewall_policy[0].stateless_rule_group_reference), 0) > 0 || can(self.FirewallPolicy.StatelessRuleGroupReferences)
    severity = "warning"
    message  = "Azure Firewall has no stateless engine: stateless rule groups and the stateless default/fragment actions (forward to the stateful engine, pass, drop) must be folded into stateful network rules; traffic that should bypass inspection has to be routed around the firewall."
    link     = "https://learn.microsoft.com/azure/firewall/rule-processing"
  }

  caveat "tls-inspection" {
    when     = can(self.firewall_policy[0].tls_inspection_configuration_arn) || can(self.FirewallPolicy.TLSInspectionConfigurationArn)
    severity = "warning"
    message  = "TLS inspection needs the Premium SKU and an intermediate CA certificate stored in Key Vault (the policy's tls_certificate block, read with a managed identity); clients must trust that CA."
    link     = "https://learn.microsoft.com/azure/firewall/premium-certificates"
  }

  caveat "strict-order" {
    when     = try(upper(self.firewall_policy[0].stateful_engine_options[0].rule_order), upper(self.FirewallPolicy.StatefulEngineOptions.RuleOrder), "") == "STRICT_ORDER"
    severity = "info"
    message  = "Strict rule order maps to priorities: rule collection groups and rule collections are evaluated by priority number, but DNAT rules are processed before network rules and network rules before application rules regardless of priority."
    link     = "https://learn.microsoft.com/azure/firewall/rule-processing"
  }
}

mapping "aws_networkfirewall_rule_group" {
  cloudformation = ["AWS::NetworkFirewall::RuleGroup"]
  service        = "Azure Firewall Manager (rule collection group)"
  status         = "partial"
  azurerm        = ["azurerm_firewall_policy_rule_collection_group"]
  arm            = ["Microsoft.Network/firewallPolicies/ruleCollectionGroups"]
  link           = "https://learn.microsoft.com/azure/firewall/policy-rule-sets"
  note           = "A rule group becomes a rule collection group in the policy: 5-tuple stateful rules become network rule collections, domain lists (TLS SNI / HTTP Host allow or deny lists) become application rule collections with FQDNs, and address variables become IP groups."

  target "stateless" {
    when    = try(upper(self.type), upper(self.Type), "") == "STATELESS"
    service = "Azure Firewall Manager (rule collection group)"
    status  = "partial"
    azurerm = ["azurerm_firewall_policy_rule_collection_group"]
    arm     = ["Microsoft.Network/firewallPolicies/ruleCollectionGroups"]
    link    = "https://learn.microsoft.com/azure/firewall/rule-processing"
    note    = "Azure Firewall is stateful only: stateless rules become stateful network rules (allow or deny); custom actions such as publishing CloudWatch metrics have no equivalent beyond the firewall's own logs and metrics."
  }

  caveat "suricata-rules" {
    when     = can(self.rules) || can(self.rule_group[0].rules_source[0].rules_string) || can(self.RuleGroup.RulesSource.RulesString)
    severity = "warning"
    message  = "Suricata-compatible rules can't be imported: rewrite them as network and application rules. Signature-style detection comes from Premium IDPS, which uses Microsoft's signature set (you can change a signature's mode and add bypass rules) rather than your own rule strings."
    link     = "https://learn.microsoft.com/azure/firewall/premium-features"
  }
}

mapping "aws_networkfirewall_resource_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/firewall-manager/policy-overview"
  note    = "Sharing firewall policies and rule groups with other accounts becomes role assignments on the firewall policy for the identities that deploy firewalls or child policies in other subscriptions; policies and parent policies can be reused across subscriptions without a resource policy document."

  caveat "rule-group-sharing" {
    when     = can(regex(":(stateful|stateless)-rulegroup/", try(self.resource_arn, "")))
    severity = "info"
    message  = "Azure Firewall rule collection groups exist only inside a firewall policy and can't be shared alone: put the shared rules in a parent (base) policy that the other teams' child policies inherit, and grant them a role on that parent policy."
    link     = "https://learn.microsoft.com/azure/firewall-manager/policy-overview"
  }
}

mapping "aws_networkfirewall_logging_configuration" {
  cloudformation = ["AWS::NetworkFirewall::LoggingConfiguration"]
  service        = "Azure Monitor diagnostic settings"
  status         = "direct"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/firewall/monitor-firewall"
  note           = "Alert and flow logs become a diagnostic setting on the firewall that sends the structured log categories (network, application, DNAT, IDPS, threat intelligence) to a Log Analytics workspace (resource-specific tables), a storage account or an event hub."
}

mapping "aws_networkfirewall_tls_inspection_configuration" {
  cloudformation = ["AWS::NetworkFirewall::TLSInspectionConfiguration"]
  service        = "Azure Firewall Premium TLS inspection"
  status         = "partial"
  azurerm        = ["azurerm_firewall_policy"]
  arm            = ["Microsoft.Network/firewallPolicies"]
  requires       = ["azurerm_key_vault_certificate", "azurerm_user_assigned_identity"]
  link           = "https://learn.microsoft.com/azure/firewall/premium-certificates"
  note           = "TLS inspection is part of a Premium firewall policy: the tls_certificate block points at an intermediate CA certificate in Key Vault read by a user-assigned identity, and application rules opt in with terminate_tls. Scopes become the rules that enable termination."
}

mapping "aws_networkfirewall_firewall_transit_gateway_attachment_accepter" {
  service = "Azure Firewall in a secured virtual hub"
  status  = "implicit"
  azurerm = ["azurerm_firewall"]
  arm     = ["Microsoft.Network/azureFirewalls"]
  link    = "https://learn.microsoft.com/azure/firewall-manager/secured-virtual-hub"
  note    = "A firewall deployed into a Virtual WAN hub (virtual_hub block on azurerm_firewall) is part of the hub, so there is no attachment to accept; cross-subscription spokes connect to the hub with hub virtual network connections."
}

mapping "aws_networkfirewall_vpc_endpoint_association" {
  cloudformation = ["AWS::NetworkFirewall::VpcEndpointAssociation"]
  service        = "Azure Firewall (hub and spoke)"
  status         = "partial"
  azurerm        = ["azurerm_virtual_network_peering", "azurerm_route_table"]
  arm            = ["Microsoft.Network/virtualNetworks/virtualNetworkPeerings", "Microsoft.Network/routeTables"]
  link           = "https://learn.microsoft.com/azure/architecture/networking/architecture/hub-spoke"
  note           = "Azure Firewall has no extra endpoints in other networks: peer the other virtual network with the firewall's hub and send its traffic to the firewall's private IP with user-defined routes, or connect it to a secured virtual hub."
}

data "aws_networkfirewall_firewall" {
  service = "Azure Firewall"
  status  = "partial"
  azurerm = ["azurerm_firewall"]
  link    = "https://learn.microsoft.com/azure/firewall/overview"
  note    = "Looks up the firewall by name: private and public IP addresses, SKU and attached firewall policy; there are no per-zone endpoint IDs."
}

data "aws_networkfirewall_firewall_policy" {
  service = "Azure Firewall Manager (firewall policy)"
  status  = "direct"
  azurerm = ["azurerm_firewall_policy"]
  link    = "https://learn.microsoft.com/azure/firewall-manager/policy-overview"
  note    = "Looks up the firewall policy by name; its rules are in rule collection groups."
}

data "aws_networkfirewall_resource_policy" {
  service = "Azure role-based access control"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/firewall-manager/policy-overview"
  note    = "Firewall policies have no resource policy: sharing across subscriptions is granted with role assignments on the policy, which are not read back through a firewall data source."
}
