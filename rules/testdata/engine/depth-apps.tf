# Depth fixtures for application integration, API and container mappings
# (SQS, SNS, EventBridge, Pipes, Step Functions, Kinesis, MSK, API Gateway,
# Auto Scaling, ECS, ECR, EKS). Every resource name starts with app_.

resource "aws_sqs_queue" "app_small" {
  # Small messages, no FIFO or dead-letter queue: Queue Storage fits, and the
  # Service Bus lock caveat does not apply to a long visibility timeout.
  # mapping: aws-sqs-queue/storage-queue direct
  # want: aws-sqs-queue/storage-queue-poison
  max_message_size           = 65536
  visibility_timeout_seconds = 900
  message_retention_seconds  = 1209600
}

resource "aws_sqs_queue" "app_small_fifo" {
  # FIFO keeps the queue on Service Bus.
  # mapping: aws-sqs-queue direct
  # want: aws-sqs-queue/fifo-sessions
  max_message_size = 65536
  fifo_queue       = true
}

resource "aws_sqs_queue" "app_retained" {
  # mapping: aws-sqs-queue direct
  # want: aws-sqs-queue/retention
  # want: aws-sqs-queue/delivery-delay
  message_retention_seconds = 345600
  delay_seconds             = 10
}

resource "aws_sqs_queue_policy" "app_from_sns" {
  # mapping: aws-sqs-queue-policy partial
  # want: aws-sqs-queue-policy/service-principal
  queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/app"
  policy    = <<-EOT
    {"Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": "*"}]}
  EOT
}

resource "aws_sqs_queue_policy" "app_account" {
  # mapping: aws-sqs-queue-policy partial
  queue_url = "https://sqs.eu-west-1.amazonaws.com/123456789012/app"
  policy    = <<-EOT
    {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sqs:*", "Resource": "*"}]}
  EOT
}

resource "aws_sns_topic" "app_archive" {
  # mapping: aws-sns-topic/fifo direct
  # want: aws-sns-topic/archive-policy
  name           = "app.fifo"
  fifo_topic     = true
  archive_policy = "{\"MessageRetentionPeriod\": 30}"
}

resource "aws_sns_topic" "app_logged" {
  # mapping: aws-sns-topic partial
  # want: aws-sns-topic/delivery-status-logging
  lambda_failure_feedback_role_arn = "arn:aws:iam::123456789012:role/sns-logs"
}

resource "aws_sns_topic" "app_plain" {
  # mapping: aws-sns-topic partial
  name = "app-plain"
}

resource "aws_sns_topic_subscription" "app_dlq" {
  # mapping: aws-sns-topic-subscription partial
  # want: aws-sns-topic-subscription/redrive-policy
  # want: aws-sns-topic-subscription/raw-message-delivery
  protocol             = "sqs"
  endpoint             = "arn:aws:sqs:eu-west-1:123456789012:app"
  topic_arn            = "arn:aws:sns:eu-west-1:123456789012:app"
  raw_message_delivery = true
  redrive_policy       = "{\"deadLetterTargetArn\": \"arn:aws:sqs:eu-west-1:123456789012:app-dlq\"}"
}

resource "aws_sns_topic_subscription" "app_http" {
  # mapping: aws-sns-topic-subscription partial
  # want: aws-sns-topic-subscription/delivery-policy
  protocol             = "https"
  endpoint             = "https://example.com/hook"
  topic_arn            = "arn:aws:sns:eu-west-1:123456789012:app"
  raw_message_delivery = false
  delivery_policy      = "{\"healthyRetryPolicy\": {\"numRetries\": 5}}"
}

resource "aws_sns_topic_subscription" "app_mail" {
  # mapping: aws-sns-topic-subscription/notification partial
  protocol  = "email"
  endpoint  = "ops@example.com"
  topic_arn = "arn:aws:sns:eu-west-1:123456789012:app"
}

resource "aws_cloudwatch_event_bus" "app_partner" {
  # mapping: aws-cloudwatch-event-bus/partner partial
  # want: aws-cloudwatch-event-bus/schema-registry
  name              = "aws.partner/example.com/123/app"
  event_source_name = "aws.partner/example.com/123/app"
}

resource "aws_cloudwatch_event_bus" "app_bus" {
  # mapping: aws-cloudwatch-event-bus partial
  # want: aws-cloudwatch-event-bus/schema-registry
  # want: aws-cloudwatch-event-bus/dead-letter
  name = "app"
  dead_letter_config {
    arn = "arn:aws:sqs:eu-west-1:123456789012:app-dlq"
  }
}

resource "aws_cloudwatch_event_rule" "app_ec2" {
  # mapping: aws-cloudwatch-event-rule partial
  # want: aws-cloudwatch-event-rule/aws-service-events
  event_pattern = <<-EOT
    {"source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"]}
  EOT
}

