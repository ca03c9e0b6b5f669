# Amazon Elastic VMware Service → Azure VMware Solution.

mapping "AWS::EVS::Environment" {
  service = "Azure VMware Solution"
  status  = "direct"
  azurerm = ["azurerm_vmware_private_cloud"]
  arm     = ["Microsoft.AVS/privateClouds"]
  link    = "https://learn.microsoft.com/azure/azure-vmware/introduction"
  note    = "An EVS environment (VMware Cloud Foundation on dedicated hosts) becomes an Azure VMware Solution private cloud: host SKU and count, a /22 management network block, and ExpressRoute Global Reach or a virtual network gateway for connectivity. Microsoft operates vSphere, vSAN and NSX; customers keep workload-level administration."

  caveat "licensing" {
    severity = "info"
    message  = "EVS runs your own VCF licenses on your own VPC subnets; Azure VMware Solution hosts are priced with their VMware software and Microsoft runs the management networks, so review licensing and network design."
    link     = "https://learn.microsoft.com/azure/azure-vmware/introduction"
  }
}
