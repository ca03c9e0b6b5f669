# AWS Shield Advanced → Azure DDoS Protection (Network Protection plans or IP Protection); Shield Standard ≈ the free
# infrastructure DDoS protection every Azure public endpoint gets.

mapping "aws_shield_subscription" {
  service = "Azure DDoS Protection"
  status  = "partial"
  azurerm = ["azurerm_network_ddos_protection_plan"]
  arm     = ["Microsoft.Network/ddosProtectionPlans"]
  link    = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-sku-comparison"
  note    = "The Shield Advanced subscription becomes a DDoS Network Protection plan, priced per 100 protected public IPs and shared by the virtual networks linked to it (across subscriptions of one tenant). For only a few public IPs, DDoS IP Protection (ddos_protection_mode = \"Enabled\" on azurerm_public_ip) needs no plan, but has no Rapid Response support or cost protection."
}

mapping "aws_shield_protection" {
  cloudformation = ["AWS::Shield::Protection"]
  service        = "Azure DDoS Protection"
  status         = "partial"
  azurerm        = ["azurerm_virtual_network", "azurerm_public_ip"]
  arm            = ["Microsoft.Network/virtualNetworks", "Microsoft.Network/publicIPAddresses"]
  link           = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"
  note           = "DDoS Protection covers public IP addresses, not individual services: protect the public IPs of the load balancer, Application Gateway, firewall or VM that replaces the resource by linking their virtual network to the plan (ddos_protection_plan block of azurerm_virtual_network) or by enabling IP Protection on the public IP. Mitigation policies are tuned automatically from each IP's traffic."

  target "edge" {
    when    = try(regex(":(?:cloudfront|route53):", try(self.resource_arn, self.ResourceArn)) != "", false)
    service = "Azure Front Door / Azure DNS"
    status  = "implicit"
    azurerm = ["azurerm_cdn_frontdoor_profile"]
    arm     = ["Microsoft.Cdn/profiles"]
    link    = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"
    note    = "CloudFront distributions and Route 53 zones move to Front Door and Azure DNS, which are protected by Azure's infrastructure DDoS protection and can't join a DDoS Protection plan. Add a Front Door WAF policy with rate-limit rules for layer-7 attacks."
  }

  caveat "application-layer" {
    when     = can(self.ApplicationLayerAutomaticResponseConfiguration)
    severity = "warning"
    message  = "Azure DDoS Protection mitigates layer 3 and 4 attacks only and doesn't write WAF rules for you: protect HTTP workloads with a WAF policy on Front Door or Application Gateway with rate-limit and bot rules."
    link     = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-rate-limit"
  }

  caveat "health-checks" {
    when     = try(length(self.HealthCheckArns), 0) > 0
    severity = "info"
    message  = "Health-based detection has no equivalent: Azure DDoS Protection tunes its thresholds from the traffic profile of each public IP."
    link     = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"
  }
}

mapping "aws_shield_protection_group" {
  cloudformation = ["AWS::Shield::ProtectionGroup"]
  service        = "Azure DDoS Protection"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"
  note           = "Azure has no aggregated detection over a group of resources: detection and mitigation work per public IP. Group resources by placing them in virtual networks linked to the same plan, and build combined views with Azure Monitor metrics and workbooks."
}

mapping "aws_shield_protection_health_check_association" {
  service = "Azure DDoS Protection"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"
  note    = "Azure DDoS Protection doesn't use application health checks for detection; thresholds are tuned automatically per public IP. Drop the association and monitor application health with Azure Monitor."
}

mapping "aws_shield_application_layer_automatic_response" {
  service = "Azure Web Application Firewall"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/web-application-firewall/afds/waf-front-door-rate-limit"
  note    = "Azure DDoS Protection works at layers 3 and 4 and creates no WAF rules. Protect HTTP workloads with a WAF policy on Front Door or Application Gateway: rate-limit custom rules, bot protection and the managed rule set, tuned in detection mode before switching to prevention."
}

mapping "aws_shield_drt_access_role_arn_association" {
  cloudformation = ["AWS::Shield::DRTAccess"]
  service        = "Azure DDoS Rapid Response"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/ddos-protection/ddos-rapid-response"
  note           = "The DDoS Rapid Response team (included with DDoS Network Protection) is engaged through an Azure support request during an attack; no role or access grant is configured in advance. Drop this resource and document the support escalation path in your runbook."
}

mapping "aws_shield_drt_access_log_bucket_association" {
  service = "Azure DDoS Rapid Response"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ddos-protection/ddos-rapid-response"
  note    = "Nothing is shared with the response team in advance. Keep DDoS mitigation reports and flow logs (public IP diagnostic settings) in a Log Analytics workspace so they are at hand when you open a support request."
}

mapping "aws_shield_proactive_engagement" {
  cloudformation = ["AWS::Shield::ProactiveEngagement"]
  service        = "Azure DDoS Protection"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/ddos-protection/alerts"
  note           = "Microsoft doesn't contact you proactively during an attack. Instead, create Azure Monitor metric alerts on the public IPs' under-DDoS-attack metric with an action group that notifies your contacts, and open a support request to engage Rapid Response."
}

data "aws_shield_protection" {
  service = "Azure DDoS Protection"
  status  = "partial"
  azurerm = ["azurerm_network_ddos_protection_plan"]
  link    = "https://learn.microsoft.com/azure/ddos-protection/ddos-protection-overview"
  note    = "Looks up the DDoS protection plan and the virtual networks linked to it; public IPs with IP Protection have no plan to look up."
}
