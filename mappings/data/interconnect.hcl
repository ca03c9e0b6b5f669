# AWS Interconnect → Azure ExpressRoute circuits through a connectivity provider or cloud exchange,
# or Azure Multicloud Interconnect (preview) for a managed private link between Azure and AWS.

mapping "AWS::Interconnect::Connection" {
  service = "Azure ExpressRoute (or Azure Multicloud Interconnect for links to AWS)"
  status  = "partial"
  azurerm = ["azurerm_express_route_circuit"]
  arm     = ["Microsoft.Network/expressRouteCircuits"]
  link    = "https://learn.microsoft.com/azure/expressroute/expressroute-introduction"
  note    = "An Interconnect connection is a managed private link from AWS to another cloud (multicloud) or to a site through a network provider (last mile), set up from an activation key. On Azure, last-mile links to offices and data centres and links to other clouds such as Google Cloud become ExpressRoute circuits ordered through a connectivity provider or cloud exchange, with an ExpressRoute gateway in the virtual network; the provider side is arranged with that provider, not from Azure."

  caveat "multicloud-interconnect" {
    severity = "info"
    message  = "While workloads still run on AWS, Azure Multicloud Interconnect (preview) gives a managed private link between an Azure virtual network gateway and AWS; in preview it connects only to AWS, in a few Azure regions, at 1 Gbps and without an SLA."
    link     = "https://learn.microsoft.com/azure/multicloud-interconnect/availability-limits"
  }
}