resource "aws_cloudwatch_event_rule" "app_custom" {
  # mapping: aws-cloudwatch-event-rule partial
  event_pattern = <<-EOT
    {"source": ["com.example.orders"]}
  EOT
}

resource "aws_cloudwatch_event_rule" "app_cron" {
  # mapping: aws-cloudwatch-event-rule/schedule partial
  # want: aws-cloudwatch-event-rule/cron-schedule
  schedule_expression = "cron(0 12 * * ? *)"
}

resource "aws_cloudwatch_event_rule" "app_rate" {
  # mapping: aws-cloudwatch-event-rule/schedule partial
  schedule_expression = "rate(5 minutes)"
}

resource "aws_cloudwatch_event_target" "app_task" {
  # mapping: aws-cloudwatch-event-target/ecs-task partial
  # want: aws-cloudwatch-event-target/dead-letter
  # want: aws-cloudwatch-event-target/retry-policy
  rule = "app"
  arn  = "arn:aws:ecs:eu-west-1:123456789012:cluster/app"
  ecs_target {
    task_definition_arn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/app:1"
  }
  dead_letter_config {
    arn = "arn:aws:sqs:eu-west-1:123456789012:app-dlq"
  }
  retry_policy {
    maximum_retry_attempts       = 3
    maximum_event_age_in_seconds = 3600
  }
}

resource "aws_cloudwatch_event_target" "app_sfn" {
  # mapping: aws-cloudwatch-event-target/state-machine partial
  rule = "app"
  arn  = "arn:aws:states:eu-west-1:123456789012:stateMachine:app"
}

resource "aws_cloudwatch_event_target" "app_queue" {
  # mapping: aws-cloudwatch-event-target implicit
  rule = "app"
  arn  = "arn:aws:sqs:eu-west-1:123456789012:app"
}

resource "aws_cloudwatch_event_api_destination" "app_put" {
  # mapping: aws-cloudwatch-event-api-destination partial
  # want: aws-cloudwatch-event-api-destination/http-method
  # want: aws-cloudwatch-event-api-destination/rate-limit
  name                             = "app-put"
  http_method                      = "PUT"
  invocation_endpoint              = "https://api.example.com/orders"
  invocation_rate_limit_per_second = 10
  connection_arn                   = "arn:aws:events:eu-west-1:123456789012:connection/app"
}

resource "aws_cloudwatch_event_api_destination" "app_post" {
  # mapping: aws-cloudwatch-event-api-destination partial
  name                = "app-post"
  http_method         = "POST"
  invocation_endpoint = "https://api.example.com/orders"
  connection_arn      = "arn:aws:events:eu-west-1:123456789012:connection/app"
}

resource "aws_cloudwatch_event_connection" "app_oauth" {
  # mapping: aws-cloudwatch-event-connection/oauth partial
  name               = "app-oauth"
  authorization_type = "OAUTH_CLIENT_CREDENTIALS"
}

resource "aws_cloudwatch_event_connection" "app_key" {
  # mapping: aws-cloudwatch-event-connection partial
  name               = "app-key"
  authorization_type = "API_KEY"
}

resource "aws_pipes_pipe" "app_stream" {
  # mapping: aws-pipes-pipe/stream-function partial
  # want: aws-pipes-pipe/stream-source
  # want: aws-pipes-pipe/input-template
  source   = "arn:aws:kinesis:eu-west-1:123456789012:stream/app"
  target   = "arn:aws:sqs:eu-west-1:123456789012:app"
  role_arn = "arn:aws:iam::123456789012:role/pipe"
  target_parameters {
    input_template = "{\"id\": <$.data.id>}"
  }
}

