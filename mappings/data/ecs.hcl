# Amazon ECS (and Fargate) → Azure Container Apps.

mapping "aws_ecs_cluster" {
  cloudformation = ["AWS::ECS::Cluster"]
  service        = "Azure Container Apps"
  status         = "partial"
  azurerm        = ["azurerm_container_app_environment"]
  arm            = ["Microsoft.App/managedEnvironments"]
  link           = "https://learn.microsoft.com/azure/container-apps/environment"
  note           = "A cluster becomes a Container Apps environment (the shared network and logging boundary for its apps). EC2 capacity providers become dedicated workload profiles; Fargate maps to the serverless Consumption profile."
}

mapping "aws_ecs_cluster_capacity_providers" {
  cloudformation = ["AWS::ECS::ClusterCapacityProviderAssociations"]
  service        = "Azure Container Apps"
  status         = "implicit"
  azurerm        = ["azurerm_container_app_environment"]
  arm            = ["Microsoft.App/managedEnvironments"]
  link           = "https://learn.microsoft.com/azure/container-apps/workload-profiles-overview"
  note           = "Capacity choices become the environment's workload_profile blocks (Consumption or dedicated sizes); Spot capacity has no equivalent."
}

mapping "aws_ecs_capacity_provider" {
  cloudformation = ["AWS::ECS::CapacityProvider"]
  service        = "Azure Container Apps"
  status         = "implicit"
  azurerm        = ["azurerm_container_app_environment"]
  arm            = ["Microsoft.App/managedEnvironments"]
  link           = "https://learn.microsoft.com/azure/container-apps/workload-profiles-overview"
  note           = "An Auto Scaling group capacity provider becomes a dedicated workload profile with minimum and maximum node counts; the platform manages the nodes."
}

