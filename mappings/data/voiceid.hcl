# Amazon Connect Voice ID → no managed Azure counterpart for caller voice authentication.

mapping "AWS::VoiceID::Domain" {
  service = "Azure Communication Services"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/overview"
  note    = "Azure offers no managed voice biometrics (speaker enrollment, caller verification, fraudster watchlists) for contact centres: integrate a third-party voice biometrics product with the contact centre platform, or fall back to knowledge- or OTP-based caller authentication."
}
