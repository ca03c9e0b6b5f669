# AWS Entity Resolution → no Azure resource: record matching is a Dynamics 365 Customer Insights - Data
# feature, or code you run in Fabric, Databricks or Synapse.

mapping "AWS::EntityResolution::MatchingWorkflow" {
  service = "Dynamics 365 Customer Insights - Data"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-insights/data-unification-match-tables"
  note    = "Azure has no managed entity resolution resource. Customer data unification (deduplication and match rules across sources) is part of Dynamics 365 Customer Insights - Data; for other entities, implement rule-based or ML matching in Fabric, Azure Databricks or Synapse notebooks and pipelines."
}

mapping "AWS::EntityResolution::SchemaMapping" {
  service = "Dynamics 365 Customer Insights - Data"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-insights/data-unification-match-tables"
  note    = "Input field mappings become the column mapping step of Customer Insights data unification, or the schema of the tables your own matching job reads."
}

mapping "AWS::EntityResolution::IdMappingWorkflow" {
  service = "Dynamics 365 Customer Insights - Data"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-insights/data-unification-match-tables"
  note    = "Mapping IDs between data sets (including provider services such as LiveRamp) has no Azure counterpart; implement the join in your own pipeline or use the provider's own service."
}

mapping "AWS::EntityResolution::IdNamespace" {
  service = "Dynamics 365 Customer Insights - Data"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-insights/data-unification-match-tables"
  note    = "ID namespaces have no counterpart: describe each source's identifiers in the matching job's configuration."
}

mapping "AWS::EntityResolution::PolicyStatement" {
  service = "Azure role-based access control"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/role-based-access-control/overview"
  note    = "There is no workflow resource policy: access to the data and jobs that replace the workflows is granted with role assignments (or Fabric workspace roles)."
}
