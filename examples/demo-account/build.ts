/**
 * The demo account: one realistic snapshot of account 123456789012 in
 * us-east-1 and eu-west-1, mixing compliant resources, violations and the
 * edge cases scanners get wrong (numbered 1–11 in comments where each is
 * built). Pure: same output every call, no clock, no I/O. CIS numbers in
 * comments follow the CIS AWS Foundations Benchmark v3.0.0.
 */
import { findResourceType } from '../../src/resources/catalog.js';
import { GLOBAL_REGION } from '../../src/resources/define.js';
import type { Resource } from '../../src/resources/resource.js';
import { SNAPSHOT_SCHEMA_VERSION, type CollectionError, type CoverageEntry, type Snapshot } from '../../src/snapshot/schema.js';
import { accountResources } from './account.js';
import { apigatewayStages, apigatewayv2Routes, apigatewayv2Stages } from './apis.js';
import { autoscalingGroups, autoscalingLaunchConfigurations } from './autoscaling.js';
import { ec2Instances, ec2LaunchTemplates, ebsVolumes } from './compute.js';
import { amiImages, ebsSnapshots } from './machine-images.js';
import { ecrRepositories, ecsClusters, ecsServices, ecsTaskDefinitions, eksClusters } from './containers.js';
import { acmCertificates } from './certificates.js';
import { efsAccessPoints, efsFileSystems, rdsClusters, rdsInstances } from './databases.js';
import { rdsClusterSnapshots, rdsEventSubscriptions, rdsSnapshots } from './database-backups.js';
import { docdbClusterSnapshots, docdbClusters, neptuneClusterSnapshots, neptuneClusters } from './graph-databases.js';
import { cloudfrontDistributions } from './cloudfront.js';
import { eventBuses, eventRules } from './events.js';
import { networkFirewallFirewalls, networkFirewallPolicies, networkFirewallRuleGroups } from './firewalls.js';
import { hostedZones, wafRuleGroups, wafWebAcls } from './edge.js';
import { dynamodbTables, firehoseDeliveryStreams, kinesisStreams, sqsQueues } from './data-services.js';
import { daxClusters } from './dax.js';
import { rdsProxies } from './rds-proxies.js';
import { elasticacheCacheClusters, elasticacheReplicationGroups, kafkaconnectConnectors, mqBrokers, mskClusters } from './messaging.js';
import { codebuildProjects, codebuildReportGroups, sfnStateMachines } from './build-pipelines.js';
import { sagemakerEndpointConfigs, sagemakerModels, sagemakerNotebookInstances } from './ml.js';
import { arn, demo, scannerRole } from './demo.js';
import { elasticIpResources, networkInterfaceResources } from './addresses.js';
import { guarddutyDetectors } from './detection.js';
import { iamPolicies, iamRoles, iamServerCertificates } from './iam.js';
import { iamUsers } from './iam-users.js';
import { kmsKeys } from './keys.js';
import { lambdaFunctions, lambdaLayerVersions } from './lambda.js';
import { elbLoadBalancers, elbv2LoadBalancers } from './load-balancers.js';
import { cloudtrailTrails } from './logging.js';
import { dmsEndpoints, dmsReplicationInstances, dmsReplicationTasks } from './migrations.js';
import { alarms, logGroups, snsTopics } from './monitoring.js';
import { clientVpnEndpointResources, networkAcls, subnetResources, transitGatewayResources, vpcEndpointResources, vpcResources, vpnConnectionResources } from './network.js';
import { securityGroupResources } from './security-groups.js';
import { opensearchDomains } from './search.js';
import { fsxFileSystems } from './file-systems.js';
import { secretsmanagerSecrets } from './secrets.js';
import { redshiftServerlessNamespaces, redshiftServerlessWorkgroups } from './serverless-warehouses.js';
import { s3Buckets, unreadablePolicyBucket, unreadablePolicyErrors } from './storage.js';
import { ssmDocuments, ssmManagedInstances } from './systems-manager.js';
import { redshiftClusters } from './warehouses.js';

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Collection of EFS in eu-west-1 failed outright: an SCP denies the scanner there. */
const efsDenied = {
  type: 'aws.efs.file-system',
  region: 'eu-west-1',
  reason: 'AccessDeniedException on elasticfilesystem:DescribeFileSystems',
} as const;

