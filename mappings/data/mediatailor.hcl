# AWS Elemental MediaTailor → no Azure equivalent: Azure has no server-side ad insertion or channel assembly
# service (Azure Media Services was retired on 30 June 2024). Use a partner video platform, and deliver the
# streams through Azure Front Door.

mapping "AWS::MediaTailor::PlaybackConfiguration" {
  service = "Partner ad-insertion service from Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Server-side ad insertion (manifest personalization from an ad decision server via VAST or VMAP) has no Azure counterpart: use a partner SSAI service or player-side ad insertion, and deliver content and ads through Azure Front Door."
}

mapping "AWS::MediaTailor::Channel" {
  service = "Partner ad-insertion service from Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Channel assembly (linear channels built from existing VOD and live sources on a schedule) has no Azure counterpart: use a partner playout or channel-assembly service."
}

mapping "AWS::MediaTailor::ChannelPolicy" {
  service = "Partner ad-insertion service from Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "There are no channel resource policies: access to the replacement service's streams is controlled by that service and by Azure Front Door rules or signed tokens."
}

mapping "AWS::MediaTailor::SourceLocation" {
  service = "Partner ad-insertion service from Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "A source location (the origin holding the packaged content) becomes the origin configured in the replacement service, for example a Blob Storage container or an origin behind Azure Front Door."
}

mapping "AWS::MediaTailor::LiveSource" {
  service = "Partner ad-insertion service from Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "Live sources become the live inputs of the replacement channel-assembly service."
}

mapping "AWS::MediaTailor::VodSource" {
  service = "Partner ad-insertion service from Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "VOD sources become the assets of the replacement channel-assembly service, usually HLS or DASH packages in Blob Storage."
}
