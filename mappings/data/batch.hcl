# AWS Batch → Azure Batch (account, pools, jobs and tasks). Fargate compute environments
# fit Azure Container Apps jobs better than Batch pools.

mapping "aws_batch_compute_environment" {
  cloudformation = ["AWS::Batch::ComputeEnvironment"]
  service        = "Azure Batch"
  status         = "partial"
  azurerm        = ["azurerm_batch_pool"]
  arm            = ["Microsoft.Batch/batchAccounts/pools"]
  requires       = ["azurerm_batch_account"]
  link           = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note           = "A managed compute environment becomes a Batch pool: instance types become one vm_size per pool, min/max vCPUs an autoscale formula (auto_scale block), the launch template a start task or custom image, and the subnets the pool's network_configuration. Container jobs need a container-capable image and container_configuration on the pool."

  target "fargate" {
    when    = try(anytrue([for c in try(self.compute_resources, []) : startswith(upper(c.type), "FARGATE")]), false) || startswith(try(upper(self.ComputeResources.Type), ""), "FARGATE")
    service = "Azure Container Apps jobs"
    status  = "partial"
    azurerm = ["azurerm_container_app_job"]
    arm     = ["Microsoft.App/jobs"]
    link    = "https://learn.microsoft.com/azure/container-apps/jobs"
    note    = "Serverless container jobs fit Container Apps jobs (manual, scheduled or event-driven executions in a Container Apps environment) better than a Batch pool, which always runs VMs you size."
  }

  target "eks" {
    when    = can(self.eks_configuration[0]) || can(self.EksConfiguration)
    service = "Azure Kubernetes Service"
    status  = "partial"
    azurerm = ["azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/aks/what-is-aks"
    note    = "Batch on EKS becomes Kubernetes Jobs on AKS, with a batch queueing controller (for example Kueue) in place of the AWS Batch scheduler."
  }

  target "unmanaged" {
    when    = try(upper(self.type), upper(self.Type), "MANAGED") == "UNMANAGED"
    service = "Azure Batch"
    status  = "partial"
    azurerm = ["azurerm_batch_pool"]
    arm     = ["Microsoft.Batch/batchAccounts/pools"]
    link    = "https://learn.microsoft.com/azure/batch/batch-pool-vm-sizes"
    note    = "Batch has no unmanaged pools that you fill with your own instances: use a fixed-size pool (fixed_scale) with a custom image, or user subscription pool allocation mode when the VMs must live in your subscription."
  }

  caveat "spot" {
    when     = try(anytrue([for c in try(self.compute_resources, []) : upper(c.type) == "SPOT"]), false) || try(upper(self.ComputeResources.Type), "") == "SPOT"
    severity = "info"
    message  = "Spot capacity becomes Spot nodes in the pool (target_low_priority_nodes or the autoscale formula's low-priority targets). Preempted tasks are requeued automatically; there is no bid percentage, and Spot has its own vCPU quota."
    link     = "https://learn.microsoft.com/azure/batch/batch-spot-vms"
  }

  caveat "instance-type-mix" {
    when     = try(anytrue([for c in try(self.compute_resources, []) : length(c.instance_type) > 1]), false) || try(length(self.ComputeResources.InstanceTypes), 0) > 1
    severity = "info"
    message  = "A Batch pool has one VM size; several instance types become several pools, and the job (queue) chooses a pool, so the scheduler no longer picks the best-fitting size per job."
    link     = "https://learn.microsoft.com/azure/batch/batch-pool-vm-sizes"
  }
}

mapping "aws_batch_job_queue" {
  cloudformation = ["AWS::Batch::JobQueue"]
  service        = "Azure Batch"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  note           = "A queue becomes a Batch job bound to one pool (azurerm_batch_job, a Batch data-plane object with no ARM resource type): submitted work is added to it as tasks, and the job's priority (-1000 to 1000) orders jobs that share a pool. A queue that spans several compute environments becomes several jobs, one per pool, chosen by the submitter."

  caveat "job-state-triggers" {
    when     = can(self.job_state_time_limit_action[0]) || can(self.JobStateTimeLimitActions)
    severity = "info"
    message  = "Actions on jobs stuck in RUNNABLE have no counterpart; set task and job constraints (max wall-clock time, retry count) and monitor queued tasks with Azure Monitor alerts."
    link     = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  }
}

mapping "aws_batch_job_definition" {
  cloudformation = ["AWS::Batch::JobDefinition"]
  service        = "Azure Batch"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/batch/batch-docker-container-workloads"
  note           = "Batch has no registered, versioned task template: the container image, command, environment, resource files and retry count are given with each task when it is submitted (SDK, CLI or a job schedule). Keep the definition in the submitting code or pipeline; application packages (azurerm_batch_application) can carry binaries."

  caveat "multinode" {
    when     = try(lower(self.type), lower(self.Type), "") == "multinode" || can(self.node_properties) || can(self.NodeProperties)
    severity = "warning"
    message  = "Multi-node parallel jobs become multi-instance tasks (MPI) on a pool with inter-node communication enabled; the main-node/child-node ranges of the job definition must be rewritten as a coordination command and an application command."
    link     = "https://learn.microsoft.com/azure/batch/batch-mpi"
  }

  caveat "fargate-platform" {
    when     = try(contains([for p in try(self.platform_capabilities, self.PlatformCapabilities) : upper(p)], "FARGATE"), false)
    severity = "info"
    message  = "A Fargate job definition maps to a Container Apps job (image, cpu, memory, environment, parallelism and retry limit are properties of azurerm_container_app_job) rather than to a Batch task."
    link     = "https://learn.microsoft.com/azure/container-apps/jobs"
  }
}

mapping "aws_batch_scheduling_policy" {
  cloudformation = ["AWS::Batch::SchedulingPolicy"]
  service        = "Azure Batch"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  note           = "There is no fair-share scheduling across share identifiers: Batch orders work by job priority within a pool. Separate pools per tenant or team, or job priorities that you adjust, approximate share weights."
}

data "aws_batch_compute_environment" {
  service = "Azure Batch"
  status  = "partial"
  azurerm = ["azurerm_batch_pool"]
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "Looks up the Batch pool that replaces the compute environment by name and account (VM size, scaling, network configuration)."
}

data "aws_batch_job_queue" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  note    = "azurerm has no data source for Batch jobs (they are data-plane objects): reference the azurerm_batch_job resource or the job ID directly."
}

