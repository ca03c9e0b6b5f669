# AWS IoT Core Device Advisor → no Azure counterpart.

mapping "AWS::IoTCoreDeviceAdvisor::SuiteDefinition" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-concepts-and-iot-hub"
  note    = "Azure has no managed device qualification test suite: test device connectivity, reconnection and message handling against a test IoT hub with your own test harness in the device CI pipeline."
}
