# Amazon CloudFront → Azure Front Door (Standard/Premium).

mapping "aws_cloudfront_distribution" {
  cloudformation = ["AWS::CloudFront::Distribution"]
  service        = "Azure Front Door"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_profile", "azurerm_cdn_frontdoor_endpoint", "azurerm_cdn_frontdoor_origin_group", "azurerm_cdn_frontdoor_origin", "azurerm_cdn_frontdoor_route"]
  arm            = ["Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles/afdEndpoints", "Microsoft.Cdn/profiles/originGroups", "Microsoft.Cdn/profiles/originGroups/origins", "Microsoft.Cdn/profiles/afdEndpoints/routes"]
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note           = "A distribution becomes a Front Door profile (Standard, or Premium for Private Link origins and managed WAF rule sets) with an endpoint, origin groups and origins, and one route per cache behavior; cache and origin-request policies become route cache settings and rule sets. There are no price classes."

  caveat "edge-functions" {
    when     = try(length(self.default_cache_behavior[0].function_association), 0) > 0 || try(anytrue([for b in try(self.ordered_cache_behavior, []) : try(length(b.function_association), 0) > 0]), false) || can(self.DistributionConfig.DefaultCacheBehavior.FunctionAssociations) || try(anytrue([for b in try(self.DistributionConfig.CacheBehaviors, []) : can(b.FunctionAssociations)]), false)
    severity = "warning"
    message  = "Front Door runs no code at the edge: rewrite CloudFront Functions logic as rule-set actions (header and URL rewrite, redirects, conditions on request properties), or move it to the origin."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  }

  caveat "signed-urls" {
    when     = try(length(self.default_cache_behavior[0].trusted_key_groups), 0) + try(length(self.default_cache_behavior[0].trusted_signers), 0) > 0 || can(self.DistributionConfig.DefaultCacheBehavior.TrustedKeyGroups) || can(self.DistributionConfig.DefaultCacheBehavior.TrustedSigners)
    severity = "warning"
    message  = "Front Door doesn't validate signed URLs or signed cookies: use SAS tokens on a storage origin, or validate tokens at the origin (or in API Management)."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  }

  caveat "geo-restriction" {
    when     = contains(["whitelist", "blacklist"], try(lower(self.restrictions[0].geo_restriction[0].restriction_type), lower(self.DistributionConfig.Restrictions.GeoRestriction.RestrictionType), "none"))
    severity = "info"
    message  = "Geographic restrictions become a geo-match custom rule in a Front Door WAF policy attached through a security policy."
    link     = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-geo-filtering"
  }

  caveat "s3-origin-access" {
    when     = try(anytrue([for o in try(self.origin, []) : can(o.origin_access_control_id) || try(length(o.s3_origin_config), 0) > 0]), false) || try(anytrue([for o in try(self.DistributionConfig.Origins, []) : can(o.OriginAccessControlId) || can(o.S3OriginConfig)]), false)
    severity = "info"
    message  = "Origin access control for a private bucket becomes a Private Link origin to the storage account (Premium tier), or a storage firewall allowing the AzureFrontDoor.Backend service tag plus SAS or managed identity authentication."
    link     = "https://learn.microsoft.com/azure/frontdoor/private-link"
  }

  caveat "field-level-encryption" {
    when     = can(self.default_cache_behavior[0].field_level_encryption_id) || can(self.DistributionConfig.DefaultCacheBehavior.FieldLevelEncryptionId)
    severity = "warning"
    message  = "Front Door has no field-level encryption: encrypt sensitive fields in the client or at the origin."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  }

  caveat "lambda-at-edge" {
    when     = try(length(self.default_cache_behavior[0].lambda_function_association), 0) > 0 || try(anytrue([for b in try(self.ordered_cache_behavior, []) : try(length(b.lambda_function_association), 0) > 0]), false) || can(self.DistributionConfig.DefaultCacheBehavior.LambdaFunctionAssociations) || try(anytrue([for b in try(self.DistributionConfig.CacheBehaviors, []) : can(b.LambdaFunctionAssociations)]), false)
    severity = "warning"
    message  = "Lambda@Edge has no Azure twin: Front Door runs no custom code. Logic that only rewrites headers, URLs or redirects becomes rule-set actions; anything else (authentication, origin selection by code, body inspection, generated responses) moves to the origin or to an application tier (Functions, Container Apps) behind Front Door."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  }

  caveat "waf" {
    when     = can(self.web_acl_id) || can(self.DistributionConfig.WebACLId)
    severity = "info"
    message  = "The AWS WAF web ACL becomes a Front Door WAF policy (azurerm_cdn_frontdoor_firewall_policy) attached through a security policy (azurerm_cdn_frontdoor_security_policy): rewrite its rules as custom rules, and use managed rule sets on the Premium tier."
    link     = "https://learn.microsoft.com/azure/web-application-firewall/afds/afds-overview"
  }

  caveat "access-logs" {
    when     = can(self.logging_config[0]) || can(self.DistributionConfig.Logging)
    severity = "info"
    message  = "Standard logs aren't written to a bucket: create a diagnostic setting (azurerm_monitor_diagnostic_setting) on the Front Door profile that sends the access log category to a storage account, Log Analytics workspace or event hub."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-diagnostics"
  }

  caveat "default-root-object" {
    when     = can(self.default_root_object) || can(self.DistributionConfig.DefaultRootObject)
    severity = "info"
    message  = "Front Door has no default root object setting: add a rule-set URL rewrite from / to the object, or use an origin that serves index documents itself (such as a storage account's static website endpoint)."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-url-rewrite"
  }
}

