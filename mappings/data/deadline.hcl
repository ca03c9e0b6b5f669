# AWS Deadline Cloud (managed render farm) → Azure Batch pools and jobs. Azure has no managed
# render-farm service: render software, licensing and the submitter integrations are set up by you.

mapping "AWS::Deadline::Farm" {
  service = "Azure Batch"
  status  = "partial"
  azurerm = ["azurerm_batch_account"]
  arm     = ["Microsoft.Batch/batchAccounts"]
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "A farm becomes a Batch account that holds the pools and jobs. Deadline Cloud's render-aware scheduling, job bundles and DCC submitter plug-ins have no counterpart: jobs are submitted with the Batch API or CLI, or the farm is run with your own scheduler (for example Deadline 10 or OpenCue) on Azure VMs."
}

mapping "AWS::Deadline::Fleet" {
  service = "Azure Batch pools"
  status  = "partial"
  azurerm = ["azurerm_batch_pool"]
  arm     = ["Microsoft.Batch/batchAccounts/pools"]
  link    = "https://learn.microsoft.com/azure/batch/nodes-and-pools"
  note    = "A fleet of workers becomes a Batch pool: VM size and image from the instance requirements, min/max worker counts as an autoscale formula, Spot workers as low-priority (Spot) nodes. Service-managed fleets come with render software; Batch pools need your own image or start task that installs it."
}

mapping "AWS::Deadline::Queue" {
  service = "Azure Batch jobs"
  status  = "partial"
  azurerm = ["azurerm_batch_job"]
  arm     = ["Microsoft.Batch/batchAccounts"]
  link    = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  note    = "A queue becomes a Batch job (or one job per render submission) whose tasks are the frames; jobs are data-plane objects of the Batch account, not ARM resources; job attachments move to an Azure Storage container that tasks download from and upload to. Queue priorities become job priorities."
}

mapping "AWS::Deadline::QueueFleetAssociation" {
  service = "Azure Batch jobs"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/batch/jobs-and-tasks"
  note    = "Which workers serve a queue is the job's pool: set batch_pool_id on azurerm_batch_job."
}

mapping "AWS::Deadline::QueueEnvironment" {
  service = "Azure Batch job preparation tasks"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/batch/batch-job-prep-release"
  note    = "Environment set-up and tear-down steps shared by a queue's jobs become the job preparation and release tasks (or the pool's start task for software install); Open Job Description templates must be rewritten as Batch task command lines."
}

mapping "AWS::Deadline::StorageProfile" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/virtual-file-mount"
  note    = "There is no path-mapping object between Windows and Linux workers: mount shared storage (Azure Files, Azure NetApp Files, or Blob with NFS or BlobFuse) at the same path on every pool node with mount configuration, and translate paths in the task command lines."
}

mapping "AWS::Deadline::Limit" {
  cloudformation = ["AWS::Deadline::QueueLimitAssociation"]
  service        = "Azure Batch"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note           = "Batch has no farm-wide counters for shared resources such as floating licences: cap concurrency with pool size and task slots per node, or let the licence server enforce the count."
}

mapping "AWS::Deadline::LicenseEndpoint" {
  cloudformation = ["AWS::Deadline::MeteredProduct"]
  service        = "Azure Batch"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note           = "Azure offers no usage-based licensing for render software: bring your own licences, serve them from a licence server VM in the pool's virtual network, and buy usage-based licences from the software vendor where offered."
}

mapping "AWS::Deadline::Monitor" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/monitoring-overview"
  note    = "There is no artist-facing farm monitor web app: track jobs in the Azure portal or Batch Explorer, Batch metrics and logs in Azure Monitor, or the UI of a self-hosted render manager."
}
