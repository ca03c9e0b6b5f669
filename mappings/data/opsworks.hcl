# AWS OpsWorks (Stacks, end of life since May 2024) → no Azure application-management service: stacks and layers
# become resource groups and VM scale sets configured with cloud-init, VM extensions or Azure Machine Configuration
# (or a self-managed Chef or Puppet server).

mapping "AWS::OpsWorks::Stack" {
  service = "Azure resource groups and Azure Machine Configuration"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/governance/machine-configuration/overview"
  note    = "Azure has no stack service that runs Chef recipes across layers: put the stack's resources in a resource group (or a Terraform module), and apply configuration with cloud-init, VM extensions, Azure Machine Configuration or your own Chef or Puppet server."
}

mapping "AWS::OpsWorks::Layer" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "partial"
  azurerm = ["azurerm_linux_virtual_machine_scale_set"]
  arm     = ["Microsoft.Compute/virtualMachineScaleSets"]
  link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/overview"
  note    = "A layer (a group of like instances with shared recipes, packages, volumes and load balancer) becomes a VM scale set whose model holds the image, size, custom data and extensions; lifecycle-event recipes (setup, configure, deploy) become cloud-init, extensions or Machine Configuration, and Auto Healing becomes automatic instance repair."
}

mapping "AWS::OpsWorks::Instance" {
  service = "Azure Virtual Machines"
  status  = "partial"
  azurerm = ["azurerm_linux_virtual_machine"]
  arm     = ["Microsoft.Compute/virtualMachines"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "An instance becomes a VM (or an instance of the layer's scale set); time-based and load-based instances become scale set autoscale rules and schedules, and the recipes that OpsWorks ran on it become cloud-init, VM extensions or Machine Configuration."

  target "windows" {
    when    = try(startswith(lower(self.Os), "microsoft windows"), false)
    service = "Azure Virtual Machines"
    status  = "partial"
    azurerm = ["azurerm_windows_virtual_machine"]
    arm     = ["Microsoft.Compute/virtualMachines"]
    link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
    note    = "A Windows instance becomes a Windows VM; layer recipes become VM extensions or Machine Configuration packages."
  }
}

mapping "AWS::OpsWorks::App" {
  service = "Azure Pipelines or GitHub Actions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/release/deployment-groups/"
  note    = "An app (source repository, environment variables, SSL settings and deploy recipes) has no counterpart: deploy the code to the VMs from a CI/CD pipeline (for example with a Custom Script extension or an Azure Pipelines deployment group), or move the application to App Service."
}

mapping "AWS::OpsWorks::ElasticLoadBalancerAttachment" {
  service = "Azure Load Balancer"
  status  = "implicit"
  azurerm = ["azurerm_lb_backend_address_pool"]
  arm     = ["Microsoft.Network/loadBalancers/backendAddressPools"]
  link    = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
  note    = "Attaching a load balancer to a layer becomes the backend pool referenced from the scale set's network profile, so every instance of the layer joins it; use Application Gateway instead for HTTP routing or TLS termination."
}

mapping "AWS::OpsWorks::UserProfile" {
  service = "Microsoft Entra sign-in for VMs"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/entra/identity/devices/howto-vm-sign-in-azure-ad-linux"
  note    = "Per-user SSH keys and sudo rights become Microsoft Entra sign-in to the VMs: assign the Virtual Machine User Login or Virtual Machine Administrator Login role to the users, scoped to the resource group."
}

mapping "AWS::OpsWorks::Volume" {
  service = "Azure managed disks"
  status  = "implicit"
  azurerm = ["azurerm_managed_disk", "azurerm_virtual_machine_data_disk_attachment"]
  arm     = ["Microsoft.Compute/disks"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note    = "Registering an existing EBS volume with a stack becomes attaching the managed disk that holds its data to the VM; mount points are set in the guest (cloud-init or fstab), not by the platform."
}
