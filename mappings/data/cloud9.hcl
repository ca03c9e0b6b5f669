# AWS Cloud9 → no Azure equivalent (cloud development environments such as Microsoft
# Dev Box or GitHub Codespaces, or VS Code remote development to an Azure VM).

mapping "aws_cloud9_environment_ec2" {
  cloudformation = ["AWS::Cloud9::EnvironmentEC2"]
  service        = "Microsoft Dev Box or GitHub Codespaces"
  status         = "none"
  link           = "https://learn.microsoft.com/azure/dev-box/overview-what-is-microsoft-dev-box"
  note           = "Azure has no browser IDE backed by a VM that it creates for you. Choose by need: GitHub Codespaces (browser or VS Code dev containers, outside Azure Resource Manager) for the closest experience, Microsoft Dev Box for full managed developer workstations (azurerm_dev_center and its project pools), or a small Azure VM reached with VS Code Remote - SSH and shut down by an auto-shutdown schedule, which replaces Cloud9's automatic stop. AWS Cloud9 is no longer open to new customers, so this is usually a move off the service anyway."
}

mapping "aws_cloud9_environment_membership" {
  service = "Microsoft Dev Box or GitHub Codespaces"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/dev-box/overview-what-is-microsoft-dev-box"
  note    = "Dev boxes and codespaces belong to one user and can't be shared with read or read-write members: give each developer their own environment from the same definition (dev box pool or devcontainer.json), and pair on code with Visual Studio Live Share."
}