resource "aws_pipes_pipe" "app_kafka" {
  # mapping: aws-pipes-pipe/stream-function partial
  # want: aws-pipes-pipe/stream-source
  source   = "smk://broker.example.com:9092"
  target   = "arn:aws:sqs:eu-west-1:123456789012:app"
  role_arn = "arn:aws:iam::123456789012:role/pipe"
}

resource "aws_pipes_pipe" "app_queue" {
  # mapping: aws-pipes-pipe partial
  source   = "arn:aws:sqs:eu-west-1:123456789012:app"
  target   = "arn:aws:states:eu-west-1:123456789012:stateMachine:app"
  role_arn = "arn:aws:iam::123456789012:role/pipe"
}

resource "aws_sfn_state_machine" "app_express" {
  # mapping: aws-sfn-state-machine/express partial
  # want: aws-sfn-state-machine/definition-rewrite
  # want: aws-sfn-state-machine/express-workflow
  # want: aws-sfn-state-machine/callback-tasks
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  type       = "EXPRESS"
  definition = <<-EOT
    {"StartAt": "Ask", "States": {"Ask": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage.waitForTaskToken", "End": true}}}
  EOT
}

resource "aws_sfn_state_machine" "app_map" {
  # mapping: aws-sfn-state-machine partial
  # want: aws-sfn-state-machine/definition-rewrite
  # want: aws-sfn-state-machine/distributed-map
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = <<-EOT
    {"StartAt": "Each", "States": {"Each": {"Type": "Map", "ItemProcessor": {"ProcessorConfig": {"Mode": "DISTRIBUTED"}}, "End": true}}}
  EOT
}

resource "aws_kinesis_stream" "app_big" {
  # mapping: aws-kinesis-stream direct
  # want: aws-kinesis-stream/record-size
  name                   = "app-big"
  shard_count            = 2
  max_record_size_in_kib = 10240
}

resource "aws_kinesis_stream" "app_default" {
  # mapping: aws-kinesis-stream direct
  name        = "app-default"
  shard_count = 1
}

resource "aws_kinesis_firehose_delivery_stream" "app_from_stream" {
  # mapping: aws-kinesis-firehose-delivery-stream partial
  # want: aws-kinesis-firehose-delivery-stream/stream-source
  name        = "app"
  destination = "extended_s3"
  kinesis_source_configuration {
    kinesis_stream_arn = "arn:aws:kinesis:eu-west-1:123456789012:stream/app"
    role_arn           = "arn:aws:iam::123456789012:role/firehose"
  }
  extended_s3_configuration {
    role_arn   = "arn:aws:iam::123456789012:role/firehose"
    bucket_arn = "arn:aws:s3:::app"
  }
}

resource "aws_msk_cluster" "app_open" {
  # No client authentication: unauthenticated clients, as MSK allows.
  # mapping: aws-msk-cluster partial
  # want: aws-msk-cluster/not-a-kafka-cluster
  # want: aws-msk-cluster/unauthenticated-clients
  # want: aws-msk-cluster/plaintext
  cluster_name           = "app-open"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  encryption_info {
    encryption_in_transit {
      client_broker = "TLS_PLAINTEXT"
    }
  }
}

resource "aws_msk_cluster" "app_iam" {
  # mapping: aws-msk-cluster partial
  # want: aws-msk-cluster/not-a-kafka-cluster
  # want: aws-msk-cluster/client-authentication
  cluster_name           = "app-iam"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3
  client_authentication {
    sasl {
      iam = true
    }
  }
}

resource "aws_msk_cluster_policy" "app_vpc" {
  # mapping: aws-msk-cluster-policy partial
  # want: aws-msk-cluster-policy/multi-vpc-connectivity
  cluster_arn = "arn:aws:kafka:eu-west-1:123456789012:cluster/app/abc"
  policy      = <<-EOT
    {"Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::210987654321:root"}, "Action": ["kafka:CreateVpcConnection", "kafka:GetBootstrapBrokers"], "Resource": "*"}]}
  EOT
}

