# AWS AppSync (GraphQL) → Azure API Management synthetic GraphQL APIs with field resolvers.

mapping "aws_appsync_graphql_api" {
  cloudformation = ["AWS::AppSync::GraphQLApi", "AWS::Serverless::GraphQLApi"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api", "azurerm_api_management_api_schema"]
  arm            = ["Microsoft.ApiManagement/service/apis", "Microsoft.ApiManagement/service/apis/schemas"]
  requires       = ["azurerm_api_management"]
  link           = "https://learn.microsoft.com/azure/api-management/graphql-apis-overview"
  note           = "Create a synthetic GraphQL API: azurerm_api_management_api with api_type = \"graphql\", the SDL uploaded as azurerm_api_management_api_schema (content_type application/vnd.ms-azure-apim.graphql.schema), and one resolver per field. Resolvers (Microsoft.ApiManagement/service/apis/resolvers) have no azurerm resource: deploy them with azapi_resource or Bicep. Synthetic GraphQL is not available in API Management workspaces. Fabric API for GraphQL fits only when the data already lives in Fabric."

  caveat "merged-api" {
    when     = try(upper(self.api_type), upper(self.ApiType), "") == "MERGED"
    severity = "error"
    message  = "A merged API (schemas of several source APIs combined) has no API Management counterpart: publish one combined schema and re-create the source APIs' resolvers on it, or keep the source APIs as separate GraphQL APIs."
    link     = "https://learn.microsoft.com/azure/api-management/graphql-apis-overview"
  }

  caveat "iam-auth" {
    when     = try(upper(self.authentication_type), upper(self.AuthenticationType), upper(self.Auth.Type), "") == "AWS_IAM" || try(anytrue([for p in try(self.additional_authentication_provider, []) : upper(p.authentication_type) == "AWS_IAM"]), false)
    severity = "warning"
    message  = "SigV4-signed (AWS_IAM) callers must switch to Microsoft Entra tokens: callers use managed identities and the API validates them with the validate-azure-ad-token policy."
    link     = "https://learn.microsoft.com/azure/api-management/validate-azure-ad-token-policy"
  }

  caveat "jwt-auth" {
    when     = contains(["AMAZON_COGNITO_USER_POOLS", "OPENID_CONNECT"], try(upper(self.authentication_type), upper(self.AuthenticationType), upper(self.Auth.Type), ""))
    severity = "info"
    message  = "Cognito user pool or OIDC authorization becomes a validate-jwt policy on the API (issuer, audience, required claims); directives such as @aws_cognito_user_pools(cognito_groups) become claim checks in policies or resolvers."
    link     = "https://learn.microsoft.com/azure/api-management/validate-jwt-policy"
  }

  caveat "lambda-authorizer" {
    when     = try(upper(self.authentication_type), upper(self.AuthenticationType), upper(self.Auth.Type), "") == "AWS_LAMBDA" || can(self.lambda_authorizer_config[0]) || can(self.LambdaAuthorizerConfig)
    severity = "warning"
    message  = "There is no custom-authorizer hook: validate tokens with validate-jwt, or call an authorizer function with send-request in the inbound policy and reject the request on its answer."
    link     = "https://learn.microsoft.com/azure/api-management/send-request-policy"
  }

  caveat "subscriptions" {
    when     = can(regex("type\\s+Subscription", try(self.schema, self.SchemaInline, "")))
    severity = "warning"
    message  = "GraphQL subscriptions in synthetic APIs are in preview and not offered on the Consumption tier; AppSync's mutation-triggered @aws_subscribe fan-out must be rebuilt (for example with the publish-event policy), and clients connect over API Management's WebSocket protocol instead of AppSync's real-time endpoint."
    link     = "https://learn.microsoft.com/azure/api-management/graphql-apis-overview"
  }

  caveat "aws-directives" {
    when     = can(regex("@aws_|AWSDateTime|AWSDate|AWSTimestamp|AWSJSON|AWSEmail|AWSURL|AWSPhone|AWSIPAddress", try(self.schema, self.SchemaInline, "")))
    severity = "warning"
    message  = "The schema uses AppSync-only directives (@aws_*) or scalars (AWSDateTime, AWSJSON, …): declare them as custom scalars or remove them before importing the schema into API Management, and move directive-based authorization into policies."
    link     = "https://learn.microsoft.com/azure/api-management/graphql-schema-resolve-api"
  }

  caveat "private-api" {
    when     = try(upper(self.visibility), upper(self.Visibility), "GLOBAL") == "PRIVATE"
    severity = "info"
    message  = "A private API becomes an API Management instance reachable only from the virtual network: internal virtual network mode or a private endpoint on the gateway, depending on the tier."
    link     = "https://learn.microsoft.com/azure/api-management/virtual-network-concepts"
  }
}

mapping "AWS::AppSync::GraphQLSchema" {
  service = "Azure API Management"
  status  = "direct"
  azurerm = ["azurerm_api_management_api_schema"]
  arm     = ["Microsoft.ApiManagement/service/apis/schemas"]
  link    = "https://learn.microsoft.com/azure/api-management/graphql-schema-resolve-api"
  note    = "The SDL becomes the schema of the synthetic GraphQL API: azurerm_api_management_api_schema with content_type application/vnd.ms-azure-apim.graphql.schema and the SDL as value."

  caveat "aws-directives" {
    when     = can(regex("@aws_|AWSDateTime|AWSDate|AWSTimestamp|AWSJSON|AWSEmail|AWSURL|AWSPhone|AWSIPAddress", try(self.Definition, "")))
    severity = "warning"
    message  = "The schema uses AppSync-only directives (@aws_*) or scalars (AWSDateTime, AWSJSON, …): declare them as custom scalars or remove them before importing, and move directive-based authorization into policies."
    link     = "https://learn.microsoft.com/azure/api-management/graphql-schema-resolve-api"
  }
}

mapping "aws_appsync_resolver" {
  cloudformation = ["AWS::AppSync::Resolver"]
  service        = "Azure API Management"
  status         = "partial"
  arm            = ["Microsoft.ApiManagement/service/apis/resolvers"]
  link           = "https://learn.microsoft.com/azure/api-management/configure-graphql-resolver"
  note           = "Each field resolver becomes an API Management resolver whose policy calls the data source (http-data-source, cosmosdb-data-source or sql-data-source). azurerm has no resolver resource: deploy Microsoft.ApiManagement/service/apis/resolvers and their policies with azapi_resource or Bicep."

  caveat "mapping-code" {
    severity = "warning"
    message  = "VTL mapping templates and APPSYNC_JS code do not run in API Management: rewrite request and response mapping as resolver policies (set-body, policy expressions in C#)."
    link     = "https://learn.microsoft.com/azure/api-management/configure-graphql-resolver"
  }

  caveat "pipeline" {
    when     = try(upper(self.kind), upper(self.Kind), "UNIT") == "PIPELINE"
    severity = "warning"
    message  = "Pipeline resolvers have no equivalent: a resolver runs one data-source call, so chain steps with send-request inside one resolver policy, share logic through policy fragments, or move the orchestration into a backend function."
    link     = "https://learn.microsoft.com/azure/api-management/policy-fragments"
  }

  caveat "caching" {
    when     = can(self.caching_config[0]) || can(self.CachingConfig)
    severity = "info"
    message  = "Per-resolver caching becomes API Management caching policies with an explicit key built from the arguments; the instance's cache (built-in or an external Redis-compatible cache) holds the entries."
    link     = "https://learn.microsoft.com/azure/api-management/api-management-howto-cache"
  }
}

mapping "aws_appsync_function" {
  cloudformation = ["AWS::AppSync::FunctionConfiguration"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_policy_fragment"]
  arm            = ["Microsoft.ApiManagement/service/policyFragments"]
  link           = "https://learn.microsoft.com/azure/api-management/policy-fragments"
  note           = "A pipeline function is a reusable step; the nearest match is a policy fragment included (include-fragment) in the resolver policies that need it. The function's data-source call and mapping code must be rewritten as policy statements."
}

mapping "aws_appsync_datasource" {
  cloudformation = ["AWS::AppSync::DataSource"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_backend"]
  arm            = ["Microsoft.ApiManagement/service/backends"]
  link           = "https://learn.microsoft.com/azure/api-management/configure-graphql-resolver"
  note           = "API Management has no data-source object: each resolver policy names its source (http-data-source, cosmosdb-data-source or sql-data-source). Declare HTTP-reachable backends once as azurerm_api_management_backend and grant the instance's managed identity access to the data."

  target "http" {
    when    = try(upper(self.type), upper(self.Type), "") == "HTTP"
    service = "Azure API Management"
    status  = "direct"
    azurerm = ["azurerm_api_management_backend"]
    arm     = ["Microsoft.ApiManagement/service/backends"]
    link    = "https://learn.microsoft.com/azure/api-management/http-data-source-policy"
    note    = "The endpoint becomes a backend used by http-data-source resolver policies (set-backend-service or set-url)."
  }

  target "lambda" {
    when    = try(upper(self.type), upper(self.Type), "") == "AWS_LAMBDA"
    service = "Azure Functions behind API Management"
    status  = "partial"
    azurerm = ["azurerm_api_management_backend"]
    arm     = ["Microsoft.ApiManagement/service/backends"]
    link    = "https://learn.microsoft.com/azure/api-management/http-data-source-policy"
    note    = "The Lambda function becomes an HTTP-triggered function app called from http-data-source; the direct-invoke event shape (arguments, identity, source) must be rebuilt in the request body."
  }

  target "dynamodb" {
    when    = try(upper(self.type), upper(self.Type), "") == "AMAZON_DYNAMODB"
    service = "Azure API Management with Azure Cosmos DB"
    status  = "partial"
    link    = "https://learn.microsoft.com/azure/api-management/cosmosdb-data-source-policy"
    note    = "A DynamoDB table behind a resolver becomes a Cosmos DB for NoSQL container queried by the cosmosdb-data-source resolver policy (query, read, write or delete requests)."
  }

  target "relational" {
    when    = try(upper(self.type), upper(self.Type), "") == "RELATIONAL_DATABASE"
    service = "Azure API Management with Azure SQL Database"
    status  = "partial"
    link    = "https://learn.microsoft.com/azure/api-management/sql-data-source-policy"
    note    = "Aurora through the Data API becomes an Azure SQL database queried by the sql-data-source resolver policy; for PostgreSQL or MySQL targets, put an HTTP API in front of the database and use http-data-source."
  }

  target "search" {
    when    = contains(["AMAZON_OPENSEARCH_SERVICE", "AMAZON_ELASTICSEARCH"], try(upper(self.type), upper(self.Type), ""))
    service = "Azure API Management with Azure AI Search"
    status  = "partial"
    azurerm = ["azurerm_api_management_backend"]
    arm     = ["Microsoft.ApiManagement/service/backends"]
    link    = "https://learn.microsoft.com/azure/api-management/http-data-source-policy"
    note    = "Call the Azure AI Search REST API from http-data-source; OpenSearch query DSL must be rewritten as Azure AI Search queries."
  }

  caveat "preview-sources" {
    when     = contains(["AMAZON_DYNAMODB", "RELATIONAL_DATABASE"], try(upper(self.type), upper(self.Type), ""))
    severity = "warning"
    message  = "The cosmosdb-data-source and sql-data-source resolver policies are in preview and not available on the Consumption tier of API Management."
    link     = "https://learn.microsoft.com/azure/api-management/cosmosdb-data-source-policy"
  }

  caveat "no-direct-source" {
    when     = contains(["AMAZON_EVENTBRIDGE", "AMAZON_BEDROCK_RUNTIME", "NONE"], try(upper(self.type), upper(self.Type), ""))
    severity = "info"
    message  = "API Management has no built-in resolver for this source type: call the Azure service's REST endpoint (Event Grid, Azure OpenAI) from http-data-source with the instance's managed identity, or return data computed in the policy for local resolvers."
    link     = "https://learn.microsoft.com/azure/api-management/http-data-source-policy"
  }
}

mapping "aws_appsync_api_key" {
  cloudformation = ["AWS::AppSync::ApiKey"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_subscription"]
  arm            = ["Microsoft.ApiManagement/service/subscriptions"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  note           = "An API key becomes a subscription key scoped to the API or a product; clients send it in the Ocp-Apim-Subscription-Key header instead of x-api-key."

  caveat "no-expiry" {
    severity = "info"
    message  = "AppSync keys expire; API Management subscription keys do not: rotate them by regenerating the primary and secondary keys, or suspend or cancel the subscription."
    link     = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  }
}

mapping "aws_appsync_api_cache" {
  cloudformation = ["AWS::AppSync::ApiCache"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_redis_cache"]
  arm            = ["Microsoft.ApiManagement/service/caches"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-howto-cache"
  note           = "API Management has a built-in cache on most tiers; a dedicated cache like AppSync's becomes an external Redis-compatible cache attached with azurerm_api_management_redis_cache. What is cached, and for how long, is set in caching policies, not on the cache."
}

mapping "aws_appsync_domain_name" {
  cloudformation = ["AWS::AppSync::DomainName"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_custom_domain"]
  arm            = ["Microsoft.ApiManagement/service"]
  link           = "https://learn.microsoft.com/azure/api-management/configure-custom-domain"
  note           = "A custom domain becomes a gateway host name in azurerm_api_management_custom_domain, with its certificate in Key Vault (or a free managed certificate) and a CNAME to the instance."
}

mapping "aws_appsync_domain_name_api_association" {
  cloudformation = ["AWS::AppSync::DomainNameApiAssociation"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_custom_domain"]
  arm            = ["Microsoft.ApiManagement/service"]
  link           = "https://learn.microsoft.com/azure/api-management/configure-custom-domain"
  note           = "A gateway host name serves every API of the instance; APIs are told apart by their path, so there is nothing to associate."
}

mapping "aws_appsync_api" {
  cloudformation = ["AWS::AppSync::Api"]
  service        = "Azure Web PubSub"
  status         = "partial"
  azurerm        = ["azurerm_web_pubsub"]
  arm            = ["Microsoft.SignalRService/webPubSub"]
  link           = "https://learn.microsoft.com/azure/azure-web-pubsub/overview"
  note           = "An AppSync Events API (serverless WebSocket publish and subscribe) becomes a Web PubSub service: clients connect over WebSocket and join groups, servers publish over REST. Clients use Web PubSub's own protocol and client SDKs, so AppSync client code must change; publishing over HTTP goes through the service REST API with a key or Microsoft Entra token."
}

mapping "aws_appsync_channel_namespace" {
  cloudformation = ["AWS::AppSync::ChannelNamespace"]
  service        = "Azure Web PubSub"
  status         = "partial"
  azurerm        = ["azurerm_web_pubsub_hub"]
  arm            = ["Microsoft.SignalRService/webPubSub/hubs"]
  link           = "https://learn.microsoft.com/azure/azure-web-pubsub/howto-develop-eventhandler"
  note           = "A channel namespace becomes a hub, and channels become groups within it. onPublish and onSubscribe handler code becomes an event handler (an upstream webhook such as an Azure Function) configured on the hub; there is no inline handler code."
}

mapping "aws_appsync_source_api_association" {
  cloudformation = ["AWS::AppSync::SourceApiAssociation"]
  service        = "Azure API Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/api-management/graphql-apis-overview"
  note           = "API Management has no merged (federated) GraphQL APIs: combine the source schemas into one synthetic GraphQL API with resolvers for every field, or host a GraphQL federation gateway (for example on Azure Container Apps) and expose it through API Management as a pass-through GraphQL API."
}

mapping "aws_appsync_type" {
  service = "Azure API Management"
  status  = "implicit"
  azurerm = ["azurerm_api_management_api_schema"]
  arm     = ["Microsoft.ApiManagement/service/apis/schemas"]
  link    = "https://learn.microsoft.com/azure/api-management/graphql-schema-resolve-api"
  note    = "Types are not separate resources: define them in the GraphQL schema (SDL) uploaded to the API."
}
