# AWS IoT Core rules → Azure IoT Hub message routing.

mapping "aws_iot_topic_rule" {
  cloudformation = ["AWS::IoT::TopicRule"]
  service        = "Azure IoT Hub message routing"
  status         = "partial"
  azurerm        = ["azurerm_iothub_route"]
  arm            = ["Microsoft.Devices/IotHubs"]
  requires       = ["azurerm_iothub"]
  link           = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-messages-d2c"
  note           = "A topic rule becomes a route: the rule's WHERE clause becomes the route condition (a query on message properties, body and twin), and each action becomes a custom endpoint (azurerm_iothub_endpoint_eventhub, _servicebus_queue, _servicebus_topic, _storage_container or _cosmosdb_account). Actions on other services (Lambda, DynamoDB, SNS, HTTP) go through an Event Hubs or Service Bus endpoint to an Azure Function. IoT Hub routes device-to-cloud messages, not arbitrary MQTT topics; for topic-based pub/sub between clients, the Event Grid MQTT broker is the closer match."

  caveat "sql-transformation" {
    when     = try(lower(self.sql), lower(self.TopicRulePayload.Sql), "") != "" && !can(regex("^\\s*select\\s+\\*\\s+from", try(lower(self.sql), lower(self.TopicRulePayload.Sql), "")))
    severity = "warning"
    message  = "The rule selects or computes fields, but IoT Hub routing can only filter and forward whole messages (message enrichments add properties, not transformations): move projections and functions into Azure Stream Analytics or an Azure Function behind the route. Routing on the body also needs JSON messages sent with UTF-8 encoding and an application/json content type."
    link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-routing-query-syntax"
  }

  caveat "republish" {
    when     = try(length(self.republish), 0) > 0 || try(anytrue([for a in try(self.TopicRulePayload.Actions, []) : can(a.Republish)]), false)
    severity = "warning"
    message  = "Routes can't publish back to device topics: send cloud-to-device messages or direct methods from a function behind the route, or use the Event Grid MQTT broker, whose routing and topic spaces support client-to-client messaging."
    link     = "https://learn.microsoft.com/azure/event-grid/mqtt-overview"
  }

  caveat "error-action" {
    when     = try(length(self.error_action), 0) > 0 || can(self.TopicRulePayload.ErrorAction)
    severity = "info"
    message  = "There is no per-rule error action: IoT Hub retries delivery to an unhealthy endpoint for a limited time and then drops the messages, and a fallback route (azurerm_iothub_fallback_route) only catches messages that match no route. Monitor endpoint health with IoT Hub metrics and resource logs."
    link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-messages-d2c"
  }
}

# IoT Core registry and security → IoT Hub identity registry, Device Provisioning Service and the
# Event Grid MQTT broker. Device identities, twins and enrollments are IoT Hub and DPS data-plane
# objects with no azurerm resource.

mapping "aws_iot_thing" {
  cloudformation = ["AWS::IoT::Thing"]
  service        = "Azure IoT Hub (device identity)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-identity-registry"
  note           = "A thing becomes a device identity in the IoT hub's identity registry, with a device twin; thing attributes become twin tags. Identities are created by the Device Provisioning Service at first connection (azurerm_iothub_dps plus an enrollment) or with az iot hub device-identity / the service SDKs, not by azurerm."

  caveat "no-terraform-identity" {
    severity = "warning"
    message  = "azurerm can't create device identities: register devices through a DPS enrollment (individual or group) or a script with the IoT Hub service API, and keep thing attributes as twin tags so queries and deployments can target them."
    link     = "https://learn.microsoft.com/azure/iot-dps/about-iot-dps"
  }
}

mapping "aws_iot_thing_type" {
  cloudformation = ["AWS::IoT::ThingType"]
  service        = "Azure IoT Hub (device twin)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-device-twins"
  note           = "IoT Hub has no device types: record the type as a twin tag, or describe the device with an IoT Plug and Play model ID (DTDL) that the device announces when it connects. Searchable type attributes become further twin tags."
}

mapping "aws_iot_thing_group" {
  cloudformation = ["AWS::IoT::ThingGroup"]
  service        = "Azure IoT Hub (twin tags and queries)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/iot-hub/query-twins"
  note           = "There are no device groups: a static group becomes a twin tag on each member, and a dynamic group (a fleet-index query) becomes an IoT Hub query over twins. Jobs, automatic device configurations and IoT Edge deployments target devices with such a query or tag condition. Group hierarchy and policy inheritance have no counterpart."
}