resource "aws_api_gateway_rest_api" "app_edge" {
  # No endpoint configuration: edge-optimized by default.
  # mapping: aws-api-gateway-rest-api partial
  # want: aws-api-gateway-rest-api/edge-endpoint
  name = "app-edge"
}

resource "aws_api_gateway_rest_api" "app_regional" {
  # mapping: aws-api-gateway-rest-api partial
  name = "app-regional"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_method" "app_iam" {
  # mapping: aws-api-gateway-method direct
  # want: aws-api-gateway-method/iam-authorization
  # want: aws-api-gateway-method/api-key-required
  rest_api_id      = "abc123"
  resource_id      = "def456"
  http_method      = "GET"
  authorization    = "AWS_IAM"
  api_key_required = true
}

resource "aws_api_gateway_method" "app_open" {
  # mapping: aws-api-gateway-method direct
  rest_api_id   = "abc123"
  resource_id   = "def456"
  http_method   = "POST"
  authorization = "NONE"
}

resource "aws_api_gateway_deployment" "app_canary" {
  # mapping: aws-api-gateway-deployment implicit
  # want: aws-api-gateway-deployment/canary
  rest_api_id = "abc123"
  canary_settings {
    percent_traffic = 10
  }
}

resource "aws_api_gateway_resource" "app_proxy" {
  # mapping: aws-api-gateway-resource implicit
  # want: aws-api-gateway-resource/greedy-path
  rest_api_id = "abc123"
  parent_id   = "root"
  path_part   = "{proxy+}"
}

resource "aws_api_gateway_resource" "app_items" {
  # mapping: aws-api-gateway-resource implicit
  rest_api_id = "abc123"
  parent_id   = "root"
  path_part   = "{id}"
}

resource "aws_apigatewayv2_api" "app_http" {
  # mapping: aws-apigatewayv2-api partial
  # want: aws-apigatewayv2-api/subscription-keys
  name          = "app-http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "app_ws" {
  # mapping: aws-apigatewayv2-api/websocket partial
  name                       = "app-ws"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}

resource "aws_apigatewayv2_route" "app_connect" {
  # mapping: aws-apigatewayv2-route/websocket-route partial
  # want: aws-apigatewayv2-route/iam-authorization
  api_id             = "ws123"
  route_key          = "$connect"
  authorization_type = "AWS_IAM"
}

resource "aws_apigatewayv2_route" "app_get" {
  # mapping: aws-apigatewayv2-route direct
  api_id    = "http123"
  route_key = "GET /items/{id}"
}

resource "aws_apigatewayv2_integration" "app_sqs" {
  # mapping: aws-apigatewayv2-integration/aws-service partial
  api_id              = "http123"
  integration_type    = "AWS_PROXY"
  integration_subtype = "SQS-SendMessage"
}

resource "aws_apigatewayv2_integration" "app_private" {
  # mapping: aws-apigatewayv2-integration partial
  # want: aws-apigatewayv2-integration/vpc-link
  api_id           = "http123"
  integration_type = "HTTP_PROXY"
  integration_uri  = "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/x/y/z"
  connection_type  = "VPC_LINK"
  connection_id    = "vl123"
}

resource "aws_autoscaling_group" "app_asg" {
  # mapping: aws-autoscaling-group direct
  # want: aws-autoscaling-group/max-instance-lifetime
  # want: aws-autoscaling-group/instance-refresh
  min_size              = 1
  max_size              = 3
  max_instance_lifetime = 604800
  instance_refresh {
    strategy = "Rolling"
  }
}

resource "aws_appautoscaling_target" "app_aurora" {
  # mapping: aws-appautoscaling-target partial
  # want: aws-appautoscaling-target/replica-scaling
  service_namespace  = "rds"
  resource_id        = "cluster:app"
  scalable_dimension = "rds:cluster:ReadReplicaCount"
  min_capacity       = 1
  max_capacity       = 5
}

resource "aws_appautoscaling_target" "app_table" {
  # mapping: aws-appautoscaling-target/dynamodb implicit
  service_namespace  = "dynamodb"
  resource_id        = "table/app"
  scalable_dimension = "dynamodb:table:ReadCapacityUnits"
  min_capacity       = 5
  max_capacity       = 50
}

