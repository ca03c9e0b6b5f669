# Amazon CloudWatch Synthetics → Application Insights availability tests.

mapping "aws_synthetics_canary" {
  cloudformation = ["AWS::Synthetics::Canary"]
  service        = "Application Insights availability tests"
  status         = "partial"
  azurerm        = ["azurerm_application_insights_standard_web_test"]
  arm            = ["Microsoft.Insights/webtests"]
  requires       = ["azurerm_application_insights"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/app/availability-azure-functions"
  note           = "A heartbeat or API canary that calls one URL and checks status, content or SSL certificate validity becomes a standard availability test run from several Azure locations, with an alert rule on its results. Scripted canaries (multi-step flows, UI and visual checks) become custom tests: a timer-triggered function runs the script (for example with Playwright) and reports with TrackAvailability()."

  caveat "script-port" {
    severity = "warning"
    message  = "A canary's Puppeteer, Playwright or Selenium script doesn't run as a standard test: unless it only checks one URL, port it to a timer-triggered function that reports results with TrackAvailability()."
  }

  caveat "frequency" {
    when     = can(regex("^rate\\((1 minute|[1-4] minutes)\\)$", try(self.schedule[0].expression, self.Schedule.Expression, "")))
    severity = "info"
    message  = "Standard tests run every 5, 10 or 15 minutes from each location; for a higher rate, add test locations or use a custom test on a faster timer."
  }

  caveat "private-endpoint" {
    when     = can(self.vpc_config[0]) || can(self.VPCConfig)
    severity = "warning"
    message  = "Standard tests run from public Azure test locations and can't reach private endpoints: monitor private applications with a custom test in a function app integrated with the virtual network."
  }
}

mapping "aws_synthetics_group" {
  cloudformation = ["AWS::Synthetics::Group"]
  service        = "Application Insights availability tests"
  status         = "implicit"
  azurerm        = ["azurerm_application_insights"]
  arm            = ["Microsoft.Insights/components"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/app/availability"
  note           = "Availability tests are grouped by the Application Insights resource they report to: put the tests of one application in its Application Insights resource, and use tags or a workbook to view tests across resources."
}

mapping "aws_synthetics_group_association" {
  service = "Application Insights availability tests"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/availability"
  note    = "A test belongs to a group through the application_insights_id on azurerm_application_insights_standard_web_test (and tags); there is no association resource."
}

data "aws_synthetics_runtime_version" {
  service = "Application Insights availability tests"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/availability"
  note    = "Standard tests have no runtime to choose; custom scripted tests run on the Azure Functions runtime and language version of their function app."
}

data "aws_synthetics_runtime_versions" {
  service = "Application Insights availability tests"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/app/availability"
  note    = "There are no synthetics runtimes to list: standard tests are managed by the service and custom tests use the Azure Functions runtime of their function app."
}
