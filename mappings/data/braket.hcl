# Amazon Braket → Azure Quantum (a workspace with quantum hardware providers; azurerm has no resource
# for it).

mapping "AWS::Braket::SpendingLimit" {
  service = "Azure Quantum provider quotas and Cost Management budgets"
  status  = "partial"
  azurerm = ["azurerm_consumption_budget_resource_group"]
  arm     = ["Microsoft.Consumption/budgets"]
  link    = "https://learn.microsoft.com/azure/quantum/azure-quantum-quotas"
  note    = "There is no user-defined per-device spending cap that rejects jobs. Hardware usage limits come from the quota of each provider's plan chosen in the Azure Quantum workspace (often raised by support request), and a Cost Management budget on the workspace's resource group alerts, but doesn't stop jobs, when spending crosses a threshold."
}
