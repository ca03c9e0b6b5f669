# Amazon EC2 Spot Instances → Azure Spot Virtual Machines.

mapping "aws_spot_instance_request" {
  service = "Azure Spot Virtual Machines"
  status  = "partial"
  azurerm = ["azurerm_linux_virtual_machine", "azurerm_windows_virtual_machine"]
  arm     = ["Microsoft.Compute/virtualMachines"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/spot-vms"
  note    = "A Spot request becomes a VM with priority = \"Spot\", an eviction_policy and max_bid_price (USD per hour; -1 caps the price at the pay-as-you-go rate and evicts only for capacity). Instance settings map as for aws_instance."

  caveat "persistent-request" {
    when     = try(lower(self.spot_type), "persistent") == "persistent"
    severity = "warning"
    message  = "A persistent request re-launches capacity after an interruption; a single Spot VM is not re-created automatically. Use a virtual machine scale set with Spot priority (and its try-to-restore option) when capacity must come back on its own."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/use-spot"
  }

  caveat "interruption-behavior" {
    when     = contains(["stop", "hibernate"], try(lower(self.instance_interruption_behavior), ""))
    severity = "info"
    message  = "Stop or hibernate on interruption becomes eviction_policy = \"Deallocate\" (disks are kept and still billed, and the VM must be started again); there is no hibernate eviction policy. Terminate becomes \"Delete\"."
  }

  caveat "interruption-notice" {
    severity = "info"
    message  = "Azure announces an eviction through Scheduled Events at least 30 seconds ahead, much less than the two-minute Spot interruption notice: make shutdown handling fit that window."
    link     = "https://learn.microsoft.com/azure/virtual-machines/linux/scheduled-events"
  }
}
