# AWS B2B Data Interchange (X12 EDI) → Azure Logic Apps enterprise integration (integration account
# partners, agreements, schemas and maps with the X12 connector actions).

mapping "AWS::B2BI::Profile" {
  service  = "Azure Logic Apps enterprise integration"
  status   = "partial"
  azurerm  = ["azurerm_logic_app_integration_account_partner"]
  arm      = ["Microsoft.Logic/integrationAccounts/partners"]
  requires = ["azurerm_logic_app_integration_account"]
  link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-partners"
  note     = "Your business profile becomes the host partner in an integration account, identified by its X12 qualifier and ID (business_identity); contact details go in the partner metadata. Logging is set with diagnostic settings on the integration account and workflows."
}

mapping "AWS::B2BI::Partnership" {
  service  = "Azure Logic Apps enterprise integration"
  status   = "partial"
  azurerm  = ["azurerm_logic_app_integration_account_partner", "azurerm_logic_app_integration_account_agreement"]
  arm      = ["Microsoft.Logic/integrationAccounts/partners", "Microsoft.Logic/integrationAccounts/agreements"]
  requires = ["azurerm_logic_app_integration_account"]
  link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-agreements"
  note     = "A trading partner becomes a guest partner plus an X12 agreement between it and the host partner. The agreement holds envelope, acknowledgement and validation settings that B2BI keeps on the partnership and capability."
}

mapping "AWS::B2BI::Capability" {
  service  = "Azure Logic Apps enterprise integration"
  status   = "partial"
  azurerm  = ["azurerm_logic_app_integration_account_agreement", "azurerm_logic_app_workflow"]
  arm      = ["Microsoft.Logic/integrationAccounts/agreements", "Microsoft.Logic/workflows"]
  requires = ["azurerm_logic_app_integration_account"]
  link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-x12"
  note     = "The X12 transaction settings become the agreement's X12 settings and schema references, and the S3 input and output locations become a workflow that picks up files from Blob Storage (or SFTP), runs the X12 decode or encode action and writes the result back; nothing processes files until you build that workflow."
}

mapping "AWS::B2BI::Transformer" {
  service  = "Azure Logic Apps enterprise integration"
  status   = "partial"
  azurerm  = ["azurerm_logic_app_integration_account_map", "azurerm_logic_app_integration_account_schema"]
  arm      = ["Microsoft.Logic/integrationAccounts/maps", "Microsoft.Logic/integrationAccounts/schemas"]
  requires = ["azurerm_logic_app_integration_account"]
  link     = "https://learn.microsoft.com/azure/logic-apps/logic-apps-enterprise-integration-maps"
  note     = "The X12 schema becomes an integration account schema and the mapping a map (XSLT or Liquid) applied by a transform action in the workflow. JSONata mappings must be rewritten as Liquid templates, and generative AI mapping assistance has no counterpart."
}
