/** neptuneDbClusterSnapshots through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { neptuneDbClusterSnapshots } from './db-cluster-snapshots.js';
import { byAction, type Route } from '../../../../test/support/recorded-aws.js';
import { rdsDenied as denied, rdsMarker as marker, rdsXml as answer, restoreAttributes } from '../../../../test/support/rds-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const snapshot = (id: string, engine: string, body: string): string =>
  `<DBClusterSnapshot><DBClusterSnapshotIdentifier>${id}</DBClusterSnapshotIdentifier><DBClusterIdentifier>graph</DBClusterIdentifier><SnapshotType>manual</SnapshotType><Engine>${engine}</Engine><EngineVersion>1.3.2.0</EngineVersion>`
  + `<DBClusterSnapshotArn>arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:${id}</DBClusterSnapshotArn><Status>available</Status>${body}</DBClusterSnapshot>`;
const monthly = snapshot('graph-monthly', 'neptune', `<SnapshotCreateTime>2024-06-01T02:00:00.000Z</SnapshotCreateTime><StorageEncrypted>true</StorageEncrypted><KmsKeyId>${kmsKey}</KmsKeyId><TagList><Tag><Key>team</Key><Value>graph</Value></Tag></TagList>`);
const shared = snapshot('graph-shared', 'neptune', '<StorageEncrypted>false</StorageEncrypted>');
// What a server that ignored the filter would send: an Aurora snapshot, which is RDS's.
const aurora = snapshot('reports-monthly', 'aurora-postgresql', '<StorageEncrypted>true</StorageEncrypted><KmsKeyId>' + kmsKey + '</KmsKeyId>');
const snapshotsRoute: Route = {
  name: 'DescribeDBClusterSnapshots',
  match: byAction('DescribeDBClusterSnapshots'),
  respond: (r) => answer('DescribeDBClusterSnapshots', r.params.Marker === undefined ? `<DBClusterSnapshots>${monthly}${aurora}</DBClusterSnapshots>${marker('snapshots-2')}` : `<DBClusterSnapshots>${shared}</DBClusterSnapshots>`),
};
const attributes = restoreAttributes('DBClusterSnapshot', { 'graph-monthly': undefined, 'graph-shared': ['210987654321', 'all'], 'reports-monthly': [] });
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), snapshotsRoute, attributes];

describe('neptuneDbClusterSnapshots', () => {
  it('lists the manual neptune snapshots across pages, each with who may restore it', async () => {
    const run = await collectRecorded([neptuneDbClusterSnapshots], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeDBClusterSnapshots').map((r) => [r.params.SnapshotType, r.params['Filters.Filter.1.Name'], r.params['Filters.Filter.1.Values.Value.1'], r.params.Marker]))
      .toEqual([['manual', 'engine', 'neptune', undefined], ['manual', 'engine', 'neptune', 'snapshots-2']]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['graph-monthly', 'graph-shared']);
    const found = run.snapshot.resources.find((r) => r.id === 'graph-monthly');
    expect(found).toMatchObject({ type: 'aws.neptune.db-cluster-snapshot', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-snapshot:graph-monthly`, tags: { team: 'graph' } });
    expect(found?.data).toEqual({
      dbClusterSnapshotIdentifier: 'graph-monthly', dbClusterIdentifier: 'graph', snapshotType: 'manual', status: 'available', engine: 'neptune', engineVersion: '1.3.2.0',
      snapshotCreateTime: '2024-06-01T02:00:00.000Z', storageEncrypted: true, kmsKeyId: kmsKey, restoreAttributeValues: [],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'graph-shared')?.data).toMatchObject({ snapshotCreateTime: null, storageEncrypted: false, kmsKeyId: null, restoreAttributeValues: ['210987654321', 'all'] });
    for (const r of run.snapshot.resources) expect(r.errors).toBeUndefined();
  });

  it('records a denied attribute call on who may restore alone', async () => {
    const run = await collectRecorded([neptuneDbClusterSnapshots], routes([denied('DescribeDBClusterSnapshotAttributes')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toHaveLength(2);
    for (const r of run.snapshot.resources) {
      expect(r.data.restoreAttributeValues).toBeUndefined();
      expect(r.data.storageEncrypted).toBeTypeOf('boolean');
      expect(r.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['restoreAttributeValues', 'AccessDenied', 'rds:DescribeDBClusterSnapshotAttributes']]);
    }
  });

  it('marks coverage failed when the snapshots cannot be listed', async () => {
    const run = await collectRecorded([neptuneDbClusterSnapshots], routes([denied('DescribeDBClusterSnapshots')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.neptune.db-cluster-snapshot', status: 'failed' })]);
    expect(run.aws.count('DescribeDBClusterSnapshotAttributes')).toBe(0);
  });

  it('answers an account without snapshots with complete coverage and nothing listed', async () => {
    const none: Route = { name: 'none', match: byAction('DescribeDBClusterSnapshots'), respond: answer('DescribeDBClusterSnapshots', '<DBClusterSnapshots/>') };
    const run = await collectRecorded([neptuneDbClusterSnapshots], routes([none]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });
});

describe('neptuneDbClusterSnapshots call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(neptuneDbClusterSnapshots)).toEqual([]);
  });
});