mapping "aws_iot_thing_group_membership" {
  service = "Azure IoT Hub (twin tags)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-device-twins"
  note    = "Membership is a tag in the device twin (for example tags.group), set by the DPS enrollment's initial twin or with a twin update; there is no membership resource."
}

mapping "aws_iot_certificate" {
  cloudformation = ["AWS::IoT::Certificate"]
  service        = "Azure IoT Hub (device authentication)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/iot-hub/authenticate-authorize-x509"
  note           = "A device certificate is not registered on its own: a self-signed certificate's thumbprint is stored on the device identity, and a CA-signed one is trusted through its CA (azurerm_iothub_certificate) with the certificate's subject common name equal to the device ID. Symmetric keys (SAS tokens) are the alternative to X.509."

  caveat "aws-issued" {
    when     = source == "terraform" && !can(self.csr) && !can(self.certificate_pem)
    severity = "warning"
    message  = "AWS generates this key pair and certificate; IoT Hub doesn't issue device certificates. Issue them from your own CA (register the CA on the hub or in DPS) or use self-signed certificates registered by thumbprint."
    link     = "https://learn.microsoft.com/azure/iot-hub/tutorial-x509-test-certs"
  }
}

mapping "aws_iot_thing_principal_attachment" {
  cloudformation = ["AWS::IoT::ThingPrincipalAttachment"]
  service        = "Azure IoT Hub (device authentication)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/iot-hub/authenticate-authorize-x509"
  note           = "Credentials belong to one device identity: the thumbprints or keys are set on the identity, or the CA-signed certificate's common name names the device. A certificate shared by several things has no counterpart; give each device its own certificate."
}

mapping "aws_iot_ca_certificate" {
  cloudformation = ["AWS::IoT::CACertificate"]
  service        = "Azure IoT Hub"
  status         = "direct"
  azurerm        = ["azurerm_iothub_certificate"]
  arm            = ["Microsoft.Devices/IotHubs/certificates"]
  requires       = ["azurerm_iothub"]
  link           = "https://learn.microsoft.com/azure/iot-hub/tutorial-x509-test-certs"
  note           = "A CA certificate uploaded to the hub authenticates every device whose certificate chains to it. Proof of possession uses a verification code generated for the uploaded certificate, or is skipped by uploading it as verified (is_verified = true). When devices register through DPS, upload the CA to the provisioning service instead (azurerm_iothub_dps_certificate) and reference it from an enrollment group."

  caveat "auto-registration" {
    when     = try(tostring(try(self.allow_auto_registration, self.AutoRegistrationStatus)) == "true", false) || try(upper(self.AutoRegistrationStatus), "") == "ENABLE" || try(length(self.registration_config), 0) > 0 || can(self.RegistrationConfig)
    severity = "warning"
    message  = "Just-in-time registration becomes a DPS enrollment group that trusts this CA (azurerm_iothub_dps_certificate); the group's initial twin and allocation policy replace the registration template. Enrollment groups are DPS data-plane objects, created with az iot dps enrollment-group or the service SDK."
    link     = "https://learn.microsoft.com/azure/iot-dps/concepts-x509-attestation"
  }
}

mapping "aws_iot_policy" {
  cloudformation = ["AWS::IoT::Policy"]
  service        = "Azure Event Grid MQTT broker"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_namespace"]
  arm            = ["Microsoft.EventGrid/namespaces/topicSpaces", "Microsoft.EventGrid/namespaces/permissionBindings"]
  link           = "https://learn.microsoft.com/azure/event-grid/mqtt-access-control"
  note           = "IoT Hub has no device policies: a device may only use its own device endpoints and topics, and back-end access uses shared access policies or Azure RBAC. Topic-level publish and subscribe rules map to the Event Grid MQTT broker, where permission bindings grant a client group publisher or subscriber rights on a topic space (topic templates may use the client name, like policy variables). azurerm only enables the broker (topic_spaces_configuration); topic spaces, client groups and permission bindings need ARM, Bicep or azapi."

  caveat "deny-statements" {
    when     = can(regex("(?i)\"effect\"\\s*:\\s*\"deny\"", try(self.policy, jsonencode(self.PolicyDocument), "")))
    severity = "warning"
    message  = "The policy has Deny statements; permission bindings only grant access, so restate the rules as narrower topic spaces."
    link     = "https://learn.microsoft.com/azure/event-grid/mqtt-topic-spaces"
  }
}

