# Amazon VPC Lattice → no single Azure equivalent: Azure Private Link, Application Gateway for
# Containers and Azure API Management cover its parts.

mapping "aws_vpclattice_service_network" {
  cloudformation = ["AWS::VpcLattice::ServiceNetwork"]
  service        = "Azure Private Link, Application Gateway for Containers or Azure API Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/networking"
  note           = "Azure has no application-layer service network spanning virtual networks and accounts. Choose per workload: Private Link services consumed through private endpoints for private service-to-service reachability, Application Gateway for Containers for layer-7 routing to AKS workloads, or API Management as a shared gateway with authentication policies."
}

mapping "aws_vpclattice_service" {
  cloudformation = ["AWS::VpcLattice::Service"]
  service        = "Azure Private Link, Application Gateway for Containers or Azure API Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note           = "A Lattice service becomes, depending on the chosen design, a Private Link service in front of a Standard Load Balancer (azurerm_private_link_service), an API in API Management, or a Gateway API route on Application Gateway for Containers. Lattice auth policies become API Management policies or Entra ID authentication in the application."
}

mapping "aws_vpclattice_listener" {
  cloudformation = ["AWS::VpcLattice::Listener"]
  service        = "Application Gateway for Containers or Azure API Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/application-gateway/for-containers/overview"
  note           = "Listeners and their path, header and method rules become the front end's routing: Gateway API listeners and HTTPRoutes on Application Gateway for Containers, listeners and rules on Application Gateway, or operations and policies in API Management. A Private Link service works at layer 4, so layer-7 rules need one of those in front."
}

mapping "aws_vpclattice_target_group" {
  cloudformation = ["AWS::VpcLattice::TargetGroup"]
  service        = "Application Gateway for Containers, Application Gateway or Azure Load Balancer"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/application-gateway/for-containers/overview"
  note           = "Targets (instances, IP addresses, Lambda functions, ALBs, Kubernetes services) become the backends of whichever front end replaces the Lattice service: Kubernetes Services behind Application Gateway for Containers, backend pools of an Application Gateway or of the Load Balancer behind a Private Link service, or API Management backends."
}

mapping "aws_vpclattice_service_network_service_association" {
  cloudformation = ["AWS::VpcLattice::ServiceNetworkServiceAssociation"]
  service        = "Azure Private Link"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note           = "Making a service reachable in a network becomes a private endpoint to its Private Link service in each consuming virtual network (approved on the service side), or publishing the API in a shared API Management instance."
}

mapping "aws_vpclattice_service_network_vpc_association" {
  cloudformation = ["AWS::VpcLattice::ServiceNetworkVpcAssociation"]
  service        = "Azure Private Link or virtual network peering"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note           = "A consuming VPC becomes a virtual network that holds private endpoints to the services it may call (with private DNS zones for their names), or that is peered with the hub network hosting the shared gateway; network security groups take the place of the association's security groups."
}

mapping "aws_vpclattice_listener_rule" {
  cloudformation = ["AWS::VpcLattice::Rule"]
  service        = "Application Gateway for Containers or Azure API Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/application-gateway/for-containers/overview"
  note           = "A path, header or method rule with weighted forwarding becomes an HTTPRoute rule (matches and weighted backendRefs) on Application Gateway for Containers, a path-based rule on Application Gateway, or an operation with routing policies in API Management."
}

mapping "aws_vpclattice_target_group_attachment" {
  service = "Application Gateway for Containers, Application Gateway or Azure Load Balancer"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/application-gateway/for-containers/overview"
  note    = "Registering a target becomes adding it to the backend of the chosen front end: a pod behind a Kubernetes Service, a backend pool member of an Application Gateway or Load Balancer, or an API Management backend URL."
}

mapping "aws_vpclattice_auth_policy" {
  cloudformation = ["AWS::VpcLattice::AuthPolicy"]
  service        = "Azure API Management or Microsoft Entra ID"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/api-management/validate-azure-ad-token-policy"
  note           = "IAM-signed (SigV4) request authorization has no Azure network-level counterpart. Callers use managed identities to obtain Entra ID tokens, validated by API Management (validate-jwt or validate-azure-ad-token policies) or by the service itself."
}

mapping "aws_vpclattice_resource_policy" {
  cloudformation = ["AWS::VpcLattice::ResourcePolicy"]
  service        = "Azure Private Link"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note           = "Sharing a service network or service with other accounts becomes the Private Link service's visibility and auto-approval subscription lists (visibility_subscription_ids, auto_approval_subscription_ids) plus Azure RBAC for shared gateways."
}

mapping "aws_vpclattice_access_log_subscription" {
  cloudformation = ["AWS::VpcLattice::AccessLogSubscription"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note           = "Access logs come from whichever front end replaces the Lattice service: a diagnostic setting (azurerm_monitor_diagnostic_setting) on the Application Gateway for Containers, Application Gateway or API Management instance, sent to Log Analytics, Storage or Event Hubs."
}

mapping "aws_vpclattice_domain_verification" {
  cloudformation = ["AWS::VpcLattice::DomainVerification"]
  service        = "Application Gateway for Containers or Azure API Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/api-management/configure-custom-domain"
  note           = "There is no separate domain ownership proof: custom domains are set on the chosen front end with a TLS certificate (for example from Key Vault) and a DNS record pointing at it."
}

mapping "aws_vpclattice_resource_gateway" {
  cloudformation = ["AWS::VpcLattice::ResourceGateway"]
  service        = "Azure Private Link"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note           = "The entry point into the provider network becomes a Private Link service in front of a Standard Load Balancer (its NAT IPs come from a subnet you choose); Azure PaaS resources need no gateway, since they accept private endpoints directly."
}

mapping "aws_vpclattice_resource_configuration" {
  cloudformation = ["AWS::VpcLattice::ResourceConfiguration"]
  service        = "Azure Private Link"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note           = "A shared resource (database, IP or DNS target) becomes a private endpoint to the Azure PaaS resource, or a Private Link service with a load balancer in front of a VM-hosted resource; port ranges and ARN-based resource types have no counterpart."
}

mapping "aws_vpclattice_service_network_resource_association" {
  cloudformation = ["AWS::VpcLattice::ServiceNetworkResourceAssociation"]
  service        = "Azure Private Link"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/private-link/private-endpoint-overview"
  note           = "Making a resource reachable from consumer networks becomes one private endpoint per consuming virtual network (or one in a shared hub reached by peering), with a private DNS zone for its name."
}

data "aws_vpclattice_service_network" {
  service = "Azure Private Link, Application Gateway for Containers or Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/networking"
  note    = "No service network exists on Azure; look up the replacement (for example azurerm_private_link_service or azurerm_api_management) instead."
}

data "aws_vpclattice_service" {
  service = "Azure Private Link, Application Gateway for Containers or Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "Look up the replacement instead: azurerm_private_link_service, azurerm_api_management_api or the Application Gateway for Containers frontend."
}

data "aws_vpclattice_listener" {
  service = "Application Gateway for Containers or Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/application-gateway/for-containers/overview"
  note    = "Listeners live in the replacement front end's configuration (Gateway API resources in the cluster, or API Management APIs); there is no Lattice listener to read."
}

data "aws_vpclattice_auth_policy" {
  service = "Azure API Management or Microsoft Entra ID"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/validate-azure-ad-token-policy"
  note    = "No auth policy object exists; authorization lives in API Management policies or Entra ID app roles."
}

data "aws_vpclattice_resource_policy" {
  service = "Azure Private Link"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "No resource policy exists; sharing is the Private Link service's visibility and auto-approval lists, readable from azurerm_private_link_service."
}
