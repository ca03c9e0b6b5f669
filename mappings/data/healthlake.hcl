# AWS HealthLake → Azure Health Data Services FHIR service.

mapping "AWS::HealthLake::FHIRDatastore" {
  service = "Azure Health Data Services (FHIR service)"
  status  = "partial"
  azurerm = ["azurerm_healthcare_workspace", "azurerm_healthcare_fhir_service"]
  arm     = ["Microsoft.HealthcareApis/workspaces", "Microsoft.HealthcareApis/workspaces/fhirservices"]
  link    = "https://learn.microsoft.com/azure/healthcare-apis/fhir/overview"
  note    = "A FHIR R4 data store becomes a FHIR service (kind fhir-R4) in a Health Data Services workspace, authenticated with Microsoft Entra ID; bulk loads from S3 become the $import operation from Blob Storage, and SMART on FHIR is supported. HealthLake's built-in medical NLP enrichment of clinical notes has no counterpart: call Text Analytics for health in Azure AI Language and write the results back as FHIR resources."

  caveat "preload" {
    when     = can(self.PreloadDataConfig)
    severity = "info"
    message  = "The FHIR service has no option to preload Synthea sample data: generate it with Synthea and load it with $import or the FHIR API."
    link     = "https://learn.microsoft.com/azure/healthcare-apis/fhir/import-data"
  }

  caveat "smart-on-fhir" {
    when     = can(self.IdentityProviderConfiguration)
    severity = "info"
    message  = "SMART on FHIR scopes are enforced with Microsoft Entra ID as the identity provider (enable SMART access on the FHIR service and register the apps in Entra ID); an external authorization server and Lambda token validation have no direct counterpart."
    link     = "https://learn.microsoft.com/azure/healthcare-apis/fhir/smart-on-fhir"
  }
}
