/**
 * Every catalog type's recipe, in generation order: types that others point
 * at come first (keys, buckets, topics, log groups, VPCs, security groups,
 * volumes) so that trails, instances, alarms and databases can reference
 * resources that exist. A check in snapshot.ts keeps this list and the
 * catalog in step.
 */
import { apigatewayStageRecipe, apigatewayv2RouteRecipe, apigatewayv2StageRecipe } from './recipes-apis.js';
import { accountRecipe, guarddutyDetectorRecipe, iamPolicyRecipe, iamRoleRecipe, iamServerCertificateRecipe, iamUserRecipe, regionRecipe } from './recipes-account.js';
import { ecsClusterRecipe, ecsServiceRecipe, ecsTaskDefinitionRecipe, eksClusterRecipe } from './recipes-containers.js';
import { ecrRepositoryRecipe, efsAccessPointRecipe, efsRecipe, kmsKeyRecipe, rdsClusterRecipe, rdsRecipe, s3BucketRecipe } from './recipes-data.js';
import { rdsClusterSnapshotRecipe, rdsEventSubscriptionRecipe, rdsSnapshotRecipe } from './recipes-rds.js';
import { docdbClusterRecipe, docdbClusterSnapshotRecipe, neptuneClusterRecipe, neptuneClusterSnapshotRecipe } from './recipes-graph.js';
import { autoscalingGroupRecipe, autoscalingLaunchConfigurationRecipe, lambdaFunctionRecipe, lambdaLayerVersionRecipe } from './recipes-compute.js';
import { hostedZoneRecipe, ruleGroupRecipe, webAclRecipe } from './recipes-edge.js';
import { elbRecipe, elbv2Recipe } from './recipes-elb.js';
import { imageRecipe, snapshotRecipe } from './recipes-images.js';
import { alarmRecipe, eventBusRecipe, logGroupRecipe, ruleRecipe, snsTopicRecipe, trailRecipe } from './recipes-logging.js';
import { clientVpnEndpointRecipe, instanceRecipe, launchTemplateRecipe, networkAclRecipe, securityGroupRecipe, subnetRecipe, transitGatewayRecipe, volumeRecipe, vpcEndpointRecipe, vpcRecipe, vpnConnectionRecipe } from './recipes-network.js';
import { cloudfrontDistributionRecipe } from './recipes-cloudfront.js';
import { elasticIpRecipe, networkInterfaceRecipe } from './recipes-addresses.js';
import { daxClusterRecipe } from './recipes-dax.js';
import { rdsProxyRecipe } from './recipes-rds-proxies.js';
import { opensearchDomainRecipe } from './recipes-search.js';
import { redshiftClusterRecipe, redshiftServerlessNamespaceRecipe, redshiftServerlessWorkgroupRecipe } from './recipes-warehouses.js';
import { dmsEndpointRecipe, dmsReplicationInstanceRecipe, dmsReplicationTaskRecipe } from './recipes-migrations.js';
import { fsxFileSystemRecipe } from './recipes-file-systems.js';
import { networkFirewallFirewallPolicyRecipe, networkFirewallFirewallRecipe, networkFirewallRuleGroupRecipe } from './recipes-firewalls.js';
import { dynamodbTableRecipe, firehoseDeliveryStreamRecipe, kinesisStreamRecipe, sqsQueueRecipe } from './recipes-streams.js';
import { cacheClusterRecipe, connectorRecipe, mqBrokerRecipe, mskClusterRecipe, replicationGroupRecipe } from './recipes-messaging.js';
import type { Recipe } from './recipe.js';
import { codebuildProjectRecipe, codebuildReportGroupRecipe, sagemakerEndpointConfigRecipe, sagemakerModelRecipe, sagemakerNotebookInstanceRecipe, sfnStateMachineRecipe } from './recipes-ml.js';
import { secretRecipe } from './recipes-secrets.js';
import { certificateRecipe } from './recipes-certificates.js';
import { ssmDocumentRecipe, ssmManagedInstanceRecipe } from './recipes-systems-manager.js';

export const recipes: readonly Recipe[] = [
  kmsKeyRecipe,
  secretRecipe,
  certificateRecipe,
  s3BucketRecipe,
  snsTopicRecipe,
  logGroupRecipe,
  vpcRecipe,
  subnetRecipe,
  lambdaFunctionRecipe,
  lambdaLayerVersionRecipe,
  apigatewayStageRecipe,
  apigatewayv2StageRecipe,
  apigatewayv2RouteRecipe,
  autoscalingGroupRecipe,
  autoscalingLaunchConfigurationRecipe,
  securityGroupRecipe,
  volumeRecipe,
  snapshotRecipe,
  imageRecipe,
  networkAclRecipe,
  instanceRecipe,
  ssmManagedInstanceRecipe,
  ssmDocumentRecipe,
  launchTemplateRecipe,
  transitGatewayRecipe,
  vpnConnectionRecipe,
  vpcEndpointRecipe,
  clientVpnEndpointRecipe,
  networkInterfaceRecipe,
  elasticIpRecipe,
  rdsRecipe,
  rdsClusterRecipe,
  rdsSnapshotRecipe,
  rdsClusterSnapshotRecipe,
  neptuneClusterRecipe,
  neptuneClusterSnapshotRecipe,
  docdbClusterRecipe,
  docdbClusterSnapshotRecipe,
  efsRecipe,
  efsAccessPointRecipe,
  fsxFileSystemRecipe,
  redshiftClusterRecipe,
  opensearchDomainRecipe,
  redshiftServerlessNamespaceRecipe,
  redshiftServerlessWorkgroupRecipe,
  dmsReplicationInstanceRecipe,
  dmsEndpointRecipe,
  dmsReplicationTaskRecipe,
  ecrRepositoryRecipe,
  ecsClusterRecipe,
  ecsServiceRecipe,
  ecsTaskDefinitionRecipe,
  eksClusterRecipe,
  elbv2Recipe,
  elbRecipe,
  cloudfrontDistributionRecipe,
  ruleGroupRecipe,
  webAclRecipe,
  hostedZoneRecipe,
  trailRecipe,
  rdsEventSubscriptionRecipe,
  alarmRecipe,
  eventBusRecipe,
  ruleRecipe,
  iamUserRecipe,
  iamRoleRecipe,
  iamPolicyRecipe,
  iamServerCertificateRecipe,
  accountRecipe,
  regionRecipe,
  guarddutyDetectorRecipe,
  sqsQueueRecipe,
  kinesisStreamRecipe,
  firehoseDeliveryStreamRecipe,
  dynamodbTableRecipe,
  daxClusterRecipe,
  rdsProxyRecipe,
  cacheClusterRecipe,
  replicationGroupRecipe,
  mskClusterRecipe,
  connectorRecipe,
  mqBrokerRecipe,
  sagemakerNotebookInstanceRecipe,
  sagemakerEndpointConfigRecipe,
  sagemakerModelRecipe,
  codebuildProjectRecipe,
  codebuildReportGroupRecipe,
  sfnStateMachineRecipe,
  networkFirewallRuleGroupRecipe,
  networkFirewallFirewallPolicyRecipe,
  networkFirewallFirewallRecipe,
];

/** Types other recipes look up through Refs; only these are remembered while generating. */
export const referencedTypes: ReadonlySet<string> = new Set([
  'aws.ec2.security-group', 'aws.ec2.subnet', 'aws.ec2.volume', 'aws.ec2.vpc', 'aws.efs.file-system', 'aws.kms.key', 'aws.logs.log-group', 'aws.s3.bucket', 'aws.sns.topic',
]);
