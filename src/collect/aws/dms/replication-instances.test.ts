/** dmsReplicationInstances through the real DMS client, fed recorded JSON-protocol answers. */
import { describe, expect, it } from 'vitest';
import { dmsReplicationInstances } from './replication-instances.js';
import { byTarget, json, jsonError, type Route } from '../../../../test/support/recorded-aws.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const DESCRIBE = 'AmazonDMSv20160101.DescribeReplicationInstances';
const kmsKey = `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab`;
const instance = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  ReplicationInstanceIdentifier: id, ReplicationInstanceArn: `arn:aws:dms:us-east-1:${ACCOUNT}:rep:${id.toUpperCase()}`, ReplicationInstanceClass: 'dms.t3.medium',
  ReplicationInstanceStatus: 'available', AllocatedStorage: 50, InstanceCreateTime: 1736931600, EngineVersion: '3.5.3', PubliclyAccessible: false, AutoMinorVersionUpgrade: true,
  MultiAZ: true, KmsKeyId: kmsKey, ReplicationSubnetGroup: { ReplicationSubnetGroupIdentifier: 'private', VpcId: 'vpc-0a1b2c3d4e5f67890', SubnetGroupStatus: 'Complete' }, ...extra,
});

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    {
      name: 'DescribeReplicationInstances', match: byTarget(DESCRIBE),
      respond: (r) => (r.params.Marker === undefined
        ? json({ ReplicationInstances: [instance('orders-migration')], Marker: 'page-2' })
        // Public, single-AZ, no automatic upgrades, being created (no time yet), no key or VPC named.
        : json({ ReplicationInstances: [instance('legacy-migration', { PubliclyAccessible: true, MultiAZ: false, AutoMinorVersionUpgrade: false, ReplicationInstanceStatus: 'creating', InstanceCreateTime: undefined, KmsKeyId: undefined, ReplicationSubnetGroup: undefined })] })),
    },
  ];
}

const byId = (run: Awaited<ReturnType<typeof collectRecorded>>, id: string) => run.snapshot.resources.find((r) => r.type === 'aws.dms.replication-instance' && r.id === id);

describe('dmsReplicationInstances', () => {
  it('follows Marker and maps each instance to a valid resource', async () => {
    const run = await collectRecorded([dmsReplicationInstances], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byTarget(DESCRIBE)).map((r) => r.params.Marker)).toEqual([undefined, 'page-2']);
    expect(byId(run, 'orders-migration')).toMatchObject({ arn: `arn:aws:dms:us-east-1:${ACCOUNT}:rep:ORDERS-MIGRATION`, tags: {} });
    expect(byId(run, 'orders-migration')?.errors).toBeUndefined();
    expect(byId(run, 'orders-migration')?.data).toEqual({
      replicationInstanceIdentifier: 'orders-migration', replicationInstanceClass: 'dms.t3.medium', status: 'available', engineVersion: '3.5.3', instanceCreateTime: '2025-01-15T09:00:00.000Z',
      publiclyAccessible: false, autoMinorVersionUpgrade: true, multiAz: true, kmsKeyId: kmsKey, vpcId: 'vpc-0a1b2c3d4e5f67890',
    });
    expect(byId(run, 'legacy-migration')?.data).toMatchObject({ status: 'creating', instanceCreateTime: null, publiclyAccessible: true, autoMinorVersionUpgrade: false, multiAz: false, kmsKeyId: null, vpcId: null });
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.dms.replication-instance', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('reads "no replication instances" (ResourceNotFoundFault on the first page) as a complete, empty region', async () => {
    const none: Route = { name: 'none', match: byTarget(DESCRIBE), respond: jsonError('ResourceNotFoundFault', 'No replication instances found', 404) };
    const run = await collectRecorded([dmsReplicationInstances], routes([none]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
    expect(run.snapshot.errors).toEqual([]);
  });

  it('keeps the first page and marks coverage partial when a later page fails, even with ResourceNotFoundFault', async () => {
    const broken: Route = { name: 'page-2', match: (r) => byTarget(DESCRIBE)(r) && r.params.Marker === 'page-2', respond: jsonError('ResourceNotFoundFault', 'gone', 404) };
    const run = await collectRecorded([dmsReplicationInstances], routes([broken]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.map((r) => r.id)).toEqual(['orders-migration']);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'partial' })]);
  });

  it('marks coverage failed when the instances cannot be listed', async () => {
    const denied: Route = { name: 'denied', match: byTarget(DESCRIBE), respond: jsonError('AccessDeniedException', 'no dms:DescribeReplicationInstances', 403) };
    const run = await collectRecorded([dmsReplicationInstances], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'failed' })]);
    expect(run.snapshot.errors).toEqual([expect.objectContaining({ service: 'dms', operation: 'DescribeReplicationInstances', code: 'AccessDeniedException' })]);
  });

  it('reads a flag DMS left out as unknown, never its default', async () => {
    const partial: Route = { name: 'partial', match: byTarget(DESCRIBE), respond: json({ ReplicationInstances: [instance('orders-migration', { PubliclyAccessible: undefined, MultiAZ: undefined })] }) };
    const run = await collectRecorded([dmsReplicationInstances], routes([partial]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(byId(run, 'orders-migration')?.errors?.map((e) => [e.path, e.code])).toEqual([['publiclyAccessible', 'IncompleteResponse'], ['multiAz', 'IncompleteResponse']]);
    expect(byId(run, 'orders-migration')?.data).not.toHaveProperty('publiclyAccessible');
  });
});

describe('dmsReplicationInstances call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(dmsReplicationInstances)).toEqual([]);
  });
});
