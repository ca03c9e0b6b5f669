# Amazon Managed Service for Prometheus → Azure Monitor managed service for Prometheus
# (Azure Monitor workspace, Prometheus rule groups, action groups).

mapping "aws_prometheus_workspace" {
  cloudformation = ["AWS::APS::Workspace"]
  service        = "Azure Monitor managed service for Prometheus"
  status         = "direct"
  azurerm        = ["azurerm_monitor_workspace"]
  arm            = ["Microsoft.Monitor/accounts"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/metrics/azure-monitor-workspace-overview"
  note           = "An AMP workspace becomes an Azure Monitor workspace, which stores Prometheus metrics and serves PromQL. Ingestion goes through the workspace's default data collection endpoint and rule: AKS uses the managed Prometheus add-on, other Prometheus servers and agents use remote-write authenticated with a managed identity or Entra app instead of SigV4. Azure Managed Grafana (azurerm_dashboard_grafana) links to it for dashboards."

  caveat "remote-write-auth" {
    severity = "info"
    message  = "Remote-write senders switch from SigV4 signing to Microsoft Entra authentication (a managed identity or app registration with Monitoring Metrics Publisher on the data collection rule), usually through the Azure remote-write sidecar or an OpenTelemetry Collector."
    link     = "https://learn.microsoft.com/azure/azure-monitor/metrics/prometheus-remote-write"
  }

  caveat "alertmanager" {
    when     = can(self.alert_manager_definition) || can(self.AlertManagerDefinition)
    severity = "warning"
    message  = "Azure Monitor managed Prometheus has no Alertmanager: alert rules fire Azure Monitor alerts that notify through action groups; Alertmanager routing trees, grouping and inhibition must be rebuilt with action groups and alert processing rules."
    link     = "https://learn.microsoft.com/azure/azure-monitor/metrics/prometheus-rule-groups"
  }

  caveat "query-logging" {
    when     = can(self.logging_configuration) || can(self.LoggingConfiguration)
    severity = "info"
    message  = "Rule-evaluation and Alertmanager logs sent to CloudWatch Logs have no Azure counterpart: the only resource-log category of the Azure Monitor workspace is metrics usage details, and that of its data collection rule is ingestion errors, so follow rule evaluation through the alerts the rule groups fire and the workspace ingestion metrics."
    link     = "https://learn.microsoft.com/azure/azure-monitor/metrics/azure-monitor-workspace-monitor-health"
  }
}

mapping "aws_prometheus_rule_group_namespace" {
  cloudformation = ["AWS::APS::RuleGroupsNamespace"]
  service        = "Azure Monitor managed service for Prometheus"
  status         = "partial"
  azurerm        = ["azurerm_monitor_alert_prometheus_rule_group"]
  arm            = ["Microsoft.AlertsManagement/prometheusRuleGroups"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/metrics/prometheus-rule-groups"
  note           = "A rule namespace holds a Prometheus rules YAML file with one or more groups; each group becomes one Prometheus rule group resource scoped to the Azure Monitor workspace, with its recording rules and alert rules. Expressions, labels and annotations carry over; alert rules name the action groups to notify instead of relying on Alertmanager routing."
}

mapping "aws_prometheus_alert_manager_definition" {
  service = "Azure Monitor alerts"
  status  = "partial"
  azurerm = ["azurerm_monitor_action_group", "azurerm_monitor_alert_processing_rule_action_group", "azurerm_monitor_alert_processing_rule_suppression"]
  arm     = ["Microsoft.Insights/actionGroups", "Microsoft.AlertsManagement/actionRules"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-processing-rules"
  note    = "There is no managed Alertmanager: receivers become action groups (email, SMS, webhook, Logic Apps, Functions, ITSM), attached directly to the Prometheus alert rules or through alert processing rules, and silences become suppression alert processing rules. Label-based routing trees, group_by/group_wait and inhibition rules have no equivalent; teams that depend on them run their own Alertmanager or use Grafana alerting."
}

mapping "aws_prometheus_resource_policy" {
  cloudformation = ["AWS::APS::ResourcePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/metrics/azure-monitor-workspace-manage-access"
  note           = "There are no resource policies: grant Monitoring Metrics Publisher on the workspace's data collection rule to identities that write metrics, and Monitoring Data Reader on the Azure Monitor workspace to identities that query them (including Grafana's managed identity). Cross-account principals become identities of the other tenant or subscription that receive these role assignments."
}

mapping "aws_prometheus_workspace_configuration" {
  service = "Azure Monitor managed service for Prometheus"
  status  = "implicit"
  azurerm = ["azurerm_monitor_workspace"]
  arm     = ["Microsoft.Monitor/accounts"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/metrics/azure-monitor-workspace-monitor-ingest-limits"
  note    = "Retention is fixed by the service (18 months) and not configurable, and ingestion limits (active time series, events per minute) are workspace quotas raised through a support request; per-label-set series limits have no equivalent."
}

data "aws_prometheus_workspace" {
  service = "Azure Monitor managed service for Prometheus"
  status  = "direct"
  azurerm = ["azurerm_monitor_workspace"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/metrics/azure-monitor-workspace-overview"
  note    = "Looks up the Azure Monitor workspace by name and resource group (query endpoint, default data collection rule and endpoint)."
}

data "aws_prometheus_workspaces" {
  service = "Azure Monitor managed service for Prometheus"
  status  = "partial"
  azurerm = ["azurerm_monitor_workspace"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/metrics/azure-monitor-workspace-overview"
  note    = "There is no list of workspaces in azurerm: list them with azurerm_resources (type Microsoft.Monitor/accounts) and look each one up by name."
}

mapping "aws_prometheus_anomaly_detector" {
  cloudformation = ["AWS::APS::AnomalyDetector"]
  service        = "Azure Monitor managed service for Prometheus"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/metrics/prometheus-rule-groups"
  note           = "Managed Prometheus has no built-in anomaly detector: compute baselines and bands with Prometheus recording rules (for example avg_over_time and stddev_over_time over a window) and alert on deviations with a Prometheus rule group."
}

mapping "aws_prometheus_scraper" {
  cloudformation = ["AWS::APS::Scraper"]
  service        = "Azure Monitor managed service for Prometheus (AKS add-on)"
  status         = "partial"
  azurerm        = ["azurerm_monitor_data_collection_endpoint", "azurerm_monitor_data_collection_rule", "azurerm_monitor_data_collection_rule_association"]
  arm            = ["Microsoft.Insights/dataCollectionEndpoints", "Microsoft.Insights/dataCollectionRules", "Microsoft.Insights/dataCollectionRuleAssociations"]
  requires       = ["azurerm_monitor_workspace"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/containers/kubernetes-monitoring-enable?tabs=terraform"
  note           = "The agentless EKS scraper becomes the managed Prometheus metrics add-on of the AKS cluster (monitor_metrics block on azurerm_kubernetes_cluster), which sends to the Azure Monitor workspace through a data collection endpoint and rule associated with the cluster. The add-on runs agent pods in the cluster rather than outside it."

  caveat "scrape-configuration" {
    when     = can(self.scrape_configuration) || can(self.ScrapeConfiguration)
    severity = "warning"
    message  = "The scraper's Prometheus scrape configuration does not carry over as is: default targets are switched on in the ama-metrics-settings-configmap, and custom scrape jobs go into the ama-metrics-prometheus-config ConfigMap (or pod and service monitor custom resources) in the cluster."
    link     = "https://learn.microsoft.com/azure/azure-monitor/containers/prometheus-metrics-scrape-default"
  }
}

data "aws_prometheus_default_scraper_configuration" {
  service = "Azure Monitor managed service for Prometheus (AKS add-on)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/containers/prometheus-metrics-scrape-default"
  note    = "The add-on ships its own default scrape targets (kubelet, cAdvisor, kube-state-metrics, node exporter and others), switched on or off in the ama-metrics-settings-configmap; there is no data source to read them."
}

mapping "aws_prometheus_query_logging_configuration" {
  service  = "Azure Monitor workspace diagnostic settings (metrics usage details)"
  status   = "partial"
  azurerm  = ["azurerm_monitor_diagnostic_setting"]
  arm      = ["Microsoft.Insights/diagnosticSettings"]
  requires = ["azurerm_monitor_workspace"]
  link     = "https://learn.microsoft.com/azure/azure-monitor/metrics/metrics-usage-insights"
  note     = "Query logging sends the text and cost of PromQL queries that process more samples than a threshold to CloudWatch Logs. An Azure Monitor workspace keeps no per-query log: its one resource-log category, MetricsUsageDetails, sent to Log Analytics by a diagnostic setting on the workspace, gives per-metric query counts and last-queried dates computed once a day (metrics usage insights, preview). To find expensive queries, log them where they are issued, for example in Grafana or a proxy in front of the query endpoint."
}

mapping "aws_prometheus_scraper_logging_configuration" {
  service = "Azure Monitor managed Prometheus add-on logs (Container insights)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/azure-monitor/containers/prometheus-metrics-troubleshoot"
  note    = "The scraper's service-discovery, collector and exporter logs become the container logs of the add-on's ama-metrics pods in kube-system (prometheus-collector, config-reader, targetallocator and addon-token-adapter containers), read with kubectl logs; each pod also serves the Prometheus agent UI with its configuration, service discovery and targets on port 9090. To keep these logs in Log Analytics, collect container logs with Container insights and check that kube-system is not excluded from collection."
}
