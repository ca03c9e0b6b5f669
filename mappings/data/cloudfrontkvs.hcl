# CloudFront KeyValueStore keys → no managed key-value store at the Azure Front Door edge: small static maps become rule set conditions, changing data moves to the origin.

mapping "aws_cloudfrontkeyvaluestore_key" {
  service = "Azure Front Door rules engine"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note    = "Front Door has no key-value store for edge logic to read. A few static entries (redirects, rewrites, feature flags) can become rules in a Front Door rule set (azurerm_cdn_frontdoor_rule); Front Door Edge Actions (JavaScript at the edge, in preview and not in azurerm) can carry a small map in their code; data that changes often belongs at the origin, for example in Azure App Configuration or Azure Cache for Redis."
}

mapping "aws_cloudfrontkeyvaluestore_keys_exclusive" {
  service = "Azure Front Door rules engine"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  note    = "There is no edge key-value store to own exclusively. Manage the equivalent rules together in one azurerm_cdn_frontdoor_rule_set, or keep the whole map in the origin's configuration store."
}
