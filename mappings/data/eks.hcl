# Amazon EKS → Azure Kubernetes Service.

mapping "aws_eks_cluster" {
  cloudformation = ["AWS::EKS::Cluster"]
  service        = "Azure Kubernetes Service (AKS)"
  status         = "direct"
  azurerm        = ["azurerm_kubernetes_cluster"]
  arm            = ["Microsoft.ContainerService/managedClusters"]
  link           = "https://learn.microsoft.com/azure/aks/what-is-aks"
  note           = "An AKS cluster; its default_node_pool is the system node pool, and other node groups become azurerm_kubernetes_cluster_node_pool. The cluster IAM role becomes the cluster's managed identity, IRSA or Pod Identity becomes Microsoft Entra Workload ID (oidc_issuer_enabled + workload_identity_enabled), and control-plane logs become a diagnostic setting."

  caveat "access-model" {
    severity = "info"
    message  = "Kubernetes API access moves from IAM (aws-auth ConfigMap or access entries) to Microsoft Entra ID integration with Azure RBAC for Kubernetes; disable local accounts, and recreate access entries as role assignments because they don't migrate automatically."
    link     = "https://learn.microsoft.com/azure/aks/manage-azure-rbac"
  }

  caveat "private-endpoint" {
    when     = try(tostring(try(self.vpc_config[0].endpoint_public_access, self.ResourcesVpcConfig.EndpointPublicAccess)) == "false", false)
    severity = "info"
    message  = "A private-only API endpoint becomes a private cluster (private_cluster_enabled), reached over a private endpoint and private DNS zone; plan how CI/CD reaches it."
    link     = "https://learn.microsoft.com/azure/aks/private-clusters"
  }

  caveat "secrets-encryption" {
    when     = can(self.encryption_config[0]) || can(self.EncryptionConfig)
    severity = "info"
    message  = "Envelope encryption of Kubernetes secrets becomes KMS etcd encryption with a Key Vault key (key_management_service block)."
    link     = "https://learn.microsoft.com/azure/aks/use-kms-etcd-encryption"
  }

  caveat "extended-support" {
    when     = try(upper(self.upgrade_policy[0].support_type), upper(self.UpgradePolicy.SupportType), "EXTENDED") == "EXTENDED"
    severity = "info"
    message  = "The cluster uses EKS extended support (also the EKS default, so this fires when upgrade_policy is absent): on AKS a Kubernetes minor version is supported for about a year unless the cluster is on the Premium tier with long-term support (sku_tier = \"Premium\", support_plan = \"AKSLongTermSupport\"); plan the upgrade cadence, or pay for LTS."
    link     = "https://learn.microsoft.com/azure/aks/long-term-support"
  }

  caveat "auto-mode" {
    when     = try(tostring(try(self.compute_config[0].enabled, self.ComputeConfig.Enabled)) == "true", false)
    severity = "info"
    message  = "EKS Auto Mode (AWS-managed Karpenter nodes, load balancing and storage) becomes AKS node auto-provisioning, which also builds on Karpenter, or an AKS Automatic cluster; EC2NodeClass manifests become AKSNodeClass resources, and NodePool requirements must name Azure VM size labels instead of EC2 instance types."
    link     = "https://learn.microsoft.com/azure/aks/node-autoprovision"
  }

  caveat "hybrid-nodes" {
    when     = can(self.remote_network_config[0]) || can(self.RemoteNetworkConfig)
    severity = "warning"
    message  = "EKS Hybrid Nodes (on-premises machines joined to the cloud cluster) have no AKS counterpart: AKS nodes run only in Azure. Run a separate Kubernetes cluster on premises (AKS on Azure Local or another Arc-enabled cluster) and manage both through Azure Arc."
    link     = "https://learn.microsoft.com/azure/azure-arc/kubernetes/overview"
  }

  caveat "ipv6" {
    when     = try(lower(self.kubernetes_network_config[0].ip_family), lower(self.KubernetesNetworkConfig.IpFamily), "") == "ipv6"
    severity = "warning"
    message  = "AKS has no IPv6-only clusters: use dual-stack networking (Azure CNI Overlay with network_profile ip_versions = [\"IPv4\", \"IPv6\"]), where pods and services get both address families."
    link     = "https://learn.microsoft.com/azure/aks/configure-dual-stack"
  }
}

