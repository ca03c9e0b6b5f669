# AWS IoT Things Graph (discontinued by AWS) → no Azure equivalent.

mapping "AWS::IoTThingsGraph::FlowTemplate" {
  service = "Azure Logic Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/logic-apps/logic-apps-overview"
  note    = "There is no visual device-workflow service: implement the flow as a Logic Apps workflow or Azure Functions triggered by IoT Hub messages (through Event Grid or the IoT Hub built-in endpoint)."
}
