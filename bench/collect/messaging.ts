/**
 * Caches and message brokers for the fake account. ElastiCache (query
 * protocol): in every region two replication groups — a Valkey 8 group
 * run as the controls ask (failover, backups, encryption, TLS required,
 * user groups) and a Redis OSS 5 group on the defaults — and, beside their
 * three member clusters, two clusters of their own, one hardened and one
 * Redis OSS in the default subnet group without backups or upgrades. MSK
 * (REST-JSON): two provisioned clusters per region, one private with TLS
 * and IAM, one public, plaintext and open. MSK Connect: two connectors per
 * region, one over TLS logging to CloudWatch Logs, one in plaintext
 * logging nowhere. Amazon MQ: two brokers per region, an ActiveMQ broker
 * with audit logs and upgrades, and one without either.
 */
import { ACCOUNT, type Estate } from './estate.js';
import { elements, queryAnswer, restJson, restJsonError, type Answer, type WireRequest } from './wire.js';

export const REPLICATION_GROUPS_PER_REGION = 2;
/** Two clusters of their own, and the members of the two groups (two and one). */
export const CACHE_CLUSTERS_PER_REGION = 5;
export const MSK_CLUSTERS_PER_REGION = 2;
export const CONNECTORS_PER_REGION = 2;
export const BROKERS_PER_REGION = 2;

const ELASTICACHE = 'http://elasticache.amazonaws.com/doc/2015-02-02/';

const groupId = (r: number, i: number): string => `bench-${r}-cache-group-${i}`;
const groupMembers = (r: number, i: number): string[] => (i === 0 ? [`${groupId(r, 0)}-001`, `${groupId(r, 0)}-002`] : [`${groupId(r, 1)}-001`]);

function cacheClusterXml(region: string, id: string, hardened: boolean, group: string | undefined): string {
  return `<CacheCluster>${elements({
    CacheClusterId: id, ARN: `arn:aws:elasticache:${region}:${ACCOUNT}:cluster:${id}`, CacheNodeType: 'cache.t4g.small', Engine: hardened ? 'valkey' : 'redis', EngineVersion: hardened ? '8.0' : '5.0.6',
    CacheClusterStatus: 'available', NumCacheNodes: 1, CacheClusterCreateTime: '2025-03-01T10:00:00.000Z', CacheSubnetGroupName: hardened ? 'cache-private' : 'default',
    AutoMinorVersionUpgrade: hardened, ReplicationGroupId: group, SnapshotRetentionLimit: hardened ? 7 : 0,
  })}</CacheCluster>`;
}

function cacheClusters(region: string, r: number): string[] {
  return [
    cacheClusterXml(region, `bench-${r}-cache-0`, true, undefined), cacheClusterXml(region, `bench-${r}-cache-1`, false, undefined),
    ...[0, 1].flatMap((i) => groupMembers(r, i).map((id) => cacheClusterXml(region, id, i === 0, groupId(r, i)))),
  ];
}

function replicationGroupXml(region: string, r: number, i: number): string {
  const hardened = i === 0;
  const id = groupId(r, i);
  return `<ReplicationGroup>${elements({ ReplicationGroupId: id, Description: 'bench cache', Status: 'available' })}`
    + `<MemberClusters>${groupMembers(r, i).map((m) => `<ClusterId>${m}</ClusterId>`).join('')}</MemberClusters>${elements({
      AutomaticFailover: hardened ? 'enabled' : 'disabled', MultiAZ: hardened ? 'enabled' : 'disabled', SnapshotRetentionLimit: hardened ? 7 : 0, ClusterEnabled: false,
      AuthTokenEnabled: false, TransitEncryptionEnabled: hardened, AtRestEncryptionEnabled: hardened, ARN: `arn:aws:elasticache:${region}:${ACCOUNT}:replicationgroup:${id}`,
      TransitEncryptionMode: hardened ? 'required' : undefined, Engine: hardened ? 'valkey' : 'redis',
    })}${hardened ? '<UserGroupIds><member>bench-users</member></UserGroupIds>' : ''}</ReplicationGroup>`;
}

export function answerElastiCache(estate: Estate, request: WireRequest): Answer {
  const r = estate.regionIndex(request.region);
  if (request.operation === 'DescribeCacheClusters') return queryAnswer('DescribeCacheClusters', ELASTICACHE, `<CacheClusters>${r < 0 ? '' : cacheClusters(request.region, r).join('')}</CacheClusters>`);
  if (request.operation === 'DescribeReplicationGroups') {
    const groups = r < 0 ? [] : Array.from({ length: REPLICATION_GROUPS_PER_REGION }, (_, i) => replicationGroupXml(request.region, r, i));
    return queryAnswer('DescribeReplicationGroups', ELASTICACHE, `<ReplicationGroups>${groups.join('')}</ReplicationGroups>`);
  }
  return queryAnswer(request.operation, ELASTICACHE, '');
}

const mskArn = (region: string, r: number, i: number): string => `arn:aws:kafka:${region}:${ACCOUNT}:cluster/bench-${r}-kafka-${i}/00000000-0000-4000-8000-${String(r * 10 + i).padStart(12, '0')}-1`;

