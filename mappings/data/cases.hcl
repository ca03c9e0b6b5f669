# Amazon Connect Cases → no Azure service: case management lives in Dynamics 365 Customer
# Service (Dataverse), or in the application's own data store.

mapping "AWS::Cases::Domain" {
  service = "Dynamics 365 Customer Service"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Azure has no case management service: move cases to Dynamics 365 Customer Service (a Dataverse environment, provisioned outside Azure Resource Manager) or store them in the application's own database."
}

mapping "AWS::Cases::Field" {
  service = "Dynamics 365 Customer Service"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Custom case fields become columns added to the Dataverse Case table (in a solution), or columns of your own case schema."
}

mapping "AWS::Cases::Layout" {
  service = "Dynamics 365 Customer Service"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Agent-facing case layouts become forms of the Case table in the Customer Service app, or screens of your own agent application."
}

mapping "AWS::Cases::Template" {
  service = "Dynamics 365 Customer Service"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Case templates (which fields and layout a case type uses) become case types with their own forms and business rules in Customer Service, or application logic."
}

mapping "AWS::Cases::CaseRule" {
  service = "Dynamics 365 Customer Service"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-service/"
  note    = "Field rules (required, hidden or conditional fields) become business rules on the Case table, or validation in your own application."
}
