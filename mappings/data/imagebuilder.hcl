# EC2 Image Builder → Azure VM Image Builder (image templates) distributing to Azure Compute Gallery.
# Image templates have no azurerm resource: deploy them with azurerm_resource_group_template_deployment or azapi.

mapping "aws_imagebuilder_image_recipe" {
  cloudformation = ["AWS::ImageBuilder::ImageRecipe"]
  service        = "Azure VM Image Builder"
  status         = "partial"
  arm            = ["Microsoft.VirtualMachineImages/imageTemplates"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note           = "A recipe becomes the source (Marketplace image, managed image or gallery image version) and customize steps of an image template. The azurerm provider has no image template resource: deploy the ARM template with azurerm_resource_group_template_deployment or azapi_resource, or use Packer."
}

mapping "aws_imagebuilder_component" {
  cloudformation = ["AWS::ImageBuilder::Component"]
  service        = "Azure VM Image Builder customizers"
  status         = "implicit"
  arm            = ["Microsoft.VirtualMachineImages/imageTemplates"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note           = "Components are not separate resources on Azure: their build steps become customize entries (Shell, PowerShell, File, WindowsRestart, WindowsUpdate) and their test steps validate entries inside each image template. Keep shared scripts in a storage account and reference them by URI."
}

mapping "aws_imagebuilder_infrastructure_configuration" {
  cloudformation = ["AWS::ImageBuilder::InfrastructureConfiguration"]
  service        = "Azure VM Image Builder"
  status         = "implicit"
  arm            = ["Microsoft.VirtualMachineImages/imageTemplates"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note           = "Build infrastructure is the template's vmProfile (build VM size, OS disk size, subnet) and its user-assigned managed identity (azurerm_user_assigned_identity), which needs rights on the staging resource group, the network and the distribution targets. Build logs go to the staging storage account instead of an S3 bucket."

  caveat "notifications" {
    when     = can(self.sns_topic_arn) || can(self.SnsTopicArn)
    severity = "info"
    message  = "Build notifications to an SNS topic become Event Grid or Azure Monitor alerts on the image template's run state."
    link     = "https://learn.microsoft.com/azure/virtual-machines/image-builder-overview"
  }
}

mapping "aws_imagebuilder_distribution_configuration" {
  cloudformation = ["AWS::ImageBuilder::DistributionConfiguration"]
  service        = "Azure Compute Gallery"
  status         = "partial"
  azurerm        = ["azurerm_shared_image_gallery", "azurerm_shared_image"]
  arm            = ["Microsoft.Compute/galleries", "Microsoft.Compute/galleries/images"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note           = "Distribution becomes the image template's distribute targets: a Compute Gallery image definition with replication regions (preferred), a managed image or a VHD. Sharing AMIs with accounts becomes gallery RBAC, direct shared galleries or community galleries; launch template updates have no counterpart, so reference the gallery image's latest version in the scale set instead."
}

mapping "aws_imagebuilder_image" {
  cloudformation = ["AWS::ImageBuilder::Image"]
  service        = "Azure Compute Gallery image versions"
  status         = "partial"
  azurerm        = ["azurerm_shared_image_version"]
  arm            = ["Microsoft.Compute/galleries/images/versions"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/image-builder-overview"
  note           = "A one-off build is a run of an image template, which produces a gallery image version; Terraform cannot start the run (use the Run action from az image builder run, a pipeline or a deployment script)."
}

mapping "aws_imagebuilder_image_pipeline" {
  cloudformation = ["AWS::ImageBuilder::ImagePipeline"]
  service        = "Azure VM Image Builder"
  status         = "partial"
  arm            = ["Microsoft.VirtualMachineImages/imageTemplates"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/image-builder-overview"
  note           = "An image template combines recipe, infrastructure and distribution, so a pipeline is one template."

  caveat "schedule" {
    when     = try(length(self.schedule), 0) > 0 || can(self.Schedule)
    severity = "warning"
    message  = "Image templates have no cron schedule: start runs from Azure Pipelines, GitHub Actions or an Azure Automation schedule (image template triggers only react to new source image versions)."
    link     = "https://learn.microsoft.com/azure/virtual-machines/image-builder-overview"
  }
}

mapping "aws_imagebuilder_container_recipe" {
  cloudformation = ["AWS::ImageBuilder::ContainerRecipe"]
  service        = "Azure Container Registry Tasks"
  status         = "partial"
  azurerm        = ["azurerm_container_registry_task"]
  arm            = ["Microsoft.ContainerRegistry/registries/tasks"]
  link           = "https://learn.microsoft.com/azure/container-registry/container-registry-tasks-overview"
  note           = "Azure VM Image Builder builds VM images only. Build container images with an ACR task from the Dockerfile (which can also rebuild when the base image updates); component steps become Dockerfile instructions."
}

mapping "aws_imagebuilder_lifecycle_policy" {
  cloudformation = ["AWS::ImageBuilder::LifecyclePolicy"]
  service        = "Azure Compute Gallery"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note           = "The gallery does not deprecate or delete image versions by rule: set end_of_life_date (and exclude_from_latest) on image versions and remove old versions with a scheduled script."
}

mapping "aws_imagebuilder_workflow" {
  cloudformation = ["AWS::ImageBuilder::Workflow"]
  service        = "Azure VM Image Builder"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note           = "The build and test sequence of an image template is fixed (customize, validate, distribute) and cannot be replaced by custom workflow steps; put extra stages such as approval or post-build testing in the pipeline that starts the run."
}

data "aws_imagebuilder_image" {
  service = "Azure Compute Gallery image versions"
  status  = "direct"
  azurerm = ["azurerm_shared_image_version"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note    = "Look up the image version the template produced (name = \"latest\" gives the newest)."
}

data "aws_imagebuilder_distribution_configuration" {
  service = "Azure Compute Gallery"
  status  = "partial"
  azurerm = ["azurerm_shared_image_gallery", "azurerm_shared_image"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note    = "Look up the gallery and image definition the template distributes to; the distribute settings themselves live in the image template."
}

data "aws_imagebuilder_distribution_configurations" {
  service = "Azure Compute Gallery"
  status  = "partial"
  azurerm = ["azurerm_shared_image_gallery"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/azure-compute-gallery"
  note    = "Look up the gallery that holds the image definitions; distribution settings live in each image template."
}

data "aws_imagebuilder_component" {
  service = "Azure VM Image Builder customizers"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note    = "Customizers are inline in image templates and cannot be looked up; keep shared scripts in a storage account or repository and reference them by URI."
}

data "aws_imagebuilder_components" {
  service = "Azure VM Image Builder customizers"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note    = "Customizers are inline in image templates and cannot be listed."
}

data "aws_imagebuilder_image_recipe" {
  service = "Azure VM Image Builder"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note    = "The azurerm provider has no image template data source; read the template with the azapi provider (azapi_resource data source) if needed."
}

data "aws_imagebuilder_image_recipes" {
  service = "Azure VM Image Builder"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note    = "The azurerm provider has no image template data source; list templates with azurerm_resources filtered on type Microsoft.VirtualMachineImages/imageTemplates."
}

data "aws_imagebuilder_image_pipeline" {
  service = "Azure VM Image Builder"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/image-builder-overview"
  note    = "The azurerm provider has no image template data source; read the template with the azapi provider if needed."
}

data "aws_imagebuilder_image_pipelines" {
  service = "Azure VM Image Builder"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/image-builder-overview"
  note    = "The azurerm provider has no image template data source; list templates with azurerm_resources filtered on type Microsoft.VirtualMachineImages/imageTemplates."
}

data "aws_imagebuilder_infrastructure_configuration" {
  service = "Azure VM Image Builder"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note    = "Build infrastructure settings are part of each image template (vmProfile and identity) and cannot be looked up separately."
}

data "aws_imagebuilder_infrastructure_configurations" {
  service = "Azure VM Image Builder"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/linux/image-builder-json"
  note    = "Build infrastructure settings are part of each image template and cannot be listed separately."
}

data "aws_imagebuilder_container_recipe" {
  service = "Azure Container Registry Tasks"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-tasks-overview"
  note    = "ACR tasks have no azurerm data source; reference the task's registry (azurerm_container_registry) instead."
}

data "aws_imagebuilder_container_recipes" {
  service = "Azure Container Registry Tasks"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-tasks-overview"
  note    = "ACR tasks have no azurerm data source; list them with az acr task list."
}
