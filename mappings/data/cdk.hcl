# AWS CDK bookkeeping resources in synthesized CloudFormation templates.

mapping "AWS::CDK::Metadata" {
  service = "None (CDK bookkeeping)"
  status  = "implicit"
  link    = "https://learn.microsoft.com/azure/azure-resource-manager/bicep/overview"
  note    = "The CDK adds this resource to every synthesized stack to report library versions and construct usage to AWS; it is not deployed infrastructure and needs nothing on Azure. Drop it when converting the template."
}
