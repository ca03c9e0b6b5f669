# Amazon QLDB (end of support announced by AWS for 2025) → Azure SQL Database ledger tables or
# Azure Confidential Ledger.

mapping "aws_qldb_ledger" {
  cloudformation = ["AWS::QLDB::Ledger"]
  service        = "Azure SQL Database ledger"
  status         = "partial"
  azurerm        = ["azurerm_mssql_database"]
  arm            = ["Microsoft.Sql/servers/databases"]
  requires       = ["azurerm_mssql_server"]
  link           = "https://learn.microsoft.com/sql/relational-databases/security/ledger/ledger-overview"
  note           = "A QLDB ledger becomes an Azure SQL database with ledger enabled (ledger_enabled = true makes every table a ledger table): updatable ledger tables keep a cryptographically chained history of each row, append-only ledger tables reject updates and deletes, and database digests can be stored automatically in immutable Blob Storage for verification. For a small tamper-evident record store with no SQL engine, Azure Confidential Ledger (azurerm_confidential_ledger) is the alternative."

  caveat "data-model" {
    severity = "warning"
    message  = "QLDB stores Amazon Ion documents queried with PartiQL; Azure SQL ledger tables are relational and queried with T-SQL. Model documents as columns or JSON columns, rewrite the queries, and replace history() queries with the ledger history views."
    link     = "https://learn.microsoft.com/sql/relational-databases/security/ledger/ledger-updatable-ledger-tables"
  }

  caveat "ledger-is-permanent" {
    severity = "info"
    message  = "Ledger must be chosen when the database or table is created and cannot be turned off afterwards, matching QLDB's immutability but leaving no way back for test data."
    link     = "https://learn.microsoft.com/sql/relational-databases/security/ledger/ledger-overview"
  }
}

mapping "aws_qldb_stream" {
  cloudformation = ["AWS::QLDB::Stream"]
  service        = "Azure SQL Database"
  status         = "none"
  link           = "https://learn.microsoft.com/sql/relational-databases/track-changes/about-change-data-capture-sql-server"
  note           = "There is no journal stream to a message broker. Capture changes of the ledger database with change data capture (or change tracking) and move them with your own pipeline, for example a Debezium connector or a Data Factory job writing to Event Hubs; the ledger's own history tables also keep every row version for later reads."
}

data "aws_qldb_ledger" {
  service = "Azure SQL Database ledger"
  status  = "partial"
  azurerm = ["azurerm_mssql_database"]
  link    = "https://learn.microsoft.com/sql/relational-databases/security/ledger/ledger-overview"
  note    = "Looks up the database by name and server; clients connect with the server's host name rather than a ledger name."
}
