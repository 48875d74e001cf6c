/**
 * RDS manual snapshots and event subscriptions. us-east-1 notifies on
 * instance and cluster events but not on security group events, and its
 * parameter group subscription is switched off; eu-west-1's only
 * subscription is limited to one instance, so it covers none of the four
 * controls (RDS.19–RDS.22).
 */
import { rdsDbClusterSnapshot } from '../../src/resources/types/rds-db-cluster-snapshot.js';
import { rdsDbSnapshot } from '../../src/resources/types/rds-db-snapshot.js';
import { rdsEventSubscription } from '../../src/resources/types/rds-event-subscription.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, keys, make, topics, type DemoRegion, type Overrides } from './demo.js';

/** The auditors' account some snapshots are shared with. */
const auditAccount = '210987654321';

function snapshot(region: DemoRegion, identifier: string, data: Overrides<typeof rdsDbSnapshot>): Resource {
  return make(rdsDbSnapshot, { id: identifier, region, arn: arn.in('rds', region, `snapshot:${identifier}`), tags: { 'cost-center': 'data' }, data: { dbSnapshotIdentifier: identifier, ...data } });
}

function clusterSnapshot(region: DemoRegion, identifier: string, data: Overrides<typeof rdsDbClusterSnapshot>): Resource {
  return make(rdsDbClusterSnapshot, { id: identifier, region, arn: arn.in('rds', region, `cluster-snapshot:${identifier}`), tags: { 'cost-center': 'data' }, data: { dbClusterSnapshotIdentifier: identifier, ...data } });
}

function subscription(region: DemoRegion, name: string, data: Overrides<typeof rdsEventSubscription>): Resource {
  return make(rdsEventSubscription, { id: name, region, arn: arn.in('rds', region, `es:${name}`), data: { subscriptionName: name, ...data } });
}

export function rdsSnapshots(): Resource[] {
  return [
    // Compliant: encrypted with the customer key and shared with no one.
    snapshot('us-east-1', 'app-postgres-pre-migration', { dbInstanceIdentifier: 'app-postgres', engineVersion: '16.3', kmsKeyId: keys.appData, snapshotCreateTime: '2024-09-14T01:00:00.000Z' }),
    // Unencrypted and restorable by any AWS account (RDS.1, RDS.4 fail).
    snapshot('us-east-1', 'legacy-reporting-export', {
      dbInstanceIdentifier: 'legacy-reporting-mysql', engine: 'mysql', engineVersion: '8.0.35', encrypted: false, kmsKeyId: null,
      snapshotCreateTime: '2022-02-01T12:30:00.000Z', restoreAttributeValues: ['all'],
    }),
    // Edge case: shared with a named account only, which RDS.1 allows; still being copied.
    snapshot('eu-west-1', 'orders-eu-audit-copy', {
      dbInstanceIdentifier: 'orders-eu', engineVersion: '16.4', status: 'copying', snapshotCreateTime: null, kmsKeyId: keys.awsRdsEuWest1, restoreAttributeValues: [auditAccount],
    }),
  ];
}

export function rdsClusterSnapshots(): Resource[] {
  return [
    // Unencrypted (RDS.4 fails) but shared only with the auditors' account (RDS.1 passes): the source cluster is gone.
    clusterSnapshot('us-east-1', 'analytics-aurora-final', {
      dbClusterIdentifier: 'analytics-aurora', engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2', storageEncrypted: false, kmsKeyId: null,
      snapshotCreateTime: '2023-11-30T22:00:00.000Z', restoreAttributeValues: [auditAccount],
    }),
    // Compliant: encrypted and private.
    clusterSnapshot('eu-west-1', 'orders-eu-aurora-monthly', { dbClusterIdentifier: 'orders-eu-aurora', kmsKeyId: keys.awsRdsEuWest1, snapshotCreateTime: '2024-10-01T02:00:00.000Z' }),
  ];
}

export function rdsEventSubscriptions(): Resource[] {
  return [
    // RDS.20 passes: every instance's maintenance, configuration change and failure events.
    subscription('us-east-1', 'rds-instance-critical', { snsTopicArn: topics.securityAlerts }),
    // RDS.19 passes: every category of every cluster (no category list).
    subscription('us-east-1', 'rds-cluster-all', { snsTopicArn: topics.securityAlerts, sourceType: 'db-cluster', eventCategories: [] }),
    // Edge case: the right categories, but switched off, so RDS.21 fails.
    subscription('us-east-1', 'rds-parameter-group-changes', { snsTopicArn: topics.securityAlerts, sourceType: 'db-parameter-group', eventCategories: ['configuration change'], enabled: false }),
    // Edge case: every source type and category, but only for one instance: RDS.19–RDS.22 fail in eu-west-1.
    subscription('eu-west-1', 'orders-eu-events', { snsTopicArn: topics.opsNotificationsEu, sourceType: null, sourceIds: ['orders-eu'], eventCategories: [] }),
  ];
}
