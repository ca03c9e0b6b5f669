# Amazon Kinesis Video Streams → no managed video ingest service on Azure (Azure Video Analyzer and
# Azure Media Services are retired): build ingest on IoT Edge or AKS and store media in Blob Storage.

mapping "aws_kinesis_video_stream" {
  cloudformation = ["AWS::KinesisVideo::Stream"]
  service        = "Self-managed video ingest on Azure IoT Edge or AKS, with Azure Blob Storage"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Azure has no managed service that ingests, stores and replays device video streams. Capture video at the edge (an IoT Edge module or a media server on AKS), write segments to Blob Storage with lifecycle rules for retention, and serve playback (HLS) from your own service; real-time peer-to-peer video fits Azure Communication Services. Producer and consumer SDK code must be replaced."
}

mapping "AWS::KinesisVideo::SignalingChannel" {
  service = "Azure Communication Services"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/overview"
  note    = "There is no managed WebRTC signaling channel for devices. Use Azure Communication Services calling for real-time audio and video between apps, or run your own signaling server (for example over Azure Web PubSub) with TURN relays; device SDK code must be replaced."
}
