# Amazon SES Mail Manager (inbound and outbound mail gateway rules) → no Azure service:
# Azure Communication Services Email only sends. Mail flow rules in Exchange Online are the
# Microsoft counterpart for organisations on Microsoft 365.

mapping "aws_mailmanager_rule_set" {
  service = "Exchange Online mail flow rules"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/mail-flow-rules"
  note    = "Azure has no mail gateway that processes inbound and outbound mail with rules (archive, route, drop, deliver to storage). Organisations on Microsoft 365 use Exchange Online mail flow rules; otherwise run a mail gateway on VMs or use a third-party service. Azure Communication Services Email is outbound only."
}

mapping "aws_mailmanager_traffic_policy" {
  service = "Exchange Online mail flow rules"
  status  = "none"
  link    = "https://learn.microsoft.com/exchange/security-and-compliance/mail-flow-rules/mail-flow-rules"
  note    = "Accepting or rejecting SMTP traffic by sender IP, TLS or recipient at an ingress endpoint has no Azure counterpart; Exchange Online connectors and mail flow rules, or a self-run gateway, take over this role."
}
