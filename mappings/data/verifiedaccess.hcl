# AWS Verified Access → Microsoft Entra application proxy (clientless web apps) and Microsoft Entra Private Access
# (TCP apps through the Global Secure Access client), both gated by Conditional Access. They are configured in the
# Entra tenant (admin center, Microsoft Graph), not through azurerm.

mapping "aws_verifiedaccess_instance" {
  cloudformation = ["AWS::EC2::VerifiedAccessInstance"]
  service        = "Microsoft Entra application proxy / Microsoft Entra Private Access"
  status         = "implicit"
  link           = "https://learn.microsoft.com/entra/global-secure-access/concept-private-access"
  note           = "There is no instance to create: application proxy and Private Access are tenant-wide Entra features. Enable them in the tenant (Private Access needs Global Secure Access licensing), install private network connectors on servers that can reach the apps (VMs in the virtual network), and publish each app as an enterprise application."
}

mapping "aws_verifiedaccess_trust_provider" {
  cloudformation = ["AWS::EC2::VerifiedAccessTrustProvider"]
  service        = "Microsoft Entra ID"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity/conditional-access/overview"
  note           = "The identity provider is always the Entra tenant: IAM Identity Center or OIDC users must exist in Entra ID (synced or federated, or invited as guests). Policies decide on Entra claims, group membership and Conditional Access signals instead of claims from an external provider."

  target "device" {
    when    = try(lower(self.trust_provider_type), lower(self.TrustProviderType), "") == "device"
    service = "Microsoft Intune device compliance in Conditional Access"
    status  = "partial"
    link    = "https://learn.microsoft.com/entra/identity/conditional-access/overview"
    note    = "Device trust becomes a Conditional Access grant control requiring a compliant (Intune-managed) or Entra hybrid-joined device. Jamf, CrowdStrike or JumpCloud posture only counts if it feeds Intune compliance through a supported partner integration."
  }
}

mapping "aws_verifiedaccess_instance_trust_provider_attachment" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/conditional-access/overview"
  note    = "Nothing to attach: every published app authenticates against the Entra tenant, and device trust is applied by the Conditional Access policies that target the app."
}

mapping "aws_verifiedaccess_group" {
  cloudformation = ["AWS::EC2::VerifiedAccessGroup"]
  service        = "Microsoft Entra Conditional Access"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity/conditional-access/overview"
  note           = "A group's access policy becomes user and group assignments on the enterprise applications plus Conditional Access policies targeting them (MFA, compliant device, location, sign-in risk). Endpoints that share a policy share the same assignments and policies; Private Access can also bundle them in one per-app access application."

  caveat "cedar-policy" {
    when     = can(self.policy_document) || can(self.PolicyDocument)
    severity = "warning"
    message  = "Cedar policies don't translate automatically: rebuild them as app assignments and Conditional Access conditions. Rules on arbitrary token claims or HTTP request attributes have no Conditional Access equivalent and must move into the application."
    link     = "https://learn.microsoft.com/entra/identity/conditional-access/overview"
  }
}

mapping "aws_verifiedaccess_endpoint" {
  cloudformation = ["AWS::EC2::VerifiedAccessEndpoint"]
  service        = "Microsoft Entra application proxy"
  status         = "partial"
  link           = "https://learn.microsoft.com/entra/identity/app-proxy/overview-what-is-app-proxy"
  note           = "An HTTP(S) endpoint becomes an application published through application proxy: the internal URL points at the load balancer or instance, and users reach an external URL (a custom domain needs its certificate uploaded) after Entra sign-in, without a client. Connectors need only outbound connections to Entra, so no inbound firewall rule or public load balancer is needed."

  target "private-access" {
    when    = contains(["cidr", "rds"], try(lower(self.endpoint_type), lower(self.EndpointType), "")) || try(lower(self.load_balancer_options[0].protocol), lower(self.LoadBalancerOptions.Protocol), "") == "tcp" || try(lower(self.network_interface_options[0].protocol), lower(self.NetworkInterfaceOptions.Protocol), "") == "tcp"
    service = "Microsoft Entra Private Access"
    status  = "partial"
    link    = "https://learn.microsoft.com/entra/global-secure-access/how-to-configure-per-app-access"
    note    = "A TCP, database or CIDR endpoint becomes an application segment (FQDN or IP range and ports) of a Private Access per-app application. Users need the Global Secure Access client on their devices, which plays the role of the Verified Access connectivity client."
  }
}

mapping "aws_verifiedaccess_instance_logging_configuration" {
  service = "Microsoft Entra diagnostic settings"
  status  = "partial"
  azurerm = ["azurerm_monitor_aad_diagnostic_setting"]
  arm     = ["Microsoft.AADIAM/diagnosticSettings"]
  link    = "https://learn.microsoft.com/entra/global-secure-access/concept-global-secure-access-logs-monitoring"
  note    = "Access decisions appear in the Entra sign-in logs and, for Private Access, in the Global Secure Access traffic logs; a tenant diagnostic setting exports them to a Log Analytics workspace, storage account or event hub. azurerm can only manage it with Azure CLI authentication, not a service principal."
}
