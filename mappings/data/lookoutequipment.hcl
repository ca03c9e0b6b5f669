# Amazon Lookout for Equipment (discontinued) → a custom anomaly detection model in Azure Machine Learning.

mapping "AWS::LookoutEquipment::InferenceScheduler" {
  service = "Azure Machine Learning batch endpoints"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Azure has no managed equipment anomaly detection service. Train an anomaly detection model on the sensor history in Azure Machine Learning, deploy it to a batch endpoint and run it on a schedule (an Azure Machine Learning pipeline schedule or Data Factory) over the data landed in storage, writing results back for alerting."
}
