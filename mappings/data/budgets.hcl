# AWS Budgets → Cost Management budgets (azurerm_consumption_budget_*) with action groups.

mapping "aws_budgets_budget" {
  cloudformation = ["AWS::Budgets::Budget"]
  service        = "Microsoft Cost Management budgets"
  status         = "partial"
  azurerm        = ["azurerm_consumption_budget_subscription", "azurerm_consumption_budget_resource_group", "azurerm_consumption_budget_management_group"]
  arm            = ["Microsoft.Consumption/budgets"]
  link           = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  note           = "A budget is created on a scope: the subscription (an account budget), a resource group, or a management group (an organization-wide budget); cost filters become the budget's dimension and tag filters. Notifications fire on actual or forecasted cost as a percentage of the amount and go to e-mails, RBAC roles or, at subscription and resource group scope, action groups (where the SNS subscribers go)."

  caveat "non-cost-budget" {
    when     = !contains(["", "COST"], try(upper(self.budget_type), upper(self.Budget.BudgetType), ""))
    severity = "error"
    message  = "Azure budgets track cost only: usage, reservation and savings plan utilization or coverage budgets have no counterpart. Watch utilization in the reservation and savings plan reports (and their utilization alerts) instead."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  }

  caveat "daily" {
    when     = try(upper(self.time_unit), upper(self.Budget.TimeUnit), "") == "DAILY"
    severity = "warning"
    message  = "Budgets reset monthly, quarterly or annually; there is no daily budget. Use a monthly amount, or a cost anomaly alert to catch daily spikes."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  }

  caveat "absolute-threshold" {
    when     = try(anytrue([for n in try(self.notification, self.NotificationsWithSubscribers, []) : upper(try(n.threshold_type, n.Notification.ThresholdType, "")) == "ABSOLUTE_VALUE"]), false)
    severity = "info"
    message  = "Notification thresholds are always a percentage of the budget amount (up to 1000 %): convert absolute thresholds to percentages."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  }

  caveat "auto-adjust" {
    when     = can(self.auto_adjust_data) || can(self.Budget.AutoAdjustData)
    severity = "warning"
    message  = "Auto-adjusting budget amounts have no counterpart: the amount is fixed (per period) and must be updated by your own automation."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  }

  caveat "planned-limits" {
    when     = try(length(self.planned_limit), length(self.Budget.PlannedBudgetLimits), 0) > 0
    severity = "warning"
    message  = "Planned per-period amounts have no counterpart: an Azure budget has one amount for every period, so varying amounts need separate budgets with their own time periods."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  }
}

mapping "aws_budgets_budget_action" {
  cloudformation = ["AWS::Budgets::BudgetsAction"]
  service        = "Cost Management budgets with Azure Monitor action groups"
  status         = "partial"
  azurerm        = ["azurerm_monitor_action_group"]
  arm            = ["Microsoft.Insights/actionGroups"]
  requires       = ["azurerm_consumption_budget_subscription"]
  link           = "https://learn.microsoft.com/azure/cost-management-billing/manage/cost-management-budget-scenario"
  note           = "Budgets have no built-in actions: a budget notification calls an action group whose Automation runbook, function or Logic App does the work (for example stopping VMs or assigning a deny policy). Action groups work only on subscription and resource group budgets."

  caveat "manual-approval" {
    when     = try(upper(self.approval_model), upper(self.ApprovalModel), "") == "MANUAL"
    severity = "warning"
    message  = "Manual approval of the action has no counterpart: build the approval step into the Logic App (for example an approval e-mail) that the action group calls."
    link     = "https://learn.microsoft.com/azure/cost-management-billing/manage/cost-management-budget-scenario"
  }
}

data "aws_budgets_budget" {
  service = "Microsoft Cost Management budgets"
  status  = "partial"
  azurerm = ["azurerm_consumption_budget_subscription", "azurerm_consumption_budget_resource_group"]
  link    = "https://learn.microsoft.com/azure/cost-management-billing/costs/tutorial-acm-create-budgets"
  note    = "Reads a subscription or resource group budget by name."
}
