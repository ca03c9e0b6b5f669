# AWS Lake Formation → OneLake security and Fabric item permissions (Microsoft Fabric), Unity
# Catalog (Azure Databricks) and Microsoft Purview. Lake permissions are data-plane objects, not ARM.

mapping "aws_lakeformation_data_lake_settings" {
  cloudformation = ["AWS::LakeFormation::DataLakeSettings"]
  service        = "OneLake security or Azure Databricks Unity Catalog"
  status         = "implicit"
  link           = "https://learn.microsoft.com/fabric/onelake/security/data-access-control-model"
  note           = "Data lake administrators become workspace Admins in Fabric (or the Unity Catalog metastore admin). Default permissions for new databases and tables have no setting: OneLake security denies access to data unless a role grants it, while workspace Admins, Members and Contributors always see all data in the workspace."
}

mapping "aws_lakeformation_permissions" {
  cloudformation = ["AWS::LakeFormation::Permissions", "AWS::LakeFormation::PrincipalPermissions"]
  service        = "OneLake security or Azure Databricks Unity Catalog"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/onelake/security/data-access-control-model"
  note           = "Grants become OneLake security roles (Read or ReadWrite on tables, schemas or folders, with Entra users and groups as members) or Unity Catalog GRANT statements; files kept in Azure Data Lake Storage are protected with Storage Blob Data roles and POSIX ACLs. Roles only grant: there is no deny, and workspace roles above Viewer are not restricted. IAM principals become Entra users, groups or service principals; cross-account grants become Fabric external data sharing or Entra B2B guests."

  caveat "column-level" {
    when     = can(self.table_with_columns[0]) || can(self.Resource.TableWithColumnsResource) || can(self.Resource.TableWithColumns)
    severity = "info"
    message  = "Column-level grants become column-level security in a OneLake security role, or column masks and views in Unity Catalog."
    link     = "https://learn.microsoft.com/fabric/onelake/security/row-level-security"
  }

  caveat "tag-based" {
    when     = can(self.lf_tag_policy[0]) || can(self.Resource.LFTagPolicy)
    severity = "warning"
    message  = "Tag-based grants (LF-TBAC) have no equivalent in OneLake security: grant on explicit tables, schemas or folders, or look at Unity Catalog tags with attribute-based policies in Azure Databricks."
    link     = "https://learn.microsoft.com/azure/databricks/data-governance/unity-catalog/"
  }
}

mapping "aws_lakeformation_resource" {
  cloudformation = ["AWS::LakeFormation::Resource"]
  service        = "OneLake shortcuts or Unity Catalog external locations"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/onelake/onelake-shortcuts"
  note           = "Registering an S3 location becomes a OneLake shortcut to the Azure Data Lake Storage (or S3) path with a connection holding its credentials, or a Unity Catalog external location with a storage credential (a managed identity through azurerm_databricks_access_connector)."
}

mapping "aws_lakeformation_data_cells_filter" {
  cloudformation = ["AWS::LakeFormation::DataCellsFilter"]
  service        = "OneLake security or Azure Databricks Unity Catalog"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/onelake/security/row-level-security"
  note           = "Row and cell filters become row-level and column-level security in a OneLake security role (enforced by Fabric engines; row filters apply only to Delta tables) or row filters and column masks in Unity Catalog. Rewrite the PartiQL row filter as a SQL predicate."
}

mapping "aws_lakeformation_lf_tag" {
  cloudformation = ["AWS::LakeFormation::Tag"]
  service        = "OneLake security or Azure Databricks Unity Catalog"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "OneLake security has no access tags. Replace tag-based access with roles on explicit tables, schemas or folders, use Unity Catalog tags with attribute-based policies in Azure Databricks, or keep descriptive tags as Microsoft Purview classifications and glossary terms."
}

mapping "aws_lakeformation_lf_tag_expression" {
  service = "OneLake security or Azure Databricks Unity Catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note    = "Tag expressions have no counterpart: express the same scope as explicit OneLake security roles or Unity Catalog policies."
}

mapping "aws_lakeformation_resource_lf_tags" {
  terraform      = ["aws_lakeformation_resource_lf_tags", "aws_lakeformation_resource_lf_tag"]
  cloudformation = ["AWS::LakeFormation::TagAssociation"]
  service        = "OneLake security or Azure Databricks Unity Catalog"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/architecture/aws-professional/analytics"
  note           = "Attaching access tags to databases, tables or columns has no OneLake counterpart: add the objects to the matching roles instead, or tag them in Unity Catalog where attribute-based policies are used."
}

mapping "aws_lakeformation_identity_center_configuration" {
  service = "Microsoft Entra ID"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/onelake/security/data-access-control-model"
  note    = "Fabric, Purview and Azure Databricks authenticate with Entra ID natively, so users and groups are granted access directly; there is nothing to integrate."
}

mapping "aws_lakeformation_opt_in" {
  service = "OneLake security"
  status  = "implicit"
  link    = "https://learn.microsoft.com/fabric/onelake/security/data-access-control-model"
  note    = "There is no hybrid access mode to opt principals into: once OneLake security is enabled on an item, Viewers read data only through roles, while workspace roles above Viewer keep full access."
}

data "aws_lakeformation_data_lake_settings" {
  service = "OneLake security or Azure Databricks Unity Catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/onelake/security/data-access-control-model"
  note    = "azurerm has no data source for lake administrators; read workspace roles or metastore admins through the Fabric or Databricks APIs."
}

data "aws_lakeformation_permissions" {
  service = "OneLake security or Azure Databricks Unity Catalog"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/onelake/security/data-access-control-model"
  note    = "azurerm has no data source for OneLake roles or Unity Catalog grants; use the Fabric REST API or the databricks provider."
}

data "aws_lakeformation_resource" {
  service = "OneLake shortcuts or Unity Catalog external locations"
  status  = "none"
  link    = "https://learn.microsoft.com/fabric/onelake/onelake-shortcuts"
  note    = "azurerm has no data source for shortcuts or external locations; look up the underlying storage account with data azurerm_storage_account."
}
