# Amazon Nimble Studio (discontinued) → GPU virtual desktops on Azure Virtual Desktop.

mapping "AWS::NimbleStudio::Studio" {
  service = "Azure Virtual Desktop"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-desktop/overview"
  note    = "Azure has no managed creative studio: build artist workstations as an Azure Virtual Desktop host pool on GPU VM sizes, with shared storage (Azure NetApp Files or Azure Files) and render farms on Azure Batch or VM scale sets."
}
