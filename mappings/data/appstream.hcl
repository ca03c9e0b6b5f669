# Amazon AppStream 2.0 → Azure Virtual Desktop (pooled host pools publishing RemoteApp application groups).

mapping "aws_appstream_fleet" {
  cloudformation = ["AWS::AppStream::Fleet"]
  service        = "Azure Virtual Desktop"
  status         = "partial"
  azurerm        = ["azurerm_virtual_desktop_host_pool", "azurerm_windows_virtual_machine"]
  arm            = ["Microsoft.DesktopVirtualization/hostPools", "Microsoft.Compute/virtualMachines"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/terminology"
  note           = "A fleet becomes a pooled host pool plus session-host VMs built from a custom image and registered with the pool (azurerm_virtual_desktop_host_pool_registration_info). Unlike AppStream, the session hosts are VMs in your subscription that you size, patch and scale; max sessions per instance becomes maximum_sessions_allowed, and fleet scaling becomes an autoscale scaling plan (azurerm_virtual_desktop_scaling_plan)."

  caveat "elastic-fleet" {
    when     = try(upper(self.fleet_type), upper(self.FleetType), "") == "ELASTIC"
    severity = "warning"
    message  = "Elastic fleets (service-managed streaming instances with applications from app blocks) have no counterpart: Azure Virtual Desktop always runs session hosts you provision, so build an image or use App Attach for the applications."
    link     = "https://learn.microsoft.com/azure/virtual-desktop/app-attach-overview"
  }

  caveat "linux-platform" {
    when     = contains(["AMAZON_LINUX2", "RHEL8", "ROCKY_LINUX8"], try(upper(self.platform), upper(self.Platform), ""))
    severity = "error"
    message  = "Azure Virtual Desktop session hosts run Windows only; Linux application streaming needs a third-party product."
    link     = "https://learn.microsoft.com/azure/virtual-desktop/overview"
  }

  caveat "on-demand" {
    when     = try(upper(self.fleet_type), upper(self.FleetType), "") == "ON_DEMAND"
    severity = "info"
    message  = "On-demand fleets start instances when users connect: use Start VM on Connect on the host pool with a scaling plan that deallocates idle session hosts."
    link     = "https://learn.microsoft.com/azure/virtual-desktop/autoscale-scaling-plan"
  }
}

mapping "aws_appstream_stack" {
  cloudformation = ["AWS::AppStream::Stack"]
  service        = "Azure Virtual Desktop"
  status         = "partial"
  azurerm        = ["azurerm_virtual_desktop_application_group", "azurerm_virtual_desktop_workspace", "azurerm_virtual_desktop_workspace_application_group_association"]
  arm            = ["Microsoft.DesktopVirtualization/applicationGroups", "Microsoft.DesktopVirtualization/workspaces"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/manage-app-groups"
  note           = "A stack becomes a RemoteApp application group (or a Desktop group for desktop view) on the host pool, published through a workspace. Clipboard, file transfer and printing settings become RDP properties (custom_rdp_properties on the host pool)."

  caveat "storage-connectors" {
    when     = try(length(self.storage_connectors), length(self.StorageConnectors), 0) > 0
    severity = "warning"
    message  = "Home folders and OneDrive or Google Drive connectors have no stack setting: store user profiles in FSLogix profile containers on Azure Files, and use OneDrive inside the session."
    link     = "https://learn.microsoft.com/azure/virtual-desktop/fslogix-profile-containers"
  }
}

mapping "aws_appstream_fleet_stack_association" {
  cloudformation = ["AWS::AppStream::StackFleetAssociation"]
  service        = "Azure Virtual Desktop"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_desktop_application_group"]
  arm            = ["Microsoft.DesktopVirtualization/applicationGroups"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/terminology"
  note           = "An application group belongs to exactly one host pool: the association is the group's host_pool_id."
}

mapping "aws_appstream_directory_config" {
  cloudformation = ["AWS::AppStream::DirectoryConfig"]
  service        = "Azure Virtual Desktop session host domain join"
  status         = "implicit"
  azurerm        = ["azurerm_virtual_machine_extension"]
  arm            = ["Microsoft.Compute/virtualMachines/extensions"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/prerequisites"
  note           = "Session hosts join Active Directory Domain Services (or Microsoft Entra Domain Services) through a domain-join VM extension with the target OU, or are Microsoft Entra joined; the service account credentials belong in Key Vault."
}

mapping "aws_appstream_image_builder" {
  cloudformation = ["AWS::AppStream::ImageBuilder"]
  service        = "Azure Compute Gallery (custom session host images)"
  status         = "partial"
  azurerm        = ["azurerm_shared_image_gallery", "azurerm_shared_image", "azurerm_shared_image_version"]
  arm            = ["Microsoft.Compute/galleries", "Microsoft.Compute/galleries/images", "Microsoft.Compute/galleries/images/versions"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/custom-image-templates"
  note           = "Install applications on a build VM (or with an Azure Virtual Desktop custom image template, which uses Azure VM Image Builder), generalize it and capture it as a gallery image version for the session hosts."
}

mapping "aws_appstream_user" {
  cloudformation = ["AWS::AppStream::User"]
  service        = "Microsoft Entra ID"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/virtual-desktop/prerequisites"
  note           = "Azure Virtual Desktop has no built-in user pool: users are Microsoft Entra ID identities (hybrid-synced when session hosts are domain joined), managed with the azuread provider rather than azurerm."
}

mapping "aws_appstream_user_stack_association" {
  cloudformation = ["AWS::AppStream::StackUserAssociation"]
  service        = "Azure role-based access control"
  status         = "direct"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/virtual-desktop/manage-app-groups"
  note           = "Assign the Desktop Virtualization User role on the application group to the user or, better, to an Entra group."
}

mapping "AWS::AppStream::Application" {
  service = "Azure Virtual Desktop"
  status  = "direct"
  azurerm = ["azurerm_virtual_desktop_application"]
  arm     = ["Microsoft.DesktopVirtualization/applicationGroups/applications"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/manage-app-groups"
  note    = "A published RemoteApp in a RemoteApp application group: path, command-line arguments and icon of the application installed on the session hosts."
}

mapping "AWS::AppStream::ApplicationFleetAssociation" {
  service = "Azure Virtual Desktop"
  status  = "implicit"
  azurerm = ["azurerm_virtual_desktop_application_group"]
  arm     = ["Microsoft.DesktopVirtualization/applicationGroups"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/manage-app-groups"
  note    = "An application is available on the host pool its application group belongs to; there is no separate association."
}

mapping "AWS::AppStream::AppBlock" {
  service = "Azure Virtual Desktop App Attach"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/virtual-desktop/app-attach-overview"
  note    = "App blocks (application files plus a setup script, mounted at session start) resemble App Attach, which mounts MSIX, App-V or CimFS application images from a file share into session hosts. App Attach packages have no azurerm resource; repackage the application as MSIX."
}

mapping "AWS::AppStream::AppBlockBuilder" {
  service = "Azure Virtual Desktop App Attach"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-desktop/app-attach-overview"
  note    = "There is no managed packaging instance: package applications as MSIX images on an ordinary Windows VM with the MSIX Packaging Tool and store them on Azure Files for App Attach."
}

mapping "AWS::AppStream::Entitlement" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/manage-app-groups"
  note    = "Entitlements based on SAML attributes become Entra group assignments: put the applications for each audience in their own application group and assign Desktop Virtualization User to that group."
}

mapping "AWS::AppStream::ApplicationEntitlementAssociation" {
  service = "Azure Virtual Desktop"
  status  = "implicit"
  azurerm = ["azurerm_virtual_desktop_application"]
  arm     = ["Microsoft.DesktopVirtualization/applicationGroups/applications"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/manage-app-groups"
  note    = "An application is entitled to whoever is assigned its application group: publish it in the group assigned to that audience."
}

data "aws_appstream_image" {
  service = "Azure Compute Gallery or Azure Marketplace images"
  status  = "partial"
  azurerm = ["azurerm_shared_image_version", "azurerm_platform_image"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note    = "Look up the custom session-host image version in the gallery, or a Windows multi-session Marketplace image (publisher MicrosoftWindowsDesktop); AWS-provided AppStream base images have no counterpart."
}
