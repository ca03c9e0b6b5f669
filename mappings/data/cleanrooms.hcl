# AWS Clean Rooms and Clean Rooms ML → Azure Confidential Clean Rooms (preview, no azurerm resources) or a clean-room platform you run; nothing maps resource for resource.

mapping "aws_cleanrooms_collaboration" {
  cloudformation = ["AWS::CleanRooms::Collaboration"]
  service        = "Azure Confidential Clean Rooms"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note           = "Azure Confidential Clean Rooms lets parties run agreed analytics (Spark SQL) or ML on combined data inside confidential computing without seeing each other's raw data, but its analytics offering is in limited preview, it is set up through the managedcleanroom CLI extension rather than azurerm, and uses a governance contract instead of collaboration members and query rules. Rebuild the collaboration there, or on a third-party clean room (for example Databricks Clean Rooms)."
}

mapping "aws_cleanrooms_membership" {
  cloudformation = ["AWS::CleanRooms::Membership"]
  service        = "Azure Confidential Clean Rooms"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note           = "Joining a collaboration becomes accepting the clean room's governance contract as a collaborator; there is no azurerm resource for it. Result destinations and payer settings have to be agreed again in the new contract."
}

mapping "aws_cleanrooms_configured_table" {
  cloudformation = ["AWS::CleanRooms::ConfiguredTable"]
  service        = "Azure Confidential Clean Rooms"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note           = "A configured table becomes a dataset each party publishes from its own storage into the clean room. Clean Rooms analysis rules (aggregation, list, custom, differential privacy) have no one-to-one counterpart: restrict what runs through the queries approved in the contract."
}

mapping "AWS::CleanRooms::ConfiguredTableAssociation" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "Making a table available to a collaboration becomes publishing the dataset in the clean room contract; there is no azurerm resource."
}

mapping "AWS::CleanRooms::AnalysisTemplate" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "Approved query templates become the queries or workloads the collaborators approve in the clean room contract; rewrite them in Spark SQL."
}

mapping "AWS::CleanRooms::PrivacyBudgetTemplate" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "Differential-privacy budgets have no documented counterpart; enforce limits in the approved queries themselves."
}

mapping "AWS::CleanRooms::IdMappingTable" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "Entity Resolution ID mapping has no Azure counterpart: bring a matching table (for example hashed identifiers) as one of the published datasets."
}

mapping "AWS::CleanRooms::IdNamespaceAssociation" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "Entity Resolution ID namespaces have no Azure counterpart; join on identifiers the parties agree on."
}

mapping "AWS::CleanRoomsML::TrainingDataset" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "Clean Rooms ML lookalike training data becomes a dataset published into a confidential clean room that runs an agreed training workload; there is no managed lookalike modelling service."
}

mapping "AWS::CleanRoomsML::ConfiguredModelAlgorithm" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "A custom model algorithm (a training or inference container) becomes a workload the collaborators approve in the clean room contract."
}

mapping "AWS::CleanRoomsML::ConfiguredModelAlgorithmAssociation" {
  service = "Azure Confidential Clean Rooms"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/confidential-computing/confidential-clean-rooms"
  note    = "Associating an algorithm with a collaboration becomes approving the workload in the clean room contract; there is no azurerm resource."
}
