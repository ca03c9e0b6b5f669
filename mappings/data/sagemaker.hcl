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

mapping "aws_sagemaker_domain" {
  cloudformation = ["AWS::SageMaker::Domain"]
  service        = "Azure Machine Learning"
  status         = "partial"
  azurerm        = ["azurerm_machine_learning_workspace"]
  arm            = ["Microsoft.MachineLearningServices/workspaces"]
  requires       = ["azurerm_storage_account", "azurerm_key_vault", "azurerm_application_insights"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-workspace"
  note           = "A Studio domain becomes an Azure ML workspace, which needs a storage account, key vault, Application Insights and (optionally) a container registry. There is no shared EFS home volume: each user's notebooks live on the workspace file share and their own compute instance. The default execution role becomes the workspace's and computes' managed identities."

  caveat "vpc-only" {
    when     = try(lower(self.app_network_access_type), lower(self.AppNetworkAccessType), "") == "vpconly"
    severity = "warning"
    message  = "VPC-only access becomes a workspace with public_network_access_enabled = false, a private endpoint, and a managed virtual network (managed_network isolation mode) or your own subnet for compute."
    link     = "https://learn.microsoft.com/azure/machine-learning/how-to-managed-network"
  }
}

mapping "aws_sagemaker_user_profile" {
  cloudformation = ["AWS::SageMaker::UserProfile"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-assign-roles"
  note           = "Azure ML has no per-user profile resource: users are Entra ID identities granted a role such as AzureML Data Scientist on the workspace, and each gets a personal compute instance (assign_to_user). Per-user execution roles become the compute instance's managed identity."
}

mapping "aws_sagemaker_space" {
  cloudformation = ["AWS::SageMaker::Space"]
  service        = "Azure Machine Learning compute instance"
  status         = "partial"
  azurerm        = ["azurerm_machine_learning_compute_instance"]
  arm            = ["Microsoft.MachineLearningServices/workspaces/computes"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-compute-instance"
  note           = "A private space (its storage and app settings) is closest to a personal compute instance; notebook files live on the workspace file share rather than a per-space volume."

  caveat "shared-space" {
    when     = try(lower(self.space_sharing_settings[0].sharing_type), lower(self.SpaceSharingSettings.SharingType), "") == "shared"
    severity = "warning"
    message  = "A compute instance belongs to one user: shared spaces for real-time co-editing have no equivalent; share notebooks through the workspace file share or a Git repository."
  }
}

mapping "aws_sagemaker_app" {
  cloudformation = ["AWS::SageMaker::App"]
  service        = "Azure Machine Learning compute instance"
  status         = "implicit"
  azurerm        = ["azurerm_machine_learning_compute_instance"]
  arm            = ["Microsoft.MachineLearningServices/workspaces/computes"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-compute-instance"
  note           = "JupyterLab, Jupyter, VS Code and terminal apps come with every compute instance; there is no app resource to create. Custom container applications are set on the compute instance (ARM customServices), which azurerm does not expose."
}

mapping "aws_sagemaker_notebook_instance" {
  cloudformation = ["AWS::SageMaker::NotebookInstance"]
  service        = "Azure Machine Learning compute instance"
  status         = "direct"
  azurerm        = ["azurerm_machine_learning_compute_instance"]
  arm            = ["Microsoft.MachineLearningServices/workspaces/computes"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-compute-instance"
  note           = "A notebook instance becomes a compute instance in a workspace: instance_type maps to virtual_machine_size, subnet_id to subnet_resource_id, the role to the instance's managed identity. Compute instances are assigned to one user."

  caveat "lifecycle-config" {
    when     = can(self.lifecycle_config_name) || can(self.LifecycleConfigName)
    severity = "warning"
    message  = "Lifecycle configuration becomes the compute instance's creation and startup setup scripts, which azurerm does not expose: set them with the Azure ML CLI, Bicep or the azapi provider."
    link     = "https://learn.microsoft.com/azure/machine-learning/how-to-customize-compute-instance"
  }

  caveat "no-internet" {
    when     = try(lower(self.direct_internet_access), lower(self.DirectInternetAccess), "") == "disabled"
    severity = "info"
    message  = "Without direct internet access, place the compute instance in a subnet with node_public_ip_enabled = false, or use the workspace's managed virtual network with outbound rules."
    link     = "https://learn.microsoft.com/azure/machine-learning/how-to-managed-network"
  }
}

mapping "aws_sagemaker_notebook_instance_lifecycle_configuration" {
  cloudformation = ["AWS::SageMaker::NotebookInstanceLifecycleConfig"]
  service        = "Azure Machine Learning compute instance"
  status         = "implicit"
  arm            = ["Microsoft.MachineLearningServices/workspaces/computes"]
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-customize-compute-instance"
  note           = "on_create and on_start scripts become the compute instance's creation script (runs once) and startup script (runs on every start), part of the compute instance (setupScripts). azurerm has no argument for them: use the Azure ML CLI, Bicep or the azapi provider."
}

mapping "aws_sagemaker_studio_lifecycle_config" {
  cloudformation = ["AWS::SageMaker::StudioLifecycleConfig"]
  service        = "Azure Machine Learning compute instance"
  status         = "implicit"
  arm            = ["Microsoft.MachineLearningServices/workspaces/computes"]
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-customize-compute-instance"
  note           = "Studio lifecycle scripts become setup scripts on each compute instance (setupScripts in ARM; not exposed by azurerm). There is no domain-wide default script: apply it per instance, for example through a shared module or Azure Policy."
}

mapping "aws_sagemaker_code_repository" {
  cloudformation = ["AWS::SageMaker::CodeRepository"]
  service        = "Azure Machine Learning compute instance"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-train-model-git-integration"
  note           = "Azure ML has no Git repository resource: clone repositories on the compute instance (in a setup script or the terminal) and keep credentials in Key Vault; jobs submitted from a clone record its Git metadata."
}

mapping "aws_sagemaker_image" {
  cloudformation = ["AWS::SageMaker::Image"]
  service        = "Azure Machine Learning environments"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/environments"]
  requires       = ["azurerm_machine_learning_workspace", "azurerm_container_registry"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-environments"
  note           = "A custom image becomes a custom environment (a Docker image in Azure Container Registry or a Dockerfile/conda spec) registered in the workspace. azurerm has no environment resource: register it with the Azure ML CLI, Bicep or the azapi provider."
}

mapping "aws_sagemaker_image_version" {
  cloudformation = ["AWS::SageMaker::ImageVersion"]
  service        = "Azure Machine Learning environments"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/environments/versions"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-environments"
  note           = "Each image version becomes a version of the environment pointing at an image tag in Azure Container Registry; azurerm has no environment version resource."
}

mapping "aws_sagemaker_app_image_config" {
  cloudformation = ["AWS::SageMaker::AppImageConfig"]
  service        = "Azure Machine Learning compute instance"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-customize-compute-instance"
  note           = "There is no kernel or app image configuration resource: install extra kernels on the compute instance with a setup script, or run the image as a custom application on the compute instance."
}

mapping "aws_sagemaker_feature_group" {
  cloudformation = ["AWS::SageMaker::FeatureGroup"]
  service        = "Azure Machine Learning managed feature store"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/featuresets/versions", "Microsoft.MachineLearningServices/workspaces/featurestoreEntities/versions"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-what-is-managed-feature-store"
  note           = "A feature group becomes a feature set (with its entity, the record identifier) in a feature store, which is an azurerm_machine_learning_workspace with kind = \"FeatureStore\". Feature sets are defined by a source and transformation code and materialized by Spark jobs; azurerm cannot create them (use the Azure ML CLI or SDK)."

  caveat "online-store" {
    when     = can(self.online_store_config[0]) || can(self.OnlineStoreConfig)
    severity = "info"
    message  = "The online store is an Azure Managed Redis/Azure Cache for Redis instance attached to the feature store; features reach it by materialization jobs rather than direct PutRecord writes."
  }
}

mapping "aws_sagemaker_mlflow_tracking_server" {
  cloudformation = ["AWS::SageMaker::MlflowTrackingServer"]
  service        = "Azure Machine Learning"
  status         = "implicit"
  azurerm        = ["azurerm_machine_learning_workspace"]
  arm            = ["Microsoft.MachineLearningServices/workspaces"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-mlflow"
  note           = "Every Azure ML workspace is an MLflow tracking server and model registry: point MLFLOW_TRACKING_URI at the workspace's tracking URI (azureml-mlflow plugin); there is no server to size or run, and artifacts go to the workspace storage account."
}

mapping "aws_sagemaker_mlflow_app" {
  cloudformation = ["AWS::SageMaker::MlflowApp"]
  service        = "Azure Machine Learning"
  status         = "implicit"
  azurerm        = ["azurerm_machine_learning_workspace"]
  arm            = ["Microsoft.MachineLearningServices/workspaces"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-mlflow"
  note           = "MLflow tracking is built into every Azure ML workspace; there is no separate MLflow app to deploy."
}

mapping "aws_sagemaker_pipeline" {
  cloudformation = ["AWS::SageMaker::Pipeline"]
  service        = "Azure Machine Learning pipelines"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/components/versions", "Microsoft.MachineLearningServices/workspaces/schedules"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-ml-pipelines"
  note           = "The pipeline definition must be rewritten as an Azure ML pipeline (YAML or Python SDK) whose steps are components; register it as a pipeline component to reuse it and add a schedule for recurring runs. azurerm has none of these resources."
}

mapping "aws_sagemaker_training_job" {
  service  = "Azure Machine Learning jobs"
  status   = "partial"
  arm      = ["Microsoft.MachineLearningServices/workspaces/jobs"]
  requires = ["azurerm_machine_learning_workspace", "azurerm_machine_learning_compute_cluster"]
  link     = "https://learn.microsoft.com/azure/machine-learning/how-to-train-model"
  note     = "A training job becomes a command job: the training image becomes an environment, the instance type and count a compute cluster (or serverless compute), S3 channels become data inputs, and the output path a job output. Jobs are submitted with the CLI or SDK, not managed by azurerm."

  caveat "spot-training" {
    when     = try(tostring(try(self.enable_managed_spot_training, self.EnableManagedSpotTraining)) == "true", false)
    severity = "info"
    message  = "Managed spot training becomes a compute cluster with vm_priority = \"LowPriority\"; the job must checkpoint and resume itself after preemption."
  }
}

mapping "aws_sagemaker_hyper_parameter_tuning_job" {
  service  = "Azure Machine Learning jobs"
  status   = "partial"
  arm      = ["Microsoft.MachineLearningServices/workspaces/jobs"]
  requires = ["azurerm_machine_learning_workspace", "azurerm_machine_learning_compute_cluster"]
  link     = "https://learn.microsoft.com/azure/machine-learning/how-to-tune-hyperparameters"
  note     = "A tuning job becomes a sweep job: the search space, sampling (random, grid, Bayesian), primary metric, early-termination policy and trial limits map to sweep settings. It is submitted with the CLI or SDK; azurerm has no job resource."
}

mapping "AWS::SageMaker::ProcessingJob" {
  service  = "Azure Machine Learning jobs"
  status   = "partial"
  arm      = ["Microsoft.MachineLearningServices/workspaces/jobs"]
  requires = ["azurerm_machine_learning_workspace"]
  link     = "https://learn.microsoft.com/azure/machine-learning/how-to-train-model"
  note     = "A processing job becomes a command job (or a Spark job for Spark processing) with data inputs and outputs on a compute cluster or serverless compute; it runs once when submitted, not as a managed resource."
}

mapping "aws_sagemaker_algorithm" {
  service  = "Azure Machine Learning components"
  status   = "partial"
  arm      = ["Microsoft.MachineLearningServices/workspaces/components/versions"]
  requires = ["azurerm_machine_learning_workspace"]
  link     = "https://learn.microsoft.com/azure/machine-learning/concept-component"
  note     = "A reusable algorithm (training image plus declared inputs, hyperparameters and metrics) becomes a command component registered in a workspace or registry. There is no marketplace listing flow and azurerm has no component resource."
}

mapping "aws_sagemaker_model_package_group" {
  cloudformation = ["AWS::SageMaker::ModelPackageGroup"]
  service        = "Azure Machine Learning model registry"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/models", "Microsoft.MachineLearningServices/registries/models"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-manage-models"
  note           = "A model package group becomes a named model whose versions are registered in a workspace, or in an Azure ML registry to share across workspaces. azurerm cannot create either."
}

mapping "AWS::SageMaker::ModelPackage" {
  service  = "Azure Machine Learning model registry"
  status   = "partial"
  arm      = ["Microsoft.MachineLearningServices/workspaces/models/versions", "Microsoft.MachineLearningServices/registries/models/versions"]
  requires = ["azurerm_machine_learning_workspace"]
  link     = "https://learn.microsoft.com/azure/machine-learning/how-to-manage-models"
  note     = "A model package becomes a model version (artifacts plus tags and properties); the inference image becomes an environment."

  caveat "approval-status" {
    when     = can(self.ModelApprovalStatus)
    severity = "info"
    message  = "Model versions have no approval status that gates deployment: record it in a tag or stage and enforce it in the release pipeline (for example promotion into a production registry)."
  }
}

mapping "aws_sagemaker_model_package_group_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments", "Microsoft.MachineLearningServices/registries"]
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-manage-registries"
  note    = "Cross-account access to a model group becomes an Azure ML registry shared by workspaces in several subscriptions, with role assignments on the registry for the identities that read or publish models."
}

mapping "aws_sagemaker_hub" {
  service = "Azure Machine Learning registries"
  status  = "partial"
  arm     = ["Microsoft.MachineLearningServices/registries"]
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-manage-registries"
  note    = "A private curated hub becomes an Azure ML registry holding approved models, components and environments for many workspaces and regions. azurerm has no registry resource: create it with the Azure ML CLI, Bicep or the azapi provider."
}

mapping "aws_sagemaker_hub_content_reference" {
  service = "Azure Machine Learning registries"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-manage-registries"
  note    = "Registries hold copies, not references: use catalog models directly by their registry URI (azureml://registries/azureml/models/...), or copy the approved versions into your own registry; restrict catalog use with Azure Policy if needed."
}

mapping "aws_sagemaker_monitoring_schedule" {
  cloudformation = ["AWS::SageMaker::MonitoringSchedule"]
  service        = "Azure Machine Learning model monitoring"
  status         = "partial"
  arm            = ["Microsoft.MachineLearningServices/workspaces/schedules"]
  requires       = ["azurerm_machine_learning_workspace"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-model-monitoring"
  note           = "A monitoring schedule becomes a model monitor: a workspace schedule whose action creates a monitor with signals (data drift, prediction drift, data quality, feature attribution drift, model performance) over production data collected from the deployment. azurerm has no schedule resource."
}

mapping "aws_sagemaker_data_quality_job_definition" {
  cloudformation = ["AWS::SageMaker::DataQualityJobDefinition"]
  service        = "Azure Machine Learning model monitoring"
  status         = "implicit"
  arm            = ["Microsoft.MachineLearningServices/workspaces/schedules"]
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-model-monitoring"
  note           = "Data quality checks become a data quality (and data drift) signal inside the model monitor's schedule, with a reference dataset in place of the baseline; no separate definition resource exists."
}

mapping "AWS::SageMaker::ModelQualityJobDefinition" {
  service = "Azure Machine Learning model monitoring"
  status  = "implicit"
  arm     = ["Microsoft.MachineLearningServices/workspaces/schedules"]
  link    = "https://learn.microsoft.com/azure/machine-learning/concept-model-monitoring"
  note    = "Model quality checks become a model performance signal inside the model monitor's schedule, comparing predictions with ground-truth data you collect."
}

mapping "AWS::SageMaker::ModelExplainabilityJobDefinition" {
  service = "Azure Machine Learning model monitoring"
  status  = "implicit"
  arm     = ["Microsoft.MachineLearningServices/workspaces/schedules"]
  link    = "https://learn.microsoft.com/azure/machine-learning/concept-model-monitoring"
  note    = "Explainability monitoring becomes a feature attribution drift signal inside the model monitor's schedule."
}

mapping "AWS::SageMaker::ModelBiasJobDefinition" {
  service = "Azure Machine Learning Responsible AI"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/concept-responsible-ai-dashboard"
  note    = "Model monitoring has no bias signal: assess fairness with the Responsible AI dashboard run as a pipeline job on fresh production data, or with a custom monitoring signal."
}

mapping "aws_sagemaker_model_card" {
  cloudformation = ["AWS::SageMaker::ModelCard"]
  service        = "Azure Machine Learning Responsible AI"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-responsible-ai-scorecard"
  note           = "There is no model card resource: keep the documentation in the model version's description, tags and properties, and generate a Responsible AI scorecard for evaluation results."
}

mapping "aws_sagemaker_model_card_export_job" {
  service = "Azure Machine Learning Responsible AI"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-responsible-ai-scorecard"
  note    = "The nearest exportable document is the Responsible AI scorecard, a PDF produced by a Responsible AI pipeline job; other model documentation must be exported by your own tooling."
}

mapping "aws_sagemaker_labeling_job" {
  service  = "Azure Machine Learning data labeling"
  status   = "partial"
  requires = ["azurerm_machine_learning_workspace"]
  link     = "https://learn.microsoft.com/azure/machine-learning/how-to-create-image-labeling-projects"
  note     = "A labeling job becomes a data labeling project (image or text tasks, with optional ML-assisted labeling) created in Azure ML studio; neither azurerm nor stable ARM templates create labeling projects. Custom task templates are not supported."
}

mapping "aws_sagemaker_workforce" {
  service = "Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-add-users"
  note    = "Labelers are Entra ID users or guests given a labeling role on the workspace; there is no separate workforce or OIDC/Cognito pool. External vendor workforces come from Azure Marketplace labeling partners."
}

mapping "aws_sagemaker_workteam" {
  cloudformation = ["AWS::SageMaker::Workteam"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/machine-learning/how-to-add-users"
  note           = "A work team becomes an Entra ID group granted a labeling role on the workspace; projects are assigned to labelers through that access rather than to a team resource."
}

mapping "aws_sagemaker_flow_definition" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-create-image-labeling-projects"
  note    = "Human review loops on live predictions (Augmented AI) have no Azure equivalent: route low-confidence results to a queue and a review app (for example Power Apps or a custom web app), or to a labeling project in batches."
}

mapping "aws_sagemaker_human_task_ui" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-create-image-labeling-projects"
  note    = "Labeling projects use fixed task interfaces per task type; a custom worker UI must be built as your own app."
}

mapping "aws_sagemaker_project" {
  cloudformation = ["AWS::SageMaker::Project"]
  service        = "Azure Machine Learning MLOps"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/machine-learning/concept-model-management-and-deployment"
  note           = "There is no project resource that provisions MLOps templates: start from the Azure ML MLOps templates for GitHub Actions or Azure DevOps and deploy their infrastructure with Terraform."
}

mapping "aws_sagemaker_servicecatalog_portfolio_status" {
  service = "Azure Machine Learning MLOps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/concept-model-management-and-deployment"
  note    = "There is no portfolio to enable: MLOps templates are repositories you clone, not a catalog attached to the workspace."
}

mapping "aws_sagemaker_device_fleet" {
  cloudformation = ["AWS::SageMaker::DeviceFleet"]
  service        = "Azure IoT Edge"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/iot-edge/about-iot-edge"
  note           = "Edge Manager fleets have no Azure ML equivalent: manage devices with IoT Hub and IoT Edge and ship models as IoT Edge modules (container images)."
}

mapping "aws_sagemaker_device" {
  cloudformation = ["AWS::SageMaker::Device"]
  service        = "Azure IoT Edge"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/iot-edge/about-iot-edge"
  note           = "Register each device as an IoT Edge device in IoT Hub (a data-plane identity, not an azurerm resource) and deploy the model as an IoT Edge module."
}

mapping "AWS::SageMaker::Cluster" {
  service  = "Azure Machine Learning compute cluster"
  status   = "partial"
  azurerm  = ["azurerm_machine_learning_compute_cluster"]
  arm      = ["Microsoft.MachineLearningServices/workspaces/computes"]
  requires = ["azurerm_machine_learning_workspace"]
  link     = "https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster"
  note     = "A HyperPod cluster's instance groups become compute clusters (one VM size each) that run distributed jobs submitted to the workspace; there is no persistent Slurm controller or SSH-managed cluster. For a Slurm cluster, use Azure CycleCloud instead."

  caveat "eks-orchestrator" {
    when     = can(self.Orchestrator.Eks)
    severity = "warning"
    message  = "An EKS-orchestrated cluster becomes an AKS GPU node pool attached to the workspace as Kubernetes compute (Azure ML extension); azurerm can create the AKS cluster and extension but not the attachment."
    link     = "https://learn.microsoft.com/azure/machine-learning/how-to-attach-kubernetes-anywhere"
  }
}

mapping "AWS::SageMaker::InferenceComponent" {
  service  = "Azure Machine Learning managed online endpoints"
  status   = "partial"
  arm      = ["Microsoft.MachineLearningServices/workspaces/onlineEndpoints/deployments"]
  requires = ["azurerm_machine_learning_workspace"]
  link     = "https://learn.microsoft.com/azure/machine-learning/concept-endpoints-online"
  note     = "An inference component becomes a deployment under the online endpoint. Each deployment has its own instances: models cannot share one instance pool with per-model accelerator and memory reservations, so pack models into one deployment or accept separate instances."
}

mapping "AWS::SageMaker::InferenceExperiment" {
  service = "Azure Machine Learning managed online endpoints"
  status  = "implicit"
  arm     = ["Microsoft.MachineLearningServices/workspaces/onlineEndpoints"]
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-safely-rollout-online-endpoints"
  note    = "Shadow testing becomes mirrored traffic on the online endpoint: a percentage of requests is copied to the shadow deployment, whose responses are discarded. Compare the deployments' metrics yourself; there is no experiment report."
}

mapping "AWS::SageMaker::PartnerApp" {
  service = "Azure Marketplace"
  status  = "none"
  link    = "https://learn.microsoft.com/marketplace/azure-marketplace-overview"
  note    = "Partner AI apps (experiment tracking, evaluation, guardrails) are not hosted inside Azure ML: subscribe to the partner's own offer on Azure Marketplace or its SaaS and connect it to the workspace."
}

data "aws_sagemaker_prebuilt_ecr_image" {
  service = "Azure Machine Learning curated environments"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/machine-learning/resource-curated-environments"
  note    = "Prebuilt framework images become curated environments, referenced by name and version (azureml://registries/azureml/environments/...) in jobs and deployments; azurerm has no data source for them, so pass the reference as a variable."
}
