# Amazon Chime SDK media pipelines → Azure Communication Services Call Automation with Azure AI
# Speech and Language for call analytics.

mapping "aws_chimesdkmediapipelines_media_insights_pipeline_configuration" {
  service = "Azure Communication Services Call Automation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "There is no configurable call-analytics pipeline resource: Call Automation provides real-time transcription and audio streaming of calls, and your own service sends the stream or transcript to Azure AI Speech and Azure AI Language (sentiment, summarisation) and stores recordings in Blob Storage. Voice analytics such as speaker search and voice tone analysis have no managed counterpart."
}
