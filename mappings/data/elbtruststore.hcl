# Application Load Balancer mutual TLS trust stores → Azure Application Gateway SSL profiles
# with trusted client CA certificates.

mapping "aws_lb_trust_store" {
  cloudformation = ["AWS::ElasticLoadBalancingV2::TrustStore"]
  service        = "Azure Application Gateway (mutual authentication)"
  status         = "partial"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/mutual-authentication-overview"
  note           = "A trust store becomes trusted client CA certificates on the Application Gateway (trusted_client_certificate blocks) referenced by an ssl_profile, which is attached to the HTTPS listener for strict mutual TLS. The CA bundle is uploaded inline as PEM/CER data instead of being read from S3. Mutual authentication needs the Standard_v2 or WAF_v2 SKU."

  caveat "ca-bundle-limits" {
    severity = "info"
    message  = "Each uploaded CA file must include the root CA (plus any intermediates) and stay within 25 KB; an SSL profile takes at most 100 trusted CA chains and a gateway 200, so large bundles must be split or trimmed."
    link     = "https://learn.microsoft.com/azure/application-gateway/mutual-authentication-overview"
  }
}

mapping "aws_lb_trust_store_revocation" {
  cloudformation = ["AWS::ElasticLoadBalancingV2::TrustStoreRevocation"]
  service        = "Azure Application Gateway (mutual authentication)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/application-gateway/mutual-authentication-overview"
  note           = "Application Gateway cannot load certificate revocation lists: its only revocation check is OCSP (verify_client_certificate_revocation = \"OCSP\" in the ssl_profile), which needs an OCSP responder published in the client certificates. Without OCSP, revoke by removing the issuing CA from the trusted chain, or validate the forwarded client certificate against the CRL in the backend (mutual TLS passthrough mode)."
}
