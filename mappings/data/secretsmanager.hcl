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
}

mapping "aws_secretsmanager_secret_version" {
  service = "Azure Key Vault"
  status  = "implicit"
  azurerm = ["azurerm_key_vault_secret"]
  arm     = ["Microsoft.KeyVault/vaults/secrets"]
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "The value is the value of azurerm_key_vault_secret; each change creates a new version. Staging labels (AWSCURRENT, AWSPREVIOUS) have no equivalent: the latest version is current."
}

mapping "aws_secretsmanager_secret_rotation" {
  cloudformation = ["AWS::SecretsManager::RotationSchedule"]
  service        = "Azure Key Vault"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/key-vault/secrets/tutorial-rotation"
  note           = "Key Vault doesn't rotate secrets itself: set an expiry, subscribe a function to the SecretNearExpiry Event Grid event, and let it rotate the credential and write a new version. Better still, replace the credential with a managed identity."
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
