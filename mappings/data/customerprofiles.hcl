# Amazon Connect Customer Profiles → Dynamics 365 Customer Insights - Data (a Dynamics 365
# application, not an Azure resource).

mapping "AWS::CustomerProfiles::Domain" {
  terraform      = ["aws_customerprofiles_domain"]
  cloudformation = ["AWS::CustomerProfiles::ObjectType", "AWS::CustomerProfiles::DomainObjectType"]
  service        = "Dynamics 365 Customer Insights - Data"
  status         = "none"
  link           = "https://learn.microsoft.com/dynamics365/customer-insights/data/overview"
  note           = "There is no Azure resource for unified customer profiles: a domain and its object types become a Customer Insights - Data environment whose data sources are mapped and unified (deduplication and matching rules) in the application, configured outside Terraform and ARM. Dynamics 365 Contact Center is the Amazon Connect counterpart that consumes the profiles."
}

mapping "AWS::CustomerProfiles::Integration" {
  cloudformation = ["AWS::CustomerProfiles::EventStream"]
  service        = "Dynamics 365 Customer Insights - Data"
  status         = "none"
  link           = "https://learn.microsoft.com/dynamics365/customer-insights/data/overview"
  note           = "Ingesting profile data from applications becomes Customer Insights - Data sources (Power Query connectors, Azure Data Lake or Dataverse tables), and streaming profile changes out becomes its exports; both are configured in the application, not as Azure resources."
}

mapping "AWS::CustomerProfiles::CalculatedAttributeDefinition" {
  cloudformation = ["AWS::CustomerProfiles::SegmentDefinition", "AWS::CustomerProfiles::EventTrigger"]
  service        = "Dynamics 365 Customer Insights - Data"
  status         = "none"
  link           = "https://learn.microsoft.com/dynamics365/customer-insights/data/overview"
  note           = "Calculated attributes become Customer Insights - Data measures and segment definitions become its segments, defined in the application; event-driven actions on profile changes become Customer Insights - Journeys triggers or a Power Automate flow."
}

mapping "AWS::CustomerProfiles::Recommender" {
  service = "Azure Machine Learning"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/machine-learning/overview-what-is-azure-machine-learning"
  note    = "There is no managed recommender attached to customer profiles: train and host a recommendation model in Azure Machine Learning (or Azure Databricks) on the unified profile and event data."
}

mapping "aws_customerprofiles_profile" {
  service = "Dynamics 365 Customer Insights - Data"
  status  = "none"
  link    = "https://learn.microsoft.com/dynamics365/customer-insights/data/overview"
  note    = "A single customer profile is data, not infrastructure: Customer Insights - Data builds unified profiles from its data sources, so load the record through a source system instead of declaring it in Terraform."
}
