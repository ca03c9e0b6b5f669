# Amazon EC2 Auto Scaling and Application Auto Scaling → Virtual Machine Scale Sets and
# Azure Monitor autoscale.

mapping "aws_autoscaling_group" {
  cloudformation = ["AWS::AutoScaling::AutoScalingGroup"]
  service        = "Azure Virtual Machine Scale Sets"
  status         = "direct"
  azurerm        = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm            = ["Microsoft.Compute/virtualMachineScaleSets"]
  link           = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/overview"
  note           = "A scale set in Flexible orchestration mode (recommended for new deployments), spread across zones; the launch template's settings become its VM profile, min/max/desired sizes become an autoscale setting's capacity, and target groups become load balancer or Application Gateway backend pools. azurerm_linux_virtual_machine_scale_set (Uniform mode) is the alternative."

  caveat "mixed-instances" {
    when     = can(self.mixed_instances_policy[0]) || can(self.MixedInstancesPolicy)
    severity = "warning"
    message  = "A mixed-instances policy has only a partial match: Spot Priority Mix splits Spot and regular VMs, and instance mix (several VM sizes) needs Flexible orchestration; otherwise create one scale set per size."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/spot-priority-mix"
  }

  caveat "warm-pool" {
    when     = can(self.warm_pool[0])
    severity = "info"
    message  = "Warm pools become standby pools for Flexible scale sets (pre-provisioned, stopped or running VMs)."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/standby-pools-overview"
  }

  caveat "lifecycle-hooks" {
    when     = can(self.initial_lifecycle_hook[0]) || can(self.LifecycleHookSpecificationList)
    severity = "info"
    message  = "Lifecycle hooks have no full equivalent: terminate notifications (Scheduled Events) give instances a delay before deletion; launch hooks need custom logic in the VM's startup."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-terminate-notification"
  }

  caveat "elb-health-check" {
    when     = try(lower(self.health_check_type), lower(self.HealthCheckType), "ec2") == "elb"
    severity = "info"
    message  = "Load-balancer health-based replacement becomes automatic instance repairs with the Application Health extension or a load balancer probe."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-automatic-instance-repairs"
  }

  caveat "max-instance-lifetime" {
    when     = try(tonumber(try(self.max_instance_lifetime, self.MaxInstanceLifetime)) > 0, false)
    severity = "info"
    message  = "Scale sets don't replace VMs when they reach an age: if instances must be recycled regularly, reimage or replace them on a schedule from a pipeline or an Automation runbook."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/overview"
  }

  caveat "termination-policies" {
    when     = try(anytrue([for p in try(self.termination_policies, self.TerminationPolicies, []) : p != "Default"]), false)
    severity = "info"
    message  = "Termination policies become the scale set's scale-in policy: Default (balance across zones, then delete the VM with the highest instance ID), NewestVM or OldestVM; OldestLaunchTemplate, ClosestToNextInstanceHour, AllocationStrategy and custom Lambda policies have no counterpart."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-scale-in-policy"
  }

  caveat "instance-refresh" {
    when     = can(self.instance_refresh[0])
    severity = "info"
    message  = "Instance refresh becomes a rollout of the new VM model: the scale set's upgrade policy (rolling upgrades in batches with health checks) or a reimage of the instances after the model changes; skip matching and checkpoints have no counterpart."
    link     = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-upgrade-policy"
  }
}

mapping "aws_launch_configuration" {
  cloudformation = ["AWS::AutoScaling::LaunchConfiguration"]
  service        = "Azure Virtual Machine Scale Sets"
  status         = "implicit"
  azurerm        = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm            = ["Microsoft.Compute/virtualMachineScaleSets"]
  link           = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/overview"
  note           = "Launch configuration settings become the scale set's VM profile; there is no separate object."

  translate "vm-size" {
    value = try(self.instance_type, self.InstanceType, null)
    table = "ec2-vm-size"
  }
}

