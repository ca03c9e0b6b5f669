# AWS Lambda → Azure Functions (Flex Consumption by default).

mapping "aws_lambda_function" {
  cloudformation = ["AWS::Lambda::Function", "AWS::Serverless::Function"]
  service        = "Azure Functions"
  status         = "direct"
  azurerm        = ["azurerm_function_app_flex_consumption"]
  arm            = ["Microsoft.Web/sites", "Microsoft.Web/serverfarms"]
  requires       = ["azurerm_service_plan", "azurerm_storage_account"]
  link           = "https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan"
  note           = "Flex Consumption is the serverless plan for new function apps (Linux, scale to zero, VNet integration). One function app can host several functions that deploy together. Handler code must be ported to the Functions programming model (triggers and bindings replace event payloads)."

  translate "runtime" {
    value = try(self.runtime, self.Runtime, null)
    table = "lambda-runtime"
  }

  target "container-image" {
    when    = try(lower(self.package_type), lower(self.PackageType), "zip") == "image"
    service = "Azure Functions (Premium or Dedicated plan) or Azure Container Apps"
    status  = "partial"
    azurerm = ["azurerm_linux_function_app"]
    arm     = ["Microsoft.Web/sites", "Microsoft.Web/serverfarms"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-how-to-custom-container"
    note    = "Container-image functions need a Linux function app on a Premium or Dedicated plan, or Azure Functions on Container Apps; Flex Consumption runs code packages only. The image must be rebuilt on an Azure Functions base image."
  }

  target "custom-handler" {
    when    = can(regex("^(ruby|provided|go1)", try(lower(self.runtime), lower(self.Runtime), "")))
    service = "Azure Functions (custom handler)"
    status  = "partial"
    azurerm = ["azurerm_linux_function_app"]
    arm     = ["Microsoft.Web/sites", "Microsoft.Web/serverfarms"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-custom-handlers"
    note    = "This runtime has no native Functions language stack: run the code as a custom handler (a small web server the Functions host calls; Flex Consumption and azurerm_linux_function_app both take it, Flex Consumption with runtime_name = \"custom\"), or port it to a supported language."
  }

  caveat "code-port" {
    severity = "info"
    message  = "Lambda handlers don't run unchanged: rewrite the entry point for the Functions programming model, move event-source wiring into trigger bindings, and replace AWS SDK calls with Azure SDK calls."
    link     = "https://learn.microsoft.com/azure/azure-functions/migration/migrate-aws-lambda-to-azure-functions"
  }

  caveat "custom-runtime" {
    when     = can(regex("^(ruby|provided|go1)", try(lower(self.runtime), lower(self.Runtime), "")))
    severity = "warning"
    message  = "Ruby, Go and custom (provided.*) runtimes have no Functions language stack: package the code as a custom handler (runtime_name = \"custom\" on Flex Consumption), or port the function to .NET, Java, Node.js, Python or PowerShell."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-custom-handlers"
  }

  caveat "image-package" {
    when     = try(lower(self.package_type), lower(self.PackageType), "zip") == "image"
    severity = "warning"
    message  = "Container-image functions can't run on Flex Consumption: use a Premium or Dedicated plan (azurerm_linux_function_app with a container) or Container Apps, and rebuild the image from an Azure Functions base image."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-how-to-custom-container"
  }

  caveat "memory" {
    when     = try(tonumber(try(self.memory_size, self.MemorySize)) > 4096, false)
    severity = "warning"
    message  = "More than 4 GB of memory: Flex Consumption instances offer at most 4,096 MB; use a Premium plan (EP3 has 14 GB) or a Dedicated plan."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-scale"
  }

  caveat "layers" {
    when     = try(length(self.layers), length(self.Layers), 0) > 0
    severity = "info"
    message  = "Functions has no layers: bundle the layer's libraries into the deployment package (or the container image) of each app that uses them."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-technologies"
  }

  caveat "dead-letter" {
    when     = can(self.dead_letter_config[0].target_arn) || can(self.DeadLetterConfig) || can(self.DeadLetterQueue)
    severity = "info"
    message  = "Functions has no dead-letter target for failed asynchronous invocations: rely on the trigger source's own dead-lettering (Service Bus dead-letter subqueue, Event Grid dead-letter destination)."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-error-pages"
  }

  caveat "sam-events" {
    when     = source == "cloudformation" && can(self.Events)
    severity = "info"
    message  = "SAM Events become trigger bindings declared with the function code (an HTTP trigger behind API Management, a Service Bus, Event Hubs or Timer trigger), not separate resources."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-triggers-bindings"
  }

  caveat "default-timeout" {
    when     = source == "terraform" && !can(self.timeout)
    severity = "info"
    message  = "No timeout is set, so Lambda stops the function after 3 seconds; Flex Consumption's default (functionTimeout in host.json) is 30 minutes. Set functionTimeout if the short limit protected against runaway executions."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-scale"
  }

  caveat "http-timeout" {
    when     = try(tonumber(try(self.timeout, self.Timeout)) > 230, false)
    severity = "info"
    message  = "Timeout above 230 seconds: an HTTP-triggered function must answer within 230 seconds whatever functionTimeout says; for longer work behind HTTP, return early and continue with Durable Functions or a queue."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-scale"
  }

  caveat "reserved-concurrency" {
    when     = try(tonumber(try(self.reserved_concurrent_executions, self.ReservedConcurrentExecutions)) > 0, false)
    severity = "info"
    message  = "Reserved concurrency becomes the app's maximum_instance_count (and per-instance concurrency settings); it caps the whole function app, not one function, and reserves no capacity for it."
    link     = "https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan"
  }

  caveat "vpc" {
    when     = can(self.vpc_config[0].subnet_ids) || can(self.VpcConfig)
    severity = "info"
    message  = "VPC access becomes virtual network integration: set virtual_network_subnet_id to a subnet delegated to Microsoft.App/environments; security groups become NSG rules on that subnet."
    link     = "https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan"
  }

  caveat "snap-start" {
    when     = try(lower(self.snap_start[0].apply_on), lower(self.SnapStart.ApplyOn), "none") == "publishedversions"
    severity = "info"
    message  = "SnapStart has no Functions counterpart: keep instances warm with always-ready instances (always_ready on Flex Consumption) to avoid cold starts."
    link     = "https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan"
  }

  caveat "tracing" {
    when     = try(lower(self.tracing_config[0].mode), lower(self.TracingConfig.Mode), lower(self.Tracing), "") == "active"
    severity = "info"
    message  = "X-Ray tracing becomes Application Insights distributed tracing (OpenTelemetry); connect the app with the APPLICATIONINSIGHTS_CONNECTION_STRING setting."
    link     = "https://learn.microsoft.com/azure/azure-monitor/app/app-insights-overview"
  }
}

mapping "aws_lambda_permission" {
  cloudformation = ["AWS::Lambda::Permission"]
  service        = "Azure Functions"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-functions/security-concepts"
  note           = "Functions have no resource-based invoke policy: a trigger binding (Service Bus, Event Hubs, Event Grid, Timer) needs no permission on the function, and HTTP callers are authorised with function keys or Microsoft Entra authentication."

  target "s3" {
    when    = try(lower(self.principal), lower(self.Principal), "") == "s3.amazonaws.com"
    service = "Azure Event Grid (Blob Storage events)"
    status  = "implicit"
    azurerm = ["azurerm_eventgrid_system_topic_event_subscription"]
    arm     = ["Microsoft.EventGrid/systemTopics/eventSubscriptions"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-event-grid-blob-trigger"
    note    = "S3 invoking the function becomes an Event Grid subscription on the storage account's system topic that delivers blob events to the function, through an event-based Blob trigger (the only Blob trigger Flex Consumption runs) or an Event Grid trigger. Nothing needs permission to invoke the function; the subscription is what the bucket notification maps to."
  }
}

mapping "aws_lambda_event_source_mapping" {
  cloudformation = ["AWS::Lambda::EventSourceMapping"]
  service        = "Azure Functions triggers"
  status         = "implicit"
  azurerm        = ["azurerm_function_app_flex_consumption"]
  arm            = ["Microsoft.Web/sites"]
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-triggers-bindings"
  note           = "An event source mapping becomes a trigger binding in the function code (SQS → Service Bus trigger, Kinesis → Event Hubs trigger, DynamoDB Streams → Cosmos DB trigger, Kafka/MSK → Kafka trigger); batch size and similar settings move to host.json."

  target "sqs" {
    when    = can(regex(":sqs:", try(self.event_source_arn, self.EventSourceArn)))
    service = "Azure Functions Service Bus trigger"
    status  = "implicit"
    azurerm = ["azurerm_function_app_flex_consumption"]
    arm     = ["Microsoft.Web/sites"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus-trigger"
    note    = "A Service Bus queue trigger in the function code; batch settings live in host.json (maxMessageBatchSize)."
  }

  target "kinesis" {
    when    = can(regex(":kinesis:", try(self.event_source_arn, self.EventSourceArn)))
    service = "Azure Functions Event Hubs trigger"
    status  = "implicit"
    azurerm = ["azurerm_function_app_flex_consumption"]
    arm     = ["Microsoft.Web/sites"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-event-hubs-trigger"
    note    = "An Event Hubs trigger with its own consumer group; the starting position and batch size are trigger and host.json settings."
  }

  target "dynamodb" {
    when    = can(regex(":dynamodb:", try(self.event_source_arn, self.EventSourceArn)))
    service = "Azure Functions Azure Cosmos DB trigger"
    status  = "implicit"
    azurerm = ["azurerm_function_app_flex_consumption"]
    arm     = ["Microsoft.Web/sites"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-cosmosdb-v2-trigger"
    note    = "A Cosmos DB trigger on the container's change feed; it needs a lease container beside the monitored one."
  }

  target "kafka" {
    when    = can(regex(":kafka:", try(self.event_source_arn, self.EventSourceArn))) || can(self.self_managed_event_source[0]) || can(self.SelfManagedEventSource)
    service = "Azure Functions Kafka trigger"
    status  = "partial"
    azurerm = ["azurerm_linux_function_app"]
    arm     = ["Microsoft.Web/sites"]
    link    = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-kafka-trigger"
    note    = "A Kafka trigger in the function code. Premium and Dedicated plans support it; check Flex Consumption support before choosing that plan. Moving the topics to Event Hubs (Kafka endpoint) lets an Event Hubs trigger replace it."
  }

  caveat "batching-window" {
    when     = try(tonumber(try(self.maximum_batching_window_in_seconds, self.MaximumBatchingWindowInSeconds)) > 0, false)
    severity = "info"
    message  = "A batching window becomes host.json settings that apply to the whole function app, not to one trigger: minMessageBatchSize with maxBatchWaitTime for Service Bus (extension 5.10 or later, at most half the queue's lock duration), minEventBatchSize with maxWaitTime for Event Hubs. They only matter for functions that receive batches."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-service-bus#hostjson-settings"
  }

  caveat "filter-criteria" {
    when     = can(self.filter_criteria[0]) || can(self.FilterCriteria)
    severity = "info"
    message  = "Functions triggers don't filter events before invocation: filter in code, or filter upstream with Service Bus subscription rules or Event Grid filters."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-triggers-bindings"
  }
}

mapping "aws_lambda_function_url" {
  cloudformation = ["AWS::Lambda::Url"]
  service        = "Azure Functions HTTP trigger"
  status         = "implicit"
  azurerm        = ["azurerm_function_app_flex_consumption"]
  arm            = ["Microsoft.Web/sites"]
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger"
  note           = "Every HTTP-triggered function already has a URL on the app's host name; authorization_type NONE becomes the anonymous auth level and AWS_IAM becomes function keys or Microsoft Entra authentication. CORS is an app setting."
}

mapping "aws_lambda_alias" {
  cloudformation = ["AWS::Lambda::Alias"]
  service        = "Azure Functions deployment slots"
  status         = "partial"
  azurerm        = ["azurerm_linux_function_app_slot"]
  arm            = ["Microsoft.Web/sites/slots"]
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-slots"
  note           = "Functions has no aliases over versions. Deployment slots (staging, then swap; percentage traffic routing) cover the blue/green and canary cases, but only on Premium, Dedicated and Windows Consumption plans, not Flex Consumption; otherwise deploy separate apps per stage."

  caveat "weighted-routing" {
    when     = can(self.routing_config[0].additional_version_weights) || can(self.RoutingConfig)
    severity = "warning"
    message  = "Weighted alias routing (canary between two versions) needs deployment slots with a traffic percentage, which Flex Consumption doesn't offer: host the app on a Premium or Dedicated plan, or split traffic between two apps with Azure Front Door or API Management."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-slots"
  }
}

mapping "aws_lambda_layer_version" {
  cloudformation = ["AWS::Lambda::LayerVersion", "AWS::Serverless::LayerVersion"]
  service        = "Azure Functions"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-technologies"
  note           = "Functions has no layers: publish shared code as a package (NuGet, npm, PyPI, Maven) and bundle it into each app's deployment package or container image."
}

mapping "aws_lambda_provisioned_concurrency_config" {
  service = "Azure Functions"
  status  = "implicit"
  azurerm = ["azurerm_function_app_flex_consumption"]
  arm     = ["Microsoft.Web/sites"]
  link    = "https://learn.microsoft.com/azure/azure-functions/flex-consumption-plan"
  note    = "Provisioned concurrency becomes always-ready instances on the Flex Consumption app (always_ready block), or minimum instances on a Premium plan."
}

mapping "aws_lambda_function_event_invoke_config" {
  cloudformation = ["AWS::Lambda::EventInvokeConfig"]
  service        = "Azure Functions"
  status         = "partial"
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-error-pages"
  note           = "Retry count and maximum event age for asynchronous invocations become the retry policy of the trigger source (Event Grid subscription retry and dead-letter settings, Service Bus max delivery count) or the function's retry policy."

  caveat "destinations" {
    when     = can(self.destination_config[0]) || can(self.DestinationConfig)
    severity = "info"
    message  = "Functions has no invocation destinations: send success results with an output binding (Service Bus, Event Grid, Event Hubs) from the code, and route failures with the trigger source's dead-lettering."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-triggers-bindings"
  }
}

mapping "AWS::Lambda::Version" {
  service = "Azure Functions"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-slots"
  note    = "Nothing to create: Functions keeps no immutable published versions of an app, so the release lives in your pipeline. Keep every build as a versioned deployment package (or container image tag) in your pipeline and redeploy it to roll back; use deployment slots where the plan offers them for staged releases."
}

data "aws_lambda_function" {
  service = "Azure Functions"
  status  = "partial"
  azurerm = ["azurerm_linux_function_app", "azurerm_windows_function_app"]
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
  note    = "Looks up the function app hosting the function (default_hostname, identity, app settings); one app hosts several functions, and azurerm has no data source dedicated to Flex Consumption apps."
}

data "aws_lambda_functions" {
  service = "Azure Functions"
  status  = "partial"
  azurerm = ["azurerm_linux_function_app"]
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
  note    = "There is no list of function apps in azurerm: list them with azurerm_resources (type Microsoft.Web/sites) and look each one up by name."
}

data "aws_lambda_function_url" {
  service = "Azure Functions"
  status  = "partial"
  azurerm = ["azurerm_linux_function_app", "azurerm_windows_function_app"]
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger"
  note    = "HTTP-triggered functions are served on the app's default_hostname (https://<host>/api/<function>); function keys come from azurerm_function_app_host_keys."
}

data "aws_lambda_alias" {
  service = "Azure Functions deployment slots"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-slots"
  note    = "Aliases become deployment slots, which azurerm cannot look up as data: take the slot's default_hostname from the module that creates it."
}

data "aws_lambda_layer_version" {
  service = "Azure Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
  note    = "Functions has no layers to look up: shared code is packaged into each app's deployment package or container image."
}

data "aws_lambda_invocation" {
  service = "Azure Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-bindings-http-webhook-trigger"
  note    = "There is no invoke data source: call an HTTP-triggered function with the http provider's data source (key from azurerm_function_app_host_keys), or run the logic in a deployment script."
}

mapping "aws_lambda_capacity_provider" {
  cloudformation = ["AWS::Lambda::CapacityProvider"]
  service        = "Azure Functions (Premium or Dedicated plan)"
  status         = "partial"
  azurerm        = ["azurerm_service_plan"]
  arm            = ["Microsoft.Web/serverfarms"]
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-premium-plan"
  note           = "Running functions on chosen, pre-provisioned compute (Lambda Managed Instances) becomes a Functions Elastic Premium plan (EP SKUs, always-ready and pre-warmed instances, virtual network integration) or a Dedicated App Service plan; you pick a plan SKU rather than EC2 instance types, and the instances are not visible in your subscription."
}

mapping "aws_lambda_function_scaling_config" {
  service = "Azure Functions"
  status  = "implicit"
  azurerm = ["azurerm_service_plan", "azurerm_linux_function_app"]
  arm     = ["Microsoft.Web/serverfarms", "Microsoft.Web/sites"]
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-premium-plan"
  note    = "Minimum and maximum execution environments of a managed-instances function become the plan's scale settings: always-ready instances and the maximum burst (maximum_elastic_worker_count) on a Premium plan, or the function app's scale-out limit."
}

mapping "aws_lambda_code_signing_config" {
  cloudformation = ["AWS::Lambda::CodeSigningConfig"]
  service        = "Azure Functions"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-technologies"
  note           = "Functions does not verify code signatures at deployment. Sign and verify artifacts in the release pipeline, restrict who can deploy (RBAC on the app, no publishing credentials), or deploy signed container images."
}

mapping "aws_lambda_function_recursion_config" {
  service = "Azure Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-best-practices"
  note    = "Functions has no recursive-loop detection: a function that writes to the queue, topic or container it is triggered by loops until stopped. Design triggers and outputs so they cannot feed each other, and cap scale-out or use alerts to catch runaway executions."
}

mapping "aws_lambda_invocation" {
  service = "Azure Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/templates/deployment-script-template"
  note    = "azurerm cannot invoke a function during apply: call the function's HTTP endpoint from a deployment script (azurerm_resource_deployment_script_azure_cli) or from the pipeline after apply."
}

mapping "aws_lambda_layer_version_permission" {
  cloudformation = ["AWS::Lambda::LayerVersionPermission"]
  service        = "Azure Functions"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-technologies"
  note           = "There are no layers to share: publish the shared code to a package feed (Azure Artifacts or a public registry) and grant the consuming teams read access to the feed."
}

mapping "aws_lambda_runtime_management_config" {
  service = "Azure Functions"
  status  = "implicit"
  azurerm = ["azurerm_function_app_flex_consumption"]
  arm     = ["Microsoft.Web/sites"]
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-versions"
  note    = "Azure patches the Functions host and language runtime within the version you choose: set the language and version (runtime_name and runtime_version, or application_stack on other plans) and the host major version; pinning an exact runtime build is not possible."
}

mapping "AWS::Lambda::ResourcePolicy" {
  service = "Azure Functions"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-functions/security-concepts"
  note    = "Functions has no resource-based policy document: triggers from Azure services need no permission on the function, HTTP callers are authorised with function keys or Microsoft Entra authentication (App Service authentication), and source IP or virtual network conditions become access restrictions or private endpoints on the app."
}

data "aws_lambda_code_signing_config" {
  service = "Azure Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-deployment-technologies"
  note    = "Functions has no code signing configuration to look up; signing policy lives in the release pipeline."
}
