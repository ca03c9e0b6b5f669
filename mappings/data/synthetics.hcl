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
