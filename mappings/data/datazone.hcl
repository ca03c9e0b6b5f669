# Amazon DataZone → Microsoft Purview Unified Catalog (governance domains, data products, glossary,
# access requests). Only the Purview account is an ARM resource; catalog content is data plane.

mapping "aws_datazone_domain" {
  cloudformation = ["AWS::DataZone::Domain"]
  service        = "Microsoft Purview Unified Catalog"
  status         = "partial"
  azurerm        = ["azurerm_purview_account"]
  arm            = ["Microsoft.Purview/accounts"]
  link           = "https://learn.microsoft.com/purview/unified-catalog"
  note           = "A DataZone domain becomes Microsoft Purview Unified Catalog with one or more governance domains. The Purview account is the only ARM resource; governance domains, data products and policies are created in the Purview portal or its REST APIs. The business data catalog and subscription (access request) workflow map to data products and access policies on them."
}

mapping "aws_datazone_glossary" {
  service = "Microsoft Purview Unified Catalog"
  status  = "partial"
  link    = "https://learn.microsoft.com/purview/unified-catalog-glossary-terms"
  note    = "There is no separate glossary object: glossary terms are created within a governance domain, which plays the role of the glossary."
}

mapping "aws_datazone_glossary_term" {
  service = "Microsoft Purview Unified Catalog"
  status  = "partial"
  link    = "https://learn.microsoft.com/purview/unified-catalog-glossary-terms"
  note    = "A glossary term becomes a Unified Catalog glossary term in the governance domain, linked to data products. Terms are created in the portal or through the REST API, not ARM."
}

mapping "aws_datazone_project" {
  cloudformation = ["AWS::DataZone::Project"]
  service        = "Microsoft Purview Unified Catalog"
  status         = "partial"
  link           = "https://learn.microsoft.com/purview/unified-catalog"
  note           = "Projects have no single counterpart: publishing teams own data products in a governance domain, consuming teams request access to those data products, and the team's working area is a Fabric or Azure Databricks workspace with its own members."
}

mapping "aws_datazone_user_profile" {
  cloudformation = ["AWS::DataZone::UserProfile"]
  service        = "Microsoft Entra ID"
  status         = "implicit"
  link           = "https://learn.microsoft.com/purview/unified-catalog"
  note           = "Purview uses Entra ID users and groups directly; there is no separate user profile to activate."
}

mapping "AWS::DataZone::GroupProfile" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/entra/fundamentals/concept-learn-about-groups"
  note    = "Entra ID security groups are assigned to Purview roles directly; there is no group profile."
}

mapping "AWS::DataZone::DataSource" {
  service = "Microsoft Purview Data Map"
  status  = "partial"
  azurerm = ["azurerm_purview_account"]
  arm     = ["Microsoft.Purview/accounts"]
  link    = "https://learn.microsoft.com/purview/concept-scans-and-ingestion"
  note    = "A data source that harvests Glue or Redshift metadata becomes a registered source with scheduled scans in the Purview Data Map (configured in the data plane, not ARM); scanned assets are then curated into data products."
}

mapping "aws_datazone_asset_type" {
  service = "Microsoft Purview Unified Catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "Custom asset types have no direct equivalent: asset types come from the Data Map's scanned sources. Model extra business metadata on data products and terms, or define custom types through the Data Map's Apache Atlas API."
}

mapping "aws_datazone_form_type" {
  cloudformation = ["AWS::DataZone::FormType"]
  service        = "Microsoft Purview Unified Catalog"
  status         = "none"
  link           = "https://learn.microsoft.com/purview/unified-catalog"
  note           = "Metadata forms have no direct equivalent: carry the fields as attributes of data products or terms, or as custom type definitions through the Data Map's Apache Atlas API."
}

mapping "aws_datazone_environment" {
  cloudformation = ["AWS::DataZone::Environment"]
  service        = "Microsoft Fabric or Azure Databricks workspaces"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "Purview doesn't provision analytics resources for a project. Create the team's Fabric or Azure Databricks workspace and its data stores with infrastructure as code, and register them in Purview as sources."
}

