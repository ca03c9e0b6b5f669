# AWS IoT Events → no managed state-machine service on Azure: Azure Stream Analytics for
# threshold and windowed logic, Durable Functions for per-device state, Logic Apps for actions.

mapping "AWS::IoTEvents::Input" {
  service  = "Azure Stream Analytics inputs"
  status   = "partial"
  azurerm  = ["azurerm_stream_analytics_stream_input_iothub", "azurerm_stream_analytics_stream_input_eventhub"]
  arm      = ["Microsoft.StreamAnalytics/streamingjobs/inputs"]
  requires = ["azurerm_stream_analytics_job"]
  link     = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  note     = "An input (the JSON attributes a detector reads) becomes a Stream Analytics stream input on the IoT Hub or event hub that carries the messages; the attribute list becomes the fields the query selects. Messages sent with BatchPutMessage go to the event hub instead."
}

mapping "AWS::IoTEvents::DetectorModel" {
  service = "Azure Stream Analytics or Durable Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/durable/durable-functions-overview"
  note    = "Azure has no managed per-device state machine. Stateless or windowed conditions become a Stream Analytics query (with outputs to Functions, Service Bus or Logic Apps for the actions); detectors that keep state across events (states, variables, timers) become Durable Functions entities or orchestrations keyed by the detector key."
}

mapping "AWS::IoTEvents::AlarmModel" {
  service = "Azure Stream Analytics and Azure Logic Apps"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/stream-analytics/stream-analytics-introduction"
  note    = "There is no managed alarm model for device data: evaluate the threshold in a Stream Analytics query and send alarms to a Logic App or Function for notification; acknowledge, snooze and reset states must be stored and handled by that workflow. Telemetry routed into Azure Monitor (for example with IoT Hub metrics or Log Analytics) can use Azure Monitor alerts instead."
}