mapping "aws_ecs_service" {
  cloudformation = ["AWS::ECS::Service"]
  service        = "Azure Container Apps"
  status         = "partial"
  azurerm        = ["azurerm_container_app"]
  arm            = ["Microsoft.App/containerApps"]
  requires       = ["azurerm_container_app_environment"]
  link           = "https://learn.microsoft.com/azure/container-apps/overview"
  note           = "A service becomes a container app: desired_count becomes min/max replicas and scale rules, the load balancer target group becomes built-in ingress (HTTP or TCP), Cloud Map service discovery becomes the environment's built-in DNS, and deployments become revisions."

  target "daemon" {
    when    = try(upper(self.scheduling_strategy), upper(self.SchedulingStrategy), "REPLICA") == "DAEMON"
    service = "Azure Kubernetes Service (AKS) DaemonSet"
    status  = "partial"
    azurerm = ["azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/aks/concepts-clusters-workloads"
    note    = "A daemon service runs one task per host, which Container Apps can't do: run it as a Kubernetes DaemonSet on AKS, or, if it is a log or monitoring agent, drop it in favour of the platform's built-in collection (Container Insights) or a sidecar in each app."
  }

  caveat "ec2-launch-type" {
    when     = try(upper(self.launch_type), upper(self.LaunchType), "FARGATE") == "EC2"
    severity = "info"
    message  = "Tasks that rely on host access (daemon scheduling, privileged mode, host networking, host volumes, GPUs on specific instances) don't fit Container Apps: run them on AKS instead."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/compute"
  }

  caveat "daemon-scheduling" {
    when     = try(upper(self.scheduling_strategy), upper(self.SchedulingStrategy), "REPLICA") == "DAEMON"
    severity = "warning"
    message  = "Container Apps has no daemon (one-per-host) scheduling: use a Kubernetes DaemonSet on AKS, or the platform's built-in agents for logging and monitoring."
    link     = "https://learn.microsoft.com/azure/aks/what-is-aks"
  }

  caveat "spot-capacity" {
    when     = try(anytrue([for c in try(self.capacity_provider_strategy, self.CapacityProviderStrategy, []) : upper(try(c.capacity_provider, c.CapacityProvider, "")) == "FARGATE_SPOT"]), false)
    severity = "info"
    message  = "Container Apps has no Spot capacity, so the Fargate Spot discount doesn't carry over: budget for regular Consumption or dedicated pricing, or run interruption-tolerant work on AKS Spot node pools."
    link     = "https://learn.microsoft.com/azure/aks/spot-node-pool"
  }

  caveat "circuit-breaker" {
    when     = try(tostring(try(self.deployment_circuit_breaker[0].enable, self.DeploymentConfiguration.DeploymentCircuitBreaker.Enable)) == "true", false)
    severity = "info"
    message  = "There is no deployment circuit breaker: in single revision mode the running revision keeps serving until the new one is ready, but a revision that becomes active and then fails is not rolled back automatically. Use multiple revision mode with traffic weights for controlled rollouts, and roll back by moving traffic to the previous revision."
    link     = "https://learn.microsoft.com/azure/container-apps/revisions"
  }

  caveat "blue-green" {
    when     = contains(["CODE_DEPLOY", "EXTERNAL"], try(upper(self.deployment_controller[0].type), upper(self.DeploymentController.Type), ""))
    severity = "info"
    message  = "Blue/green deployments driven by CodeDeploy or an external controller become multiple revision mode: deploy the new revision with no traffic, test it through its revision label URL, then shift the traffic weights from the pipeline."
    link     = "https://learn.microsoft.com/azure/container-apps/blue-green-deployment"
  }

  caveat "service-discovery" {
    when     = can(self.service_registries[0]) || can(self.ServiceRegistries) || can(self.service_connect_configuration[0]) || can(self.ServiceConnectConfiguration)
    severity = "info"
    message  = "Cloud Map and Service Connect discovery become the environment's built-in DNS: apps in the same environment call each other by app name (http://<app-name> with internal ingress). Custom namespaces, SRV records and Cloud Map health checks have no counterpart, so update the service URLs clients use."
    link     = "https://learn.microsoft.com/azure/container-apps/connect-apps"
  }
}

mapping "aws_ecs_task_definition" {
  cloudformation = ["AWS::ECS::TaskDefinition"]
  service        = "Azure Container Apps"
  status         = "implicit"
  azurerm        = ["azurerm_container_app"]
  arm            = ["Microsoft.App/containerApps"]
  link           = "https://learn.microsoft.com/azure/container-apps/containers"
  note           = "A task definition becomes the template block of the container app: containers, CPU and memory, environment variables, secrets (Key Vault references), volumes (Azure Files or ephemeral) and probes. The task role becomes the app's managed identity; one-off and scheduled tasks become Container Apps jobs (azurerm_container_app_job)."

  caveat "host-features" {
    when     = try(lower(self.network_mode), lower(self.NetworkMode), "awsvpc") == "host" || can(regex("\"privileged\"\\s*:\\s*true", try(self.container_definitions, ""))) || try(anytrue([for c in try(self.ContainerDefinitions, []) : tostring(try(c.Privileged, false)) == "true"]), false)
    severity = "warning"
    message  = "Container Apps doesn't allow privileged containers or host networking: run this workload on AKS."
    link     = "https://learn.microsoft.com/azure/container-apps/containers"
  }

  caveat "large-task" {
    when     = try(tonumber(try(self.cpu, self.Cpu)) > 4096, false)
    severity = "info"
    message  = "More than 4 vCPU per task exceeds the Consumption profile (4 vCPU, 8 GiB per replica): use a dedicated workload profile."
    link     = "https://learn.microsoft.com/azure/container-apps/workload-profiles-overview"
  }

  caveat "efs-volume" {
    when     = try(anytrue([for v in try(self.volume, []) : try(length(v.efs_volume_configuration), 0) > 0]), false) || try(anytrue([for v in try(self.Volumes, []) : can(v.EFSVolumeConfiguration)]), false)
    severity = "info"
    message  = "EFS volumes become Azure Files shares mounted through the environment's storage (azurerm_container_app_environment_storage, SMB or NFS)."
    link     = "https://learn.microsoft.com/azure/container-apps/storage-mounts"
  }

  caveat "host-volume" {
    when     = try(anytrue([for v in try(self.volume, []) : can(v.host_path) || try(length(v.docker_volume_configuration), 0) > 0]), false) || try(anytrue([for v in try(self.Volumes, []) : can(v.Host.SourcePath) || can(v.DockerVolumeConfiguration)]), false)
    severity = "warning"
    message  = "Container Apps can't mount host paths or Docker volume drivers: use an ephemeral (EmptyDir) volume for scratch data shared between containers, an Azure Files share for persistent data, or run the task on AKS if it needs the host's file system."
    link     = "https://learn.microsoft.com/azure/container-apps/storage-mounts"
  }

  caveat "arm64" {
    when     = try(upper(self.runtime_platform[0].cpu_architecture), upper(self.RuntimePlatform.CpuArchitecture), "") == "ARM64"
    severity = "warning"
    message  = "Container Apps runs only linux/amd64 images: rebuild the image for amd64 (or publish a multi-architecture image), or run the workload on an AKS node pool with Arm64 VMs."
    link     = "https://learn.microsoft.com/azure/container-apps/containers"
  }

  caveat "windows" {
    when     = startswith(try(upper(self.runtime_platform[0].operating_system_family), upper(self.RuntimePlatform.OperatingSystemFamily), ""), "WINDOWS")
    severity = "warning"
    message  = "Container Apps runs only Linux containers: run Windows containers on an AKS Windows node pool (or Azure Container Instances for simple tasks)."
    link     = "https://learn.microsoft.com/azure/aks/windows-faq"
  }

  caveat "memory-per-vcpu" {
    when     = try(tonumber(try(self.memory, self.Memory)) > 2 * tonumber(try(self.cpu, self.Cpu)), false)
    severity = "info"
    message  = "The task has more than 2 GiB of memory per vCPU, but Consumption profile replicas come in fixed sizes of 2 GiB per vCPU (0.25 vCPU/0.5 GiB up to 4 vCPU/8 GiB): raise the CPU to get the memory, or use a memory-optimized dedicated workload profile."
    link     = "https://learn.microsoft.com/azure/container-apps/workload-profiles-overview"
  }

  caveat "gpu" {
    when     = can(regex("\"GPU\"", try(self.container_definitions, ""))) || try(anytrue([for c in try(self.ContainerDefinitions, []) : anytrue([for r in try(c.ResourceRequirements, []) : upper(try(r.Type, "")) == "GPU"])]), false)
    severity = "info"
    message  = "GPU tasks need a GPU workload profile in the Container Apps environment (serverless or dedicated GPU profiles, in the regions that offer them) or an AKS GPU node pool; check the GPU model and region availability."
    link     = "https://learn.microsoft.com/azure/container-apps/gpu-serverless-overview"
  }
}

mapping "aws_ecs_task_set" {
  cloudformation = ["AWS::ECS::TaskSet"]
  service        = "Azure Container Apps"
  status         = "implicit"
  azurerm        = ["azurerm_container_app"]
  arm            = ["Microsoft.App/containerApps"]
  link           = "https://learn.microsoft.com/azure/container-apps/revisions"
  note           = "External deployment task sets become revisions in multiple-revision mode with traffic weights."
}

mapping "aws_ecs_express_gateway_service" {
  cloudformation = ["AWS::ECS::ExpressGatewayService"]
  service        = "Azure Container Apps"
  status         = "direct"
  azurerm        = ["azurerm_container_app"]
  arm            = ["Microsoft.App/containerApps"]
  requires       = ["azurerm_container_app_environment"]
  link           = "https://learn.microsoft.com/azure/container-apps/overview"
  note           = "An Express Mode service (image, CPU/memory, health check path and scaling target, with the load balancer, certificate and auto scaling created for you) is what a container app with external HTTPS ingress provides natively: primary_container becomes the template's container, health_check_path a health probe, scaling_target an HTTP or CPU scale rule, and the generated URL the app's ingress FQDN. The execution and infrastructure roles are not needed; use a managed identity for registry pulls and for the task role."
}

data "aws_ecs_cluster" {
  service = "Azure Container Apps"
  status  = "partial"
  azurerm = ["azurerm_container_app_environment"]
  link    = "https://learn.microsoft.com/azure/container-apps/environment"
  note    = "A cluster becomes a Container Apps environment, looked up by name and resource group (default domain, static IP, Log Analytics workspace)."
}

data "aws_ecs_clusters" {
  service = "Azure Container Apps"
  status  = "partial"
  azurerm = ["azurerm_container_app_environment"]
  link    = "https://learn.microsoft.com/azure/container-apps/environment"
  note    = "There is no list of environments in azurerm: list them with azurerm_resources (type Microsoft.App/managedEnvironments) and look each one up by name."
}

data "aws_ecs_service" {
  service = "Azure Container Apps"
  status  = "partial"
  azurerm = ["azurerm_container_app"]
  link    = "https://learn.microsoft.com/azure/container-apps/overview"
  note    = "A service becomes a container app, looked up by name and resource group (template, ingress FQDN, revision mode, replicas)."
}

data "aws_ecs_task_definition" {
  service = "Azure Container Apps"
  status  = "partial"
  azurerm = ["azurerm_container_app"]
  link    = "https://learn.microsoft.com/azure/container-apps/containers"
  note    = "There is no task definition to look up: read the template block of the container app (containers, CPU, memory, environment, volumes)."
}

data "aws_ecs_container_definition" {
  service = "Azure Container Apps"
  status  = "partial"
  azurerm = ["azurerm_container_app"]
  link    = "https://learn.microsoft.com/azure/container-apps/containers"
  note    = "Read the container entry of the container app's template block (image, CPU, memory, environment, probes)."
}

data "aws_ecs_task_execution" {
  service = "Azure Container Apps jobs"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-apps/jobs"
  note    = "No data source starts a run: declare a manually triggered container app job (azurerm_container_app_job) and start it with az containerapp job start from the pipeline."
}

mapping "aws_ecs_account_setting_default" {
  service = "Azure Container Apps"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/container-apps/log-options"
  note    = "ECS account settings have no account-level counterpart. Container Insights becomes the environment's logging destination (Log Analytics or Azure Monitor) and OpenTelemetry settings; ARN format, ENI trunking and tagging-authorization settings have no equivalent and need nothing."
}

mapping "aws_ecs_tag" {
  service = "Azure tags"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "A tag on an ECS resource becomes an entry in the tags argument of the Container Apps environment, app or job that replaced it."
}

mapping "aws_ecs_daemon" {
  cloudformation = ["AWS::ECS::Daemon"]
  service        = "Azure Container Apps"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/container-apps/containers"
  note           = "Container Apps runs no per-host daemons: put the agent (log shipper, monitoring or security agent) into each app as a sidecar container, or move the workload to AKS and run it as a DaemonSet."
}

mapping "aws_ecs_daemon_task_definition" {
  cloudformation = ["AWS::ECS::DaemonTaskDefinition"]
  service        = "Azure Container Apps"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/container-apps/containers"
  note           = "The daemon's container definition becomes a sidecar container in the template of each container app (or the pod spec of an AKS DaemonSet); there is no separate definition resource."
}

mapping "AWS::ECS::PrimaryTaskSet" {
  service = "Azure Container Apps revisions"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/container-apps/traffic-splitting"
  note    = "Marking the primary task set becomes sending 100% of traffic to the chosen revision in the app's ingress traffic_weight (multiple-revision mode); no separate resource is needed."
}
