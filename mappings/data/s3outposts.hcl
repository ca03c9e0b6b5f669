# Amazon S3 on Outposts → Azure Stack Hub storage (Azure-consistent blob storage in your data center).

mapping "AWS::S3Outposts::Bucket" {
  service = "Azure Stack Hub storage"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure-stack/user/azure-stack-storage-overview"
  note    = "Azure Local, the usual target for Outposts racks, has no object storage service. A bucket on an Outpost becomes a blob container in a storage account on Azure Stack Hub, managed through the Stack Hub's own Resource Manager endpoint (azurestack provider or ARM templates with Stack Hub API profiles), not the public-cloud azurerm provider. Stack Hub storage supports fewer features and older API versions than Azure Storage; check its differences list before porting lifecycle or tagging rules."
}

mapping "AWS::S3Outposts::Endpoint" {
  terraform = ["aws_s3outposts_endpoint"]
  service   = "Azure Stack Hub storage"
  status    = "implicit"
  link      = "https://learn.microsoft.com/azure-stack/user/azure-stack-storage-overview"
  note      = "Every Stack Hub storage account has blob endpoints on the Stack Hub's own network and DNS suffix; there is no separate endpoint resource to create in a subnet."
}

mapping "AWS::S3Outposts::AccessPoint" {
  service = "Azure Stack Hub storage"
  status  = "none"
  link    = "https://learn.microsoft.com/azure-stack/user/azure-stack-storage-overview"
  note    = "Access points have no equivalent: give each consumer its own container or shared access signature scoped to the container."
}

mapping "AWS::S3Outposts::BucketPolicy" {
  service = "Azure Stack Hub storage access control"
  status  = "partial"
  link    = "https://learn.microsoft.com/azure-stack/user/azure-stack-storage-overview"
  note    = "A bucket policy becomes role assignments on the storage account in the Stack Hub subscription, container access levels and shared access signatures; policy conditions (source VPC, IP ranges) have no document form and become network controls."
}
