# AWS IoT Device Management managed integrations (a unified control layer for smart-home devices over Zigbee,
# Z-Wave, Matter and cloud-to-cloud connectors) → no Azure equivalent. Device identity and provisioning map to
# Azure IoT Hub and the Device Provisioning Service; the protocol and cloud-to-cloud layer must be built.

mapping "AWS::IoTManagedIntegrations::ManagedThing" {
  service = "Azure IoT Hub and Device Provisioning Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "A managed thing (a hub or end device with a standard data model across protocols) has no counterpart: devices that speak MQTT or AMQP become IoT Hub device identities, and Zigbee, Z-Wave or Matter devices need your own gateway software (for example on IoT Edge) to translate them."
}

mapping "AWS::IoTManagedIntegrations::ProvisioningProfile" {
  service = "Azure IoT Hub and Device Provisioning Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-dps/about-iot-dps"
  note    = "Provisioning profiles (claim certificates used by hubs during onboarding) have no direct counterpart: the closest is a DPS enrollment group that trusts the manufacturer's CA or derives per-device symmetric keys."
}

mapping "AWS::IoTManagedIntegrations::CredentialLocker" {
  service = "Azure IoT Hub and Device Provisioning Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-dps/about-iot-dps"
  note    = "There is no store of device credentials for simplified setup: keep device onboarding data in your own backend (secrets in Key Vault), and register the devices through DPS."
}
