# AWS Transfer Family → SFTP support for Azure Blob Storage; connectors and workflows → Logic Apps,
# Event Grid and Azure Functions.

mapping "aws_transfer_server" {
  cloudformation = ["AWS::Transfer::Server"]
  service        = "SFTP support for Azure Blob Storage"
  status         = "partial"
  azurerm        = ["azurerm_storage_account"]
  arm            = ["Microsoft.Storage/storageAccounts"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support"
  note           = "An SFTP server becomes the SFTP endpoint of a storage account with the hierarchical namespace (is_hns_enabled and sftp_enabled = true); there is no separate server resource. Users are local users of the account, and SFTP is billed per hour while it is enabled."

  caveat "protocols" {
    when     = try(anytrue([for p in try(self.protocols, self.Protocols) : upper(p) != "SFTP"]), false)
    severity = "warning"
    message  = "Blob Storage speaks SFTP only: FTP and FTPS clients must move to SFTP, and AS2 needs a Logic Apps integration account."
    link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-as2"
  }

  caveat "identity-provider" {
    when     = contains(["API_GATEWAY", "AWS_LAMBDA", "AWS_DIRECTORY_SERVICE"], try(upper(self.identity_provider_type), upper(self.IdentityProviderType), ""))
    severity = "warning"
    message  = "Blob SFTP authenticates only its own local users (SSH key or generated password): there is no custom identity provider or directory (Entra ID, Active Directory) sign-in, so each user must become a local user."
    link     = "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support-authorize-access"
  }

  caveat "efs-domain" {
    when     = try(upper(self.domain), upper(self.Domain), "") == "EFS"
    severity = "warning"
    message  = "The managed SFTP endpoint serves Blob Storage: files kept on EFS behind the server move into a container of the SFTP-enabled account, and applications that read them over NFS switch to the blob APIs or NFS 3.0 on that account."
  }

  caveat "vpc-endpoint" {
    when     = contains(["VPC", "VPC_ENDPOINT"], try(upper(self.endpoint_type), upper(self.EndpointType), ""))
    severity = "info"
    message  = "A VPC endpoint becomes a private endpoint for the account's blob service (SFTP uses the blob endpoint), with public network access restricted by the storage firewall."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-private-endpoints"
  }
}

mapping "aws_transfer_user" {
  cloudformation = ["AWS::Transfer::User"]
  service        = "SFTP support for Azure Blob Storage"
  status         = "partial"
  azurerm        = ["azurerm_storage_account_local_user"]
  arm            = ["Microsoft.Storage/storageAccounts/localUsers"]
  requires       = ["azurerm_storage_account"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support-authorize-access"
  note           = "A Transfer user becomes a local user of the storage account with SSH public keys and/or a generated password, a home directory and per-container permission scopes (read, write, list, delete, create). The IAM role and session policy are replaced by those permission scopes."

  caveat "logical-directories" {
    when     = try(upper(self.home_directory_type), upper(self.HomeDirectoryType), "") == "LOGICAL"
    severity = "warning"
    message  = "Local users can't have logical directory mappings: restructure the containers so each user's permission scopes cover exactly the paths they may see, or use ACLs on directories."
  }

  caveat "posix-profile" {
    when     = can(self.posix_profile[0]) || can(self.PosixProfile)
    severity = "info"
    message  = "A POSIX profile (UID/GID) is only used for EFS-backed servers: on Blob Storage, access is decided by permission scopes or, with ACL authorization enabled, by the local user's group ID and the directory ACLs."
  }
}

mapping "aws_transfer_connector" {
  cloudformation = ["AWS::Transfer::Connector"]
  service        = "Azure Logic Apps"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_workflow"]
  arm            = ["Microsoft.Logic/workflows"]
  link           = "https://learn.microsoft.com/azure/connectors/connectors-sftp-ssh"
  note           = "A connector that sends files to or fetches them from a partner becomes a Logic Apps workflow: the SFTP connector for SFTP partners, or an integration account with AS2 agreements for AS2 partners."

  target "as2" {
    when     = can(self.as2_config[0]) || can(self.As2Config)
    service  = "Azure Logic Apps (enterprise integration, AS2)"
    status   = "partial"
    azurerm  = ["azurerm_logic_app_integration_account", "azurerm_logic_app_integration_account_agreement"]
    arm      = ["Microsoft.Logic/integrationAccounts", "Microsoft.Logic/integrationAccounts/agreements"]
    requires = ["azurerm_logic_app_workflow"]
    link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-as2"
    note     = "An AS2 connector becomes partners, certificates and an AS2 agreement in an integration account, and a workflow that encodes and sends the message with the AS2 actions."
  }
}

mapping "aws_transfer_workflow" {
  cloudformation = ["AWS::Transfer::Workflow"]
  service        = "Azure Event Grid and Azure Functions"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm            = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-event-overview"
  note           = "Post-upload processing becomes a BlobCreated event subscription on the storage account that starts a function or Logic Apps workflow; copy, tag and delete steps become blob operations in that code, and the exception-handling steps become its error handling."

  caveat "decrypt-step" {
    when     = can(regex("(?i)decrypt", jsonencode(try(self.steps, self.Steps))))
    severity = "warning"
    message  = "There is no built-in PGP decryption step: decrypt in the function with a PGP library and keep the private key in Key Vault."
    link     = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
  }
}

mapping "aws_transfer_ssh_key" {
  service = "SFTP support for Azure Blob Storage"
  status  = "implicit"
  azurerm = ["azurerm_storage_account_local_user"]
  arm     = ["Microsoft.Storage/storageAccounts/localUsers"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support-authorize-access"
  note    = "A user's public key becomes an ssh_authorized_key block of the local user (ssh_key_enabled = true)."
}

mapping "aws_transfer_host_key" {
  service = "SFTP support for Azure Blob Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support"
  note    = "Host keys of the storage account's SFTP endpoint are managed by Azure and can't be imported: partners must trust the published Azure host key fingerprints instead of your existing key."
}

mapping "aws_transfer_access" {
  service = "SFTP support for Azure Blob Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support-authorize-access"
  note    = "Blob SFTP can't admit directory groups: create a local user for each person or system in the group, with the group's home directory and permission scopes."
}

mapping "aws_transfer_tag" {
  service = "Azure tags"
  status  = "implicit"
  azurerm = ["azurerm_storage_account"]
  arm     = ["Microsoft.Storage/storageAccounts"]
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/management/tag-resources"
  note    = "Put the tag in the tags of the storage account that serves SFTP."
}

mapping "aws_transfer_profile" {
  cloudformation = ["AWS::Transfer::Profile"]
  service        = "Azure Logic Apps (enterprise integration, AS2)"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_integration_account_partner"]
  arm            = ["Microsoft.Logic/integrationAccounts/partners"]
  requires       = ["azurerm_logic_app_integration_account"]
  link           = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-partners"
  note           = "A local or partner AS2 profile becomes a partner (host or guest) in the integration account, identified by its AS2 identity qualifier and value."
}

mapping "aws_transfer_certificate" {
  cloudformation = ["AWS::Transfer::Certificate"]
  service        = "Azure Logic Apps (enterprise integration, AS2)"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_integration_account_certificate"]
  arm            = ["Microsoft.Logic/integrationAccounts/certificates"]
  requires       = ["azurerm_logic_app_integration_account"]
  link           = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-certificates"
  note           = "Partner certificates become public certificates in the integration account; certificates with a private key are stored in Key Vault and referenced from it."
}

mapping "aws_transfer_agreement" {
  cloudformation = ["AWS::Transfer::Agreement"]
  service        = "Azure Logic Apps (enterprise integration, AS2)"
  status         = "partial"
  azurerm        = ["azurerm_logic_app_integration_account_agreement"]
  arm            = ["Microsoft.Logic/integrationAccounts/agreements"]
  requires       = ["azurerm_logic_app_integration_account"]
  link           = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-agreements"
  note           = "An inbound AS2 agreement becomes an AS2 agreement between host and guest partners, plus a workflow with an HTTP request trigger that decodes messages and writes them to Blob Storage (the base directory)."
}

mapping "aws_transfer_web_app" {
  cloudformation = ["AWS::Transfer::WebApp"]
  service        = "Azure Storage"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage/blobs/quickstart-storage-explorer"
  note           = "There is no hosted, brandable browser file portal: give users Azure Storage Explorer or the portal's storage browser with Entra ID and RBAC, or build a small web app over the blob APIs."
}

mapping "aws_transfer_web_app_customization" {
  service = "Azure Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/quickstart-storage-explorer"
  note    = "Branding (title, logo, favicon) applies only to a custom web app you build in place of the Transfer web app."
}

data "aws_transfer_server" {
  service = "SFTP support for Azure Blob Storage"
  status  = "partial"
  azurerm = ["azurerm_storage_account"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/secure-file-transfer-protocol-support"
  note    = "Looks up the SFTP-enabled storage account; clients connect to <account>.blob.core.windows.net with the user name <account>.<local user>."
}

data "aws_transfer_connector" {
  service = "Azure Logic Apps"
  status  = "partial"
  azurerm = ["azurerm_logic_app_workflow"]
  link    = "https://learn.microsoft.com/azure/connectors/connectors-sftp-ssh"
  note    = "Looks up the workflow that replaces the connector."
}