resource "aws_appautoscaling_policy" "app_endpoint" {
  # mapping: aws-appautoscaling-policy partial
  # want: aws-appautoscaling-policy/target-tracking
  name               = "app-endpoint"
  service_namespace  = "sagemaker"
  resource_id        = "endpoint/app/variant/main"
  scalable_dimension = "sagemaker:variant:DesiredInstanceCount"
  policy_type        = "TargetTrackingScaling"
}

resource "aws_appautoscaling_policy" "app_ecs" {
  # mapping: aws-appautoscaling-policy/ecs implicit
  # want: aws-appautoscaling-policy/request-count
  name               = "app-ecs"
  service_namespace  = "ecs"
  resource_id        = "service/app/web"
  scalable_dimension = "ecs:service:DesiredCount"
  policy_type        = "TargetTrackingScaling"
  target_tracking_scaling_policy_configuration {
    target_value = 100
    predefined_metric_specification {
      predefined_metric_type = "ALBRequestCountPerTarget"
      resource_label         = "app/alb/1/targetgroup/tg/2"
    }
  }
}

resource "aws_ecs_service" "app_daemon" {
  # mapping: aws-ecs-service/daemon partial
  # want: aws-ecs-service/ec2-launch-type
  # want: aws-ecs-service/daemon-scheduling
  name                = "app-agent"
  launch_type         = "EC2"
  scheduling_strategy = "DAEMON"
}

resource "aws_ecs_service" "app_web" {
  # mapping: aws-ecs-service partial
  # want: aws-ecs-service/spot-capacity
  # want: aws-ecs-service/circuit-breaker
  # want: aws-ecs-service/service-discovery
  name = "app-web"
  capacity_provider_strategy {
    capacity_provider = "FARGATE_SPOT"
    weight            = 1
  }
  deployment_circuit_breaker {
    enable   = true
    rollback = true
  }
  service_registries {
    registry_arn = "arn:aws:servicediscovery:eu-west-1:123456789012:service/srv-1"
  }
}

resource "aws_ecs_service" "app_bluegreen" {
  # mapping: aws-ecs-service partial
  # want: aws-ecs-service/blue-green
  name = "app-bg"
  deployment_controller {
    type = "CODE_DEPLOY"
  }
}

resource "aws_ecs_task_definition" "app_arm" {
  # 1 GiB for 0.25 vCPU: more memory per vCPU than Consumption sizes offer.
  # mapping: aws-ecs-task-definition implicit
  # want: aws-ecs-task-definition/arm64
  # want: aws-ecs-task-definition/memory-per-vcpu
  family                = "app-arm"
  cpu                   = "256"
  memory                = "1024"
  container_definitions = "[{\"name\": \"app\", \"image\": \"app:1\"}]"
  runtime_platform {
    cpu_architecture        = "ARM64"
    operating_system_family = "LINUX"
  }
}

resource "aws_ecs_task_definition" "app_windows" {
  # mapping: aws-ecs-task-definition implicit
  # want: aws-ecs-task-definition/windows
  # want: aws-ecs-task-definition/gpu
  family                = "app-win"
  cpu                   = "1024"
  memory                = "2048"
  container_definitions = <<-EOT
    [{"name": "app", "image": "app:1", "resourceRequirements": [{"type": "GPU", "value": "1"}]}]
  EOT
  runtime_platform {
    cpu_architecture        = "X86_64"
    operating_system_family = "WINDOWS_SERVER_2022_CORE"
  }
}

resource "aws_ecr_repository" "app_locked" {
  # mapping: aws-ecr-repository implicit
  # want: aws-ecr-repository/tag-immutability
  # want: aws-ecr-repository/scan-on-push
  # want: aws-ecr-repository/customer-managed-key
  name                 = "app-locked"
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_repository" "app_plain" {
  # mapping: aws-ecr-repository implicit
  name                 = "app-plain"
  image_tag_mutability = "MUTABLE"
}

