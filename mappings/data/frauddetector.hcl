# Amazon Fraud Detector → no Azure counterpart (Dynamics 365 Fraud Protection is retired):
# train a fraud model in Azure Machine Learning and apply the rules in your application.

mapping "AWS::FraudDetector::Detector" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Azure has no managed fraud-detection service (Dynamics 365 Fraud Protection reached end of support in February 2026). Train a fraud model in Azure Machine Learning, serve it from a managed online endpoint, and implement the detector's rules and outcomes in the calling application or an Azure Function."
}

mapping "AWS::FraudDetector::EventType" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "An event type (the schema of the events scored) becomes the input schema of your model's scoring endpoint and the training data set's columns; there is no separate resource."
}

mapping "AWS::FraudDetector::EntityType" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Entity types (customer, account and so on) become a key column in your training data and scoring requests; there is no resource to create."
}

mapping "AWS::FraudDetector::Variable" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Variables become features of your model's input schema (optionally kept in an Azure Machine Learning feature store); defaults for missing values move into the scoring code."
}

mapping "AWS::FraudDetector::Label" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Labels (fraud or legitimate) become the target column of your training data; there is no resource to create."
}

mapping "AWS::FraudDetector::Outcome" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Outcomes (approve, review, block) become the decisions your application or rules code returns after calling the model endpoint."
}

mapping "AWS::FraudDetector::List" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "Allow and deny lists used in rules become data your rules code reads, for example a table in Azure Cosmos DB, Azure SQL Database or Azure Cache for Redis."
}