mapping "aws_datazone_environment_profile" {
  cloudformation = ["AWS::DataZone::EnvironmentProfile"]
  service        = "Microsoft Fabric or Azure Databricks workspaces"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "Environment profiles have no counterpart: keep the parameters in reusable Terraform modules or templates that create team workspaces."
}

mapping "aws_datazone_environment_blueprint_configuration" {
  cloudformation = ["AWS::DataZone::EnvironmentBlueprintConfiguration"]
  service        = "Microsoft Fabric or Azure Databricks workspaces"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "Blueprints have no counterpart: standardise team environments with Terraform modules and Azure Policy instead."
}

data "aws_datazone_domain" {
  service = "Microsoft Purview Unified Catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "azurerm has no Purview data source and governance domains are data-plane objects: pass the Purview account name as a variable and read domains through the Purview REST API."
}

data "aws_datazone_environment_blueprint" {
  service = "Microsoft Fabric or Azure Databricks workspaces"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note    = "There are no blueprints to look up; reference the Terraform modules that create team workspaces instead."
}

mapping "AWS::DataZone::Owner" {
  service = "Microsoft Purview Unified Catalog"
  status  = "implicit"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "Ownership becomes the Governance Domain Owner role on the matching governance domain (or Data Product Owner on a data product), assigned to Microsoft Entra users or groups in the Purview portal rather than through ARM."
}

mapping "AWS::DataZone::PolicyGrant" {
  service = "Microsoft Purview Unified Catalog"
  status  = "partial"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "Authorization grants become Unified Catalog roles on a governance domain (Governance Domain Owner, Data Steward, Data Product Owner, Data Catalog Reader and similar), assigned in the portal. The roles are fixed bundles: fine-grained grants such as creating only glossaries or only projects have no one-to-one match."
}

mapping "AWS::DataZone::ProjectMembership" {
  service = "Microsoft Purview Unified Catalog"
  status  = "partial"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "Project members become members of the team's working area (Fabric or Azure Databricks workspace roles, ideally through a Microsoft Entra group) plus Unified Catalog roles for those who publish data products; project owners map to Data Product Owner."
}

mapping "AWS::DataZone::ProjectProfile" {
  service = "Microsoft Purview Unified Catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "There are no project templates: provision each team's workspace, storage and access from your own infrastructure-as-code modules instead."
}

mapping "AWS::DataZone::EnvironmentActions" {
  service = "Microsoft Purview Unified Catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "Custom environment actions (links to consoles or tools) have no counterpart; document tool links on the data product or workspace instead."
}

mapping "AWS::DataZone::DomainUnit" {
  service = "Microsoft Purview Unified Catalog"
  status  = "partial"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "A domain unit (a business area inside the domain with its own owners and policies) becomes a governance domain in Unified Catalog, created in the portal or through the REST API, not ARM. Nested unit hierarchies may need flattening into separate governance domains."
}

mapping "AWS::DataZone::SubscriptionTarget" {
  service = "Microsoft Purview Unified Catalog"
  status  = "partial"
  link    = "https://learn.microsoft.com/purview/unified-catalog"
  note    = "A subscription target tells DataZone where to grant access once a subscription is approved. In Unified Catalog an approved access request on a data product is fulfilled by granting the requester access on the source (Fabric workspace or item roles, Azure Databricks Unity Catalog grants, Azure RBAC on storage); plan who or what performs that grant."
}

mapping "AWS::DataZone::Connection" {
  service = "Microsoft Fabric connections"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/data-factory/data-source-management"
  note    = "A project's connection to a data store (Redshift, Athena, Glue, S3 and so on) becomes a connection in Microsoft Fabric (or a Unity Catalog connection in Azure Databricks) that the team's workspace uses; credentials move to the connection or to Key Vault. Neither is managed by azurerm."
}
