# AWS Cost Explorer (anomaly detection, cost categories, cost allocation tags) → Microsoft Cost Management.

mapping "aws_ce_anomaly_monitor" {
  cloudformation = ["AWS::CE::AnomalyMonitor"]
  service        = "Microsoft Cost Management anomaly detection"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/cost-management-billing/understand/analyze-unexpected-charges"
  note           = "Cost anomaly detection runs automatically for every subscription; there is no monitor to create. Anomalies are shown in cost analysis insights and sent by anomaly alerts (see the anomaly subscription entry)."

  caveat "custom-monitor" {
    when     = try(upper(self.monitor_type), upper(self.MonitorType), "") == "CUSTOM"
    severity = "warning"
    message  = "Custom monitors over a cost category, tag or linked accounts have no counterpart: detection works per subscription. For a narrower scope, schedule a cost view export or a budget on that scope instead."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/understand/analyze-unexpected-charges"
  }
}

mapping "aws_ce_anomaly_subscription" {
  cloudformation = ["AWS::CE::AnomalySubscription"]
  service        = "Microsoft Cost Management anomaly alerts"
  status         = "partial"
  azurerm        = ["azurerm_cost_anomaly_alert"]
  arm            = ["Microsoft.CostManagement/scheduledActions"]
  link           = "https://learn.microsoft.com/azure/cost-management-billing/understand/analyze-unexpected-charges"
  note           = "An anomaly subscription becomes an anomaly alert on the subscription that e-mails the listed addresses when an anomaly is detected. There is no impact threshold; what a recipient sees depends on the alert creator's access to cost data."

  caveat "sns-subscriber" {
    when     = try(anytrue([for s in try(self.subscriber, self.Subscribers, []) : upper(try(s.type, s.Type, "")) == "SNS"]), false)
    severity = "warning"
    message  = "Anomaly alerts are sent by e-mail only: an SNS subscriber has no counterpart. To automate on anomalies, send the e-mail to a mailbox a Logic App watches, or poll the Cost Management API."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/understand/analyze-unexpected-charges"
  }

  caveat "threshold" {
    when     = can(self.threshold_expression) || can(self.ThresholdExpression) || can(self.threshold) || can(self.Threshold)
    severity = "info"
    message  = "Impact thresholds cannot be set: the alert reports every anomaly the model detects, so recipients must filter small ones themselves."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/understand/analyze-unexpected-charges"
  }
}

mapping "aws_ce_cost_category" {
  cloudformation = ["AWS::CE::CostCategory"]
  service        = "Microsoft Cost Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/cost-management-billing/costs/allocate-costs"
  note           = "Rule-based cost categories have no resource counterpart. Group costs by tags, resource groups, subscriptions or management groups in cost analysis views, and redistribute shared costs with cost allocation rules (EA and MCA billing accounts, managed in the portal or REST API, not azurerm)."
}

mapping "aws_ce_cost_allocation_tag" {
  service = "Microsoft Cost Management"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/enable-tag-inheritance"
  note    = "Resource tags appear in cost data without activation. To also charge usage to subscription and resource group tags, turn on tag inheritance in Cost Management settings (not managed by azurerm)."
}

data "aws_ce_cost_category" {
  service = "Microsoft Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/allocate-costs"
  note    = "There is no cost category to read; keep the grouping rules (tags, scopes) in your configuration."
}

data "aws_ce_tags" {
  service = "Microsoft Cost Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/enable-tag-inheritance"
  note    = "azurerm has no data source that lists tag keys and values seen in cost data; query the Cost Management API or Azure Resource Graph outside Terraform."
}
