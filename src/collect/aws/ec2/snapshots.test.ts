/** ec2Snapshots through the real EC2 client, fed recorded EC2 query-protocol answers. */
import { describe, expect, it } from 'vitest';
import { ec2Snapshots } from './snapshots.js';
import { ec2Error, type Route } from '../../../../test/support/recorded-aws.js';
import { ec2Xml, items, pagedEc2, tagSet } from '../../../../test/support/ec2-xml.js';
import { collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const snapshot = (id: string, body: string, tags: Record<string, string> = {}): string =>
  `<snapshotId>${id}</snapshotId><volumeId>vol-1</volumeId><status>completed</status><startTime>2026-10-01T08:00:00.000Z</startTime>`
  + `<progress>100%</progress><ownerId>123456789012</ownerId><volumeSize>8</volumeSize>${body}${tagSet(tags)}`;
const snapshots = pagedEc2('DescribeSnapshots', 'snapshotSet', [
  [snapshot('snap-private', '<description>nightly</description><encrypted>true</encrypted><kmsKeyId>arn:aws:kms:us-east-1:123456789012:key/k1</kmsKeyId>', { Name: 'nightly-root' }),
    snapshot('snap-shared', '<description></description><encrypted>false</encrypted>')],
  [snapshot('snap-public', '<encrypted>false</encrypted>')],
]);

const permissions: Record<string, string[]> = {
  'snap-private': [],
  'snap-shared': ['<userId>210987654321</userId>'],
  'snap-public': ['<group>all</group>', '<userId>210987654321</userId>'],
};
const attribute = (answers: Record<string, string[]>): Route => ({
  name: 'DescribeSnapshotAttribute',
  match: (r) => r.action === 'DescribeSnapshotAttribute',
  respond: (r) => {
    const id = String(r.params.SnapshotId);
    const list = answers[id] ?? [];
    // AWS sends no createVolumePermission element at all for a snapshot shared with no one.
    return ec2Xml('DescribeSnapshotAttribute', `<snapshotId>${id}</snapshotId>${list.length === 0 ? '' : `<createVolumePermission>${items(list)}</createVolumePermission>`}`);
  },
});
const routes = (overrides: Route[] = []): Route[] => [...overrides, regionsRoute(['us-east-1']), snapshots, attribute(permissions)];
const denied = (action: string): Route => ({ name: `${action}-denied`, match: (r) => r.action === action, respond: ec2Error('UnauthorizedOperation', 'You are not authorized to perform this operation.', 403) });

describe('ec2Snapshots', () => {
  it('lists the account\'s own snapshots across pages, each with who may create volumes from it', async () => {
    const run = await collectRecorded([ec2Snapshots], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id).sort()).toEqual(['snap-private', 'snap-public', 'snap-shared']);
    const found = run.snapshot.resources.find((r) => r.id === 'snap-private');
    expect(found).toMatchObject({ type: 'aws.ec2.snapshot', arn: 'arn:aws:ec2:us-east-1::snapshot/snap-private', name: 'nightly-root', tags: { Name: 'nightly-root' } });
    expect(found?.data).toEqual({
      snapshotId: 'snap-private', volumeId: 'vol-1', volumeSize: 8, state: 'completed', startTime: '2026-10-01T08:00:00.000Z', ownerId: '123456789012',
      description: 'nightly', encrypted: true, kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:key/k1', createVolumePermissions: [],
    });
    expect(run.snapshot.resources.find((r) => r.id === 'snap-shared')?.data).toMatchObject({ description: null, encrypted: false, kmsKeyId: null, createVolumePermissions: [{ group: null, userId: '210987654321' }] });
    expect(run.snapshot.resources.find((r) => r.id === 'snap-public')?.data).toMatchObject({ createVolumePermissions: [{ group: 'all', userId: null }, { group: null, userId: '210987654321' }] });
    for (const r of run.snapshot.resources) expect(r.errors).toBeUndefined();
    // Only the account's own snapshots, never every public snapshot in the region.
    expect(run.aws.requests.filter((r) => r.action === 'DescribeSnapshots').map((r) => [r.params['Owner.1'], r.params.MaxResults, r.params.NextToken])).toEqual([['self', '1000', undefined], ['self', '1000', 'page-1']]);
    expect(run.aws.requests.filter((r) => r.action === 'DescribeSnapshotAttribute').map((r) => [r.params.SnapshotId, r.params.Attribute]).sort()).toEqual([
      ['snap-private', 'createVolumePermission'], ['snap-public', 'createVolumePermission'], ['snap-shared', 'createVolumePermission'],
    ]);
  });

  it('records a denied attribute call on the permissions alone, never an empty list', async () => {
    const run = await collectRecorded([ec2Snapshots], routes([denied('DescribeSnapshotAttribute')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toHaveLength(3);
    for (const r of run.snapshot.resources) {
      expect(r.data.createVolumePermissions).toBeUndefined();
      expect(r.data.encrypted).toBeTypeOf('boolean');
      expect(r.errors?.map((e) => [e.path, e.code, e.operation])).toEqual([['createVolumePermissions', 'UnauthorizedOperation', 'ec2:DescribeSnapshotAttribute']]);
    }
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.snapshot', status: 'complete' })]);
  });

  it('fails an entry with an unknown group and a snapshot whose encryption AWS left out, each alone', async () => {
    const odd = pagedEc2('DescribeSnapshots', 'snapshotSet', [[snapshot('snap-private', ''), snapshot('snap-shared', '<encrypted>true</encrypted>')]]);
    const run = await collectRecorded([ec2Snapshots], routes([odd, attribute({ 'snap-private': [], 'snap-shared': ['<group>everyone</group>', '<userId>210987654321</userId>'] })]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'snap-private')?.errors?.map((e) => [e.path, e.code])).toEqual([['encrypted', 'IncompleteResponse'], ['kmsKeyId', 'IncompleteResponse']]);
    const shared = run.snapshot.resources.find((r) => r.id === 'snap-shared');
    expect(shared?.errors?.map((e) => [e.path, e.code])).toEqual([['createVolumePermissions[0]', 'IncompleteResponse']]);
    expect(shared?.data).toMatchObject({ encrypted: true, kmsKeyId: null, createVolumePermissions: [{}, { group: null, userId: '210987654321' }] });
  });

  it('marks coverage failed when the snapshots cannot be listed', async () => {
    const run = await collectRecorded([ec2Snapshots], routes([denied('DescribeSnapshots')]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.ec2.snapshot', status: 'failed' })]);
    expect(run.aws.count('DescribeSnapshotAttribute')).toBe(0);
  });
});

describe('ec2Snapshots call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(ec2Snapshots)).toEqual([]);
  });
});
