# Amazon EC2 → Azure Virtual Machines, managed disks, NICs, placement and capacity.

mapping "aws_instance" {
  cloudformation = ["AWS::EC2::Instance"]
  service        = "Azure Virtual Machines"
  status         = "direct"
  azurerm        = ["azurerm_linux_virtual_machine"]
  arm            = ["Microsoft.Compute/virtualMachines"]
  requires       = ["azurerm_network_interface"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/linux/overview"
  note           = "A Linux VM with its NIC (azurerm_windows_virtual_machine for Windows AMIs). The AMI becomes a Marketplace image reference or an Azure Compute Gallery image, instance_type becomes a VM size, root and EBS volumes become the OS disk and managed data disks, and the instance profile becomes a managed identity."

  translate "vm-size" {
    value = try(self.instance_type, self.InstanceType, null)
    table = "ec2-vm-size"
  }

  translate "os-disk-type" {
    value = try(self.root_block_device[0].volume_type, null)
    table = "ebs-root-volume-type"
  }

  translate "data-disk-type" {
    value = try([for d in self.ebs_block_device : try(d.volume_type, null)], [for d in self.BlockDeviceMappings : try(d.Ebs.VolumeType, null)], null)
    table = "ebs-volume-type"
  }

  target "windows" {
    when    = try(tostring(self.get_password_data) == "true", false)
    service = "Azure Virtual Machines"
    status  = "direct"
    azurerm = ["azurerm_windows_virtual_machine"]
    arm     = ["Microsoft.Compute/virtualMachines"]
    link    = "https://learn.microsoft.com/azure/virtual-machines/windows/overview"
    note    = "A Windows VM (the instance retrieves a Windows password); set admin_username and admin_password instead of decrypting a generated password."
  }

  caveat "user-data" {
    when     = can(self.user_data) || can(self.user_data_base64) || can(self.UserData)
    severity = "info"
    message  = "User data becomes custom_data (cloud-init runs it on most Linux images) or user_data; Windows EC2Launch scripts need the Custom Script extension, and scripts that call the EC2 metadata service must use the Azure Instance Metadata Service instead."
    link     = "https://learn.microsoft.com/azure/virtual-machines/custom-data"
  }

  caveat "dedicated-tenancy" {
    when     = contains(["dedicated", "host"], try(lower(self.tenancy), lower(self.Tenancy), "default"))
    severity = "warning"
    message  = "Dedicated tenancy becomes Azure Dedicated Host: create an azurerm_dedicated_host_group and azurerm_dedicated_host and place the VM on it with dedicated_host_id."
    link     = "https://learn.microsoft.com/azure/virtual-machines/dedicated-hosts"
  }

  caveat "source-dest-check" {
    when     = try(tostring(try(self.source_dest_check, self.SourceDestCheck)) == "false", false)
    severity = "info"
    message  = "A routing appliance (source/destination check off) needs ip_forwarding_enabled = true on its NIC and user-defined routes with next hop type VirtualAppliance."
    link     = "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface"
  }

  caveat "spot" {
    when     = can(self.instance_market_options[0].market_type) || can(self.spot_price)
    severity = "info"
    message  = "A Spot instance becomes an Azure Spot VM: set priority = \"Spot\", an eviction_policy (Deallocate or Delete) and max_bid_price; evictions give 30 seconds' notice through Scheduled Events rather than two minutes, and B-series sizes can't run as Spot."
    link     = "https://learn.microsoft.com/azure/virtual-machines/spot-vms"
  }

  caveat "placement-group" {
    when     = can(self.placement_group) || can(self.PlacementGroupName)
    severity = "info"
    message  = "Membership of a placement group becomes proximity_placement_group_id on the VM (cluster strategy) or a Flexible scale set's fault domains (spread and partition strategies)."
    link     = "https://learn.microsoft.com/azure/virtual-machines/co-location"
  }

  caveat "public-ip" {
    when     = try(tostring(try(self.associate_public_ip_address, self.NetworkInterfaces[0].AssociatePublicIpAddress)) == "true", false)
    severity = "info"
    message  = "A public IPv4 address becomes a Standard SKU azurerm_public_ip referenced by the NIC's ip_configuration; prefer Azure Bastion or a load balancer over public IPs on VMs."
    link     = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses"
  }
}

mapping "aws_launch_template" {
  cloudformation = ["AWS::EC2::LaunchTemplate"]
  service        = "Azure Virtual Machine Scale Sets"
  status         = "implicit"
  azurerm        = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm            = ["Microsoft.Compute/virtualMachineScaleSets"]
  link           = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-orchestration-modes"
  note           = "Azure has no launch template object: its settings (image, size, disks, network, custom data, identity) move into the scale set's VM profile, or into each VM definition; a versioned golden image goes to an Azure Compute Gallery."

  translate "vm-size" {
    value = try(self.instance_type, self.LaunchTemplateData.InstanceType, null)
    table = "ec2-vm-size"
  }

  translate "disk-type" {
    value = try([for d in self.block_device_mappings : try(d.ebs[0].volume_type, null)], [for d in self.LaunchTemplateData.BlockDeviceMappings : try(d.Ebs.VolumeType, null)], null)
    table = "ebs-volume-type"
  }

  caveat "user-data" {
    when     = can(self.user_data) || can(self.LaunchTemplateData.UserData)
    severity = "info"
    message  = "User data becomes custom_data (cloud-init) or user_data in the scale set's VM profile; scripts that call the EC2 metadata service must use the Azure Instance Metadata Service instead."
    link     = "https://learn.microsoft.com/azure/virtual-machines/custom-data"
  }

  caveat "spot" {
    when     = can(self.instance_market_options[0].market_type) || can(self.LaunchTemplateData.InstanceMarketOptions)
    severity = "info"
    message  = "Spot market options become priority = \"Spot\" with an eviction_policy and max_bid_price on the scale set; evictions give 30 seconds' notice through Scheduled Events, and B-series sizes can't run as Spot."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/use-spot"
  }

  caveat "instance-requirements" {
    when     = can(self.instance_requirements[0]) || can(self.LaunchTemplateData.InstanceRequirements)
    severity = "warning"
    message  = "Attribute-based instance selection (vCPU and memory ranges) has no counterpart: list the VM sizes the scale set may use explicitly."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-orchestration-modes"
  }
}

mapping "aws_key_pair" {
  cloudformation = ["AWS::EC2::KeyPair"]
  service        = "Azure SSH public key"
  status         = "direct"
  azurerm        = ["azurerm_ssh_public_key"]
  arm            = ["Microsoft.Compute/sshPublicKeys"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/ssh-keys-portal"
  note           = "Stores the public key for reuse; Linux VMs can also take it inline in admin_ssh_key. Azure never generates or holds the private key for you in Terraform."
}

mapping "aws_ebs_volume" {
  cloudformation = ["AWS::EC2::Volume"]
  service        = "Azure managed disks"
  status         = "direct"
  azurerm        = ["azurerm_managed_disk"]
  arm            = ["Microsoft.Compute/disks"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/disks-types"
  note           = "Volume types map to disk types: gp3 → Premium SSD v2 (or Standard SSD), gp2 → Premium SSD, io1/io2 → Premium SSD v2 or Ultra Disk, st1/sc1 → Standard HDD. Disks are zonal when the VM is."

  translate "disk-type" {
    value = try(self.type, self.VolumeType, null)
    table = "ebs-volume-type"
  }

  caveat "kms-key" {
    when     = can(self.kms_key_id) || can(self.KmsKeyId)
    severity = "info"
    message  = "A customer-managed KMS key becomes a disk encryption set (azurerm_disk_encryption_set with a Key Vault key) referenced by disk_encryption_set_id; without one, managed disks are still encrypted with platform-managed keys."
    link     = "https://learn.microsoft.com/azure/virtual-machines/disk-encryption"
  }

  caveat "provisioned-iops" {
    when     = contains(["io1", "io2"], try(lower(self.type), lower(self.VolumeType), ""))
    severity = "info"
    message  = "Provisioned-IOPS volumes map to Premium SSD v2 or Ultra Disk, which set IOPS and throughput independently of size; neither can be an OS disk, and in most regions with availability zones they attach only to zonal VMs."
    link     = "https://learn.microsoft.com/azure/virtual-machines/disks-types"
  }

  caveat "multi-attach" {
    when     = try(tostring(try(self.multi_attach_enabled, self.MultiAttachEnabled)) == "true", false)
    severity = "info"
    message  = "Multi-attach becomes a shared disk (max_shares > 1) on Ultra Disk, Premium SSD v2, Premium SSD or Standard SSD; the cluster software must coordinate writes, as on AWS."
    link     = "https://learn.microsoft.com/azure/virtual-machines/disks-shared"
  }
}

mapping "aws_volume_attachment" {
  cloudformation = ["AWS::EC2::VolumeAttachment"]
  service        = "Azure managed disks"
  status         = "direct"
  azurerm        = ["azurerm_virtual_machine_data_disk_attachment"]
  arm            = ["Microsoft.Compute/virtualMachines"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note           = "Attaches the managed disk to the VM at a LUN; the device name (/dev/sdf) has no meaning on Azure, so mount by LUN or filesystem UUID."
}

mapping "aws_network_interface" {
  cloudformation = ["AWS::EC2::NetworkInterface"]
  service        = "Azure network interface"
  status         = "direct"
  azurerm        = ["azurerm_network_interface"]
  arm            = ["Microsoft.Network/networkInterfaces"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface"
  note           = "A NIC with one or more ip_configuration blocks; security groups become one NSG association, and source_dest_check = false becomes ip_forwarding_enabled = true."
}

mapping "aws_network_interface_attachment" {
  cloudformation = ["AWS::EC2::NetworkInterfaceAttachment"]
  service        = "Azure Virtual Machines"
  status         = "implicit"
  azurerm        = ["azurerm_linux_virtual_machine"]
  arm            = ["Microsoft.Compute/virtualMachines"]
  link           = "https://learn.microsoft.com/azure/virtual-network/virtual-network-network-interface-vm"
  note           = "NICs are listed in the VM's network_interface_ids (the first is primary); adding one to an existing VM requires it to be stopped (deallocated)."
}

mapping "aws_placement_group" {
  cloudformation = ["AWS::EC2::PlacementGroup"]
  service        = "Azure proximity placement groups"
  status         = "direct"
  azurerm        = ["azurerm_proximity_placement_group"]
  arm            = ["Microsoft.Compute/proximityPlacementGroups"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/co-location"
  note           = "A cluster placement group becomes a proximity placement group that VMs and scale sets reference."

  caveat "vm-sizes" {
    when     = try(lower(self.strategy), lower(self.Strategy), "cluster") == "cluster"
    severity = "info"
    message  = "List the VM sizes the group will host in allowed_vm_sizes (and set zone) so Azure places it in a datacenter that offers them all; otherwise a VM of another size may fail to allocate in the group."
    link     = "https://learn.microsoft.com/azure/virtual-machines/co-location"
  }

  target "spread" {
    when    = try(lower(self.strategy), lower(self.Strategy), "") == "spread"
    service = "Azure Virtual Machine Scale Sets (fault domains)"
    status  = "implicit"
    azurerm = ["azurerm_orchestrated_virtual_machine_scale_set"]
    arm     = ["Microsoft.Compute/virtualMachineScaleSets"]
    link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-manage-fault-domains"
    note    = "Spreading across racks comes from a Flexible scale set's platform_fault_domain_count, or from spreading VMs across availability zones."
  }

  target "partition" {
    when    = try(lower(self.strategy), lower(self.Strategy), "") == "partition"
    service = "Azure Virtual Machine Scale Sets (fault domains)"
    status  = "partial"
    azurerm = ["azurerm_orchestrated_virtual_machine_scale_set"]
    arm     = ["Microsoft.Compute/virtualMachineScaleSets"]
    link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-manage-fault-domains"
    note    = "Fault domains of a Flexible scale set isolate VMs like partitions, but the application can't pick a partition number; topology-aware software (HDFS, Cassandra, Kafka) reads the fault domain from instance metadata."
  }
}

mapping "aws_ec2_capacity_reservation" {
  cloudformation = ["AWS::EC2::CapacityReservation"]
  service        = "Azure on-demand capacity reservation"
  status         = "direct"
  azurerm        = ["azurerm_capacity_reservation"]
  arm            = ["Microsoft.Compute/capacityReservationGroups/capacityReservations"]
  requires       = ["azurerm_capacity_reservation_group"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/capacity-reservation-overview"
  note           = "A reservation of one VM size and quantity inside a capacity reservation group, optionally in one zone; billed whether used or not, like EC2."

  caveat "open-matching" {
    when     = try(lower(self.instance_match_criteria), lower(self.InstanceMatchCriteria), "open") == "open"
    severity = "info"
    message  = "Azure reservations are never consumed implicitly: each VM or scale set must reference the reservation group with capacity_reservation_group_id."
    link     = "https://learn.microsoft.com/azure/virtual-machines/capacity-reservation-associate-vm"
  }

  caveat "end-date" {
    when     = try(lower(self.end_date_type), lower(self.EndDateType), "unlimited") == "limited"
    severity = "info"
    message  = "An Azure capacity reservation has no end date: it is billed until deleted, so schedule its deletion in the pipeline for the date the EC2 reservation would end."
    link     = "https://learn.microsoft.com/azure/virtual-machines/capacity-reservation-overview"
  }
}

mapping "aws_ec2_tag" {
  service = "Azure tags"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "Tags are the tags argument of each azurerm resource. Azure tag names are case-insensitive, a resource takes at most 50 tags, and tags are not inherited from the resource group unless an Azure Policy applies them."
}

mapping "aws_ami" {
  service  = "Azure Compute Gallery"
  status   = "partial"
  azurerm  = ["azurerm_shared_image_version"]
  arm      = ["Microsoft.Compute/galleries/images/versions"]
  requires = ["azurerm_shared_image_gallery", "azurerm_shared_image"]
  link     = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note     = "A custom machine image becomes an image version in an Azure Compute Gallery (image definition plus version), replicated to the regions that use it. Build images with Azure VM Image Builder or Packer."
}

mapping "aws_ec2_instance_connect_endpoint" {
  cloudformation = ["AWS::EC2::InstanceConnectEndpoint"]
  service        = "Azure Bastion"
  status         = "partial"
  azurerm        = ["azurerm_bastion_host"]
  arm            = ["Microsoft.Network/bastionHosts"]
  link           = "https://learn.microsoft.com/azure/bastion/bastion-overview"
  note           = "An EC2 Instance Connect Endpoint becomes an Azure Bastion host deployed into the virtual network: the Basic, Standard and Premium SKUs need a dedicated subnet named AzureBastionSubnet and (unless deployed private-only) a Standard public IP; the Developer SKU is a lightweight option for dev/test. SSH/RDP from the portal works on every SKU; tunnelling from a native client (az network bastion ssh/tunnel, the equivalent of aws ec2-instance-connect open-tunnel) needs the Standard or Premium SKU with tunneling_enabled. Access is granted with Azure RBAC on the VM and the Bastion host instead of IAM policies."

  caveat "client-ip" {
    when     = try(tostring(try(self.preserve_client_ip, self.PreserveClientIp)) == "true", false)
    severity = "info"
    message  = "Azure Bastion doesn't preserve the client IP: VMs see connections from the Bastion's private addresses in AzureBastionSubnet, so NSG rules and host firewalls must allow that subnet, and per-user source auditing comes from Bastion's diagnostic logs."
    link     = "https://learn.microsoft.com/azure/bastion/bastion-nsg"
  }

  caveat "security-groups" {
    when     = try(length(self.security_group_ids), 0) > 0 || try(length(self.SecurityGroupIds), 0) > 0
    severity = "info"
    message  = "An NSG on AzureBastionSubnet must contain the inbound and outbound rules Azure Bastion requires (HTTPS from the internet or your clients, GatewayManager, and SSH/RDP to the target VMs); translate the endpoint's security groups onto that NSG and the VMs' NSGs."
    link     = "https://learn.microsoft.com/azure/bastion/bastion-nsg"
  }
}

mapping "aws_ec2_host" {
  cloudformation = ["AWS::EC2::Host"]
  service        = "Azure Dedicated Host"
  status         = "partial"
  azurerm        = ["azurerm_dedicated_host"]
  arm            = ["Microsoft.Compute/hostGroups/hosts"]
  requires       = ["azurerm_dedicated_host_group"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/dedicated-hosts"
  note           = "A dedicated host is declared inside a host group (which fixes the zone and fault-domain count) with a host SKU that decides which VM series and sizes fit on it. Auto-placement becomes automatic_placement_enabled on the host group; host recovery roughly matches auto_replace_on_failure. Bring-your-own-license savings become Azure Hybrid Benefit (license_type)."

  caveat "mac-hosts" {
    when     = startswith(try(lower(self.instance_family), lower(self.InstanceFamily), ""), "mac") || startswith(try(lower(self.instance_type), lower(self.InstanceType), ""), "mac")
    severity = "error"
    message  = "Azure offers no macOS hosts: Mac build and test workloads need another provider or an on-premises Mac fleet."
    link     = "https://learn.microsoft.com/azure/virtual-machines/dedicated-hosts"
  }
}

mapping "aws_spot_fleet_request" {
  cloudformation = ["AWS::EC2::SpotFleet"]
  service        = "Azure Virtual Machine Scale Sets (Spot Priority Mix)"
  status         = "partial"
  azurerm        = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm            = ["Microsoft.Compute/virtualMachineScaleSets"]
  link           = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/spot-priority-mix"
  note           = "A fleet of Spot capacity becomes a Flexible-orchestration scale set with priority = \"Spot\", an eviction policy and max_bid_price, or a priority_mix block to keep a base of regular VMs next to Spot VMs. Target capacity becomes the instance count (or autoscale settings). Azure Compute Fleet (Microsoft.AzureFleet/fleets) is the closer match for fleets spread over many VM sizes with allocation strategies, but azurerm has no resource for it (use ARM or azapi)."

  caveat "instance-diversification" {
    when     = try(length(self.launch_specification), 0) > 1 || try(length(self.launch_template_config[0].overrides), 0) > 1 || try(length(self.SpotFleetRequestConfigData.LaunchSpecifications), 0) > 1 || try(length(self.SpotFleetRequestConfigData.LaunchTemplateConfigs[0].Overrides), 0) > 1
    severity = "warning"
    message  = "The fleet spreads over several instance types: a scale set built from one VM profile runs a single size, so either accept one size, split into several scale sets, or use Azure Compute Fleet, which takes a list of VM sizes and an allocation strategy."
    link     = "https://learn.microsoft.com/azure/azure-compute-fleet/overview"
  }
}

# Data sources

data "aws_ami" {
  service = "Azure Marketplace images and Azure Compute Gallery"
  status  = "partial"
  azurerm = ["azurerm_platform_image", "azurerm_shared_image_version"]
  arm     = ["Microsoft.Compute/galleries/images/versions"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/cli-ps-findimage"
  note    = "AMI lookups become a Marketplace image lookup (publisher, offer, SKU, version) or a gallery image version lookup; name filters and owner IDs have no equivalent, so pin the image reference explicitly."
}

data "aws_ami_ids" {
  service = "Azure Marketplace images and Azure Compute Gallery"
  status  = "partial"
  azurerm = ["azurerm_shared_image_versions", "azurerm_images"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note    = "azurerm_shared_image_versions lists the versions of a gallery image and azurerm_images the managed images of a resource group; Marketplace images are pinned by publisher, offer, SKU and version instead of filtered."
}

data "aws_instance" {
  service = "Azure Virtual Machines"
  status  = "direct"
  azurerm = ["azurerm_virtual_machine"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "Looks up a VM by name and resource group (identity, private and public IPs, power state); filters and tag lookups have no equivalent."
}

data "aws_instances" {
  service = "Azure Virtual Machines"
  status  = "partial"
  azurerm = ["azurerm_virtual_machine"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note    = "There is no filtered list of VMs: list them with azurerm_resources (type Microsoft.Compute/virtualMachines, required_tags) and look each one up by name."
}

data "aws_ebs_volume" {
  service = "Azure Managed Disks"
  status  = "direct"
  azurerm = ["azurerm_managed_disk"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note    = "Looks up a managed disk by name and resource group (size, SKU, zone, encryption set)."
}

data "aws_ebs_volumes" {
  service = "Azure Managed Disks"
  status  = "partial"
  azurerm = ["azurerm_managed_disks"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note    = "azurerm_managed_disks lists the disks of a resource group; tag and attribute filters have no equivalent."
}

data "aws_ebs_snapshot" {
  service = "Azure managed disk snapshots"
  status  = "direct"
  azurerm = ["azurerm_snapshot"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/snapshot-copy-managed-disk"
  note    = "Looks up a snapshot by name and resource group; most_recent and owner filters have no equivalent."
}

data "aws_ebs_snapshot_ids" {
  service = "Azure managed disk snapshots"
  status  = "partial"
  azurerm = ["azurerm_snapshot"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/snapshot-copy-managed-disk"
  note    = "There is no filtered list of snapshots: list them with azurerm_resources (type Microsoft.Compute/snapshots, required_tags) and look each one up by name."
}

data "aws_ebs_encryption_by_default" {
  service = "Azure Managed Disks encryption"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machines/disk-encryption"
  note    = "Managed disks are always encrypted at rest (platform-managed keys by default), so there is no setting to read."
}

data "aws_ebs_default_kms_key" {
  service = "Azure Managed Disks encryption"
  status  = "partial"
  azurerm = ["azurerm_disk_encryption_set"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/disk-encryption"
  note    = "There is no subscription-wide default key: customer-managed keys come from a disk encryption set that each disk references (enforce it with Azure Policy); look the set up by name."
}

data "aws_key_pair" {
  service = "Azure SSH public keys"
  status  = "direct"
  azurerm = ["azurerm_ssh_public_key"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/ssh-keys-portal"
  note    = "Looks up a stored SSH public key by name and resource group; fingerprints and key-pair IDs have no equivalent."
}

data "aws_launch_template" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "partial"
  azurerm = ["azurerm_orchestrated_virtual_machine_scale_set"]
  link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-orchestration-modes"
  note    = "There is no launch template: the VM model lives in the scale set, which you look up instead (or keep the settings in Terraform locals or a module)."
}

data "aws_ec2_host" {
  service = "Azure Dedicated Host"
  status  = "direct"
  azurerm = ["azurerm_dedicated_host"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/dedicated-hosts"
  note    = "Looks up a dedicated host by name and host group."
}

data "aws_ec2_hosts" {
  service = "Azure Dedicated Host"
  status  = "partial"
  azurerm = ["azurerm_dedicated_host_group"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/dedicated-hosts"
  note    = "There is no filtered list of hosts: look up the host group, then each host by name."
}

data "aws_ec2_instance_type" {
  service = "Azure Virtual Machines sizes"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/sizes/overview"
  note    = "azurerm has no VM size lookup: take vCPU, memory and feature details from the size documentation or the Resource SKUs API (az vm list-skus)."
}

data "aws_ec2_instance_types" {
  service = "Azure Virtual Machines sizes"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/sizes/overview"
  note    = "azurerm has no VM size list: query the Resource SKUs API (az vm list-skus) and keep the chosen sizes as variables."
}

data "aws_ec2_instance_type_offering" {
  service = "Azure Virtual Machines sizes"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/sizes/overview"
  note    = "azurerm cannot check where a size is offered: az vm list-skus --location reports availability and zone restrictions per subscription."
}

data "aws_ec2_instance_type_offerings" {
  service = "Azure Virtual Machines sizes"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/sizes/overview"
  note    = "azurerm cannot list the sizes offered in a location or zone: use az vm list-skus --location (restrictions are per subscription)."
}

data "aws_ec2_spot_price" {
  service = "Azure Spot Virtual Machines"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/spot-vms"
  note    = "There is no spot price lookup in azurerm: prices come from the Azure Retail Prices API or the portal, and max_bid_price = -1 pays up to the pay-as-you-go price."
}

# AMIs, fleets, account-level EC2 settings

mapping "aws_ami_copy" {
  service = "Azure Compute Gallery"
  status  = "implicit"
  azurerm = ["azurerm_shared_image_version"]
  arm     = ["Microsoft.Compute/galleries/images/versions"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note    = "Copying an image to another region becomes one more target_region block on the gallery image version, which replicates it; other subscriptions and tenants reach the same version through gallery sharing instead of a copy."

  caveat "encryption-key" {
    when     = can(self.kms_key_id)
    severity = "info"
    message  = "Encrypt the replica of each region with a disk encryption set in that region (disk_encryption_set_id in the target_region block)."
    link     = "https://learn.microsoft.com/azure/virtual-machines/image-version-encryption"
  }
}

mapping "aws_ami_from_instance" {
  service  = "Azure Compute Gallery"
  status   = "partial"
  azurerm  = ["azurerm_shared_image_version"]
  arm      = ["Microsoft.Compute/galleries/images/versions"]
  requires = ["azurerm_shared_image_gallery", "azurerm_shared_image"]
  link     = "https://learn.microsoft.com/azure/virtual-machines/image-version"
  note     = "An image captured from a running VM becomes a gallery image version whose managed_image_id is the VM ID. Without generalisation (sysprep or waagent -deprovision) the image definition must be specialized = true, and VMs created from it keep the source's host name and accounts; a generalized capture leaves the source VM unusable."
}

mapping "aws_ami_launch_permission" {
  service = "Azure Compute Gallery sharing"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/share-gallery"
  note    = "Launch permission becomes a Reader role assignment on the gallery, image definition or version for the principals (or the subscription) that deploy it; sharing with another tenant needs a multi-tenant app registration, or a direct shared gallery."

  caveat "public" {
    when     = try(lower(self.group), "") == "all"
    severity = "warning"
    message  = "A public image becomes a community gallery (sharing block with permission = \"Community\" on azurerm_shared_image_gallery), visible to every Azure user; the gallery needs publisher contact details, a EULA link and a public name prefix."
    link     = "https://learn.microsoft.com/azure/virtual-machines/share-gallery-community"
  }
}

mapping "aws_ec2_allowed_images_settings" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_policy_definition", "azurerm_subscription_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyDefinitions", "Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/governance/policy/overview"
  note    = "Allowed image providers become a policy that denies VMs and scale sets whose image publisher or gallery image ID isn't on the list (Audit effect for audit mode), assigned at subscription or management group scope."
}

mapping "aws_ec2_availability_zone_group" {
  service = "Azure Extended Zones"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/extended-zones/request-access"
  note    = "Availability zones need no opt-in on Azure. Local Zones correspond to Azure Extended Zones, which a subscription owner registers once per zone (az edge-zones extended-zone register); azurerm can't do the registration."
}

mapping "aws_ec2_capacity_block_reservation" {
  service  = "Azure on-demand capacity reservation"
  status   = "partial"
  azurerm  = ["azurerm_capacity_reservation"]
  arm      = ["Microsoft.Compute/capacityReservationGroups/capacityReservations"]
  requires = ["azurerm_capacity_reservation_group"]
  link     = "https://learn.microsoft.com/azure/virtual-machines/capacity-reservation-overview"
  note     = "Azure has no scheduled, fixed-term GPU capacity block: the closest match is an on-demand capacity reservation of the GPU size (where the size supports reservation), billed at pay-as-you-go rates from creation until you delete it, with no start date or automatic end."
}

mapping "aws_ec2_default_credit_specification" {
  service = "Azure B-series burstable VMs"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machines/b-series-cpu-credit-model/b-series-cpu-credit-model"
  note    = "Burstable B-series sizes bank CPU credits by themselves; there is no account default or per-VM credit setting."

  caveat "unlimited" {
    when     = try(lower(self.cpu_credits), "") == "unlimited"
    severity = "warning"
    message  = "B-series VMs have no unlimited mode: once credits run out they are held to the baseline. Workloads that rely on sustained bursting need a non-burstable size (D-series)."
    link     = "https://learn.microsoft.com/azure/virtual-machines/b-series-cpu-credit-model/b-series-cpu-credit-model"
  }
}

mapping "aws_ec2_fleet" {
  cloudformation = ["AWS::EC2::EC2Fleet"]
  service        = "Azure Virtual Machine Scale Sets (Flexible)"
  status         = "partial"
  azurerm        = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm            = ["Microsoft.Compute/virtualMachineScaleSets"]
  link           = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-orchestration-modes"
  note           = "A fleet becomes a Flexible-orchestration scale set: target capacity becomes the instance count, and a mix of On-Demand and Spot capacity becomes a priority_mix block. Azure Compute Fleet (Microsoft.AzureFleet/fleets) handles many VM sizes with allocation strategies, but azurerm has no resource for it (use ARM or azapi)."

  caveat "instance-diversification" {
    when     = try(length(self.launch_template_config[0].override), 0) > 1 || try(length(self.LaunchTemplateConfigs[0].Overrides), 0) > 1
    severity = "warning"
    message  = "The fleet spreads over several instance types or zones: a scale set runs one VM size, so accept one size, split into several scale sets, or use Azure Compute Fleet with a list of sizes."
    link     = "https://learn.microsoft.com/azure/azure-compute-fleet/overview"
  }
}

mapping "aws_ec2_image_block_public_access" {
  service = "Azure Compute Gallery"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machines/share-gallery-community"
  note    = "Gallery images are private unless a gallery is explicitly shared as a community gallery; to forbid that account-wide, deny galleries with community sharing through an Azure Policy assignment."
}

mapping "aws_ec2_instance_metadata_defaults" {
  service = "Azure Instance Metadata Service"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machines/instance-metadata-service"
  note    = "Azure IMDS has no account defaults: it is always reachable from the VM at 169.254.169.254, requires the Metadata: true header and rejects requests with an X-Forwarded-For header (the protection IMDSv2 tokens give), and always includes the VM's tags."
}

mapping "aws_ec2_instance_state" {
  service = "Azure Virtual Machines power state"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/states-billing"
  note    = "azurerm can't hold a VM stopped: deallocate it with az vm deallocate (or scheduled start/stop automation). Only a deallocated VM stops compute billing; a VM stopped from inside the OS is still billed."
}

mapping "aws_ec2_secondary_network" {
  service = "Azure InfiniBand (RDMA) networking"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machines/setup-infiniband"
  note    = "RDMA runs over the InfiniBand back-end network built into RDMA-capable sizes (HB, HC and ND series): there is no network or subnet to declare, and VMs reach each other over it when they are in the same availability set or scale set (a Uniform scale set limited to a single placement group). The RDMA network reserves 172.16.0.0/16, so the virtual network must not overlap it."
}

mapping "aws_ec2_secondary_subnet" {
  service = "Azure InfiniBand (RDMA) networking"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machines/setup-infiniband"
  note    = "There is no subnet for the InfiniBand network of RDMA-capable sizes; group the VMs in one scale set or availability set instead."
}

mapping "aws_ec2_serial_console_access" {
  service = "Azure Serial Console"
  status  = "implicit"
  link    = "https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/serial-console-overview"
  note    = "Serial Console is on for every subscription by default and is turned off or on per subscription with az serial-console disable/enable (no azurerm resource). Each VM needs boot diagnostics enabled (boot_diagnostics block), and users need Contributor access (or higher) to the VM."
}

mapping "aws_eip_domain_name" {
  service = "Azure public IP address"
  status  = "implicit"
  azurerm = ["azurerm_public_ip"]
  arm     = ["Microsoft.Network/publicIPAddresses"]
  link    = "https://learn.microsoft.com/azure/dns/dns-reverse-dns-for-azure-services"
  note    = "Reverse DNS is the reverse_fqdn argument of azurerm_public_ip (IPv4 only). Azure validates the name: it must be the IP's own Azure FQDN (from domain_name_label, which a first PTR also requires), or a name that already resolves to that FQDN (CNAME) or to the IP (A record)."
}

mapping "aws_spot_datafeed_subscription" {
  service = "Microsoft Cost Management exports"
  status  = "partial"
  azurerm = ["azurerm_subscription_cost_management_export"]
  arm     = ["Microsoft.CostManagement/exports"]
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-export-acm-data"
  note    = "There is no Spot usage feed: a scheduled cost export writes usage and cost (Spot VMs included) to a storage account, daily at best rather than hourly."
}

# EBS account settings, snapshots and copies

mapping "aws_ebs_default_kms_key" {
  service = "Azure disk encryption sets"
  status  = "partial"
  azurerm = ["azurerm_disk_encryption_set"]
  arm     = ["Microsoft.Compute/diskEncryptionSets"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/disk-encryption"
  note    = "There is no regional default key: create a disk encryption set for the Key Vault key and reference it from each disk (disk_encryption_set_id); enforce its use with Azure Policy."
}

mapping "aws_ebs_encryption_by_default" {
  service = "Azure managed disks encryption"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machines/disk-encryption"
  note    = "Managed disks and snapshots are always encrypted at rest with platform-managed keys; there is nothing to switch on. Customer-managed keys come from a disk encryption set."
}

mapping "aws_ebs_fast_snapshot_restore" {
  service = "Azure managed disk snapshots"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/disks-incremental-snapshots"
  note    = "There is no per-zone pre-initialisation of snapshots: disks created from a snapshot (Premium SSD v2 and Ultra Disk in particular) fill in the background and may be slower until that finishes, so keep pre-created standby disks for restore-time-critical workloads."
}

mapping "aws_ebs_snapshot" {
  service = "Azure managed disk snapshots"
  status  = "direct"
  azurerm = ["azurerm_snapshot"]
  arm     = ["Microsoft.Compute/snapshots"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/disks-incremental-snapshots"
  note    = "A snapshot of a managed disk (create_option = \"Copy\", source_uri = disk ID); set incremental_enabled = true for incremental snapshots like EBS. Scheduled snapshots and retention belong to Azure Backup disk backup policies."
}

mapping "aws_ebs_snapshot_block_public_access" {
  cloudformation = ["AWS::EC2::SnapshotBlockPublicAccess"]
  service        = "Azure managed disk snapshots"
  status         = "implicit"
  azurerm        = ["azurerm_snapshot"]
  arm            = ["Microsoft.Compute/snapshots"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/disks-restrict-import-export-overview"
  note           = "Snapshots can't be made public; the exposure to close is export by SAS URL. Set network_access_policy = \"DenyAll\" (or AllowPrivate with a disk access resource) and public_network_access_enabled = false on snapshots and disks, and enforce it with Azure Policy."
}

mapping "aws_ebs_snapshot_copy" {
  service = "Azure managed disk snapshots"
  status  = "partial"
  azurerm = ["azurerm_snapshot"]
  arm     = ["Microsoft.Compute/snapshots"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/disks-copy-incremental-snapshot-across-regions"
  note    = "A copy in the same region is an azurerm_snapshot with create_option = \"Copy\" and source_resource_id; a copy of an incremental snapshot to another region uses the CopyStart option, which azurerm does not offer (use the CLI, ARM or azapi)."
}

mapping "aws_ebs_snapshot_import" {
  service = "Azure managed disk snapshots"
  status  = "partial"
  azurerm = ["azurerm_snapshot"]
  arm     = ["Microsoft.Compute/snapshots"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/disks-upload-vhd-to-managed-disk-cli"
  note    = "Upload the disk image as a page blob to a storage account, then create the snapshot with create_option = \"Import\", source_uri (the blob) and storage_account_id. Azure takes only fixed-size VHD files: convert VMDK or RAW images first (qemu-img)."
}

mapping "aws_ebs_volume_copy" {
  service = "Azure managed disks"
  status  = "direct"
  azurerm = ["azurerm_managed_disk"]
  arm     = ["Microsoft.Compute/disks"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note    = "A new managed disk with create_option = \"Copy\" and source_resource_id set to the source disk."
}

mapping "aws_snapshot_create_volume_permission" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  note    = "Sharing a snapshot is a role assignment on it for the identities (in the same Microsoft Entra tenant) that create disks from it; recipients elsewhere get an exported copy through a time-limited SAS URL, or an image shared through Azure Compute Gallery."
}

mapping "AWS::EC2::CapacityReservationFleet" {
  service = "Azure on-demand capacity reservation"
  status  = "partial"
  azurerm = ["azurerm_capacity_reservation_group", "azurerm_capacity_reservation"]
  arm     = ["Microsoft.Compute/capacityReservationGroups", "Microsoft.Compute/capacityReservationGroups/capacityReservations"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/capacity-reservation-overview"
  note    = "A capacity reservation group holding one reservation per VM size (and zone) plays the role of the fleet; Azure doesn't spread a total capacity over sizes by weight or priority, so size each reservation yourself."
}

mapping "AWS::EC2::SqlHaStandbyDetectedInstance" {
  service = "SQL Server on Azure VMs"
  status  = "partial"
  azurerm = ["azurerm_mssql_virtual_machine"]
  arm     = ["Microsoft.SqlVirtualMachine/sqlVirtualMachines"]
  link    = "https://learn.microsoft.com/azure/azure-sql/virtual-machines/windows/business-continuity-high-availability-disaster-recovery-hadr-overview"
  note    = "Azure doesn't detect standby nodes: register the passive replica with the SQL IaaS Agent extension and declare its licence as a free passive replica (sql_license_type = \"DR\"); the benefit depends on Software Assurance or pay-as-you-go licensing of the active node."
}

# Data sources

data "aws_ec2_capacity_block_offering" {
  service = "Azure on-demand capacity reservation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/capacity-reservation-overview"
  note    = "Azure sells no capacity block offerings to search: create a capacity reservation for the size, which fails if capacity isn't available."
}

data "aws_ec2_capacity_block_reservation" {
  service = "Azure on-demand capacity reservation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/capacity-reservation-overview"
  note    = "azurerm has no capacity reservation data source: reference the reservation group ID from its resource, or look it up with azurerm_resources (type Microsoft.Compute/capacityReservationGroups)."
}

data "aws_ec2_public_ipv4_pool" {
  service = "Azure custom IP prefix"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/custom-ip-address-prefix"
  note    = "Bring-your-own IPv4 ranges are custom IP prefixes, which azurerm can't look up: reference the azurerm_custom_ip_prefix resource or find it with azurerm_resources (type Microsoft.Network/customIPPrefixes)."
}

data "aws_ec2_public_ipv4_pools" {
  service = "Azure custom IP prefix"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/custom-ip-address-prefix"
  note    = "List custom IP prefixes with azurerm_resources (type Microsoft.Network/customIPPrefixes); there is no dedicated data source."
}

data "aws_ec2_serial_console_access" {
  service = "Azure Serial Console"
  status  = "none"
  link    = "https://learn.microsoft.com/troubleshoot/azure/virtual-machines/windows/serial-console-overview"
  note    = "azurerm can't read the subscription's Serial Console setting: query it with the Serial Console REST API or az serial-console."
}

data "aws_spot_datafeed_subscription" {
  service = "Microsoft Cost Management exports"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-export-acm-data"
  note    = "There is no Spot data feed to look up; usage comes from cost exports, which azurerm manages but can't read back as a data source."
}