resource "aws_ecr_lifecycle_policy" "app_rules" {
  # mapping: aws-ecr-lifecycle-policy partial
  # want: aws-ecr-lifecycle-policy/count-rule
  # want: aws-ecr-lifecycle-policy/untagged-rule
  repository = "app-locked"
  policy     = <<-EOT
    {"rules": [
      {"rulePriority": 1, "selection": {"tagStatus": "untagged", "countType": "sinceImagePushed", "countUnit": "days", "countNumber": 7}, "action": {"type": "expire"}},
      {"rulePriority": 2, "selection": {"tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 30}, "action": {"type": "expire"}}
    ]}
  EOT
}

resource "aws_eks_cluster" "app_auto" {
  # mapping: aws-eks-cluster direct
  # want: aws-eks-cluster/access-model
  # want: aws-eks-cluster/auto-mode
  # want: aws-eks-cluster/ipv6
  name     = "app-auto"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
  upgrade_policy {
    support_type = "STANDARD"
  }
  compute_config {
    enabled = true
  }
  kubernetes_network_config {
    ip_family = "ipv6"
  }
}

resource "aws_eks_cluster" "app_default" {
  # No upgrade_policy: EKS extended support by default.
  # mapping: aws-eks-cluster direct
  # want: aws-eks-cluster/access-model
  # want: aws-eks-cluster/extended-support
  name     = "app-default"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_node_group" "app_arm" {
  # mapping: aws-eks-node-group direct
  # want: aws-eks-node-group/arm64
  # want: aws-eks-node-group/spot
  # translate: vm-size m7g.large Standard_D2ps_v6
  cluster_name   = "app-default"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  ami_type       = "AL2023_ARM_64_STANDARD"
  capacity_type  = "SPOT"
  instance_types = ["m7g.large"]
}

resource "aws_eks_node_group" "app_gpu" {
  # mapping: aws-eks-node-group direct
  # want: aws-eks-node-group/bottlerocket
  # want: aws-eks-node-group/gpu
  # want: aws-eks-node-group/mixed-instance-types
  # translate: vm-size g5.xlarge -
  # translate: vm-size g5.2xlarge -
  cluster_name   = "app-default"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  ami_type       = "BOTTLEROCKET_x86_64_NVIDIA"
  instance_types = ["g5.xlarge", "g5.2xlarge"]
}

resource "aws_eks_node_group" "app_windows" {
  # mapping: aws-eks-node-group direct
  # want: aws-eks-node-group/windows
  cluster_name  = "app-default"
  node_role_arn = "arn:aws:iam::123456789012:role/node"
  subnet_ids    = ["subnet-1"]
  ami_type      = "WINDOWS_CORE_2022_x86_64"
}

resource "aws_eks_node_group" "app_neuron" {
  # mapping: aws-eks-node-group direct
  # want: aws-eks-node-group/neuron
  # translate: vm-size inf2.xlarge -
  cluster_name   = "app-default"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  ami_type       = "AL2023_x86_64_NEURON"
  instance_types = ["inf2.xlarge"]
}

resource "aws_eks_node_group" "app_custom" {
  # mapping: aws-eks-node-group direct
  # want: aws-eks-node-group/custom-ami
  cluster_name  = "app-default"
  node_role_arn = "arn:aws:iam::123456789012:role/node"
  subnet_ids    = ["subnet-1"]
  ami_type      = "CUSTOM"
}

resource "aws_eks_node_group" "app_standard" {
  # mapping: aws-eks-node-group direct
  # translate: vm-size m6i.xlarge Standard_D4s_v5
  cluster_name   = "app-default"
  node_role_arn  = "arn:aws:iam::123456789012:role/node"
  subnet_ids     = ["subnet-1"]
  ami_type       = "AL2023_x86_64_STANDARD"
  instance_types = ["m6i.xlarge"]
}

resource "aws_eks_addon" "app_observability" {
  # mapping: aws-eks-addon/observability implicit
  cluster_name = "app-default"
  addon_name   = "amazon-cloudwatch-observability"
}

resource "aws_eks_addon" "app_s3" {
  # mapping: aws-eks-addon/s3-csi implicit
  cluster_name = "app-default"
  addon_name   = "aws-mountpoint-s3-csi-driver"
}

resource "aws_eks_addon" "app_guardduty" {
  # mapping: aws-eks-addon/guardduty implicit
  cluster_name = "app-default"
  addon_name   = "aws-guardduty-agent"
}

resource "aws_eks_access_entry" "app_node" {
  # mapping: aws-eks-access-entry/node implicit
  cluster_name  = "app-default"
  principal_arn = "arn:aws:iam::123456789012:role/node"
  type          = "EC2_LINUX"
}

resource "aws_eks_access_entry" "app_user" {
  # mapping: aws-eks-access-entry partial
  cluster_name  = "app-default"
  principal_arn = "arn:aws:iam::123456789012:role/admin"
  type          = "STANDARD"
}

resource "aws_eks_pod_identity_association" "app_cross_account" {
  # mapping: aws-eks-pod-identity-association direct
  # want: aws-eks-pod-identity-association/role-chaining
  cluster_name    = "app-default"
  namespace       = "app"
  service_account = "app"
  role_arn        = "arn:aws:iam::123456789012:role/app"
  target_role_arn = "arn:aws:iam::210987654321:role/app"
}

resource "aws_eks_pod_identity_association" "app_same_account" {
  # mapping: aws-eks-pod-identity-association direct
  cluster_name    = "app-default"
  namespace       = "app"
  service_account = "app"
  role_arn        = "arn:aws:iam::123456789012:role/app"
}

resource "aws_autoscaling_group" "app_policies" {
  # mapping: aws-autoscaling-group direct
  # want: aws-autoscaling-group/termination-policies
  min_size             = 1
  max_size             = 3
  termination_policies = ["OldestLaunchTemplate", "Default"]
}

resource "aws_autoscaling_group" "app_default_policy" {
  # mapping: aws-autoscaling-group direct
  min_size             = 1
  max_size             = 3
  termination_policies = ["Default"]
}

resource "aws_ecs_task_definition" "app_host_volume" {
  # mapping: aws-ecs-task-definition implicit
  # want: aws-ecs-task-definition/host-volume
  family                = "app-host"
  container_definitions = "[{\"name\": \"app\", \"image\": \"app:1\"}]"
  volume {
    name      = "docker-sock"
    host_path = "/var/run/docker.sock"
  }
}

resource "aws_ecs_task_definition" "app_efs" {
  # mapping: aws-ecs-task-definition implicit
  # want: aws-ecs-task-definition/efs-volume
  family                = "app-efs"
  container_definitions = "[{\"name\": \"app\", \"image\": \"app:1\"}]"
  volume {
    name = "data"
    efs_volume_configuration {
      file_system_id = "fs-123"
    }
  }
}

resource "aws_eks_cluster" "app_hybrid" {
  # mapping: aws-eks-cluster direct
  # want: aws-eks-cluster/access-model
  # want: aws-eks-cluster/extended-support
  # want: aws-eks-cluster/hybrid-nodes
  name     = "app-hybrid"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
  remote_network_config {
    remote_node_networks {
      cidrs = ["10.80.0.0/16"]
    }
  }
}

resource "aws_apigatewayv2_authorizer" "app_cognito" {
  # mapping: aws-apigatewayv2-authorizer direct
  # want: aws-apigatewayv2-authorizer/cognito
  api_id           = "http123"
  authorizer_type  = "JWT"
  name             = "cognito"
  identity_sources = ["$request.header.Authorization"]
  jwt_configuration {
    audience = ["app"]
    issuer   = "https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_abc"
  }
}

resource "aws_apigatewayv2_authorizer" "app_entra" {
  # mapping: aws-apigatewayv2-authorizer direct
  api_id           = "http123"
  authorizer_type  = "JWT"
  name             = "entra"
  identity_sources = ["$request.header.Authorization"]
  jwt_configuration {
    audience = ["api://app"]
    issuer   = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0"
  }
}

resource "aws_api_gateway_authorizer" "app_pool" {
  # mapping: aws-api-gateway-authorizer partial
  # want: aws-api-gateway-authorizer/cognito
  name          = "pool"
  rest_api_id   = "abc123"
  type          = "COGNITO_USER_POOLS"
  provider_arns = ["arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_abc"]
}
