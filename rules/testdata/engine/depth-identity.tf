# Identity, security and configuration depth: IAM, KMS, Secrets Manager, SSM
# parameters, Cognito, Directory Service, Config rules and ACM.

resource "aws_iam_role" "id_workload" {
  # mapping: aws-iam-role partial
  # want: aws-iam-role/trust-policy
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role" "id_github" {
  # mapping: aws-iam-role partial
  # want: aws-iam-role/trust-policy
  # want: aws-iam-role/web-identity-federation
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRoleWithWebIdentity"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:org/app:*" } }
    }]
  })
}

resource "aws_iam_role" "id_sso" {
  # A SAML-federated role is for people, not workloads.
  # mapping: aws-iam-role/saml-federation partial
  # want: aws-iam-role/trust-policy
  assume_role_policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [{
        "Effect": "Allow",
        "Principal": {"Federated": "arn:aws:iam::111122223333:saml-provider/corp"},
        "Action": "sts:AssumeRoleWithSAML"
      }]
    }
  EOT
}

resource "aws_iam_role" "id_cross" {
  # mapping: aws-iam-role partial
  # want: aws-iam-role/trust-policy
  # want: aws-iam-role/aws-principal-trust
  # want: aws-iam-role/permissions-boundary
  permissions_boundary = "arn:aws:iam::111122223333:policy/boundary"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { AWS = "arn:aws:iam::444455556666:root" } }]
  })
}

