# AWS Secrets Manager → Azure Key Vault secrets.

mapping "aws_secretsmanager_secret" {
  cloudformation = ["AWS::SecretsManager::Secret"]
  service        = "Azure Key Vault"
  status         = "direct"
  azurerm        = ["azurerm_key_vault_secret"]
  arm            = ["Microsoft.KeyVault/vaults/secrets"]
  requires       = ["azurerm_key_vault"]
  link           = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note           = "A secret in a Key Vault; every update creates a new version. Secret values are limited to 25 KB (Secrets Manager allows 64 KB), and access is granted with RBAC roles such as Key Vault Secrets User."

  caveat "generated-value" {
    when     = can(self.GenerateSecretString)
    severity = "warning"
    message  = "Key Vault doesn't generate secret values: generate the value in the pipeline (for example random_password in Terraform) and store it as the secret."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  }

  caveat "replicas" {
    when     = can(self.replica[0]) || can(self.ReplicaRegions)
    severity = "info"
    message  = "Secrets have no cross-region replicas: Key Vault fails over within its region pair where one exists; for active use in another region, deploy a second vault and write the secret to both."
    link     = "https://learn.microsoft.com/azure/key-vault/general/disaster-recovery-guidance"
  }

  caveat "recovery-window" {
    when     = can(self.recovery_window_in_days)
    severity = "info"
    message  = "The recovery window becomes the soft-delete retention of the whole vault (7–90 days, set once at vault creation); soft delete can't be turned off, so immediate deletion (recovery_window_in_days = 0) becomes a delete followed by a purge, which purge protection forbids."
    link     = "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview"
  }

  caveat "value-size" {
    when     = try(length(self.SecretString) > 25600, false)
    severity = "warning"
    message  = "The secret value is larger than 25 KB, the Key Vault maximum: split it into several secrets, or keep the payload encrypted in Blob Storage and store only its key in Key Vault."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  }
}

