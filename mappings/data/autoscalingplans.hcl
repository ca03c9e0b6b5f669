# AWS Auto Scaling plans → Azure Monitor autoscale settings, one per scaled resource.

mapping "aws_autoscalingplans_scaling_plan" {
  cloudformation = ["AWS::AutoScalingPlans::ScalingPlan"]
  service        = "Azure Monitor autoscale"
  status         = "partial"
  azurerm        = ["azurerm_monitor_autoscale_setting"]
  arm            = ["Microsoft.Insights/autoscaleSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/autoscale/autoscale-overview"
  note           = "A plan that scales several resources together becomes one autoscale setting per resource (scale set, App Service plan and others), each with its own metric rules; there is no grouping by tag or CloudFormation stack. Predictive scaling maps to predictive autoscale, which covers Virtual Machine Scale Sets on CPU only; targets such as DynamoDB or Aurora replicas scale with their own service's settings."
}
