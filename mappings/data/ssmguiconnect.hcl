# AWS Systems Manager GUI Connect (Fleet Manager RDP) preferences → Azure Bastion session recording.

mapping "AWS::SSMGuiConnect::Preferences" {
  service = "Azure Bastion"
  status  = "partial"
  azurerm = ["azurerm_bastion_host"]
  arm     = ["Microsoft.Network/bastionHosts"]
  link    = "https://learn.microsoft.com/azure/bastion/session-recording"
  note    = "Recording of remote desktop sessions to S3 becomes Bastion session recording (Premium SKU, session_recording_enabled = true) to a blob container of a storage account; encryption with your own key becomes a customer-managed key on that storage account."
}
