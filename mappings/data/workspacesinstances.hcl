# Amazon WorkSpaces Instances (WorkSpaces Core managed instances for partner VDI such as Citrix or
# Omnissa) → Azure Virtual Desktop session-host VMs with managed disks.

mapping "AWS::WorkspacesInstances::WorkspaceInstance" {
  service = "Azure Virtual Desktop (session-host VMs)"
  status  = "partial"
  azurerm = ["azurerm_windows_virtual_machine"]
  arm     = ["Microsoft.Compute/virtualMachines"]
  link    = "https://learn.microsoft.com/azure/virtual-desktop/overview"
  note    = "A desktop instance becomes a VM joined as a session host to an Azure Virtual Desktop host pool (azurerm_virtual_desktop_host_pool), or a VM managed by the partner's Azure offering (Citrix DaaS or Omnissa Horizon on Azure Virtual Desktop). The image, VM size and disks come from the managed instance settings; desktop Windows licensing rights on Azure apply only through Azure Virtual Desktop or Windows 365."
}

mapping "AWS::WorkspacesInstances::Volume" {
  service = "Azure managed disks"
  status  = "direct"
  azurerm = ["azurerm_managed_disk"]
  arm     = ["Microsoft.Compute/disks"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note    = "A volume becomes a managed disk: pick the disk type (Premium SSD v2 when IOPS and throughput are set independently), size, zone and encryption set; a source snapshot becomes create_option Copy from azurerm_snapshot."
}

mapping "AWS::WorkspacesInstances::VolumeAssociation" {
  service = "Azure managed disks"
  status  = "direct"
  azurerm = ["azurerm_virtual_machine_data_disk_attachment"]
  arm     = ["Microsoft.Compute/virtualMachines"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note    = "Attaching a volume becomes a data disk attachment to the VM, identified by LUN instead of device name, with a caching mode."
}
