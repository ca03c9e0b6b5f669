# AWS Amplify UI Builder (Figma-to-React components, forms and themes) → no Azure equivalent; keep the
# generated components in the application's source code.

mapping "AWS::AmplifyUIBuilder::Component" {
  service = "Application source code (no Azure UI builder)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/static-web-apps/overview"
  note    = "Azure has no visual UI builder that generates components from Figma: commit the generated React components to the application's repository and build them with the app (for example on Azure Static Web Apps)."
}

mapping "AWS::AmplifyUIBuilder::Form" {
  service = "Application source code (no Azure UI builder)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/static-web-apps/overview"
  note    = "Generated forms have no counterpart: keep them as React components in the application's source code, bound to the app's own API (for example Static Web Apps database connections or Azure Functions)."
}

mapping "AWS::AmplifyUIBuilder::Theme" {
  service = "Application source code (no Azure UI builder)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/static-web-apps/overview"
  note    = "Themes have no counterpart: keep the design tokens as a theme file or CSS in the application's source code."
}
