/** docdbDbClusters through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { docdbDbClusters } from './db-clusters.js';
import { byAction, type Route } from '../../../../test/support/recorded-aws.js';
import { rdsDenied as denied, rdsMarker as marker, rdsXml as answer } from '../../../../test/support/rds-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const cluster = (id: string, group: string | undefined, body: string): string => `<DBCluster><DBClusterIdentifier>${id}</DBClusterIdentifier><Engine>docdb</Engine><EngineVersion>5.0.0</EngineVersion><Status>available</Status>`
  + `<MasterUsername>docs_owner</MasterUsername><Port>27017</Port><VpcSecurityGroups/><DBClusterArn>arn:aws:rds:us-east-1:${ACCOUNT}:cluster:${id}</DBClusterArn><ClusterCreateTime>2024-02-01T10:00:00.000Z</ClusterCreateTime>`
  + `${group === undefined ? '' : `<DBClusterParameterGroup>${group}</DBClusterParameterGroup>`}${body}</DBCluster>`;

// Two compliant clusters sharing a group with TLS on: encrypted, audit logs, a week of backups, protected.
const on = '<StorageEncrypted>true</StorageEncrypted><KmsKeyId>' + kmsKey + '</KmsKeyId><MultiAZ>true</MultiAZ><DeletionProtection>true</DeletionProtection><BackupRetentionPeriod>7</BackupRetentionPeriod><DBSubnetGroup>docs-subnets</DBSubnetGroup><EnabledCloudwatchLogsExports><member>audit</member><member>profiler</member></EnabledCloudwatchLogsExports><TagList><Tag><Key>team</Key><Value>docs</Value></Tag></TagList>';
const catalog = cluster('catalog', 'docs-tls', on);
const search = cluster('search', 'docs-tls', on);
// Everything off, TLS off in its own group, no logs, no key.
const legacy = cluster('legacy-docs', 'legacy-no-tls', '<StorageEncrypted>false</StorageEncrypted><MultiAZ>false</MultiAZ><DeletionProtection>false</DeletionProtection><BackupRetentionPeriod>1</BackupRetentionPeriod><TagList/>');
// The answer names no parameter group: its tls is unknown.
const nameless = cluster('nameless', undefined, '<StorageEncrypted>true</StorageEncrypted><KmsKeyId>' + kmsKey + '</KmsKeyId><MultiAZ>false</MultiAZ><DeletionProtection>true</DeletionProtection><BackupRetentionPeriod>7</BackupRetentionPeriod>');

const parameter = (name: string, value: string | undefined): string => `<Parameter><ParameterName>${name}</ParameterName>${value === undefined ? '' : `<ParameterValue>${value}</ParameterValue>`}<ApplyType>static</ApplyType></Parameter>`;
const clustersRoute: Route = {
  name: 'DescribeDBClusters',
  match: byAction('DescribeDBClusters'),
  respond: (r) => answer('DescribeDBClusters', r.params.Marker === undefined ? `<DBClusters>${catalog}${legacy}</DBClusters>${marker('clusters-2')}` : `<DBClusters>${search}${nameless}</DBClusters>`),
};
// docs-tls answers over two pages, tls on the second.
const parametersRoute: Route = {
  name: 'DescribeDBClusterParameters',
  match: byAction('DescribeDBClusterParameters'),
  respond: (r) => {
    if (r.params.DBClusterParameterGroupName === 'legacy-no-tls') return answer('DescribeDBClusterParameters', `<Parameters>${parameter('audit_logs', 'disabled')}${parameter('tls', 'disabled')}</Parameters>`);
    return answer('DescribeDBClusterParameters', r.params.Marker === undefined ? `<Parameters>${parameter('audit_logs', 'enabled')}</Parameters>${marker('parameters-2')}` : `<Parameters>${parameter('tls', 'enabled')}${parameter('ttl_monitor', 'enabled')}</Parameters>`);
  },
};
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), clustersRoute, parametersRoute];

describe('docdbDbClusters', () => {
  it('asks RDS for the docdb engine only and reads each parameter group\'s tls once, across pages', async () => {
    const run = await collectRecorded([docdbDbClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeDBClusters').map((r) => [r.params['Filters.Filter.1.Name'], r.params['Filters.Filter.1.Values.Value.1'], r.params.Marker])).toEqual([['engine', 'docdb', undefined], ['engine', 'docdb', 'clusters-2']]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeDBClusterParameters').map((r) => `${String(r.params.DBClusterParameterGroupName)} ${typeof r.params.Marker === 'string' ? r.params.Marker : 'first page'}`).sort()).toEqual(['docs-tls first page', 'docs-tls parameters-2', 'legacy-no-tls first page']);
    const found = run.snapshot.resources.find((r) => r.id === 'catalog');
    expect(found).toMatchObject({ type: 'aws.docdb.db-cluster', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:catalog`, tags: { team: 'docs' } });
    expect(found?.errors).toBeUndefined();
    expect(found?.data).toEqual({
      dbClusterIdentifier: 'catalog', engine: 'docdb', engineVersion: '5.0.0', status: 'available', storageEncrypted: true, kmsKeyId: kmsKey, multiAz: true, deletionProtection: true,
      masterUsername: 'docs_owner', port: 27017, backupRetentionPeriod: 7, enabledCloudwatchLogsExports: ['audit', 'profiler'], dbSubnetGroupName: 'docs-subnets', vpcSecurityGroupIds: [],
      clusterCreateTime: '2024-02-01T10:00:00.000Z', dbClusterParameterGroup: 'docs-tls', tls: 'enabled',
    });
    expect(run.snapshot.resources.find((r) => r.id === 'search')?.data).toMatchObject({ tls: 'enabled' });
    expect(run.snapshot.resources.find((r) => r.id === 'legacy-docs')?.data).toMatchObject({ storageEncrypted: false, kmsKeyId: null, enabledCloudwatchLogsExports: [], dbSubnetGroupName: null, tls: 'disabled' });
  });

  it('fails tls, and only tls, when the cluster names no parameter group', async () => {
    const run = await collectRecorded([docdbDbClusters], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'nameless');
    expect(found?.errors?.map((e) => [e.path, e.code])).toEqual([['dbClusterParameterGroup', 'IncompleteResponse'], ['tls', 'IncompleteResponse']]);
    expect(found?.data).toMatchObject({ storageEncrypted: true, deletionProtection: true });
  });

  it('reads a group without a tls parameter, or without its value, as unreadable, never as TLS on', async () => {
    // docs-tls answers tls without a value; legacy-no-tls answers no tls at all.
    const missing: Route = { name: 'no-tls', match: byAction('DescribeDBClusterParameters'), respond: (r) => answer('DescribeDBClusterParameters', `<Parameters>${r.params.DBClusterParameterGroupName === 'docs-tls' ? parameter('tls', undefined) : parameter('audit_logs', 'disabled')}</Parameters>`) };
    const run = await collectRecorded([docdbDbClusters], routes([missing]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const id of ['catalog', 'search', 'legacy-docs']) {
      const found = run.snapshot.resources.find((r) => r.id === id);
      expect(found?.data).not.toHaveProperty('tls');
      expect(found?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['tls', 'IncompleteResponse', 'rds:DescribeDBClusterParameters']]);
    }
  });

  it('records a denied parameter read on tls alone', async () => {
    const run = await collectRecorded([docdbDbClusters], routes([denied('DescribeDBClusterParameters')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    const found = run.snapshot.resources.find((r) => r.id === 'catalog');
    expect(found?.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['tls', 'AccessDenied', 'rds:DescribeDBClusterParameters']]);
    expect(found?.data).toMatchObject({ storageEncrypted: true, dbClusterParameterGroup: 'docs-tls' });
  });

  it('marks coverage failed, with no clusters, when clusters cannot be listed', async () => {
    const run = await collectRecorded([docdbDbClusters], routes([denied('DescribeDBClusters')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.docdb.db-cluster', status: 'failed' })]);
    expect(run.aws.count('DescribeDBClusterParameters')).toBe(0);
  });
});

describe('docdbDbClusters call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(docdbDbClusters)).toEqual([]);
  });
});
