# Amazon Bedrock AgentCore → Microsoft Foundry Agent Service (hosted agents, memory, tools),
# Azure API Management (MCP gateway, credential manager) and Azure Container Apps dynamic sessions.

mapping "aws_bedrockagentcore_agent_runtime" {
  cloudformation = ["AWS::BedrockAgentCore::Runtime"]
  service        = "Microsoft Foundry Agent Service hosted agents"
  status         = "partial"
  requires       = ["azurerm_cognitive_account", "azurerm_cognitive_account_project"]
  link           = "https://learn.microsoft.com/azure/foundry/agents/concepts/hosted-agents"
  note           = "An agent runtime (your agent code in a container) becomes a hosted agent in a Foundry project: your container image or source package running on Microsoft-managed infrastructure with session state and its own Entra identity. Hosted agents are created through the Foundry SDK, REST API or azd, not azurerm; Terraform manages the Foundry account, project, model deployments and the container registry. Azure Container Apps (azurerm_container_app) is the alternative when you want to run the container yourself."

  caveat "custom-protocol" {
    when     = contains(["MCP", "A2A"], try(upper(self.protocol_configuration[0].server_protocol), upper(self.ProtocolConfiguration.ServerProtocol), upper(self.ProtocolConfiguration), ""))
    severity = "warning"
    message  = "The runtime serves MCP or A2A instead of the HTTP agent protocol: check which protocols hosted agents expose today, or run this server on Azure Container Apps (for MCP, optionally behind API Management)."
    link     = "https://learn.microsoft.com/azure/foundry/agents/concepts/hosted-agents"
  }

  caveat "vpc" {
    when     = try(upper(self.network_configuration[0].network_mode), upper(self.NetworkConfiguration.NetworkMode), "") == "VPC"
    severity = "info"
    message  = "VPC mode becomes private networking: private endpoints for the Foundry account (check the network isolation options hosted agents support), or a Container Apps environment in your virtual network."
    link     = "https://learn.microsoft.com/azure/foundry/agents/concepts/hosted-agents"
  }
}

mapping "aws_bedrockagentcore_agent_runtime_endpoint" {
  cloudformation = ["AWS::BedrockAgentCore::RuntimeEndpoint"]
  service        = "Microsoft Foundry Agent Service hosted agents"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/foundry/agents/concepts/hosted-agents"
  note           = "Each hosted agent has its own endpoint and versions; pointing callers at a version replaces a named runtime endpoint. On Container Apps, revisions with traffic splitting and labels play the same role."
}

mapping "aws_bedrockagentcore_gateway" {
  cloudformation = ["AWS::BedrockAgentCore::Gateway"]
  service        = "Azure API Management (MCP servers)"
  status         = "partial"
  azurerm        = ["azurerm_api_management"]
  arm            = ["Microsoft.ApiManagement/service"]
  link           = "https://learn.microsoft.com/azure/api-management/export-rest-mcp-server"
  note           = "An MCP gateway becomes API Management exposing managed REST APIs as MCP servers (or fronting existing MCP servers), with inbound authentication by validate-jwt or subscription keys. API Management serves MCP tools but not MCP resources or prompts, and needs a tier that supports MCP servers."
}

mapping "aws_bedrockagentcore_gateway_target" {
  cloudformation = ["AWS::BedrockAgentCore::GatewayTarget"]
  service        = "Azure API Management APIs"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api", "azurerm_api_management_backend"]
  arm            = ["Microsoft.ApiManagement/service/apis", "Microsoft.ApiManagement/service/backends"]
  link           = "https://learn.microsoft.com/azure/api-management/export-rest-mcp-server"
  note           = "An OpenAPI or Smithy target becomes an API (imported from its OpenAPI definition) whose operations are exposed as MCP tools; a Lambda target becomes an Azure Functions backend; an MCP server target becomes an existing MCP server fronted by API Management. The MCP server itself is configured on the API Management instance."
}

