# Amazon CodeGuru Profiler → Application Insights Profiler (.NET) and the Java profiler of Application Insights.

mapping "aws_codeguruprofiler_profiling_group" {
  cloudformation = ["AWS::CodeGuruProfiler::ProfilingGroup"]
  service        = "Application Insights Profiler"
  status         = "partial"
  azurerm        = ["azurerm_application_insights"]
  arm            = ["Microsoft.Insights/components"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/profiler/profiler-overview"
  note           = "A profiling group becomes the Application Insights resource that agents send profiles to: Profiler for .NET apps, or the Java agent's profiler (Java Flight Recorder) for JVM apps. Profiling is switched on in the app or agent settings, not by a separate resource, and there are no automatic cost recommendations."
}

data "aws_codeguruprofiler_profiling_group" {
  service = "Application Insights Profiler"
  status  = "partial"
  azurerm = ["azurerm_application_insights"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/profiler/profiler-overview"
  note    = "Looks up the Application Insights resource (connection string) that receives the profiles."
}