mapping "aws_cloudfront_function" {
  cloudformation = ["AWS::CloudFront::Function"]
  service        = "Azure Front Door rule sets"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_rule_set", "azurerm_cdn_frontdoor_rule"]
  arm            = ["Microsoft.Cdn/profiles/ruleSets", "Microsoft.Cdn/profiles/ruleSets/rules"]
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note           = "Front Door doesn't run JavaScript at the edge: express header manipulation, URL rewrites and redirects as rules; logic beyond that moves to the origin."

  caveat "key-value-store" {
    when     = try(length(self.key_value_store_associations), 0) > 0 || can(self.FunctionConfig.KeyValueStoreAssociations)
    severity = "warning"
    message  = "Front Door rules can't read a key value store at request time: lookups (redirect maps, feature flags, A/B assignments) become one rule per entry in the rule set, or move to the origin."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  }
}

mapping "aws_cloudfront_connection_function" {
  cloudformation = ["AWS::CloudFront::ConnectionFunction"]
  service        = "Azure Front Door or Azure Application Gateway (mutual TLS)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/frontdoor/tls-policy"
  note           = "Connection functions run JavaScript during the mutual TLS handshake to accept or reject client certificates; Azure runs no custom code at that stage. Plain client certificate validation against trusted CAs is configuration (check Front Door's mutual TLS support, or Application Gateway mutual authentication); device-specific rules and revocation lookups must move to the origin, which Application Gateway can give the client certificate details through server variables."
}

mapping "aws_cloudfront_origin_access_control" {
  cloudformation = ["AWS::CloudFront::OriginAccessControl"]
  service        = "Azure Front Door (Private Link origins)"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_origin"]
  arm            = ["Microsoft.Cdn/profiles/originGroups/origins"]
  link           = "https://learn.microsoft.com/azure/frontdoor/private-link"
  note           = "Restricting an origin to the CDN becomes a Private Link connection on the Front Door origin (Premium tier) or origin-side filtering on the AzureFrontDoor.Backend service tag and the X-Azure-FDID header."
}