mapping "aws_iot_policy_attachment" {
  cloudformation = ["AWS::IoT::PolicyPrincipalAttachment"]
  service        = "Azure Event Grid MQTT broker"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/event-grid/mqtt-access-control"
  note           = "Nothing is attached to a certificate: on the MQTT broker a client's rights follow from the client groups whose query matches its attributes, and the permission bindings of those groups. On IoT Hub device permissions are fixed."
}

mapping "aws_iot_authorizer" {
  cloudformation = ["AWS::IoT::Authorizer"]
  service        = "Azure Event Grid MQTT broker"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_namespace"]
  arm            = ["Microsoft.EventGrid/namespaces"]
  link           = "https://learn.microsoft.com/azure/event-grid/authenticate-with-namespaces-using-json-web-tokens"
  note           = "IoT Hub accepts only its own SAS tokens and X.509 certificates. The Event Grid MQTT broker can authenticate clients with JSON Web Tokens from your own identity provider, validated with public keys you supply; token claims become client attributes used by client groups. Authorization logic in the Lambda function has no counterpart and moves into the token issuer and the broker's permission bindings."
}

mapping "aws_iot_role_alias" {
  cloudformation = ["AWS::IoT::RoleAlias"]
  service        = "Azure IoT Hub"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-file-upload"
  note           = "No service exchanges a device certificate for temporary cloud credentials. For uploads to storage, use IoT Hub file upload (azurerm_iothub_file_upload), which hands the device a short-lived blob SAS URI; for other services, send the request through the hub to a back end that holds a managed identity."
}

mapping "aws_iot_provisioning_template" {
  cloudformation = ["AWS::IoT::ProvisioningTemplate"]
  service        = "Azure IoT Hub Device Provisioning Service"
  status         = "partial"
  azurerm        = ["azurerm_iothub_dps"]
  arm            = ["Microsoft.Devices/provisioningServices"]
  link           = "https://learn.microsoft.com/azure/iot-dps/concepts-service"
  note           = "Fleet provisioning and just-in-time provisioning become DPS: the provisioning service (with its linked hubs and allocation policy) is an azurerm resource, and the template's content becomes an enrollment group or individual enrollment (attestation, target hub, initial twin), which is DPS data plane. Claim certificates become group enrollment X.509 intermediates or group symmetric keys from which devices derive their own keys."

  caveat "pre-provisioning-hook" {
    when     = try(length(self.pre_provisioning_hook), 0) > 0 || can(self.PreProvisioningHook)
    severity = "warning"
    message  = "The pre-provisioning Lambda hook becomes a custom allocation policy: an Azure Function webhook that DPS calls to approve a registration and choose the hub and initial twin."
    link     = "https://learn.microsoft.com/azure/iot-dps/concepts-custom-allocation"
  }
}

mapping "aws_iot_event_configurations" {
  service  = "Azure IoT Hub events in Event Grid"
  status   = "partial"
  azurerm  = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm      = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  requires = ["azurerm_iothub"]
  link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-event-grid"
  note     = "Registry events go to Event Grid (a system topic of type Microsoft.Devices.IoTHubs) instead of reserved MQTT topics: device created, deleted, connected, disconnected and telemetry. Twin changes and device lifecycle events can also be routed as message sources (azurerm_iothub_route). There are no events for groups, types, jobs or policies."
}

mapping "aws_iot_indexing_configuration" {
  service = "Azure IoT Hub (query language)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-hub/query-twins"
  note    = "There is no index to turn on: IoT Hub queries device and module twins (tags, desired and reported properties, connection state) and jobs with its SQL-like query language. Aggregations are limited to COUNT with GROUP BY."
}

mapping "aws_iot_logging_options" {
  cloudformation = ["AWS::IoT::Logging"]
  service        = "Azure Monitor (IoT Hub resource logs)"
  status         = "partial"
  azurerm        = ["azurerm_monitor_diagnostic_setting"]
  arm            = ["Microsoft.Insights/diagnosticSettings"]
  link           = "https://learn.microsoft.com/azure/iot-hub/monitor-iot-hub"
  note           = "Logging is a diagnostic setting on each IoT hub that sends chosen resource log categories (connections, device telemetry, routes, twin operations, jobs and more) to a Log Analytics workspace, storage account or event hub. Categories replace the log level; no role is needed."
}

