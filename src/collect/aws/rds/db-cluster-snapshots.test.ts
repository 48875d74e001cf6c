/** rdsDbClusterSnapshots through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { rdsDbClusterSnapshots } from './db-cluster-snapshots.js';
import { byAction, type Route } from '../../../../test/support/recorded-aws.js';
import { rdsDenied as denied, rdsMarker as marker, rdsXml as answer, restoreAttributes } from '../../../../test/support/rds-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const clusterSnapshot = (id: string, body: string): string =>
  `<DBClusterSnapshot><DBClusterSnapshotIdentifier>${id}</DBClusterSnapshotIdentifier><DBClusterIdentifier>reports</DBClusterIdentifier><SnapshotType>manual</SnapshotType><Engine>aurora-postgresql</Engine><EngineVersion>16.2</EngineVersion>`
  + `<DBClusterSnapshotArn>arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:${id}</DBClusterSnapshotArn>${body}</DBClusterSnapshot>`;
const clusterSnapshotsRoute: Route = {
  name: 'DescribeDBClusterSnapshots',
  match: byAction('DescribeDBClusterSnapshots'),
  respond: (r) => answer('DescribeDBClusterSnapshots', r.params.Marker === undefined
    ? `<DBClusterSnapshots>${clusterSnapshot('reports-monthly', `<Status>available</Status><SnapshotCreateTime>2024-06-01T02:00:00.000Z</SnapshotCreateTime><StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><TagList><Tag><Key>team</Key><Value>reports</Value></Tag></TagList>`)}</DBClusterSnapshots>${marker('cluster-snapshots-2')}`
    : `<DBClusterSnapshots>${clusterSnapshot('reports-shared', '<Status>available</Status><SnapshotCreateTime>2024-05-01T02:00:00.000Z</SnapshotCreateTime><StorageEncrypted>false</StorageEncrypted>')}</DBClusterSnapshots>`),
};
const clusterAttributes = restoreAttributes('DBClusterSnapshot', { 'reports-monthly': undefined, 'reports-shared': ['210987654321', 'all'] });
const clusterRoutes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), clusterSnapshotsRoute, clusterAttributes];

describe('rdsDbClusterSnapshots', () => {
  it('lists the manual cluster snapshots across pages, each with who may restore it', async () => {
    const run = await collectRecorded([rdsDbClusterSnapshots], clusterRoutes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeDBClusterSnapshots').map((r) => [r.params.SnapshotType, r.params.MaxRecords, r.params.Marker])).toEqual([['manual', '100', undefined], ['manual', '100', 'cluster-snapshots-2']]);
    const found = run.snapshot.resources.find((r) => r.id === 'reports-monthly');
    expect(found).toMatchObject({ type: 'aws.rds.db-cluster-snapshot', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:reports-monthly`, tags: { team: 'reports' } });
    expect(found?.data).toEqual({
      dbClusterSnapshotIdentifier: 'reports-monthly', dbClusterIdentifier: 'reports', snapshotType: 'manual', status: 'available', engine: 'aurora-postgresql', engineVersion: '16.2',
      snapshotCreateTime: '2024-06-01T02:00:00.000Z', storageEncrypted: true, kmsKeyId: kmsKey, restoreAttributeValues: [],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'reports-shared')?.data).toMatchObject({ storageEncrypted: false, kmsKeyId: null, restoreAttributeValues: ['210987654321', 'all'] });
    for (const r of run.snapshot.resources) expect(r.errors).toBeUndefined();
  });

  it('records a denied attribute call on who may restore alone', async () => {
    const run = await collectRecorded([rdsDbClusterSnapshots], clusterRoutes([denied('DescribeDBClusterSnapshotAttributes')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toHaveLength(2);
    for (const r of run.snapshot.resources) {
      expect(r.data.restoreAttributeValues).toBeUndefined();
      expect(r.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['restoreAttributeValues', 'AccessDenied', 'rds:DescribeDBClusterSnapshotAttributes']]);
    }
  });

  it('reads an answer about another snapshot as unreadable, never as private', async () => {
    const other: Route = { name: 'other', match: byAction('DescribeDBClusterSnapshotAttributes'), respond: answer('DescribeDBClusterSnapshotAttributes', '<DBClusterSnapshotAttributesResult><DBClusterSnapshotIdentifier>someone-else</DBClusterSnapshotIdentifier><DBClusterSnapshotAttributes><DBClusterSnapshotAttribute><AttributeName>restore</AttributeName></DBClusterSnapshotAttribute></DBClusterSnapshotAttributes></DBClusterSnapshotAttributesResult>') };
    const run = await collectRecorded([rdsDbClusterSnapshots], clusterRoutes([other]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const r of run.snapshot.resources) expect(r.errors?.map((e) => [e.path, e.code])).toEqual([['restoreAttributeValues', 'UnexpectedResponse']]);
  });

  it('marks coverage failed when the cluster snapshots cannot be listed', async () => {
    const run = await collectRecorded([rdsDbClusterSnapshots], clusterRoutes([denied('DescribeDBClusterSnapshots')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.rds.db-cluster-snapshot', status: 'failed' })]);
    expect(run.aws.count('DescribeDBClusterSnapshotAttributes')).toBe(0);
  });
});

describe('rdsDbClusterSnapshots call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(rdsDbClusterSnapshots)).toEqual([]);
  });
});