mapping "aws_cloudfront_origin_access_identity" {
  cloudformation = ["AWS::CloudFront::CloudFrontOriginAccessIdentity"]
  service        = "Azure Front Door (Private Link origins)"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_origin"]
  arm            = ["Microsoft.Cdn/profiles/originGroups/origins"]
  link           = "https://learn.microsoft.com/azure/frontdoor/private-link"
  note           = "The legacy origin access identity becomes a Private Link origin (Premium tier) or origin-side filtering on the AzureFrontDoor.Backend service tag."
}

mapping "aws_cloudfront_cache_policy" {
  cloudformation = ["AWS::CloudFront::CachePolicy"]
  service        = "Azure Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_route", "azurerm_cdn_frontdoor_rule"]
  arm            = ["Microsoft.Cdn/profiles/afdEndpoints/routes", "Microsoft.Cdn/profiles/ruleSets/rules"]
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-caching"
  note           = "Caching settings live on the route (cache block: query string behavior, compression) and in rule-set cache overrides; TTLs honour origin headers or a rule's cache duration."
}

mapping "aws_cloudfront_origin_request_policy" {
  cloudformation = ["AWS::CloudFront::OriginRequestPolicy"]
  service        = "Azure Front Door"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_rule"]
  arm            = ["Microsoft.Cdn/profiles/ruleSets/rules"]
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note           = "Front Door forwards headers, cookies and query strings by default; adjustments become rule-set actions."
}

mapping "aws_cloudfront_response_headers_policy" {
  cloudformation = ["AWS::CloudFront::ResponseHeadersPolicy"]
  service        = "Azure Front Door rule sets"
  status         = "implicit"
  azurerm        = ["azurerm_cdn_frontdoor_rule"]
  arm            = ["Microsoft.Cdn/profiles/ruleSets/rules"]
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note           = "Security and CORS response headers become response-header actions in a rule set."
}

mapping "aws_cloudfront_vpc_origin" {
  cloudformation = ["AWS::CloudFront::VpcOrigin"]
  service        = "Azure Front Door (Private Link origins)"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_origin"]
  arm            = ["Microsoft.Cdn/profiles/originGroups/origins"]
  link           = "https://learn.microsoft.com/azure/frontdoor/private-link"
  note           = "An origin inside a private network becomes a Front Door origin with a private_link block (Premium tier only): the origin is reached through a Private Link service in front of an internal Standard load balancer, or directly for supported PaaS origins. The owner of the target must approve the private endpoint connection that Front Door creates."
}

mapping "aws_cloudfront_monitoring_subscription" {
  cloudformation = ["AWS::CloudFront::MonitoringSubscription"]
  service        = "Azure Monitor (Front Door metrics and logs)"
  status         = "implicit"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note           = "Front Door profile metrics (request count, latency, origin health, error percentages) are in Azure Monitor without a subscription; for per-request detail add a diagnostic setting on the profile that sends access and health probe logs to a Log Analytics workspace."
}

mapping "aws_cloudfront_trust_store" {
  cloudformation = ["AWS::CloudFront::TrustStore"]
  service        = "Azure Application Gateway (mutual authentication)"
  status         = "partial"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/mutual-authentication-overview"
  note           = "The CA bundle that validates client certificates becomes trusted_client_certificate entries referenced from an ssl_profile on the Application Gateway listener; the gateway can pass certificate details to the backend in server variables. Front Door's own mutual TLS support is newer: check its availability and tooling before choosing it, since Application Gateway is regional rather than edge-distributed."
}

data "aws_cloudfront_distribution" {
  service = "Azure Front Door"
  status  = "partial"
  azurerm = ["azurerm_cdn_frontdoor_profile", "azurerm_cdn_frontdoor_endpoint"]
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "Looks up the Front Door profile and its endpoint (host_name for DNS CNAMEs); there is no hosted zone ID, so DNS points a CNAME or Azure DNS alias record at the endpoint."
}

data "aws_cloudfront_cache_policy" {
  service = "Azure Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-caching"
  note    = "Caching settings are part of the route (cache block) and rule-set overrides, so there is no policy to look up, managed or custom."
}

