# Amazon EventBridge Schemas → no Azure equivalent for schema discovery (Event Hubs schema registry
# for explicitly registered schemas).

mapping "aws_schemas_discoverer" {
  cloudformation = ["AWS::EventSchemas::Discoverer"]
  service        = "Azure Event Hubs schema registry"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note           = "Azure infers no schemas from events flowing through Event Grid or Event Hubs: publish schemas explicitly to an Event Hubs schema registry group (azurerm_eventhub_namespace_schema_group) from the producers' build, or keep them in source control next to the code."
}

mapping "aws_schemas_registry" {
  cloudformation = ["AWS::EventSchemas::Registry"]
  service        = "Azure Event Hubs schema registry"
  status         = "partial"
  azurerm        = ["azurerm_eventhub_namespace_schema_group"]
  arm            = ["Microsoft.EventHub/namespaces/schemagroups"]
  requires       = ["azurerm_eventhub_namespace"]
  link           = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note           = "A registry becomes a schema group in an Event Hubs namespace (Standard tier or above), with a fixed serialization format and a compatibility mode. It serves producers and consumers of any broker, but Event Grid publishes no schemas for Azure events into it: those are documented per event source."
}

mapping "aws_schemas_registry_policy" {
  cloudformation = ["AWS::EventSchemas::RegistryPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note           = "There is no resource policy on a schema group: grant the Schema Registry Reader or Schema Registry Contributor role on the namespace or schema group to the identities that need access; principals of other AWS accounts become guest users or applications in your Microsoft Entra tenant."
}

mapping "aws_schemas_schema" {
  cloudformation = ["AWS::EventSchemas::Schema"]
  service        = "Azure Event Hubs schema registry"
  status         = "partial"
  azurerm        = ["azurerm_eventhub_namespace_schema_group"]
  arm            = ["Microsoft.EventHub/namespaces/schemagroups"]
  link           = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note           = "Individual schemas are not ARM resources: create the schema group in Terraform and register schemas into it from the SDK, portal or build pipeline; each update adds a version. OpenAPI 3 schemas must be converted to a format the group supports (Avro or JSON Schema)."
}
