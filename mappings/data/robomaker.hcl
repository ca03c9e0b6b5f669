# AWS RoboMaker → no Azure robotics service. Robots become Azure IoT Edge devices in IoT Hub,
# robot applications become container modules deployed to them, and simulations run as
# containers on Azure Batch or AKS. AWS has itself ended support for RoboMaker.

mapping "AWS::RoboMaker::Fleet" {
  service = "Azure IoT Edge (IoT Hub deployments)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "There is no robot fleet resource: register robots as IoT Edge devices in an IoT Hub and target groups of them with automatic deployments selected by device twin tags, which stand in for the fleet."
}

mapping "AWS::RoboMaker::Robot" {
  service = "Azure IoT Edge"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-edge/about-iot-edge"
  note    = "A robot becomes an IoT Edge device identity in IoT Hub (a data-plane object, not an azurerm resource) running the IoT Edge runtime, provisioned with the Device Provisioning Service or by hand."
}

mapping "AWS::RoboMaker::RobotApplication" {
  service = "Azure IoT Edge modules"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "A robot application (a ROS container image) becomes a container image in Azure Container Registry that IoT Edge deployments run as a module; there is no application registry resource."
}

mapping "AWS::RoboMaker::RobotApplicationVersion" {
  service = "Azure IoT Edge modules"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-edge/module-deployment-monitoring"
  note    = "Application versions become image tags or digests in Azure Container Registry, referenced by the IoT Edge deployment manifest."
}

mapping "AWS::RoboMaker::SimulationApplication" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "Azure has no managed robot simulation: run the simulator (for example Gazebo with ROS) as container tasks on Azure Batch pools or as jobs on AKS, with GPU VM sizes where rendering needs them."
}

mapping "AWS::RoboMaker::SimulationApplicationVersion" {
  service = "Azure Batch"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/batch/batch-technical-overview"
  note    = "Simulation application versions become container image tags in Azure Container Registry, used by the Batch tasks or AKS jobs that run the simulations."
}
