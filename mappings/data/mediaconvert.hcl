# AWS Elemental MediaConvert → no Azure managed file-based transcoding service: Azure Media Services was
# retired on 30 June 2024. Run encoding jobs on Azure Batch, AKS or Container Apps jobs, or use a
# partner service.

mapping "aws_media_convert_queue" {
  cloudformation = ["AWS::MediaConvert::Queue"]
  service        = "Self-managed encoding on Azure Batch or Container Apps jobs"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "A transcoding queue becomes a job queue (Service Bus or Batch jobs) feeding encoder software (FFmpeg or a commercial encoder) on Azure Batch pools, AKS or Container Apps jobs; reserved pricing becomes reserved or Spot capacity for those workers. Job templates and presets become encoder profiles kept in source control."
}

data "aws_media_convert_queue" {
  service = "Self-managed encoding on Azure Batch or Container Apps jobs"
  status  = "none"
  link    = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note    = "There is no managed transcoding queue to look up: reference the Service Bus queue or Batch pool that feeds the encoders."
}

mapping "AWS::MediaConvert::JobTemplate" {
  cloudformation = ["AWS::MediaConvert::Preset"]
  service        = "Self-managed encoding on Azure Batch or Container Apps jobs"
  status         = "none"
  link           = "https://learn.microsoft.com/previous-versions/azure/media-services/latest/azure-media-services-retirement"
  note           = "Job templates and output presets have no managed counterpart since Azure Media Services retired: keep the equivalent encoder settings (FFmpeg arguments or a commercial encoder's profiles) in source control and pass them to the jobs that run on Azure Batch, AKS or Container Apps jobs."
}
