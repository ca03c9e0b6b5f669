# AWS HealthOmics → genomics data in Azure Blob Storage and workflow engines (Nextflow, Cromwell) on Azure Batch.

mapping "AWS::Omics::SequenceStore" {
  service  = "Azure Blob Storage"
  status   = "partial"
  azurerm  = ["azurerm_storage_container"]
  arm      = ["Microsoft.Storage/storageAccounts/blobServices/containers"]
  requires = ["azurerm_storage_account"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/access-tiers-overview"
  note     = "Read sets become FASTQ, BAM or CRAM files in a blob container, with cool or archive tiers (set by lifecycle management) in place of the store's automatic archiving; there is no read-set import job, metadata catalog or domain-specific compression."
}

mapping "AWS::Omics::ReferenceStore" {
  service  = "Azure Blob Storage"
  status   = "partial"
  azurerm  = ["azurerm_storage_container"]
  arm      = ["Microsoft.Storage/storageAccounts/blobServices/containers"]
  requires = ["azurerm_storage_account"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note     = "Reference genomes become FASTA files (with their indexes) in a blob container that workflows read."
}

mapping "AWS::Omics::Workflow" {
  service = "Azure Batch"
  status  = "partial"
  azurerm = ["azurerm_batch_account", "azurerm_batch_pool"]
  arm     = ["Microsoft.Batch/batchAccounts", "Microsoft.Batch/batchAccounts/pools"]
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "A private WDL, Nextflow or CWL workflow runs with its own engine using Azure Batch as the executor (Nextflow's Azure Batch executor, or Cromwell on Azure) with inputs and outputs in Blob Storage. Azure manages no workflow engine or run history for you."
}

mapping "AWS::Omics::WorkflowVersion" {
  service = "Azure Batch"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "Workflow versions are versions of the workflow files in source control or a container registry; there is no resource to create."
}

mapping "AWS::Omics::RunGroup" {
  service = "Azure Batch"
  status  = "partial"
  azurerm = ["azurerm_batch_pool"]
  arm     = ["Microsoft.Batch/batchAccounts/pools"]
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "Limits on CPUs, GPUs, concurrent runs and duration become the Batch pool's VM size and autoscale maximum, the account's core quotas and the job's maximum wall-clock time."
}

mapping "AWS::Omics::VariantStore" {
  service = "Azure Databricks (Delta tables)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/databricks/delta/"
  note    = "There is no managed store that ingests VCF files into queryable variant tables. Keep the VCF files in Blob Storage and load them into Delta tables with Spark on Azure Databricks (or Fabric), then query them with SQL; genomics libraries such as Glow parse VCF in Spark."
}

mapping "AWS::Omics::AnnotationStore" {
  service = "Azure Databricks (Delta tables)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/databricks/delta/"
  note    = "There is no managed annotation store: load annotation files (VCF, GFF, TSV) from Blob Storage into Delta tables with Spark on Azure Databricks (or Fabric) and join them with variant tables in SQL."
}

mapping "AWS::Omics::Configuration" {
  service = "Azure Batch"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/batch/batch-virtual-network"
  note    = "A run configuration gives workflow runs VPC networking. With Nextflow or Cromwell on Azure Batch, network placement is set on the Batch pool (network_configuration with a subnet_id on azurerm_batch_pool), with network security groups on that subnet."
}
