# AWS IoT FleetWise (vehicle data collection) has no Azure counterpart: vehicles connect to
# Azure IoT Hub (or the Event Grid MQTT broker) and the signal model lives in your own code.

mapping "AWS::IoTFleetWise::Vehicle" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Azure has no vehicle data service: register each vehicle as an IoT Hub device (azurerm_iothub plus device registration or the Device Provisioning Service) and run your own edge agent that reads the CAN and OBD signals and sends telemetry."
  differs = "Microsoft's comparison names IoT Central, an application platform built on IoT Hub. a2z maps the vehicle to an IoT Hub device, the service a fleet backend is built on; an application layer on top is the team's choice."
}

mapping "AWS::IoTFleetWise::Fleet" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-device-twins"
  note    = "Fleets have no counterpart: group vehicles with device twin tags and target them with queries, jobs or Device Update groups."
  differs = "Microsoft's comparison names IoT Central, an application platform built on IoT Hub. a2z maps the fleet to IoT Hub device groups, the service a fleet backend is built on; an application layer on top is the team's choice."
}

mapping "AWS::IoTFleetWise::SignalCatalog" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "There is no managed signal catalog (VSS model): keep the signal definitions in your own schema registry or code and in the tables that store the telemetry (for example Azure Data Explorer)."
}

mapping "AWS::IoTFleetWise::ModelManifest" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Vehicle models have no counterpart: describe the signals each model exposes in your own configuration, delivered to vehicles through device twin desired properties."
}

mapping "AWS::IoTFleetWise::DecoderManifest" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Decoding CAN frames or OBD PIDs into signals is left to your edge agent (for example an Azure IoT Edge module); its decoding rules are your own configuration."
}

mapping "AWS::IoTFleetWise::Campaign" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-device-twins"
  note    = "Data collection campaigns (which signals, when, under which conditions) have no counterpart: push collection rules to the edge agent through device twin desired properties and route the telemetry with IoT Hub message routing to storage or Azure Data Explorer."
}

mapping "AWS::IoTFleetWise::StateTemplate" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-device-twins"
  note    = "Last-known vehicle state becomes reported properties of the device twin, written by the edge agent; there is no template resource."
}
