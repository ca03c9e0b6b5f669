# AWS Security Agent (AI design and code security reviews, on-demand penetration testing) → no Azure
# equivalent. Use GitHub Advanced Security or Defender for Cloud DevOps security for code findings, and run
# penetration tests with your own tools or a partner under the Microsoft Cloud rules of engagement.

mapping "AWS::SecurityAgent::AgentSpace" {
  service = "Microsoft Defender for Cloud DevOps security and partner penetration testing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-devops-introduction"
  note    = "Azure has no managed AI security agent that reviews designs and tests applications. Connect the code repositories to Defender for Cloud DevOps security (with GitHub Advanced Security or Advanced Security for Azure DevOps findings), and use a partner or your own tools for penetration tests."
}

mapping "AWS::SecurityAgent::Application" {
  service = "Microsoft Defender for Cloud DevOps security and partner penetration testing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/defender-for-cloud/defender-for-devops-introduction"
  note    = "Registered applications have no counterpart: onboard the application's repositories to Defender for Cloud DevOps security, and describe its scope in the engagement of your penetration-testing tool or partner."
}

mapping "AWS::SecurityAgent::Pentest" {
  service = "Microsoft Defender for Cloud DevOps security and partner penetration testing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/security/fundamentals/pen-testing"
  note    = "Managed penetration tests have no Azure counterpart: run them with your own tools or a partner; Azure needs no advance notice for testing your own resources, but the Microsoft Cloud penetration testing rules of engagement apply."
}

mapping "AWS::SecurityAgent::TargetDomain" {
  service = "Microsoft Defender for Cloud DevOps security and partner penetration testing"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/security/fundamentals/pen-testing"
  note    = "There is no domain verification for test targets: the penetration-testing tool or partner defines the scope, limited to endpoints you own under the Microsoft Cloud rules of engagement."
}
