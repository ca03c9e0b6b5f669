# Amazon S3 → Azure Blob Storage (storage account + container).

mapping "aws_s3_bucket" {
  cloudformation = ["AWS::S3::Bucket"]
  service        = "Azure Blob Storage"
  status         = "direct"
  azurerm        = ["azurerm_storage_account", "azurerm_storage_container"]
  arm            = ["Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note           = "A bucket becomes a container in a storage account (StorageV2). Versioning, encryption, replication, lifecycle, network rules and public access are account-level settings, so buckets whose settings differ need separate accounts; buckets that share them can share one."

  translate "access-tier" {
    value = try(regex("\"(?:storage_class|StorageClass)\":\"(\\w+)\"(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?", jsonencode(try(self.lifecycle_rule, self.LifecycleConfiguration))), null)
    table = "s3-storage-class"
  }

  caveat "public-access-default" {
    severity = "info"
    message  = "S3 blocks public access to new buckets by default, but a storage account lets containers opt into anonymous access unless allow_nested_items_to_be_public = false (azurerm defaults it to true): set it to false unless the bucket serves public content."
    link     = "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent"
  }

  caveat "public-acl" {
    when     = contains(["public-read", "public-read-write"], try(lower(self.acl), "")) || contains(["publicread", "publicreadwrite"], try(lower(self.AccessControl), ""))
    severity = "warning"
    message  = "A public canned ACL becomes anonymous read access on the container (container_access_type = \"blob\" and allow_nested_items_to_be_public = true on the account); Azure has no anonymous write access, so public-read-write uploads need SAS tokens."
    link     = "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure"
  }

  caveat "access-logging" {
    when     = can(self.logging[0].target_bucket) || can(self.LoggingConfiguration)
    severity = "info"
    message  = "Server access logging becomes a diagnostic setting on the account's blob service sending StorageRead, StorageWrite and StorageDelete logs to a Log Analytics workspace or another storage account."
    link     = "https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage"
  }

  caveat "account-name" {
    when     = try(length(self.bucket) > 24 || can(regex("[^a-z0-9]", self.bucket)), length(self.BucketName) > 24 || can(regex("[^a-z0-9]", self.BucketName)), false)
    severity = "info"
    message  = "Storage account names are 3–24 lower-case letters and digits, globally unique (no hyphens or dots): choose a new account name; the bucket name can survive as the container name (3–63 characters, hyphens allowed)."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-account-overview"
  }

  caveat "object-lock" {
    when     = try(tostring(try(self.object_lock_enabled, self.ObjectLockEnabled)) == "true", false)
    severity = "info"
    message  = "Object Lock becomes immutable storage: version-level time-based retention (locked for compliance mode) and legal holds; enable version-level immutability when the container is created."
    link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-storage-overview"
  }

  caveat "static-website" {
    when     = can(self.website[0]) || can(self.WebsiteConfiguration)
    severity = "info"
    message  = "Website hosting becomes the account's static website ($web container, index and error documents); redirect rules aren't supported there, so put Azure Front Door in front for redirects, custom domains with HTTPS and caching."
    link     = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-static-website"
  }

  caveat "transfer-acceleration" {
    when     = try(lower(self.acceleration_status), lower(self.AccelerateConfiguration.AccelerationStatus), "") == "enabled"
    severity = "info"
    message  = "Blob Storage has no transfer acceleration: upload through Azure Front Door, or use AzCopy with parallelism close to the account's region."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-use-azcopy-v10"
  }

  caveat "requester-pays" {
    when     = try(lower(self.request_payer), "") == "requester"
    severity = "warning"
    message  = "Azure Storage has no requester-pays mode: the account owner pays for all egress and operations."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-account-overview"
  }

  caveat "archive-transition" {
    when     = source == "cloudformation" && can(regex("GLACIER|DEEP_ARCHIVE", jsonencode(self.LifecycleConfiguration)))
    severity = "warning"
    message  = "Glacier transitions map to the archive tier (offline: rehydration takes hours, 180-day minimum) or, for Glacier Instant Retrieval, the cold tier (90-day minimum); early deletion is charged."
    link     = "https://learn.microsoft.com/azure/storage/blobs/archive-rehydrate-overview"
  }

  caveat "replication" {
    when     = can(self.replication_configuration[0]) || can(self.ReplicationConfiguration)
    severity = "info"
    message  = "Cross-region replication becomes object replication (needs blob versioning on both accounts and change feed on the source) or geo-redundant storage (GRS/GZRS, readable secondary with RA-GRS)."
    link     = "https://learn.microsoft.com/azure/storage/blobs/object-replication-overview"
  }

  caveat "event-notifications" {
    when     = source == "cloudformation" && can(self.NotificationConfiguration)
    severity = "info"
    message  = "Bucket notifications become an Event Grid system topic on the storage account with subscriptions filtered on BlobCreated/BlobDeleted and subject prefix or suffix."
    link     = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-event-overview"
  }
}

mapping "aws_s3_object" {
  terraform = ["aws_s3_object", "aws_s3_bucket_object"]
  service   = "Azure Blob Storage"
  status    = "direct"
  azurerm   = ["azurerm_storage_blob"]
  requires  = ["azurerm_storage_container"]
  link      = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note      = "A block blob in the container (a data-plane object with no ARM type); content_type, metadata and access tier carry over, and storage classes map to hot, cool, cold and archive tiers."

  translate "access-tier" {
    value = try(self.storage_class, null)
    table = "s3-storage-class"
  }

  caveat "object-acl" {
    when     = contains(["public-read", "public-read-write", "authenticated-read"], try(lower(self.acl), ""))
    severity = "warning"
    message  = "Blobs have no per-object ACL: anonymous read is set on the whole container (container_access_type), so move public objects to a container of their own or serve them with SAS tokens."
    link     = "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-configure"
  }

  caveat "kms-key" {
    when     = can(self.kms_key_id)
    severity = "info"
    message  = "A per-object KMS key becomes an encryption scope (azurerm_storage_encryption_scope with a Key Vault key) named on the blob; otherwise the account's key applies."
    link     = "https://learn.microsoft.com/azure/storage/blobs/encryption-scope-overview"
  }

  caveat "object-lock" {
    when     = can(self.object_lock_mode) || can(self.object_lock_legal_hold_status)
    severity = "info"
    message  = "Object Lock retention and legal holds become version-level immutability policies and legal holds on the blob; the container must have version-level immutability enabled."
    link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-version-level-worm-policies"
  }

  caveat "website-redirect" {
    when     = can(self.website_redirect_location)
    severity = "info"
    message  = "Static websites on Blob Storage can't redirect per object: configure the redirect in Azure Front Door rules instead."
    link     = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-static-website"
  }
}

mapping "aws_s3_bucket_versioning" {
  service = "Azure Blob Storage"
  status  = "implicit"
  azurerm = ["azurerm_storage_account"]
  arm     = ["Microsoft.Storage/storageAccounts/blobServices"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/versioning-overview"
  note    = "Versioning is blob_properties { versioning_enabled = true } on the storage account; soft delete for blobs and containers complements it."

  caveat "mfa-delete" {
    when     = try(lower(self.versioning_configuration[0].mfa_delete), "") == "enabled"
    severity = "info"
    message  = "MFA delete has no equivalent: protect versions with immutability policies, soft delete and resource locks, and restrict delete rights with RBAC."
    link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-storage-overview"
  }
}

mapping "aws_s3_bucket_policy" {
  cloudformation = ["AWS::S3::BucketPolicy", "AWS::S3Express::BucketPolicy"]
  service        = "Azure role-based access control and storage firewall"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment", "azurerm_storage_account_network_rules"]
  arm            = ["Microsoft.Authorization/roleAssignments", "Microsoft.Storage/storageAccounts"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/authorize-access-azure-active-directory"
  note           = "A bucket policy splits into role assignments (Storage Blob Data Reader/Contributor scoped to the account or container), network rules for source IP and VPC conditions, and SAS tokens for time-limited access; HTTPS-only is on by default."

  caveat "public-read" {
    when     = source == "cloudformation" ? try(anytrue([for s in try(self.PolicyDocument.Statement, []) : try(s.Principal == "*" || s.Principal.AWS == "*", false) && try(lower(s.Effect), "") == "allow"]), false) : can(regex("\"Principal\"\\s*:\\s*(\"\\*\"|\\{\\s*\"AWS\"\\s*:\\s*\"\\*\")", self.policy))
    severity = "warning"
    message  = "Anonymous (Principal \"*\") access becomes anonymous read on the container (container_access_type = \"blob\"), which also requires allowing it on the account; prefer Azure Front Door or SAS tokens."
    link     = "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent"
  }

  caveat "network-conditions" {
    when     = can(regex("aws:Source(Vpce|Vpc|Ip)", try(self.policy, jsonencode(self.PolicyDocument))))
    severity = "info"
    message  = "Conditions on source VPC, VPC endpoint or IP address become account network rules: a private endpoint or virtual network rule for the VPC cases and ip_rules for addresses, with default_action = \"Deny\"; they apply to the whole account, not per statement."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-network-security"
  }
}

mapping "aws_s3_bucket_public_access_block" {
  service = "Azure Blob Storage"
  status  = "implicit"
  azurerm = ["azurerm_storage_account"]
  arm     = ["Microsoft.Storage/storageAccounts"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent"
  note    = "Blocking public access is allow_nested_items_to_be_public = false on the storage account (set it explicitly: the azurerm default is true); public network access (public_network_access_enabled) is a separate setting."
}

mapping "aws_s3_account_public_access_block" {
  service = "Azure Policy"
  status  = "partial"
  azurerm = ["azurerm_subscription_policy_assignment"]
  arm     = ["Microsoft.Authorization/policyAssignments"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/anonymous-read-access-prevent"
  note    = "Enforce the setting for every storage account with the built-in Azure Policy that denies anonymous blob access, assigned at subscription or management group scope."
}

mapping "aws_s3_bucket_server_side_encryption_configuration" {
  service = "Azure Storage encryption"
  status  = "implicit"
  azurerm = ["azurerm_storage_account"]
  arm     = ["Microsoft.Storage/storageAccounts"]
  link    = "https://learn.microsoft.com/azure/storage/common/storage-service-encryption"
  note    = "Azure Storage always encrypts data at rest with Microsoft-managed keys; nothing to configure for SSE-S3."

  caveat "kms-key" {
    when     = try(anytrue([for r in try(self.rule, []) : startswith(try(lower(r.apply_server_side_encryption_by_default[0].sse_algorithm), ""), "aws:kms")]), false)
    severity = "info"
    message  = "SSE-KMS becomes a customer-managed key for the account (azurerm_storage_account_customer_managed_key with a Key Vault key and a managed identity); per-prefix keys become encryption scopes."
    link     = "https://learn.microsoft.com/azure/storage/common/customer-managed-keys-overview"
  }
}

mapping "aws_s3_bucket_lifecycle_configuration" {
  service  = "Azure Blob Storage lifecycle management"
  status   = "direct"
  azurerm  = ["azurerm_storage_management_policy"]
  arm      = ["Microsoft.Storage/storageAccounts/managementPolicies"]
  requires = ["azurerm_storage_account"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/lifecycle-management-overview"
  note     = "Rules become rules of the account's single management policy: transitions become tier_to_cool/cold/archive actions, expiration becomes delete actions, filters use prefix_match and blob index tags. Incomplete multipart uploads need no rule (uncommitted blocks are discarded after 7 days)."

  translate "access-tier" {
    value = try(regex("\"(?:storage_class|StorageClass)\":\"(\\w+)\"(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?(?:.*?\"(?:storage_class|StorageClass)\":\"(\\w+)\")?", jsonencode(self.rule)), null)
    table = "s3-storage-class"
  }

  caveat "archive-transition" {
    when     = can(regex("GLACIER|DEEP_ARCHIVE", jsonencode(self.rule)))
    severity = "warning"
    message  = "Glacier transitions map to the archive tier (offline: rehydration takes hours, 180-day minimum) or, for Glacier Instant Retrieval, the cold tier (90-day minimum); early deletion is charged."
    link     = "https://learn.microsoft.com/azure/storage/blobs/archive-rehydrate-overview"
  }

  caveat "intelligent-tiering" {
    when     = can(regex("INTELLIGENT_TIERING", jsonencode(self.rule)))
    severity = "info"
    message  = "There is no Intelligent-Tiering class: enable last-access-time tracking and write lifecycle rules on days since last access (with auto-tier back to hot)."
    link     = "https://learn.microsoft.com/azure/storage/blobs/lifecycle-management-overview"
  }
}

mapping "aws_s3_bucket_cors_configuration" {
  service = "Azure Blob Storage"
  status  = "implicit"
  azurerm = ["azurerm_storage_account"]
  arm     = ["Microsoft.Storage/storageAccounts/blobServices"]
  link    = "https://learn.microsoft.com/rest/api/storageservices/cross-origin-resource-sharing--cors--support-for-the-azure-storage-services"
  note    = "CORS rules become blob_properties { cors_rule } on the storage account, shared by every container in it."

  caveat "rule-count" {
    when     = try(length(self.cors_rule) > 5, false)
    severity = "warning"
    message  = "Azure Storage accepts at most five CORS rules per service: merge rules (several origins and methods per rule)."
    link     = "https://learn.microsoft.com/rest/api/storageservices/cross-origin-resource-sharing--cors--support-for-the-azure-storage-services"
  }
}

mapping "aws_s3_bucket_website_configuration" {
  service = "Azure Blob Storage static website"
  status  = "implicit"
  azurerm = ["azurerm_storage_account_static_website"]
  arm     = ["Microsoft.Storage/storageAccounts/blobServices"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-static-website"
  note    = "Index and error documents map directly; content is served from the $web container."

  caveat "routing-rules" {
    when     = can(self.routing_rule[0]) || can(self.routing_rules) || can(self.redirect_all_requests_to[0])
    severity = "warning"
    message  = "Static websites can't redirect: move routing rules and redirects to Azure Front Door rule sets."
    link     = "https://learn.microsoft.com/azure/frontdoor/front-door-rules-engine"
  }
}

mapping "aws_s3_bucket_notification" {
  service = "Azure Event Grid (Blob Storage events)"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription"]
  arm     = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-event-overview"
  note    = "Notifications become a system topic for the storage account with one subscription per destination (function, Service Bus queue, storage queue), filtered on Microsoft.Storage.BlobCreated/BlobDeleted and subject prefix or suffix."
}

mapping "aws_s3_bucket_replication_configuration" {
  service = "Azure Blob Storage object replication"
  status  = "partial"
  azurerm = ["azurerm_storage_object_replication"]
  arm     = ["Microsoft.Storage/storageAccounts/objectReplicationPolicies"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/object-replication-overview"
  note    = "Replication rules become an object replication policy between two accounts (versioning on both, change feed on the source); whole-account disaster recovery is better served by GRS/GZRS redundancy."
}

mapping "aws_s3_bucket_logging" {
  service = "Azure Monitor (Storage resource logs)"
  status  = "partial"
  azurerm = ["azurerm_monitor_diagnostic_setting"]
  arm     = ["Microsoft.Insights/diagnosticSettings"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage"
  note    = "Server access logs become a diagnostic setting on the account's blob service (StorageRead, StorageWrite, StorageDelete) sent to Log Analytics, a storage account or Event Hubs."
}

mapping "aws_s3_bucket_acl" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/authorize-access-azure-active-directory"
  note    = "Blob Storage has no ACLs: canned ACLs become RBAC assignments, or container_access_type for public-read; per-object ACLs need SAS tokens or hierarchical-namespace (ADLS Gen2) ACLs."
}

mapping "aws_s3_bucket_ownership_controls" {
  service = "Azure Blob Storage"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/storage/blobs/authorize-access-azure-active-directory"
  note    = "Objects always belong to the storage account; there is no object ownership to configure."
}

mapping "aws_s3_bucket_accelerate_configuration" {
  service = "Azure Front Door"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note    = "Blob Storage has no transfer acceleration: route uploads and downloads through Azure Front Door, or use AzCopy close to the account's region."
}

mapping "aws_s3_bucket_request_payment_configuration" {
  service = "Azure Blob Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/common/storage-account-overview"
  note    = "There is no requester-pays mode: the account owner pays. Share data with other organisations through SAS tokens or Azure Data Share and recover costs outside Azure."
}

mapping "aws_s3_bucket_intelligent_tiering_configuration" {
  service = "Azure Blob Storage lifecycle management"
  status  = "partial"
  azurerm = ["azurerm_storage_management_policy"]
  arm     = ["Microsoft.Storage/storageAccounts/managementPolicies"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/lifecycle-management-overview"
  note    = "Automatic tiering becomes lifecycle rules on days since last access (with last-access tracking enabled and auto-tier back to hot)."
}

data "aws_s3_bucket" {
  service = "Azure Blob Storage"
  status  = "direct"
  azurerm = ["azurerm_storage_account", "azurerm_storage_container"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note    = "Looks up the storage account (endpoints, IDs) and container."
}

mapping "aws_s3_bucket_analytics_configuration" {
  service = "Azure Blob Storage lifecycle management"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/lifecycle-management-overview"
  note    = "Blob Storage has no storage class analysis that recommends transitions: enable last-access-time tracking and write lifecycle rules on days since last access, and analyse access patterns with blob inventory reports or the account's resource logs."
}

mapping "aws_s3_bucket_inventory" {
  service  = "Azure Blob Storage inventory"
  status   = "direct"
  azurerm  = ["azurerm_storage_blob_inventory_policy"]
  arm      = ["Microsoft.Storage/storageAccounts/inventoryPolicies"]
  requires = ["azurerm_storage_account"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/blob-inventory"
  note     = "An inventory configuration becomes a rule of the account's single inventory policy: daily or weekly schedule, blob or container scope, prefix filters and the fields to report. Reports are written to a container in the same storage account."

  caveat "orc-format" {
    when     = try(upper(self.destination[0].bucket[0].format), "") == "ORC"
    severity = "warning"
    message  = "Blob inventory writes CSV or Apache Parquet reports, not ORC: switch downstream queries to Parquet."
  }
}

mapping "aws_s3_bucket_metadata_configuration" {
  service = "Azure Blob Storage inventory and change feed"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-change-feed"
  note    = "Blob Storage has no managed, queryable metadata tables: combine blob inventory reports (periodic snapshot of object metadata) with the change feed (ordered log of changes), and query them with Azure Data Explorer, Synapse or Fabric; blob index tags cover simple metadata filtering."
}

mapping "aws_s3_bucket_metric" {
  service = "Azure Monitor (Storage metrics)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/storage/blobs/monitor-blob-storage"
  note    = "Request metrics (transactions, latency, ingress and egress) are collected for every storage account without configuration, with dimensions such as API name and response type."

  caveat "metric-filter" {
    when     = can(self.filter[0])
    severity = "info"
    message  = "Metrics can't be scoped to a prefix, tag or access point: send resource logs to Log Analytics with a diagnostic setting and aggregate by object path there."
  }
}

mapping "aws_s3_bucket_object_lock_configuration" {
  service  = "Azure Blob Storage immutable storage"
  status   = "partial"
  azurerm  = ["azurerm_storage_container_immutability_policy"]
  arm      = ["Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies"]
  requires = ["azurerm_storage_account", "azurerm_storage_container"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-storage-overview"
  note     = "Default retention becomes a time-based retention policy on the container (retention in days; convert years); with version-level immutability enabled it applies to every new blob version like S3's per-version retention. Per-object retention dates and legal holds are set on blob versions."

  caveat "compliance-mode" {
    when     = try(upper(self.rule[0].default_retention[0].mode), "") == "COMPLIANCE"
    severity = "info"
    message  = "Compliance mode becomes a locked time-based retention policy: once locked it can only be extended, never shortened or deleted."
    link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-time-based-retention-policy-overview"
  }

  caveat "governance-mode" {
    when     = try(upper(self.rule[0].default_retention[0].mode), "") == "GOVERNANCE"
    severity = "info"
    message  = "Governance mode has no bypass permission: an unlocked retention policy can be changed or deleted by anyone with write access to the policy, so restrict that with RBAC."
    link     = "https://learn.microsoft.com/azure/storage/blobs/immutable-time-based-retention-policy-overview"
  }
}

mapping "aws_s3_directory_bucket" {
  cloudformation = ["AWS::S3Express::DirectoryBucket"]
  service        = "Azure Blob Storage (premium block blob)"
  status         = "partial"
  azurerm        = ["azurerm_storage_account", "azurerm_storage_container"]
  arm            = ["Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-block-blob-premium"
  note           = "An S3 Express One Zone directory bucket becomes a container in a premium block blob account (account_kind = \"BlockBlobStorage\", account_tier = \"Premium\") for low, consistent latency; enable the hierarchical namespace for real directories and atomic renames. Premium accounts have no access tiers."

  caveat "zonal-placement" {
    severity = "info"
    message  = "A directory bucket lives in one chosen availability zone; Azure storage can't be pinned to a zone: Premium_LRS keeps copies in one datacenter of the region, Premium_ZRS spreads them across zones, so co-location with compute is not guaranteed."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-redundancy"
  }
}

mapping "aws_s3_access_point" {
  cloudformation = ["AWS::S3::AccessPoint", "AWS::S3Express::AccessPoint"]
  service        = "Azure role-based access control and Private Endpoint"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/storage/blobs/storage-auth-abac"
  note           = "Blob Storage has no access points with their own host name and policy: scope role assignments to the container and add attribute-based conditions on blob path prefixes for per-application access, and use SAS tokens for delegated access."

  caveat "vpc-origin" {
    when     = can(self.vpc_configuration[0]) || can(self.VpcConfiguration)
    severity = "info"
    message  = "A VPC-only access point becomes a private endpoint for the account's blob service in the application's virtual network, with public network access restricted; it applies to the whole account, not to one entry point."
    link     = "https://learn.microsoft.com/azure/storage/common/storage-private-endpoints"
  }
}

mapping "aws_s3control_object_lambda_access_point" {
  cloudformation = ["AWS::S3ObjectLambda::AccessPoint"]
  service        = "Azure Functions"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
  note           = "Blob Storage can't transform objects on read: put an HTTP-triggered function (or API Management with policies) in front of the container that reads the blob and returns the transformed content, and point clients at that endpoint instead of the storage URL."
}

data "aws_s3_object" {
  service = "Azure Blob Storage"
  status  = "partial"
  azurerm = ["azurerm_storage_blob"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note    = "azurerm_storage_blob returns a blob's URL, type, access tier, content type, MD5 and metadata, but not its body: read content with the http provider (SAS or public URL) or keep small values in App Configuration."
}

data "aws_s3_bucket_object" {
  service = "Azure Blob Storage"
  status  = "partial"
  azurerm = ["azurerm_storage_blob"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note    = "Deprecated alias of aws_s3_object: azurerm_storage_blob returns a blob's URL and properties, not its body."
}

data "aws_s3_objects" {
  service = "Azure Blob Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note    = "azurerm cannot list the blobs of a container: keep the names in configuration, or list them with az storage blob list outside Terraform."
}

data "aws_s3_bucket_objects" {
  service = "Azure Blob Storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note    = "Deprecated alias of aws_s3_objects: azurerm cannot list the blobs of a container."
}

data "aws_s3_buckets" {
  service = "Azure Blob Storage"
  status  = "partial"
  azurerm = ["azurerm_storage_containers"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note    = "azurerm_storage_containers lists the containers of one storage account (optionally by name prefix); listing storage accounts takes azurerm_resources (type Microsoft.Storage/storageAccounts)."
}

data "aws_s3_bucket_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignments"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access"
  note    = "There is no policy document to read: access is role assignments at the account or container scope (azurerm_role_assignments) plus the account's network rules."
}

data "aws_s3_bucket_object_lock_configuration" {
  service = "Azure Blob Storage immutable storage"
  status  = "partial"
  azurerm = ["azurerm_storage_container"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/immutable-storage-overview"
  note    = "azurerm_storage_container reports whether the container has an immutability policy or legal hold (has_immutability_policy, has_legal_hold); the retention period itself has no data source."
}

data "aws_canonical_user_id" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/storage/blobs/assign-azure-role-data-access"
  note    = "There are no canonical user IDs or ACL grants: storage access is granted to Entra object IDs (from azurerm_client_config for the caller) through role assignments."
}

mapping "aws_s3_object_copy" {
  service  = "Azure Blob Storage"
  status   = "partial"
  azurerm  = ["azurerm_storage_blob"]
  arm      = ["Microsoft.Storage/storageAccounts/blobServices/containers"]
  requires = ["azurerm_storage_container"]
  link     = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-copy"
  note     = "Copy a blob with azurerm_storage_blob and source_uri pointing at the source blob (with a SAS token or a public URL). Metadata replacement, per-object ACLs and conditional copy options have no Terraform counterpart; blob index tags and access tier are set on the copy afterwards."
}

data "aws_s3_bucket_notification" {
  service = "Azure Event Grid"
  status  = "partial"
  azurerm = ["azurerm_eventgrid_system_topic"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-event-overview"
  note    = "Looks up the storage account's Event Grid system topic; the individual event subscriptions (filters and destinations) have no data source."
}

data "aws_s3_bucket_replication_configuration" {
  service = "Azure Blob Storage object replication"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/storage/blobs/object-replication-overview"
  note    = "azurerm has no data source for object replication policies: read them with the Azure CLI or the ARM API, or reference the azurerm_storage_object_replication resource directly."
}

data "aws_s3_directory_buckets" {
  service = "Azure Blob Storage (premium block blob)"
  status  = "partial"
  azurerm = ["azurerm_storage_containers"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-blob-block-blob-premium"
  note    = "Lists the containers of one storage account (optionally by name prefix); premium accounts in a region are found with azurerm_resources."
}

mapping "aws_s3_bucket_abac" {
  service = "Azure attribute-based access control"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/storage/blobs/storage-auth-abac"
  note    = "No switch enables ABAC on a storage account or container: conditions are written on role assignments (the condition argument of azurerm_role_assignment) for Blob data actions. They test attributes such as the container name, blob path and blob index tags, not the resource tags of the account, so tag-based bucket policies must be rewritten against those attributes."
}

mapping "AWS::S3ObjectLambda::AccessPointPolicy" {
  service = "Azure Functions"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/azure-functions/functions-overview"
  note    = "There is no Object Lambda access point to attach a policy to. The function (or API Management) that stands in for it controls its own callers, for example with Microsoft Entra authentication on the function app, and reads the blobs with a managed identity holding a Storage Blob Data role."
}
