# AWS Elemental MediaConnect → no Azure equivalent: Azure has no managed live-video transport service (and Azure
# Media Services was retired on 30 June 2024). Use a partner transport service from Azure Marketplace, or run SRT
# or RIST gateway software on VMs or AKS.

mapping "AWS::MediaConnect::Flow" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Azure has no managed live-video transport. Replace the flow with a partner service from Azure Marketplace, or run gateway software (SRT, RIST or a commercial transport) on VMs or AKS in the region, with public IPs or private connectivity for the senders and receivers."
}

mapping "AWS::MediaConnect::FlowSource" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "A flow source becomes an ingest listener (SRT, RIST, RTP or a partner protocol) of the replacement gateway; restrict who may send with network security group rules instead of the source's allow list."
}

mapping "AWS::MediaConnect::FlowOutput" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "A flow output becomes an output (push or listener) configured in the replacement gateway; outputs to MediaLive become inputs of the replacement encoder."
}

mapping "AWS::MediaConnect::FlowEntitlement" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Entitlements that share a flow with another AWS account have no counterpart: give the subscriber a dedicated output of the replacement gateway, protected by encryption and network rules."
}

mapping "AWS::MediaConnect::FlowVpcInterface" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Private delivery becomes the replacement gateway's network interface in an Azure virtual network subnet, reachable over peering, VPN or ExpressRoute."
}

mapping "AWS::MediaConnect::Gateway" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "On-premises MediaConnect gateways have no Azure counterpart: run the replacement transport software on premises (or on Azure Arc-enabled servers) and send to the cloud gateway over SRT or RIST."
}

mapping "AWS::MediaConnect::Bridge" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Bridges between on-premises multicast networks and the cloud have no counterpart: the on-premises transport software converts multicast feeds to SRT or RIST for the cloud gateway, and back."
}

mapping "AWS::MediaConnect::BridgeOutput" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Bridge outputs become outputs of the on-premises or cloud transport software that replaces the bridge."
}

mapping "AWS::MediaConnect::BridgeSource" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Bridge sources become inputs of the on-premises or cloud transport software that replaces the bridge."
}

mapping "AWS::MediaConnect::RouterInput" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Azure has no managed video router: route feeds inside the replacement transport or routing software."
}

mapping "AWS::MediaConnect::RouterOutput" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Azure has no managed video router: configure the output in the replacement transport or routing software."
}

mapping "AWS::MediaConnect::RouterNetworkInterface" {
  service = "Partner live-video transport, or self-managed gateways on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Router network interfaces become network interfaces (public IP or virtual network subnet) of the VMs that run the replacement routing software."
}
