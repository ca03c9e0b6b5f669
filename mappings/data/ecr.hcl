# Amazon ECR → Azure Container Registry.

mapping "aws_ecr_repository" {
  cloudformation = ["AWS::ECR::Repository"]
  service        = "Azure Container Registry"
  status         = "implicit"
  azurerm        = ["azurerm_container_registry"]
  arm            = ["Microsoft.ContainerRegistry/registries"]
  link           = "https://learn.microsoft.com/azure/container-registry/container-registry-intro"
  note           = "Repositories are created on first push inside a registry, so they are not declared; one azurerm_container_registry (Premium for private endpoints, geo-replication and retention policies) replaces the account's ECR. Scan on push becomes Microsoft Defender for Containers; tag immutability becomes repository or tag locks."

  caveat "tag-immutability" {
    when     = startswith(try(upper(self.image_tag_mutability), upper(self.ImageTagMutability), "MUTABLE"), "IMMUTABLE")
    severity = "warning"
    message  = "Azure Container Registry has no setting that rejects pushes over an existing tag: lock each image after it is pushed (az acr repository update --write-enabled false on the image) from the pipeline, or publish only unique tags and deploy by digest."
    link     = "https://learn.microsoft.com/azure/container-registry/container-registry-image-lock"
  }

  caveat "scan-on-push" {
    when     = try(tostring(try(self.image_scanning_configuration[0].scan_on_push, self.ImageScanningConfiguration.ScanOnPush)) == "true", false)
    severity = "info"
    message  = "Scan on push becomes Microsoft Defender for Containers, a paid plan enabled per subscription (azurerm_security_center_subscription_pricing, resource_type Containers) that scans every registry in it; findings appear in Defender for Cloud rather than on the image."
    link     = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction"
  }

  caveat "customer-managed-key" {
    when     = startswith(try(upper(self.encryption_configuration[0].encryption_type), upper(self.EncryptionConfiguration.EncryptionType), "AES256"), "KMS")
    severity = "info"
    message  = "Encryption with your own key needs a Premium registry with a Key Vault key and a user-assigned identity (encryption block), and it is set for the whole registry when the registry is created, not per repository."
    link     = "https://learn.microsoft.com/azure/container-registry/tutorial-enable-customer-managed-keys"
  }
}

mapping "aws_ecr_lifecycle_policy" {
  service = "Azure Container Registry"
  status  = "partial"
  azurerm = ["azurerm_container_registry_task"]
  arm     = ["Microsoft.ContainerRegistry/registries/tasks"]
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-auto-purge"
  note    = "Lifecycle rules become a scheduled ACR task running acr purge (by age and tag filter), plus the registry's retention policy for untagged manifests (Premium)."

  caveat "count-rule" {
    when     = can(regex("imageCountMoreThan", try(self.policy, "")))
    severity = "info"
    message  = "Rules that keep the newest N images become acr purge with --keep N (combined with --ago and a --filter on repository and tag pattern) in the scheduled task; --keep spares the N most recent of the tags that would otherwise be deleted."
    link     = "https://learn.microsoft.com/azure/container-registry/container-registry-auto-purge"
  }

  caveat "untagged-rule" {
    when     = can(regex("\"untagged\"", try(self.policy, "")))
    severity = "info"
    message  = "Rules for untagged images become acr purge --untagged in the scheduled task, or the registry's retention policy for untagged manifests (Premium tier, a number of days)."
    link     = "https://learn.microsoft.com/azure/container-registry/container-registry-retention-policy"
  }
}

mapping "aws_ecr_repository_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-roles"
  note    = "Repository policies become role assignments (AcrPull, AcrPush) on the registry, or repository-scoped tokens and scope maps."
}

mapping "aws_ecr_replication_configuration" {
  cloudformation = ["AWS::ECR::ReplicationConfiguration"]
  service        = "Azure Container Registry geo-replication"
  status         = "direct"
  azurerm        = ["azurerm_container_registry"]
  arm            = ["Microsoft.ContainerRegistry/registries/replications"]
  link           = "https://learn.microsoft.com/azure/container-registry/container-registry-geo-replication"
  note           = "Cross-region replication becomes georeplications blocks on a Premium registry."
}

