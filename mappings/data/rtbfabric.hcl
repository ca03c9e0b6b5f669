# AWS RTB Fabric → no Azure counterpart: private connectivity between ad-tech partners is built with
# Azure Private Link services and private endpoints, with gateways and routing run by you.

mapping "AWS::RTBFabric::RequesterGateway" {
  service = "Azure Private Link"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "Azure has no managed real-time bidding network. Reach bidding partners privately through private endpoints to the Private Link services they expose (or over the internet), and run request fan-out, timeouts and routing in your own gateway tier."
}

mapping "AWS::RTBFabric::ResponderGateway" {
  service = "Azure Private Link"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "A responder gateway becomes your bidder behind a Standard Load Balancer published as a Private Link service, which partners in other tenants connect to with private endpoints that you approve."
}

mapping "AWS::RTBFabric::Link" {
  service = "Azure Private Link"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "A link between a requester and a responder becomes an approved private endpoint connection to the partner's Private Link service."
}

mapping "AWS::RTBFabric::InboundExternalLink" {
  service = "Azure Private Link"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "Traffic from partners outside the fabric arrives at your own public endpoint or Private Link service; there is no managed external link."
}

mapping "AWS::RTBFabric::OutboundExternalLink" {
  service = "Azure Private Link"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "Calls to partners outside the fabric go over the internet (through a NAT gateway for stable source IPs) or to a partner's Private Link service; there is no managed external link."
}

mapping "AWS::RTBFabric::LinkRoutingRule" {
  service = "Azure Private Link"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/private-link/private-link-service-overview"
  note    = "Routing rules on links have no counterpart: implement request routing in your own gateway tier."
}
