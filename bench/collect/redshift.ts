/**
 * Redshift (query protocol) for the fake account: two provisioned clusters
 * in every region. The first is run as the controls ask (private,
 * KMS-encrypted, Multi-AZ RA3, require_ssl in its own parameter group,
 * audit logs to CloudWatch Logs); the second keeps the console's old
 * defaults (public, unencrypted, awsuser, one day of snapshots, the default
 * parameter group without require_ssl, no audit logging). The default
 * group's parameters come in two pages, as Redshift pages them by Marker.
 */
import { ACCOUNT, ec2Id, keyId, type Estate } from './estate.js';
import { elements, queryAnswer, queryError, type Answer, type WireRequest } from './wire.js';

const NS = 'http://redshift.amazonaws.com/doc/2012-12-01/';
const REDSHIFT_CLUSTERS_PER_REGION = 2;

const clusterId = (r: number, i: number): string => `bench-${r}-dw-${i}`;
const SECURE_GROUP = 'bench-secure-params';
const DEFAULT_GROUP = 'default.redshift-1.0';

/** Cluster i of region r as DescribeClusters answers it. */
function cluster(region: string, r: number, i: number): string {
  const id = clusterId(r, i);
  const hardened = i % 2 === 0;
  return `<Cluster>${elements({
    ClusterIdentifier: id, NodeType: hardened ? 'ra3.xlplus' : 'dc2.large', ClusterStatus: 'available', NumberOfNodes: hardened ? 2 : 1,
    MasterUsername: hardened ? 'warehouse_owner' : 'awsuser', DBName: hardened ? 'analytics' : 'dev', ClusterCreateTime: '2025-03-01T10:00:00.000Z',
    AutomatedSnapshotRetentionPeriod: hardened ? 7 : 1,
  })}<Endpoint>${elements({ Address: `${id}.abc.${region}.redshift.amazonaws.com`, Port: hardened ? 5499 : 5439 })}</Endpoint>`
    + `<VpcSecurityGroups><VpcSecurityGroup>${elements({ VpcSecurityGroupId: ec2Id('sg', r, 0), Status: 'active' })}</VpcSecurityGroup></VpcSecurityGroups>`
    + `<ClusterParameterGroups><ClusterParameterGroup>${elements({ ParameterGroupName: hardened ? SECURE_GROUP : DEFAULT_GROUP, ParameterApplyStatus: 'in-sync' })}</ClusterParameterGroup></ClusterParameterGroups>`
    + elements({
      VpcId: ec2Id('vpc', r, 0), AllowVersionUpgrade: hardened, PubliclyAccessible: !hardened, Encrypted: hardened,
      KmsKeyId: hardened ? `arn:aws:kms:${region}:${ACCOUNT}:key/${keyId(r, 0)}` : undefined, EnhancedVpcRouting: hardened, MultiAZ: hardened ? 'Enabled' : 'Disabled',
    })
    + `<Tags>${hardened ? `<Tag>${elements({ Key: 'team', Value: 'analytics' })}</Tag>` : ''}</Tags></Cluster>`;
}

const parameter = (name: string, value: string): string => `<Parameter>${elements({ ParameterName: name, ParameterValue: value, Source: 'engine-default' })}</Parameter>`;

function parameters(group: string, marker: unknown): string {
  if (group === SECURE_GROUP) return `<Parameters>${parameter('enable_user_activity_logging', 'true')}${parameter('require_ssl', 'true')}</Parameters>`;
  return marker === 'p2'
    ? `<Parameters>${parameter('require_ssl', 'false')}</Parameters>`
    : `<Parameters>${parameter('datestyle', 'ISO, MDY')}${parameter('enable_user_activity_logging', 'false')}</Parameters><Marker>p2</Marker>`;
}

export function answerRedshift(estate: Estate, request: WireRequest): Answer {
  const { operation, params, region } = request;
  const r = estate.regionIndex(region);
  const ids = r < 0 ? [] : Array.from({ length: REDSHIFT_CLUSTERS_PER_REGION }, (_, i) => clusterId(r, i));
  if (operation === 'DescribeClusters') return queryAnswer(operation, NS, `<Clusters>${ids.map((_, i) => cluster(region, r, i)).join('')}</Clusters>`);
  if (operation === 'DescribeLoggingStatus') {
    const i = ids.indexOf(String(params.ClusterIdentifier));
    if (i < 0) return queryError('ClusterNotFound', `Cluster ${String(params.ClusterIdentifier)} not found.`, 404);
    return queryAnswer(operation, NS, i % 2 === 0
      ? `${elements({ LoggingEnabled: true, LogDestinationType: 'cloudwatch' })}<LogExports><member>connectionlog</member><member>userlog</member><member>useractivitylog</member></LogExports>`
      : elements({ LoggingEnabled: false }));
  }
  if (operation === 'DescribeClusterParameters') {
    const group = String(params.ParameterGroupName);
    if (group !== SECURE_GROUP && group !== DEFAULT_GROUP) return queryError('ClusterParameterGroupNotFound', `Parameter group ${group} not found.`, 404);
    return queryAnswer(operation, NS, parameters(group, params.Marker));
  }
  return queryAnswer(operation, NS, '');
}
