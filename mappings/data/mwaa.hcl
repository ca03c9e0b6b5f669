# Amazon MWAA → Apache Airflow jobs in Microsoft Fabric (Data Factory).

mapping "aws_mwaa_environment" {
  cloudformation = ["AWS::MWAA::Environment"]
  service        = "Apache Airflow jobs in Microsoft Fabric"
  status         = "partial"
  link           = "https://learn.microsoft.com/fabric/data-factory/apache-airflow-jobs-concepts"
  note           = "An Airflow environment becomes an Apache Airflow job in a Fabric workspace: DAGs are synced from a Git repository or edited in Fabric, requirements become the job's Python packages, and compute is billed against a Fabric capacity. It is a Fabric item, not an ARM resource, so azurerm cannot create it. DAGs that use AWS operators, hooks or connections must be rewritten for Azure services; running Airflow yourself on AKS is the alternative when you need full control."
}
