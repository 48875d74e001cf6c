/**
 * RDS (query protocol) for the fake account, in every region: two manual DB
 * snapshots (one encrypted and private, one unencrypted and public), four
 * manual cluster snapshots (an Aurora, a Neptune and a DocumentDB one
 * encrypted and private, an Aurora one unencrypted and shared with another
 * account; the listing honours RDS's `engine` filter), and two event subscriptions (one sending the
 * critical instance events, one switched off and limited to one cluster).
 * The listings page by MaxRecords (100 by default and at most), as RDS does.
 * Other RDS operations are not answered here (undefined).
 */
import { ACCOUNT, topicName, type Estate } from './estate.js';
import { engineFilter } from './rds.js';
import { elements, offsetOf, page, pageSize, queryAnswer, queryError, type Answer, type WireRequest } from './wire.js';

const NS = 'http://rds.amazonaws.com/doc/2014-10-31/';
const PER_REGION = 2;
/** The engine of each cluster snapshot of a region, by index. */
const CLUSTER_SNAPSHOT_ENGINES = ['aurora-postgresql', 'aurora-postgresql', 'neptune', 'docdb'];
const wrap = (tag: string, list: readonly string[]): string => list.map((item) => `<${tag}>${item}</${tag}>`).join('');
const next = (token: number | undefined): string => (token === undefined ? '' : `<Marker>m${token}</Marker>`);
const key = (region: string): string => `arn:aws:kms:${region}:${ACCOUNT}:key/00000000-0000-4000-8000-00000000rds0`;

const snapshotId = (r: number, i: number): string => `bench-${r}-db-snapshot-${i}`;
const clusterSnapshotId = (r: number, i: number): string => `bench-${r}-cluster-snapshot-${i}`;

function dbSnapshot(region: string, r: number, i: number): string {
  const encrypted = i % 2 === 0;
  return elements({
    DBSnapshotIdentifier: snapshotId(r, i), DBInstanceIdentifier: `bench-${r}-db-${i}`, SnapshotType: 'manual', Status: 'available', Engine: 'postgres', EngineVersion: '16.3',
    SnapshotCreateTime: '2025-06-01T02:00:00.000Z', Encrypted: encrypted, KmsKeyId: encrypted ? key(region) : undefined,
    DBSnapshotArn: `arn:aws:rds:${region}:${ACCOUNT}:snapshot:${snapshotId(r, i)}`,
  }) + '<TagList/>';
}

function clusterSnapshot(region: string, r: number, i: number): string {
  const encrypted = i % 2 === 0 || i > 1;
  return elements({
    DBClusterSnapshotIdentifier: clusterSnapshotId(r, i), DBClusterIdentifier: `bench-${r}-cluster-${i}`, SnapshotType: 'manual', Status: 'available', Engine: CLUSTER_SNAPSHOT_ENGINES[i], EngineVersion: '16.2',
    SnapshotCreateTime: '2025-06-01T02:00:00.000Z', StorageEncrypted: encrypted, KmsKeyId: encrypted ? key(region) : undefined,
    DBClusterSnapshotArn: `arn:aws:rds:${region}:${ACCOUNT}:cluster-snapshot:${clusterSnapshotId(r, i)}`,
  }) + '<TagList/>';
}

function subscription(region: string, r: number, i: number): string {
  const name = `bench-${r}-rds-events-${i}`;
  const critical = i % 2 === 0;
  return elements({
    CustomerAwsId: ACCOUNT, CustSubscriptionId: name, SnsTopicArn: `arn:aws:sns:${region}:${ACCOUNT}:${topicName(0)}`, Status: 'active', SubscriptionCreationTime: '2025-06-01 02:00:00.000',
    SourceType: critical ? 'db-instance' : 'db-cluster', Enabled: critical, EventSubscriptionArn: `arn:aws:rds:${region}:${ACCOUNT}:es:${name}`,
  }) + (critical
    ? `<EventCategoriesList>${wrap('EventCategory', ['maintenance', 'configuration change', 'failure'])}</EventCategoriesList>`
    : `<SourceIdsList>${wrap('SourceId', [`bench-${r}-cluster-0`])}</SourceIdsList>`);
}

/** Who may restore snapshot i: the private ones no one, the others "all" (DB snapshots) or another account (cluster snapshots). */
function restore(kind: 'DBSnapshot' | 'DBClusterSnapshot', id: string, i: number): string {
  const values = i % 2 === 0 || kind === 'DBClusterSnapshot' && i > 1 ? [] : [kind === 'DBSnapshot' ? 'all' : '210987654321'];
  const attribute = `<AttributeName>restore</AttributeName>${values.length === 0 ? '' : `<AttributeValues>${wrap('AttributeValue', values)}</AttributeValues>`}`;
  return `<${kind}AttributesResult><${kind}Identifier>${id}</${kind}Identifier><${kind}Attributes><${kind}Attribute>${attribute}</${kind}Attribute></${kind}Attributes></${kind}AttributesResult>`;
}

/** The index i of a snapshot id of region r, or undefined when the estate has no such snapshot. */
function indexOf(id: unknown, prefix: string, count: number): number | undefined {
  if (typeof id !== 'string' || !id.startsWith(prefix)) return undefined;
  const i = Number(id.slice(prefix.length));
  return Number.isInteger(i) && i >= 0 && i < count ? i : undefined;
}

const notFound = (code: string): Answer => queryError(code, 'The estate holds no such snapshot.', 404);

function listing(request: WireRequest, list: string, item: string, all: readonly string[]): Answer {
  const listed = page(all, offsetOf('m', request.params.Marker), pageSize(request.params.MaxRecords, 100, 100));
  return queryAnswer(request.operation, NS, `<${list}>${wrap(item, listed.items)}</${list}>${next(listed.next)}`);
}

export function answerRdsSnapshots(estate: Estate, request: WireRequest): Answer | undefined {
  const { operation, params, region } = request;
  const r = estate.regionIndex(region);
  const each = <T>(make: (i: number) => T, count = PER_REGION): T[] => (r < 0 ? [] : Array.from({ length: count }, (_, i) => make(i)));
  const engine = engineFilter(params);
  switch (operation) {
    case 'DescribeDBSnapshots': return listing(request, 'DBSnapshots', 'DBSnapshot', each((i) => dbSnapshot(region, r, i)));
    case 'DescribeDBClusterSnapshots': return listing(request, 'DBClusterSnapshots', 'DBClusterSnapshot', each((i) => i, CLUSTER_SNAPSHOT_ENGINES.length).filter((i) => engine === undefined || CLUSTER_SNAPSHOT_ENGINES[i] === engine).map((i) => clusterSnapshot(region, r, i)));
    case 'DescribeEventSubscriptions': return listing(request, 'EventSubscriptionsList', 'EventSubscription', each((i) => subscription(region, r, i)));
    case 'DescribeDBSnapshotAttributes': {
      const i = indexOf(params.DBSnapshotIdentifier, `bench-${r}-db-snapshot-`, PER_REGION);
      return i === undefined ? notFound('DBSnapshotNotFound') : queryAnswer(operation, NS, restore('DBSnapshot', snapshotId(r, i), i));
    }
    case 'DescribeDBClusterSnapshotAttributes': {
      const i = indexOf(params.DBClusterSnapshotIdentifier, `bench-${r}-cluster-snapshot-`, CLUSTER_SNAPSHOT_ENGINES.length);
      return i === undefined ? notFound('DBClusterSnapshotNotFoundFault') : queryAnswer(operation, NS, restore('DBClusterSnapshot', clusterSnapshotId(r, i), i));
    }
    default: return undefined;
  }
}
