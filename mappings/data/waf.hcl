# AWS WAF → Azure Web Application Firewall (on Front Door or Application Gateway).

mapping "aws_wafv2_web_acl" {
  cloudformation = ["AWS::WAFv2::WebACL"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "partial"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview"
  note           = "A regional web ACL becomes a WAF policy for Application Gateway. AWS managed rule groups map to the Microsoft Default Rule Set / OWASP core rule set and bot protection; custom rules map to custom rules (match conditions, rate limits) with priorities."

  target "cloudfront" {
    when    = try(upper(self.scope), upper(self.Scope), "REGIONAL") == "CLOUDFRONT"
    service = "Azure Web Application Firewall on Front Door"
    status  = "partial"
    azurerm = ["azurerm_cdn_frontdoor_firewall_policy", "azurerm_cdn_frontdoor_security_policy"]
    arm     = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies", "Microsoft.Cdn/profiles/securityPolicies"]
    link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview"
    note    = "A CloudFront web ACL becomes a Front Door WAF policy attached to domains through a security policy; managed rule sets need the Premium tier."
  }

  caveat "rule-translation" {
    severity = "info"
    message  = "Rules don't translate one-to-one: check each managed rule group against the Azure rule sets, and rebuild custom rules (rate-based rules, geo match, IP sets, label logic has no equivalent) in the WAF policy."
    link     = "https://learn.microsoft.com/azure/web-application-firewall/overview"
  }
}

mapping "aws_wafv2_web_acl_association" {
  cloudformation = ["AWS::WAFv2::WebACLAssociation"]
  service        = "Azure Web Application Firewall"
  status         = "implicit"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview"
  note           = "A WAF policy is attached by setting firewall_policy_id on the Application Gateway (or a listener); on Front Door, by a security policy. API Gateway stages have no WAF attachment: put Application Gateway or Front Door in front of API Management."
}

mapping "aws_wafv2_ip_set" {
  cloudformation = ["AWS::WAFv2::IPSet"]
  service        = "Azure Web Application Firewall"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "IP sets become the match values of a custom rule's RemoteAddr condition inside the WAF policy."
}

mapping "aws_wafv2_rule_group" {
  cloudformation = ["AWS::WAFv2::RuleGroup"]
  service        = "Azure Web Application Firewall"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "Reusable rule groups don't exist: copy the rules into each WAF policy as custom rules (or manage them with a shared Terraform module)."
}

mapping "aws_wafregional_web_acl" {
  cloudformation = ["AWS::WAFRegional::WebACL"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "partial"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/ag-overview"
  note           = "A WAF Classic regional web ACL becomes a WAF policy for Application Gateway, like a WAFv2 regional web ACL: Classic rules (IP, string, byte, size, geo and rate-based match sets) become custom rules with priorities, and the Microsoft Default Rule Set provides the managed protection."

  caveat "rule-translation" {
    severity = "info"
    message  = "Classic rules reference separate condition sets (IP sets, byte match, SQL injection and XSS match sets): rebuild each rule as a custom rule with inline match conditions, and rely on the managed rule set for SQL injection and XSS protection."
    link     = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  }

  caveat "default-block" {
    when     = try(upper(self.default_action[0].type), upper(self.DefaultAction.Type), "") == "BLOCK"
    severity = "warning"
    message  = "A WAF policy has no default action: requests that match no rule are allowed. Keep an allow-list design by adding a lowest-priority custom rule that blocks everything the allow rules didn't match."
    link     = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  }
}

data "aws_wafv2_ip_set" {
  service = "Azure Web Application Firewall"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "IP sets are not separate objects: the addresses are match values of a custom rule's RemoteAddr condition, so keep them in a Terraform variable or local."
}

data "aws_wafv2_regex_pattern_set" {
  service = "Azure Web Application Firewall"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "Regex pattern sets are not separate objects: patterns are match values of custom-rule conditions with the Regex operator."
}

data "aws_wafv2_rule_group" {
  service = "Azure Web Application Firewall"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "Rule groups cannot be shared between policies: the rules are custom rules inside each WAF policy (share them through a Terraform module)."
}

data "aws_wafv2_managed_rule_group" {
  service = "Azure Web Application Firewall"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/application-gateway-crs-rulegroups-rules"
  note    = "Managed rule sets are referenced by type and version in the policy's managed_rules block (for example Microsoft_DefaultRuleSet, Microsoft_BotManagerRuleSet); there is nothing to look up."
}

data "aws_wafv2_web_acl" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "direct"
  azurerm = ["azurerm_web_application_firewall_policy"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/policy-overview"
  note    = "Looks up the Application Gateway WAF policy by name and resource group."

  target "cloudfront" {
    when    = try(upper(self.scope), "REGIONAL") == "CLOUDFRONT"
    service = "Azure Web Application Firewall on Front Door"
    status  = "direct"
    azurerm = ["azurerm_cdn_frontdoor_firewall_policy"]
    link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview"
    note    = "Looks up the Front Door WAF policy by name and resource group."
  }
}
