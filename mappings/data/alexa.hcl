# Alexa Skills Kit → no Azure voice-assistant platform; a bot with speech is the closest design.

mapping "Alexa::ASK::Skill" {
  service = "Azure AI Bot Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/bot-service/bot-service-overview"
  note    = "Azure has no voice-assistant platform to publish skills to, and an Alexa skill stays tied to Alexa devices. Keep the skill on Alexa and point its endpoint at an Azure Functions backend, or rebuild the conversation as a bot (Azure AI Bot Service with conversational language understanding and Azure AI Speech) for channels Azure reaches."
}
