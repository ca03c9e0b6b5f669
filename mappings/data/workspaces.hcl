# Amazon WorkSpaces → Azure Virtual Desktop (personal or pooled host pools of session-host VMs you run),
# or Windows 365 Cloud PCs (per-user SaaS managed in Intune, no azurerm resources).
# WorkSpaces also offers Linux desktops; Azure Virtual Desktop and Windows 365 are Windows only.

mapping "aws_workspaces_directory" {
  service = "Azure Virtual Desktop"
  status  = "partial"
  azurerm = ["azurerm_virtual_desktop_host_pool", "azurerm_virtual_desktop_application_group", "azurerm_virtual_desktop_workspace"]
  arm     = ["Microsoft.DesktopVirtualization/hostPools", "Microsoft.DesktopVirtualization/applicationGroups", "Microsoft.DesktopVirtualization/workspaces"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/compare-virtual-desktop-windows-365"
  note    = "Registering a directory for WorkSpaces becomes a personal host pool with a desktop application group published in an Azure Virtual Desktop workspace; session hosts join Microsoft Entra ID or Active Directory Domain Services, and users get access by a Desktop Virtualization User role on the application group. Windows 365 is the fully managed alternative, licensed per user outside ARM."

  caveat "self-service" {
    when     = can(self.self_service_permissions) || can(self.SelfServicePermissions)
    severity = "info"
    message  = "Self-service actions such as rebuild, change compute type and increase volume size are not offered to Azure Virtual Desktop users: administrators resize or re-create the session host instead."
    link     = "https://learn.microsoft.com/azure/virtual-desktop/compare-virtual-desktop-windows-365"
  }
}

mapping "aws_workspaces_workspace" {
  cloudformation = ["AWS::WorkSpaces::Workspace"]
  service        = "Azure Virtual Desktop personal desktop"
  status         = "partial"
  azurerm        = ["azurerm_windows_virtual_machine", "azurerm_virtual_desktop_host_pool"]
  arm            = ["Microsoft.Compute/virtualMachines", "Microsoft.DesktopVirtualization/hostPools"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/configure-host-pool-personal-desktop-assignment-type"
  note           = "A WorkSpace becomes a Windows session-host VM registered with a personal host pool (azurerm_virtual_desktop_host_pool_registration_info) and assigned to the user; the bundle becomes the VM size and an image from Azure Marketplace or Azure Compute Gallery. Linux bundles have no Azure Virtual Desktop or Windows 365 counterpart: Linux desktops need a third-party VDI product on Azure VMs."

  caveat "auto-stop" {
    when     = try(upper(self.workspace_properties[0].running_mode), upper(self.WorkspaceProperties.RunningMode), "") == "AUTO_STOP"
    severity = "info"
    message  = "AutoStop becomes Start VM on Connect on the host pool plus a personal-host-pool scaling plan that deallocates the VM after the user disconnects or logs off."
    link     = "https://learn.microsoft.com/azure/virtual-desktop/autoscale-scaling-plan"
  }

  caveat "volume-encryption" {
    when     = try(tostring(try(self.root_volume_encryption_enabled, self.RootVolumeEncryptionEnabled)) == "true", false) || try(tostring(try(self.user_volume_encryption_enabled, self.UserVolumeEncryptionEnabled)) == "true", false)
    severity = "info"
    message  = "Managed disks are always encrypted at rest; to use your own KMS-style key, give the session host's disks a disk encryption set with a Key Vault key."
    link     = "https://learn.microsoft.com/azure/virtual-machines/disk-encryption"
  }
}

mapping "aws_workspaces_pool" {
  cloudformation = ["AWS::WorkSpaces::WorkspacesPool"]
  service        = "Azure Virtual Desktop pooled host pool"
  status         = "partial"
  azurerm        = ["azurerm_virtual_desktop_host_pool", "azurerm_virtual_desktop_scaling_plan"]
  arm            = ["Microsoft.DesktopVirtualization/hostPools", "Microsoft.DesktopVirtualization/scalingPlans"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/autoscale-scaling-plan"
  note           = "A pool of non-persistent desktops becomes a pooled host pool (Windows multi-session images allow several users per VM) with session-host VMs you create from an image and an autoscale scaling plan in place of the pool's capacity settings; user settings persist with FSLogix profile containers on Azure Files instead of WorkSpaces application settings persistence."
}

mapping "aws_workspaces_ip_group" {
  service = "Microsoft Entra Conditional Access named locations"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-desktop/set-up-mfa"
  note    = "Allowing desktop access only from listed client IP ranges becomes a Conditional Access policy for the Azure Virtual Desktop app with IP-based named locations (azuread provider, not azurerm); session-host network security groups do not see client addresses because connections go through the Azure Virtual Desktop gateway."
}

mapping "aws_workspaces_connection_alias" {
  cloudformation = ["AWS::WorkSpaces::ConnectionAlias"]
  service        = "Azure Virtual Desktop workspace feed"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-desktop/compare-virtual-desktop-windows-365"
  note           = "Users subscribe to one Azure Virtual Desktop feed that lists all desktops they are assigned, in any region, so no connection string or alias is needed; cross-region failover of a user's desktop is done by assigning them a desktop in a second host pool, not by redirecting an alias."
}

data "aws_workspaces_directory" {
  service = "Azure Virtual Desktop"
  status  = "partial"
  azurerm = ["azurerm_virtual_desktop_host_pool", "azurerm_virtual_desktop_workspace"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/compare-virtual-desktop-windows-365"
  note    = "Reads the host pool and workspace that publish the desktops."
}

data "aws_workspaces_workspace" {
  service = "Azure Virtual Desktop session host"
  status  = "partial"
  azurerm = ["azurerm_virtual_machine"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/configure-host-pool-personal-desktop-assignment-type"
  note    = "Reads the session-host VM; the user it is assigned to is host-pool data not exposed by an azurerm data source."
}

data "aws_workspaces_bundle" {
  service = "Azure Marketplace images and VM sizes"
  status  = "partial"
  azurerm = ["azurerm_platform_image"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/compare-virtual-desktop-windows-365"
  note    = "A bundle is an image plus hardware: look up a Windows 10/11 Enterprise (multi-session) Marketplace image (publisher MicrosoftWindowsDesktop) and choose the VM size separately. AWS-provided Linux and Windows Server bundles have no Azure Virtual Desktop image."
}

data "aws_workspaces_image" {
  service = "Azure Compute Gallery"
  status  = "partial"
  azurerm = ["azurerm_shared_image_version"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note    = "Looks up the custom session-host image version in the gallery."
}
