# AWS App Mesh → Istio-based service mesh add-on for AKS. App Mesh reaches end of support on
# 2026-09-30. Mesh objects become Istio custom resources (Kubernetes manifests), not Azure resources;
# on Azure Container Apps, traffic splitting and in-environment encryption are built in.

mapping "aws_appmesh_mesh" {
  cloudformation = ["AWS::AppMesh::Mesh"]
  service        = "Istio-based service mesh add-on for AKS"
  status         = "partial"
  azurerm        = ["azurerm_kubernetes_cluster"]
  arm            = ["Microsoft.ContainerService/managedClusters"]
  link           = "https://learn.microsoft.com/azure/aks/istio-about"
  note           = "A mesh becomes the managed Istio add-on of the AKS cluster (service_mesh_profile { mode = \"Istio\" } with a revision); workloads join it through sidecar injection labels on their namespaces. Services on Azure Container Apps don't need a mesh for basic needs: revisions give weighted traffic splitting and the environment can encrypt app-to-app traffic."

  caveat "end-of-support" {
    severity = "info"
    message  = "AWS ends support for App Mesh on 30 September 2026, so the mesh is being replaced either way; the Envoy-based concepts carry over to Istio, but the configuration objects don't."
    link     = "https://learn.microsoft.com/azure/aks/istio-about"
  }

  caveat "egress-drop-all" {
    when     = try(upper(self.spec[0].egress_filter[0].type), upper(self.Spec.EgressFilter.Type), "") == "DROP_ALL"
    severity = "info"
    message  = "Blocking egress to unknown destinations becomes Istio's outboundTrafficPolicy REGISTRY_ONLY, set in the add-on's shared MeshConfig ConfigMap (check the add-on's list of allowed fields), with ServiceEntry objects for the allowed external hosts."
    link     = "https://learn.microsoft.com/azure/aks/istio-meshconfig"
  }
}

mapping "aws_appmesh_virtual_node" {
  cloudformation = ["AWS::AppMesh::VirtualNode"]
  service        = "Istio-based service mesh add-on for AKS"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/aks/istio-deploy-addon"
  note           = "A virtual node is a Kubernetes Deployment with an injected sidecar: listeners are container ports and Service ports, health checks are readiness probes, backends need no declaration, and connection pools, outlier detection and client TLS become an Istio DestinationRule. Mutual TLS between meshed workloads is on by default (PeerAuthentication STRICT to enforce it)."
}

mapping "aws_appmesh_virtual_service" {
  cloudformation = ["AWS::AppMesh::VirtualService"]
  service        = "Istio-based service mesh add-on for AKS"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/aks/istio-about"
  note           = "A virtual service is the Kubernetes Service name that clients call; when its provider is a virtual router, the routing goes into an Istio VirtualService for that host."
}

mapping "aws_appmesh_virtual_router" {
  cloudformation = ["AWS::AppMesh::VirtualRouter"]
  service        = "Istio-based service mesh add-on for AKS"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/aks/istio-about"
  note           = "Virtual routers have no separate object: their routes become the http/tcp/grpc route list of an Istio VirtualService bound to the service's host."
}

mapping "aws_appmesh_route" {
  cloudformation = ["AWS::AppMesh::Route"]
  service        = "Istio-based service mesh add-on for AKS"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/aks/istio-about"
  note           = "A route becomes a route in an Istio VirtualService: match conditions (prefix, headers, method), weighted targets (subsets defined in a DestinationRule), retry policy and timeouts all have direct fields. These are Kubernetes custom resources, deployed with kubectl, Helm or the kubernetes Terraform provider."
}

mapping "aws_appmesh_virtual_gateway" {
  cloudformation = ["AWS::AppMesh::VirtualGateway"]
  service        = "Istio ingress gateway (AKS add-on)"
  status         = "partial"
  azurerm        = ["azurerm_kubernetes_cluster"]
  arm            = ["Microsoft.ContainerService/managedClusters"]
  link           = "https://learn.microsoft.com/azure/aks/istio-deploy-ingress"
  note           = "A virtual gateway becomes the add-on's external or internal ingress gateway (enabled in the cluster's service_mesh_profile) plus an Istio Gateway resource for its listeners and TLS certificates."
}

mapping "aws_appmesh_gateway_route" {
  cloudformation = ["AWS::AppMesh::GatewayRoute"]
  service        = "Istio ingress gateway (AKS add-on)"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/aks/istio-deploy-ingress"
  note           = "A gateway route becomes an Istio VirtualService bound to the ingress Gateway, matching host and path and forwarding to the in-mesh service."
}

data "aws_appmesh_mesh" {
  service = "Istio-based service mesh add-on for AKS"
  status  = "partial"
  azurerm = ["azurerm_kubernetes_cluster"]
  link    = "https://learn.microsoft.com/azure/aks/istio-about"
  note    = "Looks up the AKS cluster, whose service_mesh_profile shows the Istio add-on and its revisions."
}

data "aws_appmesh_virtual_node" {
  service = "Istio-based service mesh add-on for AKS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/istio-about"
  note    = "Mesh workloads are Kubernetes objects, not Azure resources: read them with the kubernetes provider (for example kubernetes_resource), not azurerm."
}

data "aws_appmesh_virtual_service" {
  service = "Istio-based service mesh add-on for AKS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/istio-about"
  note    = "The service is a Kubernetes Service (and Istio VirtualService): read it with the kubernetes provider, not azurerm."
}

data "aws_appmesh_virtual_router" {
  service = "Istio-based service mesh add-on for AKS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/istio-about"
  note    = "Routing lives in Istio VirtualService custom resources: read them with the kubernetes provider, not azurerm."
}

data "aws_appmesh_route" {
  service = "Istio-based service mesh add-on for AKS"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/istio-about"
  note    = "Routes are entries of Istio VirtualService custom resources: read them with the kubernetes provider, not azurerm."
}

data "aws_appmesh_virtual_gateway" {
  service = "Istio ingress gateway (AKS add-on)"
  status  = "partial"
  azurerm = ["azurerm_kubernetes_cluster"]
  link    = "https://learn.microsoft.com/azure/aks/istio-deploy-ingress"
  note    = "The ingress gateway is enabled on the AKS cluster (service_mesh_profile); its address is the IP of the aks-istio-ingressgateway-external (or -internal) Kubernetes Service in the aks-istio-ingress namespace, read with the kubernetes provider."
}

data "aws_appmesh_gateway_route" {
  service = "Istio ingress gateway (AKS add-on)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/aks/istio-deploy-ingress"
  note    = "Gateway routes are Istio VirtualService custom resources: read them with the kubernetes provider, not azurerm."
}
