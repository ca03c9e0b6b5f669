# AWS Panorama (computer vision on edge appliances) → Azure IoT Edge modules on your own
# edge hardware, with images in Azure Container Registry.

mapping "AWS::Panorama::ApplicationInstance" {
  service = "Azure IoT Edge"
  status  = "partial"
  azurerm = ["azurerm_iothub"]
  arm     = ["Microsoft.Devices/IotHubs"]
  link    = "https://learn.microsoft.com/azure/iot-edge/about-iot-edge"
  note    = "An application deployed to a Panorama appliance becomes an IoT Edge deployment manifest (modules, routes, camera settings) applied to an edge device registered in IoT Hub; deployments are data-plane objects created with the Azure CLI or IoT Hub API, not azurerm. Azure provides no vision appliance: choose edge hardware (for example with a GPU) and an inference runtime yourself."
}

mapping "AWS::Panorama::Package" {
  service = "Azure Container Registry"
  status  = "partial"
  azurerm = ["azurerm_container_registry"]
  arm     = ["Microsoft.ContainerRegistry/registries"]
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-intro"
  note    = "A package (code, model or camera node) becomes a container image repository in Azure Container Registry that IoT Edge devices pull; models are packed into the image or pulled from storage at start-up."
}

mapping "AWS::Panorama::PackageVersion" {
  service = "Azure Container Registry"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-concepts"
  note    = "A package version becomes an image tag or digest in the repository; marking a version as latest becomes updating the tag that deployment manifests reference."
}
