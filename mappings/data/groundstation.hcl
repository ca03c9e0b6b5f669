# AWS Ground Station → no Azure counterpart. Microsoft lists none, and Azure Orbital Ground Station was retired in
# 2024; satellite contacts move to a partner ground-station-as-a-service that delivers data into Azure.

mapping "AWS::GroundStation::MissionProfile" {
  service = "Partner ground station service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/"
  note    = "A mission profile (contact durations, minimum elevation, tracking and dataflow edges from antenna to endpoint) has no Azure counterpart: schedule contacts with a ground-station-as-a-service provider and have it deliver downlinked data to an Azure virtual network endpoint or storage account, where processing runs on Azure compute."
}

mapping "AWS::GroundStation::Config" {
  service = "Partner ground station service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/"
  note    = "Antenna downlink and uplink, demodulation and decoding, tracking, recording and dataflow endpoint configs are set up with the ground station provider that replaces AWS Ground Station; nothing is deployed in Azure for them."
}

mapping "AWS::GroundStation::DataflowEndpointGroup" {
  cloudformation = ["AWS::GroundStation::DataflowEndpointGroupV2"]
  service        = "Partner ground station service"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/"
  note           = "The endpoints that receive or send the satellite data stream (EC2 instances running the dataflow endpoint application or Ground Station Agent) become VMs or services in an Azure virtual network that accept the provider's stream, reached over the provider's private connectivity or a VPN; the agent software itself has no counterpart."
}
