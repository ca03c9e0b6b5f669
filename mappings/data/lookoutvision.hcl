# Amazon Lookout for Vision (visual anomaly detection, discontinued by AWS) → custom image models in Azure Machine Learning.

mapping "AWS::LookoutVision::Project" {
  service = "Azure Machine Learning (AutoML for images)"
  status  = "partial"
  azurerm = ["azurerm_machine_learning_workspace"]
  arm     = ["Microsoft.MachineLearningServices/workspaces"]
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-auto-train-image-models"
  note    = "A project that trains a defect detector on normal and anomalous images becomes an AutoML image classification (or segmentation, to locate defects) job in an Azure Machine Learning workspace, served from a managed online endpoint; models for the edge are exported to ONNX. Training jobs and endpoints are created with the SDK or CLI, not azurerm."
}
