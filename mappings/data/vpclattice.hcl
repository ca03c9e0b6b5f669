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