mapping "aws_ecr_pull_through_cache_rule" {
  cloudformation = ["AWS::ECR::PullThroughCacheRule"]
  service        = "Azure Container Registry artifact cache"
  status         = "direct"
  azurerm        = ["azurerm_container_registry_cache_rule"]
  arm            = ["Microsoft.ContainerRegistry/registries/cacheRules"]
  requires       = ["azurerm_container_registry"]
  link           = "https://learn.microsoft.com/azure/container-registry/artifact-cache-overview"
  note           = "A pull-through cache rule becomes a cache rule that maps a target repository in the registry (wildcards allowed, e.g. dockerhub/*) to an upstream repository path; images are cached on first pull. Artifact cache works on every registry tier."

  caveat "upstream-credentials" {
    when     = can(self.credential_arn) || can(self.CredentialArn)
    severity = "info"
    message  = "Upstream credentials kept in Secrets Manager become a credential set (azurerm_container_registry_credential_set) that points at username and password secrets in Key Vault; grant the credential set's managed identity read access to those secrets."
    link     = "https://learn.microsoft.com/azure/container-registry/artifact-cache-overview"
  }

  caveat "unsupported-upstream" {
    when     = can(regex("dkr\\.ecr\\.|gitlab|chainguard", try(lower(self.upstream_registry_url), lower(self.UpstreamRegistryUrl), "")))
    severity = "warning"
    message  = "Artifact cache supports a fixed list of upstream registries (such as Docker Hub, Microsoft Artifact Registry, ECR Public, GitHub Container Registry, Quay and registry.k8s.io); check that this upstream is on it. Otherwise copy the images into the registry with az acr import, or an ACR task on a schedule."
    link     = "https://learn.microsoft.com/azure/container-registry/container-registry-import-images"
  }
}


mapping "aws_ecr_registry_policy" {
  cloudformation = ["AWS::ECR::RegistryPolicy"]
  service        = "Azure role-based access control"
  status         = "partial"
  azurerm        = ["azurerm_role_assignment"]
  arm            = ["Microsoft.Authorization/roleAssignments"]
  link           = "https://learn.microsoft.com/azure/container-registry/container-registry-roles"
  note           = "A registry policy (typically letting other accounts replicate into or pull from the registry) becomes role assignments on the registry, such as AcrPull or AcrPush for identities from other subscriptions in the same Entra tenant. Geo-replication needs no grant because replicas belong to the same registry."
}

mapping "aws_ecr_registry_scanning_configuration" {
  cloudformation = ["AWS::ECR::RegistryScanningConfiguration"]
  service        = "Microsoft Defender for Containers"
  status         = "partial"
  azurerm        = ["azurerm_security_center_subscription_pricing"]
  arm            = ["Microsoft.Security/pricings"]
  link           = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-containers-introduction"
  note           = "Image vulnerability scanning becomes the Defender for Containers plan (resource_type = \"Containers\", tier Standard) on the subscription, which scans images in every registry of the subscription and rescans them as new vulnerabilities are published. Per-repository scan filters and the choice between basic and enhanced scanning have no equivalent; results appear in Defender for Cloud recommendations."
}

mapping "aws_ecr_repository_creation_template" {
  cloudformation = ["AWS::ECR::RepositoryCreationTemplate"]
  service        = "Azure Container Registry"
  status         = "implicit"
  azurerm        = ["azurerm_container_registry"]
  arm            = ["Microsoft.ContainerRegistry/registries"]
  link           = "https://learn.microsoft.com/azure/container-registry/container-registry-intro"
  note           = "Repositories created on push inherit the registry's settings (encryption, network rules, retention), so no template is needed. Settings ECR applies per repository move elsewhere: lifecycle rules to a scheduled acr purge task, permissions to role assignments or scope maps, immutability to repository locks set after the first push."
}

mapping "aws_ecrpublic_repository" {
  cloudformation = ["AWS::ECR::PublicRepository"]
  service        = "Azure Container Registry (anonymous pull)"
  status         = "partial"
  azurerm        = ["azurerm_container_registry"]
  arm            = ["Microsoft.ContainerRegistry/registries"]
  link           = "https://learn.microsoft.com/azure/container-registry/anonymous-pull-access"
  note           = "Public images live in a registry with anonymous_pull_enabled (Standard or Premium tier). Anonymous pull applies to every repository in that registry, so keep public images in a registry of their own; there is no public gallery, so publish the image address (<registry>.azurecr.io/<repository>) yourself."

  caveat "catalog-data" {
    when     = can(self.catalog_data[0]) || can(self.RepositoryCatalogData)
    severity = "info"
    message  = "Catalog data (description, logo, usage text, architectures) has no place in Azure Container Registry: publish it with the project's documentation or on a public catalog such as Docker Hub."
    link     = "https://learn.microsoft.com/azure/container-registry/anonymous-pull-access"
  }
}

