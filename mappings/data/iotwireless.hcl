# AWS IoT Core for LoRaWAN and Amazon Sidewalk (IoT Wireless) → no Azure counterpart: Azure has no
# managed LoRaWAN network server. Run one yourself or use a partner's, and forward device data to IoT Hub.

mapping "AWS::IoTWireless::WirelessDevice" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Azure has no managed LoRaWAN or Sidewalk network server. Register LoRaWAN devices in a network server you run or buy (for example a partner service or ChirpStack on AKS) and have it forward decoded uplinks to IoT Hub, where each device, or the network server acting for it, has a device identity."
}

mapping "AWS::IoTWireless::WirelessGateway" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "LoRaWAN gateways connect to the LoRaWAN network server that replaces AWS, not to Azure; register them there."
}

mapping "AWS::IoTWireless::DeviceProfile" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "LoRaWAN device profiles (MAC version, regional parameters, classes) are configured in the replacement LoRaWAN network server."
}

mapping "AWS::IoTWireless::ServiceProfile" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Service profiles (data rate limits, gateway metadata) are settings of the replacement LoRaWAN network server."
}

mapping "AWS::IoTWireless::Destination" {
  service = "Azure IoT Hub message routing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "The network server's integration sends uplinks to IoT Hub; from there message routes deliver them onwards, replacing the destination and its IoT rule."
}

mapping "AWS::IoTWireless::MulticastGroup" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "LoRaWAN multicast groups are a network server feature: configure them in the replacement network server."
}

mapping "AWS::IoTWireless::FuotaTask" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Firmware updates over the air for LoRaWAN devices depend on the replacement network server's FUOTA support; Azure offers none for LoRaWAN."
}

mapping "AWS::IoTWireless::TaskDefinition" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Gateway firmware update tasks are handled by the gateway vendor's tools or the replacement network server."
}

mapping "AWS::IoTWireless::PartnerAccount" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Amazon Sidewalk is an Amazon network with no Azure integration; Sidewalk devices need another connectivity path (LoRaWAN, cellular, Wi-Fi) to reach Azure."
}

mapping "AWS::IoTWireless::NetworkAnalyzerConfiguration" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Radio-level trace messages for devices and gateways come from the replacement network server's own diagnostics."
}

mapping "AWS::IoTWireless::WirelessDeviceImportTask" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Bulk onboarding of LoRaWAN or Sidewalk devices happens in the replacement network server; matching IoT Hub identities can be created in bulk with an import job or a DPS enrollment group."
}
