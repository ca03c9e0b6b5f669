# Amazon Transcribe → Azure AI Speech (speech to text) in a Speech (kind SpeechServices) or Foundry
# account; custom vocabularies and language models → phrase lists and custom speech models.

mapping "aws_transcribe_vocabulary" {
  service  = "Azure AI Speech (phrase lists or custom speech)"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/speech-service/improve-accuracy-phrase-list"
  note     = "A custom vocabulary becomes a phrase list passed with each real-time or fast transcription request (no training, no stored object), or, for large lists and batch transcription, training text for a custom speech model. Neither is an ARM resource: only the Speech account (azurerm_cognitive_account, kind SpeechServices) is."

  caveat "batch-transcription" {
    severity = "info"
    message  = "Phrase lists do not apply to batch transcription: batch jobs that relied on the vocabulary need a custom speech model trained with those terms."
    link     = "https://learn.microsoft.com/azure/ai-services/speech-service/custom-speech-overview"
  }
}

mapping "aws_transcribe_language_model" {
  service  = "Azure AI Speech custom speech"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/speech-service/custom-speech-overview"
  note     = "A custom language model becomes a custom speech model trained on a base model with the same domain text (plain or structured text; audio with transcripts is also accepted). Datasets, models and endpoints are data-plane objects created with the Speech Studio, CLI or REST API; batch transcription can reference the model directly, while real-time recognition needs a custom endpoint that is billed for hosting."

  caveat "base-model" {
    severity = "info"
    message  = "The narrowband or wideband base model choice disappears: pick a current base model for the locale and retrain when you move to a newer base model, since custom models are tied to the base model's lifetime."
    link     = "https://learn.microsoft.com/azure/ai-services/speech-service/custom-speech-overview"
  }
}

mapping "aws_transcribe_medical_vocabulary" {
  service  = "Azure AI Speech custom speech"
  status   = "partial"
  requires = ["azurerm_cognitive_account"]
  link     = "https://learn.microsoft.com/azure/ai-services/speech-service/custom-speech-overview"
  note     = "Medical terms go into a phrase list or the training text of a custom speech model."

  caveat "medical-model" {
    severity = "warning"
    message  = "Azure AI Speech has no medical transcription mode equivalent to Transcribe Medical: measure accuracy on clinical audio with a custom speech model before switching, and review healthcare compliance requirements for the new service."
    link     = "https://learn.microsoft.com/azure/ai-services/speech-service/custom-speech-overview"
  }
}

mapping "aws_transcribe_vocabulary_filter" {
  service = "Azure AI Speech profanity option"
  status  = "none"
  link    = "https://learn.microsoft.com/dotnet/api/microsoft.cognitiveservices.speech.profanityoption"
  note    = "Speech to text can mask, remove or keep only its own built-in profanity list; there is no custom word filter. Apply the word list to the transcript in the application (mask, remove or tag), or keep the built-in profanity option if that was the purpose."
}
