# Amazon EventBridge Schemas → no Azure equivalent for schema discovery (Event Hubs schema registry
# for explicitly registered schemas).

mapping "aws_schemas_discoverer" {
  cloudformation = ["AWS::EventSchemas::Discoverer"]
  service        = "Azure Event Hubs schema registry"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-hubs/schema-registry-concepts"
  note           = "Azure infers no schemas from events flowing through Event Grid or Event Hubs: publish schemas explicitly to an Event Hubs schema registry group (azurerm_eventhub_namespace_schema_group) from the producers' build, or keep them in source control next to the code."
}
