# AWS KMS → Azure Key Vault keys (Managed HSM for symmetric keys).

mapping "aws_kms_key" {
  cloudformation = ["AWS::KMS::Key"]
  service        = "Azure Key Vault"
  status         = "direct"
  azurerm        = ["azurerm_key_vault_key"]
  arm            = ["Microsoft.KeyVault/vaults/keys"]
  requires       = ["azurerm_key_vault"]
  link           = "https://learn.microsoft.com/azure/key-vault/keys/about-keys"
  note           = "A key in a Key Vault (Premium SKU for HSM-protected keys, Managed HSM for dedicated HSMs). The key policy becomes Azure RBAC on the vault or key (Key Vault Crypto User, Key Vault Crypto Service Encryption User); deletion_window_in_days becomes the vault's soft-delete retention (7–90 days), and purge protection (off by default) is what stops a deleted key from being purged before the window ends, as KMS guarantees."

  caveat "symmetric-key" {
    when     = try(upper(self.customer_master_key_spec), upper(self.KeySpec), "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
    severity = "info"
    message  = "Key Vault vaults hold RSA and EC keys; symmetric AES keys need Managed HSM (Premium vaults offer them only in preview). Azure services that encrypt at rest with a customer-managed key use an RSA key, but code that calls Encrypt, Decrypt or GenerateDataKey must switch to wrap/unwrap with an RSA key or move to Managed HSM."
    link     = "https://learn.microsoft.com/azure/key-vault/managed-hsm/overview"
  }

  caveat "hmac-key" {
    when     = startswith(try(upper(self.customer_master_key_spec), upper(self.KeySpec), ""), "HMAC")
    severity = "warning"
    message  = "Key Vault has no HMAC keys: keep the HMAC secret as a Key Vault secret and compute the MAC in the application, or redesign around signatures with an RSA or EC key."
    link     = "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details"
  }

  caveat "multi-region" {
    when     = try(tostring(try(self.multi_region, self.MultiRegion)) == "true", false)
    severity = "warning"
    message  = "Key Vault keys are regional and have no multi-region replicas: back up the key and restore it into a vault in the other region (only within the same geography), or use Managed HSM multi-region replication."
    link     = "https://learn.microsoft.com/azure/key-vault/general/disaster-recovery-guidance"
  }

  caveat "rotation" {
    when     = try(tostring(try(self.enable_key_rotation, self.EnableKeyRotation)) == "true", false)
    severity = "info"
    message  = "Automatic rotation becomes the key's rotation_policy (automatic rotation time after creation, expiry and notification). Rotation creates a new key version: Azure services that reference the versionless key ID pick it up, but application code must keep the key version (kid) with its ciphertext to decrypt older data, which KMS tracks for you."
    link     = "https://learn.microsoft.com/azure/key-vault/keys/how-to-configure-key-rotation"
  }

  caveat "deletion-window" {
    when     = can(self.deletion_window_in_days) || can(self.PendingWindowInDays)
    severity = "info"
    message  = "The deletion window becomes the soft-delete retention of the whole vault (7–90 days, default 90), which can be set only when the vault is created; enable purge protection so that nobody can purge the key before the retention ends."
    link     = "https://learn.microsoft.com/azure/key-vault/general/soft-delete-overview"
  }

  caveat "unsupported-key-spec" {
    when     = can(regex("^(SM2|ML_DSA)", try(upper(self.customer_master_key_spec), upper(self.KeySpec), "")))
    severity = "error"
    message  = "Key Vault and Managed HSM have no SM2 or ML-DSA keys: their asymmetric keys are RSA (2048, 3072, 4096 bits) and EC (P-256, P-256K, P-384, P-521). Keep signing with this algorithm outside Azure key management, or move to a supported algorithm."
    link     = "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details"
  }

  caveat "key-agreement" {
    when     = try(upper(self.key_usage), upper(self.KeyUsage), "") == "KEY_AGREEMENT"
    severity = "warning"
    message  = "Key Vault EC keys sign and verify only: there is no ECDH key agreement operation, so derive shared secrets in the application with a key it holds (kept as a Key Vault secret), or redesign around RSA wrap and unwrap."
    link     = "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details"
  }

  caveat "custom-key-store" {
    when     = can(self.custom_key_store_id) || can(self.CustomKeyStoreId) || contains(["AWS_CLOUDHSM", "EXTERNAL_KEY_STORE"], try(upper(self.Origin), ""))
    severity = "warning"
    message  = "The key lives in a custom key store: a CloudHSM-backed store becomes a Managed HSM (azurerm_key_vault_managed_hardware_security_module_key), while an external key store has no Azure counterpart, because Key Vault and Managed HSM always hold the key material themselves."
    link     = "https://learn.microsoft.com/azure/key-vault/managed-hsm/overview"
  }

  caveat "imported-material" {
    when     = try(upper(self.Origin), "") == "EXTERNAL"
    severity = "info"
    message  = "Key material you import (Origin EXTERNAL) becomes a bring-your-own-key import into a Premium vault or a Managed HSM (symmetric keys only into Managed HSM); the import is a data-plane operation, not something azurerm_key_vault_key can declare."
    link     = "https://learn.microsoft.com/azure/key-vault/keys/byok-specification"
  }
}

mapping "aws_kms_alias" {
  cloudformation = ["AWS::KMS::Alias"]
  service        = "Azure Key Vault"
  status         = "implicit"
  azurerm        = ["azurerm_key_vault_key"]
  arm            = ["Microsoft.KeyVault/vaults/keys"]
  link           = "https://learn.microsoft.com/azure/key-vault/general/about-keys-secrets-certificates"
  note           = "Keys are addressed by vault and name (a versionless key ID follows the latest version), so an alias is just the key's name."
}

mapping "aws_kms_grant" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/key-vault/general/rbac-guide"
  note    = "A grant becomes a role assignment on the key (for example Key Vault Crypto Service Encryption User); grant constraints (encryption context) have no equivalent."
}

