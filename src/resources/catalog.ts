/**
 * The resource-type catalog: an explicit, sorted index (STYLE.md habit 8 —
 * no registration by import side effect). Adding a type means adding its
 * file under types/ and one line here; a test checks the order and that
 * each type's name matches its file.
 */
import type { Static } from '@sinclair/typebox';
import type { ResourceTypeDefinition } from './define.js';
import { account } from './types/account.js';
import { acmCertificate } from './types/acm-certificate.js';
import { apigatewayStage } from './types/apigateway-stage.js';
import { apigatewayv2Route } from './types/apigatewayv2-route.js';
import { apigatewayv2Stage } from './types/apigatewayv2-stage.js';
import { autoscalingGroup } from './types/autoscaling-group.js';
import { autoscalingLaunchConfiguration } from './types/autoscaling-launch-configuration.js';
import { cloudfrontDistribution } from './types/cloudfront-distribution.js';
import { cloudtrailTrail } from './types/cloudtrail-trail.js';
import { cloudwatchAlarm } from './types/cloudwatch-alarm.js';
import { codebuildProject } from './types/codebuild-project.js';
import { codebuildReportGroup } from './types/codebuild-report-group.js';
import { daxCluster } from './types/dax-cluster.js';
import { dmsEndpoint } from './types/dms-endpoint.js';
import { dmsReplicationInstance } from './types/dms-replication-instance.js';
import { dmsReplicationTask } from './types/dms-replication-task.js';
import { dynamodbTable } from './types/dynamodb-table.js';
import { ec2ClientVpnEndpoint } from './types/ec2-client-vpn-endpoint.js';
import { ec2ElasticIp } from './types/ec2-elastic-ip.js';
import { ec2Image } from './types/ec2-image.js';
import { ec2Instance } from './types/ec2-instance.js';
import { ec2LaunchTemplate } from './types/ec2-launch-template.js';
import { ec2NetworkAcl } from './types/ec2-network-acl.js';
import { ec2NetworkInterface } from './types/ec2-network-interface.js';
import { ec2SecurityGroup } from './types/ec2-security-group.js';
import { ec2Snapshot } from './types/ec2-snapshot.js';
import { ec2Subnet } from './types/ec2-subnet.js';
import { ec2TransitGateway } from './types/ec2-transit-gateway.js';
import { ec2Volume } from './types/ec2-volume.js';
import { ec2Vpc } from './types/ec2-vpc.js';
import { ec2VpcEndpoint } from './types/ec2-vpc-endpoint.js';
import { ec2VpnConnection } from './types/ec2-vpn-connection.js';
import { ecrRepository } from './types/ecr-repository.js';
import { ecsCluster } from './types/ecs-cluster.js';
import { ecsService } from './types/ecs-service.js';
import { ecsTaskDefinition } from './types/ecs-task-definition.js';
import { efsAccessPoint } from './types/efs-access-point.js';
import { efsFileSystem } from './types/efs-file-system.js';
import { eksCluster } from './types/eks-cluster.js';
import { elasticacheCacheCluster } from './types/elasticache-cache-cluster.js';
import { elasticacheReplicationGroup } from './types/elasticache-replication-group.js';
import { elbLoadBalancer } from './types/elb-load-balancer.js';
import { elbv2LoadBalancer } from './types/elbv2-load-balancer.js';
import { eventsEventBus } from './types/events-event-bus.js';
import { eventsRule } from './types/events-rule.js';
import { firehoseDeliveryStream } from './types/firehose-delivery-stream.js';
import { fsxFileSystem } from './types/fsx-file-system.js';
import { guarddutyDetector } from './types/guardduty-detector.js';
import { iamPolicy } from './types/iam-policy.js';
import { iamRole } from './types/iam-role.js';
import { iamServerCertificate } from './types/iam-server-certificate.js';
import { iamUser } from './types/iam-user.js';
import { kafkaconnectConnector } from './types/kafkaconnect-connector.js';
import { kinesisStream } from './types/kinesis-stream.js';
import { kmsKey } from './types/kms-key.js';
import { lambdaFunction } from './types/lambda-function.js';
import { lambdaLayerVersion } from './types/lambda-layer-version.js';
import { logsLogGroup } from './types/logs-log-group.js';
import { mqBroker } from './types/mq-broker.js';
import { mskCluster } from './types/msk-cluster.js';
import { networkFirewallFirewall } from './types/network-firewall-firewall.js';
import { networkFirewallFirewallPolicy } from './types/network-firewall-firewall-policy.js';
import { networkFirewallRuleGroup } from './types/network-firewall-rule-group.js';
import { opensearchDomain } from './types/opensearch-domain.js';
import { rdsDbCluster } from './types/rds-db-cluster.js';
import { neptuneDbCluster } from './types/neptune-db-cluster.js';
import { neptuneDbClusterSnapshot } from './types/neptune-db-cluster-snapshot.js';
import { docdbDbCluster } from './types/docdb-db-cluster.js';
import { docdbDbClusterSnapshot } from './types/docdb-db-cluster-snapshot.js';
import { rdsDbInstance } from './types/rds-db-instance.js';
import { rdsDbProxy } from './types/rds-db-proxy.js';
import { rdsDbClusterSnapshot } from './types/rds-db-cluster-snapshot.js';
import { rdsDbSnapshot } from './types/rds-db-snapshot.js';
import { rdsEventSubscription } from './types/rds-event-subscription.js';
import { redshiftCluster } from './types/redshift-cluster.js';
import { redshiftServerlessNamespace } from './types/redshift-serverless-namespace.js';
import { redshiftServerlessWorkgroup } from './types/redshift-serverless-workgroup.js';
import { region } from './types/region.js';
import { route53HostedZone } from './types/route53-hosted-zone.js';
import { s3Bucket } from './types/s3-bucket.js';
import { sagemakerEndpointConfig } from './types/sagemaker-endpoint-config.js';
import { sagemakerModel } from './types/sagemaker-model.js';
import { sagemakerNotebookInstance } from './types/sagemaker-notebook-instance.js';
import { secretsmanagerSecret } from './types/secretsmanager-secret.js';
import { sfnStateMachine } from './types/sfn-state-machine.js';
import { snsTopic } from './types/sns-topic.js';
import { sqsQueue } from './types/sqs-queue.js';
import { ssmDocument } from './types/ssm-document.js';
import { ssmManagedInstance } from './types/ssm-managed-instance.js';
import { wafv2RuleGroup } from './types/wafv2-rule-group.js';
import { wafv2WebAcl } from './types/wafv2-web-acl.js';

