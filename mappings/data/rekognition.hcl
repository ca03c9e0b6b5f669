# Amazon Rekognition has no single Azure equivalent: Azure AI Face (face collections and search),
# Azure AI Vision, custom vision models trained with AutoML in Azure Machine Learning, and
# Azure AI Content Safety for image moderation.

mapping "aws_rekognition_collection" {
  cloudformation = ["AWS::Rekognition::Collection"]
  service        = "Azure AI Face"
  status         = "partial"
  azurerm        = ["azurerm_cognitive_account"]
  arm            = ["Microsoft.CognitiveServices/accounts"]
  link           = "https://learn.microsoft.com/azure/ai-services/computer-vision/concept-face-recognition"
  note           = "A face collection becomes a LargePersonGroup (identify who a face belongs to) or a LargeFaceList (find similar faces) in a Face account (azurerm_cognitive_account, kind Face); these are data-plane objects created and trained through the Face API. Faces indexed in Rekognition cannot be exported: re-enroll them from the source images."

  caveat "limited-access" {
    severity = "error"
    message  = "Face identification and verification are Limited Access: the subscription needs Microsoft's approval (Face Recognition intake form) before face search works, and some uses are not permitted. Apply before migrating."
    link     = "https://learn.microsoft.com/legal/cognitive-services/computer-vision/limited-access-identity"
  }

  caveat "face-attributes" {
    severity = "info"
    message  = "Face detection no longer returns inferred attributes such as emotion, gender or age, which Rekognition's face detail output includes: features that depend on them need another approach."
    link     = "https://learn.microsoft.com/azure/ai-services/computer-vision/overview-identity"
  }
}

mapping "aws_rekognition_project" {
  cloudformation = ["AWS::Rekognition::Project"]
  service        = "Azure Machine Learning (AutoML for images)"
  status         = "partial"
  azurerm        = ["azurerm_machine_learning_workspace"]
  arm            = ["Microsoft.MachineLearningServices/workspaces"]
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-auto-train-image-models"
  note           = "A Custom Labels project becomes AutoML image classification or object detection in an Azure Machine Learning workspace: labelled images in a data asset, a training job on a GPU compute cluster and a managed online endpoint to serve the model. Training jobs and endpoints are created with the SDK or CLI; multimodal models in Microsoft Foundry can replace simple classifiers without training."

  caveat "content-moderation" {
    when     = try(upper(self.feature), upper(self.Feature), "") == "CONTENT_MODERATION"
    severity = "warning"
    message  = "A custom moderation adapter has no trainable counterpart in Azure ML: image moderation maps to Azure AI Content Safety (hate, sexual, violence and self-harm severity levels); check whether its custom categories cover your labels."
    link     = "https://learn.microsoft.com/azure/ai-services/content-safety/overview"
  }
}

mapping "aws_rekognition_stream_processor" {
  cloudformation = ["AWS::Rekognition::StreamProcessor"]
  service        = "Custom video pipeline with Azure AI Face or Azure AI Vision"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/ai-services/computer-vision/overview-identity"
  note           = "There is no managed processor that reads a live video stream: build a pipeline that samples frames (for example a container app reading the camera stream) and calls Face identification or an object detection model per frame, then publishes results to Event Hubs or Event Grid in place of the Kinesis data stream or SNS topic."

  caveat "face-search" {
    when     = can(self.settings[0].face_search[0]) || can(self.FaceSearchSettings)
    severity = "error"
    message  = "Face search in video needs Face identification, a Limited Access feature that requires Microsoft's approval, and a rebuilt face collection."
    link     = "https://learn.microsoft.com/legal/cognitive-services/computer-vision/limited-access-identity"
  }
}
