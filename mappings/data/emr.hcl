# Amazon EMR (on EC2, on EKS, Serverless) → Azure Databricks (default), Microsoft Fabric Data
# Engineering, or Azure HDInsight for Hadoop-ecosystem components Databricks lacks.

mapping "aws_emr_cluster" {
  cloudformation = ["AWS::EMR::Cluster"]
  service        = "Azure Databricks"
  status         = "partial"
  azurerm        = ["azurerm_databricks_workspace"]
  arm            = ["Microsoft.Databricks/workspaces"]
  link           = "https://learn.microsoft.com/azure/databricks/introduction/"
  note           = "Spark, Hive SQL and notebook workloads move to Azure Databricks (or Fabric Data Engineering): the workspace is the azurerm resource, while clusters, jobs and pools are declared with the databricks Terraform provider. HDFS data moves to Azure Data Lake Storage; EMR steps become Databricks jobs and bootstrap actions become init scripts."

  target "hbase" {
    when    = try(length(regex("(?i)hbase", jsonencode(try(self.applications, self.Applications)))) > 0, false)
    service = "Azure HDInsight (HBase)"
    status  = "partial"
    azurerm = ["azurerm_hdinsight_hbase_cluster"]
    arm     = ["Microsoft.HDInsight/clusters"]
    link    = "https://learn.microsoft.com/azure/hdinsight/hbase/apache-hbase-overview"
    note    = "Databricks has no HBase: an HBase cluster becomes an HDInsight HBase cluster (or a redesign onto Azure Cosmos DB)."
  }

  caveat "other-applications" {
    when     = try(length(regex("(?i)flink|presto|trino|pig|oozie|zeppelin|hue", jsonencode(try(self.applications, self.Applications)))) > 0, false)
    severity = "warning"
    message  = "Some installed applications (Flink, Presto/Trino, Pig, Oozie, Hue, Zeppelin) have no managed Databricks counterpart: rewrite them as Spark or SQL jobs and Databricks workflows, or run the engine yourself (for example on AKS)."
    link     = "https://learn.microsoft.com/azure/databricks/introduction/"
  }

  caveat "kerberos" {
    when     = try(length(self.kerberos_attributes), 0) > 0 || can(self.KerberosAttributes)
    severity = "warning"
    message  = "Kerberos authentication has no Databricks equivalent: users authenticate with Microsoft Entra ID, and table and file access is governed by Unity Catalog."
    link     = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  }
}

mapping "aws_emr_instance_fleet" {
  cloudformation = ["AWS::EMR::InstanceFleetConfig"]
  service        = "Azure Databricks"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/databricks/compute/configure"
  note           = "Instance fleets have no separate resource: worker VM sizes, counts and spot usage are settings of each Databricks cluster or instance pool (databricks provider), with Azure spot VMs and fallback to on-demand set in azure_attributes."
}

mapping "aws_emr_instance_group" {
  cloudformation = ["AWS::EMR::InstanceGroupConfig"]
  service        = "Azure Databricks"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/databricks/compute/configure"
  note           = "Instance groups have no separate resource: the driver and worker node types and the worker count (or autoscaling range) are settings of each Databricks cluster (databricks provider)."
}

mapping "aws_emr_managed_scaling_policy" {
  service = "Azure Databricks"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/databricks/compute/configure"
  note    = "Managed scaling becomes cluster autoscaling: set the minimum and maximum workers on the Databricks cluster (autoscale block in the databricks provider); unit types and on-demand limits have no counterpart."
}

mapping "aws_emr_security_configuration" {
  cloudformation = ["AWS::EMR::SecurityConfiguration"]
  service        = "Azure Databricks"
  status         = "implicit"
  azurerm        = ["azurerm_databricks_workspace"]
  arm            = ["Microsoft.Databricks/workspaces"]
  link           = "https://learn.microsoft.com/azure/databricks/security/keys/"
  note           = "Encryption and authentication settings live on the workspace: customer-managed keys for managed services, workspace storage and managed disks (azurerm_databricks_workspace, Premium tier), Microsoft Entra ID for sign-in, and Unity Catalog for data access instead of EMRFS role mappings or Lake Formation."
}

mapping "aws_emr_studio" {
  cloudformation = ["AWS::EMR::Studio"]
  service        = "Azure Databricks"
  status         = "partial"
  azurerm        = ["azurerm_databricks_workspace"]
  arm            = ["Microsoft.Databricks/workspaces"]
  link           = "https://learn.microsoft.com/azure/databricks/notebooks/"
  note           = "An EMR Studio (notebook IDE with Git integration, attached to clusters) becomes the notebooks and Git folders of a Databricks workspace; users sign in with Microsoft Entra ID instead of IAM Identity Center."
}

mapping "aws_emr_studio_session_mapping" {
  cloudformation = ["AWS::EMR::StudioSessionMapping"]
  service        = "Azure Databricks"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/databricks/admin/users-groups/"
  note           = "Mapping an Identity Center user or group to a session policy becomes adding the Entra user or group to the workspace (SCIM provisioning or automatic identity management) and granting it workspace, cluster and Unity Catalog permissions (databricks provider, not azurerm)."
}

