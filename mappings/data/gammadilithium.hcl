# AWS::GammaDilithium: a CloudFormation registry type with no public documentation. a2z cannot tell
# what it provisions, so it is classified as having no known Azure target and flagged for a decision by hand.

mapping "AWS::GammaDilithium::JobDefinition" {
  service = "Unknown (undocumented AWS type)"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/cloud-adoption-framework/migrate/"
  note    = "AWS::GammaDilithium::JobDefinition is listed in the CloudFormation registry but has no public documentation, so a2z cannot tell what it provisions. Its property schema resembles an AWS Batch job definition (container, EKS pod and volume settings); if the owning team confirms it is one, start from the AWS::Batch::JobDefinition mapping (task settings submitted to Azure Batch, or a Container Apps job). Otherwise the team must choose the Azure target by hand."

  caveat "undocumented" {
    severity = "warning"
    message  = "AWS::GammaDilithium::JobDefinition is undocumented: a2z cannot tell what it provisions, so the team must decide its Azure target by hand."
  }
}
