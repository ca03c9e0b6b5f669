# Amazon Location Service → Azure Maps (one account exposes Render, Search and Route APIs).
# Device tracking and geofence evaluation have no managed Azure Maps resource.

mapping "aws_location_map" {
  cloudformation = ["AWS::Location::Map"]
  service        = "Azure Maps"
  status         = "partial"
  azurerm        = ["azurerm_maps_account"]
  arm            = ["Microsoft.Maps/accounts"]
  link           = "https://learn.microsoft.com/azure/azure-maps/how-to-use-map-control"
  note           = "Azure Maps has no map resource: one Maps account serves map tiles to the Azure Maps Web SDK, and the style is chosen in the client. Map data comes from Microsoft's providers, not the Esri, HERE or Grab data source chosen on AWS, so coverage and styles differ."
}

mapping "aws_location_place_index" {
  cloudformation = ["AWS::Location::PlaceIndex"]
  service        = "Azure Maps Search"
  status         = "implicit"
  azurerm        = ["azurerm_maps_account"]
  arm            = ["Microsoft.Maps/accounts"]
  link           = "https://learn.microsoft.com/azure/azure-maps/how-to-search-for-address"
  note           = "Geocoding and reverse geocoding are APIs of the Maps account rather than a separate index resource; the data provider is Microsoft's, not the one selected on AWS."
}

mapping "aws_location_route_calculator" {
  cloudformation = ["AWS::Location::RouteCalculator"]
  service        = "Azure Maps Route"
  status         = "implicit"
  azurerm        = ["azurerm_maps_account"]
  arm            = ["Microsoft.Maps/accounts"]
  link           = "https://learn.microsoft.com/azure/azure-maps/how-to-use-best-practices-for-routing"
  note           = "Route directions and route matrices are APIs of the Maps account; no calculator resource is needed."
}

mapping "aws_location_geofence_collection" {
  cloudformation = ["AWS::Location::GeofenceCollection"]
  service        = "Azure Stream Analytics geospatial functions"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/stream-analytics/geospatial-scenarios"
  note           = "Azure Maps has no managed geofence collection that evaluates device positions. Keep the geofences as GeoJSON reference data and test positions in a Stream Analytics job (ST_WITHIN) or in your own code, emitting enter and exit events to Event Grid or Event Hubs."
}

mapping "aws_location_tracker" {
  cloudformation = ["AWS::Location::Tracker"]
  service        = "Azure IoT Hub or Event Hubs with Stream Analytics"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/stream-analytics/geospatial-scenarios"
  note           = "There is no managed device-position tracker. Ingest positions through IoT Hub or Event Hubs, store the latest position and history in a database (for example Cosmos DB), and filter or evaluate them with Stream Analytics or Functions."
}

mapping "aws_location_tracker_association" {
  cloudformation = ["AWS::Location::TrackerConsumer"]
  service        = "Azure Stream Analytics geospatial functions"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/stream-analytics/geospatial-scenarios"
  note           = "Linking a tracker to geofences becomes the join between the position stream and the geofence reference data in the Stream Analytics query."
}

mapping "AWS::Location::APIKey" {
  service = "Azure Maps authentication"
  status  = "implicit"
  azurerm = ["azurerm_maps_account"]
  arm     = ["Microsoft.Maps/accounts"]
  link    = "https://learn.microsoft.com/azure/azure-maps/azure-maps-authentication"
  note    = "The Maps account has two shared keys for the whole account rather than scoped API keys; prefer Microsoft Entra ID (or SAS tokens) for restricted client access, and disable shared keys with local_authentication_enabled = false."

  caveat "restrictions" {
    when     = can(self.Restrictions)
    severity = "info"
    message  = "API key restrictions by allowed action, resource or referrer have no key-level counterpart: restrict access with Entra ID roles (Azure Maps Data Reader), SAS tokens with a rate limit, and CORS rules on the account."
    link     = "https://learn.microsoft.com/azure/azure-maps/azure-maps-authentication"
  }
}

data "aws_location_map" {
  service = "Azure Maps"
  status  = "partial"
  azurerm = ["azurerm_maps_account"]
  link    = "https://learn.microsoft.com/azure/azure-maps/about-azure-maps"
  note    = "Look up the Maps account (its client ID and keys); there is no per-map resource."
}

data "aws_location_place_index" {
  service = "Azure Maps Search"
  status  = "partial"
  azurerm = ["azurerm_maps_account"]
  link    = "https://learn.microsoft.com/azure/azure-maps/how-to-search-for-address"
  note    = "Look up the Maps account whose Search API replaces the index."
}

data "aws_location_route_calculator" {
  service = "Azure Maps Route"
  status  = "partial"
  azurerm = ["azurerm_maps_account"]
  link    = "https://learn.microsoft.com/azure/azure-maps/how-to-use-best-practices-for-routing"
  note    = "Look up the Maps account whose Route API replaces the calculator."
}

data "aws_location_geofence_collection" {
  service = "Azure Stream Analytics geospatial functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/stream-analytics/geospatial-scenarios"
  note    = "No managed geofence collection exists to look up; reference the storage that holds the geofence GeoJSON instead."
}

data "aws_location_tracker" {
  service = "Azure IoT Hub or Event Hubs with Stream Analytics"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/stream-analytics/geospatial-scenarios"
  note    = "No managed tracker exists to look up; reference the ingestion hub or database that replaces it."
}

data "aws_location_tracker_association" {
  service = "Azure Stream Analytics geospatial functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/stream-analytics/geospatial-scenarios"
  note    = "Tracker-to-geofence links live in the Stream Analytics query and cannot be looked up."
}

data "aws_location_tracker_associations" {
  service = "Azure Stream Analytics geospatial functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/stream-analytics/geospatial-scenarios"
  note    = "Tracker-to-geofence links live in the Stream Analytics query and cannot be listed."
}
