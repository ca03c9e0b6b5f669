# AWS Price List (Pricing Calculator data source) → Azure Retail Prices API.

data "aws_pricing_product" {
  service = "Azure Retail Prices API"
  status  = "none"
  link    = "https://learn.microsoft.com/rest/api/cost-management/retail-prices/azure-retail-prices"
  note    = "azurerm has no price data source: query the unauthenticated Azure Retail Prices REST API (filter by serviceName, armRegionName, armSkuName) with an http data source or outside Terraform. Prices are retail list prices, not your negotiated rates."
}
