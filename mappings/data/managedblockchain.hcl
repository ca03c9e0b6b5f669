# Amazon Managed Blockchain → no Azure counterpart (Azure Blockchain Service was retired): run the
# network's nodes yourself on AKS or VMs, or use a node provider.

mapping "AWS::ManagedBlockchain::Member" {
  service = "Azure Kubernetes Service (self-managed blockchain network)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/what-is-aks"
  note    = "Azure has no managed Hyperledger Fabric network. A member's certificate authority, peers and ordering nodes must be deployed and operated yourself (for example with the Hyperledger Fabric operator on AKS) or bought from a partner."
}

mapping "AWS::ManagedBlockchain::Node" {
  service = "Azure Kubernetes Service (self-managed blockchain network)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/what-is-aks"
  note    = "Peer or Ethereum nodes have no managed Azure counterpart: run the node software on AKS or VMs with premium managed disks sized for the chain, or use a third-party node provider."
}

mapping "AWS::ManagedBlockchain::Accessor" {
  service = "Azure Kubernetes Service (self-managed blockchain network)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/what-is-aks"
  note    = "Access tokens for a managed node endpoint have no counterpart: protect a self-hosted node's RPC endpoint yourself (private networking, API Management with keys) or use the node provider's credentials."
}
