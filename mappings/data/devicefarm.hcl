# AWS Device Farm → no Azure equivalent for real-device testing (Visual Studio App Center, which had a
# device-test service, is retired). Browser testing can move to Playwright Workspaces in Azure App Testing.

mapping "aws_devicefarm_project" {
  cloudformation = ["AWS::DeviceFarm::Project"]
  service        = "Third-party device cloud run from Azure Pipelines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/get-started/what-is-azure-pipelines"
  note           = "Azure has no managed farm of real phones and tablets. Run mobile app tests from Azure Pipelines or GitHub Actions against a third-party device cloud, or on emulators in hosted agents."
}

mapping "aws_devicefarm_device_pool" {
  cloudformation = ["AWS::DeviceFarm::DevicePool"]
  service        = "Third-party device cloud run from Azure Pipelines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/get-started/what-is-azure-pipelines"
  note           = "Device selection rules move to the configuration of the device-testing service you adopt."
}

mapping "aws_devicefarm_instance_profile" {
  cloudformation = ["AWS::DeviceFarm::InstanceProfile"]
  service        = "Third-party device cloud run from Azure Pipelines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/get-started/what-is-azure-pipelines"
  note           = "Private-device reboot and cleanup settings have no Azure counterpart."
}

mapping "aws_devicefarm_network_profile" {
  cloudformation = ["AWS::DeviceFarm::NetworkProfile"]
  service        = "Third-party device cloud run from Azure Pipelines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/devops/pipelines/get-started/what-is-azure-pipelines"
  note           = "Network shaping (bandwidth, latency, loss) is a feature of the device-testing service you adopt, or of the emulator."
}

mapping "aws_devicefarm_upload" {
  service = "Third-party device cloud run from Azure Pipelines"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/get-started/what-is-azure-pipelines"
  note    = "App and test packages become pipeline artifacts uploaded to the device-testing service by the pipeline."
}

mapping "aws_devicefarm_test_grid_project" {
  cloudformation = ["AWS::DeviceFarm::TestGridProject"]
  service        = "Playwright Workspaces (Azure App Testing)"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/app-testing/playwright-workspaces/tutorial-run-end-to-end-tests"
  note           = "Azure offers no managed Selenium grid. Playwright Workspaces runs Playwright tests on cloud-hosted browsers (tests must be written for Playwright, and the workspace has no azurerm resource); Selenium suites can keep a self-hosted Selenium Grid on AKS or Container Apps."
}

mapping "AWS::DeviceFarm::VPCEConfiguration" {
  service = "Third-party device cloud run from Azure Pipelines"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/devops/pipelines/get-started/what-is-azure-pipelines"
  note    = "Private access from test devices to your endpoints depends on the device-testing service you adopt (typically a tunnel agent)."
}
