# Amazon Neptune Analytics (in-memory graph analytics with openCypher and vector search) → no direct
# Azure equivalent: Graph in Microsoft Fabric (preview, GQL) for analytical graphs, or Azure Cosmos DB
# for Apache Gremlin for operational graphs.

mapping "AWS::NeptuneGraph::Graph" {
  terraform      = ["aws_neptunegraph_graph"]
  cloudformation = ["AWS::NeptuneGraph::GraphSnapshot"]
  service        = "Graph in Microsoft Fabric (preview)"
  status         = "none"
  link           = "https://learn.microsoft.com/fabric/graph/limitations"
  note           = "There is no managed in-memory graph analytics engine with openCypher on Azure. Graph in Microsoft Fabric (in preview, queried with GQL, built from OneLake tables) is Microsoft's pointer for analytical graphs; graph algorithms can also run as GraphFrames jobs in Azure Databricks. Snapshots have no counterpart: the graph is rebuilt from its source tables. openCypher queries and vector-search calls must be rewritten."
}

mapping "AWS::NeptuneGraph::PrivateGraphEndpoint" {
  service = "Graph in Microsoft Fabric (preview)"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/graph/limitations"
  note    = "With no Azure-hosted replacement graph there is no VPC endpoint to carry over; private access to Fabric uses Fabric's own private link settings at tenant or workspace level."
}
