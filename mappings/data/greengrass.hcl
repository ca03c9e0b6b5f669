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

mapping "AWS::Greengrass::FunctionDefinitionVersion" {
  service = "Azure IoT Edge"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "Versions have no counterpart: the module list is part of the deployment manifest, and a changed manifest is rolled out as a new or updated deployment."
}

mapping "AWS::Greengrass::SubscriptionDefinitionVersion" {
  service = "Azure IoT Edge (edgeHub routes)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-composition"
  note    = "Versions have no counterpart: routes live in the $edgeHub desired properties of the deployment manifest and change with it."
}

mapping "AWS::Greengrass::GroupVersion" {
  service = "Azure IoT Edge"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "A group version pins one version of each definition; on IoT Edge the deployment manifest (modules, routes, runtime settings) is the single versioned unit, applied to a device directly or through an automatic deployment."
}

mapping "AWS::Greengrass::ConnectorDefinition" {
  service = "Azure IoT Edge modules"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-composition"
  note    = "Prebuilt connectors have no direct counterparts: use a published IoT Edge module where one exists (for example from the Azure Marketplace) or write a container module; connector parameters become environment variables or module twin desired properties."
}

mapping "AWS::Greengrass::ConnectorDefinitionVersion" {
  service = "Azure IoT Edge"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "Versions have no counterpart: connector modules are listed in the deployment manifest and change with it."
}

mapping "AWS::Greengrass::DeviceDefinition" {
  service = "Azure IoT Edge (gateway)"
  status  = "partial"
  azurerm = ["azurerm_iothub"]
  arm     = ["Microsoft.Devices/IotHubs"]
  link    = "https://learn.microsoft.com/azure/iot-edge/iot-edge-as-gateway"
  note    = "Local devices become downstream device identities in the IoT hub with the IoT Edge device set as their parent; they connect through the edge device acting as a transparent gateway, which trusts its CA certificate. Identities and their certificates are data plane, not azurerm resources. Local shadow sync has no counterpart: twins are served by the hub (the edge hub caches them offline)."
}

mapping "AWS::Greengrass::DeviceDefinitionVersion" {
  service = "Azure IoT Edge (gateway)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/iot-edge-as-gateway"
  note    = "Versions have no counterpart: the parent–child relation is set on each downstream device identity."
}

mapping "AWS::Greengrass::LoggerDefinition" {
  service = "Azure IoT Edge (logs)"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-edge/how-to-retrieve-iot-edge-logs"
  note    = "Runtime and module logs are container logs kept on the device (size and rotation set in the container engine's log options); they are pulled on demand with the edgeAgent direct methods GetModuleLogs or UploadModuleLogs (to a blob container). Continuous shipping to the cloud, as with a CloudWatch logger, needs a log-forwarding module of your own; the metrics collector module sends metrics, not logs, to Azure Monitor."
}

mapping "AWS::Greengrass::LoggerDefinitionVersion" {
  service = "Azure IoT Edge (logs)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/how-to-retrieve-iot-edge-logs"
  note    = "Versions have no counterpart: logging options live in the container engine configuration and the deployment manifest."
}

mapping "AWS::Greengrass::ResourceDefinition" {
  service = "Azure IoT Edge modules"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-edge/how-to-use-create-options"
  note    = "Local volume and device resources become container create options of the module (bind mounts and device mappings in HostConfig). Machine learning resources are built into the module image or downloaded by the module; secret resources have no built-in local store, so the module fetches its secrets itself (for example from Key Vault)."
}

mapping "AWS::Greengrass::ResourceDefinitionVersion" {
  service = "Azure IoT Edge modules"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-edge/how-to-use-create-options"
  note    = "Versions have no counterpart: create options are part of the deployment manifest and change with it."
}

# AWS IoT Greengrass V2 → Azure IoT Edge modules and deployments.

mapping "AWS::GreengrassV2::ComponentVersion" {
  service = "Azure IoT Edge modules"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-composition"
  note    = "A component (recipe plus artifacts) becomes a container image in a registry (azurerm_container_registry) and a module entry in the deployment manifest: image, create options, environment, restart policy and startup order. Component configuration becomes module twin desired properties. Components that run native processes or scripts must be containerized, and Lambda components rebuilt as containers."
}

mapping "AWS::GreengrassV2::Deployment" {
  service = "Azure IoT Edge deployments"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "A deployment to a core device becomes a single-device deployment (az iot edge set-modules); a deployment to a thing group becomes an automatic deployment whose target condition selects devices by twin tags, with a priority, and layered deployments add components on top. Deployments are IoT Hub data-plane objects, not azurerm resources."

  caveat "rollout-policies" {
    when     = can(self.IotJobConfiguration) || can(self.DeploymentPolicies)
    severity = "warning"
    message  = "Automatic deployments have no rollout rate, abort criteria or automatic rollback: stage rollouts with target conditions on ring tags and priorities, watch the deployment metrics, and redeploy the previous manifest to roll back."
    link     = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  }
}
