# Amazon WorkSpaces Secure Browser (WorkSpaces Web) → no managed isolated-browser service on Azure.
# Closest options: Microsoft Edge published as a RemoteApp in Azure Virtual Desktop, or Microsoft Edge for
# Business on users' own devices governed by Entra Conditional Access and Edge policies.

mapping "aws_workspacesweb_portal" {
  cloudformation = ["AWS::WorkSpacesWeb::Portal"]
  service        = "Azure Virtual Desktop (Microsoft Edge as a RemoteApp)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-desktop/manage-app-groups"
  note           = "Azure has no managed, disposable browser-streaming portal. To keep browsing off user devices, publish Microsoft Edge as a RemoteApp from a pooled Azure Virtual Desktop host pool (session hosts you run in your network); where isolation is not the goal, Microsoft Edge for Business with Entra Conditional Access gives managed browsing on the user's device."
}

mapping "aws_workspacesweb_browser_settings" {
  cloudformation = ["AWS::WorkSpacesWeb::BrowserSettings"]
  service        = "Microsoft Edge policies"
  status         = "none"
  link           = "https://learn.microsoft.com/deployedge/microsoft-edge-for-business"
  note           = "The Chrome policy document becomes Microsoft Edge policies (largely the same Chromium policy names) delivered by Intune, Group Policy on the session hosts, or the Microsoft Edge management service; there is no Azure resource for them."
}

mapping "aws_workspacesweb_browser_settings_association" {
  service = "Microsoft Edge policies"
  status  = "none"
  link    = "https://learn.microsoft.com/deployedge/microsoft-edge-for-business"
  note    = "Policies apply to the devices or users they are assigned to in Intune or Group Policy, not to a portal."
}

mapping "aws_workspacesweb_user_settings" {
  cloudformation = ["AWS::WorkSpacesWeb::UserSettings"]
  service        = "Azure Virtual Desktop RDP properties"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_desktop_host_pool"]
  arm            = ["Microsoft.DesktopVirtualization/hostPools"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/rdp-properties"
  note           = "Clipboard, file transfer and printing permissions become RDP properties (custom_rdp_properties on the host pool); idle and disconnect timeouts become session time-limit policies on the session hosts."
}

mapping "aws_workspacesweb_user_settings_association" {
  service = "Azure Virtual Desktop RDP properties"
  status  = "implicit"
  azurerm = ["azurerm_virtual_desktop_host_pool"]
  arm     = ["Microsoft.DesktopVirtualization/hostPools"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/rdp-properties"
  note    = "RDP properties belong to the host pool itself; there is no association."
}

mapping "aws_workspacesweb_network_settings" {
  cloudformation = ["AWS::WorkSpacesWeb::NetworkSettings"]
  service        = "Azure Virtual Network"
  status         = "implicit"
  azurerm        = ["azurerm_subnet"]
  arm            = ["Microsoft.Network/virtualNetworks/subnets"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/prerequisites"
  note           = "Browser egress through your VPC becomes the subnet of the Azure Virtual Desktop session hosts, with network security group rules and a NAT gateway or firewall for outbound traffic."
}

mapping "aws_workspacesweb_network_settings_association" {
  service = "Azure Virtual Network"
  status  = "implicit"
  azurerm = ["azurerm_network_interface"]
  arm     = ["Microsoft.Network/networkInterfaces"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/prerequisites"
  note    = "Session hosts are placed in the subnet through their network interfaces; there is no association resource."
}

mapping "aws_workspacesweb_identity_provider" {
  cloudformation = ["AWS::WorkSpacesWeb::IdentityProvider"]
  service        = "Microsoft Entra ID"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/virtual-desktop/prerequisites"
  note           = "Azure Virtual Desktop signs users in with Microsoft Entra ID; a third-party SAML identity provider is federated with the Entra tenant rather than configured per portal."
}

mapping "aws_workspacesweb_ip_access_settings" {
  cloudformation = ["AWS::WorkSpacesWeb::IpAccessSettings"]
  service        = "Microsoft Entra Conditional Access"
  status         = "implicit"
  link           = "https://learn.microsoft.com/entra/identity/conditional-access/concept-assignment-network"
  note           = "Allowed source IP ranges become a Conditional Access policy with named locations for the Azure Virtual Desktop apps, managed in Entra ID (azuread provider), not in azurerm."
}

mapping "aws_workspacesweb_ip_access_settings_association" {
  service = "Microsoft Entra Conditional Access"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/identity/conditional-access/concept-assignment-network"
  note    = "A Conditional Access policy targets the Azure Virtual Desktop applications directly; there is no association."
}

mapping "aws_workspacesweb_user_access_logging_settings" {
  cloudformation = ["AWS::WorkSpacesWeb::UserAccessLoggingSettings"]
  service        = "Azure Virtual Desktop diagnostics"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/diagnostics-log-analytics"
  note           = "Session start and end events come from diagnostic settings on the host pool and workspace, sent to Log Analytics or Event Hubs (instead of a Kinesis stream)."
}

mapping "aws_workspacesweb_user_access_logging_settings_association" {
  service = "Azure Virtual Desktop diagnostics"
  status  = "implicit"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/diagnostics-log-analytics"
  note    = "A diagnostic setting targets the host pool or workspace directly; there is no association."
}

mapping "aws_workspacesweb_session_logger" {
  cloudformation = ["AWS::WorkSpacesWeb::SessionLogger"]
  service        = "Azure Virtual Desktop diagnostics"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-desktop/diagnostics-log-analytics"
  note           = "There is no managed recording of in-browser activity; Azure Virtual Desktop diagnostics cover connections only. Capture browsing events with endpoint tooling on the session hosts (for example Microsoft Defender for Endpoint) or a web proxy."
}

mapping "aws_workspacesweb_session_logger_association" {
  service = "Azure Virtual Desktop diagnostics"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-desktop/diagnostics-log-analytics"
  note    = "No session logger exists to associate."
}

mapping "aws_workspacesweb_data_protection_settings" {
  cloudformation = ["AWS::WorkSpacesWeb::DataProtectionSettings"]
  service        = "Microsoft Purview data loss prevention"
  status         = "none"
  link           = "https://learn.microsoft.com/purview/dlp-learn-about-dlp"
  note           = "Inline redaction of sensitive data on web pages has no Azure counterpart; Microsoft Purview data loss prevention policies for devices and Edge can block copying, uploading or printing sensitive content instead."
}

mapping "aws_workspacesweb_data_protection_settings_association" {
  service = "Microsoft Purview data loss prevention"
  status  = "none"
  link    = "https://learn.microsoft.com/purview/dlp-learn-about-dlp"
  note    = "Data loss prevention policies are scoped to users and devices, not portals."
}

mapping "aws_workspacesweb_trust_store" {
  cloudformation = ["AWS::WorkSpacesWeb::TrustStore"]
  service        = "Session host certificate store"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-desktop/custom-image-templates"
  note           = "Private root CA certificates are installed in the session hosts' certificate store, through the golden image or Group Policy or Intune; there is no Azure resource."
}

mapping "aws_workspacesweb_trust_store_association" {
  service = "Session host certificate store"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-desktop/custom-image-templates"
  note    = "Certificates live on the session hosts; there is nothing to associate."
}
