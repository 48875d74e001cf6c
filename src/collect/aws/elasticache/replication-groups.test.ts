/** elasticacheReplicationGroups through the real ElastiCache client, fed recorded query-protocol (XML) answers. */
import { describe, expect, it } from 'vitest';
import { elasticacheReplicationGroups } from './replication-groups.js';
import { byAction, queryError, type RecordedResponse, type Route } from '../../../../test/support/recorded-aws.js';
import { cacheCluster, cacheClustersPage, elasticacheMarker, elasticacheXml, elements } from '../../../../test/support/elasticache-xml.js';
import { ACCOUNT, collectRecorded, regionsRoute, unsentCalls } from '../../../../test/support/collect.js';

const members = (ids: readonly string[]): string => `<MemberClusters>${ids.map((id) => `<ClusterId>${id}</ClusterId>`).join('')}</MemberClusters>`;

/** A group as DescribeReplicationGroups answers it: encrypted, failing over, with a user group; `fields` override or leave out elements. */
function group(id: string, memberIds: readonly string[], fields: Readonly<Record<string, string | undefined>> = {}, extra = ''): string {
  const { UserGroupIds: userGroups = '<member>sessions-users</member>', ...rest } = fields;
  return `<ReplicationGroup>${elements({ ReplicationGroupId: id, Description: `${id} cache`, Status: 'available' })}${members(memberIds)}${elements({
    AutomaticFailover: 'enabled', MultiAZ: 'enabled', SnapshotRetentionLimit: '7', SnapshotWindow: '03:00-04:00', ClusterEnabled: 'false', CacheNodeType: 'cache.t4g.small',
    AuthTokenEnabled: 'false', TransitEncryptionEnabled: 'true', AtRestEncryptionEnabled: 'true', ARN: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:${id}`,
    TransitEncryptionMode: 'required', Engine: 'valkey', ...rest,
  })}${userGroups === '' ? '' : `<UserGroupIds>${userGroups}</UserGroupIds>`}${extra}</ReplicationGroup>`;
}

const SESSIONS = group('sessions', ['sessions-001', 'sessions-002']);
// Redis OSS 5 made with the defaults: no failover, no backups, no encryption, no AUTH, no user groups (and so no UserGroupIds, no mode, no key).
const ORDERS = group('orders', ['orders-001', 'orders-002'], {
  AutomaticFailover: 'disabled', MultiAZ: 'disabled', SnapshotRetentionLimit: '0', TransitEncryptionEnabled: 'false', AtRestEncryptionEnabled: 'false', TransitEncryptionMode: undefined, Engine: 'redis', UserGroupIds: '',
});
// Redis OSS 5 with AUTH, a customer managed key, and transit encryption still accepting plaintext.
const LEGACY = group('legacy', ['legacy-001'], { AuthTokenEnabled: 'true', TransitEncryptionMode: 'preferred', Engine: 'redis', UserGroupIds: '' }, `<KmsKeyId>arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab</KmsKeyId>`);

const CLUSTERS = [
  cacheCluster('sessions-001', { ReplicationGroupId: 'sessions' }), cacheCluster('sessions-002', { ReplicationGroupId: 'sessions' }),
  // Half way through an upgrade: the group is judged by its older node.
  cacheCluster('orders-001', { Engine: 'redis', EngineVersion: '6.2.6', ReplicationGroupId: 'orders' }), cacheCluster('orders-002', { Engine: 'redis', EngineVersion: '5.0.6', ReplicationGroupId: 'orders' }),
  cacheCluster('legacy-001', { Engine: 'redis', EngineVersion: '5.0.6', ReplicationGroupId: 'legacy' }),
];

const groupsPage = (groups: readonly string[], next?: string): RecordedResponse => elasticacheXml('DescribeReplicationGroups', `<ReplicationGroups>${groups.join('')}</ReplicationGroups>${elasticacheMarker(next)}`);

function routes(overrides: Route[] = []): Route[] {
  return [
    ...overrides,
    regionsRoute(['us-east-1']),
    { name: 'DescribeReplicationGroups', match: byAction('DescribeReplicationGroups'), respond: (r) => (r.params.Marker === undefined ? groupsPage([SESSIONS, ORDERS], 'groups-2') : groupsPage([LEGACY])) },
    { name: 'DescribeCacheClusters', match: byAction('DescribeCacheClusters'), respond: (r) => (r.params.Marker === undefined ? cacheClustersPage(CLUSTERS.slice(0, 3), 'clusters-2') : cacheClustersPage(CLUSTERS.slice(3))) },
  ];
}

describe('elasticacheReplicationGroups', () => {
  it('follows both Markers and maps every group, its engine version the lowest of its members', async () => {
    const run = await collectRecorded([elasticacheReplicationGroups], routes(), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.requests.filter(byAction('DescribeReplicationGroups')).map((r) => [r.params.MaxRecords, r.params.Marker])).toEqual([['100', undefined], ['100', 'groups-2']]);
    expect(run.aws.requests.filter(byAction('DescribeCacheClusters')).map((r) => r.params.Marker)).toEqual([undefined, 'clusters-2']);
    const found = run.snapshot.resources;
    expect(found.map((r) => r.id)).toEqual(['sessions', 'orders', 'legacy']);
    expect(found[0]).toMatchObject({ type: 'aws.elasticache.replication-group', arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:sessions` });
    expect(found[0]?.data).toEqual({
      replicationGroupId: 'sessions', engine: 'valkey', engineVersion: '8.0', status: 'available', memberClusters: ['sessions-001', 'sessions-002'], automaticFailover: 'enabled', multiAz: 'enabled',
      snapshotRetentionLimit: 7, atRestEncryptionEnabled: true, kmsKeyId: null, transitEncryptionEnabled: true, transitEncryptionMode: 'required', authTokenEnabled: false, userGroupIds: ['sessions-users'],
    });
    expect(found[1]?.data).toMatchObject({
      engine: 'redis', engineVersion: '5.0.6', automaticFailover: 'disabled', multiAz: 'disabled', snapshotRetentionLimit: 0, atRestEncryptionEnabled: false, transitEncryptionEnabled: false, transitEncryptionMode: null, userGroupIds: [],
    });
    expect(found[2]?.data).toMatchObject({ engineVersion: '5.0.6', authTokenEnabled: true, transitEncryptionMode: 'preferred', kmsKeyId: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1234abcd-12ab-34cd-56ef-1234567890ab` });
    for (const r of found) expect(r.errors).toBeUndefined();
    expect(run.snapshot.coverage).toEqual([{ type: 'aws.elasticache.replication-group', account: ACCOUNT, region: 'us-east-1', status: 'complete' }]);
  });

  it('asks for no cache clusters in a region without groups', async () => {
    const none: Route = { name: 'none', match: byAction('DescribeReplicationGroups'), respond: groupsPage([]) };
    const run = await collectRecorded([elasticacheReplicationGroups], routes([none]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.aws.count('DescribeCacheClusters')).toBe(0);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ status: 'complete' })]);
  });

  it('records a denied DescribeCacheClusters on every group\'s engine version alone, never a version', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeCacheClusters'), respond: queryError('AccessDenied', 'User is not authorized to perform: elasticache:DescribeCacheClusters', 403) };
    const run = await collectRecorded([elasticacheReplicationGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    for (const r of run.snapshot.resources) {
      expect(r.errors).toEqual([{ path: 'engineVersion', code: 'AccessDenied', message: 'User is not authorized to perform: elasticache:DescribeCacheClusters', operation: 'elasticache:DescribeCacheClusters' }]);
      expect(r.data).toMatchObject({ automaticFailover: expect.any(String) as unknown });
    }
  });

  it('leaves the engine version unknown when a member is missing from the listing', async () => {
    const short: Route = { name: 'short', match: byAction('DescribeCacheClusters'), respond: cacheClustersPage(CLUSTERS.slice(0, 3)) };
    const run = await collectRecorded([elasticacheReplicationGroups], routes([short]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources.find((r) => r.id === 'orders')?.errors?.map((e) => [e.path, e.code])).toEqual([['engineVersion', 'IncompleteResponse']]);
    expect(run.snapshot.resources.find((r) => r.id === 'sessions')?.errors).toBeUndefined();
  });

  it('fails only what an incomplete answer leaves out: no failover status or AUTH flag is unknown, transit on without a mode too', async () => {
    const odd: Route = { name: 'odd', match: byAction('DescribeReplicationGroups'), respond: groupsPage([group('sessions', ['sessions-001'], { AutomaticFailover: undefined, AuthTokenEnabled: undefined, TransitEncryptionMode: undefined, Engine: 'memcached' })]) };
    const run = await collectRecorded([elasticacheReplicationGroups], routes([odd]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources[0]?.errors?.map((e) => [e.path, e.code])).toEqual([['engine', 'IncompleteResponse'], ['automaticFailover', 'IncompleteResponse'], ['transitEncryptionMode', 'IncompleteResponse'], ['authTokenEnabled', 'IncompleteResponse']]);
    expect(run.snapshot.resources[0]?.data).toMatchObject({ engineVersion: '8.0', transitEncryptionEnabled: true });
  });

  it('marks coverage failed when DescribeReplicationGroups is denied', async () => {
    const denied: Route = { name: 'denied', match: byAction('DescribeReplicationGroups'), respond: queryError('AccessDenied', 'User is not authorized to perform: elasticache:DescribeReplicationGroups', 403) };
    const run = await collectRecorded([elasticacheReplicationGroups], routes([denied]), { regions: ['us-east-1'] });
    expect(run.problems).toEqual([]);
    expect(run.snapshot.resources).toEqual([]);
    expect(run.snapshot.coverage).toEqual([expect.objectContaining({ type: 'aws.elasticache.replication-group', status: 'failed', reason: 'AccessDenied on elasticache:DescribeReplicationGroups: User is not authorized to perform: elasticache:DescribeReplicationGroups' })]);
  });
});

describe('elasticacheReplicationGroups call table', () => {
  it('has no row the recorded runs above leave unsent', () => {
    expect(unsentCalls(elasticacheReplicationGroups)).toEqual([]);
  });
});
