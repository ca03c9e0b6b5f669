# AWS Mainframe Modernization → no managed mainframe runtime on Azure: rehost on VMs with a partner runtime (emulation or recompilation) or refactor to Java or .NET.

mapping "aws_m2_environment" {
  cloudformation = ["AWS::M2::Environment"]
  service        = "Mainframe rehosting on Azure Virtual Machines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-machines/workloads/mainframe-rehosting/overview"
  note           = "Azure has no managed runtime environment for mainframe workloads. Run a partner rehosting runtime (for example Rocket Enterprise Server, formerly Micro Focus, or TmaxSoft OpenFrame) on Azure VMs in availability zones, with a managed database and shared file storage, or refactor the code to Java or .NET on App Service, AKS or VMs."
}

mapping "aws_m2_application" {
  cloudformation = ["AWS::M2::Application"]
  service        = "Mainframe rehosting on Azure Virtual Machines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-machines/workloads/mainframe-rehosting/overview"
  note           = "The application definition (COBOL/PL/I load modules, CICS and batch settings) is deployed with the tooling of the runtime you run on Azure VMs; azurerm has no resource for it."
}

mapping "aws_m2_deployment" {
  cloudformation = ["AWS::M2::Deployment"]
  service        = "Mainframe rehosting on Azure Virtual Machines"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/virtual-machines/workloads/mainframe-rehosting/overview"
  note           = "Deploying an application version to an environment becomes a release step in your pipeline that installs the build on the rehosting runtime's VMs."
}
