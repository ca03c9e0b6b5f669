# Amazon Comprehend custom models → Azure AI Language (custom text classification and custom
# named entity recognition), trained in projects of a Language resource.

mapping "aws_comprehend_document_classifier" {
  cloudformation = ["AWS::Comprehend::DocumentClassifier"]
  service        = "Azure AI Language custom text classification"
  status         = "partial"
  azurerm        = ["azurerm_cognitive_account"]
  arm            = ["Microsoft.CognitiveServices/accounts"]
  link           = "https://learn.microsoft.com/azure/ai-services/language-service/custom-text-classification/overview"
  note           = "A custom classifier becomes a custom text classification project in a Language resource (azurerm_cognitive_account with kind TextAnalytics and a linked storage account for the training documents). Projects, training, evaluation and deployments are created through Language Studio or the authoring API, not azurerm; multi-class and multi-label modes both exist."
}

mapping "aws_comprehend_entity_recognizer" {
  service = "Azure AI Language custom named entity recognition"
  status  = "partial"
  azurerm = ["azurerm_cognitive_account"]
  arm     = ["Microsoft.CognitiveServices/accounts"]
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/custom-named-entity-recognition/overview"
  note    = "A custom entity recognizer becomes a custom NER project in a Language resource (azurerm_cognitive_account with kind TextAnalytics and a linked storage account). Training needs labeled documents in the Language format: entity lists and annotation files are converted; projects and deployments are managed through Language Studio or the authoring API."
}

mapping "AWS::Comprehend::Flywheel" {
  service = "Azure AI Language custom projects"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/ai-services/language-service/custom-text-classification/overview"
  note    = "A flywheel (a data lake of labeled data that retrains, evaluates and promotes a custom classifier or entity recognizer) has no counterpart. Automate the loop yourself: add labeled documents to the project's storage container, train and evaluate a new model through the authoring API from a pipeline (for example GitHub Actions or Azure Machine Learning), and deploy it when its scores beat the current model."
}
