# Amazon Elastic Transcoder (discontinued by AWS) → no Azure managed transcoding service: Azure Media
# Services was retired on 30 June 2024. Run encoding jobs (FFmpeg or commercial encoders) on Azure
# Batch, AKS or Container Apps jobs, or use a partner service.

mapping "aws_elastictranscoder_pipeline" {
  service = "Self-managed encoding on Azure Batch or Container Apps jobs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "A pipeline (input and output buckets, notifications, role) becomes a job queue that runs encoder software on Azure Batch, AKS or Container Apps jobs, reading from and writing to Blob Storage; job completion events go to Event Grid or Service Bus. A partner video service from Azure Marketplace is the managed alternative."
}

mapping "aws_elastictranscoder_preset" {
  service = "Self-managed encoding on Azure Batch or Container Apps jobs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "A preset (codec, bitrate, resolution, thumbnails) becomes the encoder command line or profile of your encoding jobs, kept in source control or configuration."
}