function mskCluster(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i === 0;
  return {
    clusterArn: mskArn(region, r, i), clusterName: `bench-${r}-kafka-${i}`, clusterType: 'PROVISIONED', creationTime: '2025-03-01T10:00:00.000Z', state: 'ACTIVE', tags: hardened ? { team: 'data' } : {},
    provisioned: {
      brokerNodeGroupInfo: { clientSubnets: ['subnet-1', 'subnet-2'], instanceType: 'kafka.m5.large', connectivityInfo: { publicAccess: { type: hardened ? 'DISABLED' : 'SERVICE_PROVIDED_EIPS' } } },
      currentBrokerSoftwareInfo: { kafkaVersion: hardened ? '3.6.0' : '2.8.1' },
      ...(hardened ? { clientAuthentication: { sasl: { iam: { enabled: true } }, unauthenticated: { enabled: false } } } : {}),
      encryptionInfo: { encryptionInTransit: { clientBroker: hardened ? 'TLS' : 'TLS_PLAINTEXT', inCluster: hardened } },
      numberOfBrokerNodes: 2,
    },
  };
}

const connectorArn = (region: string, r: number, i: number): string => `arn:aws:kafkaconnect:${region}:${ACCOUNT}:connector/bench-${r}-connector-${i}/00000000-0000-4000-8000-${String(r * 10 + i).padStart(12, '0')}-1`;

function connector(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i === 0;
  return {
    connectorArn: connectorArn(region, r, i), connectorName: `bench-${r}-connector-${i}`, connectorState: 'RUNNING', creationTime: '2025-03-01T10:00:00.000Z',
    kafkaClusterClientAuthentication: { authenticationType: hardened ? 'IAM' : 'NONE' }, kafkaClusterEncryptionInTransit: { encryptionType: hardened ? 'TLS' : 'PLAINTEXT' },
    ...(hardened ? { logDelivery: { workerLogDelivery: { cloudWatchLogs: { enabled: true, logGroup: '/msk-connect/bench' } } } } : {}),
  };
}

const brokerId = (r: number, i: number): string => `b-00000000-0000-4000-8000-${String(r * 10 + i).padStart(12, '0')}`;

function broker(region: string, r: number, i: number): Record<string, unknown> {
  const hardened = i === 0;
  const id = brokerId(r, i);
  return {
    brokerId: id, brokerName: `bench-${r}-broker-${i}`, brokerArn: `arn:aws:mq:${region}:${ACCOUNT}:broker:bench-${r}-broker-${i}:${id}`, brokerState: 'RUNNING',
    deploymentMode: hardened ? 'ACTIVE_STANDBY_MULTI_AZ' : 'SINGLE_INSTANCE', engineType: 'ACTIVEMQ', engineVersion: '5.18', autoMinorVersionUpgrade: hardened, publiclyAccessible: false,
    logs: { audit: hardened, general: hardened }, users: [{ username: 'app' }], tags: {},
  };
}

/** The REST operation an MSK, MSK Connect or Amazon MQ request is, from method and path. */
export function messagingOperation(request: WireRequest): string {
  if (request.method !== 'GET') return `${request.method} ${request.path}`;
  if (request.path === '/api/v2/clusters') return 'ListClustersV2';
  if (request.path.startsWith('/api/v2/clusters/')) return 'DescribeClusterV2';
  if (request.path === '/v1/connectors') return 'ListConnectors';
  if (request.path.startsWith('/v1/connectors/')) return 'DescribeConnector';
  if (request.path === '/v1/brokers') return 'ListBrokers';
  if (/^\/v1\/brokers\/[^/]+$/.test(request.path)) return 'DescribeBroker';
  return `${request.method} ${request.path}`;
}

export function answerMessaging(estate: Estate, request: WireRequest, operation: string): Answer {
  const r = estate.regionIndex(request.region);
  const each = <T>(count: number, make: (i: number) => T): T[] => (r < 0 ? [] : Array.from({ length: count }, (_, i) => make(i)));
  const region = request.region;
  switch (operation) {
    case 'ListClustersV2': return restJson({ clusterInfoList: each(MSK_CLUSTERS_PER_REGION, (i) => mskCluster(region, r, i)) });
    case 'DescribeClusterV2': {
      const found = each(MSK_CLUSTERS_PER_REGION, (i) => mskCluster(region, r, i)).find((c) => request.path === `/api/v2/clusters/${String(c.clusterArn)}`);
      return found === undefined ? restJsonError('NotFoundException', 'The cluster does not exist.', 404) : restJson({ clusterInfo: found });
    }
    case 'ListConnectors': return restJson({ connectors: each(CONNECTORS_PER_REGION, (i) => connector(region, r, i)) });
    case 'DescribeConnector': {
      const found = each(CONNECTORS_PER_REGION, (i) => connector(region, r, i)).find((c) => request.path === `/v1/connectors/${String(c.connectorArn)}`);
      return found === undefined ? restJsonError('NotFoundException', 'The connector does not exist.', 404) : restJson(found);
    }
    case 'ListBrokers': return restJson({ brokerSummaries: each(BROKERS_PER_REGION, (i) => broker(region, r, i)).map((b) => ({ brokerId: b.brokerId, brokerName: b.brokerName, brokerArn: b.brokerArn, brokerState: b.brokerState, deploymentMode: b.deploymentMode, engineType: b.engineType })) });
    case 'DescribeBroker': {
      const found = each(BROKERS_PER_REGION, (i) => broker(region, r, i)).find((b) => request.path === `/v1/brokers/${String(b.brokerId)}`);
      return found === undefined ? restJsonError('NotFoundException', 'The broker does not exist.', 404) : restJson(found);
    }
    default: return restJson({});
  }
}