mapping "aws_emrcontainers_virtual_cluster" {
  cloudformation = ["AWS::EMRContainers::VirtualCluster"]
  service        = "Azure Databricks or Spark on AKS"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/databricks/introduction/"
  note           = "Azure has no managed service that runs Spark jobs inside your own Kubernetes cluster: move the jobs to Azure Databricks, or run the open-source Spark operator on AKS yourself and submit SparkApplication resources to a namespace (the counterpart of the virtual cluster)."
}

mapping "aws_emrserverless_application" {
  cloudformation = ["AWS::EMRServerless::Application"]
  service        = "Azure Databricks serverless compute"
  status         = "partial"
  azurerm        = ["azurerm_databricks_workspace"]
  arm            = ["Microsoft.Databricks/workspaces"]
  link           = "https://learn.microsoft.com/azure/databricks/compute/serverless/"
  note           = "A serverless Spark application becomes jobs on Databricks serverless compute (a workspace with Unity Catalog, no clusters to size), or Spark jobs in Microsoft Fabric; initial and maximum capacity have no direct settings."

  caveat "hive" {
    when     = try(lower(self.type), lower(self.Type), "") == "hive"
    severity = "warning"
    message  = "Hive applications have no serverless Hive engine on Azure: port HiveQL to Spark SQL or Databricks SQL, and move the Hive metastore tables to Unity Catalog."
    link     = "https://learn.microsoft.com/azure/databricks/compute/serverless/"
  }
}

mapping "aws_emr_block_public_access_configuration" {
  service = "Azure Databricks"
  status  = "implicit"
  azurerm = ["azurerm_databricks_workspace"]
  arm     = ["Microsoft.Databricks/workspaces"]
  link    = "https://learn.microsoft.com/azure/databricks/security/network/classic/secure-cluster-connectivity"
  note    = "Secure cluster connectivity (no public IP on cluster nodes, custom_parameters.no_public_ip = true on the workspace) keeps compute unreachable from the internet, so no per-port exception list is needed; inbound access is controlled with NSGs of the injected virtual network."
}

mapping "aws_emrcontainers_job_template" {
  service = "Azure Databricks"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/databricks/jobs/"
  note    = "A job template becomes a Databricks job definition (task, cluster spec, parameters), declared with the databricks Terraform provider (databricks_job); azurerm manages only the workspace."
}

mapping "AWS::EMR::Step" {
  service = "Azure Databricks"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/databricks/jobs/"
  note    = "A step becomes a task of a Databricks job (Spark JAR, Python, notebook or SQL task) run on a job cluster; steps' action on failure maps to task dependencies and retries. Jobs are declared with the databricks Terraform provider, not azurerm."
}

data "aws_emr_release_labels" {
  service = "Azure Databricks"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/databricks/release-notes/runtime/"
  note    = "EMR release labels become Databricks Runtime versions; azurerm cannot list them (the databricks provider's databricks_spark_version data source does)."
}

data "aws_emr_supported_instance_types" {
  service = "Azure Databricks"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/databricks/compute/configure"
  note    = "azurerm cannot list the VM sizes Databricks supports; the databricks provider's databricks_node_type data source picks one."
}

data "aws_emrcontainers_virtual_cluster" {
  service = "Azure Databricks"
  status  = "partial"
  azurerm = ["azurerm_databricks_workspace"]
  link    = "https://learn.microsoft.com/azure/databricks/introduction/"
  note    = "Looks up the Databricks workspace (URL, workspace ID, SKU) that replaced the virtual cluster."
}

mapping "AWS::EMR::WALWorkspace" {
  service = "Azure HDInsight Apache HBase"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/hdinsight/hbase/apache-hbase-overview"
  note    = "A WAL workspace holds the durable HBase write-ahead logs of EMR clusters that keep HBase data on S3. HDInsight HBase has no separate WAL service: the write-ahead log lives with the cluster, and its Accelerated Writes option puts it on Premium SSD managed disks; choose it when the cluster is created."
}

mapping "AWS::EMRContainers::Endpoint" {
  service = "Azure Databricks or Spark on AKS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/databricks/introduction/"
  note    = "A managed endpoint (a Jupyter Enterprise Gateway in the virtual cluster for EMR Studio notebooks) has no counterpart, like the virtual cluster itself: run notebooks in Azure Databricks, or run Jupyter Enterprise Gateway on AKS next to the Spark operator yourself."
}

mapping "AWS::EMRContainers::SecurityConfiguration" {
  service = "Azure Databricks or Spark on AKS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/databricks/introduction/"
  note    = "The encryption, TLS and authorization settings of EMR on EKS jobs have no single Azure object: on Azure Databricks they become workspace settings (customer-managed keys) and Unity Catalog permissions; with Spark on AKS they become Spark configuration, storage encryption and workload identity for the job's service account."
}