mapping "aws_eks_node_group" {
  cloudformation = ["AWS::EKS::Nodegroup"]
  service        = "Azure Kubernetes Service (AKS)"
  status         = "direct"
  azurerm        = ["azurerm_kubernetes_cluster_node_pool"]
  arm            = ["Microsoft.ContainerService/managedClusters/agentPools"]
  link           = "https://learn.microsoft.com/azure/aks/create-node-pools"
  note           = "A user node pool (the first pool of a cluster is its default_node_pool block): scaling_config becomes min/max_count with the cluster autoscaler, instance types become vm_size, labels and taints carry over, and the node role becomes the kubelet identity."

  translate "vm-size" {
    value = try(self.instance_types, self.InstanceTypes, null)
    table = "ec2-vm-size"
  }

  caveat "spot" {
    when     = try(upper(self.capacity_type), upper(self.CapacityType), "ON_DEMAND") == "SPOT"
    severity = "info"
    message  = "Spot capacity becomes a Spot node pool (priority = \"Spot\", eviction_policy); Spot pools can't be the system pool and carry a taint workloads must tolerate."
    link     = "https://learn.microsoft.com/azure/aks/spot-node-pool"
  }

  caveat "mixed-instance-types" {
    when     = try(length(self.instance_types), length(self.InstanceTypes), 0) > 1
    severity = "info"
    message  = "A node pool has one VM size: split several instance types into several pools, or use node auto-provisioning."
    link     = "https://learn.microsoft.com/azure/aks/node-autoprovision"
  }

  caveat "arm64" {
    when     = can(regex("ARM", try(upper(self.ami_type), upper(self.AmiType), "")))
    severity = "info"
    message  = "Graviton nodes become an Arm64 node pool (Dpsv5, Dpsv6, Epsv5 … VM sizes): images must be published for linux/arm64, as on EKS."
    link     = "https://learn.microsoft.com/azure/aks/create-node-pools"
  }

  caveat "bottlerocket" {
    when     = startswith(try(upper(self.ami_type), upper(self.AmiType), ""), "BOTTLEROCKET")
    severity = "info"
    message  = "Bottlerocket has no AKS image: the closest container-optimized host is Azure Linux (os_sku = \"AzureLinux\"); settings made through the Bottlerocket API or bootstrap containers move to DaemonSets or AKS custom node configuration."
    link     = "https://learn.microsoft.com/azure/azure-linux/intro-azure-linux"
  }

  caveat "windows" {
    when     = startswith(try(upper(self.ami_type), upper(self.AmiType), ""), "WINDOWS")
    severity = "info"
    message  = "Windows nodes become a Windows node pool (os_type = \"Windows\"), which can't be the system pool and whose name is limited to 6 characters; the cluster also needs a Linux system pool."
    link     = "https://learn.microsoft.com/azure/aks/windows-faq"
  }

  caveat "gpu" {
    when     = can(regex("GPU|NVIDIA", try(upper(self.ami_type), upper(self.AmiType), "")))
    severity = "info"
    message  = "GPU nodes become a node pool with an N-series VM size chosen by GPU model; AKS can install the NVIDIA driver, and the device plugin (or the NVIDIA GPU Operator) exposes the GPUs to pods."
    link     = "https://learn.microsoft.com/azure/aks/use-nvidia-gpu"
  }

  caveat "neuron" {
    when     = can(regex("NEURON", try(upper(self.ami_type), upper(self.AmiType), "")))
    severity = "error"
    message  = "AWS Inferentia and Trainium (Neuron) accelerators have no Azure equivalent: port the models from the Neuron SDK to GPUs and run them on an N-series GPU node pool."
    link     = "https://learn.microsoft.com/azure/aks/use-nvidia-gpu"
  }

  caveat "custom-ami" {
    when     = try(upper(self.ami_type), upper(self.AmiType), "") == "CUSTOM"
    severity = "warning"
    message  = "AKS nodes run AKS-managed images (Ubuntu, Azure Linux, Windows) and can't boot a custom image: move the AMI's customizations into DaemonSets, custom node configuration (kubelet and sysctl settings) or the container images."
    link     = "https://learn.microsoft.com/azure/aks/custom-node-configuration"
  }
}

