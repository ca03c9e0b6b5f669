# Amazon Personalize → no managed recommendation service on Azure (Azure AI Personalizer is retired):
# train and serve recommendation models with Azure Machine Learning or Azure Databricks.

mapping "AWS::Personalize::DatasetGroup" {
  cloudformation = ["AWS::Personalize::Dataset", "AWS::Personalize::Schema"]
  service        = "Azure Machine Learning"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-data"
  note           = "There is no managed store for interaction, item and user data: keep the datasets in Blob Storage or Data Lake Storage, register them as Azure Machine Learning data assets (schemas become the training code's input contract), and refresh them with a pipeline instead of incremental event import."
}

mapping "AWS::Personalize::Solution" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Personalize recipes have no managed counterpart: train a recommendation model (for example collaborative filtering or a two-tower model) in Azure Machine Learning or Azure Databricks, tune it with a sweep job, and serve it from an online endpoint. Retraining schedules and evaluation metrics are yours to build."
}