const definitions = [
  account,
  acmCertificate,
  apigatewayStage,
  apigatewayv2Route,
  apigatewayv2Stage,
  autoscalingGroup,
  autoscalingLaunchConfiguration,
  cloudfrontDistribution,
  cloudtrailTrail,
  cloudwatchAlarm,
  codebuildProject,
  codebuildReportGroup,
  daxCluster,
  dmsEndpoint,
  dmsReplicationInstance,
  dmsReplicationTask,
  docdbDbCluster,
  docdbDbClusterSnapshot,
  dynamodbTable,
  ec2ClientVpnEndpoint,
  ec2ElasticIp,
  ec2Image,
  ec2Instance,
  ec2LaunchTemplate,
  ec2NetworkAcl,
  ec2NetworkInterface,
  ec2SecurityGroup,
  ec2Snapshot,
  ec2Subnet,
  ec2TransitGateway,
  ec2Volume,
  ec2Vpc,
  ec2VpcEndpoint,
  ec2VpnConnection,
  ecrRepository,
  ecsCluster,
  ecsService,
  ecsTaskDefinition,
  efsAccessPoint,
  efsFileSystem,
  eksCluster,
  elasticacheCacheCluster,
  elasticacheReplicationGroup,
  elbLoadBalancer,
  elbv2LoadBalancer,
  eventsEventBus,
  eventsRule,
  firehoseDeliveryStream,
  fsxFileSystem,
  guarddutyDetector,
  iamPolicy,
  iamRole,
  iamServerCertificate,
  iamUser,
  kafkaconnectConnector,
  kinesisStream,
  kmsKey,
  lambdaFunction,
  lambdaLayerVersion,
  logsLogGroup,
  mqBroker,
  mskCluster,
  neptuneDbCluster,
  neptuneDbClusterSnapshot,
  networkFirewallFirewall,
  networkFirewallFirewallPolicy,
  networkFirewallRuleGroup,
  opensearchDomain,
  rdsDbCluster,
  rdsDbClusterSnapshot,
  rdsDbInstance,
  rdsDbProxy,
  rdsDbSnapshot,
  rdsEventSubscription,
  redshiftServerlessNamespace,
  redshiftServerlessWorkgroup,
  redshiftCluster,
  region,
  route53HostedZone,
  s3Bucket,
  sagemakerEndpointConfig,
  sagemakerModel,
  sagemakerNotebookInstance,
  secretsmanagerSecret,
  sfnStateMachine,
  snsTopic,
  sqsQueue,
  ssmDocument,
  ssmManagedInstance,
  wafv2RuleGroup,
  wafv2WebAcl,
] as const;

export const resourceTypes: readonly ResourceTypeDefinition[] = definitions;

/** The static type of each catalog type's `data`, by name: what a collector's draft of that type accepts. */
export type CatalogData = { [D in (typeof definitions)[number] as D['type']]: Static<D['data']> };

const byName = new Map(resourceTypes.map((definition) => [definition.type, definition]));

export function findResourceType(type: string): ResourceTypeDefinition | undefined {
  return byName.get(type);
}

export function resourceTypeNames(): string[] {
  return resourceTypes.map((definition) => definition.type);
}