function collectionErrors(): CollectionError[] {
  return [
    // Edge case 11, top-level half: the same denials the bucket's own `errors` record.
    ...unreadablePolicyErrors.map((error): CollectionError => {
      const [service = 's3', operation = ''] = (error.operation ?? '').split(':');
      return { service, operation, account: demo.account, region: 'us-east-1', type: 'aws.s3.bucket', resource: unreadablePolicyBucket, code: error.code, message: error.message };
    }),
    {
      service: 'elasticfilesystem', operation: 'DescribeFileSystems', account: demo.account, region: efsDenied.region, type: efsDenied.type,
      code: 'AccessDeniedException',
      message: `User: ${scannerRole} is not authorized to perform: elasticfilesystem:DescribeFileSystems on resource: ${arn.in('elasticfilesystem', efsDenied.region, 'file-system/*')} with an explicit deny in a service control policy`,
    },
  ];
}

/** One entry per (type, region) collected: every type present, plus the failed EFS listing. */
function coverageOf(resources: readonly Resource[]): CoverageEntry[] {
  const types = [...new Set([...resources.map((r) => r.type), efsDenied.type])].sort(compare);
  return types.flatMap((type) => {
    const definition = findResourceType(type);
    if (definition === undefined) throw new Error(`demo account: unknown resource type ${type}`);
    const regions = definition.scope === 'global' ? [GLOBAL_REGION] : [...demo.regions];
    return regions.map((region): CoverageEntry => (type === efsDenied.type && region === efsDenied.region
      ? { type, account: demo.account, region, status: 'failed', reason: efsDenied.reason }
      : { type, account: demo.account, region, status: 'complete' }));
  });
}

export function buildDemoSnapshot(): Snapshot {
  const resources = [
    ...accountResources(),
    ...iamUsers(), ...iamRoles(), ...iamPolicies(), ...iamServerCertificates(),
    ...kmsKeys(), ...acmCertificates(), ...secretsmanagerSecrets(), ...guarddutyDetectors(),
    ...cloudfrontDistributions(), ...cloudtrailTrails(), ...logGroups(), ...alarms(), ...snsTopics(), ...eventBuses(), ...eventRules(),
    ...s3Buckets(), ...efsFileSystems(), ...efsAccessPoints(), ...rdsInstances(), ...rdsClusters(), ...rdsSnapshots(), ...rdsClusterSnapshots(), ...rdsEventSubscriptions(),
    ...redshiftClusters(), ...opensearchDomains(),
    ...redshiftServerlessWorkgroups(), ...redshiftServerlessNamespaces(), ...dmsReplicationInstances(), ...dmsReplicationTasks(), ...dmsEndpoints(),
    ...neptuneClusters(), ...neptuneClusterSnapshots(), ...docdbClusters(), ...docdbClusterSnapshots(),
    ...fsxFileSystems(),
    ...vpcResources(), ...subnetResources(), ...securityGroupResources(), ...networkAcls(), ...transitGatewayResources(), ...vpnConnectionResources(), ...vpcEndpointResources(), ...clientVpnEndpointResources(),
    ...networkInterfaceResources(), ...elasticIpResources(),
    ...ec2Instances(), ...ec2LaunchTemplates(), ...ebsVolumes(), ...ebsSnapshots(), ...amiImages(), ...ecrRepositories(), ...ecsClusters(), ...ecsServices(), ...ecsTaskDefinitions(), ...eksClusters(), ...lambdaFunctions(), ...lambdaLayerVersions(),
    ...apigatewayStages(), ...apigatewayv2Stages(), ...apigatewayv2Routes(),
    ...elbv2LoadBalancers(), ...elbLoadBalancers(),
    ...autoscalingGroups(), ...autoscalingLaunchConfigurations(),
    ...wafWebAcls(), ...wafRuleGroups(), ...hostedZones(),
    ...sqsQueues(), ...kinesisStreams(), ...firehoseDeliveryStreams(), ...dynamodbTables(), ...daxClusters(), ...rdsProxies(),
    ...elasticacheCacheClusters(), ...elasticacheReplicationGroups(), ...mskClusters(), ...kafkaconnectConnectors(), ...mqBrokers(),
    ...sagemakerNotebookInstances(), ...sagemakerEndpointConfigs(), ...sagemakerModels(), ...codebuildProjects(), ...codebuildReportGroups(), ...sfnStateMachines(),
    ...ssmManagedInstances(), ...ssmDocuments(),
    ...networkFirewallFirewalls(), ...networkFirewallPolicies(), ...networkFirewallRuleGroups(),
  ].sort((a, b) => compare(a.type, b.type) || compare(a.region, b.region) || compare(a.id, b.id));
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    generator: { name: 'assay', version: '0.1.0' },
    collectedAt: demo.collectedAt,
    scope: { partition: demo.partition, accounts: [demo.account], regions: [...demo.regions] },
    resources,
    coverage: coverageOf(resources),
    errors: collectionErrors(),
  };
}
