# AWS HealthImaging → DICOM service in Azure Health Data Services.

mapping "AWS::HealthImaging::Datastore" {
  service  = "Azure Health Data Services DICOM service"
  status   = "partial"
  azurerm  = ["azurerm_healthcare_dicom_service"]
  arm      = ["Microsoft.HealthcareApis/workspaces/dicomservices"]
  requires = ["azurerm_healthcare_workspace"]
  link     = "https://learn.microsoft.com/azure/healthcare-apis/dicom/overview"
  note     = "A data store becomes a DICOM service in a Health Data Services workspace, accessed with the standard DICOMweb APIs (STOW-RS, WADO-RS, QIDO-RS) and Microsoft Entra tokens. HealthImaging's own import jobs and image frame API become DICOMweb uploads and retrieves."
}
