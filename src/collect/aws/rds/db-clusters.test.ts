/** rdsDbClusters through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { rdsDbClusters } from './db-clusters.js';
import { byAction, queryError, xml, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const page = (clusters: string[], marker?: string): RecordedResponse => xml(
  `<DescribeDBClustersResponse xmlns="http://rds.amazonaws.com/doc/2014-10-31/"><DescribeDBClustersResult><DBClusters>${clusters.join('')}</DBClusters>${marker === undefined ? '' : `<Marker>${marker}</Marker>`}</DescribeDBClustersResult><ResponseMetadata><RequestId>recorded</RequestId></ResponseMetadata></DescribeDBClustersResponse>`,
);
const flags = (on: boolean): string => ['DeletionProtection', 'IAMDatabaseAuthenticationEnabled', 'CopyTagsToSnapshot', 'AutoMinorVersionUpgrade'].map((f) => `<${f}>${String(on)}</${f}>`).join('');

// Compliant Aurora MySQL: encrypted, spread over two zones, backtracking for a day, audit logs exported.
const orders = `<DBCluster>
  <DBClusterIdentifier>orders</DBClusterIdentifier><Engine>aurora-mysql</Engine><EngineVersion>8.0.mysql_aurora.3.05.2</EngineVersion><EngineMode>provisioned</EngineMode><Status>available</Status>
  <MasterUsername>orders_owner</MasterUsername><Port>3307</Port><BackupRetentionPeriod>7</BackupRetentionPeriod><MultiAZ>true</MultiAZ>
  <AvailabilityZones><AvailabilityZone>us-east-1a</AvailabilityZone><AvailabilityZone>us-east-1b</AvailabilityZone></AvailabilityZones>
  <DBSubnetGroup>orders-subnets</DBSubnetGroup><VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-0123456789abcdef0</VpcSecurityGroupId><Status>active</Status></VpcSecurityGroupMembership></VpcSecurityGroups>
  <StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><DBClusterArn>arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders</DBClusterArn>
  <ClusterCreateTime>2024-02-01T10:00:00.000Z</ClusterCreateTime><BacktrackWindow>86400</BacktrackWindow>
  <EnabledCloudwatchLogsExports><member>audit</member><member>error</member></EnabledCloudwatchLogsExports>${flags(true)}
  <TagList><Tag><Key>team</Key><Value>orders</Value></Tag></TagList>
</DBCluster>`;
// A Multi-AZ DB cluster of PostgreSQL with every setting off, no logs, no backtracking answer.
const legacy = `<DBCluster>
  <DBClusterIdentifier>legacy-pg</DBClusterIdentifier><Engine>postgres</Engine><EngineVersion>16.3</EngineVersion><Status>available</Status>
  <MasterUsername>postgres</MasterUsername><Port>5432</Port><BackupRetentionPeriod>1</BackupRetentionPeriod><MultiAZ>false</MultiAZ>
  <VpcSecurityGroups/><StorageEncrypted>false</StorageEncrypted><DBClusterArn>arn:aws:rds:us-east-1:${ACCOUNT}:cluster:legacy-pg</DBClusterArn>
  <ClusterCreateTime>2022-05-01T08:00:00.000Z</ClusterCreateTime>${flags(false)}<TagList/>
</DBCluster>`;
const docdb = `<DBCluster><DBClusterIdentifier>catalog-docs</DBClusterIdentifier><Engine>docdb</Engine><EngineVersion>5.0.0</EngineVersion><Status>available</Status><StorageEncrypted>false</StorageEncrypted></DBCluster>`;
const neptune = `<DBCluster><DBClusterIdentifier>graph</DBClusterIdentifier><Engine>neptune</Engine><EngineVersion>1.3.2.0</EngineVersion><Status>available</Status><StorageEncrypted>true</StorageEncrypted></DBCluster>`;
// Still being created, and the answer leaves out the cluster-level upgrade flag.
const creating = `<DBCluster>
  <DBClusterIdentifier>reports</DBClusterIdentifier><Engine>aurora-postgresql</Engine><EngineVersion>16.4</EngineVersion><Status>creating</Status>
  <MasterUsername>reports_owner</MasterUsername><Port>5432</Port><BackupRetentionPeriod>1</BackupRetentionPeriod><MultiAZ>false</MultiAZ>
  <VpcSecurityGroups><VpcSecurityGroupMembership><VpcSecurityGroupId>sg-0aaaabbbbccccdddd</VpcSecurityGroupId></VpcSecurityGroupMembership></VpcSecurityGroups>
  <StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><DBClusterArn>arn:aws:rds:us-east-1:${ACCOUNT}:cluster:reports</DBClusterArn>
  <DeletionProtection>true</DeletionProtection><IAMDatabaseAuthenticationEnabled>true</IAMDatabaseAuthenticationEnabled><CopyTagsToSnapshot>true</CopyTagsToSnapshot>
</DBCluster>`;

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeDBClusters', match: byAction('DescribeDBClusters'), respond: (r) => (r.params.Marker === undefined ? page([orders, docdb, legacy], 'clusters-2') : page([neptune, creating])) },
  ];
}

describe('rdsDbClusters', () => {
  it('follows the Marker, leaves DocumentDB and Neptune out and maps every other cluster, tags included', async () => {
    const run = await collectRecorded([rdsDbClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeDBClusters')).toBe(2);
    const clusters = run.snapshot.resources.filter((r) => r.type === 'aws.rds.db-cluster');
    expect(clusters.map((c) => c.id)).toEqual(['orders', 'legacy-pg', 'reports']);
    expect(clusters[0]?.arn).toBe(`arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`);
    expect(clusters[0]?.tags).toEqual({ team: 'orders' });
    expect(clusters[0]?.errors).toBeUndefined();
    expect(clusters[0]?.data).toEqual({
      dbClusterIdentifier: 'orders', engine: 'aurora-mysql', engineVersion: '8.0.mysql_aurora.3.05.2', status: 'available',
      storageEncrypted: true, kmsKeyId: kmsKey, multiAz: true, deletionProtection: true, iamDatabaseAuthenticationEnabled: true,
      copyTagsToSnapshot: true, autoMinorVersionUpgrade: true, masterUsername: 'orders_owner', port: 3307, backupRetentionPeriod: 7,
      backtrackWindow: 86400, enabledCloudwatchLogsExports: ['audit', 'error'], dbSubnetGroupName: 'orders-subnets',
      vpcSecurityGroupIds: ['sg-0123456789abcdef0'], clusterCreateTime: '2024-02-01T10:00:00.000Z',
    });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.rds.db-cluster', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads what RDS does not report as not configured: no key, no backtracking, no logs, no subnet group', async () => {
    const run = await collectRecorded([rdsDbClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const legacyPg = run.snapshot.resources.find((r) => r.id === 'legacy-pg');
    expect(legacyPg?.errors).toBeUndefined();
    expect(legacyPg?.tags).toEqual({});
    expect(legacyPg?.data).toMatchObject({
      engine: 'postgres', storageEncrypted: false, kmsKeyId: null, multiAz: false, deletionProtection: false, iamDatabaseAuthenticationEnabled: false,
      copyTagsToSnapshot: false, autoMinorVersionUpgrade: false, masterUsername: 'postgres', backtrackWindow: null, enabledCloudwatchLogsExports: [],
      dbSubnetGroupName: null, vpcSecurityGroupIds: [],
    });
  });

  it('records a flag the answer left out as unreadable on the cluster, never false', async () => {
    const run = await collectRecorded([rdsDbClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const reports = run.snapshot.resources.find((r) => r.id === 'reports');
    expect(reports?.errors).toEqual([expect.objectContaining({ path: 'autoMinorVersionUpgrade', code: 'IncompleteResponse' })]);
    expect(reports?.data).not.toHaveProperty('autoMinorVersionUpgrade');
    expect(reports?.data).toMatchObject({ status: 'creating', clusterCreateTime: null, deletionProtection: true });
  });

  it('keeps the clusters of the first page and marks coverage partial when a later page is denied', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeDBClusters' && r.params.Marker === 'clusters-2', respond: queryError('AccessDenied', 'User is not authorized to perform: rds:DescribeDBClusters', 403) };
    const run = await collectRecorded([rdsDbClusters], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['orders', 'legacy-pg']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial', reason: 'AccessDenied on rds:DescribeDBClusters: User is not authorized to perform: rds:DescribeDBClusters' })]);
  });

  it('marks coverage failed, with no clusters, when clusters cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeDBClusters'), respond: queryError('AccessDenied', 'no rds:DescribeDBClusters', 403) };
    const run = await collectRecorded([rdsDbClusters], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'rds', operation: 'DescribeDBClusters', code: 'AccessDenied' })]);
  });

  it('answers an account without clusters with complete coverage and nothing listed', async () => {
    const none: Route = { name: 'none', match: byAction('DescribeDBClusters'), respond: page([]) };
    const run = await collectRecorded([rdsDbClusters], routes([none]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });
});

describe('rdsDbClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(rdsDbClusters)).toEqual([]);
  });
});