data "aws_cloudfront_origin_request_policy" {
  service = "Azure Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note    = "Front Door forwards headers, cookies and query strings by default; changes are rule-set actions, so there is no policy to look up."
}

data "aws_cloudfront_response_headers_policy" {
  service = "Azure Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note    = "Response headers are set by rule-set actions; look up the rule set with azurerm_cdn_frontdoor_rule_set if a route must reference it."
}

data "aws_cloudfront_function" {
  service = "Azure Front Door"
  status  = "partial"
  azurerm = ["azurerm_cdn_frontdoor_rule_set"]
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note    = "Edge functions become rule sets (header, rewrite and redirect actions), looked up by name and profile; JavaScript logic has no equivalent."
}

data "aws_cloudfront_origin_access_identity" {
  service = "Azure Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/private-link"
  note    = "There is no identity to reference: origins are restricted with Private Link (Premium tier) or by filtering on the AzureFrontDoor.Backend service tag and X-Azure-FDID header."
}

data "aws_cloudfront_origin_access_identities" {
  service = "Azure Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/private-link"
  note    = "There are no origin access identities to list: origins are restricted with Private Link or service-tag filtering."
}

data "aws_cloudfront_origin_access_control" {
  service = "Azure Front Door"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/private-link"
  note    = "There is no access control object: origins are restricted with Private Link (Premium tier) or service-tag filtering, set on the origin."
}

data "aws_cloudfront_log_delivery_canonical_user_id" {
  service = "Azure Monitor (diagnostic settings)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note    = "Access logs are sent by a diagnostic setting on the profile, so there is no log-delivery account to grant bucket access to."
}

mapping "aws_cloudfront_anycast_ip_list" {
  cloudformation = ["AWS::CloudFront::AnycastIpList"]
  service        = "Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-faq"
  note           = "Front Door gives no dedicated static anycast IP addresses: point a CNAME (or an Azure DNS alias record at the apex) at the endpoint host name, and have allow-listing partners use the AzureFrontDoor.Frontend service tag ranges instead of fixed IPs."
}

mapping "aws_cloudfront_connection_group" {
  cloudformation = ["AWS::CloudFront::ConnectionGroup"]
  service        = "Azure Front Door"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_endpoint"]
  arm            = ["Microsoft.Cdn/profiles/afdEndpoints"]
  link           = "https://learn.microsoft.com/azure/frontdoor/endpoint"
  note           = "The routing endpoint that tenants' domains CNAME to becomes a Front Door endpoint (<name>-<hash>.z01.azurefd.net) in the profile; IPv6 is always on and there are no anycast IP lists to attach."
}

mapping "aws_cloudfront_continuous_deployment_policy" {
  cloudformation = ["AWS::CloudFront::ContinuousDeploymentPolicy"]
  service        = "Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/frontdoor/routing-methods"
  note           = "Front Door has no staging copy of a profile with a traffic split: test configuration changes in a separate profile, and shift a share of traffic to a new origin with weighted origins in the origin group (or a header-matching rule that overrides the origin group)."
}

mapping "aws_cloudfront_distribution_tenant" {
  cloudformation = ["AWS::CloudFront::DistributionTenant"]
  service        = "Azure Front Door custom domains"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_custom_domain", "azurerm_cdn_frontdoor_custom_domain_association"]
  arm            = ["Microsoft.Cdn/profiles/customDomains"]
  link           = "https://learn.microsoft.com/azure/frontdoor/standard-premium/how-to-add-custom-domain"
  note           = "A tenant's domains become custom domains associated with the shared profile's routes; per-tenant parameters, origin overrides and WAF become per-domain routes, rule-set conditions on the host name and security policies. Check the per-profile custom-domain limits for large tenant counts."
}

mapping "aws_cloudfront_field_level_encryption_config" {
  service = "Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "Front Door has no field-level encryption: encrypt sensitive form fields in the client, or at the origin, before they reach downstream systems."
}