mapping "aws_ecrpublic_repository_policy" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-roles"
  note    = "Pulling is anonymous already; who may push becomes AcrPush role assignments on the public registry, or a repository-scoped token and scope map for external publishers."
}

data "aws_ecr_repository" {
  service = "Azure Container Registry"
  status  = "partial"
  azurerm = ["azurerm_container_registry"]
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-intro"
  note    = "Look up the registry; the repository URL is <registry>.azurecr.io/<repository>."
}

data "aws_ecr_repositories" {
  service = "Azure Container Registry"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-concepts"
  note    = "Repositories are not Azure resources: they exist inside a registry (look it up with azurerm_container_registry) and are listed with az acr repository list."
}

data "aws_ecr_authorization_token" {
  service = "Azure Container Registry"
  status  = "partial"
  azurerm = ["azurerm_container_registry"]
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-authentication"
  note    = "Clients authenticate with Microsoft Entra ID (az acr login, managed identities with AcrPull); azurerm_container_registry returns the login server and, only when the admin user is enabled, admin credentials. Scoped repository tokens come from azurerm_container_registry_token."
}

data "aws_ecr_image" {
  service = "Azure Container Registry"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-concepts"
  note    = "azurerm cannot look up an image or tag digest: resolve it with az acr manifest or the registry's Docker API, and pin the digest in the configuration."
}

data "aws_ecr_images" {
  service = "Azure Container Registry"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-concepts"
  note    = "azurerm cannot list the images of a repository: use az acr repository show-tags or az acr manifest list-metadata."
}

data "aws_ecr_pull_through_cache_rule" {
  service = "Azure Container Registry artifact cache"
  status  = "direct"
  azurerm = ["azurerm_container_registry_cache_rule"]
  link    = "https://learn.microsoft.com/azure/container-registry/artifact-cache-overview"
  note    = "Looks up a cache rule by name and registry (source and target repositories, credential set)."
}

data "aws_ecr_lifecycle_policy_document" {
  service = "Azure Container Registry"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-auto-purge"
  note    = "There is no lifecycle policy document: cleanup rules become acr purge filters in a scheduled ACR task, plus the retention policy for untagged manifests (Premium)."
}

mapping "aws_ecr_account_setting" {
  service = "Azure Container Registry"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-intro"
  note    = "Azure Container Registry has no account-wide settings: options are set per registry on azurerm_container_registry, and vulnerability scanning (the basic scan version setting) is part of Microsoft Defender for Containers, enabled per subscription."
}

mapping "aws_ecr_pull_time_update_exclusion" {
  cloudformation = ["AWS::ECR::PullTimeUpdateExclusion"]
  service        = "Azure Container Registry"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/container-registry/container-registry-auto-purge"
  note           = "Azure Container Registry cleanup does not key on last pull time, so there is nothing to exclude principals from: acr purge filters on tag age and name patterns; keep scanners and other automated pullers from affecting cleanup by choosing those filters."
}

mapping "AWS::ECR::SigningConfiguration" {
  service = "Azure Container Registry (Notary Project signatures)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-tutorial-sign-build-push"
  note    = "The registry does not sign images on push: sign them in the build pipeline with Notation and a certificate in Azure Key Vault (signatures are stored next to the image in the registry), and verify them at deployment, for example with Ratify and Azure Policy on AKS."
}

data "aws_ecr_repository_creation_template" {
  service = "Azure Container Registry"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-intro"
  note    = "There are no repository templates: repositories inherit the settings of their registry, which azurerm_container_registry looks up."
}

data "aws_ecrpublic_authorization_token" {
  service = "Azure Container Registry (anonymous pull)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/container-registry/anonymous-pull-access"
  note    = "Pulling from a registry with anonymous pull enabled needs no token; publishers authenticate with Microsoft Entra ID (az acr login) or a repository-scoped token."
}

data "aws_ecrpublic_images" {
  service = "Azure Container Registry"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/container-registry/container-registry-concepts"
  note    = "azurerm cannot list the images of a repository: use az acr repository show-tags or az acr manifest list-metadata against the public registry."
}