mapping "aws_eks_fargate_profile" {
  cloudformation = ["AWS::EKS::FargateProfile"]
  service        = "AKS virtual nodes (Azure Container Instances)"
  status         = "partial"
  azurerm        = ["azurerm_kubernetes_cluster"]
  arm            = ["Microsoft.ContainerService/managedClusters"]
  link           = "https://learn.microsoft.com/azure/aks/virtual-nodes"
  note           = "Serverless pods become virtual nodes backed by Azure Container Instances (with feature limits such as no DaemonSets and limited volume types), or node auto-provisioning so that nodes appear on demand."
}

mapping "aws_eks_addon" {
  cloudformation = ["AWS::EKS::Addon"]
  service        = "AKS extensions and add-ons"
  status         = "partial"
  azurerm        = ["azurerm_kubernetes_cluster_extension"]
  arm            = ["Microsoft.KubernetesConfiguration/extensions"]
  link           = "https://learn.microsoft.com/azure/aks/integrations"
  note           = "Add-ons become AKS add-ons (cluster properties), cluster extensions (azurerm_kubernetes_cluster_extension) or Helm charts you install yourself."

  target "built-in" {
    when    = contains(["vpc-cni", "coredns", "kube-proxy", "aws-ebs-csi-driver", "aws-efs-csi-driver", "snapshot-controller", "eks-pod-identity-agent", "metrics-server"], try(lower(self.addon_name), lower(self.AddonName), ""))
    service = "Azure Kubernetes Service (AKS)"
    status  = "implicit"
    azurerm = ["azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/aks/concepts-network"
    note    = "Built into AKS: the CNI is chosen with network_profile (Azure CNI overlay recommended), CoreDNS, kube-proxy and metrics-server are managed, Azure Disk and Azure Files CSI drivers are on by default, and Workload ID replaces the Pod Identity agent."
  }

  target "observability" {
    when    = contains(["amazon-cloudwatch-observability", "adot"], try(lower(self.addon_name), lower(self.AddonName), ""))
    service = "Azure Monitor for AKS (Container insights, managed Prometheus)"
    status  = "implicit"
    azurerm = ["azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-enable"
    note    = "Container Insights (oms_agent block, logs to Log Analytics) and Azure Monitor managed Prometheus (monitor_metrics block) replace the CloudWatch agent and the OpenTelemetry collector; application traces go to Application Insights through OpenTelemetry."
  }

  target "s3-csi" {
    when    = try(lower(self.addon_name), lower(self.AddonName), "") == "aws-mountpoint-s3-csi-driver"
    service = "Azure Blob Storage CSI driver"
    status  = "implicit"
    azurerm = ["azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/aks/azure-blob-csi"
    note    = "Mounting S3 buckets becomes the Blob Storage CSI driver (storage_profile blob_driver_enabled = true), which mounts containers with BlobFuse or NFS 3.0; persistent volumes must be redefined for the new driver."
  }

  target "guardduty" {
    when    = try(lower(self.addon_name), lower(self.AddonName), "") == "aws-guardduty-agent"
    service = "Microsoft Defender for Containers"
    status  = "implicit"
    azurerm = ["azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction"
    note    = "Runtime threat detection becomes the Defender for Containers sensor (microsoft_defender block with a Log Analytics workspace), with the Containers plan enabled on the subscription."
  }
}

mapping "aws_eks_access_entry" {
  cloudformation = ["AWS::EKS::AccessEntry"]
  service        = "Azure RBAC for Kubernetes authorization"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/aks/manage-azure-rbac"
  note           = "Access entries become role assignments of the Azure Kubernetes Service RBAC roles (Reader, Writer, Admin, Cluster Admin) to Entra users, groups or identities, at cluster or namespace scope; Kubernetes groups on the entry become Kubernetes RoleBindings to Entra groups."
  differs        = "The comparison pairs access entries with Entra ID sign-in (kubelogin), which authenticates users; what an access entry grants is authorization, which on AKS is Azure RBAC role assignments (or Kubernetes RoleBindings to Entra groups) on top of that sign-in."

  target "node" {
    when    = contains(["EC2_LINUX", "EC2_WINDOWS", "FARGATE_LINUX", "HYBRID_LINUX", "EC2"], try(upper(self.type), upper(self.Type), ""))
    service = "Azure Kubernetes Service (AKS)"
    status  = "implicit"
    azurerm = ["azurerm_kubernetes_cluster"]
    arm     = ["Microsoft.ContainerService/managedClusters"]
    link    = "https://learn.microsoft.com/azure/aks/use-managed-identity"
    note    = "Entries that let nodes join the cluster need no counterpart: AKS nodes register with the kubelet identity that AKS manages."
  }
}

mapping "aws_eks_access_policy_association" {
  service = "Azure RBAC for Kubernetes authorization"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/aks/manage-azure-rbac"
  note    = "Access policies map to the built-in AKS RBAC roles (AmazonEKSClusterAdminPolicy → Azure Kubernetes Service RBAC Cluster Admin, AmazonEKSViewPolicy → RBAC Reader), scoped to the cluster or a namespace."
}

mapping "aws_eks_pod_identity_association" {
  cloudformation = ["AWS::EKS::PodIdentityAssociation"]
  service        = "Microsoft Entra Workload ID"
  status         = "direct"
  azurerm        = ["azurerm_federated_identity_credential"]
  arm            = ["Microsoft.ManagedIdentity/userAssignedIdentities/federatedIdentityCredentials"]
  link           = "https://learn.microsoft.com/azure/aks/workload-identity-overview"
  note           = "The association becomes a federated identity credential linking the Kubernetes service account (issuer = the cluster's OIDC issuer URL) to a user-assigned managed identity; annotate the service account with the identity's client ID."

  caveat "role-chaining" {
    when     = can(self.target_role_arn) || can(self.TargetRoleArn)
    severity = "info"
    message  = "Role chaining into another account has no counterpart and isn't needed: grant the managed identity roles directly in the other subscriptions of the same Entra tenant; an identity in another tenant needs a multitenant app registration with its own federated credential instead."
    link     = "https://learn.microsoft.com/azure/aks/workload-identity-overview"
  }
}

mapping "aws_eks_identity_provider_config" {
  cloudformation = ["AWS::EKS::IdentityProviderConfig"]
  service        = "Azure Kubernetes Service (AKS)"
  status         = "partial"
  azurerm        = ["azurerm_kubernetes_cluster"]
  arm            = ["Microsoft.ContainerService/managedClusters"]
  link           = "https://learn.microsoft.com/azure/aks/enable-authentication-microsoft-entra-id"
  note           = "User sign-in goes through Microsoft Entra ID integration; other OIDC identity providers for the API server are not a standard AKS option."
}

data "aws_eks_cluster" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "direct"
  azurerm = ["azurerm_kubernetes_cluster"]
  link    = "https://learn.microsoft.com/azure/aks/what-is-aks"
  note    = "Looks up the cluster (endpoint, CA certificate, kube_config)."
}

data "aws_eks_cluster_auth" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "partial"
  azurerm = ["azurerm_kubernetes_cluster"]
  link    = "https://learn.microsoft.com/azure/aks/enable-authentication-microsoft-entra-id"
  note    = "Tokens for the Kubernetes provider come from kubelogin with Entra ID (or the cluster's kube_admin_config when local accounts are enabled)."
}

mapping "aws_eks_capability" {
  cloudformation = ["AWS::EKS::Capability"]
  service        = "AKS extensions"
  status         = "partial"
  azurerm        = ["azurerm_kubernetes_cluster_extension"]
  arm            = ["Microsoft.KubernetesConfiguration/extensions"]
  link           = "https://learn.microsoft.com/azure/aks/integrations"
  note           = "EKS Capabilities are AWS-run Argo CD, AWS Controllers for Kubernetes (ACK) and kro; the type decides the AKS counterpart, which runs inside the cluster rather than as a service-side component."

  target "argocd" {
    when    = try(upper(self.type), upper(self.Type), "") == "ARGOCD"
    service = "GitOps with Flux v2 (AKS extension)"
    status  = "partial"
    azurerm = ["azurerm_kubernetes_cluster_extension", "azurerm_kubernetes_flux_configuration"]
    arm     = ["Microsoft.KubernetesConfiguration/extensions", "Microsoft.KubernetesConfiguration/fluxConfigurations"]
    link    = "https://learn.microsoft.com/azure/azure-arc/kubernetes/conceptual-gitops-flux2"
    note    = "The managed GitOps option on AKS is the Flux v2 extension (extension_type = \"microsoft.flux\") with Flux configurations pointing at the Git repositories; Argo CD Applications must be rewritten as Kustomizations or HelmReleases, or you install and operate Argo CD yourself in the cluster (Helm)."
  }

  target "ack" {
    when    = try(upper(self.type), upper(self.Type), "") == "ACK"
    service = "Azure Service Operator"
    status  = "partial"
    note    = "AWS resources declared as Kubernetes objects become Azure resources declared through Azure Service Operator v2 custom resources; ASO is open source that you install in the cluster (Helm) with a workload identity, not a managed AKS feature, and every ACK manifest must be rewritten for ASO's resource kinds."
  }

  target "kro" {
    when    = try(upper(self.type), upper(self.Type), "") == "KRO"
    service = "kro on AKS (self-managed)"
    status  = "none"
    link    = "https://learn.microsoft.com/azure/aks/integrations"
    note    = "AKS offers no managed kro; install the open-source kro controller in the cluster yourself (Helm) and keep the ResourceGraphDefinitions, replacing any ACK resources they compose with Azure Service Operator kinds."
  }
}

data "aws_eks_clusters" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "partial"
  azurerm = ["azurerm_kubernetes_cluster"]
  link    = "https://learn.microsoft.com/azure/aks/what-is-aks"
  note    = "There is no list of clusters in azurerm: list them with azurerm_resources (type Microsoft.ContainerService/managedClusters) and look each one up by name."
}

data "aws_eks_node_group" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "direct"
  azurerm = ["azurerm_kubernetes_cluster_node_pool"]
  link    = "https://learn.microsoft.com/azure/aks/manage-node-pools"
  note    = "Looks up a node pool by name, cluster and resource group (VM size, node count, autoscaling limits, labels, taints)."
}

