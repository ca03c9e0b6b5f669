# Amazon Connect outbound campaigns → outbound dialing built on Azure Communication Services, or the
# outbound features of Dynamics 365 Contact Center (configured outside ARM).

mapping "AWS::ConnectCampaigns::Campaign" {
  service = "Azure Communication Services Call Automation"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/communication-services/concepts/call-automation/call-automation"
  note    = "There is no managed outbound dialer resource: a campaign becomes an application that places calls with Call Automation (pacing, answering-machine handling and do-not-call lists are your code), or outbound calling configured in Dynamics 365 Contact Center when Connect moves there."
}
