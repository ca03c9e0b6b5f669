# AWS Elemental MediaPackage → no Azure managed packaging and origin service: Azure Media Services (dynamic
# packaging, streaming endpoints) was retired on 30 June 2024. Package with your own software (or a partner
# service) into Blob Storage or an origin server, and deliver through Azure Front Door.

mapping "aws_media_package_channel" {
  cloudformation = ["AWS::MediaPackage::Channel"]
  service        = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "A live packaging channel has no Azure counterpart: package the encoder output into HLS, DASH or CMAF with packager software on VMs or AKS (or a partner service), write it to an origin server or Blob Storage, and cache it with Azure Front Door. DRM key exchange (SPEKE) and time-shift windows must be provided by that product."
}

mapping "AWS::MediaPackage::OriginEndpoint" {
  service = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "An origin endpoint (an output format with its own URL, encryption and time-shift window) becomes an output of the replacement packager, served from its origin or Blob Storage through an Azure Front Door route."
}

mapping "AWS::MediaPackage::Asset" {
  service = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "VOD assets packaged just in time have no counterpart: package the files ahead of time into HLS or DASH (for example with FFmpeg-based or commercial packager jobs on Azure Batch or AKS), store them in Blob Storage and serve them through Azure Front Door."
}

mapping "AWS::MediaPackage::PackagingConfiguration" {
  service = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "A VOD packaging configuration (output format, segment length, encryption) becomes the settings of your packaging jobs; DRM encryption needs a packager with SPEKE or a key service of the chosen DRM vendor."
}

mapping "AWS::MediaPackage::PackagingGroup" {
  service = "Self-managed packager or partner video platform, delivered through Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "A packaging group (a set of VOD configurations sharing a domain and access logging) becomes a Blob Storage container or origin path behind an Azure Front Door endpoint; Front Door diagnostic logs replace the egress access logs."
}
