/** neptuneDbClusters through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { neptuneDbClusters } from './db-clusters.js';
import { byAction, type Route } from '../../../../test/support/recorded-aws.js';
import { rdsDenied as denied, rdsMarker as marker, rdsXml as answer } from '../../../../test/support/rds-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const flags = (on: boolean): string => ['DeletionProtection', 'IAMDatabaseAuthenticationEnabled', 'CopyTagsToSnapshot', 'MultiAZ'].map((f) => `<${f}>${String(on)}</${f}>`).join('');
const cluster = (id: string, body: string): string => `<DBCluster><DBClusterIdentifier>${id}</DBClusterIdentifier><DBClusterArn>arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}</DBClusterArn>${body}</DBCluster>`;

// Compliant: encrypted, audit logs exported, a week of backups, every flag on.
const graph = cluster('graph', `<Engine>neptune</Engine><EngineVersion>1.3.2.0</EngineVersion><Status>available</Status><Port>8182</Port><BackupRetentionPeriod>7</BackupRetentionPeriod>
  <DBSubnetGroup>graph-subnets</DBSubnetGroup><VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-0123456789abcdef0</VpcSecurityGroupId></VpcSecurityGroupMembership></VpcSecurityGroups>
  <StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><ClusterCreateTime>2024-02-01T10:00:00.000Z</ClusterCreateTime>
  <EnabledCloudwatchLogsExports><member>audit</member></EnabledCloudwatchLogsExports>${flags(true)}<TagList><Tag><Key>team</Key><Value>graph</Value></Tag></TagList>`);
// Every setting off, and what RDS does not report: no key, no logs, no subnet group.
const legacy = cluster('legacy-graph', `<Engine>neptune</Engine><EngineVersion>1.2.1.0</EngineVersion><Status>available</Status><Port>8182</Port><BackupRetentionPeriod>1</BackupRetentionPeriod>
  <VpcSecurityGroups/><StorageEncrypted>false</StorageEncrypted><ClusterCreateTime>2022-05-01T08:00:00.000Z</ClusterCreateTime>${flags(false)}<TagList/>`);
// The answer leaves out whether IAM authentication is on.
const partial = cluster('half-read', `<Engine>neptune</Engine><EngineVersion>1.3.2.0</EngineVersion><Status>creating</Status><Port>8182</Port><BackupRetentionPeriod>1</BackupRetentionPeriod>
  <VpcSecurityGroups/><StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><DeletionProtection>true</DeletionProtection><CopyTagsToSnapshot>true</CopyTagsToSnapshot><MultiAZ>false</MultiAZ>`);
// What a server that ignored the filter would send: another service's cluster.
const aurora = cluster('orders', '<Engine>aurora-mysql</Engine><EngineVersion>8.0.mysql_aurora.3.05.2</EngineVersion><Status>available</Status><StorageEncrypted>true</StorageEncrypted>');

const clustersRoute: Route = {
  name: 'DescribeDBClusters',
  match: byAction('DescribeDBClusters'),
  respond: (r) => answer('DescribeDBClusters', r.params.Marker === undefined ? `<DBClusters>${graph}${aurora}</DBClusters>${marker('clusters-2')}` : `<DBClusters>${legacy}${partial}</DBClusters>`),
};
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), clustersRoute];

describe('neptuneDbClusters', () => {
  it('asks RDS for the neptune engine only, follows the Marker and maps every cluster with its tags', async () => {
    const run = await collectRecorded([neptuneDbClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeDBClusters').map((r) => [r.params['Filters.Filter.1.Name'], r.params['Filters.Filter.1.Values.Value.1'], r.params.Marker])).toEqual([['engine', 'neptune', undefined], ['engine', 'neptune', 'clusters-2']]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['graph', 'legacy-graph', 'half-read']);
    const found = run.snapshot.resources.find((r) => r.id === 'graph');
    expect(found).toMatchObject({ type: 'aws.neptune.db-cluster', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:graph`, tags: { team: 'graph' } });
    expect(found?.errors).toBeUndefined();
    expect(found?.data).toEqual({
      dbClusterIdentifier: 'graph', engine: 'neptune', engineVersion: '1.3.2.0', status: 'available', storageEncrypted: true, kmsKeyId: kmsKey, multiAz: true,
      deletionProtection: true, iamDatabaseAuthenticationEnabled: true, copyTagsToSnapshot: true, port: 8182, backupRetentionPeriod: 7,
      enabledCloudwatchLogsExports: ['audit'], dbSubnetGroupName: 'graph-subnets', vpcSecurityGroupIds: ['sg-0123456789abcdef0'], clusterCreateTime: '2024-02-01T10:00:00.000Z',
    });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.neptune.db-cluster', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads what RDS does not report as not configured: no key, no logs, no subnet group', async () => {
    const run = await collectRecorded([neptuneDbClusters], routes(), { regions: ['us-east-1'] });
    const found = run.snapshot.resources.find((r) => r.id === 'legacy-graph');
    expect(found?.errors).toBeUndefined();
    expect(found?.data).toMatchObject({ storageEncrypted: false, kmsKeyId: null, enabledCloudwatchLogsExports: [], dbSubnetGroupName: null, vpcSecurityGroupIds: [], deletionProtection: false, iamDatabaseAuthenticationEnabled: false, copyTagsToSnapshot: false });
  });

  it('records a flag the answer left out as unreadable on the cluster, never false', async () => {
    const run = await collectRecorded([neptuneDbClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'half-read');
    expect(found?.errors?.map((e) => [e.path, e.code])).toEqual([['iamDatabaseAuthenticationEnabled', 'IncompleteResponse']]);
    expect(found?.data).not.toHaveProperty('iamDatabaseAuthenticationEnabled');
    expect(found?.data).toMatchObject({ clusterCreateTime: null, status: 'creating' });
  });

  it('marks coverage failed, with no clusters, when clusters cannot be listed', async () => {
    const run = await collectRecorded([neptuneDbClusters], routes([denied('DescribeDBClusters')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.neptune.db-cluster', status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'rds', operation: 'DescribeDBClusters', code: 'AccessDenied' })]);
  });
});

describe('neptuneDbClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(neptuneDbClusters)).toEqual([]);
  });
});
