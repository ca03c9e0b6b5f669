# Amazon Polly → Azure AI Speech text to speech.

data "aws_polly_voices" {
  service = "Azure AI Speech"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/speech-service/language-support"
  note    = "azurerm has no data source for text to speech voices: list them with the Speech service voices list REST endpoint, or pin the voice names in configuration. Voice names and the set of languages differ from Polly's."
}
