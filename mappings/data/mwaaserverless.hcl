# Amazon MWAA Serverless → Apache Airflow jobs in Microsoft Fabric.

mapping "AWS::MWAAServerless::Workflow" {
  service = "Apache Airflow jobs in Microsoft Fabric"
  status  = "partial"
  link    = "https://learn.microsoft.com/fabric/data-factory/apache-airflow-jobs-concepts"
  note    = "A serverless Airflow workflow becomes a DAG in an Apache Airflow job in a Fabric workspace, billed against Fabric capacity; it is a Fabric item, not an ARM resource. Tasks that use AWS operators must be rewritten for Azure services."
}