mapping "aws_cloudfront_field_level_encryption_profile" {
  service = "Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "Front Door has no field-level encryption profiles or public keys for them: encrypt sensitive fields in the client or at the origin, with keys held in Azure Key Vault."
}

mapping "aws_cloudfront_key_group" {
  cloudformation = ["AWS::CloudFront::KeyGroup"]
  service        = "Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note           = "Front Door doesn't validate signed URLs or cookies, so there are no trusted key groups: use SAS tokens on a storage origin, or validate tokens at the origin or in API Management."
}

mapping "aws_cloudfront_public_key" {
  cloudformation = ["AWS::CloudFront::PublicKey"]
  service        = "Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note           = "Front Door doesn't verify signed URLs or cookies, so it takes no public keys: validate signatures at the origin (keys in Azure Key Vault) or use SAS tokens on a storage origin."
}

mapping "aws_cloudfront_key_value_store" {
  cloudformation = ["AWS::CloudFront::KeyValueStore"]
  service        = "Azure Front Door rule sets"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note           = "Front Door runs no edge code, so there is no edge key-value store: small static lookups (redirect maps) become rule-set rules; larger data moves to the origin, for example Azure App Configuration or Azure Cache for Redis."
}

mapping "aws_cloudfront_multitenant_distribution" {
  service = "Azure Front Door"
  status  = "partial"
  azurerm = ["azurerm_cdn_frontdoor_profile", "azurerm_cdn_frontdoor_endpoint", "azurerm_cdn_frontdoor_origin_group", "azurerm_cdn_frontdoor_origin", "azurerm_cdn_frontdoor_route"]
  arm     = ["Microsoft.Cdn/profiles", "Microsoft.Cdn/profiles/afdEndpoints", "Microsoft.Cdn/profiles/originGroups", "Microsoft.Cdn/profiles/originGroups/origins", "Microsoft.Cdn/profiles/afdEndpoints/routes"]
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "The shared template becomes one Front Door profile whose routes serve many custom domains; there are no template parameters, so per-tenant differences become separate routes or rule-set conditions on the host name."
}

mapping "aws_cloudfront_realtime_log_config" {
  cloudformation = ["AWS::CloudFront::RealtimeLogConfig"]
  service        = "Azure Monitor (Front Door diagnostic logs)"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-diagnostics"
  note           = "Stream the FrontDoorAccessLog category to an event hub (the Kinesis counterpart) or Log Analytics with a diagnostic setting on the profile. Delivery is near-real-time rather than seconds, there is no sampling rate, and the field list is fixed."
}

mapping "AWS::CloudFront::StreamingDistribution" {
  service = "Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "RTMP streaming distributions were retired by AWS in 2020. Serve HLS or DASH segments over HTTP through Front Door from a storage or streaming origin instead."
}

data "aws_cloudfront_connection_group" {
  service = "Azure Front Door"
  status  = "partial"
  azurerm = ["azurerm_cdn_frontdoor_endpoint"]
  link    = "https://learn.microsoft.com/azure/frontdoor/endpoint"
  note    = "Looks up the Front Door endpoint by name and profile; its host_name is the CNAME target for custom domains."
}

data "aws_cloudfront_distribution_tenant" {
  service = "Azure Front Door custom domains"
  status  = "partial"
  azurerm = ["azurerm_cdn_frontdoor_custom_domain"]
  link    = "https://learn.microsoft.com/azure/frontdoor/standard-premium/how-to-add-custom-domain"
  note    = "Looks up a custom domain of the profile (host name, validation token, TLS settings); tenant parameters have no counterpart."
}

data "aws_cloudfront_realtime_log_config" {
  service = "Azure Monitor (Front Door diagnostic logs)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-diagnostics"
  note    = "Log streaming is a diagnostic setting on the profile, read from the profile's settings rather than a separate log configuration object."
}
