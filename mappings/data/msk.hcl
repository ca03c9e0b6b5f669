# Amazon MSK → Azure Event Hubs (Kafka endpoint). Event Hubs speaks the Kafka protocol but
# is not a Kafka cluster: brokers, server properties and some client features are not
# available. HDInsight Kafka (real brokers you operate) or Confluent Cloud on Azure
# (a marketplace partner service) are the options when full Kafka is required.

mapping "aws_msk_cluster" {
  cloudformation = ["AWS::MSK::Cluster"]
  service        = "Azure Event Hubs"
  status         = "partial"
  azurerm        = ["azurerm_eventhub_namespace", "azurerm_eventhub"]
  arm            = ["Microsoft.EventHub/namespaces", "Microsoft.EventHub/namespaces/eventhubs"]
  link           = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note           = "A provisioned cluster becomes an Event Hubs namespace (Premium or Dedicated for MSK-like isolation and retention; Standard is the minimum for Kafka) and each topic an event hub with its partition count and retention. Clients keep their Kafka libraries and point bootstrap.servers at <namespace>.servicebus.windows.net:9093. Where brokers, server properties or the full Kafka feature set are required, use Kafka on HDInsight (azurerm_hdinsight_kafka_cluster) or Confluent Cloud on Azure instead."

  caveat "not-a-kafka-cluster" {
    severity = "warning"
    message  = "The Event Hubs Kafka endpoint is not a Kafka cluster: there are no brokers, ZooKeeper/KRaft or admin-level configuration, transactions are in preview and only on Premium and Dedicated, and Kafka Streams support depends on the tier. Test every producer, consumer and stream-processing client (compression, idempotence, transactions, AdminClient calls) against Event Hubs before migrating."
    link     = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  }

  caveat "client-authentication" {
    when     = can(self.client_authentication[0]) || can(self.ClientAuthentication)
    severity = "warning"
    message  = "Event Hubs authenticates Kafka clients with SASL PLAIN (a shared access signature connection string) or SASL OAUTHBEARER (Microsoft Entra tokens); SCRAM users, mutual TLS client certificates and MSK IAM signing must be replaced, preferably by Entra identities with the Azure Event Hubs Data Sender/Receiver roles."
    link     = "https://learn.microsoft.com/azure/event-hubs/authorize-access-azure-active-directory"
  }

  caveat "broker-configuration" {
    when     = can(self.configuration_info[0]) || can(self.ConfigurationInfo)
    severity = "warning"
    message  = "Custom server properties cannot be applied: Event Hubs manages broker settings, and only partition count, retention and cleanup policy (delete or compact) are set per event hub. Review each property for a client-side or per-event-hub replacement."
    link     = "https://learn.microsoft.com/azure/event-hubs/apache-kafka-configurations"
  }

  caveat "tiered-storage" {
    when     = try(upper(self.storage_mode), upper(self.StorageMode), "") == "TIERED"
    severity = "warning"
    message  = "Tiered storage has no counterpart: retention is capped (7 days on Standard, 90 days on Premium and Dedicated); keep longer history by enabling Event Hubs Capture to Blob Storage or Data Lake and reading it from there."
    link     = "https://learn.microsoft.com/azure/event-hubs/event-hubs-capture-overview"
  }

  caveat "open-monitoring" {
    when     = can(self.open_monitoring[0]) || can(self.OpenMonitoring)
    severity = "info"
    message  = "There are no JMX or node exporters to scrape: use the namespace's Azure Monitor metrics and diagnostic logs (consumer lag is exposed through the Kafka protocol and Event Hubs metrics)."
    link     = "https://learn.microsoft.com/azure/event-hubs/monitor-event-hubs"
  }

  caveat "unauthenticated-clients" {
    when     = source == "terraform" ? (!can(self.client_authentication[0]) || try(tostring(self.client_authentication[0].unauthenticated) == "true", false)) : (!can(self.ClientAuthentication) || try(tostring(self.ClientAuthentication.Unauthenticated.Enabled) == "true", false))
    severity = "warning"
    message  = "Clients connect without authentication (unauthenticated access is on, or no client authentication is configured, so this also fires when client_authentication is absent), but Event Hubs always requires SASL over TLS: give every producer and consumer a credential, preferably a Microsoft Entra identity (SASL OAUTHBEARER) with an Event Hubs data role, or a shared access signature connection string (SASL PLAIN)."
    link     = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  }

  caveat "plaintext" {
    when     = contains(["PLAINTEXT", "TLS_PLAINTEXT"], try(upper(self.encryption_info[0].encryption_in_transit[0].client_broker), upper(self.EncryptionInfo.EncryptionInTransit.ClientBroker), ""))
    severity = "warning"
    message  = "Plaintext client connections are not possible: the Event Hubs Kafka endpoint accepts only TLS on port 9093, so clients that use the plaintext listener must switch to SASL_SSL."
    link     = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  }
}

