# ARC Region switch → no single Azure counterpart: Azure Site Recovery recovery plans for VMs, and
# runbooks with Front Door or Traffic Manager for everything else.

mapping "aws_arcregionswitch_plan" {
  cloudformation = ["AWS::ARCRegionSwitch::Plan"]
  service        = "Azure Site Recovery"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/site-recovery/recovery-plan-overview"
  note           = "Azure has no managed plan that orchestrates a whole application's region switch. Replicated VMs fail over in order with Site Recovery recovery plans (groups, scripts and manual actions); databases use their own failover groups or geo-replication; traffic moves with Front Door or Traffic Manager; tie the steps together in an Automation runbook or Logic App and rehearse it."
}

data "aws_arcregionswitch_plan" {
  service = "Azure Site Recovery"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/site-recovery/recovery-plan-overview"
  note    = "There is no region switch plan to look up; recovery plans are not exposed as azurerm data sources."
}

data "aws_arcregionswitch_route53_health_checks" {
  service = "Azure Traffic Manager"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/traffic-manager/traffic-manager-monitoring"
  note    = "There are no plan-managed health checks: Traffic Manager and Front Door probe endpoints themselves, configured on the profile or origin group."
}
