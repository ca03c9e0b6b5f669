# AWS Wavelength → Azure public multi-access edge compute (MEC), with limited locations and operators.

mapping "aws_ec2_carrier_gateway" {
  cloudformation = ["AWS::EC2::CarrierGateway"]
  service        = "Azure public MEC"
  status         = "partial"
  azurerm        = ["azurerm_public_ip"]
  arm            = ["Microsoft.Network/publicIPAddresses"]
  link           = "https://learn.microsoft.com/azure/public-multi-access-edge-compute-mec/overview"
  note           = "There is no carrier gateway resource: workloads in an Azure public MEC edge zone are reached through public IPs created in that edge zone (edge_zone on azurerm_public_ip, the virtual network and the VMs). Public MEC is offered in few locations with specific operators, so check that the target metro and carrier exist before planning."
}
