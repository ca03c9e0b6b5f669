# AWS Mainframe Modernization Application Testing → no Azure equivalent.

mapping "AWS::AppTest::TestCase" {
  service = "Mainframe rehosting on Azure"
  status  = "none"
  link    = "https://learn.microsoft.com/azure/virtual-machines/workloads/mainframe-rehosting/overview"
  note    = "Azure has no managed service that records mainframe workloads and replays them to compare the migrated application: use the test tooling of the rehosting partner or your own regression suites in Azure Pipelines."
}