mapping "aws_msk_serverless_cluster" {
  cloudformation = ["AWS::MSK::ServerlessCluster"]
  service        = "Azure Event Hubs"
  status         = "partial"
  azurerm        = ["azurerm_eventhub_namespace", "azurerm_eventhub"]
  arm            = ["Microsoft.EventHub/namespaces", "Microsoft.EventHub/namespaces/eventhubs"]
  link           = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note           = "A serverless cluster becomes a Standard namespace with auto-inflate, or a Premium namespace; topics become event hubs. MSK Serverless IAM authentication becomes SASL OAUTHBEARER with Microsoft Entra identities."

  caveat "not-a-kafka-cluster" {
    severity = "warning"
    message  = "The Event Hubs Kafka endpoint is not a Kafka cluster: transactions are in preview and only on Premium and Dedicated, Kafka Streams support depends on the tier, and broker-level settings are not available. Test every client against Event Hubs before migrating."
    link     = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  }
}

mapping "aws_msk_configuration" {
  cloudformation = ["AWS::MSK::Configuration"]
  service        = "Azure Event Hubs"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/event-hubs/apache-kafka-configurations"
  note           = "Event Hubs has no broker configuration object. Topic defaults such as retention and cleanup policy move to each azurerm_eventhub (retention_description, partition_count); the rest either becomes client-side settings or has no equivalent. Kafka on HDInsight keeps server properties, managed through Ambari."
}

