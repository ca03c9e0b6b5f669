# AMZN::SDC: a CloudFormation registry type with no public documentation. a2z cannot tell what it
# provisions, so it is classified as having no known Azure target and flagged for a decision by hand.

mapping "AMZN::SDC::Deployment" {
  service = "Unknown (undocumented AWS type)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cloud-adoption-framework/migrate/"
  note    = "AMZN::SDC::Deployment is listed in the CloudFormation registry but has no public documentation, so a2z cannot tell what it provisions; its properties (a configuration name, dimension, stage and an S3 bucket and key) only suggest a deployment of a configuration package. The team must find out what it does, for example from the team that owns the template, and choose the Azure target by hand."

  caveat "undocumented" {
    severity = "warning"
    message  = "AMZN::SDC::Deployment is undocumented: a2z cannot tell what it provisions, so the team must decide its Azure target by hand."
  }
}