resource "aws_iam_role" "id_inline_deny" {
  # mapping: aws-iam-role partial
  # want: aws-iam-role/trust-policy
  # want: aws-iam-role/inline-policy-gaps
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
  inline_policy {
    name = "allow-read"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::bucket/*" }]
    })
  }
  inline_policy {
    name = "deny-delete"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Deny", Action = "s3:DeleteObject", Resource = "*" }]
    })
  }
}

resource "aws_iam_role" "id_inline_plain" {
  # mapping: aws-iam-role partial
  # want: aws-iam-role/trust-policy
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }]
  })
  inline_policy {
    name = "allow-read"
    policy = jsonencode({
      Version   = "2012-10-17"
      Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "arn:aws:s3:::bucket/*" }]
    })
  }
}

resource "aws_iam_policy" "id_admin" {
  # mapping: aws-iam-policy partial
  # want: aws-iam-policy/wildcard-action
  # want: aws-iam-policy/wildcard-resource
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "*", Resource = "*" }]
  })
}

resource "aws_iam_policy" "id_narrow" {
  # Wildcards inside action names (s3:Get*) exist in Azure too: no finding.
  # mapping: aws-iam-policy partial
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:Get*", "s3:ListBucket"], Resource = ["arn:aws:s3:::bucket", "arn:aws:s3:::bucket/*"] }]
  })
}

resource "aws_iam_policy" "id_guard" {
  # mapping: aws-iam-policy partial
  # want: aws-iam-policy/deny-statements
  # want: aws-iam-policy/conditions
  # want: aws-iam-policy/not-resource
  policy = <<-EOT
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Effect": "Deny",
          "Action": "s3:*",
          "NotResource": ["arn:aws:s3:::allowed", "arn:aws:s3:::allowed/*"],
          "Condition": {"Bool": {"aws:SecureTransport": "false"}}
        }
      ]
    }
  EOT
}

resource "aws_iam_policy" "id_unresolved" {
  # The document references another resource, so jsonencode can't be
  # evaluated statically: every policy caveat may apply.
  # mapping: aws-iam-policy partial
  # want: aws-iam-policy/deny-statements
  # want: aws-iam-policy/conditions
  # want: aws-iam-policy/wildcard-action
  # want: aws-iam-policy/wildcard-resource
  # want: aws-iam-policy/not-resource
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = aws_sqs_queue.plain.arn }]
  })
}

resource "aws_iam_role_policy" "id_inline" {
  # mapping: aws-iam-role-policy partial
  # want: aws-iam-role-policy/wildcard-action
  role = "app"
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = ["s3:*", "*"], Resource = "arn:aws:s3:::bucket/*" }]
  })
}

resource "aws_iam_role_policy_attachment" "id_admin_attach" {
  # mapping: aws-iam-role-policy-attachment partial
  # want: aws-iam-role-policy-attachment/aws-managed-policy
  # want: aws-iam-role-policy-attachment/administrator-access
  role       = "ops"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_role_policy_attachment" "id_ro_attach" {
  # mapping: aws-iam-role-policy-attachment partial
  # want: aws-iam-role-policy-attachment/aws-managed-policy
  role       = "audit"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAccess"
}

resource "aws_iam_policy_attachment" "id_custom_attach" {
  # mapping: aws-iam-policy-attachment partial
  name       = "custom"
  roles      = ["app"]
  policy_arn = "arn:aws:iam::111122223333:policy/custom"
}

resource "aws_iam_group_policy_attachment" "id_group_admin" {
  # mapping: aws-iam-group-policy-attachment partial
  # want: aws-iam-group-policy-attachment/aws-managed-policy
  # want: aws-iam-group-policy-attachment/administrator-access
  group      = "admins"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}

resource "aws_iam_access_key" "id_ci" {
  # mapping: aws-iam-access-key none
  # want: aws-iam-access-key
  # want: aws-iam-access-key/long-lived-key
  user = "ci"
}

resource "aws_iam_openid_connect_provider" "id_github" {
  # mapping: aws-iam-openid-connect-provider partial
  # want: aws-iam-openid-connect-provider/client-ids
  # want: aws-iam-openid-connect-provider/thumbprints
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["6938fd4d98bab03faadb97b34396831e3780aea1"]
}

resource "aws_iam_openid_connect_provider" "id_eks" {
  # mapping: aws-iam-openid-connect-provider/eks-issuer partial
  # want: aws-iam-openid-connect-provider/client-ids
  url            = "https://oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
  client_id_list = ["sts.amazonaws.com"]
}

data "aws_iam_policy_document" "id_doc" {
  # mapping: data-aws-iam-policy-document partial
  # want: data-aws-iam-policy-document/deny-statements
  # want: data-aws-iam-policy-document/conditions
  # want: data-aws-iam-policy-document/wildcard-action
  # want: data-aws-iam-policy-document/not-resource
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
  statement {
    effect        = "Deny"
    actions       = ["s3:DeleteObject"]
    not_resources = ["arn:aws:s3:::scratch/*"]
    condition {
      test     = "Bool"
      variable = "aws:MultiFactorAuthPresent"
      values   = ["false"]
    }
  }
}

data "aws_iam_policy_document" "id_trust" {
  # Trust and resource policies (statements with principals) are not RBAC grants.
  # mapping: data-aws-iam-policy-document partial
  statement {
    actions = ["sts:AssumeRoleWithWebIdentity"]
    principals {
      type        = "Federated"
      identifiers = ["arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com"]
    }
    condition {
      test     = "StringLike"
      variable = "token.actions.githubusercontent.com:sub"
      values   = ["repo:org/app:*"]
    }
  }
}

resource "aws_kms_key" "id_default" {
  # No key spec: a symmetric key, which Key Vault vaults can't hold.
  # mapping: aws-kms-key direct
  # want: aws-kms-key/symmetric-key
  description = "default"
}

resource "aws_kms_key" "id_rotating" {
  # mapping: aws-kms-key direct
  # want: aws-kms-key/symmetric-key
  # want: aws-kms-key/rotation
  # want: aws-kms-key/deletion-window
  # want: aws-kms-key/multi-region
  enable_key_rotation     = true
  deletion_window_in_days = 7
  multi_region            = true
}

resource "aws_kms_key" "id_hmac" {
  # mapping: aws-kms-key direct
  # want: aws-kms-key/hmac-key
  customer_master_key_spec = "HMAC_256"
  key_usage                = "GENERATE_VERIFY_MAC"
}

resource "aws_kms_key" "id_sm2" {
  # mapping: aws-kms-key direct
  # want: aws-kms-key/unsupported-key-spec
  customer_master_key_spec = "SM2"
  key_usage                = "SIGN_VERIFY"
}

resource "aws_kms_key" "id_ecdh" {
  # mapping: aws-kms-key direct
  # want: aws-kms-key/key-agreement
  customer_master_key_spec = "ECC_NIST_P256"
  key_usage                = "KEY_AGREEMENT"
}

resource "aws_kms_key" "id_signing" {
  # mapping: aws-kms-key direct
  # want: aws-kms-key/custom-key-store
  customer_master_key_spec = "RSA_2048"
  key_usage                = "SIGN_VERIFY"
  custom_key_store_id      = "cks-1234567890abcdef0"
}

resource "aws_secretsmanager_secret" "id_db" {
  # mapping: aws-secretsmanager-secret direct
  # want: aws-secretsmanager-secret/recovery-window
  # want: aws-secretsmanager-secret/replicas
  name                    = "db"
  recovery_window_in_days = 0
  replica {
    region = "eu-central-1"
  }
}

resource "aws_secretsmanager_secret" "id_plain" {
  # mapping: aws-secretsmanager-secret direct
  name = "plain"
}

resource "aws_secretsmanager_secret_version" "id_staged" {
  # mapping: aws-secretsmanager-secret-version implicit
  # want: aws-secretsmanager-secret-version/staging-labels
  secret_id      = "db"
  secret_string  = "s3cr3t"
  version_stages = ["AWSPENDING"]
}

resource "aws_secretsmanager_secret_version" "id_binary" {
  # mapping: aws-secretsmanager-secret-version implicit
  # want: aws-secretsmanager-secret-version/binary-value
  secret_id     = "blob"
  secret_binary = base64encode("binary")
}

resource "aws_secretsmanager_secret_version" "id_big" {
  # mapping: aws-secretsmanager-secret-version implicit
  # want: aws-secretsmanager-secret-version/value-size
  secret_id     = "big"
  secret_string = join("", [for i in range(2600) : "0123456789"])
}

resource "aws_secretsmanager_secret_rotation" "id_rotation" {
  # mapping: aws-secretsmanager-secret-rotation partial
  # want: aws-secretsmanager-secret-rotation/rotation-function
  secret_id           = "db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    automatically_after_days = 30
  }
}

resource "aws_secretsmanager_secret_rotation" "id_rotation_cron" {
  # mapping: aws-secretsmanager-secret-rotation partial
  # want: aws-secretsmanager-secret-rotation/rotation-function
  # want: aws-secretsmanager-secret-rotation/rotation-schedule
  secret_id           = "db"
  rotation_lambda_arn = "arn:aws:lambda:eu-west-1:111122223333:function:rotate"
  rotation_rules {
    schedule_expression = "rate(4 hours)"
  }
}

resource "aws_ssm_parameter" "id_string" {
  # mapping: aws-ssm-parameter direct
  name  = "/app/prod/url"
  type  = "String"
  value = "https://example.com"
}

resource "aws_ssm_parameter" "id_secure" {
  # mapping: aws-ssm-parameter/secure-string direct
  # want: aws-ssm-parameter/allowed-pattern
  name            = "/app/prod/db-password"
  type            = "SecureString"
  value           = "changeme"
  allowed_pattern = "^[A-Za-z0-9]{8,}$"
}

resource "aws_ssm_parameter" "id_ami" {
  # mapping: aws-ssm-parameter direct
  # want: aws-ssm-parameter/ami-data-type
  name      = "/app/prod/ami"
  type      = "String"
  data_type = "aws:ec2:image"
  value     = "ami-0123456789abcdef0"
}

resource "aws_cognito_user_pool" "id_pool" {
  # mapping: aws-cognito-user-pool partial
  # want: aws-cognito-user-pool/user-migration
  name = "customers"
}

resource "aws_cognito_user_pool" "id_pool_full" {
  # mapping: aws-cognito-user-pool partial
  # want: aws-cognito-user-pool/user-migration
  # want: aws-cognito-user-pool/lambda-triggers
  # want: aws-cognito-user-pool/custom-auth-challenge
  # want: aws-cognito-user-pool/mfa
  # want: aws-cognito-user-pool/password-policy
  # want: aws-cognito-user-pool/advanced-security
  name              = "customers-full"
  mfa_configuration = "ON"
  software_token_mfa_configuration {
    enabled = true
  }
  password_policy {
    minimum_length    = 14
    require_symbols   = true
    require_uppercase = true
  }
  lambda_config {
    define_auth_challenge = "arn:aws:lambda:eu-west-1:111122223333:function:define"
    pre_token_generation  = "arn:aws:lambda:eu-west-1:111122223333:function:claims"
  }
  user_pool_add_ons {
    advanced_security_mode = "ENFORCED"
  }
}

resource "aws_cognito_user_pool_client" "id_client" {
  # mapping: aws-cognito-user-pool-client partial
  # want: aws-cognito-user-pool-client/password-auth-flows
  # want: aws-cognito-user-pool-client/implicit-flow
  # want: aws-cognito-user-pool-client/client-secret
  name                = "legacy"
  user_pool_id        = "eu-west-1_example"
  generate_secret     = true
  explicit_auth_flows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  allowed_oauth_flows = ["implicit"]
}

resource "aws_cognito_user_pool_client" "id_client_spa" {
  # mapping: aws-cognito-user-pool-client partial
  name                = "spa"
  user_pool_id        = "eu-west-1_example"
  generate_secret     = false
  explicit_auth_flows = ["ALLOW_REFRESH_TOKEN_AUTH"]
  allowed_oauth_flows = ["code"]
}

resource "aws_directory_service_directory" "id_ad" {
  # mapping: aws-directory-service-directory partial
  # want: aws-directory-service-directory/domain-admin
  # want: aws-directory-service-directory/identity-source
  name     = "corp.example.com"
  password = "SuperSecretPassw0rd"
  type     = "MicrosoftAD"
  edition  = "Standard"
}

resource "aws_directory_service_directory" "id_simple" {
  # type defaults to SimpleAD.
  # mapping: aws-directory-service-directory partial
  # want: aws-directory-service-directory/domain-admin
  # want: aws-directory-service-directory/identity-source
  name     = "simple.example.com"
  password = "SuperSecretPassw0rd"
  size     = "Small"
}

resource "aws_directory_service_directory" "id_connector" {
  # mapping: aws-directory-service-directory/ad-connector none
  # want: aws-directory-service-directory
  name     = "onprem.example.com"
  password = "SuperSecretPassw0rd"
  type     = "ADConnector"
  size     = "Small"
}

resource "aws_config_config_rule" "id_managed" {
  # mapping: aws-config-config-rule/managed-rule partial
  # want: aws-config-config-rule/tag-scope
  name = "s3-versioning"
  source {
    owner             = "AWS"
    source_identifier = "S3_BUCKET_VERSIONING_ENABLED"
  }
  scope {
    tag_key   = "env"
    tag_value = "prod"
  }
}

resource "aws_config_config_rule" "id_custom" {
  # mapping: aws-config-config-rule partial
  # want: aws-config-config-rule/custom-lambda
  # want: aws-config-config-rule/proactive
  # want: aws-config-config-rule/periodic
  name                        = "custom"
  maximum_execution_frequency = "TwentyFour_Hours"
  source {
    owner             = "CUSTOM_LAMBDA"
    source_identifier = "arn:aws:lambda:eu-west-1:111122223333:function:check"
  }
  evaluation_mode {
    mode = "PROACTIVE"
  }
}

resource "aws_acm_certificate" "id_wildcard" {
  # mapping: aws-acm-certificate partial
  # want: aws-acm-certificate/dns-validation
  # want: aws-acm-certificate/wildcard
  domain_name       = "*.example.com"
  validation_method = "DNS"
}

resource "aws_acm_certificate" "id_email" {
  # mapping: aws-acm-certificate partial
  # want: aws-acm-certificate/email-validation
  domain_name               = "app.example.com"
  subject_alternative_names = ["www.example.com"]
  validation_method         = "EMAIL"
}

resource "aws_acm_certificate" "id_imported" {
  # mapping: aws-acm-certificate/imported direct
  # want: aws-acm-certificate/private-key-in-config
  private_key      = "-----BEGIN PRIVATE KEY-----\nMIIE...\n-----END PRIVATE KEY-----\n"
  certificate_body = "-----BEGIN CERTIFICATE-----\nMIID...\n-----END CERTIFICATE-----\n"
}

resource "aws_acm_certificate" "id_private" {
  # mapping: aws-acm-certificate/private-ca partial
  domain_name               = "internal.example.com"
  certificate_authority_arn = "arn:aws:acm-pca:eu-west-1:111122223333:certificate-authority/12345678-1234-1234-1234-123456789012"
}
