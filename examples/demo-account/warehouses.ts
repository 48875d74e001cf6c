/**
 * Redshift provisioned clusters: one compliant warehouse, one legacy
 * cluster failing every control, and an EU cluster with the edge cases:
 * require_ssl switched on in its parameter group but not applied until a
 * reboot, and encryption Redshift reports without naming a KMS key.
 */
import { redshiftCluster } from '../../src/resources/types/redshift-cluster.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, buckets, keys, make, securityGroups as sg, vpcs, type DemoRegion, type Overrides } from './demo.js';

function cluster(region: DemoRegion, identifier: string, data: Overrides<typeof redshiftCluster>): Resource {
  return make(redshiftCluster, { id: identifier, region, arn: arn.in('redshift', region, `cluster:${identifier}`), tags: { 'cost-center': 'data' }, data: { clusterIdentifier: identifier, ...data } });
}

export function redshiftClusters(): Resource[] {
  return [
    // Compliant: private, KMS-encrypted, Multi-AZ RA3, TLS required and applied, audit logs to CloudWatch Logs.
    cluster('us-east-1', 'analytics-warehouse', {
      clusterCreateTime: '2024-02-12T08:30:00.000Z', kmsKeyId: keys.appData, masterUsername: 'analytics_owner',
      vpcId: vpcs.prodUsEast1, vpcSecurityGroupIds: [sg.appDb], parameterGroupName: 'analytics-warehouse-params',
    }),
    // Fails every control: public, unencrypted, the console's defaults (awsuser, dev, one day of snapshots,
    // default parameter group without require_ssl), no audit logs, single-AZ DC2 in the default VPC.
    cluster('us-east-1', 'legacy-dw', {
      nodeType: 'dc2.large', numberOfNodes: 1, clusterCreateTime: '2020-06-01T14:00:00.000Z',
      publiclyAccessible: true, encrypted: false, kmsKeyId: null, enhancedVpcRouting: false, allowVersionUpgrade: false,
      automatedSnapshotRetentionPeriod: 1, multiAz: 'Disabled', masterUsername: 'awsuser', dbName: 'dev', port: 5439,
      vpcId: vpcs.defaultUsEast1, vpcSecurityGroupIds: [sg.defaultVpcDefaultUsEast1],
      parameterGroupName: 'default.redshift-1.0', parameterApplyStatus: 'in-sync', requireSsl: false,
      loggingEnabled: false, loggingDestination: null, loggingBucketName: null, loggingLogExports: [],
    }),
    // Edge cases: require_ssl is true in the group but pending a reboot, so the running cluster may still
    // accept clear text (Redshift.2 fails); encrypted, but with no KMS key named (Redshift.10 fails).
    cluster('eu-west-1', 'marketing-eu', {
      clusterCreateTime: '2023-09-18T11:00:00.000Z', encrypted: true, kmsKeyId: null, masterUsername: 'marketing_owner', dbName: 'marketing',
      automatedSnapshotRetentionPeriod: 14, vpcId: vpcs.prodEuWest1, vpcSecurityGroupIds: [sg.ordersDbEu],
      parameterGroupName: 'marketing-eu-params', parameterApplyStatus: 'pending-reboot', requireSsl: true,
      loggingEnabled: true, loggingDestination: 's3', loggingBucketName: buckets.euDataLake, loggingLogExports: ['connectionlog', 'userlog'],
    }),
  ];
}