mapping "aws_autoscaling_policy" {
  cloudformation = ["AWS::AutoScaling::ScalingPolicy"]
  service        = "Azure Monitor autoscale"
  status         = "partial"
  azurerm        = ["azurerm_monitor_autoscale_setting"]
  arm            = ["Microsoft.Insights/autoscalesettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-overview"
  note           = "Scaling policies become rules in one autoscale setting per scale set: step and simple scaling map to metric-triggered rules with cooldowns; target tracking has no direct equivalent and is approximated with a pair of scale-out/scale-in rules. Predictive autoscale exists for CPU."
}

mapping "aws_autoscaling_schedule" {
  cloudformation = ["AWS::AutoScaling::ScheduledAction"]
  service        = "Azure Monitor autoscale"
  status         = "implicit"
  azurerm        = ["azurerm_monitor_autoscale_setting"]
  arm            = ["Microsoft.Insights/autoscalesettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-multiprofile"
  note           = "A scheduled action becomes a profile of the autoscale setting with a recurrence or fixed date and its own capacity."
}

mapping "aws_autoscaling_lifecycle_hook" {
  cloudformation = ["AWS::AutoScaling::LifecycleHook"]
  service        = "Azure Virtual Machine Scale Sets"
  status         = "partial"
  azurerm        = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm            = ["Microsoft.Compute/virtualMachineScaleSets"]
  link           = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/virtual-machine-scale-sets-terminate-notification"
  note           = "Termination hooks become terminate notifications (a delay the VM sees through Scheduled Events); launch hooks have no counterpart and move into VM startup scripts."
}

mapping "aws_autoscaling_attachment" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "implicit"
  azurerm = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm     = ["Microsoft.Compute/virtualMachineScaleSets"]
  link    = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
  note    = "Backend pools are set in the scale set's network interface ip_configuration (load_balancer_backend_address_pool_ids or application_gateway_backend_address_pool_ids)."
}

mapping "aws_appautoscaling_target" {
  cloudformation = ["AWS::ApplicationAutoScaling::ScalableTarget"]
  service        = "Azure Monitor autoscale"
  status         = "partial"
  azurerm        = ["azurerm_monitor_autoscale_setting"]
  arm            = ["Microsoft.Insights/autoscalesettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-overview"
  note           = "The scalable target's min and max capacity become the capacity of an autoscale setting (or the service's own scaling settings, depending on the namespace)."

  target "ecs" {
    when    = try(lower(self.service_namespace), lower(self.ServiceNamespace), "") == "ecs"
    service = "Azure Container Apps scaling"
    status  = "implicit"
    azurerm = ["azurerm_container_app"]
    arm     = ["Microsoft.App/containerApps"]
    link    = "https://learn.microsoft.com/azure/container-apps/scale-app"
    note    = "Min and max capacity become min_replicas and max_replicas of the container app's template."
  }

  target "dynamodb" {
    when    = try(lower(self.service_namespace), lower(self.ServiceNamespace), "") == "dynamodb"
    service = "Azure Cosmos DB autoscale throughput"
    status  = "implicit"
    azurerm = ["azurerm_cosmosdb_sql_container"]
    arm     = ["Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"]
    link    = "https://learn.microsoft.com/azure/cosmos-db/provision-throughput-autoscale"
    note    = "Capacity scaling becomes autoscale throughput (autoscale_settings { max_throughput }) on the container or database; Cosmos DB scales between 10% and 100% of the maximum on its own."
  }

  target "lambda" {
    when    = try(lower(self.service_namespace), lower(self.ServiceNamespace), "") == "lambda"
    service = "Azure Functions"
    status  = "implicit"
    azurerm = ["azurerm_function_app_flex_consumption"]
    arm     = ["Microsoft.Web/sites"]
    link    = "https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan"
    note    = "Scaling provisioned concurrency becomes always-ready instance counts and the maximum instance count of the Flex Consumption app."
  }

  caveat "replica-scaling" {
    when     = contains(["rds", "elasticache"], try(lower(self.service_namespace), lower(self.ServiceNamespace), ""))
    severity = "warning"
    message  = "Automatic scaling of Aurora replicas or ElastiCache shards and replicas has no built-in counterpart for the Azure database and cache services: size them for peak load, or change the replica or shard count from an alert-triggered runbook or function."
    link     = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-overview"
  }
}

mapping "aws_appautoscaling_policy" {
  cloudformation = ["AWS::ApplicationAutoScaling::ScalingPolicy"]
  service        = "Azure Monitor autoscale"
  status         = "partial"
  azurerm        = ["azurerm_monitor_autoscale_setting"]
  arm            = ["Microsoft.Insights/autoscalesettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-overview"
  note           = "Scaling policies become autoscale rules; target tracking is approximated with scale-out/scale-in rule pairs."

  target "ecs" {
    when    = try(lower(self.service_namespace), lower(self.ServiceNamespace), "") == "ecs"
    service = "Azure Container Apps scaling"
    status  = "implicit"
    azurerm = ["azurerm_container_app"]
    arm     = ["Microsoft.App/containerApps"]
    link    = "https://learn.microsoft.com/azure/container-apps/scale-app"
    note    = "The policy becomes a scale rule of the container app (HTTP concurrency, CPU/memory, or a KEDA scaler such as Service Bus queue length)."
  }

  target "dynamodb" {
    when    = try(lower(self.service_namespace), lower(self.ServiceNamespace), "") == "dynamodb"
    service = "Azure Cosmos DB autoscale throughput"
    status  = "implicit"
    azurerm = ["azurerm_cosmosdb_sql_container"]
    arm     = ["Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"]
    link    = "https://learn.microsoft.com/azure/cosmos-db/provision-throughput-autoscale"
    note    = "Target-utilisation policies are unnecessary with autoscale throughput, which scales on its own."
  }

  caveat "target-tracking" {
    when     = try(upper(self.policy_type), upper(self.PolicyType), "") == "TARGETTRACKINGSCALING" && !contains(["ecs", "dynamodb"], try(lower(self.service_namespace), lower(self.ServiceNamespace), ""))
    severity = "info"
    message  = "Azure Monitor autoscale has no target tracking: express the target as a scale-out rule above it and a scale-in rule clearly below it (to avoid flapping), each with a cooldown."
    link     = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-best-practices"
  }

  caveat "request-count" {
    when     = can(regex("ALBRequestCountPerTarget", try(jsonencode(self.target_tracking_scaling_policy_configuration), jsonencode(self.TargetTrackingScalingPolicyConfiguration), "")))
    severity = "info"
    message  = "Scaling on requests per target becomes a Container Apps HTTP scale rule, which scales on concurrent requests per replica rather than requests per minute: convert the target (concurrency is roughly request rate times average response time)."
    link     = "https://learn.microsoft.com/azure/container-apps/scale-app"
  }
}

mapping "aws_appautoscaling_scheduled_action" {
  service = "Azure Monitor autoscale"
  status  = "partial"
  azurerm = ["azurerm_monitor_autoscale_setting"]
  arm     = ["Microsoft.Insights/autoscalesettings"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-multiprofile"
  note    = "A scheduled action becomes a profile of the autoscale setting: cron() schedules become a weekly recurrence (days, hours, minutes) and at() a fixed_date profile, each with its own minimum and maximum capacity. The namespace decides whether Azure Monitor autoscale applies at all."

  target "ecs" {
    when    = try(lower(self.service_namespace), "") == "ecs"
    service = "Azure Container Apps scaling"
    status  = "partial"
    azurerm = ["azurerm_container_app"]
    arm     = ["Microsoft.App/containerApps"]
    link    = "https://learn.microsoft.com/azure/container-apps/scale-app"
    note    = "Container Apps has no scheduled capacity changes; use a custom scale rule with the KEDA cron scaler (start, end, timezone, desired replicas) alongside the other rules, or change min_replicas from a scheduled job."
  }

  target "dynamodb" {
    when    = try(lower(self.service_namespace), "") == "dynamodb"
    service = "Azure Cosmos DB autoscale throughput"
    status  = "partial"
    azurerm = ["azurerm_cosmosdb_sql_container"]
    arm     = ["Microsoft.DocumentDB/databaseAccounts/sqlDatabases/containers"]
    link    = "https://learn.microsoft.com/azure/cosmos-db/provision-throughput-autoscale"
    note    = "Cosmos DB has no scheduled throughput: autoscale usually makes it unnecessary; otherwise change the maximum throughput from a timer-triggered function or Automation runbook."
  }

  caveat "rate-schedule" {
    when     = startswith(try(lower(self.schedule), lower(self.Schedule), ""), "rate(")
    severity = "warning"
    message  = "rate() schedules have no equivalent: autoscale recurrences are weekly (days of week, hours, minutes). Rewrite the schedule as fixed times, or drive capacity from a metric rule instead."
    link     = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-multiprofile"
  }

  caveat "timezone" {
    when     = can(self.timezone) || can(self.Timezone)
    severity = "info"
    message  = "Autoscale recurrences take Windows time zone names (for example \"W. Europe Standard Time\"), not IANA names such as Europe/Berlin; translate the timezone."
    link     = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-multiprofile"
  }
}

mapping "aws_autoscaling_traffic_source_attachment" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "implicit"
  azurerm = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm     = ["Microsoft.Compute/virtualMachineScaleSets"]
  link    = "https://learn.microsoft.com/azure/load-balancer/backend-pool-management"
  note    = "Attaching a load balancer or target group becomes the backend pool reference in the scale set's network interface ip_configuration (load_balancer_backend_address_pool_ids or application_gateway_backend_address_pool_ids)."

  caveat "vpc-lattice" {
    when     = try(anytrue([for t in try(self.traffic_source, []) : try(lower(t.type), "") == "vpc-lattice"]), false)
    severity = "warning"
    message  = "VPC Lattice target groups have no single Azure equivalent: put the scale set behind an internal load balancer or Application Gateway and expose it to consumers through Private Link or API Management."
    link     = "https://learn.microsoft.com/azure/architecture/aws-professional/networking"
  }
}

data "aws_autoscaling_group" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "direct"
  azurerm = ["azurerm_orchestrated_virtual_machine_scale_set", "azurerm_virtual_machine_scale_set"]
  link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/overview"
  note    = "Looks up the scale set by name and resource group (instances' network interfaces, identity); use azurerm_orchestrated_virtual_machine_scale_set for Flexible orchestration."
}

data "aws_autoscaling_groups" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "partial"
  azurerm = ["azurerm_orchestrated_virtual_machine_scale_set"]
  link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/overview"
  note    = "There is no filtered list of scale sets: list them with azurerm_resources (type Microsoft.Compute/virtualMachineScaleSets, required_tags) and look each one up by name."
}

data "aws_launch_configuration" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/overview"
  note    = "There is no launch configuration: the VM model is part of the scale set, which you look up instead."
}

