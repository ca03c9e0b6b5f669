# Amazon API Gateway (REST v1, HTTP and WebSocket v2) → Azure API Management.

mapping "aws_api_gateway_rest_api" {
  cloudformation = ["AWS::ApiGateway::RestApi", "AWS::Serverless::Api"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api"]
  arm            = ["Microsoft.ApiManagement/service/apis"]
  requires       = ["azurerm_api_management"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-key-concepts"
  note           = "An API in an API Management instance; an OpenAPI body can be imported (import block). Pick the tier deliberately: Consumption bills per call like API Gateway; the v2 and classic tiers bill per unit and add networking, caching and scale."

  caveat "private-endpoint" {
    when     = try(contains([for t in try(self.endpoint_configuration[0].types, self.EndpointConfiguration.Types, []) : upper(t)], "PRIVATE"), false) || try(upper(self.EndpointConfiguration.Type), "") == "PRIVATE"
    severity = "warning"
    message  = "A private API needs an API Management tier with virtual network support (internal mode in Developer/Premium, or private endpoints and VNet integration in the v2 tiers); the Consumption tier can't be private."
    link     = "https://learn.microsoft.com/azure/api-management/virtual-network-concepts"
  }

  caveat "edge-endpoint" {
    when     = (!can(self.endpoint_configuration) && !can(self.EndpointConfiguration)) || try(contains([for t in try(self.endpoint_configuration[0].types, self.EndpointConfiguration.Types) : upper(t)], "EDGE"), false) || try(upper(self.EndpointConfiguration.Type), "") == "EDGE" || try(upper(self.EndpointConfiguration), "") == "EDGE"
    severity = "info"
    message  = "The API is edge-optimized (also the default when no endpoint type is set, so this fires when endpoint_configuration is absent): API Management serves it from the instance's region only. If distant clients relied on the CloudFront edge, put Azure Front Door in front of the gateway, or add regions to a Premium instance."
    link     = "https://learn.microsoft.com/azure/api-management/front-door-api-management"
  }
}

mapping "aws_api_gateway_resource" {
  cloudformation = ["AWS::ApiGateway::Resource"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api_operation"]
  arm            = ["Microsoft.ApiManagement/service/apis/operations"]
  link           = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note           = "Resources are path segments: they become part of each operation's url_template ({param} placeholders are the same), not resources of their own."

  caveat "greedy-path" {
    when     = can(regex("\\+\\}", try(self.path_part, self.PathPart, "")))
    severity = "info"
    message  = "A greedy path variable ({proxy+}) becomes a wildcard operation (URL template /*) per method; the backend receives the remaining path, so check how the integration forwarded it."
    link     = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  }
}

mapping "aws_api_gateway_method" {
  cloudformation = ["AWS::ApiGateway::Method"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_api_operation"]
  arm            = ["Microsoft.ApiManagement/service/apis/operations"]
  link           = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note           = "A method on a resource becomes an operation (method + url_template). Request validation, authorization and the integration become operation policies and the API's backend."

  caveat "mock-integration" {
    when     = try(upper(self.Integration.Type), "") == "MOCK"
    severity = "info"
    message  = "A mock integration becomes the mock-response policy on the operation."
    link     = "https://learn.microsoft.com/azure/api-management/mock-response-policy"
  }

  caveat "iam-authorization" {
    when     = try(upper(self.authorization), upper(self.AuthorizationType), "") == "AWS_IAM"
    severity = "warning"
    message  = "IAM (SigV4) authorization has no API Management equivalent: callers must present Microsoft Entra tokens checked with validate-azure-ad-token or validate-jwt (or client certificates), so every caller needs an Entra identity and a code change to obtain tokens."
    link     = "https://learn.microsoft.com/azure/api-management/validate-azure-ad-token-policy"
  }

  caveat "api-key-required" {
    when     = try(tostring(try(self.api_key_required, self.ApiKeyRequired)) == "true", false)
    severity = "info"
    message  = "API keys become subscription keys, which API Management requires for a whole API (subscription_required, on by default) or product, not per method: if only some methods need a key, move them into a separate API, or turn the requirement off and check the key in a policy."
    link     = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  }
}

mapping "aws_api_gateway_integration" {
  service = "Azure API Management"
  status  = "partial"
  azurerm = ["azurerm_api_management_backend", "azurerm_api_management_api_operation_policy"]
  arm     = ["Microsoft.ApiManagement/service/backends", "Microsoft.ApiManagement/service/apis/operations/policies"]
  link    = "https://learn.microsoft.com/azure/api-management/backends"
  note    = "The integration becomes the backend the operation forwards to (set-backend-service policy); request and response mapping templates (VTL) must be rewritten as policies (set-body with Liquid templates, set-header)."

  target "mock" {
    when    = try(upper(self.type), "") == "MOCK"
    service = "Azure API Management"
    status  = "direct"
    azurerm = ["azurerm_api_management_api_operation_policy"]
    arm     = ["Microsoft.ApiManagement/service/apis/operations/policies"]
    link    = "https://learn.microsoft.com/azure/api-management/mock-response-policy"
    note    = "A mock integration becomes the mock-response policy."
  }

  target "aws-service" {
    when    = try(upper(self.type), "") == "AWS"
    service = "Azure API Management"
    status  = "partial"
    azurerm = ["azurerm_api_management_api_operation_policy"]
    arm     = ["Microsoft.ApiManagement/service/apis/operations/policies"]
    link    = "https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy"
    note    = "A direct AWS service integration becomes a call to the Azure service's REST API from a policy (send-request or set-backend-service) authenticated with the instance's managed identity."
  }
}

mapping "aws_api_gateway_integration_response" {
  service = "Azure API Management"
  status  = "implicit"
  azurerm = ["azurerm_api_management_api_operation_policy"]
  arm     = ["Microsoft.ApiManagement/service/apis/operations/policies"]
  link    = "https://learn.microsoft.com/azure/api-management/api-management-howto-policies"
  note    = "Response mapping becomes the outbound section of the operation policy."
}

mapping "aws_api_gateway_method_response" {
  service = "Azure API Management"
  status  = "implicit"
  azurerm = ["azurerm_api_management_api_operation"]
  arm     = ["Microsoft.ApiManagement/service/apis/operations"]
  link    = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note    = "Declared responses become response blocks of the operation."
}

mapping "aws_api_gateway_deployment" {
  cloudformation = ["AWS::ApiGateway::Deployment"]
  service        = "Azure API Management"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/api-management/api-management-revisions"
  note           = "API Management publishes changes immediately; there is no deployment step. Revisions give staged changes with a switch-over."

  caveat "canary" {
    when     = can(self.canary_settings[0]) || can(self.DeploymentCanarySettings)
    severity = "info"
    message  = "API Management has no percentage canary for an API definition: a revision is made current for all callers at once (testers can call it explicitly with ;rev=N). To shift part of the traffic to new backend code, use a load-balanced backend pool or weighted routing in Front Door."
    link     = "https://learn.microsoft.com/azure/api-management/api-management-revisions"
  }
}

mapping "aws_api_gateway_stage" {
  cloudformation = ["AWS::ApiGateway::Stage"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api_version_set", "azurerm_api_management_named_value"]
  arm            = ["Microsoft.ApiManagement/service/apiVersionSets", "Microsoft.ApiManagement/service/namedValues"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-versions"
  note           = "Stages have no direct counterpart: separate environments usually get separate API Management instances; within one instance use versions or revisions, and named values replace stage variables. Throttling and caching settings become policies."
}

mapping "aws_api_gateway_authorizer" {
  cloudformation = ["AWS::ApiGateway::Authorizer"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api_policy"]
  arm            = ["Microsoft.ApiManagement/service/apis/policies"]
  link           = "https://learn.microsoft.com/azure/api-management/validate-jwt-policy"
  note           = "Authorizers become inbound policies: Cognito user-pool and JWT authorizers become validate-jwt (or validate-azure-ad-token) against the new identity provider."

  caveat "lambda-authorizer" {
    when     = contains(["TOKEN", "REQUEST"], try(upper(self.type), upper(self.Type), ""))
    severity = "warning"
    message  = "Lambda authorizers have no direct match: call the authorization function from a send-request policy and act on its answer (with cache-store for results), or replace the custom logic with validate-jwt."
    link     = "https://learn.microsoft.com/azure/api-management/send-request-policy"
  }

  caveat "cognito" {
    when     = try(upper(self.type), upper(self.Type), "") == "COGNITO_USER_POOLS"
    severity = "info"
    message  = "Cognito user-pool tokens keep working only while the user pool does: when users move to Microsoft Entra ID or Entra External ID, point validate-jwt (or validate-azure-ad-token) at the new issuer's OpenID configuration and update the expected audiences and scopes, and clients must obtain tokens from the new issuer."
    link     = "https://learn.microsoft.com/azure/api-management/validate-jwt-policy"
  }
}

mapping "aws_api_gateway_api_key" {
  cloudformation = ["AWS::ApiGateway::ApiKey"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_subscription"]
  arm            = ["Microsoft.ApiManagement/service/subscriptions"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  note           = "API keys become subscriptions (keys sent in the Ocp-Apim-Subscription-Key header, or a header name you configure)."
}

mapping "aws_api_gateway_usage_plan" {
  cloudformation = ["AWS::ApiGateway::UsagePlan"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_product", "azurerm_api_management_product_policy"]
  arm            = ["Microsoft.ApiManagement/service/products", "Microsoft.ApiManagement/service/products/policies"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-howto-add-products"
  note           = "A usage plan becomes a product with rate-limit-by-key and quota-by-key policies; the plan's APIs are added to the product."
}

mapping "aws_api_gateway_usage_plan_key" {
  cloudformation = ["AWS::ApiGateway::UsagePlanKey"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_subscription"]
  arm            = ["Microsoft.ApiManagement/service/subscriptions"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  note           = "A subscription is created against a product, which is the plan-to-key link."
}

mapping "aws_api_gateway_domain_name" {
  cloudformation = ["AWS::ApiGateway::DomainName"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_custom_domain"]
  arm            = ["Microsoft.ApiManagement/service"]
  link           = "https://learn.microsoft.com/azure/api-management/configure-custom-domain"
  note           = "A custom gateway host name with a certificate from Key Vault (or a free managed certificate on supported tiers)."
}

mapping "aws_api_gateway_base_path_mapping" {
  cloudformation = ["AWS::ApiGateway::BasePathMapping"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api"]
  arm            = ["Microsoft.ApiManagement/service/apis"]
  link           = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note           = "The base path is the API's path (API URL suffix) on the instance's host names."
}

mapping "aws_api_gateway_vpc_link" {
  cloudformation = ["AWS::ApiGateway::VpcLink"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management"]
  arm            = ["Microsoft.ApiManagement/service"]
  link           = "https://learn.microsoft.com/azure/api-management/virtual-network-concepts"
  note           = "Reaching private backends is done by integrating the API Management instance with the virtual network (injection or VNet integration, depending on tier), not with a link resource."
}

mapping "aws_api_gateway_gateway_response" {
  cloudformation = ["AWS::ApiGateway::GatewayResponse"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api_policy"]
  arm            = ["Microsoft.ApiManagement/service/apis/policies"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-error-handling-policies"
  note           = "Custom gateway responses become on-error policy sections (return-response)."
}

mapping "aws_api_gateway_model" {
  cloudformation = ["AWS::ApiGateway::Model"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api_schema"]
  arm            = ["Microsoft.ApiManagement/service/apis/schemas"]
  link           = "https://learn.microsoft.com/azure/api-management/validate-content-policy"
  note           = "Models become API schemas; request validation uses the validate-content policy."
}

mapping "aws_api_gateway_request_validator" {
  cloudformation = ["AWS::ApiGateway::RequestValidator"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api_policy"]
  arm            = ["Microsoft.ApiManagement/service/apis/policies"]
  link           = "https://learn.microsoft.com/azure/api-management/validate-content-policy"
  note           = "Validation becomes validate-content, validate-parameters and validate-headers policies."
}

mapping "aws_api_gateway_account" {
  cloudformation = ["AWS::ApiGateway::Account"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_logger", "azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.ApiManagement/service/loggers", "Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-howto-use-azure-monitor"
  note           = "The account-level CloudWatch logging role becomes an Application Insights logger or a diagnostic setting on the instance; no role is needed."
}

mapping "aws_apigatewayv2_api" {
  cloudformation = ["AWS::ApiGatewayV2::Api", "AWS::Serverless::HttpApi"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api"]
  arm            = ["Microsoft.ApiManagement/service/apis"]
  requires       = ["azurerm_api_management"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-key-concepts"
  note           = "An HTTP API becomes an API in API Management (the Consumption tier is the closest in price model); CORS configuration becomes the cors policy."

  target "websocket" {
    when    = try(upper(self.protocol_type), upper(self.ProtocolType), "HTTP") == "WEBSOCKET"
    service = "Azure API Management (WebSocket API) or Azure Web PubSub"
    status  = "partial"
    azurerm = ["azurerm_api_management_api", "azurerm_web_pubsub"]
    arm     = ["Microsoft.ApiManagement/service/apis", "Microsoft.SignalRService/webPubSub"]
    link    = "https://learn.microsoft.com/azure/api-management/websocket-api"
    note    = "API Management passes WebSocket connections through to a backend (api_type = \"websocket\") but has no route selection or connection management; for serverless push with $connect/$disconnect events, use Azure Web PubSub with event handlers."
  }

  caveat "subscription-keys" {
    when     = try(upper(self.protocol_type), upper(self.ProtocolType), "HTTP") == "HTTP"
    severity = "info"
    message  = "HTTP APIs have no API keys, but an API Management API requires a subscription key by default: set subscription_required = false on azurerm_api_management_api unless you want to introduce keys, or callers get 401 responses."
    link     = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  }
}

mapping "aws_apigatewayv2_route" {
  cloudformation = ["AWS::ApiGatewayV2::Route"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_api_operation"]
  arm            = ["Microsoft.ApiManagement/service/apis/operations"]
  link           = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note           = "A route key (\"GET /items/{id}\") becomes an operation; greedy path variables ({proxy+}) become a wildcard operation (/*)."

  target "websocket-route" {
    when    = contains(["$connect", "$disconnect"], try(lower(self.route_key), lower(self.RouteKey), ""))
    service = "Azure Web PubSub"
    status  = "partial"
    azurerm = ["azurerm_web_pubsub_hub"]
    arm     = ["Microsoft.SignalRService/webPubSub/hubs"]
    link    = "https://learn.microsoft.com/azure/azure-web-pubsub/howto-develop-eventhandler"
    note    = "The $connect and $disconnect routes become the connect and disconnected system events of a Web PubSub hub's event handler (an upstream URL, often an Azure Function); returning an error from connect rejects the client."
  }

  caveat "iam-authorization" {
    when     = try(upper(self.authorization_type), upper(self.AuthorizationType), "") == "AWS_IAM"
    severity = "warning"
    message  = "IAM (SigV4) authorization has no API Management equivalent: callers must present Microsoft Entra tokens checked with validate-azure-ad-token or validate-jwt (or client certificates), so every caller needs an Entra identity and a code change to obtain tokens."
    link     = "https://learn.microsoft.com/azure/api-management/validate-azure-ad-token-policy"
  }
}

mapping "aws_apigatewayv2_integration" {
  cloudformation = ["AWS::ApiGatewayV2::Integration"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_backend"]
  arm            = ["Microsoft.ApiManagement/service/backends"]
  link           = "https://learn.microsoft.com/azure/api-management/backends"
  note           = "The integration becomes the backend the operations forward to (a function app HTTP trigger, a URL, or a private endpoint reached through VNet integration)."

  target "aws-service" {
    when    = can(self.integration_subtype) || can(self.IntegrationSubtype)
    service = "Azure API Management"
    status  = "partial"
    azurerm = ["azurerm_api_management_api_operation_policy"]
    arm     = ["Microsoft.ApiManagement/service/apis/operations/policies"]
    link    = "https://learn.microsoft.com/azure/api-management/authentication-managed-identity-policy"
    note    = "A first-class AWS service integration (SQS, EventBridge, Kinesis, Step Functions, AppConfig) becomes a policy that calls the replacing Azure service's REST API (Service Bus, Event Grid, Event Hubs, Logic Apps) with set-backend-service or send-request, authenticated with the instance's managed identity; the request parameters mapping becomes set-body and set-header."
  }

  caveat "vpc-link" {
    when     = try(upper(self.connection_type), upper(self.ConnectionType), "") == "VPC_LINK"
    severity = "info"
    message  = "A private backend reached through a VPC link needs an API Management tier that can reach the virtual network (VNet injection in Developer or Premium, VNet integration in Standard v2 or Premium v2); the Consumption and Basic tiers can't."
    link     = "https://learn.microsoft.com/azure/api-management/virtual-network-concepts"
  }
}

mapping "aws_apigatewayv2_stage" {
  cloudformation = ["AWS::ApiGatewayV2::Stage"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_named_value"]
  arm            = ["Microsoft.ApiManagement/service/namedValues"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-versions"
  note           = "Stages have no counterpart: use one instance per environment, or versions/revisions; stage variables become named values and throttling becomes rate-limit policies. $default with auto-deploy matches API Management's immediate publishing."
}

mapping "aws_apigatewayv2_deployment" {
  cloudformation = ["AWS::ApiGatewayV2::Deployment"]
  service        = "Azure API Management"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/api-management/api-management-revisions"
  note           = "Changes publish immediately; revisions give staged roll-outs."
}

mapping "aws_apigatewayv2_authorizer" {
  cloudformation = ["AWS::ApiGatewayV2::Authorizer"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_api_policy"]
  arm            = ["Microsoft.ApiManagement/service/apis/policies"]
  link           = "https://learn.microsoft.com/azure/api-management/validate-jwt-policy"
  note           = "A JWT authorizer becomes a validate-jwt policy (issuer, audiences, required claims)."

  target "lambda" {
    when    = try(upper(self.authorizer_type), upper(self.AuthorizerType), "") == "REQUEST"
    service = "Azure API Management"
    status  = "partial"
    azurerm = ["azurerm_api_management_api_policy"]
    arm     = ["Microsoft.ApiManagement/service/apis/policies"]
    link    = "https://learn.microsoft.com/azure/api-management/send-request-policy"
    note    = "A Lambda (REQUEST) authorizer has no direct match: call the authorization function with send-request and branch on the result (cache it with cache-store-value), or replace it with validate-jwt."
  }

  caveat "cognito" {
    when     = can(regex("cognito-idp", try(self.jwt_configuration[0].issuer, self.JwtConfiguration.Issuer, "")))
    severity = "info"
    message  = "The JWT issuer is a Cognito user pool: when users move to Microsoft Entra ID or Entra External ID, point validate-jwt at the new issuer's OpenID configuration and update the audiences, and clients must obtain tokens from the new issuer."
    link     = "https://learn.microsoft.com/azure/api-management/validate-jwt-policy"
  }
}

mapping "aws_apigatewayv2_domain_name" {
  cloudformation = ["AWS::ApiGatewayV2::DomainName"]
  service        = "Azure API Management"
  status         = "direct"
  azurerm        = ["azurerm_api_management_custom_domain"]
  arm            = ["Microsoft.ApiManagement/service"]
  link           = "https://learn.microsoft.com/azure/api-management/configure-custom-domain"
  note           = "A custom gateway host name with a certificate from Key Vault."
}

mapping "aws_apigatewayv2_api_mapping" {
  cloudformation = ["AWS::ApiGatewayV2::ApiMapping"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api"]
  arm            = ["Microsoft.ApiManagement/service/apis"]
  link           = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note           = "The mapping key is the API's path (URL suffix) on the custom domain."
}

mapping "aws_apigatewayv2_vpc_link" {
  cloudformation = ["AWS::ApiGatewayV2::VpcLink"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management"]
  arm            = ["Microsoft.ApiManagement/service"]
  link           = "https://learn.microsoft.com/azure/api-management/virtual-network-concepts"
  note           = "Private backends are reached through the instance's virtual network integration (tier-dependent)."
}

mapping "aws_apigatewayv2_integration_response" {
  cloudformation = ["AWS::ApiGatewayV2::IntegrationResponse"]
  service        = "Azure Web PubSub"
  status         = "partial"
  azurerm        = ["azurerm_web_pubsub_hub"]
  arm            = ["Microsoft.SignalRService/webPubSub/hubs"]
  link           = "https://learn.microsoft.com/azure/azure-web-pubsub/reference-cloud-events"
  note           = "Integration responses exist only for WebSocket APIs. With Azure Web PubSub, the event handler's HTTP response to a user event is returned to the calling client, so the handler itself shapes the reply; API Management's WebSocket passthrough can't transform individual messages."

  caveat "response-templates" {
    when     = can(self.response_templates) || can(self.ResponseTemplates) || can(self.template_selection_expression) || can(self.TemplateSelectionExpression)
    severity = "info"
    message  = "Response mapping templates (VTL) and template selection have no equivalent: build the response payload in the event handler code."
    link     = "https://learn.microsoft.com/azure/azure-web-pubsub/reference-cloud-events"
  }
}

mapping "aws_apigatewayv2_route_response" {
  cloudformation = ["AWS::ApiGatewayV2::RouteResponse"]
  service        = "Azure Web PubSub"
  status         = "implicit"
  azurerm        = ["azurerm_web_pubsub_hub"]
  arm            = ["Microsoft.SignalRService/webPubSub/hubs"]
  link           = "https://learn.microsoft.com/azure/azure-web-pubsub/reference-cloud-events"
  note           = "A route response enables two-way replies on a WebSocket route; Web PubSub always returns the event handler's response body for user events to the caller, so there is nothing to declare."

  caveat "response-models" {
    when     = can(self.response_models) || can(self.ResponseModels) || can(self.model_selection_expression) || can(self.ModelSelectionExpression)
    severity = "info"
    message  = "Response models (JSON schema validation of replies) have no equivalent: validate the payload in the handler."
    link     = "https://learn.microsoft.com/azure/azure-web-pubsub/reference-cloud-events"
  }
}

mapping "AWS::ApiGateway::DomainNameV2" {
  service = "Azure API Management"
  status  = "partial"
  azurerm = ["azurerm_api_management_custom_domain"]
  arm     = ["Microsoft.ApiManagement/service"]
  link    = "https://learn.microsoft.com/azure/api-management/private-endpoint"
  note    = "A private custom domain becomes a custom gateway host name on an API Management instance that is reached privately: through an inbound private endpoint (not offered on the Consumption and Basic v2 tiers), or by injecting the instance into a virtual network in internal mode (Developer and Premium tiers). Resolve the host name to the private address with a private DNS zone. The domain's resource policy becomes network controls (which networks get a private endpoint) rather than a policy document."
}

mapping "aws_api_gateway_domain_name_access_association" {
  cloudformation = ["AWS::ApiGateway::DomainNameAccessAssociation"]
  service        = "Azure Private Link (API Management private endpoint)"
  status         = "partial"
  azurerm        = ["azurerm_private_endpoint", "azurerm_private_dns_a_record"]
  arm            = ["Microsoft.Network/privateEndpoints", "Microsoft.Network/privateDnsZones/A"]
  link           = "https://learn.microsoft.com/azure/api-management/private-endpoint"
  note           = "Letting a VPC endpoint reach a private custom domain becomes a private endpoint to the API Management instance in the consumer's virtual network, plus a private DNS record that points the custom host name at it. Access is granted per instance, not per custom domain, and the tier must support inbound private endpoints."
}

mapping "AWS::ApiGateway::BasePathMappingV2" {
  service = "Azure API Management"
  status  = "implicit"
  azurerm = ["azurerm_api_management_api"]
  arm     = ["Microsoft.ApiManagement/service/apis"]
  link    = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note    = "As for public domains, the base path is the API's URL suffix on the instance's host names, including a privately reached custom domain."
}

data "aws_api_gateway_rest_api" {
  service = "Azure API Management"
  status  = "partial"
  azurerm = ["azurerm_api_management_api"]
  link    = "https://learn.microsoft.com/azure/api-management/api-management-key-concepts"
  note    = "Looks up an API by name, revision and API Management instance (path, protocols, service URL); the gateway URL comes from azurerm_api_management."
}

data "aws_apigatewayv2_api" {
  service = "Azure API Management"
  status  = "partial"
  azurerm = ["azurerm_api_management_api"]
  link    = "https://learn.microsoft.com/azure/api-management/api-management-key-concepts"
  note    = "Looks up an API by name, revision and API Management instance; WebSocket APIs are API Management WebSocket APIs."
}

mapping "aws_api_gateway_client_certificate" {
  cloudformation = ["AWS::ApiGateway::ClientCertificate"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_certificate"]
  arm            = ["Microsoft.ApiManagement/service/certificates"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-howto-mutual-certificates"
  note           = "The certificate the gateway presents to backends becomes a client certificate uploaded to (or referenced from Key Vault by) the instance and attached to the backend or an authentication-certificate policy. API Management does not generate it: bring your own certificate and give the backend its public part."
}

mapping "aws_api_gateway_documentation_part" {
  cloudformation = ["AWS::ApiGateway::DocumentationPart"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api", "azurerm_api_management_api_operation"]
  arm            = ["Microsoft.ApiManagement/service/apis", "Microsoft.ApiManagement/service/apis/operations"]
  link           = "https://learn.microsoft.com/azure/api-management/developer-portal-overview"
  note           = "Documentation lives in the API definition itself: descriptions of the API, operations, parameters and responses (or the imported OpenAPI document), shown in the developer portal."
}

mapping "aws_api_gateway_documentation_version" {
  cloudformation = ["AWS::ApiGateway::DocumentationVersion"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api_release"]
  arm            = ["Microsoft.ApiManagement/service/apis/releases"]
  link           = "https://learn.microsoft.com/azure/api-management/api-management-revisions"
  note           = "There is no separate documentation snapshot: documentation changes travel with the API definition, so stage them in an API revision and publish it with a release (change log entry)."
}

mapping "aws_api_gateway_method_settings" {
  service = "Azure API Management"
  status  = "implicit"
  azurerm = ["azurerm_api_management_api_operation_policy", "azurerm_api_management_api_diagnostic"]
  arm     = ["Microsoft.ApiManagement/service/apis/operations/policies", "Microsoft.ApiManagement/service/apis/diagnostics"]
  link    = "https://learn.microsoft.com/azure/api-management/api-management-howto-policies"
  note    = "Per-method stage settings become policies and diagnostics: throttling becomes rate-limit or rate-limit-by-key, caching becomes cache-lookup/cache-store, and logging and metrics become an API diagnostic (Application Insights or Azure Monitor) with its sampling and verbosity."
}

mapping "aws_api_gateway_rest_api_policy" {
  service = "Azure API Management"
  status  = "partial"
  azurerm = ["azurerm_api_management_api_policy"]
  arm     = ["Microsoft.ApiManagement/service/apis/policies"]
  link    = "https://learn.microsoft.com/azure/api-management/ip-filter-policy"
  note    = "A resource policy document has no counterpart: source IP conditions become an ip-filter policy, VPC endpoint restrictions become a private endpoint or internal virtual network mode on the instance, and cross-account IAM principals become authentication policies (validate-jwt, client certificates) instead."
}

mapping "aws_api_gateway_rest_api_put" {
  service = "Azure API Management"
  status  = "implicit"
  azurerm = ["azurerm_api_management_api"]
  arm     = ["Microsoft.ApiManagement/service/apis"]
  link    = "https://learn.microsoft.com/azure/api-management/import-api-from-oas"
  note    = "Putting an OpenAPI definition becomes the import block (content_format and content_value) of azurerm_api_management_api; API Gateway extensions (x-amazon-apigateway-*) are not understood and must become policies."
}

mapping "aws_apigatewayv2_model" {
  cloudformation = ["AWS::ApiGatewayV2::Model"]
  service        = "Azure API Management"
  status         = "implicit"
  azurerm        = ["azurerm_api_management_api_schema"]
  arm            = ["Microsoft.ApiManagement/service/apis/schemas"]
  link           = "https://learn.microsoft.com/azure/api-management/validate-content-policy"
  note           = "A WebSocket API model (JSON schema) becomes an API schema; validation is done with the validate-content policy."
}

mapping "aws_apigatewayv2_routing_rule" {
  cloudformation = ["AWS::ApiGatewayV2::RoutingRule"]
  service        = "Azure API Management"
  status         = "partial"
  azurerm        = ["azurerm_api_management_api"]
  arm            = ["Microsoft.ApiManagement/service/apis"]
  link           = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note           = "Routing requests on a custom domain by base path becomes each API's URL suffix on the instance's host name. Routing by request header has no API Management counterpart: put Azure Front Door in front and use a rule set (request header condition, route configuration override) to choose the origin."
}

mapping "AWS::ApiGatewayV2::ApiGatewayManagedOverrides" {
  service = "Azure API Management"
  status  = "implicit"
  azurerm = ["azurerm_api_management_api_operation", "azurerm_api_management_api_policy"]
  arm     = ["Microsoft.ApiManagement/service/apis/operations", "Microsoft.ApiManagement/service/apis/policies"]
  link    = "https://learn.microsoft.com/azure/api-management/api-management-howto-policies"
  note    = "Overrides of the route, integration and stage created by quick create have no counterpart: the API's operations, backend and policies are defined explicitly, so set those values on them directly."
}

data "aws_api_gateway_api_key" {
  service = "Azure API Management"
  status  = "direct"
  azurerm = ["azurerm_api_management_subscription"]
  link    = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  note    = "API keys are subscriptions: look one up by subscription ID and instance to read its primary and secondary keys."
}

data "aws_api_gateway_api_keys" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/api-management-subscriptions"
  note    = "azurerm has no data source that lists subscriptions: look up known subscriptions one by one with azurerm_api_management_subscription."
}

data "aws_api_gateway_authorizer" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/validate-jwt-policy"
  note    = "Authorizers become inbound policies (validate-jwt and similar), which are not readable objects; reference the policy's settings (issuer, audience) from your own configuration."
}

data "aws_api_gateway_authorizers" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/validate-jwt-policy"
  note    = "Authorizers become inbound policies, so there is nothing to list; keep the authentication settings in your own configuration."
}

data "aws_api_gateway_domain_name" {
  service = "Azure API Management"
  status  = "partial"
  azurerm = ["azurerm_api_management"]
  link    = "https://learn.microsoft.com/azure/api-management/configure-custom-domain"
  note    = "Custom host names are part of the instance: read them from the hostname_configuration of azurerm_api_management; there is no separate regional or edge domain name to look up."
}

data "aws_api_gateway_export" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/powershell/module/az.apimanagement/export-azapimanagementapi"
  note    = "azurerm cannot export an API definition: export it (OpenAPI, WADL, WSDL) with Export-AzApiManagementApi, the Azure CLI or the REST API outside Terraform, or keep the OpenAPI document in source control as the source of truth."
}

data "aws_api_gateway_resource" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/add-api-manually"
  note    = "Paths are not objects in API Management (they are part of each operation's URL template), so there is nothing to look up; reference the operation or the path string directly."
}

data "aws_api_gateway_sdk" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/developer-portal-overview"
  note    = "API Management does not generate client SDKs: developers download the OpenAPI definition from the developer portal (or export it) and generate clients with an OpenAPI code generator."
}

data "aws_api_gateway_vpc_link" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/virtual-network-concepts"
  note    = "There is no link object: private backends are reached through the instance's own virtual network integration; reference the virtual network or subnet instead."
}

data "aws_apigatewayv2_apis" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/api-management-key-concepts"
  note    = "azurerm has no data source that lists APIs: look up known APIs one by one with azurerm_api_management_api."
}

data "aws_apigatewayv2_export" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/powershell/module/az.apimanagement/export-azapimanagementapi"
  note    = "azurerm cannot export an API definition: export it with Export-AzApiManagementApi, the Azure CLI or the REST API outside Terraform, or keep the OpenAPI document in source control."
}

data "aws_apigatewayv2_vpc_link" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/api-management/virtual-network-concepts"
  note    = "There is no link object: private backends are reached through the instance's own virtual network integration; reference the virtual network or subnet instead."
}