mapping "aws_kms_replica_key" {
  cloudformation = ["AWS::KMS::ReplicaKey"]
  service        = "Azure Key Vault"
  status         = "partial"
  azurerm        = ["azurerm_key_vault_key"]
  arm            = ["Microsoft.KeyVault/vaults/keys"]
  link           = "https://learn.microsoft.com/azure/key-vault/general/disaster-recovery-guidance"
  note           = "Replica keys don't exist: restore a backup of the key into a vault in the other region (same geography only), or use Managed HSM multi-region replication."
}

data "aws_kms_key" {
  service = "Azure Key Vault"
  status  = "direct"
  azurerm = ["azurerm_key_vault_key"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/about-keys"
  note    = "Looks up a key by name in a vault (key_vault_id); alias names become the key name."
}

data "aws_kms_alias" {
  service = "Azure Key Vault"
  status  = "direct"
  azurerm = ["azurerm_key_vault_key"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/about-keys"
  note    = "Keys are looked up by vault and name; there are no aliases."
}

mapping "aws_kms_external_key" {
  service = "Azure Key Vault (bring your own key)"
  status  = "partial"
  azurerm = ["azurerm_key_vault", "azurerm_key_vault_managed_hardware_security_module"]
  arm     = ["Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/byok-specification"
  note    = "Imported key material becomes a key imported into a Premium Key Vault or a Managed HSM. The import is a data-plane operation (az keyvault key import with a BYOK file wrapped by a key-exchange key the HSM generates, or a PEM/JWK for software-protected keys), not something azurerm_key_vault_key can do: it only creates keys inside the vault, so the imported key is referenced by ID instead of being declared."

  caveat "symmetric-import" {
    when     = try(upper(self.key_spec), upper(self.customer_master_key_spec), "SYMMETRIC_DEFAULT") == "SYMMETRIC_DEFAULT"
    severity = "warning"
    message  = "Imported symmetric (AES) key material can only go into Managed HSM; a Key Vault vault imports RSA and EC keys."
    link     = "https://learn.microsoft.com/azure/key-vault/managed-hsm/hsm-protected-keys-byok"
  }

  caveat "material-expiry" {
    when     = can(self.valid_to)
    severity = "info"
    message  = "Key material that expires (valid_to) has no exact match: set the key's expiration_date, which blocks cryptographic use after that time but does not delete the material; delete or purge the key yourself if the material must go."
    link     = "https://learn.microsoft.com/azure/key-vault/keys/about-keys-details"
  }
}

mapping "aws_kms_replica_external_key" {
  service = "Azure Key Vault (bring your own key)"
  status  = "partial"
  azurerm = ["azurerm_key_vault", "azurerm_key_vault_managed_hardware_security_module"]
  arm     = ["Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/byok-specification"
  note    = "There are no multi-region replica keys: import the same key material into a vault (or Managed HSM) in each region, which gives every region an independent copy; Managed HSM multi-region replication is the managed alternative."
}

mapping "aws_kms_ciphertext" {
  service = "Azure Key Vault"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/key-vault/secrets/about-secrets"
  note    = "Encrypting a value at apply time has no azurerm counterpart (and the plaintext ends up in Terraform state anyway): store the value as a Key Vault secret (azurerm_key_vault_secret) that consumers read at run time, or let the application encrypt with a Key Vault key (encrypt or wrapKey operation)."
}

data "aws_kms_public_key" {
  service = "Azure Key Vault"
  status  = "direct"
  azurerm = ["azurerm_key_vault_key"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/about-keys"
  note    = "azurerm_key_vault_key exports the public part of an asymmetric key (public_key_pem, public_key_openssh, modulus and exponent or curve points)."
}

data "aws_kms_ciphertext" {
  service = "Azure Key Vault"
  status  = "partial"
  azurerm = ["azurerm_key_vault_encrypted_value"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/about-keys"
  note    = "azurerm_key_vault_encrypted_value encrypts plain_text_value with a vault key and algorithm. Vaults encrypt with RSA keys (symmetric AES keys need Managed HSM), so only small payloads fit."
}

data "aws_kms_secrets" {
  service = "Azure Key Vault"
  status  = "partial"
  azurerm = ["azurerm_key_vault_encrypted_value"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/about-keys"
  note    = "Decrypt each ciphertext with its own azurerm_key_vault_encrypted_value (encrypted_data, key and algorithm); KMS ciphertexts must be re-encrypted with the Key Vault key first. Storing the value as a Key Vault secret is usually simpler."
}

data "aws_kms_secret" {
  service = "Azure Key Vault"
  status  = "partial"
  azurerm = ["azurerm_key_vault_encrypted_value"]
  link    = "https://learn.microsoft.com/azure/key-vault/keys/about-keys"
  note    = "Older single-secret form of aws_kms_secrets: decrypt with azurerm_key_vault_encrypted_value after re-encrypting with a Key Vault key, or store the value as a Key Vault secret."
}

data "aws_kms_custom_key_store" {
  service = "Azure Key Vault Managed HSM"
  status  = "partial"
  azurerm = ["azurerm_key_vault_managed_hardware_security_module"]
  link    = "https://learn.microsoft.com/azure/key-vault/managed-hsm/overview"
  note    = "A CloudHSM-backed key store becomes a Managed HSM, looked up by name and resource group; external key stores have no equivalent."
}

mapping "aws_kms_custom_key_store" {
  service = "Azure Key Vault Managed HSM"
  status  = "partial"
  azurerm = ["azurerm_key_vault_managed_hardware_security_module"]
  arm     = ["Microsoft.KeyVault/managedHSMs"]
  link    = "https://learn.microsoft.com/azure/key-vault/managed-hsm/overview"
  note    = "A CloudHSM-backed key store becomes a Managed HSM: a single-tenant, FIPS 140 Level 3 validated HSM pool that Azure operates and you control through its security domain and local RBAC. There is no HSM cluster to connect or disconnect, and keys are created in it directly (azurerm_key_vault_managed_hardware_security_module_key)."

  caveat "external-key-store" {
    when     = try(upper(self.custom_key_store_type), "") == "EXTERNAL_KEY_STORE"
    severity = "error"
    message  = "An external key store (keys held outside the cloud and called through a proxy) has no Azure counterpart: Key Vault and Managed HSM always hold the key material themselves. Importing your own key (BYOK) keeps its origin under your control, but the key then lives in Azure."
    link     = "https://learn.microsoft.com/azure/key-vault/managed-hsm/hsm-protected-keys-byok"
  }
}

mapping "aws_kms_key_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/key-vault/general/rbac-guide"
  note    = "A key policy document becomes role assignments on the key or vault (Key Vault Crypto Officer for administrators, Key Vault Crypto User or Crypto Service Encryption User for users and services); keys in a Managed HSM use its local RBAC (azurerm_key_vault_managed_hardware_security_module_role_assignment). Policy conditions (encryption context, via-service, source account) have no equivalent."
}