data "aws_eks_node_groups" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "partial"
  azurerm = ["azurerm_kubernetes_cluster"]
  link    = "https://learn.microsoft.com/azure/aks/manage-node-pools"
  note    = "The node pools of a cluster are listed in the agent_pool_profile block of azurerm_kubernetes_cluster."
}

data "aws_eks_addon" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "partial"
  azurerm = ["azurerm_kubernetes_cluster"]
  link    = "https://learn.microsoft.com/azure/aks/integrations"
  note    = "Managed add-ons are settings of the cluster (for example oms_agent, key_vault_secrets_provider, azure_policy_enabled), read from azurerm_kubernetes_cluster; cluster extensions have no data source."
}

data "aws_eks_addon_version" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/integrations"
  note    = "There is no add-on version lookup: AKS picks the add-on versions that match the cluster's Kubernetes version."
}

data "aws_eks_cluster_versions" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "direct"
  azurerm = ["azurerm_kubernetes_service_versions"]
  link    = "https://learn.microsoft.com/azure/aks/supported-kubernetes-versions"
  note    = "Lists the Kubernetes versions supported in a location (latest_version, default_version, filtered by version_prefix and include_preview)."
}

data "aws_eks_access_entry" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "partial"
  azurerm = ["azurerm_role_assignments"]
  link    = "https://learn.microsoft.com/azure/aks/manage-azure-rbac"
  note    = "With Azure RBAC for Kubernetes authorization, access entries become role assignments on the cluster, listed with azurerm_role_assignments at the cluster scope; Kubernetes RBAC bindings live in the cluster."
}

data "aws_eks_access_policies" {
  service = "Azure Kubernetes Service (AKS)"
  status  = "partial"
  azurerm = ["azurerm_role_definition"]
  link    = "https://learn.microsoft.com/azure/aks/manage-azure-rbac"
  note    = "EKS access policies correspond to the built-in AKS RBAC roles (Azure Kubernetes Service RBAC Cluster Admin, Admin, Writer, Reader), looked up by name with azurerm_role_definition."
}