mapping "aws_msk_scram_secret_association" {
  cloudformation = ["AWS::MSK::BatchScramSecret"]
  service        = "Azure Event Hubs"
  status         = "partial"
  azurerm        = ["azurerm_eventhub_namespace_authorization_rule", "azurerm_role_assignment"]
  arm            = ["Microsoft.EventHub/namespaces/authorizationRules", "Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/event-hubs/authorize-access-azure-active-directory"
  note           = "Event Hubs has no SCRAM users. Give each client a Microsoft Entra identity with the Azure Event Hubs Data Sender or Receiver role (SASL OAUTHBEARER), or a shared access policy whose connection string it uses as the SASL PLAIN password, kept in Key Vault."
}

mapping "aws_msk_cluster_policy" {
  cloudformation = ["AWS::MSK::ClusterPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/event-hubs/authorize-access-azure-active-directory"
  note           = "The namespace has no resource policy: grant Event Hubs data roles to the identities of other teams or tenants on the namespace or event hub, and use private endpoints instead of multi-VPC connectivity."

  caveat "multi-vpc-connectivity" {
    when     = can(regex("CreateVpcConnection", try(self.policy, jsonencode(self.Policy))))
    severity = "info"
    message  = "The policy lets other accounts create multi-VPC connections to the cluster: on Azure they create private endpoints to the namespace from their own virtual networks, which you approve as private endpoint connections on the namespace."
    link     = "https://learn.microsoft.com/azure/event-hubs/private-link-service"
  }
}

data "aws_msk_cluster" {
  service = "Azure Event Hubs (Kafka endpoint)"
  status  = "partial"
  azurerm = ["azurerm_eventhub_namespace"]
  link    = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note    = "Looks up the Event Hubs namespace that serves the Kafka protocol; the bootstrap server is <namespace>.servicebus.windows.net:9093."
}

data "aws_msk_bootstrap_brokers" {
  service = "Azure Event Hubs (Kafka endpoint)"
  status  = "partial"
  azurerm = ["azurerm_eventhub_namespace"]
  link    = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note    = "There is one bootstrap endpoint, <namespace>.servicebus.windows.net:9093 (SASL over TLS with a connection string or Entra OAuth), derived from the namespace name."
}

mapping "aws_msk_replicator" {
  cloudformation = ["AWS::MSK::Replicator"]
  service        = "Azure Event Hubs geo-replication"
  status         = "partial"
  arm            = ["Microsoft.EventHub/namespaces"]
  link           = "https://learn.microsoft.com/azure/event-hubs/geo-replication"
  note           = "Replication between clusters becomes Event Hubs geo-replication, a setting of a Premium or Dedicated namespace that copies all event hubs, consumer groups and data to secondary regions with a single namespace name; one primary accepts writes. Selective topic or consumer-group replication, or replication into a different namespace, needs Kafka MirrorMaker 2 run by you against the Kafka endpoint."
}

mapping "aws_msk_single_scram_secret_association" {
  service = "Azure Event Hubs"
  status  = "partial"
  azurerm = ["azurerm_eventhub_namespace_authorization_rule", "azurerm_role_assignment"]
  arm     = ["Microsoft.EventHub/namespaces/authorizationRules", "Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/event-hubs/authorize-access-azure-active-directory"
  note    = "Event Hubs has no SCRAM users: give the client a Microsoft Entra identity with an Event Hubs data role (SASL OAUTHBEARER) or a shared access policy whose connection string is its SASL PLAIN password, kept in Key Vault."
}

mapping "aws_msk_topic" {
  cloudformation = ["AWS::MSK::Topic"]
  service        = "Azure Event Hubs"
  status         = "direct"
  azurerm        = ["azurerm_eventhub"]
  arm            = ["Microsoft.EventHub/namespaces/eventhubs"]
  requires       = ["azurerm_eventhub_namespace"]
  link           = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note           = "A Kafka topic is an event hub in the namespace: partition_count and the retention_description block (retention time, delete or compact cleanup policy) carry the main topic settings. Other topic configs have no counterpart, and the partition count can only be raised on Premium and Dedicated."
}

mapping "aws_msk_vpc_connection" {
  cloudformation = ["AWS::MSK::VpcConnection"]
  service        = "Azure Private Link for Event Hubs"
  status         = "direct"
  azurerm        = ["azurerm_private_endpoint"]
  arm            = ["Microsoft.Network/privateEndpoints"]
  link           = "https://learn.microsoft.com/azure/event-hubs/private-link-service"
  note           = "Client access from another VPC becomes a private endpoint for the namespace in the client's virtual network (Standard tier or higher), with a privatelink.servicebus.windows.net private DNS zone; the connection may live in another subscription or tenant after approval."
}

data "aws_msk_broker_nodes" {
  service = "Azure Event Hubs (Kafka endpoint)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note    = "Event Hubs exposes no brokers: clients use the single namespace endpoint <namespace>.servicebus.windows.net:9093."
}

data "aws_msk_configuration" {
  service = "Azure Event Hubs"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/apache-kafka-configurations"
  note    = "There is no broker configuration to look up; topic settings are read from each event hub (azurerm_eventhub)."
}

data "aws_msk_kafka_version" {
  service = "Azure Event Hubs (Kafka endpoint)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note    = "Event Hubs has no Kafka version to select: it accepts Kafka clients of version 1.0 and later."
}

data "aws_msk_topic" {
  service = "Azure Event Hubs"
  status  = "direct"
  azurerm = ["azurerm_eventhub"]
  link    = "https://learn.microsoft.com/azure/event-hubs/azure-event-hubs-apache-kafka-overview"
  note    = "Looks up the event hub (topic) by name in its namespace, with its partition count."
}

data "aws_msk_vpc_connection" {
  service = "Azure Private Link for Event Hubs"
  status  = "partial"
  azurerm = ["azurerm_private_endpoint_connection"]
  link    = "https://learn.microsoft.com/azure/event-hubs/private-link-service"
  note    = "Looks up the private endpoint's connection (private IP address and state) by endpoint name."
}
