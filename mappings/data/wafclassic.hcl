# AWS WAF Classic (global, for CloudFront) → Azure Web Application Firewall on Front Door. Classic condition sets and
# rules become custom rules with inline match conditions inside one WAF policy.

mapping "aws_waf_web_acl" {
  cloudformation = ["AWS::WAF::WebACL"]
  service        = "Azure Web Application Firewall on Front Door"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_firewall_policy", "azurerm_cdn_frontdoor_security_policy"]
  arm            = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies", "Microsoft.Cdn/profiles/securityPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview"
  note           = "A global (CloudFront) WAF Classic web ACL becomes a Front Door WAF policy attached to the Front Door domains through a security policy. Each Classic rule becomes a custom rule with the same priority order and its condition sets inlined as match conditions; the managed Default Rule Set, which needs the Premium tier, replaces SQL injection and XSS match sets."

  caveat "default-block" {
    when     = try(upper(self.default_action[0].type), upper(self.DefaultAction.Type), "") == "BLOCK"
    severity = "warning"
    message  = "A Front Door WAF policy has no default action: requests that match no rule are allowed. Keep an allow-list design by adding a lowest-priority custom rule that blocks everything the allow rules didn't match."
    link     = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  }
}

mapping "aws_waf_rule" {
  cloudformation = ["AWS::WAF::Rule"]
  service        = "Azure Web Application Firewall on Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm            = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  note           = "A rule becomes a custom_rule (type MatchRule) in the WAF policy; its predicates become match_condition blocks, which are ANDed like Classic predicates, and a negated predicate sets negation_condition. Action and priority come from the web ACL's rule entry."
}

mapping "aws_waf_rate_based_rule" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  azurerm = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm     = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-rate-limit"
  note    = "A rate-based rule becomes a custom_rule of type RateLimitRule: rate_limit_threshold per rate_limit_duration_in_minutes (1 or 5; Classic counts over 5 minutes) per client IP, with the rule's predicates as match conditions."
}

mapping "aws_waf_rule_group" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  azurerm = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm     = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  note    = "WAF policies have no reusable rule groups: copy the group's rules into each policy as custom rules (or generate them from a shared Terraform module). Marketplace rule groups have no equivalent; use the managed rule sets and bot protection instead."
}

mapping "aws_waf_ipset" {
  cloudformation = ["AWS::WAF::IPSet"]
  service        = "Azure Web Application Firewall on Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm            = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-configure-ip-restriction"
  note           = "IP addresses become the match_values of a match condition with operator IPMatch on RemoteAddr (the client IP, honoring X-Forwarded-For) or SocketAddr (the connecting IP)."
}

mapping "aws_waf_geo_match_set" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  azurerm = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm     = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-geo-filtering"
  note    = "Countries become two-letter country codes in a match condition with operator GeoMatch on RemoteAddr or SocketAddr."
}

mapping "aws_waf_byte_match_set" {
  cloudformation = ["AWS::WAF::ByteMatchSet"]
  service        = "Azure Web Application Firewall on Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm            = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  note           = "Byte match tuples become match conditions: the field becomes the match variable (RequestUri, QueryString, RequestHeader with a selector, RequestBody, PostArgs, Cookies, RequestMethod), the positional constraint the operator (Equal, Contains, BeginsWith, EndsWith; CONTAINS_WORD needs a RegEx with word boundaries). LOWERCASE and URL_DECODE become transforms; HTML entity decoding, command-line and white-space normalization have no transform."
}

mapping "aws_waf_regex_match_set" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  azurerm = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm     = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  note    = "Regex matches become match conditions with operator RegEx on the corresponding match variable. The WAF regex engine doesn't support backreferences, capturing subexpressions, atomic groups and a few other constructs, so review each pattern."
}

mapping "aws_waf_regex_pattern_set" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  azurerm = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm     = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  note    = "The patterns become the match_values of RegEx match conditions; there is no separate, shareable pattern set."
}

mapping "aws_waf_size_constraint_set" {
  cloudformation = ["AWS::WAF::SizeConstraintSet"]
  service        = "Azure Web Application Firewall on Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm            = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  note           = "Size constraints become match conditions with a size operator (LessThan, GreaterThan, LessThanOrEqual, GreaterThanOrEqual) and the size in bytes as match value. EQ becomes a GreaterThanOrEqual and a LessThanOrEqual condition in one rule; NE needs two rules (LessThan, GreaterThan)."
}

mapping "aws_waf_sql_injection_match_set" {
  cloudformation = ["AWS::WAF::SqlInjectionMatchSet"]
  service        = "Azure Web Application Firewall on Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm            = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-drs"
  note           = "SQL injection detection comes from the SQLI rule group of the managed Default Rule Set (managed_rule block, Premium tier), not from a custom rule; scope it with exclusions and rule overrides instead of per-field match sets."
}

mapping "aws_waf_xss_match_set" {
  cloudformation = ["AWS::WAF::XssMatchSet"]
  service        = "Azure Web Application Firewall on Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_firewall_policy"]
  arm            = ["Microsoft.Network/FrontDoorWebApplicationFirewallPolicies"]
  link           = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-drs"
  note           = "Cross-site scripting detection comes from the XSS rule group of the managed Default Rule Set (managed_rule block, Premium tier); scope it with exclusions and rule overrides instead of per-field match sets."
}

data "aws_waf_web_acl" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "direct"
  azurerm = ["azurerm_cdn_frontdoor_firewall_policy"]
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview"
  note    = "Looks up the Front Door WAF policy by name and resource group."
}

data "aws_waf_rule" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-custom-rules"
  note    = "Custom rules live inside the WAF policy and can't be looked up on their own; reference the policy instead."
}

data "aws_waf_rate_based_rule" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-rate-limit"
  note    = "Rate-limit rules live inside the WAF policy and can't be looked up on their own; reference the policy instead."
}

data "aws_waf_ipset" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-configure-ip-restriction"
  note    = "IP lists are match values inside the policy's custom rules; keep shared lists in a Terraform variable or module instead."
}

data "aws_waf_subscribed_rule_group" {
  service = "Azure Web Application Firewall on Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-drs"
  note    = "There are no Marketplace rule groups to subscribe to: use the managed Default Rule Set and Bot Manager rule set of the WAF policy."
}
