# Amazon CloudWatch → Azure Monitor (Log Analytics, metric and log search alerts, dashboards).

mapping "aws_cloudwatch_log_group" {
  cloudformation = ["AWS::Logs::LogGroup"]
  service        = "Azure Monitor Logs (Log Analytics workspace)"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_workspace"]
  arm            = ["Microsoft.OperationalInsights/workspaces"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
  note           = "Log groups don't map one-to-one: many log groups usually become tables in one shared workspace (per environment or region), fed by diagnostic settings, Application Insights or data collection rules. Create a workspace per log group only when retention or access must differ."

  caveat "short-retention" {
    when     = try(tonumber(try(self.retention_in_days, self.RetentionInDays)) > 0 && tonumber(try(self.retention_in_days, self.RetentionInDays)) < 30, false)
    severity = "info"
    message  = "Workspace retention starts at 30 days; shorter retention is set per table (down to 4 days) with azurerm_log_analytics_workspace_table."
    link     = "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure"
  }

  caveat "long-retention" {
    when     = try(tonumber(try(self.retention_in_days, self.RetentionInDays)) > 730, false)
    severity = "info"
    message  = "Interactive retention tops out at two years: keep older data with long-term retention (total retention up to 12 years), which is queried through search jobs or restore."
    link     = "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure"
  }

  caveat "customer-managed-key" {
    when     = can(self.kms_key_id) || can(self.KmsKeyId)
    severity = "warning"
    message  = "Encrypting logs with your own key requires a Log Analytics dedicated cluster (a daily commitment tier) linked to the workspace."
    link     = "https://learn.microsoft.com/azure/azure-monitor/logs/customer-managed-keys"
  }

  caveat "infrequent-access" {
    when     = try(upper(self.log_group_class), upper(self.LogGroupClass), "STANDARD") == "INFREQUENT_ACCESS"
    severity = "info"
    message  = "The Infrequent Access class corresponds to the Basic or Auxiliary table plan (cheaper ingestion, limited queries)."
    link     = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-table-plans"
  }

  caveat "no-retention" {
    when     = try(tonumber(try(self.retention_in_days, self.RetentionInDays)) == 0, !can(self.retention_in_days) && !can(self.RetentionInDays))
    severity = "warning"
    message  = "No retention is set (absent or 0), so CloudWatch keeps these logs forever, while Log Analytics tables keep data 30 days by default: set the workspace or table retention (interactive up to two years) and a total retention of up to 12 years if the logs must be kept longer."
    link     = "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure"
  }
}

mapping "aws_cloudwatch_log_stream" {
  cloudformation = ["AWS::Logs::LogStream"]
  service        = "Azure Monitor Logs"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
  note           = "Streams aren't declared: records land in workspace tables and carry their source in columns (resource ID, computer, container)."
}

mapping "aws_cloudwatch_log_subscription_filter" {
  cloudformation = ["AWS::Logs::SubscriptionFilter"]
  service        = "Azure Monitor data export"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_data_export_rule", "azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.OperationalInsights/workspaces/dataExports", "Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
  note           = "Streaming logs onward becomes a workspace data export rule (whole tables to Event Hubs or Storage) or a diagnostic setting that sends resource logs straight to Event Hubs; filter patterns are applied by the consumer."

  target "lambda" {
    when    = can(regex(":lambda:", try(self.destination_arn, self.DestinationArn, "")))
    service = "Azure Monitor data export with an Event Hubs-triggered function"
    status  = "partial"
    azurerm = ["azurerm_log_analytics_data_export_rule", "azurerm_eventhub"]
    arm     = ["Microsoft.OperationalInsights/workspaces/dataExports", "Microsoft.EventHub/namespaces/eventhubs"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
    note    = "Logs can't invoke a function directly: export the table (or send the resource logs) to an event hub and process them with an Event Hubs-triggered function; for alerting on matches, a log search alert needs no code at all."
  }

  target "firehose" {
    when    = can(regex(":firehose:", try(self.destination_arn, self.DestinationArn, "")))
    service = "Azure Monitor data export"
    status  = "partial"
    azurerm = ["azurerm_log_analytics_data_export_rule"]
    arm     = ["Microsoft.OperationalInsights/workspaces/dataExports"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
    note    = "Delivery to storage through Firehose becomes a data export rule that writes the tables straight to a storage account (one am-<table> container each, JSON lines in 5-minute folders) or streams them to Event Hubs; no delivery stream is needed in between."
  }

  caveat "filter-pattern" {
    when     = try(self.filter_pattern, self.FilterPattern, "") != ""
    severity = "warning"
    message  = "Data export rules and diagnostic settings send whole tables or categories, with no filter pattern: drop unwanted records before they are stored with a data collection rule transformation, or filter in the consumer."
    link     = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  }
}

mapping "aws_cloudwatch_log_metric_filter" {
  cloudformation = ["AWS::Logs::MetricFilter"]
  service        = "Azure Monitor log search alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_scheduled_query_rules_alert_v2"]
  arm            = ["Microsoft.Insights/scheduledQueryRules"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-log-alert-rule"
  note           = "Metrics derived from log patterns have no direct equivalent: alert on a KQL query over the logs (log search alert), or emit the metric from the application."

  caveat "pattern-to-kql" {
    severity = "info"
    message  = "The filter pattern syntax doesn't carry over: rewrite it as a KQL query (where, parse, summarize by bin) in a log search alert, or as a data collection rule transformation that writes matching records to a custom table you can chart and alert on."
    link     = "https://learn.microsoft.com/azure/azure-monitor/logs/log-query-overview"
  }
}

mapping "aws_cloudwatch_metric_alarm" {
  cloudformation = ["AWS::CloudWatch::Alarm"]
  service        = "Azure Monitor metric alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_metric_alert"]
  arm            = ["Microsoft.Insights/metricAlerts"]
  requires       = ["azurerm_monitor_action_group"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-metric-overview"
  note           = "A metric alert on the Azure resource that replaces the alarm's subject. AWS namespaces and metric names must be mapped to the Azure resource's metrics; alarm actions (SNS topics) become action groups."

  caveat "metric-math" {
    when     = try(length(self.metric_query), length(self.Metrics), 0) > 0
    severity = "warning"
    message  = "Metric math has no equivalent in metric alerts: alert on a log search query over the metrics (azurerm_monitor_scheduled_query_rules_alert_v2), or split the alarm into single-metric alerts."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-log-alert-rule"
  }

  caveat "anomaly-detection" {
    when     = can(self.threshold_metric_id) || can(self.ThresholdMetricId)
    severity = "info"
    message  = "Anomaly-detection bands become dynamic thresholds (dynamic_criteria), which learn the metric's pattern differently; tune sensitivity after migration."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-dynamic-thresholds"
  }

  caveat "missing-data-breaching" {
    when     = try(lower(self.treat_missing_data), lower(self.TreatMissingData), "missing") == "breaching"
    severity = "warning"
    message  = "The alarm treats missing data as breaching, but a metric alert evaluates only the values that arrive and doesn't fire when data stops: detect absent data with a log search alert that fires when a query returns no rows (or a heartbeat or availability test)."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-log-alert-rule"
  }

  caveat "percentile-statistic" {
    when     = can(self.extended_statistic) || can(self.ExtendedStatistic)
    severity = "warning"
    message  = "Percentile and other extended statistics are not metric alert aggregations (Average, Minimum, Maximum, Total, Count only): compute the percentile in a log search alert over logs or Application Insights data, or alert on Maximum instead."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-metric-overview"
  }

  caveat "high-resolution" {
    when     = try(tonumber(try(self.period, self.Period)) < 60, false)
    severity = "info"
    message  = "Periods below one minute (high-resolution alarms) have no equivalent: metric alerts evaluate at most every minute (frequency PT1M) over windows of one minute or more."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-metric-overview"
  }

  caveat "m-of-n" {
    when     = try(tonumber(try(self.datapoints_to_alarm, self.DatapointsToAlarm)) < tonumber(try(self.evaluation_periods, self.EvaluationPeriods)), false)
    severity = "info"
    message  = "\"M out of N datapoints\" has no static-threshold equivalent: a static metric alert fires on one evaluation of its aggregated window. Use a dynamic threshold (evaluation_failure_count of evaluation_total_count) or a log search alert's failing_periods block."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-dynamic-thresholds"
  }

  caveat "custom-namespace" {
    when     = try(!startswith(try(self.namespace, self.Namespace), "AWS/"), false)
    severity = "warning"
    message  = "The alarm watches a custom metric namespace: those metrics must first be sent to Azure (Application Insights custom metrics through OpenTelemetry, or log records alerted on with a log search alert) before a rule can watch them."
    link     = "https://learn.microsoft.com/azure/azure-monitor/metrics/metrics-custom-overview"
  }

  caveat "insufficient-data-actions" {
    when     = try(length(self.insufficient_data_actions), length(self.InsufficientDataActions), 0) > 0
    severity = "info"
    message  = "Azure alerts have no insufficient-data state, so these actions have no trigger; OK actions become the resolved notification an action group receives when auto_mitigate resolves the alert."
    link     = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-overview"
  }
}

mapping "aws_cloudwatch_composite_alarm" {
  cloudformation = ["AWS::CloudWatch::CompositeAlarm"]
  service        = "Azure Monitor log search alerts"
  status         = "partial"
  azurerm        = ["azurerm_monitor_scheduled_query_rules_alert_v2"]
  arm            = ["Microsoft.Insights/scheduledQueryRules"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-log-alert-rule"
  note           = "Azure Monitor has no composite alert: combine the conditions in one log search query, or correlate alerts downstream (Logic Apps, an incident-management tool)."
}

mapping "aws_cloudwatch_dashboard" {
  cloudformation = ["AWS::CloudWatch::Dashboard"]
  service        = "Azure Monitor (portal dashboards, workbooks) or Azure Managed Grafana"
  status         = "partial"
  azurerm        = ["azurerm_portal_dashboard"]
  arm            = ["Microsoft.Portal/dashboards"]
  link           = "https://learn.microsoft.com/azure/azure-portal/azure-portal-dashboards"
  note           = "The dashboard body must be rebuilt: Azure portal dashboards, Azure Monitor workbooks, or Azure Managed Grafana (azurerm_dashboard_grafana) for Grafana users."
}

mapping "aws_cloudwatch_query_definition" {
  cloudformation = ["AWS::Logs::QueryDefinition"]
  service        = "Azure Monitor Logs"
  status         = "partial"
  azurerm        = ["azurerm_log_analytics_query_pack_query"]
  arm            = ["Microsoft.OperationalInsights/queryPacks/queries"]
  requires       = ["azurerm_log_analytics_query_pack"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/query-packs"
  note           = "Saved Logs Insights queries become KQL queries in a query pack; the query language must be rewritten."
}

mapping "aws_cloudwatch_log_delivery_source" {
  cloudformation = ["AWS::Logs::DeliverySource"]
  service        = "Azure Monitor diagnostic settings"
  status         = "implicit"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note           = "A delivery source names the resource and log type to export; on Azure that is the target_resource_id and an enabled_log category of a diagnostic setting on the equivalent Azure resource, so nothing is declared separately. Available categories differ per resource type."
}

mapping "aws_cloudwatch_log_delivery_destination" {
  cloudformation = ["AWS::Logs::DeliveryDestination"]
  service        = "Azure Monitor diagnostic settings"
  status         = "implicit"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note           = "A delivery destination becomes the destination fields of the diagnostic setting: a CloudWatch Logs group → log_analytics_workspace_id, an S3 bucket → storage_account_id, a Firehose stream → eventhub_authorization_rule_id (and eventhub_name)."

  target "s3" {
    when    = can(regex(":s3:::", try(self.delivery_destination_configuration[0].destination_resource_arn, self.DestinationResourceArn, "")))
    service = "Azure Storage (diagnostic settings archive)"
    status  = "implicit"
    azurerm = ["azurerm_monitor_diagnostic_setting"]
    arm     = ["Microsoft.Insights/diagnosticSettings"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
    note    = "Logs go to a storage account (storage_account_id), written as JSON lines into one insights-logs-<category> container per category with a fixed time-based path; the output format and path can't be chosen."
  }

  target "firehose" {
    when    = can(regex(":firehose:", try(self.delivery_destination_configuration[0].destination_resource_arn, self.DestinationResourceArn, "")))
    service = "Azure Event Hubs (diagnostic settings stream)"
    status  = "implicit"
    azurerm = ["azurerm_monitor_diagnostic_setting"]
    arm     = ["Microsoft.Insights/diagnosticSettings"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
    note    = "Logs stream to an event hub (eventhub_authorization_rule_id, eventhub_name) for downstream processing or a SIEM."
  }
}

mapping "aws_cloudwatch_log_delivery" {
  cloudformation = ["AWS::Logs::Delivery"]
  service        = "Azure Monitor diagnostic settings"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note           = "A delivery (source → destination) becomes one diagnostic setting on the source resource with the log categories enabled and the destination set; a resource can have up to five diagnostic settings. Sending to a Log Analytics workspace in resource-specific mode gives typed tables."

  caveat "record-fields" {
    when     = try(length(self.record_fields), 0) > 0 || can(self.RecordFields) || can(self.field_delimiter) || can(self.FieldDelimiter)
    severity = "info"
    message  = "Diagnostic settings send each category's fixed schema; field selection and delimiters have no equivalent. To drop or reshape columns in Log Analytics, add an ingestion-time transformation (workspace transformation data collection rule)."
    link     = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  }

  caveat "s3-layout" {
    when     = try(length(self.s3_delivery_configuration), 0) > 0 || can(self.S3SuffixPath) || can(self.S3EnableHiveCompatiblePath)
    severity = "info"
    message  = "The storage destination uses a fixed container and path layout (resourceId=/.../y=/m=/d=/h=/m=/); custom suffix paths and Hive-compatible prefixes aren't configurable, so downstream readers must adapt."
    link     = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  }
}

mapping "aws_cloudwatch_metric_stream" {
  cloudformation = ["AWS::CloudWatch::MetricStream"]
  service        = "Azure Monitor diagnostic settings"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note           = "Streaming metrics out becomes the AllMetrics category of a diagnostic setting on each source resource, sent to Event Hubs (the Firehose counterpart), a storage account or a Log Analytics workspace. There is no account-wide stream with namespace filters: deploy the settings at scale with Azure Policy, and expect Azure's own export format rather than OpenTelemetry or the CloudWatch JSON layout."
}

mapping "AWS::CloudWatch::AnomalyDetector" {
  service = "Azure Monitor metric alerts (dynamic thresholds)"
  status  = "implicit"
  azurerm = ["azurerm_monitor_metric_alert"]
  arm     = ["Microsoft.Insights/metricAlerts"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-dynamic-thresholds"
  note    = "Azure trains no standalone anomaly model: a metric alert with a dynamic_criteria block learns the metric's pattern itself. The alarm that uses the detector's band carries the setting (sensitivity, number of violating periods); exclusion periods have no direct equivalent (use ignore_data_before or alert processing rules)."
}

mapping "aws_cloudwatch_log_anomaly_detector" {
  cloudformation = ["AWS::Logs::LogAnomalyDetector"]
  service        = "Azure Monitor Logs"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-log-alert-rule"
  note           = "Azure Monitor has no managed detector that learns log patterns. Schedule a log search alert whose KQL query finds anomalies itself (for example series_decompose_anomalies over counts per pattern), or use Microsoft Sentinel analytics for security-oriented anomaly detection."
}

mapping "aws_cloudwatch_log_data_protection_policy" {
  service = "Azure Monitor data collection transformations"
  status  = "partial"
  azurerm = ["azurerm_monitor_data_collection_rule"]
  arm     = ["Microsoft.Insights/dataCollectionRules"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  note    = "Masking sensitive data before it is stored becomes an ingestion-time transformation (a KQL statement in the data collection rule, or the workspace transformation rule for diagnostic-setting data) that drops or rewrites columns. Azure has no managed data identifiers and no audit findings: write the matching yourself, and restrict who may read sensitive tables with table-level RBAC."
}

mapping "aws_cloudwatch_log_account_policy" {
  cloudformation = ["AWS::Logs::AccountPolicy"]
  service        = "Azure Monitor Logs"
  status         = "partial"
  azurerm        = ["azurerm_monitor_data_collection_rule"]
  arm            = ["Microsoft.Insights/dataCollectionRules"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  note           = "An account-wide policy has no single counterpart; the policy type decides the target. Data protection and transformer policies become a workspace transformation data collection rule that applies to every table it names; subscription filter policies become data export rules; field index policies need nothing, because Log Analytics indexes columns itself."

  target "subscription-filter" {
    when    = try(upper(self.policy_type), upper(self.PolicyType), "") == "SUBSCRIPTION_FILTER_POLICY"
    service = "Azure Monitor data export"
    status  = "partial"
    azurerm = ["azurerm_log_analytics_data_export_rule"]
    arm     = ["Microsoft.OperationalInsights/workspaces/dataExports"]
    link    = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
    note    = "Exporting everything becomes a data export rule that streams whole tables to Event Hubs or Storage; filter patterns are applied by the consumer."
  }

  target "field-index" {
    when    = try(upper(self.policy_type), upper(self.PolicyType), "") == "FIELD_INDEX_POLICY"
    service = "Azure Monitor Logs"
    status  = "implicit"
    link    = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
    note    = "Log Analytics tables need no field indexes to be declared; nothing replaces this policy."
  }
}

mapping "aws_cloudwatch_log_resource_policy" {
  cloudformation = ["AWS::Logs::ResourcePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/manage-access"
  note           = "A workspace has no resource policy. Azure services that send logs through diagnostic settings need no grant on the workspace (the person creating the setting needs write access to it); applications that send logs through the Logs Ingestion API need the Monitoring Metrics Publisher role on the data collection rule; readers get Log Analytics Reader or table-level roles."
}

data "aws_cloudwatch_log_group" {
  service = "Azure Monitor Logs"
  status  = "partial"
  azurerm = ["azurerm_log_analytics_workspace"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
  note    = "Looks up the Log Analytics workspace that receives the logs (workspace ID, retention); a log group's separation becomes tables or a resource filter in queries."
}

data "aws_cloudwatch_log_groups" {
  service = "Azure Monitor Logs"
  status  = "partial"
  azurerm = ["azurerm_log_analytics_workspace"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
  note    = "There is no list of log groups: look up the workspace, and individual tables with azurerm_log_analytics_workspace_table."
}

data "aws_cloudwatch_log_data_protection_policy_document" {
  service = "Azure Monitor Logs"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  note    = "There is no policy document: masking becomes an ingestion-time transformation (KQL in the data collection rule or the workspace transformation) written by hand."
}

mapping "aws_cloudwatch_alarm_mute_rule" {
  cloudformation = ["AWS::CloudWatch::AlarmMuteRule"]
  service        = "Azure Monitor alert processing rules"
  status         = "direct"
  azurerm        = ["azurerm_monitor_alert_processing_rule_suppression"]
  arm            = ["Microsoft.AlertsManagement/actionRules"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-processing-rules"
  note           = "Muting alarm actions for a window becomes an alert processing rule of type suppression, scoped to the alert rules or resources and given a one-off or recurring schedule; alerts still fire and are recorded, only their action groups are skipped."
}

mapping "aws_cloudwatch_contributor_insight_rule" {
  cloudformation = ["AWS::CloudWatch::InsightRule"]
  service        = "Azure Monitor Logs (KQL)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/logs/log-query-overview"
  note           = "Azure Monitor has no managed top-contributor rule: run a KQL query with summarize and top over the log table (in a workbook, or a log search alert for thresholds) to rank the keys that contribute most."
}

mapping "aws_cloudwatch_contributor_managed_insight_rule" {
  service = "Azure Monitor Logs (KQL)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/log-query-overview"
  note    = "AWS-managed Contributor Insights rules have no equivalent: query the target service's resource logs in Log Analytics with summarize and top, or use its Azure Monitor insights workbook where one exists."
}

mapping "aws_cloudwatch_log_delivery_destination_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/essentials/diagnostic-settings"
  note    = "Letting other accounts deliver logs to a destination becomes permissions: a diagnostic setting may target a workspace, storage account or event hub in another subscription of the same tenant when its creator has the matching write/list-keys rights there; no policy document is attached to the destination."
}

mapping "aws_cloudwatch_log_destination" {
  cloudformation = ["AWS::Logs::Destination"]
  service        = "Azure Event Hubs"
  status         = "partial"
  azurerm        = ["azurerm_eventhub"]
  arm            = ["Microsoft.EventHub/namespaces/eventhubs"]
  requires       = ["azurerm_eventhub_namespace"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/stream-monitoring-data-event-hubs"
  note           = "A cross-account destination in front of a Kinesis stream becomes an event hub that diagnostic settings or workspace data export rules in other subscriptions stream to; there is no separate destination object between sender and stream."
}

mapping "aws_cloudwatch_log_destination_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/event-hubs/authorize-access-azure-active-directory"
  note    = "The accounts allowed to subscribe become identities granted Azure Event Hubs Data Sender (or list-keys rights on an authorization rule used by diagnostic settings) on the event hub or namespace."
}

mapping "aws_cloudwatch_log_index_policy" {
  service = "Azure Monitor Logs"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/log-analytics-workspace-overview"
  note    = "Log Analytics tables need no declared field indexes; nothing replaces this policy. Query speed is managed through table plans and query design instead."
}

mapping "aws_cloudwatch_log_transformer" {
  cloudformation = ["AWS::Logs::Transformer"]
  service        = "Azure Monitor data collection transformations"
  status         = "partial"
  azurerm        = ["azurerm_monitor_data_collection_rule"]
  arm            = ["Microsoft.Insights/dataCollectionRules"]
  link           = "https://learn.microsoft.com/azure/azure-monitor/essentials/data-collection-transformations"
  note           = "Ingestion-time parsing and enrichment becomes a KQL transformation (transform_kql of a data flow in a data collection rule, or the workspace transformation rule for diagnostic-setting data). The processor chain (parseJSON, grok, addKeys and so on) must be rewritten as KQL (parse_json, parse, extend, project-away)."
}

data "aws_cloudwatch_contributor_managed_insight_rules" {
  service = "Azure Monitor Logs (KQL)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/log-query-overview"
  note    = "There are no managed contributor rules to list: the equivalent top-contributor queries are KQL queries you keep in workbooks or query packs."
}

mapping "AWS::Logs::ScheduledQuery" {
  service = "Log Analytics summary rules"
  status  = "partial"
  arm     = ["Microsoft.OperationalInsights/workspaces/summaryLogs"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/summary-rules"
  note    = "A Logs Insights query run on a schedule becomes a summary rule: a KQL query run at a fixed bin size whose results are written to a custom table in the workspace; a data export rule on that table can forward the results to Storage or Event Hubs. azurerm has no summary rule resource (use ARM, Bicep or azapi). Results that should trigger notifications belong in a log search alert rule instead."
}

mapping "aws_cloudwatch_log_storage_tier_policy" {
  service = "Log Analytics table plans and retention"
  status  = "partial"
  azurerm = ["azurerm_log_analytics_workspace_table"]
  arm     = ["Microsoft.OperationalInsights/workspaces/tables"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/data-retention-configure"
  note    = "Log Analytics doesn't move data between tiers by access frequency. Set cost per table instead: the table plan (Analytics, Basic or Auxiliary) and interactive retention versus total (long-term) retention, where older data stays searchable through search jobs and restore."
}

mapping "aws_cloudwatch_log_s3_table_integration_source" {
  service = "Log Analytics data export"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/logs/logs-data-export"
  note    = "Choosing which logs flow into the integration becomes the table_names list of the workspace's data export rule (azurerm_log_analytics_data_export_rule); there is no separate association resource."
}

mapping "aws_cloudwatch_otel_enrichment" {
  cloudformation = ["AWS::CloudWatch::OTelEnrichment"]
  service        = "Azure Monitor"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-monitor/app/opentelemetry-configuration"
  note           = "Azure Monitor has no account switch that adds cloud resource attributes to OpenTelemetry metrics. Set resource attributes in the OpenTelemetry SDK or collector (resource detectors and processors), or add columns with a data collection rule transformation."
}

mapping "AWS::Logs::Integration" {
  service = "Azure Monitor Logs"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-monitor/visualize/workbooks-overview"
  note    = "An integration that builds OpenSearch dashboards over vended logs has no counterpart because none is needed: Log Analytics queries the logs in place, and Azure Monitor workbooks and insights give curated dashboards over them."
}

mapping "AWS::CloudWatch::LogAlarm" {
  service = "Azure Monitor log search alerts"
  status  = "direct"
  azurerm = ["azurerm_monitor_scheduled_query_rules_alert_v2"]
  arm     = ["Microsoft.Insights/scheduledQueryRules"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-create-log-alert-rule"
  note    = "An alarm on a scheduled Logs Insights query becomes a log search alert rule: the query is rewritten in KQL, the schedule becomes evaluation_frequency and window_duration, the threshold and comparison go in the criteria, and results-to-alarm out of results-to-evaluate becomes the failing_periods block. Actions become an action group."
}