mapping "AWS::IoT::ResourceSpecificLogging" {
  service = "Azure Monitor (IoT Hub resource logs)"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/iot-hub/monitor-iot-hub"
  note    = "Diagnostic settings apply to the whole hub, not to a group of devices or a client ID: collect the category for all devices and filter by device ID in Log Analytics queries."
}

mapping "aws_iot_topic_rule_destination" {
  cloudformation = ["AWS::IoT::TopicRuleDestination"]
  service        = "Azure IoT Hub message routing"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/iot-hub/iot-hub-managed-identity"
  note           = "There is no destination object: each custom endpoint (azurerm_iothub_endpoint_*) names its target. IoT Hub isn't injected into a virtual network; it reaches Event Hubs, Service Bus and Storage behind a firewall through the trusted Microsoft services exception, authenticating with its managed identity."

  caveat "http-destination" {
    when     = can(self.HttpUrlProperties)
    severity = "warning"
    message  = "IoT Hub routes can't call an HTTP URL: subscribe a webhook to the hub's Event Grid telemetry events, or route to Event Hubs or Service Bus and call the URL from an Azure Function."
    link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-event-grid"
  }
}

mapping "aws_iot_domain_configuration" {
  cloudformation = ["AWS::IoT::DomainConfiguration"]
  service        = "Azure Event Grid MQTT broker"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_namespace"]
  arm            = ["Microsoft.EventGrid/namespaces"]
  link           = "https://learn.microsoft.com/azure/event-grid/custom-domains-namespaces"
  note           = "IoT Hub is reached only at its own <hub>.azure-devices.net host name (its minimum TLS version is a hub setting). Event Grid namespaces can add custom domain names to the MQTT host name, with the server certificate kept in Key Vault (a preview feature, configured outside azurerm)."
}

mapping "aws_iot_billing_group" {
  cloudformation = ["AWS::IoT::BillingGroup"]
  service        = "Azure Cost Management"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/cost-management-billing/costs/cost-mgt-best-practices"
  note           = "IoT Hub is billed per hub by tier and units, not per device, so costs can't be split by device group: to allocate costs, place device groups in separate hubs and tag the hubs."
}

mapping "AWS::IoT::Command" {
  service = "Azure IoT Hub direct methods"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-direct-methods"
  note    = "Commands are not declared ahead: a back end invokes a direct method (a named request with a JSON payload and a synchronous response) on a device, or sends a cloud-to-device message; the method names and payload schema live in device code and, optionally, its IoT Plug and Play model."
}

mapping "AWS::IoT::JobTemplate" {
  service = "Azure IoT Hub jobs"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-jobs"
  note    = "IoT Hub jobs (a direct method call or twin update on every device matching a query, scheduled through the service API) have no templates, rollout or abort configuration: keep the job definition in the code or pipeline that starts it. For staged firmware rollouts use Device Update for IoT Hub."
}

mapping "AWS::IoT::FleetMetric" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/query-twins"
  note    = "No fleet metrics are published from twin data: run a COUNT … GROUP BY twin query on a schedule (for example from an Azure Function) and send the result to Azure Monitor as a custom metric. Built-in hub metrics cover connected devices and message counts."
}

mapping "AWS::IoT::SoftwarePackage" {
  service  = "Device Update for IoT Hub"
  status   = "partial"
  azurerm  = ["azurerm_iothub_device_update_instance"]
  arm      = ["Microsoft.DeviceUpdate/accounts/instances"]
  requires = ["azurerm_iothub_device_update_account"]
  link     = "https://learn.microsoft.com/azure/iot-hub-device-update/understand-device-update"
  note     = "Software packages become updates imported into a Device Update instance linked to the IoT hub, identified by provider, name and version, and deployed to device groups defined by a twin tag. The catalog itself is data plane: import updates with az iot du update import or the API."
}

mapping "AWS::IoT::SoftwarePackageVersion" {
  service = "Device Update for IoT Hub"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-hub-device-update/import-concepts"
  note    = "A package version is an imported update (import manifest plus payload files) in the Device Update instance; it is not an azurerm resource."
}

