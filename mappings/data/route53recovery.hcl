# Route 53 Application Recovery Controller (routing control and readiness) → Azure Traffic Manager endpoint switching; readiness checks have no counterpart.

mapping "aws_route53recoverycontrolconfig_cluster" {
  cloudformation = ["AWS::Route53RecoveryControl::Cluster"]
  service        = "Azure Traffic Manager"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-overview"
  note           = "Azure has no dedicated, multi-region data-plane cluster for flipping traffic. Failover switches become Traffic Manager (or Front Door) endpoint states changed through Azure Resource Manager, so no cluster is created."
}

mapping "aws_route53recoverycontrolconfig_control_panel" {
  cloudformation = ["AWS::Route53RecoveryControl::ControlPanel"]
  service        = "Azure Traffic Manager"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-overview"
  note           = "A control panel only groups routing controls; the nearest grouping is the Traffic Manager profile whose endpoints you switch, so nothing separate is created."
}

mapping "aws_route53recoverycontrolconfig_routing_control" {
  cloudformation = ["AWS::Route53RecoveryControl::RoutingControl"]
  service        = "Azure Traffic Manager"
  status         = "partial"
  azurerm        = ["azurerm_traffic_manager_azure_endpoint", "azurerm_traffic_manager_external_endpoint"]
  arm            = ["Microsoft.Network/trafficManagerProfiles/azureEndpoints", "Microsoft.Network/trafficManagerProfiles/externalEndpoints"]
  link           = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-manage-endpoints"
  note           = "An on/off routing control becomes the enabled state of the Traffic Manager endpoint for that cell or region: a disabled endpoint is no longer returned in DNS answers. Change it from runbooks or pipelines instead of Route 53 health checks tied to the control."

  caveat "control-plane-dependency" {
    severity = "warning"
    message  = "Routing controls are flipped through a highly available data plane in five regions; enabling or disabling a Traffic Manager endpoint is an Azure Resource Manager operation, so test that your failover runbook still works when the primary region is impaired."
    link     = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-monitoring"
  }
}

mapping "aws_route53recoverycontrolconfig_safety_rule" {
  cloudformation = ["AWS::Route53RecoveryControl::SafetyRule"]
  service        = "Azure Traffic Manager"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-routing-methods"
  note           = "Azure has no guard rule that blocks disabling too many endpoints at once. Put the check (for example at least one endpoint stays enabled) in the failover runbook; Traffic Manager priority routing already falls back to the next enabled endpoint."
}

mapping "aws_route53recoveryreadiness_cell" {
  cloudformation = ["AWS::Route53RecoveryReadiness::Cell"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/reliability/overview"
  note           = "Azure has no readiness-check service that models cells. Represent a cell as its own resource group or deployment stamp and track its replica's health and capacity with Azure Monitor alerts and workbooks."
}

mapping "aws_route53recoveryreadiness_recovery_group" {
  cloudformation = ["AWS::Route53RecoveryReadiness::RecoveryGroup"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/reliability/overview"
  note           = "There is no recovery-group object: group the replica stamps of an application with tags or resource groups and review their readiness with Azure Monitor workbooks."
}

mapping "aws_route53recoveryreadiness_resource_set" {
  cloudformation = ["AWS::Route53RecoveryReadiness::ResourceSet"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/reliability/overview"
  note           = "Resource sets list the replicas a readiness check compares; on Azure, tag the replicas and compare their configuration and quotas with Azure Resource Graph queries or Azure Policy."
}

mapping "aws_route53recoveryreadiness_readiness_check" {
  cloudformation = ["AWS::Route53RecoveryReadiness::ReadinessCheck"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/reliability/overview"
  note           = "Azure does not audit whether a standby replica matches the active one (capacity, quotas, configuration). Automate the comparison (Azure Resource Graph queries, Azure Policy) and rehearse failover, for example with Azure Chaos Studio."
}
