# AWS IoT Greengrass V1 (CloudFormation-only; V1 is in AWS's extended-life phase) → Azure IoT Edge
# devices registered in Azure IoT Hub, configured by deployment manifests.

mapping "AWS::Greengrass::Group" {
  service = "Azure IoT Edge"
  status  = "partial"
  azurerm = ["azurerm_iothub"]
  arm     = ["Microsoft.Devices/IotHubs"]
  link    = "https://learn.microsoft.com/azure/iot-edge/about-iot-edge"
  note    = "A Greengrass group (one core device plus its functions, subscriptions and connected devices) becomes an IoT Edge device registered in an IoT hub and a deployment manifest that lists its modules and routes. Device identities and deployments are IoT Hub data-plane objects (az iot edge, the IoT Hub API or automatic deployments targeted by device twin tags), not azurerm resources."

  caveat "v1-rewrite" {
    severity = "warning"
    message  = "Greengrass V1 Lambda functions, connectors and local shadow/resource features don't run on IoT Edge: repackage the logic as container modules, use the edgeHub for local messaging, and module twins for configuration. Plan this as a rewrite, as you would for a move to Greengrass V2."
    link     = "https://learn.microsoft.com/azure/iot-edge/module-composition"
  }
}

mapping "AWS::Greengrass::CoreDefinition" {
  service = "Azure IoT Edge"
  status  = "partial"
  azurerm = ["azurerm_iothub"]
  arm     = ["Microsoft.Devices/IotHubs"]
  link    = "https://learn.microsoft.com/azure/iot-edge/how-to-provision-single-device-linux-x509"
  note    = "The core (its thing, X.509 certificate and sync-shadow setting) becomes an IoT Edge device identity in the IoT hub, authenticated with a symmetric key or X.509 certificate, usually provisioned at scale through the Device Provisioning Service (azurerm_iothub_dps). The device runs the IoT Edge runtime instead of the Greengrass core software."
}

mapping "AWS::Greengrass::CoreDefinitionVersion" {
  service = "Azure IoT Edge"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "Definition versions have no counterpart: the device identity is updated in place, and versioned configuration lives in IoT Edge deployments (each with a priority and target condition)."
}

mapping "AWS::Greengrass::FunctionDefinition" {
  service = "Azure IoT Edge modules"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-composition"
  note    = "Each Lambda function deployed to the core becomes a container module in the deployment manifest (image, create options, environment). Function memory limits, pinned/on-demand lifecycle and access to local resources map to container settings and restart policies; the code is rebuilt as a container image and published to a container registry."
}

mapping "AWS::Greengrass::SubscriptionDefinition" {
  service = "Azure IoT Edge (edgeHub routes)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-composition"
  note    = "Subscriptions (source, subject filter, target) become routes in the $edgeHub section of the deployment manifest, which connect module outputs, module inputs and $upstream (the IoT hub). MQTT topic filters map to route conditions on message properties rather than topics."
}
