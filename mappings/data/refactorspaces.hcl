# AWS Migration Hub Refactor Spaces → Azure API Management as the strangler-fig facade.

mapping "AWS::RefactorSpaces::Environment" {
  service = "Azure API Management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/patterns/strangler-fig"
  note    = "There is no environment that bridges accounts and networks for a refactoring project: put the legacy application and the new services in peered virtual networks (or a hub), and front them with one API Management instance."
}

mapping "AWS::RefactorSpaces::Application" {
  service = "Azure API Management"
  status  = "partial"
  azurerm = ["azurerm_api_management"]
  arm     = ["Microsoft.ApiManagement/service"]
  link    = "https://learn.microsoft.com/azure/architecture/patterns/strangler-fig"
  note    = "The application's proxy becomes an API Management instance (injected into the virtual network when the backends are private) that sends each path to either the legacy application or a new service."
}

mapping "AWS::RefactorSpaces::Service" {
  service  = "Azure API Management"
  status   = "partial"
  azurerm  = ["azurerm_api_management_backend"]
  arm      = ["Microsoft.ApiManagement/service/backends"]
  requires = ["azurerm_api_management"]
  link     = "https://learn.microsoft.com/azure/api-management/backends"
  note     = "A service (URL endpoint or Lambda function) becomes an API Management backend: an HTTP URL, or the Function app that replaces the Lambda function."
}

mapping "AWS::RefactorSpaces::Route" {
  service  = "Azure API Management"
  status   = "partial"
  azurerm  = ["azurerm_api_management_api", "azurerm_api_management_api_operation"]
  arm      = ["Microsoft.ApiManagement/service/apis", "Microsoft.ApiManagement/service/apis/operations"]
  requires = ["azurerm_api_management"]
  link     = "https://learn.microsoft.com/azure/api-management/backends"
  note     = "A route becomes an API (path prefix) or operation whose policy sends requests to the service's backend (set-backend-service); the default route to the legacy application becomes a catch-all API or operation."
}
