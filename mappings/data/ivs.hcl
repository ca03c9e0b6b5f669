# Amazon IVS (Interactive Video Service) → no Azure managed live-streaming service: Azure Media Services
# was retired on 30 June 2024. Low-latency broadcast needs a partner service (Azure Marketplace) or a media
# server you run; real-time stages map to Azure Communication Services calling, chat rooms to Web PubSub.

mapping "aws_ivs_channel" {
  cloudformation = ["AWS::IVS::Channel"]
  service        = "Partner live-streaming service, or a self-managed media server"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Azure has no managed live video ingest and playback service since Azure Media Services was retired. Use a live-streaming partner offering from Azure Marketplace, or run a media server (RTMP or SRT ingest, HLS packaging) on VMs or AKS and deliver the segments through Azure Front Door. Player SDK integration and low-latency behavior change with the product chosen."
}

mapping "aws_ivs_playback_key_pair" {
  cloudformation = ["AWS::IVS::PlaybackKeyPair", "AWS::IVS::PlaybackRestrictionPolicy"]
  service        = "Partner live-streaming service, or a self-managed media server"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Signed playback tokens and viewer country or origin restrictions become features of the chosen streaming product, or token checks at the edge (for example Azure Front Door rules plus an authorization service) in front of a self-run media server; keep the signing keys in Key Vault."
}

mapping "aws_ivs_recording_configuration" {
  cloudformation = ["AWS::IVS::RecordingConfiguration"]
  service        = "Azure Blob Storage (recordings written by your streaming product)"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Automatic recording of streams to S3 becomes recording by the streaming product or media server into Azure Blob Storage; thumbnails and renditions are settings of that product."
}

mapping "AWS::IVS::StreamKey" {
  cloudformation = ["AWS::IVS::IngestConfiguration"]
  service        = "Partner live-streaming service, or a self-managed media server"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Stream keys and ingest endpoints are issued by the streaming product or media server that replaces the channel; keep them as secrets in Key Vault."
}

mapping "AWS::IVS::Stage" {
  service = "Azure Communication Services group calls or rooms"
  status  = "partial"
  azurerm = ["azurerm_communication_service"]
  arm     = ["Microsoft.Communication/communicationServices"]
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/rooms/room-concept"
  note    = "A real-time stage of a few publishers becomes a Communication Services video call, or a room with presenter and attendee roles, joined with the Calling SDK; rooms and participants are created through the API, not azurerm. Fanning the stage out to a large passive audience needs a live-streaming product as well."
}

mapping "AWS::IVS::EncoderConfiguration" {
  cloudformation = ["AWS::IVS::StorageConfiguration", "AWS::IVS::PublicKey"]
  service        = "Partner live-streaming service, or a self-managed media server"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Composition encoder presets, composite recording storage and participant-token public keys belong to the streaming or calling product that replaces the stage; recordings of Communication Services calls use the Call Recording API."
}

mapping "AWS::IVSChat::Room" {
  terraform = ["aws_ivschat_room"]
  service   = "Azure Web PubSub"
  status    = "partial"
  azurerm   = ["azurerm_web_pubsub"]
  arm       = ["Microsoft.SignalRService/webPubSub"]
  link      = "https://learn.microsoft.com/azure/azure-web-pubsub/overview"
  note      = "A live-stream chat room becomes a Web PubSub group that viewers join over WebSocket, with messages sent through your server or allowed client roles; message review handlers and rate limits become server-side event handlers (azurerm_web_pubsub_hub) and application logic."
}

mapping "AWS::IVSChat::LoggingConfiguration" {
  terraform = ["aws_ivschat_logging_configuration"]
  service   = "Application logging of chat messages"
  status    = "none"
  link      = "https://learn.microsoft.com/azure/azure-web-pubsub/overview"
  note      = "Web PubSub resource logs trace connections and message delivery; they are not a chat transcript. To keep a chat transcript, store messages from the hub's event handler in Blob Storage, Cosmos DB or Event Hubs."
}

data "aws_ivs_stream_key" {
  service = "Azure Key Vault secrets"
  status  = "partial"
  azurerm = ["azurerm_key_vault_secret"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "Read the ingest stream key of the replacement streaming product from where you stored it, a Key Vault secret."
}
