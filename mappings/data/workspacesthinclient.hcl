# Amazon WorkSpaces Thin Client → thin client hardware managed outside Azure Resource Manager: Windows 365 Link
# devices or partner thin clients, managed with Microsoft Intune or the vendor's console.

mapping "AWS::WorkSpacesThinClient::Environment" {
  service = "Microsoft Intune with Windows 365 Link or partner thin clients"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-desktop/compare-virtual-desktop-windows-365"
  note    = "A thin client environment (desktop endpoint, software update schedule, maintenance window and device settings) has no Azure resource. Devices that connect to Windows 365 Cloud PCs (Windows 365 Link) or to Azure Virtual Desktop (partner thin clients running the Remote Desktop client or Windows App) get their update rings, maintenance windows and settings from Microsoft Intune or the device vendor's management console."
}