mapping "aws_autoscaling_group_tag" {
  service = "Azure Virtual Machine Scale Sets"
  status  = "implicit"
  azurerm = ["azurerm_orchestrated_virtual_machine_scale_set"]
  arm     = ["Microsoft.Compute/virtualMachineScaleSets"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "A tag managed apart from the group becomes an entry in the scale set's tags argument; if the VMs themselves must carry it, enforce that with an Azure Policy tag policy."
}

mapping "aws_autoscaling_notification" {
  service = "Azure Monitor autoscale notifications"
  status  = "partial"
  azurerm = ["azurerm_monitor_autoscale_setting", "azurerm_monitor_activity_log_alert"]
  arm     = ["Microsoft.Insights/autoscaleSettings", "Microsoft.Insights/activityLogAlerts"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-webhook-email"
  note    = "Scale-out and scale-in notifications become the notification block of the autoscale setting (email and webhooks); launch or terminate failures are caught with activity log alerts on the scale set sending to an action group. There is no SNS topic target: use a webhook or an action group."
}

mapping "AWS::AutoScaling::WarmPool" {
  service = "Azure Virtual Machine Scale Sets standby pools"
  status  = "partial"
  azurerm = ["azurerm_virtual_machine_scale_set_standby_pool"]
  arm     = ["Microsoft.StandbyPool/standbyVirtualMachinePools"]
  link    = "https://learn.microsoft.com/azure/virtual-machine-scale-sets/standby-pools-overview"
  note    = "A warm pool becomes a standby pool attached to a Flexible orchestration scale set, holding pre-provisioned VMs in a running or deallocated state up to a maximum ready capacity."
}
