/**
 * Every collector, by the catalog type it produces, in one explicit sorted
 * index (no registration by side effect). A collector's module, and the
 * AWS SDK client it brings (most of a live run's start-up), is loaded only
 * when a run collects its type: a scan that needs S3 and IAM never loads
 * the Lambda or EC2 clients.
 */
import type { Collector } from '../define.js';

export interface CollectorEntry {
  /** The catalog type the collector produces (a test checks the loaded collector says the same). */
  readonly type: string;
  readonly load: () => Promise<Collector>;
}

export const collectorEntries: readonly CollectorEntry[] = [
  { type: 'aws.account', load: async () => (await import('./account/account.js')).awsAccount },
  { type: 'aws.acm.certificate', load: async () => (await import('./acm/certificates.js')).acmCertificates },
  { type: 'aws.apigateway.stage', load: async () => (await import('./apigateway/stages.js')).apigatewayStages },
  { type: 'aws.apigatewayv2.route', load: async () => (await import('./apigatewayv2/routes.js')).apigatewayv2Routes },
  { type: 'aws.apigatewayv2.stage', load: async () => (await import('./apigatewayv2/stages.js')).apigatewayv2Stages },
  { type: 'aws.autoscaling.group', load: async () => (await import('./autoscaling/groups.js')).autoscalingGroups },
  { type: 'aws.autoscaling.launch-configuration', load: async () => (await import('./autoscaling/launch-configurations.js')).autoscalingLaunchConfigurations },
  { type: 'aws.cloudfront.distribution', load: async () => (await import('./cloudfront/distributions.js')).cloudfrontDistributions },
  { type: 'aws.cloudtrail.trail', load: async () => (await import('./cloudtrail/trails.js')).cloudtrailTrails },
  { type: 'aws.cloudwatch.alarm', load: async () => (await import('./cloudwatch/alarms.js')).cloudwatchAlarms },
  { type: 'aws.codebuild.project', load: async () => (await import('./codebuild/projects.js')).codebuildProjects },
  { type: 'aws.codebuild.report-group', load: async () => (await import('./codebuild/report-groups.js')).codebuildReportGroups },
  { type: 'aws.dax.cluster', load: async () => (await import('./dax/clusters.js')).daxClusters },
  { type: 'aws.dms.endpoint', load: async () => (await import('./dms/endpoints.js')).dmsEndpoints },
  { type: 'aws.dms.replication-instance', load: async () => (await import('./dms/replication-instances.js')).dmsReplicationInstances },
  { type: 'aws.dms.replication-task', load: async () => (await import('./dms/replication-tasks.js')).dmsReplicationTasks },
  { type: 'aws.docdb.db-cluster', load: async () => (await import('./docdb/db-clusters.js')).docdbDbClusters },
  { type: 'aws.docdb.db-cluster-snapshot', load: async () => (await import('./docdb/db-cluster-snapshots.js')).docdbDbClusterSnapshots },
  { type: 'aws.dynamodb.table', load: async () => (await import('./dynamodb/tables.js')).dynamodbTables },
  { type: 'aws.ec2.client-vpn-endpoint', load: async () => (await import('./ec2/client-vpn-endpoints.js')).ec2ClientVpnEndpoints },
  { type: 'aws.ec2.elastic-ip', load: async () => (await import('./ec2/addresses.js')).ec2Addresses },
  { type: 'aws.ec2.image', load: async () => (await import('./ec2/images.js')).ec2Images },
  { type: 'aws.ec2.instance', load: async () => (await import('./ec2/instances.js')).ec2Instances },
  { type: 'aws.ec2.launch-template', load: async () => (await import('./ec2/launch-templates.js')).ec2LaunchTemplates },
  { type: 'aws.ec2.network-acl', load: async () => (await import('./ec2/network-acls.js')).ec2NetworkAcls },
  { type: 'aws.ec2.network-interface', load: async () => (await import('./ec2/network-interfaces.js')).ec2NetworkInterfaces },
  { type: 'aws.ec2.security-group', load: async () => (await import('./ec2/security-groups.js')).ec2SecurityGroups },
  { type: 'aws.ec2.snapshot', load: async () => (await import('./ec2/snapshots.js')).ec2Snapshots },
  { type: 'aws.ec2.subnet', load: async () => (await import('./ec2/subnets.js')).ec2Subnets },
  { type: 'aws.ec2.transit-gateway', load: async () => (await import('./ec2/transit-gateways.js')).ec2TransitGateways },
  { type: 'aws.ec2.volume', load: async () => (await import('./ec2/volumes.js')).ec2Volumes },
  { type: 'aws.ec2.vpc', load: async () => (await import('./ec2/vpcs.js')).ec2Vpcs },
  { type: 'aws.ec2.vpc-endpoint', load: async () => (await import('./ec2/vpc-endpoints.js')).ec2VpcEndpoints },
  { type: 'aws.ec2.vpn-connection', load: async () => (await import('./ec2/vpn-connections.js')).ec2VpnConnections },
  { type: 'aws.ecr.repository', load: async () => (await import('./ecr/repositories.js')).ecrRepositories },
  { type: 'aws.ecs.cluster', load: async () => (await import('./ecs/clusters.js')).ecsClusters },
  { type: 'aws.ecs.service', load: async () => (await import('./ecs/services.js')).ecsServices },
  { type: 'aws.ecs.task-definition', load: async () => (await import('./ecs/task-definitions.js')).ecsTaskDefinitions },
  { type: 'aws.efs.access-point', load: async () => (await import('./efs/access-points.js')).efsAccessPoints },
  { type: 'aws.efs.file-system', load: async () => (await import('./efs/file-systems.js')).efsFileSystems },
  { type: 'aws.eks.cluster', load: async () => (await import('./eks/clusters.js')).eksClusters },
  { type: 'aws.elasticache.cache-cluster', load: async () => (await import('./elasticache/cache-clusters.js')).elasticacheCacheClusters },
  { type: 'aws.elasticache.replication-group', load: async () => (await import('./elasticache/replication-groups.js')).elasticacheReplicationGroups },
  { type: 'aws.elb.load-balancer', load: async () => (await import('./elb/load-balancers.js')).elbLoadBalancers },
  { type: 'aws.elbv2.load-balancer', load: async () => (await import('./elbv2/load-balancers.js')).elbv2LoadBalancers },
  { type: 'aws.events.event-bus', load: async () => (await import('./events/event-buses.js')).eventsEventBuses },
  { type: 'aws.events.rule', load: async () => (await import('./events/rules.js')).eventsRules },
  { type: 'aws.firehose.delivery-stream', load: async () => (await import('./firehose/delivery-streams.js')).firehoseDeliveryStreams },
  { type: 'aws.fsx.file-system', load: async () => (await import('./fsx/file-systems.js')).fsxFileSystems },
  { type: 'aws.guardduty.detector', load: async () => (await import('./guardduty/detectors.js')).guarddutyDetectors },
  { type: 'aws.iam.policy', load: async () => (await import('./iam/policies.js')).iamPolicies },
  { type: 'aws.iam.role', load: async () => (await import('./iam/roles.js')).iamRoles },
  { type: 'aws.iam.server-certificate', load: async () => (await import('./iam/server-certificates.js')).iamServerCertificates },
  { type: 'aws.iam.user', load: async () => (await import('./iam/users.js')).iamUsers },
  { type: 'aws.kafkaconnect.connector', load: async () => (await import('./kafkaconnect/connectors.js')).kafkaconnectConnectors },
  { type: 'aws.kinesis.stream', load: async () => (await import('./kinesis/streams.js')).kinesisStreams },
  { type: 'aws.kms.key', load: async () => (await import('./kms/keys.js')).kmsKeys },
  { type: 'aws.lambda.function', load: async () => (await import('./lambda/functions.js')).lambdaFunctions },
  { type: 'aws.lambda.layer-version', load: async () => (await import('./lambda/layer-versions.js')).lambdaLayerVersions },
  { type: 'aws.logs.log-group', load: async () => (await import('./logs/log-groups.js')).logsLogGroups },
  { type: 'aws.mq.broker', load: async () => (await import('./mq/brokers.js')).mqBrokers },
  { type: 'aws.msk.cluster', load: async () => (await import('./msk/clusters.js')).mskClusters },
  { type: 'aws.neptune.db-cluster', load: async () => (await import('./neptune/db-clusters.js')).neptuneDbClusters },
  { type: 'aws.neptune.db-cluster-snapshot', load: async () => (await import('./neptune/db-cluster-snapshots.js')).neptuneDbClusterSnapshots },
  { type: 'aws.network-firewall.firewall', load: async () => (await import('./network-firewall/firewalls.js')).networkFirewallFirewalls },
  { type: 'aws.network-firewall.firewall-policy', load: async () => (await import('./network-firewall/firewall-policies.js')).networkFirewallFirewallPolicies },
  { type: 'aws.network-firewall.rule-group', load: async () => (await import('./network-firewall/rule-groups.js')).networkFirewallRuleGroups },
  { type: 'aws.opensearch.domain', load: async () => (await import('./opensearch/domains.js')).opensearchDomains },
  { type: 'aws.rds.db-cluster', load: async () => (await import('./rds/db-clusters.js')).rdsDbClusters },
  { type: 'aws.rds.db-cluster-snapshot', load: async () => (await import('./rds/db-cluster-snapshots.js')).rdsDbClusterSnapshots },
  { type: 'aws.rds.db-instance', load: async () => (await import('./rds/db-instances.js')).rdsDbInstances },
  { type: 'aws.rds.db-proxy', load: async () => (await import('./rds/db-proxies.js')).rdsDbProxies },
  { type: 'aws.rds.db-snapshot', load: async () => (await import('./rds/db-snapshots.js')).rdsDbSnapshots },
  { type: 'aws.rds.event-subscription', load: async () => (await import('./rds/event-subscriptions.js')).rdsEventSubscriptions },
  { type: 'aws.redshift-serverless.namespace', load: async () => (await import('./redshift-serverless/namespaces.js')).redshiftServerlessNamespaces },
  { type: 'aws.redshift-serverless.workgroup', load: async () => (await import('./redshift-serverless/workgroups.js')).redshiftServerlessWorkgroups },
  { type: 'aws.redshift.cluster', load: async () => (await import('./redshift/clusters.js')).redshiftClusters },
  { type: 'aws.region', load: async () => (await import('./region/settings.js')).regionSettings },
  { type: 'aws.route53.hosted-zone', load: async () => (await import('./route53/hosted-zones.js')).route53HostedZones },
  { type: 'aws.s3.bucket', load: async () => (await import('./s3/buckets.js')).s3Buckets },
  { type: 'aws.sagemaker.endpoint-config', load: async () => (await import('./sagemaker/endpoint-configs.js')).sagemakerEndpointConfigs },
  { type: 'aws.sagemaker.model', load: async () => (await import('./sagemaker/models.js')).sagemakerModels },
  { type: 'aws.sagemaker.notebook-instance', load: async () => (await import('./sagemaker/notebook-instances.js')).sagemakerNotebookInstances },
  { type: 'aws.secretsmanager.secret', load: async () => (await import('./secretsmanager/secrets.js')).secretsmanagerSecrets },
  { type: 'aws.sfn.state-machine', load: async () => (await import('./sfn/state-machines.js')).sfnStateMachines },
  { type: 'aws.sns.topic', load: async () => (await import('./sns/topics.js')).snsTopics },
  { type: 'aws.sqs.queue', load: async () => (await import('./sqs/queues.js')).sqsQueues },
  { type: 'aws.ssm.document', load: async () => (await import('./ssm/documents.js')).ssmDocuments },
  { type: 'aws.ssm.managed-instance', load: async () => (await import('./ssm/managed-instances.js')).ssmManagedInstances },
  { type: 'aws.wafv2.rule-group', load: async () => (await import('./wafv2/rule-groups.js')).wafv2RuleGroups },
  { type: 'aws.wafv2.web-acl', load: async () => (await import('./wafv2/web-acls.js')).wafv2WebAcls },
];

/** The collectors of these types (every type when none are given), loaded, in index order. */
export async function loadCollectors(types?: ReadonlySet<string>): Promise<Collector[]> {
  return Promise.all(collectorEntries.filter((e) => types === undefined || types.has(e.type)).map((e) => e.load()));
}
