# Amazon Lightsail → no dedicated Azure equivalent: B-series virtual machines, App Service, and the
# matching managed services (managed disks, public IPs, Azure DNS, Blob Storage, Front Door, flexible servers).

mapping "aws_lightsail_instance" {
  cloudformation = ["AWS::Lightsail::Instance"]
  service        = "Azure Virtual Machines (B-series)"
  status         = "partial"
  azurerm        = ["azurerm_linux_virtual_machine"]
  arm            = ["Microsoft.Compute/virtualMachines"]
  requires       = ["azurerm_network_interface"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/overview"
  note           = "Azure has no bundled virtual private server: build a burstable B-series VM with its own network interface, public IP and disk. A Lightsail bundle prices compute, SSD storage and a data-transfer allowance together; on Azure each is billed separately. Application blueprints (WordPress, LAMP, Node.js) become Azure Marketplace images, or App Service when only a web app is needed."

  target "windows" {
    when    = startswith(try(lower(self.blueprint_id), lower(self.BlueprintId), ""), "windows")
    service = "Azure Virtual Machines (B-series)"
    status  = "partial"
    azurerm = ["azurerm_windows_virtual_machine"]
    arm     = ["Microsoft.Compute/virtualMachines"]
    link    = "https://learn.microsoft.com/azure/virtual-machines/windows/overview"
    note    = "A Windows Server blueprint becomes a Windows B-series VM; the Windows license is included in the VM price as in Lightsail."
  }

  caveat "data-transfer-allowance" {
    when     = can(self.bundle_id) || can(self.BundleId)
    severity = "info"
    message  = "The Lightsail bundle includes a monthly data-transfer allowance; Azure bills outbound data transfer per GB, so estimate egress when comparing cost."
    link     = "https://learn.microsoft.com/azure/virtual-machines/overview"
  }
}

mapping "aws_lightsail_instance_public_ports" {
  service = "Azure network security groups"
  status  = "direct"
  azurerm = ["azurerm_network_security_group", "azurerm_network_security_rule"]
  arm     = ["Microsoft.Network/networkSecurityGroups"]
  link    = "https://learn.microsoft.com/azure/virtual-network/network-security-groups-overview"
  note    = "The instance firewall becomes inbound allow rules (protocol, port range, source CIDRs) in a network security group attached to the VM's network interface or subnet."
}

mapping "aws_lightsail_key_pair" {
  service = "Azure SSH public keys"
  status  = "direct"
  azurerm = ["azurerm_ssh_public_key"]
  arm     = ["Microsoft.Compute/sshPublicKeys"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/ssh-keys-portal"
  note    = "Store the public key as an SSH public key resource (or pass it inline in admin_ssh_key on the VM). Azure does not hand out generated private keys through Terraform state: generate the pair yourself."
}

mapping "aws_lightsail_static_ip" {
  cloudformation = ["AWS::Lightsail::StaticIp"]
  service        = "Azure public IP addresses"
  status         = "direct"
  azurerm        = ["azurerm_public_ip"]
  arm            = ["Microsoft.Network/publicIPAddresses"]
  link           = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses"
  note           = "A Standard SKU public IP with static allocation keeps its address until deleted."
}

mapping "aws_lightsail_static_ip_attachment" {
  service = "Azure public IP addresses"
  status  = "implicit"
  azurerm = ["azurerm_network_interface"]
  arm     = ["Microsoft.Network/networkInterfaces"]
  link    = "https://learn.microsoft.com/azure/virtual-network/ip-services/public-ip-addresses"
  note    = "Attaching the address is the public_ip_address_id of the VM network interface's ip_configuration; there is no separate attachment resource."
}

mapping "aws_lightsail_disk" {
  cloudformation = ["AWS::Lightsail::Disk"]
  service        = "Azure managed disks"
  status         = "direct"
  azurerm        = ["azurerm_managed_disk"]
  arm            = ["Microsoft.Compute/disks"]
  link           = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note           = "Lightsail block storage is SSD: use a Standard SSD or Premium SSD managed disk of the same size."
}

mapping "aws_lightsail_disk_attachment" {
  service = "Azure managed disks"
  status  = "direct"
  azurerm = ["azurerm_virtual_machine_data_disk_attachment"]
  arm     = ["Microsoft.Compute/virtualMachines"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/managed-disks-overview"
  note    = "Attaches the data disk to the VM at a LUN (instead of a device path); mount it inside the guest as before."
}

mapping "AWS::Lightsail::DiskSnapshot" {
  service = "Azure managed disk snapshots"
  status  = "direct"
  azurerm = ["azurerm_snapshot"]
  arm     = ["Microsoft.Compute/snapshots"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/snapshot-copy-managed-disk"
  note    = "A point-in-time copy of a managed disk; create a new disk from it to restore."
}

mapping "AWS::Lightsail::InstanceSnapshot" {
  service = "Azure managed disk snapshots or Azure Compute Gallery"
  status  = "partial"
  azurerm = ["azurerm_snapshot", "azurerm_shared_image_version"]
  arm     = ["Microsoft.Compute/snapshots", "Microsoft.Compute/galleries/images/versions"]
  link    = "https://learn.microsoft.com/azure/virtual-machines/snapshot-copy-managed-disk"
  note    = "Snapshot each disk of the VM for a restore copy, or capture the VM into a Compute Gallery image version to create new VMs from it; Azure Backup gives scheduled, application-consistent copies."
}

mapping "aws_lightsail_bucket" {
  cloudformation = ["AWS::Lightsail::Bucket"]
  service        = "Azure Blob Storage"
  status         = "partial"
  azurerm        = ["azurerm_storage_account", "azurerm_storage_container"]
  arm            = ["Microsoft.Storage/storageAccounts", "Microsoft.Storage/storageAccounts/blobServices/containers"]
  link           = "https://learn.microsoft.com/azure/storage/blobs/storage-blobs-introduction"
  note           = "A bucket becomes a blob container in a storage account; the bundle's fixed storage and transfer quota becomes pay-per-use capacity and egress."
}

mapping "aws_lightsail_bucket_access_key" {
  service = "Azure Blob Storage"
  status  = "partial"
  azurerm = ["azurerm_storage_account"]
  arm     = ["Microsoft.Storage/storageAccounts"]
  link    = "https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage"
  note    = "Storage accounts have two account-wide keys rather than per-bucket access keys; prefer Microsoft Entra ID roles or scoped SAS tokens for applications."
}

mapping "aws_lightsail_bucket_resource_access" {
  service = "Azure role-based access control"
  status  = "partial"
  azurerm = ["azurerm_role_assignment"]
  arm     = ["Microsoft.Authorization/roleAssignments"]
  link    = "https://learn.microsoft.com/azure/storage/blobs/authorize-access-azure-active-directory"
  note    = "Give the VM a managed identity and assign it Storage Blob Data Contributor (or Reader) on the container."
}

mapping "aws_lightsail_container_service" {
  cloudformation = ["AWS::Lightsail::Container"]
  service        = "Azure Container Apps"
  status         = "partial"
  azurerm        = ["azurerm_container_app"]
  arm            = ["Microsoft.App/containerApps"]
  requires       = ["azurerm_container_app_environment"]
  link           = "https://learn.microsoft.com/azure/container-apps/overview"
  note           = "The fixed power (size) and scale (node count) become CPU and memory per replica with min and max replicas; the public endpoint becomes the app's ingress, custom domains azurerm_container_app_custom_domain. App Service for containers is the alternative for a single web container."
  differs        = "Microsoft's comparison pairs Lightsail as a whole with App Service and B-series VMs. A Lightsail container service runs containers, which Azure Container Apps hosts most directly (App Service for Containers also works)."
}

mapping "aws_lightsail_container_service_deployment_version" {
  service = "Azure Container Apps revisions"
  status  = "implicit"
  azurerm = ["azurerm_container_app"]
  arm     = ["Microsoft.App/containerApps"]
  link    = "https://learn.microsoft.com/azure/container-apps/revisions"
  note    = "A deployment is the container app's template (containers, environment variables, health probes); every template change creates a new revision."
}

mapping "aws_lightsail_database" {
  cloudformation = ["AWS::Lightsail::Database"]
  service        = "Azure Database for MySQL or PostgreSQL flexible server"
  status         = "partial"
  azurerm        = ["azurerm_mysql_flexible_server", "azurerm_postgresql_flexible_server"]
  arm            = ["Microsoft.DBforMySQL/flexibleServers", "Microsoft.DBforPostgreSQL/flexibleServers"]
  link           = "https://learn.microsoft.com/azure/mysql/flexible-server/overview"
  note           = "Pick the flexible server that matches the engine in the blueprint; the bundle becomes a Burstable compute tier plus storage size. High-availability plans become zone-redundant or same-zone high availability."

  target "mysql" {
    when    = startswith(try(lower(self.blueprint_id), lower(self.RelationalDatabaseBlueprintId), ""), "mysql")
    service = "Azure Database for MySQL flexible server"
    status  = "partial"
    azurerm = ["azurerm_mysql_flexible_server"]
    arm     = ["Microsoft.DBforMySQL/flexibleServers"]
    link    = "https://learn.microsoft.com/azure/mysql/flexible-server/overview"
    note    = "A MySQL blueprint becomes a MySQL flexible server (Burstable tier for small bundles)."
  }

  target "postgres" {
    when    = startswith(try(lower(self.blueprint_id), lower(self.RelationalDatabaseBlueprintId), ""), "postgres")
    service = "Azure Database for PostgreSQL flexible server"
    status  = "partial"
    azurerm = ["azurerm_postgresql_flexible_server"]
    arm     = ["Microsoft.DBforPostgreSQL/flexibleServers"]
    link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/overview"
    note    = "A PostgreSQL blueprint becomes a PostgreSQL flexible server (Burstable tier for small bundles)."
  }
}

mapping "AWS::Lightsail::DatabaseSnapshot" {
  service = "Azure Database flexible server backups"
  status  = "partial"
  azurerm = ["azurerm_postgresql_flexible_server_backup"]
  arm     = ["Microsoft.DBforPostgreSQL/flexibleServers/backups"]
  link    = "https://learn.microsoft.com/azure/postgresql/flexible-server/concepts-backup-restore"
  note    = "Flexible servers take automatic backups with point-in-time restore; a manual snapshot has a counterpart only as an on-demand backup of a PostgreSQL flexible server. Restoring creates a new server."
}

mapping "aws_lightsail_distribution" {
  cloudformation = ["AWS::Lightsail::Distribution"]
  service        = "Azure Front Door"
  status         = "partial"
  azurerm        = ["azurerm_cdn_frontdoor_profile", "azurerm_cdn_frontdoor_endpoint", "azurerm_cdn_frontdoor_origin_group", "azurerm_cdn_frontdoor_origin", "azurerm_cdn_frontdoor_route"]
  arm            = ["Microsoft.Cdn/profiles"]
  link           = "https://learn.microsoft.com/azure/frontdoor/front-door-overview"
  note           = "The distribution becomes a Front Door Standard profile with an endpoint, an origin group holding the VM, load balancer or storage origin, and a route; cache behaviors become route caching settings and rule sets."
}

mapping "aws_lightsail_certificate" {
  cloudformation = ["AWS::Lightsail::Certificate"]
  service        = "Managed TLS certificates (Front Door, Container Apps, App Service)"
  status         = "implicit"
  link           = "https://learn.microsoft.com/azure/frontdoor/standard-premium/how-to-configure-https-custom-domain"
  note           = "The services that replace distributions and container services issue free managed certificates for a validated custom domain: Front Door custom domains (azurerm_cdn_frontdoor_custom_domain), azurerm_container_app_environment_managed_certificate or azurerm_app_service_managed_certificate. Bring-your-own certificates go in Key Vault."
}

mapping "aws_lightsail_domain" {
  cloudformation = ["AWS::Lightsail::Domain"]
  service        = "Azure DNS"
  status         = "direct"
  azurerm        = ["azurerm_dns_zone"]
  arm            = ["Microsoft.Network/dnszones"]
  link           = "https://learn.microsoft.com/azure/dns/dns-overview"
  note           = "A public DNS zone; delegate the domain to the zone's Azure name servers at the registrar."
}

mapping "aws_lightsail_domain_entry" {
  service = "Azure DNS"
  status  = "direct"
  azurerm = ["azurerm_dns_a_record", "azurerm_dns_aaaa_record", "azurerm_dns_cname_record", "azurerm_dns_mx_record", "azurerm_dns_ns_record", "azurerm_dns_srv_record", "azurerm_dns_txt_record"]
  arm     = ["Microsoft.Network/dnszones"]
  link    = "https://learn.microsoft.com/azure/dns/dns-overview"
  note    = "Each entry becomes a record set of the same type in the DNS zone."

  caveat "alias" {
    when     = try(tostring(try(self.is_alias, self.IsAlias)) == "true", false)
    severity = "info"
    message  = "Alias entries that point at a Lightsail resource become Azure DNS alias record sets (target_resource_id on an A, AAAA or CNAME record) pointing at the public IP or Front Door endpoint."
    link     = "https://learn.microsoft.com/azure/dns/dns-alias"
  }
}

mapping "aws_lightsail_lb" {
  cloudformation = ["AWS::Lightsail::LoadBalancer"]
  service        = "Azure Application Gateway"
  status         = "partial"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/overview"
  note           = "The Lightsail load balancer is an HTTP/HTTPS balancer with a health-check path, TLS termination and cookie stickiness, which an Application Gateway v2 provides (listener, backend pool, HTTP settings, probe). It costs considerably more than a Lightsail load balancer; for plain TCP balancing a Standard Load Balancer (azurerm_lb) is cheaper."
}

mapping "aws_lightsail_lb_attachment" {
  service = "Azure Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway", "azurerm_network_interface_application_gateway_backend_address_pool_association"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/overview"
  note    = "Attaching an instance becomes backend pool membership: list the VM's address in the gateway's backend_address_pool or associate its network interface with the pool."
}

mapping "aws_lightsail_lb_certificate" {
  cloudformation = ["AWS::Lightsail::LoadBalancerTlsCertificate"]
  service        = "Azure Application Gateway TLS termination"
  status         = "implicit"
  azurerm        = ["azurerm_application_gateway"]
  arm            = ["Microsoft.Network/applicationGateways"]
  link           = "https://learn.microsoft.com/azure/application-gateway/ssl-overview"
  note           = "The certificate is an ssl_certificate block of the gateway, best referenced from Key Vault; Application Gateway does not issue certificates itself, so obtain one (for example a Key Vault certificate from an integrated CA) instead of Lightsail's DNS-validated certificate."
}

mapping "aws_lightsail_lb_certificate_attachment" {
  service = "Azure Application Gateway TLS termination"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/ssl-overview"
  note    = "Attaching the certificate is the ssl_certificate_name of the gateway's HTTPS listener."
}

mapping "aws_lightsail_lb_https_redirection_policy" {
  service = "Azure Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/redirect-overview"
  note    = "HTTP-to-HTTPS redirection is a redirect_configuration on the gateway used by the HTTP listener's routing rule."
}

mapping "aws_lightsail_lb_stickiness_policy" {
  service = "Azure Application Gateway"
  status  = "implicit"
  azurerm = ["azurerm_application_gateway"]
  arm     = ["Microsoft.Network/applicationGateways"]
  link    = "https://learn.microsoft.com/azure/application-gateway/configuration-http-settings"
  note    = "Session stickiness is cookie_based_affinity = \"Enabled\" in the gateway's backend_http_settings (affinity cookie duration is not configurable the same way)."
}

mapping "AWS::Lightsail::Alarm" {
  service = "Azure Monitor metric alerts"
  status  = "direct"
  azurerm = ["azurerm_monitor_metric_alert"]
  arm     = ["Microsoft.Insights/metricAlerts"]
  link    = "https://learn.microsoft.com/azure/azure-monitor/alerts/alerts-metric-overview"
  note    = "A metric alert on the VM, database or load balancer metric with the same threshold; notifications go through an action group (azurerm_monitor_action_group)."
}