mapping "aws_secretsmanager_secret_version" {
  service = "Azure Key Vault"
  status  = "implicit"
  azurerm = ["azurerm_key_vault_secret"]
  arm     = ["Microsoft.KeyVault/vaults/secrets"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "The value is the value of azurerm_key_vault_secret; each change creates a new version. Staging labels (AWSCURRENT, AWSPREVIOUS) have no equivalent: the latest version is current."

  caveat "binary-value" {
    when     = can(self.secret_binary)
    severity = "info"
    message  = "Key Vault secret values are strings: store the binary value base64-encoded and say so in content_type, and decode it in the consumers."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  }

  caveat "staging-labels" {
    when     = try(length(self.version_stages), 0) > 0
    severity = "warning"
    message  = "Custom staging labels have no Key Vault counterpart: clients always read the latest enabled version unless they name a version ID, so a pending or previous stage must become a separate secret or a version ID the clients are given."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  }

  caveat "value-size" {
    when     = try(length(self.secret_string) > 25600, false)
    severity = "warning"
    message  = "The secret value is larger than 25 KB, the Key Vault maximum: split it into several secrets, or keep the payload encrypted in Blob Storage and store only its key in Key Vault."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  }
}

mapping "aws_secretsmanager_secret_rotation" {
  cloudformation = ["AWS::SecretsManager::RotationSchedule"]
  service        = "Azure Key Vault with Event Grid and Azure Functions"
  status         = "partial"
  azurerm        = ["azurerm_eventgrid_system_topic", "azurerm_eventgrid_system_topic_event_subscription", "azurerm_function_app_flex_consumption"]
  arm            = ["Microsoft.EventGrid/systemTopics", "Microsoft.EventGrid/systemTopics/eventSubscriptions", "Microsoft.Web/sites"]
  requires       = ["azurerm_key_vault_secret"]
  link           = "https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation"
  note           = "Key Vault doesn't rotate secrets itself: give the secret an expiration_date, subscribe a function to the vault's Microsoft.KeyVault.SecretNearExpiry event (raised 30 days before expiry) through an Event Grid system topic, and let the function change the credential and write a new version with a new expiry. Better still, replace the credential with a managed identity."

  caveat "rotation-function" {
    when     = can(self.rotation_lambda_arn) || can(self.RotationLambdaARN)
    severity = "warning"
    message  = "The rotation Lambda must be rewritten as an Event Grid-triggered function: Key Vault has no pending version to create, test and promote, so the function sets the new credential on the target service and then writes it as the new current version, or alternates between two credentials so that clients holding the old one keep working."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation-dual"
  }

  caveat "hosted-rotation" {
    when     = can(self.HostedRotationLambda)
    severity = "warning"
    message  = "AWS-provided rotation functions (for RDS, Redshift, DocumentDB) have no Azure counterpart: switch the database to Microsoft Entra authentication with managed identities so there is no password to rotate, or write the rotation function yourself."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation"
  }

  caveat "rotation-schedule" {
    when     = can(self.rotation_rules[0].schedule_expression) || can(self.RotationRules.ScheduleExpression)
    severity = "info"
    message  = "A cron or rate schedule has no direct match: rotation is driven by the secret's expiry date, so set each new version's expiry so that the near-expiry event fires when the schedule would, or run the function on a timer trigger instead."
    link     = "https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation"
  }
}

mapping "aws_secretsmanager_secret_policy" {
  cloudformation = ["AWS::SecretsManager::ResourcePolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/key-vault/general/rbac-guide"
  note           = "The resource policy becomes role assignments (Key Vault Secrets User, Secrets Officer) scoped to the secret or the vault."
}

mapping "AWS::SecretsManager::SecretTargetAttachment" {
  service = "Azure Key Vault"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation"
  note    = "There is no link between a secret and a database on Azure: prefer Microsoft Entra authentication with managed identities for the database, or keep connection details in the secret's value and content_type."
}

data "aws_secretsmanager_secret" {
  service = "Azure Key Vault"
  status  = "direct"
  azurerm = ["azurerm_key_vault_secret"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "Looks up a secret by name in a vault (key_vault_id)."
}

data "aws_secretsmanager_secret_version" {
  service = "Azure Key Vault"
  status  = "direct"
  azurerm = ["azurerm_key_vault_secret"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "azurerm_key_vault_secret returns the current value (a specific version with the version argument); staging labels have no equivalent."
}

data "aws_secretsmanager_secrets" {
  service = "Azure Key Vault"
  status  = "partial"
  azurerm = ["azurerm_key_vault_secrets"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "azurerm_key_vault_secrets lists the secret names (and IDs) of one vault; name and tag filters have no equivalent."
}

data "aws_secretsmanager_secret_versions" {
  service = "Azure Key Vault"
  status  = "partial"
  azurerm = ["azurerm_key_vault_secret"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "Versions cannot be listed in azurerm: read a given version with the version argument of azurerm_key_vault_secret; staging labels have no equivalent."
}

data "aws_secretsmanager_secret_rotation" {
  service = "Azure Key Vault"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation"
  note    = "Key Vault has no rotation configuration to read: rotation is a function triggered by the SecretNearExpiry event; the secret's expiration_date is on azurerm_key_vault_secret."
}

data "aws_secretsmanager_random_password" {
  service = "Azure Key Vault"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "Key Vault does not generate passwords: use the random provider's random_password and store the result as a secret."
}

mapping "aws_secretsmanager_tag" {
  service = "Azure Key Vault"
  status  = "implicit"
  azurerm = ["azurerm_key_vault_secret"]
  arm     = ["Microsoft.KeyVault/vaults/secrets"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "Secret tags are set in the tags argument of azurerm_key_vault_secret; there is no separate tag resource. Key Vault secret tags are not Azure Resource Manager tags, so they don't feed cost reports or Azure Policy tag rules."
}
