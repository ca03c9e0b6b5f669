# Amazon SWF (Simple Workflow) → Azure Durable Functions (code-defined workflows) or Azure Logic Apps.

mapping "aws_swf_domain" {
  service = "Azure Durable Functions task hubs"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/durable-task/common/durable-task-hubs"
  note    = "A domain (the namespace of workflows, activities and their history) becomes a Durable Functions task hub, set by name in the function app's host.json and stored in its storage provider. History retention becomes autopurge retention policies with the Durable Task Scheduler backend, or scheduled calls to the purge API with the other storage providers. The deciders and activity workers themselves are rewritten as orchestrator and activity functions."
}
