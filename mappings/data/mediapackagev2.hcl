# AWS Elemental MediaPackage v2 → no Azure managed packaging and origin service: Azure Media Services
# was retired on 30 June 2024. Package with your own software (or a partner service) and deliver
# through Azure Front Door.

mapping "AWS::MediaPackageV2::ChannelGroup" {
  terraform      = ["aws_media_packagev2_channel_group"]
  cloudformation = ["AWS::MediaPackageV2::Channel"]
  service        = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Channel groups and their live ingest channels have no Azure counterpart: have the encoder push to packager software on VMs or AKS (or a partner service) that writes HLS, DASH or CMAF to an origin or Blob Storage, and cache it with Azure Front Door. Redundant ingest and input switching must come from that product."
}

mapping "AWS::MediaPackageV2::OriginEndpoint" {
  service = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "An origin endpoint (container type, manifests, segment settings, DRM encryption, start-over window) becomes an output of the replacement packager, served through an Azure Front Door route; DRM needs a packager with SPEKE support or the DRM vendor's key service."
}

mapping "AWS::MediaPackageV2::ChannelPolicy" {
  cloudformation = ["AWS::MediaPackageV2::OriginEndpointPolicy"]
  service        = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Resource policies on channels and endpoints have no counterpart: restrict ingest to the encoder's network at the packager, and restrict origin access to Front Door (Private Link origin, or the AzureFrontDoor.Backend service tag plus the X-Azure-FDID header)."
}
