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

mapping "aws_wafregional_byte_match_set" {
  cloudformation = ["AWS::WAFRegional::ByteMatchSet"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "Byte match tuples become match conditions of a custom rule in the WAF policy: the field becomes the match variable (RequestUri, QueryString, RequestHeaders with a selector, RequestBody, PostArgs, RequestCookies, RequestMethod) and the positional constraint the operator (Equal, Contains, BeginsWith, EndsWith, or Regex for CONTAINS_WORD); text transformations become transforms."
}

mapping "aws_wafregional_geo_match_set" {
  cloudformation = ["AWS::WAFRegional::GeoMatchSet"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/geomatch-custom-rules"
  note           = "Countries become two-letter country codes in a custom-rule match condition with operator GeoMatch on RemoteAddr."
}

mapping "aws_wafregional_ipset" {
  cloudformation = ["AWS::WAFRegional::IPSet"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "IP addresses and CIDR ranges become the match values of a custom-rule match condition with operator IPMatch on RemoteAddr; there is no separate, shareable IP set."
}

mapping "aws_wafregional_rate_based_rule" {
  cloudformation = ["AWS::WAFRegional::RateBasedRule"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/rate-limiting-overview"
  note           = "A rate-based rule becomes a custom rule of type RateLimitRule (rate_limit_threshold over a one- or five-minute window, grouped by client address), with the rule's predicates as match conditions."
}

mapping "aws_wafregional_regex_match_set" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_web_application_firewall_policy"]
  arm     = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "Regex matches become custom-rule match conditions with operator Regex on the corresponding match variable; review each pattern, as the WAF regex engine supports fewer constructs."
}

mapping "aws_wafregional_regex_pattern_set" {
  cloudformation = ["AWS::WAFRegional::RegexPatternSet"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "The patterns become match values of Regex match conditions in custom rules; there is no separate, shareable pattern set."
}

mapping "aws_wafregional_rule" {
  cloudformation = ["AWS::WAFRegional::Rule"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "A rule becomes a custom rule (type MatchRule) in the WAF policy; its predicates become match conditions, which are ANDed like Classic predicates, and a negated predicate sets negation_condition. Action and priority come from the web ACL's rule entry."
}

mapping "aws_wafregional_rule_group" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_web_application_firewall_policy"]
  arm     = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "WAF policies have no reusable rule groups: copy the group's rules into each policy as custom rules (or generate them from a shared Terraform module). Marketplace rule groups have no equivalent; use the managed rule sets and bot protection instead."
}

mapping "aws_wafregional_size_constraint_set" {
  cloudformation = ["AWS::WAFRegional::SizeConstraintSet"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "Size constraints become custom-rule match conditions with a size operator (LessThan, GreaterThan, LessThanOrEqual, GreaterThanOrEqual) and the size in bytes as match value; EQ and NE need a pair of conditions or rules."
}

mapping "aws_wafregional_sql_injection_match_set" {
  cloudformation = ["AWS::WAFRegional::SqlInjectionMatchSet"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/application-gateway-crs-rulegroups-rules"
  note           = "SQL injection detection comes from the SQLI rule group of the managed rule set (OWASP CRS or Microsoft Default Rule Set) in the policy's managed_rules block; scope it with exclusions and rule overrides instead of per-field match sets."
}

mapping "aws_wafregional_web_acl_association" {
  cloudformation = ["AWS::WAFRegional::WebACLAssociation"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/policy-overview"
  note           = "A WAF policy is attached by setting firewall_policy_id on the Application Gateway (or on a listener or path rule). API Gateway stages have no WAF attachment: put Application Gateway in front of API Management."
}

mapping "aws_wafregional_xss_match_set" {
  cloudformation = ["AWS::WAFRegional::XssMatchSet"]
  service        = "Azure Web Application Firewall on Application Gateway"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/application-gateway-crs-rulegroups-rules"
  note           = "Cross-site scripting detection comes from the XSS rule group of the managed rule set (OWASP CRS or Microsoft Default Rule Set) in the policy's managed_rules block; scope it with exclusions and rule overrides instead of per-field match sets."
}

mapping "aws_wafv2_api_key" {
  service = "Azure Web Application Firewall"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/waf-javascript-challenge"
  note    = "Azure WAF needs no client-integration API key: its JavaScript challenge action (in preview on Application Gateway) is served by the WAF itself and needs no SDK in the application. CAPTCHA puzzles have no equivalent on Application Gateway."
}

mapping "aws_wafv2_regex_pattern_set" {
  cloudformation = ["AWS::WAFv2::RegexPatternSet"]
  service        = "Azure Web Application Firewall"
  status         = "implicit"
  azurerm        = ["azurerm_web_application_firewall_policy"]
  arm            = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note           = "Regex pattern sets are not separate objects: the patterns become match values of custom-rule conditions with the Regex operator inside each WAF policy."
}

mapping "aws_wafv2_web_acl_logging_configuration" {
  cloudformation = ["AWS::WAFv2::LoggingConfiguration"]
  service        = "Azure Monitor"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/ag/web-application-firewall-logs"
  note           = "WAF logs are a diagnostic setting on the Application Gateway (ApplicationGatewayFirewallLog category) or the Front Door profile, sent to Log Analytics, a storage account or an event hub instead of Firehose, CloudWatch Logs or S3. Field redaction and logging filters have no equivalent."
}

mapping "aws_wafv2_web_acl_rule" {
  service = "Azure Web Application Firewall"
  status  = "implicit"
  azurerm = ["azurerm_web_application_firewall_policy"]
  arm     = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "A single web ACL rule becomes a custom_rules block (or a managed rule override) inside the WAF policy; rules can't be managed as separate resources."
}

mapping "aws_wafv2_web_acl_rule_group_association" {
  service = "Azure Web Application Firewall"
  status  = "implicit"
  azurerm = ["azurerm_web_application_firewall_policy"]
  arm     = ["Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "Rule groups can't be attached to a policy: a managed rule group becomes a managed_rule_set entry in the policy's managed_rules block, and the rules of a custom rule group are copied into the policy as custom rules."
}

data "aws_wafregional_ipset" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "IP lists are match values inside the policy's custom rules; keep shared lists in a Terraform variable or module instead."
}

data "aws_wafregional_rate_based_rule" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/rate-limiting-overview"
  note    = "Rate-limit rules live inside the WAF policy and can't be looked up on their own; reference the policy instead."
}

data "aws_wafregional_rule" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/custom-waf-rules-overview"
  note    = "Custom rules live inside the WAF policy and can't be looked up on their own; reference the policy instead."
}

data "aws_wafregional_subscribed_rule_group" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/application-gateway-crs-rulegroups-rules"
  note    = "There are no Marketplace rule groups to subscribe to: use the managed rule sets (OWASP CRS or Microsoft Default Rule Set, Bot Manager) of the WAF policy."
}

data "aws_wafregional_web_acl" {
  service = "Azure Web Application Firewall on Application Gateway"
  status  = "direct"
  azurerm = ["azurerm_web_application_firewall_policy"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/ag/policy-overview"
  note    = "Looks up the Application Gateway WAF policy by name and resource group."
}
