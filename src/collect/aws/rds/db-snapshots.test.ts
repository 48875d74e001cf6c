/** rdsDbSnapshots through the real RDS client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { rdsDbSnapshots } from './db-snapshots.js';
import { byAction, queryError, type Route } from '../../../../test/support/recorded-aws.js';
import { rdsDenied as denied, rdsMarker as marker, rdsXml as answer, restoreAttributes } from '../../../../test/support/rds-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const ACCOUNT = '123456789012';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const dbSnapshot = (id: string, body: string): string =>
  `<DBSnapshot><DBSnapshotIdentifier>${id}</DBSnapshotIdentifier><DBInstanceIdentifier>orders-db</DBInstanceIdentifier><SnapshotType>manual</SnapshotType><Engine>postgres</Engine><EngineVersion>16.3</EngineVersion>`
  + `<DBSnapshotArn>arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:${id}</DBSnapshotArn>${body}</DBSnapshot>`;
const encryptedSnapshot = dbSnapshot('orders-before-upgrade', `<Status>available</Status><SnapshotCreateTime>2024-06-01T02:00:00.000Z</SnapshotCreateTime><Encrypted>true</Encrypted><KmsKeyId>${kmsKey}</KmsKeyId><TagList><Tag><Key>Name</Key><Value>before upgrade</Value></Tag></TagList>`);
// Still being created: no SnapshotCreateTime yet, and no key because it is not encrypted.
const creatingSnapshot = dbSnapshot('orders-creating', '<Status>creating</Status><Encrypted>false</Encrypted><TagList/>');
const publicSnapshot = dbSnapshot('orders-public', '<Status>available</Status><SnapshotCreateTime>2024-05-01T02:00:00.000Z</SnapshotCreateTime><Encrypted>false</Encrypted>');
const dbSnapshotsRoute: Route = {
  name: 'DescribeDBSnapshots',
  match: byAction('DescribeDBSnapshots'),
  respond: (r) => answer('DescribeDBSnapshots', r.params.Marker === undefined ? `<DBSnapshots>${encryptedSnapshot}${creatingSnapshot}</DBSnapshots>${marker('snapshots-2')}` : `<DBSnapshots>${publicSnapshot}</DBSnapshots>`),
};

// Not shared (RDS sends no AttributeValues element), shared with no one, and public.
const restore: Record<string, string[] | undefined> = { 'orders-before-upgrade': undefined, 'orders-creating': [], 'orders-public': ['all', '210987654321'] };
const dbAttributes = (values: Record<string, string[] | undefined>): Route => restoreAttributes('DBSnapshot', values);
const dbRoutes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), dbSnapshotsRoute, dbAttributes(restore)];

describe('rdsDbSnapshots', () => {
  it('lists the manual snapshots across pages, each with who may restore it', async () => {
    const run = await collectRecorded([rdsDbSnapshots], dbRoutes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeDBSnapshots').map((r) => [r.params.SnapshotType, r.params.MaxRecords, r.params.Marker])).toEqual([['manual', '100', undefined], ['manual', '100', 'snapshots-2']]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['orders-before-upgrade', 'orders-creating', 'orders-public']);
    const found = run.snapshot.resources.find((r) => r.id === 'orders-before-upgrade');
    expect(found).toMatchObject({ type: 'aws.rds.db-snapshot', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:snapshot:orders-before-upgrade`, tags: { Name: 'before upgrade' } });
    expect(found?.data).toEqual({
      dbSnapshotIdentifier: 'orders-before-upgrade', dbInstanceIdentifier: 'orders-db', snapshotType: 'manual', status: 'available', engine: 'postgres', engineVersion: '16.3',
      snapshotCreateTime: '2024-06-01T02:00:00.000Z', encrypted: true, kmsKeyId: kmsKey, restoreAttributeValues: [],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'orders-creating')?.data).toMatchObject({ status: 'creating', snapshotCreateTime: null, encrypted: false, kmsKeyId: null, restoreAttributeValues: [] });
    expect(run.snapshot.resources.find((r) => r.id === 'orders-public')?.data).toMatchObject({ restoreAttributeValues: ['all', '210987654321'] });
    for (const r of run.snapshot.resources) expect(r.errors).toBeUndefined();
    expect(run.aws.requests.filter((r) => r.action === 'DescribeDBSnapshotAttributes').map((r) => r.params.DBSnapshotIdentifier).sort()).toEqual(['orders-before-upgrade', 'orders-creating', 'orders-public']);
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.rds.db-snapshot', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('records a denied attribute call on who may restore alone, never an empty list', async () => {
    const run = await collectRecorded([rdsDbSnapshots], dbRoutes([denied('DescribeDBSnapshotAttributes')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toHaveLength(3);
    for (const r of run.snapshot.resources) {
      expect(r.data.restoreAttributeValues).toBeUndefined();
      expect(r.data.encrypted).toBeTypeOf('boolean');
      expect(r.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['restoreAttributeValues', 'AccessDenied', 'rds:DescribeDBSnapshotAttributes']]);
    }
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('fails an answer without the restore attribute, and a snapshot whose encryption AWS left out, each alone', async () => {
    const odd = { ...dbSnapshotsRoute, respond: () => answer('DescribeDBSnapshots', `<DBSnapshots>${dbSnapshot('orders-before-upgrade', '<Status>available</Status>')}${creatingSnapshot}</DBSnapshots>`) };
    const noRestore: Route = { name: 'no-restore', match: (r) => r.action === 'DescribeDBSnapshotAttributes' && r.params.DBSnapshotIdentifier === 'orders-creating', respond: answer('DescribeDBSnapshotAttributes', '<DBSnapshotAttributesResult><DBSnapshotIdentifier>orders-creating</DBSnapshotIdentifier><DBSnapshotAttributes/></DBSnapshotAttributesResult>') };
    const run = await collectRecorded([rdsDbSnapshots], dbRoutes([noRestore, odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'orders-before-upgrade')?.errors?.map((e) => [e.path, e.code])).toEqual([['encrypted', 'IncompleteResponse'], ['kmsKeyId', 'IncompleteResponse']]);
    const creating = run.snapshot.resources.find((r) => r.id === 'orders-creating');
    expect(creating?.errors?.map((e) => [e.path, e.code])).toEqual([['restoreAttributeValues', 'IncompleteResponse']]);
    expect(creating?.data.restoreAttributeValues).toBeUndefined();
  });

  it('marks coverage partial when a later page fails, and failed when none can be listed', async () => {
    const broken: Route = { name: 'page-2', match: (r) => r.action === 'DescribeDBSnapshots' && r.params.Marker === 'snapshots-2', respond: queryError('AccessDenied', 'no', 403) };
    const partial = await collectRecorded([rdsDbSnapshots], dbRoutes([broken]), { regions: ['us-east-1'] });
    expect(partial.problems).toEqual([]);
    expect(partial.snapshot.resources.map((r) => r.id).sort()).toEqual(['orders-before-upgrade', 'orders-creating']);
    expect(partial.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
    const run = await collectRecorded([rdsDbSnapshots], dbRoutes([denied('DescribeDBSnapshots')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.rds.db-snapshot', status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'rds', operation: 'DescribeDBSnapshots', code: 'AccessDenied' })]);
    expect(run.aws.count('DescribeDBSnapshotAttributes')).toBe(0);
  });
});

describe('rdsDbSnapshots call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(rdsDbSnapshots)).toEqual([]);
  });
});
