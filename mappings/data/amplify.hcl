# AWS Amplify Hosting → Azure Static Web Apps (App Service for server-rendered apps).

mapping "AWS::Amplify::App" {
  terraform = ["aws_amplify_app"]
  service   = "Azure Static Web Apps"
  status    = "partial"
  azurerm   = ["azurerm_static_web_app"]
  arm       = ["Microsoft.Web/staticSites"]
  link      = "https://learn.microsoft.com/azure/static-web-apps/overview"
  note      = "An Amplify Hosting app becomes a static web app connected to the GitHub or Azure DevOps repository, which builds and deploys the front end through a generated workflow; API routes become the integrated or linked Azure Functions backend, custom domains azurerm_static_web_app_custom_domain. Server-side rendered frameworks that need a full Node.js server run better on App Service or Container Apps."

  caveat "build-spec" {
    when     = can(self.build_spec) || can(self.BuildSpec)
    severity = "info"
    message  = "The Amplify build specification has no direct counterpart: the build runs in the GitHub Actions workflow or Azure Pipelines task that Static Web Apps generates, so move the build commands and output location there."
    link     = "https://learn.microsoft.com/azure/static-web-apps/build-configuration"
  }

  caveat "rewrite-rules" {
    when     = can(self.custom_rule) || can(self.CustomRules)
    severity = "info"
    message  = "Redirect and rewrite rules move to routes and navigationFallback in staticwebapp.config.json in the repository."
    link     = "https://learn.microsoft.com/azure/static-web-apps/configuration"
  }
}

mapping "AWS::Amplify::Branch" {
  terraform = ["aws_amplify_branch"]
  service   = "Azure Static Web Apps environments"
  status    = "implicit"
  azurerm   = ["azurerm_static_web_app"]
  arm       = ["Microsoft.Web/staticSites"]
  link      = "https://learn.microsoft.com/azure/static-web-apps/branch-environments"
  note      = "A connected branch has no separate resource: the production branch is the static web app's main environment, and other branches or pull requests get preview environments created by the deployment workflow (their number is limited by the plan)."
}

mapping "AWS::Amplify::Domain" {
  terraform = ["aws_amplify_domain_association"]
  service   = "Azure Static Web Apps"
  status    = "direct"
  azurerm   = ["azurerm_static_web_app_custom_domain"]
  arm       = ["Microsoft.Web/staticSites/customDomains"]
  link      = "https://learn.microsoft.com/azure/static-web-apps/custom-domain"
  note      = "A custom domain becomes a custom domain on the static web app with a free managed certificate, validated by CNAME or TXT record. Subdomain-to-branch mappings have no equivalent: only the production environment gets custom domains, preview environments keep generated host names."
}

mapping "aws_amplify_backend_environment" {
  service = "Azure Static Web Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/static-web-apps/apis-overview"
  note    = "An Amplify backend environment (the CLI-managed stack of auth, API, storage and functions for one stage) has no counterpart: deploy each stage's backend resources (Functions, Cosmos DB, Storage, Microsoft Entra External ID) with Terraform or Bicep per environment, and link them to the static web app."
}

mapping "aws_amplify_webhook" {
  service = "Azure Static Web Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/static-web-apps/build-configuration"
  note    = "There is no incoming webhook that starts a build: Static Web Apps builds run in the GitHub Actions workflow or Azure pipeline, so trigger those instead (a workflow_dispatch or repository_dispatch call to GitHub, or a pipeline run through the Azure DevOps REST API)."
}
