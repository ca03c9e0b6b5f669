# AWS Elemental MediaLive → no Azure managed live-encoding service: Azure Media Services (live events,
# live encoding) was retired on 30 June 2024, and Azure has no managed media transcoding. Use a partner
# service from Azure Marketplace, or run encoders yourself on VMs or AKS and deliver through Azure Front Door.

mapping "aws_medialive_channel" {
  cloudformation = ["AWS::MediaLive::Channel"]
  service        = "Partner live-encoding service, or self-managed encoders on Azure VMs"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Azure has no managed live transcoder. Replace the channel with a live video platform from Azure Marketplace, or run encoder software (for example FFmpeg-based or a commercial encoder image) on VMs or AKS, GPU sizes where needed, writing HLS or DASH to Blob Storage or an origin server behind Azure Front Door. Encoder settings, ad markers (SCTE-35), captions and failover are reimplemented in that product."

  caveat "standard-pipelines" {
    when     = try(upper(self.channel_class), upper(self.ChannelClass), "") == "STANDARD"
    severity = "warning"
    message  = "A STANDARD channel runs two redundant pipelines: a self-managed replacement needs two encoders in separate availability zones with redundant ingest and an origin or player that fails over between them."
    link     = "https://learn.microsoft.com/azure/reliability/availability-zones-overview"
  }
}

mapping "aws_medialive_input" {
  cloudformation = ["AWS::MediaLive::Input"]
  service        = "Partner live-encoding service, or self-managed encoders on Azure VMs"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Push inputs (RTMP, RTP, SRT) become ingest endpoints of the replacement encoder, reachable on a public IP or private endpoint; pull inputs (HLS, MP4 URLs) are fetched by it. MediaConnect and Elemental Link inputs have no Azure counterpart: contribution feeds must be sent over SRT, RTMP or a partner transport instead."
}

mapping "aws_medialive_input_security_group" {
  cloudformation = ["AWS::MediaLive::InputSecurityGroup"]
  service        = "Network security groups on self-managed encoders"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note           = "The allow list of contribution source addresses becomes inbound rules of the network security group (azurerm_network_security_group) on the encoder VMs' subnet or NIC, or the access list of the partner service."
}

mapping "aws_medialive_multiplex" {
  cloudformation = ["AWS::MediaLive::Multiplex"]
  service        = "Partner broadcast playout service"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Statistical multiplexing into an MPEG transport stream for broadcast distribution has no Azure counterpart; use a broadcast playout or multiplexing product from a partner, on Azure VMs or as a service."
}

mapping "aws_medialive_multiplex_program" {
  cloudformation = ["AWS::MediaLive::Multiplexprogram"]
  service        = "Partner broadcast playout service"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Programs of a multiplex are configuration of the partner multiplexer that replaces it."
}

mapping "AWS::MediaLive::SignalMap" {
  cloudformation = ["AWS::MediaLive::CloudWatchAlarmTemplate", "AWS::MediaLive::CloudWatchAlarmTemplateGroup", "AWS::MediaLive::EventBridgeRuleTemplate", "AWS::MediaLive::EventBridgeRuleTemplateGroup"]
  service        = "Azure Monitor alerts on the replacement encoders"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview"
  note           = "Workflow-monitor signal maps and alarm templates are tied to AWS media services; monitor the replacement encoders and origin with Azure Monitor metric and log alerts, or the partner product's own monitoring."
}

mapping "AWS::MediaLive::Cluster" {
  cloudformation = ["AWS::MediaLive::ChannelPlacementGroup", "AWS::MediaLive::Network", "AWS::MediaLive::SdiSource"]
  service        = "Encoders on your own hardware"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "MediaLive Anywhere runs AWS-managed channels on your on-premises nodes (including SDI sources); Azure has no managed encoding service to extend on-premises, so keep encoders on your own hardware managed by the encoder vendor's tools."
}

data "aws_medialive_input" {
  service = "Partner live-encoding service, or self-managed encoders on Azure VMs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "There is no Azure input object to read; take the ingest endpoint from the replacement encoder's configuration."
}
