# AWS Payment Cryptography → Azure Payment HSM (dedicated Thales payShield 10K devices).

mapping "AWS::PaymentCryptography::Key" {
  terraform = ["aws_paymentcryptography_key"]
  service   = "Azure Payment HSM"
  status    = "partial"
  azurerm   = ["azurerm_dedicated_hardware_security_module"]
  arm       = ["Microsoft.HardwareSecurityModules/dedicatedHSMs"]
  link      = "https://learn.microsoft.com/azure/payment-hsm/overview"
  note      = "Azure has no serverless payment key API: Azure Payment HSM provisions dedicated payShield 10K devices (a payShield SKU) in your virtual network. Keys are created and used through payShield Manager and the host command interface, not as Azure resources, so each key becomes part of the HSM's key management process."

  caveat "dedicated-device" {
    severity = "warning"
    message  = "Payment HSM needs Microsoft approval and a delegated subnet, and your application must speak the payShield host protocol instead of calling a cloud API; plan for HSM operations (key ceremonies, LMKs, high availability across two devices)."
    link     = "https://learn.microsoft.com/azure/payment-hsm/overview"
  }
}

mapping "AWS::PaymentCryptography::Alias" {
  terraform = ["aws_paymentcryptography_key_alias"]
  service   = "Azure Payment HSM"
  status    = "none"
  link      = "https://learn.microsoft.com/azure/payment-hsm/overview"
  note      = "Keys in a payShield HSM have no alias resource: keep the mapping from friendly names to key blocks in the application's key store."
}