mapping "aws_bedrockagentcore_api_key_credential_provider" {
  cloudformation = ["AWS::BedrockAgentCore::ApiKeyCredentialProvider"]
  service        = "Azure Key Vault, or API Management named values"
  status         = "partial"
  azurerm        = ["azurerm_key_vault_secret", "azurerm_api_management_named_value"]
  arm            = ["Microsoft.ApiManagement/service/namedValues"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-howto-properties"
  note           = "Store the outbound API key as a Key Vault secret read by the agent's managed identity, or as a Key Vault-backed named value that an API Management policy adds to calls to the tool; Foundry project connections can also hold a key for a tool."
}

mapping "aws_bedrockagentcore_oauth2_credential_provider" {
  cloudformation = ["AWS::BedrockAgentCore::OAuth2CredentialProvider"]
  service        = "Azure API Management credential manager"
  status         = "partial"
  arm            = ["Microsoft.ApiManagement/service/authorizationProviders"]
  requires       = ["azurerm_api_management"]
  link           = "https://learn.microsoft.com/azure/api-management/credentials-overview"
  note           = "An OAuth 2.0 client for outbound tool calls becomes a credential provider with connections in API Management's credential manager, which runs consent, stores and refreshes tokens and attaches them in policies. azurerm has no resource for it: deploy it with ARM, Bicep or azapi."
}

mapping "aws_bedrockagentcore_workload_identity" {
  cloudformation = ["AWS::BedrockAgentCore::WorkloadIdentity"]
  service        = "Microsoft Entra managed identities"
  status         = "partial"
  azurerm        = ["azurerm_user_assigned_identity"]
  arm            = ["Microsoft.ManagedIdentity/userAssignedIdentities"]
  link           = "https://learn.microsoft.com/azure/foundry/agents/concepts/hosted-agents"
  note           = "Foundry hosted agents get their own Entra agent identity automatically; an agent run elsewhere (Container Apps, Functions) uses a managed identity. Access to downstream Azure services is granted with role assignments to that identity."
}

mapping "aws_bedrockagentcore_token_vault_cmk" {
  service = "Azure Key Vault (customer-managed keys)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/api-management/credentials-overview"
  note    = "There is no separate token vault to encrypt: tokens live in API Management's credential manager (platform-encrypted) and secrets in Key Vault. Customer-managed keys apply per service, for example azurerm_cognitive_account_customer_managed_key on the Foundry account."
}

mapping "aws_bedrockagentcore_code_interpreter" {
  cloudformation = ["AWS::BedrockAgentCore::CodeInterpreterCustom"]
  service        = "Foundry code interpreter tool, or Azure Container Apps dynamic sessions"
  status         = "partial"
  arm            = ["Microsoft.App/sessionPools"]
  link           = "https://learn.microsoft.com/azure/container-apps/sessions"
  note           = "Foundry agents have a built-in code interpreter tool. For a sandbox your own agent calls, use a Container Apps session pool (code interpreter or custom container sessions, each isolated by a Hyper-V boundary), with network egress control on the pool. azurerm has no session pool resource: deploy it with ARM, Bicep or azapi."
}

mapping "aws_bedrockagentcore_browser" {
  cloudformation = ["AWS::BedrockAgentCore::BrowserCustom", "AWS::BedrockAgentCore::Browser"]
  service        = "Azure Container Apps dynamic sessions (custom container)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/container-apps/sessions"
  note           = "azurerm has no counterpart of a custom AgentCore browser. Give your own agents cloud browsers from Playwright Workspaces (its remote MCP server, in preview, exposes browser tools to agents), or run a headless browser such as Playwright in custom container sessions or a container app and expose it as a tool; check live view, session recording and private network access against what the AgentCore browser was configured with."

  target "service-managed" {
    when     = source == "cloudformation" && !can(self.Name) && !can(self.NetworkConfiguration)
    service  = "Microsoft Foundry Browser Automation tool (Playwright Workspaces)"
    status   = "partial"
    requires = ["azurerm_cognitive_account_project"]
    link     = "https://learn.microsoft.com/azure/foundry/agents/how-to/tools/browser-automation"
    note     = "AWS::BedrockAgentCore::Browser (no name or network configuration) is the read-only stand-in for AgentCore's built-in, service-managed browser. Foundry agents get the same capability from the Browser Automation tool (preview), which drives cloud browsers in a Playwright workspace reached through a project connection; azurerm has no resource for the Playwright workspace, so create it in the portal, with the CLI or ARM. Agents that run outside Foundry can use the Playwright Workspaces remote MCP server (preview) instead."
  }
}

mapping "aws_bedrockagentcore_memory" {
  cloudformation = ["AWS::BedrockAgentCore::Memory"]
  service        = "Microsoft Foundry Agent Service memory"
  status         = "partial"
  requires       = ["azurerm_cognitive_account_project"]
  link           = "https://learn.microsoft.com/azure/foundry/agents/concepts/what-is-memory"
  note           = "Long-term memory becomes a Foundry memory store (preview), scoped per user and attached to agents, which extracts and consolidates user-profile facts and chat summaries. Memory stores are data-plane objects; short-term conversation history is kept by the agent service's conversations. Raw event retention and custom extraction need your own store (for example Cosmos DB)."
}

mapping "aws_bedrockagentcore_memory_strategy" {
  service = "Microsoft Foundry Agent Service memory"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/foundry/agents/concepts/what-is-memory"
  note    = "User-preference and summary strategies correspond to the user-profile and chat-summary memory types of a Foundry memory store; semantic-fact and custom strategies (own prompts and models) have no setting and need extraction logic in the application."
}

mapping "aws_bedrockagentcore_resource_policy" {
  cloudformation = ["AWS::BedrockAgentCore::ResourcePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/ai-services/openai/how-to/role-based-access-control"
  note           = "Resource policies become role assignments on the Foundry account or project (for example Azure AI User for callers); API Management access is controlled by subscriptions and validate-jwt policies."
}

mapping "aws_bedrockagentcore_policy_engine" {
  cloudformation = ["AWS::BedrockAgentCore::PolicyEngine"]
  service        = "Azure API Management policies"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api_policy"]
  arm            = ["Microsoft.ApiManagement/service/apis/policies"]
  link           = "https://learn.microsoft.com/azure/api-management/export-rest-mcp-server"
  note           = "Authorising tool calls at the gateway becomes API Management policies on the MCP server or API (validate-jwt claims checks, conditions on the request, rate limits). There is no Cedar engine: policies are rewritten as API Management policy XML."
}

mapping "aws_bedrockagentcore_policy" {
  cloudformation = ["AWS::BedrockAgentCore::Policy"]
  service        = "Azure API Management policies"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api_policy"]
  arm            = ["Microsoft.ApiManagement/service/apis/policies"]
  link           = "https://learn.microsoft.com/azure/api-management/export-rest-mcp-server"
  note           = "Each Cedar policy becomes conditions in the policy XML of the API behind the MCP server (choose on claims and tool parameters, return-response to deny)."
}

mapping "aws_bedrockagentcore_evaluator" {
  cloudformation = ["AWS::BedrockAgentCore::Evaluator"]
  service        = "Microsoft Foundry evaluations"
  status         = "partial"
  requires       = ["azurerm_cognitive_account_project"]
  link           = "https://learn.microsoft.com/azure/foundry/observability/how-to/how-to-monitor-agents-dashboard"
  note           = "Evaluators (built-in quality, safety and tool-use evaluators, or custom LLM-judge and code evaluators) are used through the Foundry SDK or portal, not declared as ARM resources: define custom evaluators in code and run them from the pipeline."
}

mapping "aws_bedrockagentcore_online_evaluation_config" {
  cloudformation = ["AWS::BedrockAgentCore::OnlineEvaluationConfig"]
  service        = "Microsoft Foundry continuous evaluation"
  status         = "partial"
  requires       = ["azurerm_cognitive_account_project"]
  link           = "https://learn.microsoft.com/azure/foundry/observability/how-to/how-to-monitor-agents-dashboard"
  note           = "Sampling live agent traffic for evaluation becomes continuous evaluation of a Foundry agent, configured with the SDK or portal and reported with traces in Application Insights; it is not an ARM resource."
}

mapping "aws_bedrockagentcore_browser_profile" {
  cloudformation = ["AWS::BedrockAgentCore::BrowserProfile"]
  service        = "Microsoft Foundry Browser Automation tool (Playwright Workspaces)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/foundry/agents/how-to/tools/browser-automation"
  note           = "There is no resource that keeps browser state (cookies, local storage) for reuse across sessions. With Playwright in your own container or against Playwright Workspaces, save the context's storage state to Blob Storage and load it into new sessions yourself; protect it like a credential."
}

mapping "aws_bedrockagentcore_harness" {
  cloudformation = ["AWS::BedrockAgentCore::Harness"]
  service        = "Microsoft Foundry Agent Service prompt agents"
  status         = "partial"
  requires       = ["azurerm_cognitive_account_project"]
  link           = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note           = "A harness (a managed agent loop declared from a model, system prompt and tools) becomes a prompt agent in a Foundry project: a model deployment, instructions and tools such as MCP servers, code interpreter and browser automation, run by the service. Agents are created with the Foundry SDK, REST API or portal, not azurerm. Skills, custom truncation and mounted file systems have no setting; an agent needing them becomes a hosted agent with your own code."
}

mapping "aws_bedrockagentcore_registry" {
  service = "Azure API Center"
  status  = "partial"
  arm     = ["Microsoft.ApiCenter/services"]
  link    = "https://learn.microsoft.com/azure/api-center/register-discover-mcp-server"
  note    = "A registry of MCP servers, agents and skills becomes an API Center inventory, where MCP servers and other AI assets are registered with lifecycle stages and discovered through the API Center portal, its data API or its MCP server; Foundry tool catalogs can draw on it. Approval workflows are built from lifecycle stages and governance rules rather than an auto-approval switch. azurerm has no API Center resource: deploy it with azapi, ARM or Bicep."
}

mapping "AWS::BedrockAgentCore::ConfigurationBundle" {
  service  = "Azure App Configuration"
  status   = "partial"
  azurerm  = ["azurerm_app_configuration_key"]
  arm      = ["Microsoft.AppConfiguration/configurationStores/keyValues"]
  requires = ["azurerm_app_configuration"]
  link     = "https://learn.microsoft.com/azure/azure-app-configuration/overview"
  note     = "A configuration bundle keeps versioned, branchable settings (system prompts, model and tool settings) for agent runtimes and gateways so that variants can be compared in evaluations. Settings your own agent code reads become App Configuration key-values, with a label per branch or variant, read at start-up; settings of Foundry agents live in the agent definition and its versions. Comparing variants is done by running Foundry evaluations against each one from the pipeline."
}

mapping "AWS::BedrockAgentCore::Dataset" {
  service  = "Microsoft Foundry evaluation datasets"
  status   = "partial"
  requires = ["azurerm_cognitive_account_project"]
  link     = "https://learn.microsoft.com/azure/foundry/observability/how-to/cloud-evaluation-datasets"
  note     = "An evaluation dataset of scenarios (conversation turns, expected responses, assertions) becomes a versioned JSONL or CSV dataset in the Foundry project that cloud evaluation runs read. Datasets are data-plane objects uploaded with the SDK or the azd Foundry datasets extension, not azurerm; map the scenario fields to the columns your evaluators expect. Simulated-user scenarios need a synthetic data generation step instead."
}

mapping "AWS::BedrockAgentCore::PaymentManager" {
  service = "No Azure counterpart (agent payments)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note    = "Azure has no managed service that lets agents pay for APIs, MCP servers or web content (x402 or the Machine Payments Protocol) from wallets with spending limits. Call the payment provider's API (Coinbase Developer Platform, Stripe) from the agent or from a tool it calls, keep the credentials in Key Vault behind the agent's managed identity, and enforce spending limits and audit logging in that code."
}

mapping "AWS::BedrockAgentCore::PaymentConnector" {
  service = "No Azure counterpart (agent payments)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/foundry/agents/overview"
  note    = "A connector from the payment manager to Coinbase CDP or Stripe (Privy) wallets becomes a direct integration with that provider's API in the agent or tool code; there is no Azure resource that brokers the payment."
}

mapping "AWS::BedrockAgentCore::PaymentCredentialProvider" {
  service  = "Azure Key Vault secrets"
  status   = "partial"
  azurerm  = ["azurerm_key_vault_secret"]
  arm      = ["Microsoft.KeyVault/vaults/secrets"]
  requires = ["azurerm_key_vault"]
  link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note     = "The payment provider's API key, app secret, wallet secret or authorization key become Key Vault secrets that the agent's managed identity reads; no Azure service uses them on its own, so the payment calls stay in your code."

  caveat "inline-secrets" {
    when     = can(self.ProviderConfigurationInput)
    severity = "warning"
    message  = "The template carries payment secrets inline: don't move them into Terraform variables or state in plain text; set the Key Vault secrets from a secure pipeline step or out of band and rotate them at the provider."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  }
}
