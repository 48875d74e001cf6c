/**
 * RDS DB clusters (query protocol) for the fake account, in every region:
 * an Aurora MySQL cluster run as the controls ask (encrypted, two zones,
 * protected, IAM authentication, tags copied, automatic minor upgrades,
 * backtracking, audit log exported, a custom administrator), an Aurora
 * PostgreSQL cluster on old defaults (none of that, the default
 * administrator, no backtrack window or log list in its answer), a Neptune
 * cluster (encrypted, audit log exported, every flag off, one day of
 * backups) and a DocumentDB cluster on old defaults whose parameter group
 * switches TLS off. The listing honours RDS's `engine` filter, as the
 * Neptune and DocumentDB collectors send it, and pages by MaxRecords (100 by
 * default and at most), as RDS does. Every other RDS call is answered as
 * quiet-services.ts says.
 */
import { ACCOUNT, keyId, ec2Id, type Estate } from './estate.js';
import { elements, offsetOf, page, pageSize, queryAnswer, queryError, type Answer, type WireRequest } from './wire.js';

const NS = 'http://rds.amazonaws.com/doc/2014-10-31/';
/** RDS names each list's members after their shape (DBCluster, Tag, VpcSecurityGroupMembership); plain lists use member. */
const members = (list: readonly string[], tag = 'member'): string => list.map((m) => `<${tag}>${m}</${tag}>`).join('');
const flags = (on: boolean): string => elements({ DeletionProtection: on, IAMDatabaseAuthenticationEnabled: on, CopyTagsToSnapshot: on, AutoMinorVersionUpgrade: on });

function clusters(region: string, r: number): string[] {
  const name = (i: number): string => `bench-${r}-db-cluster-${i}`;
  const arn = (i: number): string => `arn:aws:rds:${region}:${ACCOUNT}:cluster:${name(i)}`;
  const groups = `<VpcSecurityGroups>${members([elements({ VpcSecurityGroupId: ec2Id('sg', r, 0), Status: 'active' })], 'VpcSecurityGroupMembership')}</VpcSecurityGroups>`;
  const hardened = elements({
    DBClusterIdentifier: name(0), DBClusterArn: arn(0), Engine: 'aurora-mysql', EngineVersion: '8.0.mysql_aurora.3.05.2', Status: 'available',
    MasterUsername: 'orders_owner', Port: 3307, BackupRetentionPeriod: 7, MultiAZ: true, DBSubnetGroup: `bench-${r}-db-subnets`,
    StorageEncrypted: true, KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}`, ClusterCreateTime: '2025-03-01T10:00:00.000Z', BacktrackWindow: 86_400,
  }) + flags(true) + groups + `<EnabledCloudwatchLogsExports>${members(['audit', 'error'])}</EnabledCloudwatchLogsExports><TagList>${members([elements({ Key: 'team', Value: 'orders' })], 'Tag')}</TagList>`;
  const legacy = elements({
    DBClusterIdentifier: name(1), DBClusterArn: arn(1), Engine: 'aurora-postgresql', EngineVersion: '13.9', Status: 'available',
    MasterUsername: 'postgres', Port: 5432, BackupRetentionPeriod: 1, MultiAZ: false, StorageEncrypted: false, ClusterCreateTime: '2021-06-01T10:00:00.000Z',
  }) + flags(false) + groups + '<TagList/>';
  const neptune = elements({
    DBClusterIdentifier: name(2), DBClusterArn: arn(2), Engine: 'neptune', EngineVersion: '1.3.2.0', Status: 'available', Port: 8182, BackupRetentionPeriod: 1, MultiAZ: false,
    StorageEncrypted: true, KmsKeyId: `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}`, ClusterCreateTime: '2025-03-01T10:00:00.000Z',
  }) + flags(false) + groups + `<EnabledCloudwatchLogsExports>${members(['audit'])}</EnabledCloudwatchLogsExports><TagList/>`;
  const docdb = elements({
    DBClusterIdentifier: name(3), DBClusterArn: arn(3), Engine: 'docdb', EngineVersion: '5.0.0', Status: 'available', MasterUsername: 'docs_owner', Port: 27017,
    BackupRetentionPeriod: 1, MultiAZ: false, StorageEncrypted: false, ClusterCreateTime: '2024-03-01T10:00:00.000Z', DBClusterParameterGroup: DOCDB_GROUP,
  }) + flags(false) + groups + '<TagList/>';
  return [hardened, legacy, neptune, docdb];
}

const DOCDB_GROUP = 'bench-docdb-no-tls';

/** The engine a DescribeDBClusters(Snapshots) request filters on, when it sends RDS's `engine` filter. */
export function engineFilter(params: Readonly<Record<string, unknown>>): string | undefined {
  return params['Filters.Filter.1.Name'] === 'engine' && typeof params['Filters.Filter.1.Values.Value.1'] === 'string' ? params['Filters.Filter.1.Values.Value.1'] : undefined;
}

const engineOf = (cluster: string): string | undefined => /<Engine>([^<]*)<\/Engine>/.exec(cluster)?.[1];

/** The answer to an RDS call this file models, or undefined for quiet-services.ts to answer. */
export function answerRds(estate: Estate, request: WireRequest): Answer | undefined {
  if (request.service !== 'rds') return undefined;
  if (request.operation === 'DescribeDBClusterParameters') {
    if (request.params.DBClusterParameterGroupName !== DOCDB_GROUP) return queryError('DBParameterGroupNotFound', 'The estate holds no such parameter group.', 404);
    return queryAnswer('DescribeDBClusterParameters', NS, `<Parameters>${members([elements({ ParameterName: 'audit_logs', ParameterValue: 'disabled' }), elements({ ParameterName: 'tls', ParameterValue: 'disabled' })], 'Parameter')}</Parameters>`);
  }
  if (request.operation !== 'DescribeDBClusters') return undefined;
  const r = estate.regionIndex(request.region);
  const engine = engineFilter(request.params);
  const all = (r < 0 ? [] : clusters(request.region, r)).filter((cluster) => engine === undefined || engineOf(cluster) === engine);
  const listed = page(all, offsetOf('m', request.params.Marker), pageSize(request.params.MaxRecords, 100, 100));
  return queryAnswer('DescribeDBClusters', NS, `<DBClusters>${members(listed.items, 'DBCluster')}</DBClusters>${listed.next === undefined ? '' : `<Marker>m${listed.next}</Marker>`}`);
}