data "aws_iot_endpoint" {
  service = "Azure IoT Hub"
  status  = "direct"
  azurerm = ["azurerm_iothub"]
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-endpoints"
  note    = "The hub's host name (hostname attribute of the azurerm_iothub data source) serves device data, MQTT, AMQP and HTTPS, and jobs; there are no separate per-account data and jobs endpoints."

  caveat "credential-provider" {
    when     = can(regex("(?i)credentialprovider", try(self.endpoint_type, "")))
    severity = "error"
    message  = "There is no credential provider endpoint: devices can't trade their certificate for cloud credentials (see aws_iot_role_alias)."
    link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-devguide-file-upload"
  }
}

data "aws_iot_registration_code" {
  service = "Azure IoT Hub"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/iot-hub/tutorial-x509-test-certs"
  note    = "The verification code is generated per uploaded CA certificate (az iot hub certificate generate-verification-code, or the equivalent for DPS) rather than per account, and no azurerm data source returns it; uploading the CA with is_verified = true skips proof of possession."
}

mapping "AWS::IoT::AccountAuditConfiguration" {
  service = "Azure Policy and Microsoft Defender for Cloud"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/policy-reference"
  note    = "Device Defender audits have no IoT-specific counterpart. Check hub configuration with Azure Policy (built-in IoT Hub definitions, custom definitions for the other checks) and Defender for Cloud recommendations; device certificate expiry and shared credentials need your own reporting over the device registry and DPS."
}

mapping "AWS::IoT::ScheduledAudit" {
  service = "Azure Policy and Microsoft Defender for Cloud"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/policy-reference"
  note    = "Azure Policy evaluates assigned definitions continuously, so no audit schedule is needed; device-level checks that Device Defender ran need your own scheduled job (for example an Azure Automation runbook or a timer-triggered function)."
}

mapping "AWS::IoT::SecurityProfile" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/monitor-iot-hub"
  note    = "There is no device behavior monitoring with expected-value rules: the Defender for IoT micro agent for device builders was retired. Send the device metrics as telemetry, store them in Azure Data Explorer or Log Analytics, and alert on anomalies with Azure Monitor alert rules."
}

mapping "AWS::IoT::CustomMetric" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/monitor-iot-hub"
  note    = "Custom device-side security metrics have no managed counterpart: send them as ordinary telemetry (or reported twin properties) and evaluate them in Azure Monitor or Azure Data Explorer."
}

mapping "AWS::IoT::Dimension" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/monitor-iot-hub"
  note    = "Dimensions that scope security-profile rules (for example by MQTT topic) have no counterpart: filter on the corresponding telemetry properties in your own alert queries."
}

mapping "AWS::IoT::MitigationAction" {
  service = "Azure IoT Hub"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-hub/monitor-iot-hub"
  note    = "Automatic mitigations (moving a device to a quarantine group, disabling a certificate, updating policies) have no managed counterpart: trigger an Azure Function or Logic App from the alert that disables the device identity or updates its twin through the IoT Hub service API."
}

mapping "AWS::IoT::CertificateProvider" {
  service = "Azure IoT Hub Device Provisioning Service"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/iot-dps/concepts-x509-attestation"
  note    = "There is no hook that sends certificate signing requests from fleet provisioning to your own signing function: issue device certificates from your own PKI before enrollment, and trust its CA in a DPS enrollment group."
}

mapping "AWS::IoT::EncryptionConfiguration" {
  service = "Azure IoT Hub"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure/iot-hub/iot-hub-customer-managed-keys"
  note    = "IoT Hub always encrypts data at rest with Microsoft-managed keys. Encryption with your own Azure Key Vault key is a preview feature that must be chosen when the hub is created (the hub's encryption properties), not switched on later for an account as in AWS IoT Core."

  caveat "customer-managed-key" {
    when     = can(self.KmsKeyArn) || try(upper(self.EncryptionType), "") == "CUSTOMER_MANAGED_KMS_KEY"
    severity = "warning"
    message  = "A customer-managed key is required: create a new IoT hub with customer-managed key encryption (preview) and grant its managed identity access to the Key Vault key; existing hubs cannot be converted."
    link     = "https://learn.microsoft.com/azure/iot-hub/iot-hub-customer-managed-keys"
  }
}
