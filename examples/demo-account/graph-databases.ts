/**
 * Neptune and DocumentDB clusters and their manual snapshots. us-east-1 runs
 * them as the controls ask; eu-west-1's are on old defaults (unencrypted, no
 * audit log, one day of backups, unprotected, TLS off, a public snapshot).
 * Edge cases: a Neptune cluster exporting only its slow-query log whose IAM
 * authentication setting RDS left out of its answer, a DocumentDB cluster at
 * a newer TLS minimum (tls1.2+, in transit all the same) keeping three days
 * of backups, and snapshots shared with the auditors' account only.
 */
import { docdbDbCluster } from '../../src/resources/types/docdb-db-cluster.js';
import { docdbDbClusterSnapshot } from '../../src/resources/types/docdb-db-cluster-snapshot.js';
import { neptuneDbCluster } from '../../src/resources/types/neptune-db-cluster.js';
import { neptuneDbClusterSnapshot } from '../../src/resources/types/neptune-db-cluster-snapshot.js';
import type { Resource } from '../../src/resources/resource.js';
import { arn, keys, make, securityGroups as sg, type DemoRegion, type Overrides } from './demo.js';

/** The auditors' account some snapshots are shared with. */
const auditAccount = '210987654321';
const tags = { 'cost-center': 'data' };

function neptune(region: DemoRegion, identifier: string, data: Overrides<typeof neptuneDbCluster>, errors: Resource['errors'] = []): Resource {
  return make(neptuneDbCluster, { id: identifier, region, arn: arn.in('rds', region, `cluster:${identifier}`), tags, data: { dbClusterIdentifier: identifier, ...data }, errors });
}

function docdb(region: DemoRegion, identifier: string, data: Overrides<typeof docdbDbCluster>): Resource {
  return make(docdbDbCluster, { id: identifier, region, arn: arn.in('rds', region, `cluster:${identifier}`), tags, data: { dbClusterIdentifier: identifier, ...data } });
}

function snapshotOf(definition: typeof neptuneDbClusterSnapshot | typeof docdbDbClusterSnapshot, region: DemoRegion, identifier: string, data: Overrides<typeof neptuneDbClusterSnapshot>): Resource {
  return make(definition, { id: identifier, region, arn: arn.in('rds', region, `cluster-snapshot:${identifier}`), tags, data: { dbClusterSnapshotIdentifier: identifier, ...data } });
}

const unprotected = { storageEncrypted: false, kmsKeyId: null, multiAz: false, deletionProtection: false, backupRetentionPeriod: 1, enabledCloudwatchLogsExports: [] };

export function neptuneClusters(): Resource[] {
  return [
    neptune('us-east-1', 'recommendations-graph', { kmsKeyId: keys.appData, vpcSecurityGroupIds: [sg.appDb], dbSubnetGroupName: 'prod-db-subnets' }),
    neptune('us-east-1', 'lineage-graph', { kmsKeyId: keys.appData, enabledCloudwatchLogsExports: ['slowquery'], vpcSecurityGroupIds: [sg.appDb], dbSubnetGroupName: 'prod-db-subnets' },
      [{ path: 'iamDatabaseAuthenticationEnabled', code: 'IncompleteResponse', message: 'IAMDatabaseAuthenticationEnabled is missing from the answer', operation: 'rds:DescribeDBClusters' }]),
    neptune('eu-west-1', 'fraud-graph-eu', { ...unprotected, iamDatabaseAuthenticationEnabled: false, copyTagsToSnapshot: false, vpcSecurityGroupIds: [sg.ordersDbEu], dbSubnetGroupName: 'prod-eu-db-subnets' }),
  ];
}

export function neptuneClusterSnapshots(): Resource[] {
  return [
    snapshotOf(neptuneDbClusterSnapshot, 'us-east-1', 'recommendations-graph-weekly', { dbClusterIdentifier: 'recommendations-graph', kmsKeyId: keys.appData }),
    snapshotOf(neptuneDbClusterSnapshot, 'us-east-1', 'lineage-graph-audit', { dbClusterIdentifier: 'lineage-graph', kmsKeyId: keys.appData, restoreAttributeValues: [auditAccount] }),
    snapshotOf(neptuneDbClusterSnapshot, 'eu-west-1', 'fraud-graph-eu-export', { dbClusterIdentifier: 'fraud-graph-eu', storageEncrypted: false, kmsKeyId: null, restoreAttributeValues: ['all'] }),
  ];
}

export function docdbClusters(): Resource[] {
  return [
    docdb('us-east-1', 'catalog-docs', { kmsKeyId: keys.appData, vpcSecurityGroupIds: [sg.appDb], dbSubnetGroupName: 'prod-db-subnets', dbClusterParameterGroup: 'docs-tls' }),
    docdb('us-east-1', 'search-docs', { kmsKeyId: keys.appData, backupRetentionPeriod: 3, enabledCloudwatchLogsExports: ['profiler'], tls: 'tls1.2+', vpcSecurityGroupIds: [sg.appDb], dbSubnetGroupName: 'prod-db-subnets', dbClusterParameterGroup: 'docs-tls12' }),
    docdb('eu-west-1', 'sessions-docs-eu', { ...unprotected, tls: 'disabled', vpcSecurityGroupIds: [sg.ordersDbEu], dbSubnetGroupName: 'prod-eu-db-subnets', dbClusterParameterGroup: 'default.docdb5.0' }),
  ];
}

export function docdbClusterSnapshots(): Resource[] {
  return [
    snapshotOf(docdbDbClusterSnapshot, 'us-east-1', 'catalog-docs-nightly', { dbClusterIdentifier: 'catalog-docs', kmsKeyId: keys.appData }),
    snapshotOf(docdbDbClusterSnapshot, 'eu-west-1', 'sessions-docs-eu-share', { dbClusterIdentifier: 'sessions-docs-eu', storageEncrypted: false, kmsKeyId: null, restoreAttributeValues: ['all', auditAccount] }),
  ];
}