data "aws_batch_job_definition" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/batch-docker-container-workloads"
  note    = "Batch keeps no registered task templates to read: the task settings live in the submitting code or pipeline."
}

data "aws_batch_scheduling_policy" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  note    = "There is no fair-share policy object in Azure Batch to look up; job priorities are set on each job."
}

mapping "AWS::Batch::ConsumableResource" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  note    = "Batch cannot hold tasks until a shared countable resource (such as license tokens) is free. Limit concurrency with the pool's task slots per node and node count, or have tasks acquire a lease from a shared counter (for example a blob lease or Azure Cache for Redis) before they start."
}

mapping "AWS::Batch::ServiceEnvironment" {
  service = "Azure Machine Learning compute clusters"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster"
  note    = "A service environment caps the capacity that queued SageMaker Training jobs may use. Training jobs move to Azure Machine Learning, where the cap is the maximum node count of the compute cluster the jobs target (azurerm_machine_learning_compute_cluster) and jobs wait in the cluster's queue until nodes are free; there is no separate Batch object in between."
}

mapping "AWS::Batch::QuotaShare" {
  service = "Azure Machine Learning compute clusters"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/how-to-create-attach-compute-cluster"
  note    = "Quota shares (virtual queues with reserved capacity that can lend idle capacity to, or borrow it from, other shares, with preemption) have no counterpart in Azure Batch or Azure Machine Learning. Give each team its own compute cluster with a maximum node count; for borrowing and preemption between teams, run Kueue on AKS (cluster queues in a cohort with borrowing and lending limits)."
}
