# ARC zonal shift and zonal autoshift → no Azure counterpart: zone-redundant services fail over by themselves, zonal deployments are moved by you.

mapping "aws_arczonalshift_zonal_autoshift_configuration" {
  cloudformation = ["AWS::ARCZonalShift::ZonalAutoshiftConfiguration"]
  service        = "Azure availability zones"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/reliability/availability-zones-overview"
  note           = "Azure has no zonal shift or autoshift setting for load balancers. Deploy zone-redundant resources, which the platform keeps serving from healthy zones; for zonal deployments, write a runbook that takes the impaired zone's instances out of the load balancer backend pool and scales out in the other zones, and rehearse it (for example with an Azure Chaos Studio zone-down experiment) in place of practice runs."
}

mapping "aws_arczonalshift_autoshift_observer_notification_status" {
  cloudformation = ["AWS::ARCZonalShift::AutoshiftObserverNotificationStatus"]
  service        = "Azure Service Health"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/service-health/overview"
  note           = "There are no autoshift events to observe. To hear about zone or region incidents that affect your resources, create Service Health and Resource Health alerts in Azure Monitor."
}
