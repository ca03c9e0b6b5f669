# AWS Elemental Inference (AI on live video: event clipping, smart cropping, live subtitles) → no managed
# Azure counterpart; build the pieces from Azure AI Speech, Azure AI Video Indexer and Foundry models.

mapping "AWS::ElementalInference::Feed" {
  service = "Azure AI Speech and Azure AI Video Indexer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-video-indexer/video-indexer-overview"
  note    = "Azure has no service that analyses a live media feed to cut highlight clips or reframe video. Live subtitles come from real-time speech to text in Azure AI Speech fed by your encoder's audio; highlights and scene detection on recorded segments from Azure AI Video Indexer; cropping and clipping run in your own media pipeline (for example FFmpeg on Container Apps or AKS)."
}

mapping "AWS::ElementalInference::Dictionary" {
  service  = "Azure AI Speech (phrase lists or custom speech)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/speech-service/improve-accuracy-phrase-list"
  note     = "Domain vocabulary that improves subtitle transcription becomes a phrase list sent with each real-time recognition session, or training text for a custom speech model when the list is large. Neither is an ARM resource: only the Speech account (azurerm_cognitive_account, kind SpeechServices) is."
}
