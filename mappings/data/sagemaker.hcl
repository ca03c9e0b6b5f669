# Amazon SageMaker AI (real-time inference) → Azure Machine Learning managed online endpoints.

mapping "aws_sagemaker_model" {
  cloudformation = ["AWS::SageMaker::Model"]
  service        = "Azure Machine Learning"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/models/versions", "Microsoft.MachineLearningServices/workspaces/environments/versions"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-manage-models"
  note           = "A SageMaker model splits into a registered model version (the artifacts from model_data_url, uploaded to the workspace's storage) and an environment (the inference container image, pushed to Azure Container Registry). azurerm has neither resource: register them with the Azure ML CLI or SDK, Bicep or the azapi provider. The execution role becomes the workspace's or endpoint's managed identity."

  caveat "multi-container" {
    when     = try(length(self.container), length(self.Containers), 0) > 1
    severity = "warning"
    message  = "Azure ML deployments run one container: a serial inference pipeline or multi-container model must be merged into one scoring image or split into several deployments called in sequence."
  }

  caveat "multi-model" {
    when     = try(lower(self.primary_container[0].mode), lower(self.PrimaryContainer.Mode), "") == "multimodel"
    severity = "info"
    message  = "There is no multi-model endpoint mode: load several models from one scoring script in a single deployment, or give each model its own deployment."
  }
}

mapping "aws_sagemaker_endpoint_configuration" {
  cloudformation = ["AWS::SageMaker::EndpointConfig"]
  service        = "Azure Machine Learning managed online endpoints"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online"
  note           = "Each production variant becomes a deployment under the online endpoint: model, environment, VM size for the instance type, instance count and autoscale settings; variant weights become the endpoint's traffic split. azurerm has no online deployment resource."

  caveat "serverless-variant" {
    when     = try(anytrue([for v in try(self.production_variants, self.ProductionVariants) : can(v.serverless_config[0]) || can(v.ServerlessConfig)]), false)
    severity = "warning"
    message  = "Managed online deployments run on dedicated VM instances billed while deployed; there is no pay-per-request option for your own model containers: size a small deployment for the idle load, or host the inference container on a scale-to-zero service such as Azure Container Apps."
    link     = "https://learn.microsoft.com/azure/container-apps/scale-app"
  }

  caveat "async-inference" {
    when     = can(self.async_inference_config[0]) || can(self.AsyncInferenceConfig)
    severity = "info"
    message  = "Asynchronous inference becomes a batch endpoint (file-based jobs) or a queue in front of the online endpoint with a worker that writes results to storage."
    link     = "https://learn.microsoft.com/azure/machine-learning/concept-endpoints-batch"
  }

  caveat "data-capture" {
    when     = can(self.data_capture_config[0]) || can(self.DataCaptureConfig)
    severity = "info"
    message  = "Data capture becomes production data collection on the online deployment, which writes model inputs and outputs to blob storage for monitoring."
    link     = "https://learn.microsoft.com/azure/machine-learning/how-to-collect-production-data"
  }
}

mapping "aws_sagemaker_endpoint" {
  cloudformation = ["AWS::SageMaker::Endpoint"]
  service        = "Azure Machine Learning managed online endpoints"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/onlineEndpoints"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online"
  note           = "A real-time endpoint becomes a managed online endpoint: a stable scoring URI with key or Entra ID token authentication that splits traffic across its deployments. azurerm has no online endpoint resource: deploy with the Azure ML CLI, Bicep or the azapi provider."

  caveat "deployment-guardrails" {
    when     = can(self.deployment_config[0]) || can(self.DeploymentConfig)
    severity = "info"
    message  = "Blue/green updates with automatic rollback on alarms have no built-in equivalent: create the new deployment, shift or mirror traffic step by step from the pipeline, and roll back by resetting the traffic split."
    link     = "https://learn.microsoft.com/azure/machine-learning/how-to-safely-rollout-online-endpoints"
  }
}
