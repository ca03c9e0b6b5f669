# AWS Invoice Configuration (invoice units) → Microsoft Customer Agreement billing profiles and
# invoice sections in Cost Management + Billing.

mapping "AWS::Invoicing::InvoiceUnit" {
  terraform = ["aws_invoicing_invoice_unit"]
  service   = "Microsoft Cost Management + Billing"
  status    = "partial"
  link      = "https://learn.microsoft.com/azure/cost-management-billing/manage/mca-section-invoice"
  note      = "Under a Microsoft Customer Agreement, a separate invoice per business unit comes from a billing profile, and grouping subscriptions on one invoice from invoice sections; subscriptions are created under (or moved to) the section. azurerm cannot manage either: set them up in the portal or the Billing REST API."
}
